import type { MetadataRoute } from "next";

import { absoluteUrl } from "@/lib/site";

import { NEWS_SITEMAP_PATH, SEARCH_PATH, SITEMAP_PATH } from "./urls";

/** Everything may be crawled but search results, which only repeat other pages. */
export function robotsRules(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: SEARCH_PATH },
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
