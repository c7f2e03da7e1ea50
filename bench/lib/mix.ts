/**
 * The requests the load cycles through: what readers ask for, plus the
 * addresses that must answer 404. Article slugs and rubriques come from the
 * content layer, so the mix follows the content.
 */
import path from "node:path";

import { loadContent } from "../../lib/content/load";
import { isPublished } from "../../lib/content/visibility";

export interface MixEntry {
  path: string;
  /** The status a healthy server answers. */
  expect: 200 | 404;
}

export const ARTICLE_COUNT = 12;

export const SEARCHES = ["eau", "maroc", "sécurité", "zzqxw"] as const;
export const NOT_FOUND_PATHS = ["/article/inconnu", "/rubrique/meteo", "/page/999"] as const;

/** `count` items spread evenly over `items` (first and last included), in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, count);
  const picked: T[] = [];
  for (let i = 0; i < count; i += 1) {
    const item = items[Math.round((i * (items.length - 1)) / (count - 1))];
    if (item !== undefined) picked.push(item);
  }
  return picked;
}

/** The whole mix, from published article slugs (newest first) and rubrique ids. */
export function requestMix(articleSlugs: readonly string[], rubriqueIds: readonly string[]): MixEntry[] {
  return [
    { path: "/", expect: 200 },
    { path: "/page/2", expect: 200 },
    ...spread(articleSlugs, ARTICLE_COUNT).map((slug) => ({ path: `/article/${slug}`, expect: 200 as const })),
    ...rubriqueIds.map((id) => ({ path: `/rubrique/${id}`, expect: 200 as const })),
    ...SEARCHES.map((q) => ({ path: `/recherche?q=${encodeURIComponent(q)}`, expect: 200 as const })),
    { path: "/fil-info", expect: 200 },
    { path: "/rss.xml", expect: 200 },
    ...NOT_FOUND_PATHS.map((p) => ({ path: p, expect: 404 as const })),
  ];
}

export interface ContentFacts {
  mix: MixEntry[];
  /** A published article and its rubrique, for the fault case. */
  sample: { slug: string; file: string; rubrique: string };
}

/** Reads the content copy the server uses, as the site would at `at`. */
export async function contentFacts(contentDir: string, at: Date): Promise<ContentFacts> {
  const snapshot = await loadContent({ root: path.resolve(contentDir), publicDir: path.resolve("public") });
  if (snapshot.problems.length > 0) {
    throw new Error(`le contenu de ${contentDir} a ${snapshot.problems.length} erreur(s) : lancez npm run content:check`);
  }
  const published = snapshot.articles.filter((article) => isPublished(article, at));
  const first = published[0];
  if (!first) throw new Error(`aucun article publié dans ${contentDir}`);
  return {
    mix: requestMix(
      published.map((article) => article.slug),
      snapshot.rubriques.map((rubrique) => rubrique.id),
    ),
    sample: { slug: first.slug, file: path.join(contentDir, "articles", `${first.slug}.md`), rubrique: first.rubrique.id },
  };
}
