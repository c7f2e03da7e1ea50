import { describe, expect, it } from "vitest";

import { archivePageOf, isLive, LIVE_PAGE_SIZE, liveArchivePage, liveFrontPage, parseLiveLog } from "./live-coverage";

const start = new Date("2026-11-29T07:00:00Z"); // 8 h 00 in Casablanca

const body = `Le point en continu sur la journée.

## 8:15 — Ouverture des bureaux {essentiel}

Les bureaux ouvrent.

## 9 h 30

Sans titre, par la rédaction.

### Un intertitre dans la mise à jour

\`\`\`
## pas une mise à jour, dans du code
\`\`\`

## 23:50 — Tard {épinglé, par: salma-bennani}

Presque minuit.

## 2026-11-30 00:10 — Après minuit {Essentiel, epingle}

Le lendemain.
`;

describe("parseLiveLog", () => {
  const log = parseLiveLog(body, start, 10);

  it("reads each update's instant at Casablanca time, title, author and flags", () => {
    expect(log.problems).toEqual([]);
    expect(log.intro).toBe("Le point en continu sur la journée.");
    expect(
      log.updates.map(({ id, publishedAt, title, authorId, key, pinned, line }) => ({ id, at: publishedAt.toISOString(), title, authorId, key, pinned, line })),
    ).toEqual([
      { id: "maj-20261129-0815", at: "2026-11-29T07:15:00.000Z", title: "Ouverture des bureaux", authorId: undefined, key: true, pinned: false, line: 12 },
      { id: "maj-20261129-0930", at: "2026-11-29T08:30:00.000Z", title: undefined, authorId: undefined, key: false, pinned: false, line: 16 },
      { id: "maj-20261129-2350", at: "2026-11-29T22:50:00.000Z", title: "Tard", authorId: "salma-bennani", key: false, pinned: true, line: 26 },
      { id: "maj-20261130-0010", at: "2026-11-29T23:10:00.000Z", title: "Après minuit", authorId: undefined, key: true, pinned: true, line: 30 },
    ]);
  });

  it("keeps sub-headings and code inside the update they belong to", () => {
    expect(log.updates[1]?.markdown).toContain("### Un intertitre dans la mise à jour");
    expect(log.updates[1]?.markdown).toContain("## pas une mise à jour, dans du code");
  });

  it("places each update on the day of the one before, and during Ramadan at UTC+0", () => {
    const ramadan = parseLiveLog("## 20:00 — Ftour\n\nTexte.\n", new Date("2025-03-02T12:00:00Z"));
    expect(ramadan.updates[0]?.publishedAt.toISOString()).toBe("2025-03-02T20:00:00.000Z");
  });

  it.each([
    ["## Un intertitre sans heure\n\nTexte.", 1, /une mise à jour commence par son heure/],
    ["## 10:00 — A\n\nTexte.\n\n## 09:00 — B\n\nTexte.", 5, /heure antérieure à la mise à jour précédente/],
    ["## 07:00 — Trop tôt\n\nTexte.", 1, /antérieure au début du direct/],
    ["## 10:00 — A\n\nTexte.\n\n## 10:00 — B\n\nTexte.", 5, /deux mises à jour à la même minute/],
    ["## 10:00 — A {urgent}\n\nTexte.", 1, /marque inconnue « urgent »/],
    ["## 10:00 — Vide\n", 1, /mise à jour sans texte/],
    ["## 25:00 — Impossible\n\nTexte.", 1, /heure impossible/],
  ])("reports %j at its line", (text, line, message) => {
    const { problems } = parseLiveLog(text, start);
    expect(problems).toEqual([{ line, message: expect.stringMatching(message) }]);
  });
});

describe("pages of a live coverage", () => {
  const updates = Array.from({ length: 120 }, (_, index) => ({
    id: `maj-${index}`,
    publishedAt: new Date(start.getTime() + index * 60_000),
    key: index % 40 === 0,
    pinned: index === 3,
    markdown: "Texte.",
    line: index,
  }));

  it("shows the pinned update first, then the newest updates, and the key events", () => {
    const page = liveFrontPage(updates);
    expect(page.pinned.map((u) => u.id)).toEqual(["maj-3"]);
    expect(page.updates).toHaveLength(LIVE_PAGE_SIZE);
    expect(page.updates[0]?.id).toBe("maj-119");
    expect(page.keyEvents.map((u) => u.id)).toEqual(["maj-80", "maj-40", "maj-0"]);
    expect(page.archives).toEqual([1, 2, 3]);
  });

  it("keeps each update on the same archive page whatever comes after it", () => {
    expect(archivePageOf(0)).toBe(1);
    expect(archivePageOf(49)).toBe(1);
    expect(archivePageOf(50)).toBe(2);
    expect(liveArchivePage(updates, 1)?.map((u) => u.id).slice(0, 2)).toEqual(["maj-49", "maj-48"]);
    expect(liveArchivePage(updates.slice(0, 60), 1)).toEqual(liveArchivePage(updates, 1));
    expect(liveArchivePage(updates, 3)).toHaveLength(20);
    expect(liveArchivePage(updates, 4)).toBeNull();
    expect(liveArchivePage(updates, 0)).toBeNull();
  });

  it("is live until its end", () => {
    expect(isLive({}, start)).toBe(true);
    expect(isLive({ endedAt: new Date("2026-11-29T18:00:00Z") }, new Date("2026-11-29T17:59:59Z"))).toBe(true);
    expect(isLive({ endedAt: new Date("2026-11-29T18:00:00Z") }, new Date("2026-11-29T18:00:00Z"))).toBe(false);
  });
});
