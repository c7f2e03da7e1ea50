import type { MetadataRoute } from "next";

import { paths } from "@/lib/routes/paths";
import { absoluteUrl } from "@/lib/site";

/** Everything may be crawled but search results, which only repeat other pages. */
export function robotsRules(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: paths.home(), disallow: paths.search() },
    sitemap: [absoluteUrl(paths.sitemap()), absoluteUrl(paths.newsSitemap())],
  };
}
