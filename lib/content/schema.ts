import { z } from "zod";

import { parseContentDate } from "../dates";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, "ne doit pas être vide");
export const id = z.string().regex(SLUG_PATTERN, "identifiant invalide : lettres minuscules a–z, chiffres et tirets");

const imagePath = z
  .string()
  .regex(/^\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/i, "chemin d’image invalide : un fichier sous public/, par ex. /images/articles/photo.webp");

export const contentDate = z.string().transform((value, ctx) => {
  const date = parseContentDate(value);
  if (!date) {
    ctx.addIssue({
      code: "custom",
      message: `« ${value} » n’est pas une date valide (attendu : 2025-04-13 ou 2025-04-13T21:30:00+01:00)`,
    });
    return z.NEVER;
  }
  return date;
});

/** A correction published with an article (see lib/content/corrections.ts). */
const correction = z.strictObject({
  date: contentDate,
  kind: z.enum(["rectificatif", "precision"], "doit être rectificatif (erreur corrigée) ou precision (contexte ajouté)"),
  text,
});

export const articleFrontMatter = z
  .strictObject({
    title: text,
    description: text,
    date: contentDate,
    updated: contentDate.optional(),
    author: id,
    category: id,
    tags: z.array(text).default([]),
    image: z
      .strictObject({
        src: imagePath,
        alt: text,
        credit: text.optional(),
      })
      .optional(),
    featured: z.boolean().default(false),
    draft: z.boolean().default(false),
    corrections: z.array(correction).default([]),
    /** `direct`: live coverage, its body a log of updates (lib/content/live-coverage.ts). */
    format: z.enum(["article", "direct"], "doit être article ou direct").default("article"),
    /** When a live coverage ended (« Terminé »). */
    ended: contentDate.optional(),
  })
  .superRefine((data, ctx) => {
    if (data.updated && data.updated < data.date) {
      ctx.addIssue({ code: "custom", path: ["updated"], message: "la mise à jour est antérieure à la publication (date)" });
    }
    if (data.ended && data.format !== "direct") {
      ctx.addIssue({ code: "custom", path: ["ended"], message: "seul un direct (format: direct) a une fin" });
    }
    if (data.ended && data.ended < data.date) {
      ctx.addIssue({ code: "custom", path: ["ended"], message: "la fin du direct est antérieure à son début (date)" });
    }
    data.corrections.forEach((entry, index) => {
      if (entry.date < data.date) {
        ctx.addIssue({ code: "custom", path: ["corrections", index, "date"], message: "la correction est antérieure à la publication (date)" });
      }
    });
  });

export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>;

/** A « Dernière minute » alert: content/alertes/<slug>.md (see lib/content/alerts.ts). */
export const alertFrontMatter = z
  .strictObject({
    text: text.max(160, "160 caractères au plus : une alerte se lit d’un coup d’œil"),
    date: contentDate,
    expires: contentDate,
    article: id.optional(),
  })
  .superRefine((data, ctx) => {
    if (data.expires <= data.date) {
      ctx.addIssue({ code: "custom", path: ["expires"], message: "l’expiration doit suivre le lancement de l’alerte (date)" });
    }
  });

export const pageFrontMatter = z.strictObject({
  title: text,
  description: text,
});

export const rubriquesRegistry = z.array(
  z.strictObject({
    id,
    name: text,
    description: text,
  }),
);

export const authorsRegistry = z.array(
  z.strictObject({
    id,
    name: text,
    role: text.optional(),
    bio: text.optional(),
    portrait: imagePath.optional(),
  }),
);

const TYPE_NAMES: Record<string, string> = {
  string: "un texte",
  boolean: "true ou false",
  array: "une liste",
  object: "un objet (clés indentées)",
  number: "un nombre",
};

function describe(input: unknown): string {
  if (input === null) return "vide";
  if (Array.isArray(input)) return "une liste";
  if (typeof input === "string") return `le texte « ${input} »`;
  return typeof input === "object" ? "un objet" : `${typeof input} ${String(input)}`;
}

/** Zod's issues in the editors' language. */
export const frenchErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "champ obligatoire manquant"
        : `doit être ${TYPE_NAMES[issue.expected] ?? issue.expected} (reçu : ${describe(issue.input)})`;
    case "unrecognized_keys":
      return `clé inconnue : ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
};
