import type { Article, Rubrique, UnePick } from "./content";
import { liveCoverageInProgress } from "./live";

/** How much the top of the home page holds. */
export const FRONT = {
  /** Stories under the lead, smaller. */
  secondary: 4,
  /** Items of the « En continu » strip. */
  wire: 8,
  /** Headlines under each rubrique block's small lead. */
  rubriqueHeadlines: 3,
  /** Without an editor's pick, a featured article leads only this long. */
  featuredLeadHours: 24,
  /** Live coverages in progress lifted above the lead. */
  live: 2,
} as const;

export interface RubriqueBlock {
  rubrique: Rubrique;
  lead: Article;
  headlines: Article[];
}

export interface FrontPage {
  /** Live coverages going on, newest first: above everything else, and nowhere else on the page. */
  live: Article[];
  lead?: Article;
  secondary: Article[];
  /** The newest stories not already at the top, for « En continu ». */
  wire: Article[];
  rubriqueBlocks: RubriqueBlock[];
}

/** The editors' picks still valid at `at` and visible, in their order. */
export function validPicks(articles: readonly Article[], picks: readonly UnePick[], at: Date): Article[] {
  const valid = picks.filter((pick) => !pick.until || pick.until > at);
  // Only the picked articles are looked up: a map of every slug cost 100 ms per call at 100,000 articles.
  const wanted = new Set(valid.map((pick) => pick.slug));
  const bySlug = new Map<string, Article>();
  if (wanted.size > 0) for (const article of articles) if (wanted.has(article.slug)) bySlug.set(article.slug, article);
  const chosen = valid.map((pick) => bySlug.get(pick.slug)).filter((article) => article !== undefined);
  return [...new Set(chosen)];
}

/** « À la une »: the first valid pick, else the newest featured article of the last day, else the newest. */
export function chooseLead(articles: readonly Article[], picks: readonly UnePick[], at: Date): Article | undefined {
  const since = at.getTime() - FRONT.featuredLeadHours * 3_600_000;
  return (
    validPicks(articles, picks, at)[0] ??
    firstOf(articles, 1, (article) => article.featured && article.publishedAt.getTime() >= since, since)[0] ??
    articles[0]
  );
}

/**
 * The home page: live coverages in progress, the lead, the secondary stories (the other picks, then the
 * newest), « En continu », then per rubrique a small lead and a few
 * headlines, none of them repeating the top. `articles` newest first.
 */
export function frontPage(all: readonly Article[], rubriques: readonly Rubrique[], picks: readonly UnePick[], at: Date): FrontPage {
  const live = liveCoverageInProgress(all, at).slice(0, FRONT.live);
  const lifted = new Set(live);
  const articles = live.length > 0 ? all.filter((article) => !lifted.has(article)) : all;
  const lead = chooseLead(articles, picks, at);
  if (!lead) return { live, secondary: [], wire: [], rubriqueBlocks: [] };
  const secondary: Article[] = [];
  for (const article of [...validPicks(articles, picks, at), ...articles]) {
    if (secondary.length === FRONT.secondary) break;
    if (article !== lead && !secondary.includes(article)) secondary.push(article);
  }
  const atTop = new Set([lead, ...secondary]);
  const rest = (article: Article) => !atTop.has(article);
  const rubriqueBlocks = rubriques.flatMap((rubrique) => {
    const [blockLead, ...headlines] = firstOf(articles, 1 + FRONT.rubriqueHeadlines, (a) => rest(a) && a.rubrique.id === rubrique.id);
    return blockLead ? [{ rubrique, lead: blockLead, headlines }] : [];
  });
  return { live, lead, secondary, wire: firstOf(articles, FRONT.wire, rest), rubriqueBlocks };
}

/**
 * The first `count` articles of `list` (newest first) that `keep` keeps,
 * published at `since` or later: stops there (whole-list filters cost
 * 120 ms per front page at 100,000 articles).
 */
function firstOf(list: readonly Article[], count: number, keep: (article: Article) => boolean, since = -Infinity): Article[] {
  const kept: Article[] = [];
  for (const article of list) {
    if (kept.length === count || article.publishedAt.getTime() < since) break;
    if (keep(article)) kept.push(article);
  }
  return kept;
}

/** Every article the home page shows, in any of its places. */
export function shownOnFront({ live, lead, secondary, wire, rubriqueBlocks }: FrontPage): Set<Article> {
  const blocks = rubriqueBlocks.flatMap((block) => [block.lead, ...block.headlines]);
  return new Set([...live, ...(lead ? [lead] : []), ...secondary, ...wire, ...blocks]);
}

/**
 * What « Toutes les actualités » lists from `/page/2` on: every article the
 * home does not show, newest first, so that no article is shown twice or skipped.
 */
export function articlesAfterFront(
  all: readonly Article[],
  rubriques: readonly Rubrique[],
  picks: readonly UnePick[],
  at: Date,
): Article[] {
  const shown = shownOnFront(frontPage(all, rubriques, picks, at));
  return all.filter((article) => !shown.has(article));
}
