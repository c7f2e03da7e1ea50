import { describe, expect, it } from "vitest";

import { paths } from "@/lib/routes/paths";

import { beaconSlug } from "./beacon";

describe("beaconSlug", () => {
  it("names the article of a beacon's address, and nothing for any other address", () => {
    expect(beaconSlug(paths.articleView("budget-2027"))).toBe("budget-2027");
    expect(beaconSlug(paths.article("budget-2027"))).toBeNull();
    expect(beaconSlug("/article/budget-2027/vu/plus")).toBeNull();
    expect(beaconSlug("/rubrique/vu")).toBeNull();
  });
});
