import type { Article, Rubrique } from "../content";
import { paths } from "../routes/paths";

export const rubriques: Rubrique[] = ["politique", "economie", "sport"].map((id) => ({
  id,
  name: id,
  description: `Rubrique ${id}`,
  url: paths.rubrique(id),
}));

const bodies = new WeakMap<Article, string>();

/** The Markdown body a test article was made with: the tests' `BodyReader`. */
export async function testBody(article: Article): Promise<string> {
  return bodies.get(article) ?? "";
}

/** A minimal valid article for tests of rules over lists of articles. */
export function makeArticle(slug: string, overrides: Partial<Article> & { rubriqueId?: string; body?: string } = {}): Article {
  const { rubriqueId = "politique", body = "Texte.", ...rest } = overrides;
  const article: Article = {
    slug,
    url: paths.article(slug),
    title: `Titre ${slug}`,
    description: `Chapô ${slug}`,
    publishedAt: new Date("2025-04-01T10:00:00Z"),
    author: { id: "redaction", name: "La rédaction", url: paths.author("redaction"), isOrganization: true },
    rubrique: rubriques.find((r) => r.id === rubriqueId) ?? rubriques[0]!,
    tags: [],
    featured: false,
    draft: false,
    readingMinutes: 1,
    file: `content/articles/${slug}.md`,
    ...rest,
  };
  bodies.set(article, body);
  return article;
}

/** `count` articles, one hour apart, newest first, rubriques in turn. */
export function articleSeries(count: number): Article[] {
  return Array.from({ length: count }, (_, i) =>
    makeArticle(`a${i}`, {
      publishedAt: new Date(Date.UTC(2025, 3, 30, 12) - i * 3_600_000),
      rubriqueId: rubriques[i % rubriques.length]!.id,
    }),
  );
}
