import { describe, expect, it } from "vitest";

import { isLiveNow, liveCoverageInProgress, liveUpdatePath } from "./live";
import { makeArticle } from "./testing/articles";

const at = new Date("2026-11-29T17:00:00Z");
const ongoing = makeArticle("pluies", { live: { updateCount: 13 } });
const endsLater = makeArticle("vote", { live: { updateCount: 2, endedAt: new Date("2026-11-29T20:00:00Z") } });
const ended = makeArticle("course", { live: { updateCount: 6, endedAt: new Date("2026-10-11T10:30:00Z") } });
const ordinary = makeArticle("budget");

describe("liveCoverageInProgress", () => {
  it("keeps the live coverages not yet ended, in the order given (newest first)", () => {
    expect(liveCoverageInProgress([ordinary, ongoing, ended, endsLater], at).map((a) => a.slug)).toEqual(["pluies", "vote"]);
    expect(isLiveNow(ended, at)).toBe(false);
    expect(isLiveNow(ordinary, at)).toBe(false);
  });
});

describe("liveUpdatePath", () => {
  it("gives the archive page that holds the update for good, with its anchor", () => {
    const updates = Array.from({ length: 51 }, (_, index) => ({
      id: `maj-${index}`,
      publishedAt: at,
      key: false,
      pinned: false,
      markdown: "x",
      line: 1,
    }));
    expect(liveUpdatePath(ongoing, updates, updates[0]!)).toBe("/article/pluies/mises-a-jour/1#maj-0");
    expect(liveUpdatePath(ongoing, updates, updates[50]!)).toBe("/article/pluies/mises-a-jour/2#maj-50");
  });
});
