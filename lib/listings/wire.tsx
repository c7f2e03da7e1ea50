import { WireView } from "@/components/listing/WireView";
import { groupByDay } from "@/lib/calendar";
import { getArticles } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { pagedTitle, pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

import type { Listing } from "./listing";

/** `/fil-info`: every article, newest first, grouped by day. */
export const wireListing: Listing<never, null> = {
  pageSize: site.wirePageSize,
  find: async () => ({ subject: null, items: await getArticles() }),
  keys: async () => [{}],
  metadata: ({ page, totalPages }) =>
    pageMetadata({ title: pagedTitle(t.wireTitle, page, totalPages), description: t.wireDescription, path: paths.wire(page) }),
  render: ({ items, page, totalPages }) => <WireView days={groupByDay(items)} page={page} totalPages={totalPages} />,
};
