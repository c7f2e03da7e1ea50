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

/** `count` items spread evenly over `items` (first and last included), in order. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, count);
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))]!);
}

/** The whole mix, from published article slugs (newest first) and rubrique ids. */
export function requestMix(articleSlugs: readonly string[], rubriqueIds: readonly string[]): MixEntry[] {
  const ok = (paths: string[]) => paths.map((p) => ({ path: p, expect: 200 as const }));
  return [
    ...ok(["/", "/page/2"]),
    ...ok(spread(articleSlugs, 12).map((slug) => `/article/${slug}`)),
    ...ok(rubriqueIds.map((id) => `/rubrique/${id}`)),
    ...ok(["eau", "maroc", "sécurité", "zzqxw"].map((q) => `/recherche?q=${encodeURIComponent(q)}`)),
    ...ok(["/fil-info", "/rss.xml"]),
    ...["/article/inconnu", "/rubrique/meteo", "/page/999"].map((p) => ({ path: p, expect: 404 as const })),
  ];
}

/** Marks where wrk-mix.lua puts a new number at each request: an address no cache has seen. */
export const FRESH = "{n}";

/**
 * The long tail: each article of the mix again, and one search, at an address
 * no cache has seen (a query string Next.js ignores, a search of its own),
 * so that these requests pass nginx's cache and reach the instances.
 */
export function longTail(mix: readonly MixEntry[]): MixEntry[] {
  const articles = mix.filter((entry) => entry.expect === 200 && entry.path.startsWith("/article/"));
  return [
    ...articles.map((entry) => ({ path: `${entry.path}?lecteur=${FRESH}`, expect: 200 as const })),
    { path: `/recherche?q=maroc+${FRESH}`, expect: 200 },
  ];
}

/** The mix, and a published article and its rubrique for the fault case, as the site would read `contentDir` now. */
export async function contentFacts(contentDir: string) {
  const snapshot = await loadContent({ root: path.resolve(contentDir), publicDir: path.resolve("public") });
  if (snapshot.problems.length > 0) {
    throw new Error(`le contenu de ${contentDir} a ${snapshot.problems.length} erreur(s) : lancez npm run content:check`);
  }
  const published = snapshot.articles.filter((article) => isPublished(article, new Date()));
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
