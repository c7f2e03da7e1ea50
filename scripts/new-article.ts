/**
 * npm run new -- "Titre de l’article" --rubrique politique [--auteur id]
 * Creates content/articles/<slug>.md as a draft dated now (Casablanca time)
 * and prints its path and preview address.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { now } from "../lib/clock";
import { contentRoot, loadContent } from "../lib/content/load";
import { toIsoWithOffset } from "../lib/dates";
import { articleSlug } from "../lib/slug";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rubrique: { type: "string" }, auteur: { type: "string", default: "redaction" } },
});
const title = positionals.join(" ").trim();
const usage = 'Usage : npm run new -- "Titre de l’article" --rubrique politique [--auteur identifiant]';
if (!title) fail(usage);
if (!values.rubrique) fail(`Rubrique manquante. ${usage}`);

const { rubriques, authors } = await loadContent();
if (!rubriques.some((rubrique) => rubrique.id === values.rubrique)) {
  fail(`Rubrique inconnue « ${values.rubrique} » : ${rubriques.map((rubrique) => rubrique.id).join(", ")}.`);
}
if (!authors.has(values.auteur)) fail(`Auteur inconnu « ${values.auteur} » : ${[...authors.keys()].join(", ")}.`);

const folder = path.join(contentRoot(), "articles");
const slug = articleSlug(title, (candidate) => existsSync(path.join(folder, `${candidate}.md`)));
const file = path.join(folder, `${slug}.md`);
const frontMatter = [
  "---",
  `title: ${JSON.stringify(title)}`,
  'description: "Le chapô : une ou deux phrases qui résument l’article."',
  `date: "${toIsoWithOffset(now())}"`,
  `author: ${values.auteur}`,
  `category: ${values.rubrique}`,
  "tags: []",
  "draft: true",
  "---",
  "",
  // Plain text: inline code would show between backticks in the preview.
  "Le texte de l’article commence ici. Un intertitre s’écrit seul sur sa ligne, après deux dièses et une espace : « ## Les chiffres ».",
  "",
].join("\n");
await writeFile(file, frontMatter, { flag: "wx" });

console.log(`Créé : ${path.relative(process.cwd(), file)}`);
console.log(`Aperçu (npm run dev) : http://localhost:3000/article/${slug}`);
