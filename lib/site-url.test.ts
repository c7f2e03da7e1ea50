import { describe, expect, it } from "vitest";

import { buildSiteUrl } from "./site-url";

describe("buildSiteUrl", () => {
  it("refuses a build without SITE_URL, in French, saying what to type", () => {
    for (const env of [{}, { SITE_URL: "" }, { SITE_URL: "   " }]) {
      const result = buildSiteUrl(env);
      expect(result).toHaveProperty("problem");
      if ("problem" in result) {
        expect(result.problem).toMatch(/^SITE_URL manquant : /);
        expect(result.problem).toContain("SITE_URL=https://www.lesinfos.ma npm run build");
        expect(result.problem).toContain("SITE_URL=http://localhost:3000 npm run build");
      }
    }
  });

  it.each(["www.lesinfos.ma", "ftp://lesinfos.ma", "https://www.lesinfos.ma/info", "https://www.lesinfos.ma/?a=1", "https://"])(
    "refuses %j: not the bare absolute address of a site",
    (value) => {
      expect(buildSiteUrl({ SITE_URL: value })).toEqual({
        problem: `SITE_URL « ${value} » : une adresse absolue en http ou https est attendue, sans chemin ni paramètres (par exemple https://www.lesinfos.ma).`,
      });
    },
  );

  it.each([
    ["https://www.lesinfos.ma", "https://www.lesinfos.ma"],
    [" https://www.lesinfos.ma/ ", "https://www.lesinfos.ma"],
    ["http://localhost:3000", "http://localhost:3000"],
    ["HTTPS://WWW.LESINFOS.MA", "https://www.lesinfos.ma"],
  ])("takes %j as %j", (value, url) => {
    expect(buildSiteUrl({ SITE_URL: value })).toEqual({ url });
  });
});
