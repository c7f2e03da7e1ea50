import { HomeFeedView } from "@/components/home/HomeFeedView";
import { getArticles } from "@/lib/content";
import { articlesAfterLead } from "@/lib/home";
import { homeArchiveMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

import type { Listing } from "./listing";

/**
 * `/page/<n>`: the home's later pages, the articles under its lead story.
 * Page 1 is the front page itself (app/page.tsx), with the lead and the
 * rubrique blocks.
 */
export const homeListing: Listing<never, null> = {
  pageSize: site.pageSize,
  find: async () => ({ subject: null, items: articlesAfterLead(await getArticles()) }),
  keys: async () => [{}],
  metadata: ({ page, totalPages }) => homeArchiveMetadata(page, totalPages),
  render: ({ items, page, totalPages }) => (
    <>
      <h1 className="font-serif text-3xl font-bold">
        {t.latest} <span className="text-ink-muted">— {t.pageOf(page, totalPages)}</span>
      </h1>
      <HomeFeedView feed={{ latest: { items, page, totalPages }, rubriqueBlocks: [] }} />
    </>
  ),
};
