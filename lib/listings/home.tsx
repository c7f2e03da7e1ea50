import { ListingView } from "@/components/listing/ListingView";
import { now } from "@/lib/clock";
import { getArticles, getRubriques, getUnePicks } from "@/lib/content";
import { articlesAfterFront } from "@/lib/front-page";
import { paths } from "@/lib/routes/paths";
import { homeArchiveMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

import type { Listing } from "./listing";

/**
 * `/page/<n>`: the home's later pages, every article the front page
 * (app/page.tsx) does not show, so that page 2 starts right after it.
 */
export const homeListing: Listing<never, null> = {
  pageSize: site.pageSize,
  find: async () => {
    const [articles, rubriques, picks] = await Promise.all([getArticles(), getRubriques(), getUnePicks()]);
    return { subject: null, items: articlesAfterFront(articles, rubriques, picks, now()), firstPageSize: 0 };
  },
  keys: async () => [{}],
  metadata: ({ page, totalPages }) => homeArchiveMetadata(page, totalPages),
  render: ({ items, page, totalPages }) => (
    <ListingView title={t.latest} hrefFor={paths.home} items={items} page={page} totalPages={totalPages} />
  ),
};
