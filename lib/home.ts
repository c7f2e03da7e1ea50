import type { Article, Rubrique } from "./content";
import { paginate, type PageSlice } from "./pagination";

/** "À la une": the newest featured article, else the newest. */
export function chooseLeadStory(articles: readonly Article[]): Article | undefined {
  return articles.find((article) => article.featured) ?? articles[0];
}

/** The articles the home lists under its lead story, newest first: page 1, then /page/2… */
export function articlesAfterLead(articles: readonly Article[]): Article[] {
  const lead = chooseLeadStory(articles);
  return articles.filter((article) => article !== lead);
}

export interface HomeFeed {
  lead?: Article;
  latest: PageSlice<Article>;
  rubriqueBlocks: { rubrique: Rubrique; articles: Article[] }[];
}

/**
 * The home feed: the lead story, then every other article newest first,
 * `pageSize` a page (older ones on /page/2…). The first page also closes
 * on a block per rubrique with its latest articles not shown above.
 */
export function homeFeed(
  articles: readonly Article[],
  rubriques: readonly Rubrique[],
  page: number,
  pageSize: number,
  perRubrique = 4,
): HomeFeed | null {
  const lead = chooseLeadStory(articles);
  const latest = paginate(articlesAfterLead(articles), page, pageSize);
  if (!latest) return null;
  if (page > 1) return { latest, rubriqueBlocks: [] };

  const shown = new Set([lead, ...latest.items]);
  const rubriqueBlocks = rubriques
    .map((rubrique) => ({
      rubrique,
      articles: articles.filter((a) => a.rubrique.id === rubrique.id && !shown.has(a)).slice(0, perRubrique),
    }))
    .filter((block) => block.articles.length > 0);
  return { lead, latest, rubriqueBlocks };
}
