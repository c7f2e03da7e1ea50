import type { Article, Author } from "./content";

export interface AuthorEntry {
  author: Author;
  /** Published articles signed by the author. */
  count: number;
  latest?: Article;
}

/** The newsroom page: each author with a count and the latest article (`articles` newest first). */
export function newsroomDirectory(authors: readonly Author[], articles: readonly Article[]): AuthorEntry[] {
  return authors.map((author) => {
    const signed = articles.filter((article) => article.author.id === author.id);
    return { author, count: signed.length, latest: signed[0] };
  });
}

/** "SB" for Salma Bennani, "YA" for Youssef El Amrani: a portrait's stand-in. */
export function monogram(name: string): string {
  const words = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words.length === 1 ? [words[0]!] : [name];
  return letters.map((word) => [...word][0]!.toLocaleUpperCase("fr")).join("");
}
