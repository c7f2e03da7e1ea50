/**
 * npm run generate -- --count N --out DIR [--seed S] [--clean] [--reference 2026-11-25] [--from content]
 *
 * Writes N synthetic articles (DIR/articles/*.md), copies of the real
 * registries (authors.yaml, rubriques.yaml) and pages, so the site can read
 * DIR through CONTENT_DIR: a newsroom of any size for benchmarks and load
 * tests. Output depends only on the seed, the reference date (2026-11-25 by
 * default) and the real content it borrows from (registries, pages, cover
 * images and their captions), never on the clock.
 */
import { existsSync, writeFileSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

import { parse as parseYaml } from "yaml";
import { z } from "zod";

import { parseFrontMatter } from "../lib/content/front-matter";
import { articleFrontMatter, authorsRegistry, rubriquesRegistry } from "../lib/content/schema";
import { LIMITS } from "../lib/content/warnings";
import { parseContentDate, toIsoWithOffset } from "../lib/dates";
import { articleSlug, slugify } from "../lib/slug";
import vocabularyJson from "./data/vocabulary.json";

/** Bumped whenever the output for a given seed changes, so benchmarks regenerate. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = "lesinfos";
export const DEFAULT_REFERENCE = "2026-11-25";
/** Articles are spread over this many years before the reference date. */
export const SPAN_YEARS = 5;
export const BODY_WORDS = { min: 300, max: 1500 } as const;
/** Name of the file recording what a folder was generated with. */
export const MANIFEST = ".generated.json";

// ---------------------------------------------------------------------------
// Seeded randomness

export type Random = () => number;

/** mulberry32 seeded by an FNV-1a hash of the seed text: small, fast, reproducible. */
export function seededRandom(seed: string): Random {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Random, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function pick<T>(rng: Random, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick: liste vide");
  return item;
}
function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Draws without repeating until every item has come out once, then starts over. */
function deck<T>(rng: Random, items: readonly T[]): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = shuffled(rng, items);
    return order.pop()!;
  };
}

// ---------------------------------------------------------------------------
// Vocabulary: the word lists live in scripts/data/vocabulary.json.

const words = z.array(z.string()).min(1);
const pair = z.tuple([z.string(), z.string()]);
const topicSchema = z.object({
  /** Headline and chapô, written together. */
  stories: z.array(pair).min(1),
  sentences: words,
  tags: words,
  /** Where the story may happen; any city when absent. */
  cities: words.optional(),
  /** The story is about a club: the article's city is the club's town. */
  club: z.boolean().optional(),
});
const rubriqueVocabulary = z.object({
  topics: z.array(topicSchema).min(1),
  sentences: words,
  quotes: words,
  headings: words,
  list: z.object({ intro: z.string(), items: words }),
  tags: words,
  /** Lists to draw from at each use, before the newsroom-wide ones. */
  pools: z.record(z.string(), words).optional(),
});
type RubriqueVocabulary = z.infer<typeof rubriqueVocabulary>;
const vocabularyFile = z
  .object({
    $comment: z.string(),
    /** Region of each city, by a short key. */
    regions: z.record(z.string(), z.string()),
    cities: z.record(z.string(), z.string()),
    /** Fictional clubs, each with its home town. */
    clubs: z.array(pair).min(2),
    months: words.length(12),
    days: words.length(7),
    small: words,
    women: words,
    men: words,
    womenTrades: words,
    menTrades: words,
    /** Lists to draw from at each use; a rubrique's lists come first. */
    pools: z.record(z.string(), words),
    rubriques: z.record(z.string(), rubriqueVocabulary),
    sentences: words,
    /** Put before a sentence now and then, so repeated material reads less alike. */
    connectors: words,
    quotes: words,
    headings: words,
    closings: words,
    /** Added to a headline already taken, as a newsroom would to tell two stories apart. */
    titleTails: words,
    linkIntros: words,
    capitales: words,
    pays: words,
    /** Which rubriques an author covers; `redaction` and unknown authors sign anything. */
    beats: z.record(z.string(), words),
  })
  .refine(({ regions, cities }) => "cs" in regions && Object.values(cities).every((region) => region in regions), {
    message: "chaque ville doit avoir sa région, et « cs » (la région par défaut) doit exister",
  });

const {
  regions: REGIONS,
  cities: CITIES,
  clubs: CLUBS,
  months: MONTHS,
  days: DAYS,
  small: SMALL,
  women: WOMEN,
  men: MEN,
  womenTrades: WOMEN_TRADES,
  menTrades: MEN_TRADES,
  pools: POOLS,
  rubriques: VOCABULARY,
  sentences: GENERIC_SENTENCES,
  connectors: CONNECTORS,
  quotes: GENERIC_QUOTES,
  headings: GENERIC_HEADINGS,
  closings: CLOSINGS,
  titleTails: TITLE_TAILS,
  linkIntros: LINK_INTROS,
  capitales: CAPITALES,
  pays: PAYS,
  beats: BEATS,
} = vocabularyFile.parse(vocabularyJson);
const CITY_NAMES = Object.keys(CITIES);

function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
const decimal = (value: number) => value.toFixed(1).replace(".", ",");

/** Slots filled afresh at each use; `{ville}` and the like are fixed per article (see `articleContext`). */
const PRODUCERS: Record<string, (rng: Random, ctx: Record<string, string>) => string> = {
  n: (rng) => String(int(rng, 3, 48)),
  nombre: (rng) => pick(rng, SMALL),
  grand: (rng) => thousands(int(rng, 12, 400) * (rng() < 0.5 ? 50 : 100)),
  pct: (rng) => `${decimal(0.5 + rng() * 34)} %`,
  petitPct: (rng) => `${decimal(0.2 + rng() * 4.5)} %`,
  montant: (rng) =>
    rng() < 0.6
      ? `${int(rng, 12, 950)} millions de dirhams`
      : ((value) => `${decimal(value)} milliard${value >= 2 ? "s" : ""} de dirhams`)(1 + rng() * 11),
  mw: (rng) => String(int(rng, 4, 80) * 5),
  centimes: (rng) => String(int(rng, 1, 9) * 10),
  score: (rng) => ((a) => `${a}-${int(rng, 0, Math.max(0, a - 1))}`)(int(rng, 1, 4)),
  minute: (rng) => `${int(rng, 3, 90)}e`,
  jour: (rng) => pick(rng, DAYS),
  ville2: (rng, ctx) => {
    const city = pick(rng, CITY_NAMES);
    return city === ctx.ville ? pick(rng, CITY_NAMES) : city;
  },
  temoin: (rng, ctx) =>
    rng() < 0.5
      ? `${pick(rng, WOMEN)}, ${pick(rng, WOMEN_TRADES)} à ${ctx.ville}`
      : `${pick(rng, MEN)}, ${pick(rng, MEN_TRADES)} à ${ctx.ville}`,
};

// ---------------------------------------------------------------------------
// Templates

/** Spaces in a short text. */
function spaces(text: string): number {
  let count = 0;
  for (let at = text.indexOf(" "); at !== -1; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

/** A template cut once: literals at even indexes of `parts`, slot names at odd ones. */
interface Template {
  parts: readonly string[];
  /** Spaces in the literals, to count words without scanning the filled text. */
  literalSpaces: number;
}
const compiled = new Map<string, Template>();
function compile(text: string): Template {
  let template = compiled.get(text);
  if (!template) {
    const parts = text.split(/\{(\w+)\}/);
    const literalSpaces = parts.reduce((sum, part, i) => (i % 2 === 0 ? sum + spaces(part) : sum), 0);
    compiled.set(text, (template = { parts, literalSpaces }));
  }
  return template;
}

const VOWEL = /^[aeiouéèêâîôûAEIOUÉÈÊÂÎÔÛ]/;
const PREPOSITION = /(?:^|[\s(’])(de|à) $/;
const CONTRACTIONS: Record<string, string> = { "de le": "du", "de les": "des", "à le": "au", "à les": "aux" };

/** `literal` then `value`: "de Agadir" → "d’Agadir", "à le Racing" → "au Racing", "de les Aigles" → "des Aigles". */
function join(literal: string, value: string): string {
  const preposition = PREPOSITION.exec(literal)?.[1];
  if (!preposition) return literal + value;
  const head = literal.slice(0, literal.length - preposition.length - 1);
  if (preposition === "de" && VOWEL.test(value)) return `${head}d’${value}`;
  const article = value.startsWith("les ") ? "les" : value.startsWith("le ") ? "le" : undefined;
  const contracted = article && CONTRACTIONS[`${preposition} ${article}`];
  return contracted ? `${head}${contracted} ${value.slice(article.length + 1)}` : literal + value;
}

/**
 * Fills `{slot}`s: the article's fixed values, then producers, then pools (the
 * rubrique's first). Only the literal before a slot is looked at for elision,
 * never the text built so far (a regex over it would flatten it every time).
 */
function fill(
  text: string,
  ctx: Record<string, string>,
  rng: Random,
  pools: Record<string, readonly string[]>,
  counter?: { words: number },
): string {
  const { parts, literalSpaces } = compile(text);
  let out = "";
  let words = literalSpaces + 1;
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i]!;
    const fixed = ctx[slot];
    const producer = PRODUCERS[slot];
    const pool = pools[slot] ?? POOLS[slot];
    const value = fixed ?? (producer ? producer(rng, ctx) : pool ? pick(rng, pool) : undefined);
    if (value === undefined) throw new Error(`emplacement inconnu {${slot}} dans « ${text} »`);
    words += spaces(value);
    out += join(parts[i - 1]!, value);
  }
  if (counter) counter.words += words;
  return out + parts[parts.length - 1]!;
}

const combinedLists = new Map<string, { quotes: readonly string[]; headings: readonly string[] }>();
/** A rubrique's quotes and headings followed by the generic ones, built once. */
function combined(rubrique: string, vocabulary: RubriqueVocabulary) {
  let lists = combinedLists.get(rubrique);
  if (!lists) {
    lists = { quotes: [...vocabulary.quotes, ...GENERIC_QUOTES], headings: [...vocabulary.headings, ...GENERIC_HEADINGS] };
    combinedLists.set(rubrique, lists);
  }
  return lists;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const wordCount = (text: string) => spaces(text) + 1;

// ---------------------------------------------------------------------------
// Articles

export interface Cover {
  src: string;
  alt: string;
  credit: string;
}

export interface Newsroom {
  rubriques: readonly string[];
  authors: readonly string[];
  /** Cover images that exist under public/, by the rubrique of the real article that uses them. */
  covers: ReadonlyMap<string, readonly Cover[]>;
}

export interface GenerateOptions {
  count: number;
  seed?: string;
  /** Articles are dated in the 5 years before this day, midnight in Casablanca ("2026-11-25"). */
  reference?: string;
}

export interface SyntheticArticle {
  slug: string;
  /** The whole file: front matter and Markdown body. */
  source: string;
}

const coversRubrique = (author: string, rubrique: string) => BEATS[author]?.includes(rubrique) ?? true;

function chooseByline(rng: Random, newsroom: Newsroom, index: number): { rubrique: string; author: string } {
  const { rubriques, authors } = newsroom;
  // The first articles go through every rubrique, then every author, so even a small run has them all.
  const forcedAuthor = index >= rubriques.length ? authors[index - rubriques.length] : undefined;
  if (forcedAuthor) {
    const beats = rubriques.filter((rubrique) => coversRubrique(forcedAuthor, rubrique));
    return { author: forcedAuthor, rubrique: pick(rng, beats.length > 0 ? beats : rubriques) };
  }
  const rubrique = rubriques[index] ?? pick(rng, rubriques);
  const specialists = authors.filter((author) => author !== "redaction" && BEATS[author]?.includes(rubrique));
  const candidates = specialists.length > 0 ? specialists : authors.filter((author) => coversRubrique(author, rubrique));
  const author = authors.includes("redaction") && rng() < 0.3 ? "redaction" : pick(rng, candidates);
  return { rubrique, author };
}

const DAY_MS = 86_400_000;
const FIVE_MINUTES = 300_000;

/** Publication instants: a day in the span, between 06:00 and 23:00 UTC, to the five minutes. */
function publicationInstant(rng: Random, start: number, days: number): number {
  const day = Math.floor(rng() * days);
  const slot = int(rng, (6 * 60) / 5, (23 * 60) / 5 - 1);
  return start + day * DAY_MS + slot * FIVE_MINUTES;
}

/**
 * `toIsoWithOffset` (the dates module's formatting), made cheap for a
 * hundred thousand dates: Casablanca's offset changes at most once in a UTC
 * day (into and out of Ramadan), so a day whose first and last seconds share
 * an offset has it throughout; any other day goes through `toIsoWithOffset`.
 */
export function casablancaIsoFormatter(): (date: Date) => string {
  const offsets = new Map<number, string | null>();
  return (date) => {
    const day = Math.floor(date.getTime() / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const first = toIsoWithOffset(new Date(day * DAY_MS)).slice(-6);
      const last = toIsoWithOffset(new Date((day + 1) * DAY_MS - 1000)).slice(-6);
      offsets.set(day, (offset = first === last ? first : null));
    }
    if (offset === null || date.getUTCMilliseconds() !== 0) return toIsoWithOffset(date);
    const minutes = (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return `${new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
  };
}

function tagCount(rng: Random): number {
  const r = rng();
  return r < 0.08 ? 0 : r < 0.25 ? 1 : r < 0.6 ? 2 : r < 0.85 ? 3 : 4;
}

const quoted = (text: string) => JSON.stringify(text);

/**
 * The articles, one at a time: same options and newsroom, same articles,
 * byte for byte. Titles are unique (by slug) and so are file names.
 */
export function* syntheticArticles(options: GenerateOptions, newsroom: Newsroom): Generator<SyntheticArticle> {
  const rng = seededRandom(options.seed ?? DEFAULT_SEED);
  const referenceText = options.reference ?? DEFAULT_REFERENCE;
  const reference = parseContentDate(referenceText);
  const year = Number(referenceText.slice(0, 4));
  const start = parseContentDate(`${year - SPAN_YEARS}${referenceText.slice(4)}`);
  if (!reference || !start || !/^\d{4}-\d{2}-\d{2}$/.test(referenceText)) {
    throw new Error(`date de référence invalide « ${referenceText} » (attendu : 2026-11-25)`);
  }
  const days = Math.floor((reference.getTime() - start.getTime()) / DAY_MS);
  for (const rubrique of newsroom.rubriques) {
    if (!VOCABULARY[rubrique]) throw new Error(`pas de vocabulaire pour la rubrique « ${rubrique} »`);
  }

  const iso = casablancaIsoFormatter();
  const slugs = new Set<string>();
  const titleKeys = new Set<string>();
  const titleNumbers = new Map<string, number>();
  const earlier = new Map<string, { slug: string; title: string }[]>();
  const anyCover = [...newsroom.covers.values()].flat();

  for (let index = 0; index < options.count; index++) {
    const { rubrique, author } = chooseByline(rng, newsroom, index);
    const vocabulary = VOCABULARY[rubrique]!;
    const pools = vocabulary.pools ?? {};
    const topic = pick(rng, vocabulary.topics);
    const published = new Date(publicationInstant(rng, start.getTime(), days));
    const month = published.getUTCMonth();

    const club = topic.club ? pick(rng, CLUBS) : undefined;
    let club2 = pick(rng, CLUBS);
    if (club2 === club) club2 = CLUBS[(CLUBS.indexOf(club2) + 1) % CLUBS.length]!;
    const ville = club ? club[1] : pick(rng, topic.cities ?? CITY_NAMES);
    const ctx: Record<string, string> = {
      ville,
      region: REGIONS[CITIES[ville] ?? "cs"]!,
      annee: String(published.getUTCFullYear()),
      anneeSuivante: String(published.getUTCFullYear() + 1),
      mois: MONTHS[month]!,
      moisPrecedent: MONTHS[(month + 11) % 12]!,
      club: club?.[0] ?? club2[0],
      club2: club2[0],
      pays: pick(rng, PAYS),
      capitale: pick(rng, CAPITALES),
    };
    // Topic-wide subjects (a law, a monument, a product) stay the same through the article.
    for (const slot of ["loi", "monument", "produit"]) {
      const pool = pools[slot];
      if (pool) ctx[slot] = pick(rng, pool);
    }

    // A unique title: a few draws, then a tail ("…, un an après"), then a number; never an open-ended search.
    let story = topic.stories[0]!;
    let title = "";
    let titleKey = "";
    for (let attempt = 0; attempt < 12; attempt++) {
      if (attempt < 6) {
        story = pick(rng, topic.stories);
        title = capitalize(fill(story[0], ctx, rng, pools));
      }
      const candidate = attempt < 6 ? title : `${title}${fill(pick(rng, TITLE_TAILS), ctx, rng, pools)}`;
      if (attempt >= 6 && candidate.length > LIMITS.headline) continue;
      const key = slugify(candidate);
      if (!titleKeys.has(key)) {
        [title, titleKey] = [candidate, key];
        break;
      }
    }
    for (let n = titleNumbers.get(title) ?? 2; !titleKey; n++) {
      const key = slugify(`${title} (${n})`);
      if (titleKeys.has(key)) continue;
      titleNumbers.set(title, n + 1);
      [title, titleKey] = [`${title} (${n})`, key];
    }
    titleKeys.add(titleKey);
    // The title's slug is already known (and slugify(slug) === slug): articleSlug only cuts it and numbers it.
    const slug = articleSlug(titleKey, (candidate) => slugs.has(candidate));
    slugs.add(slug);
    const description = fill(story[1], ctx, rng, pools);

    // Body: a lead paragraph, then sections until the drawn length is reached.
    const target = int(rng, BODY_WORDS.min + 20, BODY_WORDS.max - 100);
    const blocks: string[] = [];
    const count = { words: 0 };
    const { quotes, headings } = combined(rubrique, vocabulary);
    // No sentence twice in an article before all of its ~50 have come out.
    const prose = deck(rng, [...topic.sentences, ...vocabulary.sentences, ...GENERIC_SENTENCES]);
    const quote = deck(rng, quotes);
    const heading = deck(rng, headings);
    const sentence = (kind: "lead" | "prose" | "quote"): string => {
      const text = fill(kind === "lead" ? pick(rng, topic.sentences) : kind === "quote" ? quote() : prose(), ctx, rng, pools, count);
      if (kind !== "prose" || rng() >= 0.15) return text;
      const connector = pick(rng, CONNECTORS);
      count.words += spaces(connector);
      return connector + text.charAt(0).toLowerCase() + text.slice(1);
    };
    const paragraph = (sentences: number, lead = false) => {
      const parts: string[] = lead ? [sentence("lead")] : [];
      let hasQuote = false;
      for (let s = parts.length; s < sentences && (s < 2 || count.words < target); s++) {
        const kind = !hasQuote && !lead && rng() < 0.12 ? "quote" : "prose";
        if (kind === "quote") hasQuote = true;
        parts.push(sentence(kind));
      }
      blocks.push(parts.join(" "));
    };
    paragraph(int(rng, 2, 4), true);
    let listed = false;
    while (count.words < target) {
      const subheading = heading();
      blocks.push(`## ${subheading}`);
      count.words += wordCount(subheading);
      const paragraphs = int(rng, 1, 3);
      for (let p = 0; p < paragraphs && count.words < target; p++) paragraph(int(rng, 3, 6));
      if (!listed && count.words < target - 40 && rng() < 0.12) {
        listed = true;
        const items = shuffled(rng, vocabulary.list.items).slice(0, int(rng, 3, 5));
        const lines = items.map((item, i) => `- ${fill(item, ctx, rng, pools, count)}${i === items.length - 1 ? "." : " ;"}`);
        blocks.push(vocabulary.list.intro, lines.join("\n"));
        count.words += wordCount(vocabulary.list.intro);
      }
    }
    blocks.push(fill(pick(rng, CLOSINGS), ctx, rng, pools));
    const related = earlier.get(rubrique);
    if (related && related.length > 0 && rng() < 0.25) {
      const other = pick(rng, related);
      blocks.push(`${pick(rng, LINK_INTROS)} : [${other.title}](/article/${other.slug})`);
    }
    if (!earlier.has(rubrique)) earlier.set(rubrique, []);
    earlier.get(rubrique)!.push({ slug, title });

    // Tags: the topic's, the rubrique's, sometimes the city.
    const tags: string[] = [];
    const wanted = tagCount(rng);
    if (wanted > 0 && rubrique !== "monde" && rng() < 0.35) tags.push(ville);
    for (let guard = 0; tags.length < wanted && guard < 20; guard++) {
      const tag = rng() < 0.6 ? pick(rng, topic.tags) : pick(rng, vocabulary.tags);
      if (!tags.includes(tag)) tags.push(tag);
    }

    const lines = ["---", `title: ${quoted(title)}`, `description: ${quoted(description)}`, `date: "${iso(published)}"`];
    if (rng() < 0.06) {
      const updated = published.getTime() + int(rng, 6, 864) * FIVE_MINUTES;
      if (updated < reference.getTime()) lines.push(`updated: "${iso(new Date(updated))}"`);
    }
    lines.push(`author: ${author}`, `category: ${rubrique}`);
    if (tags.length > 0) lines.push(`tags: [${tags.map(quoted).join(", ")}]`);
    const covers = newsroom.covers.get(rubrique) ?? anyCover;
    if (covers.length > 0 && rng() < 0.45) {
      const cover = pick(rng, covers);
      lines.push("image:", `  src: ${quoted(cover.src)}`, `  alt: ${quoted(cover.alt)}`, `  credit: ${quoted(cover.credit)}`);
    }
    if (rng() < 0.04) lines.push("featured: true");
    lines.push("---", "", blocks.join("\n\n"), "");
    yield { slug, source: lines.join("\n") };
  }
}

// ---------------------------------------------------------------------------
// Files

/** Registries, pages and covers of a real content folder, the synthetic newsroom's frame. */
export async function readNewsroom(from: string, publicDir: string): Promise<Newsroom> {
  const ids = async (name: string, schema: z.ZodType<{ id: string }[]>) => {
    const result = schema.safeParse(parseYaml(await readFile(path.join(from, name), "utf8"), { schema: "core" }));
    if (!result.success) throw new Error(`${path.join(from, name)} : registre invalide (npm run content:check)`);
    return result.data.map((entry) => entry.id);
  };
  const covers = new Map<string, Cover[]>();
  const folder = path.join(from, "articles");
  const names = existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith(".md")).sort() : [];
  const seen = new Set<string>();
  for (const name of names) {
    const parsed = parseFrontMatter(await readFile(path.join(folder, name), "utf8"), name);
    if (!parsed.ok) continue;
    const result = articleFrontMatter.safeParse(parsed.value.data);
    if (!result.success || !result.data.image) continue;
    const { category, image } = result.data;
    if (seen.has(image.src) || !existsSync(path.join(publicDir, image.src))) continue;
    seen.add(image.src);
    const list = covers.get(category) ?? [];
    // Every synthetic cover is credited, so the content check has no warning to give.
    list.push({ src: image.src, alt: image.alt, credit: image.credit ?? "Illustration Lesinfos" });
    covers.set(category, list);
  }
  return {
    rubriques: await ids("rubriques.yaml", rubriquesRegistry),
    authors: await ids("authors.yaml", authorsRegistry),
    covers,
  };
}

export interface GenerateResult {
  count: number;
  bytes: number;
  seconds: number;
}

export interface WriteOptions extends GenerateOptions {
  out: string;
  /** Real content to borrow registries, pages and covers from; `content` by default. */
  from?: string;
  publicDir?: string;
  /** Remove earlier generated articles and pages in `out` first. */
  clean?: boolean;
}

/** Writes the synthetic content folder, then its manifest (last, so a half-written folder has none). */
export async function generateContent(options: WriteOptions): Promise<GenerateResult> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const from = path.resolve(options.from ?? "content");
  const publicDir = path.resolve(options.publicDir ?? "public");
  if (!Number.isInteger(options.count) || options.count < 1)
    throw new Error(`--count doit être un entier positif (reçu : ${options.count})`);
  if (out === from) throw new Error(`refus d’écrire dans le contenu réel (${from})`);

  const articlesDir = path.join(out, "articles");
  if (options.clean) {
    await rm(articlesDir, { recursive: true, force: true });
    await rm(path.join(out, "pages"), { recursive: true, force: true });
    await rm(path.join(out, MANIFEST), { force: true });
  } else if (existsSync(articlesDir) && (await readdir(articlesDir)).some((name) => name.endsWith(".md"))) {
    throw new Error(`${articlesDir} contient déjà des articles : ajoutez --clean pour les remplacer`);
  }
  await mkdir(articlesDir, { recursive: true });
  await mkdir(path.join(out, "pages"), { recursive: true });

  let bytes = 0;
  for (const name of ["authors.yaml", "rubriques.yaml"]) {
    await copyFile(path.join(from, name), path.join(out, name));
    bytes += (await readFile(path.join(out, name))).byteLength;
  }
  const pagesFrom = path.join(from, "pages");
  for (const name of existsSync(pagesFrom) ? (await readdir(pagesFrom)).filter((n) => n.endsWith(".md")).sort() : []) {
    await copyFile(path.join(pagesFrom, name), path.join(out, "pages", name));
    bytes += (await readFile(path.join(out, "pages", name))).byteLength;
  }

  const newsroom = await readNewsroom(from, publicDir);
  let count = 0;
  // Synchronous writes, one file open at a time: for many small files this is
  // several times cheaper than fs/promises, whose FileHandle bookkeeping per
  // file cost more than the generation itself.
  for (const article of syntheticArticles(options, newsroom)) {
    const data = Buffer.from(article.source, "utf8");
    writeFileSync(path.join(articlesDir, `${article.slug}.md`), data);
    bytes += data.byteLength;
    count += 1;
  }

  const seed = options.seed ?? DEFAULT_SEED;
  const reference = options.reference ?? DEFAULT_REFERENCE;
  const manifest: Manifest = { generator: GENERATOR_VERSION, count, seed, reference, bytes };
  await writeFile(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { count, bytes, seconds: (performance.now() - started) / 1000 };
}

/** What a folder was generated with, or null. */
export interface Manifest {
  generator: number;
  count: number;
  seed: string;
  reference: string;
  bytes: number;
}

/** What a folder was generated with, or null when it has no readable manifest. */
export async function readManifest(out: string): Promise<Manifest | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path.join(out, MANIFEST), "utf8"));
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { generator, count, seed, reference, bytes } = data as Partial<Record<keyof Manifest, unknown>>;
  return typeof generator === "number" &&
    typeof count === "number" &&
    typeof seed === "string" &&
    typeof reference === "string" &&
    typeof bytes === "number"
    ? { generator, count, seed, reference, bytes }
    : null;
}

export function formatSummary(result: GenerateResult, out: string): string {
  const megabytes = (result.bytes / 1_000_000).toFixed(1).replace(".", ",");
  const seconds = result.seconds.toFixed(1).replace(".", ",");
  return `${thousands(result.count)} articles écrits dans ${path.relative(process.cwd(), path.resolve(out)) || "."} : ${megabytes} Mo (${thousands(result.bytes)} octets) en ${seconds} s.`;
}

async function main(): Promise<void> {
  const usage = "Usage : npm run generate -- --count N --out DOSSIER [--seed S] [--clean] [--reference 2026-11-25] [--from content]";
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: DEFAULT_SEED },
      reference: { type: "string", default: DEFAULT_REFERENCE },
      from: { type: "string", default: "content" },
      clean: { type: "boolean", default: false },
    },
  });
  const count = Number(values.count?.replace(/[_ ]/g, ""));
  if (!values.count || !values.out || !Number.isInteger(count) || count < 1) {
    console.error(usage);
    process.exit(1);
  }
  const result = await generateContent({
    count,
    out: values.out,
    seed: values.seed,
    reference: values.reference,
    from: values.from,
    clean: values.clean,
  });
  console.log(formatSummary(result, values.out));
  console.log(
    `Graine « ${values.seed} », dates sur ${SPAN_YEARS} ans avant le ${values.reference}. Pour servir ce contenu : CONTENT_DIR=${values.out}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
