/**
 * A running server keeps its published list and the indexes derived from it
 * by delta (lib/memo.ts `recordDelta`): after any sequence of changes they
 * must equal what a full rebuild from the same articles gives.
 */
import { describe, expect, it, vi } from "vitest";

import { seededRandom, type Random } from "../../scripts/generate-articles";
import { articlesByMonth, archiveMonths } from "../calendar";
import { recordDelta } from "../memo";
import { buildSearchIndex, search } from "../search";
import { getSearchIndex } from "../search/cache";
import { collectTags, tagsOf } from "../tags";
import { makeArticle, rubriques, testBody } from "../testing/articles";
import { adjacentInRubrique } from "../related";
import { articleBySlug, articlesByAuthor, articlesByRubrique, articlesByTag } from "./groups";
import { publishedIn } from "./index";
import { newestFirst, type ContentSnapshot } from "./load";
import { withChanges } from "./order";
import type { Article, Author } from "./types";

// Bodies as the test articles were made with, not read from files.
vi.mock("./index", async (original) => {
  const { testBody: body } = await import("../testing/articles");
  return { ...(await original<typeof import("./index")>()), getArticleMarkdown: body };
});

const authors: Author[] = ["redaction", "amina", "youssef"].map((id) => ({ id, name: id, url: `/auteur/${id}`, isOrganization: false }));
const TAGS = ["Maroc", "maroc", "Élections", "élections", "Eau", "Sécurité routière", "Football", "Culture"];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

const pick = <T,>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)]!;

let serial = 0;
function randomArticle(random: Random, slug = `s${serial++}`): Article {
  // One spelling per slug in an article, as readArticle keeps them.
  const tags = new Map<string, string>();
  for (let i = Math.floor(random() * 4); i > 0; i--) {
    const label = pick(random, TAGS);
    tags.set(label.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replaceAll(" ", "-"), label);
  }
  return makeArticle(slug, {
    // Over about four months, some at the very same instant (ties broken by slug).
    publishedAt: new Date(START + Math.floor(random() * 120) * DAY + (random() < 0.3 ? 0 : Math.floor(random() * DAY))),
    rubriqueId: pick(random, rubriques).id,
    author: pick(random, authors),
    tags: [...tags].map(([slug, label]) => ({ label, slug })),
    draft: random() < 0.05,
    featured: random() < 0.1,
    body: `Corps de ${slug} ${pick(random, ["pluie", "budget", "match", "festival"])}.`,
  });
}

/** A change like the server's (changes.ts): some files added, edited (same slug, new object) or deleted. */
function randomChange(random: Random, articles: readonly Article[]) {
  const removed: Article[] = [];
  const added: Article[] = [];
  const count = random() < 0.9 ? 1 : 2 + Math.floor(random() * 30);
  const touched = new Set<string>();
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.35 || articles.length === 0) added.push(randomArticle(random));
    else {
      const before = pick(random, articles);
      if (touched.has(before.slug)) continue;
      touched.add(before.slug);
      removed.push(before);
      if (roll < 0.8) added.push(randomArticle(random, before.slug));
    }
  }
  const after = withChanges(articles, removed, added);
  recordDelta(after, { previous: articles, removed, added });
  return after;
}

const snapshotOf = (articles: Article[]) => ({ articles }) as unknown as ContentSnapshot;
const entries = <V,>(map: ReadonlyMap<string, V>) => [...map];
/** Groups by rubrique and author are looked up, never listed: their order is not kept. */
const sorted = <V,>(map: ReadonlyMap<string, V>) => [...map].sort(([a], [b]) => a.localeCompare(b));
const slugs = (list: readonly Article[]) => list.map((article) => article.slug);

describe("indexes kept by delta", () => {
  it.each(["lesinfos", "rabat", "casablanca"])("equal a full rebuild after 150 random changes (seed %s)", async (seed) => {
    const random = seededRandom(seed);
    let articles = Array.from({ length: 300 }, () => randomArticle(random)).sort(newestFirst);
    let at = START + 60 * DAY;
    for (let step = 0; step < 150; step++) {
      articles = randomChange(random, articles);
      // The clock moves on, sometimes past scheduled articles.
      if (random() < 0.2) at += Math.floor(random() * 5 * DAY);
      const published = publishedIn(snapshotOf(articles), at);
      const full = articles.filter((article) => !article.draft && article.publishedAt.getTime() <= at);
      expect(published).toEqual(full);
      // Now and then nobody asks between two changes: the next one is built whole.
      if (random() < 0.1) continue;
      // A copy has no delta: built from the whole list, as at a server start.
      const rebuilt = [...published];
      expect(sorted(articlesByRubrique(published))).toEqual(sorted(articlesByRubrique(rebuilt)));
      expect(sorted(articlesByAuthor(published))).toEqual(sorted(articlesByAuthor(rebuilt)));
      expect(entries(articlesByTag(published))).toEqual(entries(articlesByTag(rebuilt)));
      expect(entries(articlesByMonth(published))).toEqual(entries(articlesByMonth(rebuilt)));
      expect(archiveMonths(published)).toEqual(archiveMonths(rebuilt));
      expect(entries(tagsOf(published))).toEqual(entries(collectTags(rebuilt)));
      const some = pick(random, published);
      expect(adjacentInRubrique(some, published)).toEqual(adjacentInRubrique(some, rebuilt));
      const slug = `s${Math.floor(random() * serial)}`;
      expect(articleBySlug(published, slug)).toBe(rebuilt.find((article) => article.slug === slug));
    }
  });

  it("makes searches find what an index of the whole list finds", async () => {
    const random = seededRandom("recherche");
    let articles = Array.from({ length: 200 }, () => randomArticle(random)).sort(newestFirst);
    const at = START + 200 * DAY;
    await getSearchIndex(publishedIn(snapshotOf(articles), at));
    for (let step = 0; step < 40; step++) {
      articles = randomChange(random, articles);
      const published = publishedIn(snapshotOf(articles), at);
      const layered = await getSearchIndex(published);
      const whole = await buildSearchIndex(published, testBody);
      for (const query of ["pluie", "budget maroc", "football", "élections festival"]) {
        const [found, expected] = [await search(layered, query, { pageSize: 500 }), await search(whole, query, { pageSize: 500 })];
        expect(slugs(found.results.map((hit) => hit.article)).sort()).toEqual(slugs(expected.results.map((hit) => hit.article)).sort());
      }
    }
  });
});
