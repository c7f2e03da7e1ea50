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

export interface Article {
  slug: string;
  url: string;
  title: string;
  /** The chapô (standfirst). */
  description: string;
  publishedAt: Date;
  updatedAt?: Date;
  author: Author;
  rubrique: Rubrique;
  tags: Tag[];
  image?: CoverImage;
  featured: boolean;
  draft: boolean;
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
