/** The newsroom's domain types: what pages and components work with. */

export interface Rubrique {
  id: string;
  name: string;
  description: string;
  url: string;
}

export interface Author {
  id: string;
  name: string;
  url: string;
  role?: string;
  bio?: string;
  portrait?: CoverImage;
  /** The newsroom itself (`redaction`) rather than a person. */
  isOrganization: boolean;
}

export interface Tag {
  label: string;
  slug: string;
}

export interface CoverImage {
  /** Path under `public/`, e.g. `/images/articles/foo.webp`. */
  src: string;
  alt: string;
  credit?: string;
  width: number;
  height: number;
}

/**
 * A correction made public: `rectificatif` when an error was corrected
 * (shown above the article), `precision` when context was added (below it).
 */
export interface Correction {
  kind: "rectificatif" | "precision";
  publishedAt: Date;
  text: string;
}

/** What the front matter and a count of the body say about a live coverage. */
export interface LiveCoverage {
  /** Absent while the coverage goes on. */
  endedAt?: Date;
  updateCount: number;
  lastUpdateAt?: Date;
}

export interface Article {
  slug: string;
  url: string;
  title: string;
  /** The chapô (standfirst). */
  description: string;
  publishedAt: Date;
  /** The latest of `updated` and the corrections' dates. */
  updatedAt?: Date;
  /** Oldest first, as written in the front matter's order of dates. */
  corrections: Correction[];
  author: Author;
  rubrique: Rubrique;
  tags: Tag[];
  image?: CoverImage;
  featured: boolean;
  draft: boolean;
  /** Live coverage (`format: direct`): its updates are read from the body when the page is rendered. */
  live?: LiveCoverage;
  /** The body stays on disk: `getArticleBodyHtml` reads and renders it. */
  readingMinutes: number;
  /** Source file, relative to the project, for error messages. */
  file: string;
}

export interface Page {
  slug: string;
  url: string;
  title: string;
  description: string;
  /** The body stays on disk: `getPageBodyHtml` reads and renders it. */
  file: string;
}

/** A « Dernière minute » alert, shown on every page from `raisedAt` until `expiresAt`. */
export interface Alert {
  slug: string;
  text: string;
  raisedAt: Date;
  expiresAt: Date;
  /** The article the alert leads to, when there is one. */
  article?: { url: string; title: string };
  file: string;
}
