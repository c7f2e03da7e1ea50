import { ListingView } from "@/components/listing/ListingView";
import { getArticles } from "@/lib/content";
import { newestToPrerender } from "@/lib/prerender";
import { paths } from "@/lib/routes/paths";
import { pagedTitle, pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";
import { collectTags, getTags, type TagEntry } from "@/lib/tags";

import type { Listing } from "./listing";

/** `/tag/<slug>`: the articles of a tag. */
export const tagListing: Listing<"slug", TagEntry> = {
  pageSize: site.pageSize,
  async find({ slug }) {
    const tag = (await getTags()).get(slug);
    return tag ? { subject: tag, items: tag.articles } : null;
  },
  keys: async () => [...(await getTags()).keys()].map((slug) => ({ slug })),
  // Tags of the newest articles; the others render on first request.
  prerenderedKeys: async () => [...collectTags(newestToPrerender(await getArticles())).keys()].map((slug) => ({ slug })),
  metadata: ({ subject: tag, page, totalPages }) =>
    pageMetadata({
      title: pagedTitle(t.tagTitle(tag.label), page, totalPages),
      description: t.tagDescription(tag.label),
      path: paths.tag(tag.slug, page),
    }),
  render: ({ subject: tag, ...slice }) => (
    <ListingView
      title={t.tagTitle(tag.label)}
      description={t.tagDescription(tag.label)}
      hrefFor={(n) => paths.tag(tag.slug, n)}
      {...slice}
    />
  ),
};
