import { afterEach, describe, expect, it, vi } from "vitest";

import { cacheTagHeader, cacheTagsOf } from "./cache-tags";

afterEach(() => vi.unstubAllEnvs());

describe("cache tags", () => {
  it("tag a page with its address, without a trailing slash, and with the site's tag", () => {
    expect(cacheTagsOf("/article/un-article")).toEqual(["/article/un-article", "lesinfos"]);
    expect(cacheTagsOf("/rubrique/sport/")).toEqual(["/rubrique/sport", "lesinfos"]);
    expect(cacheTagsOf("/")).toEqual(["/", "lesinfos"]);
    expect(cacheTagsOf("/page/3")).toEqual(["/page/3", "/page/[n]", "lesinfos"]);
    expect(cacheTagsOf("/rubrique/sport/page/2")).toEqual(["/rubrique/sport/page/2", "/rubrique/[id]/page/[n]", "lesinfos"]);
  });

  it("go in Cache-Tag, comma-separated, or in the configured header", () => {
    expect(cacheTagHeader()).toEqual({ name: "Cache-Tag", separator: "," });
    vi.stubEnv("LESINFOS_CACHE_TAG_HEADER", "Surrogate-Key");
    expect(cacheTagHeader()).toEqual({ name: "Surrogate-Key", separator: " " });
  });
});
