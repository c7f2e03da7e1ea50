import { ListingView } from "@/components/listing/ListingView";
import { getArticlesInRubrique, getRubrique, getRubriques, type Rubrique } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { rubriqueMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

import type { Listing } from "./listing";

/** `/rubrique/<id>`: a rubrique's articles. */
export const rubriqueListing: Listing<"id", Rubrique> = {
  pageSize: site.pageSize,
  async find({ id }) {
    const rubrique = await getRubrique(id);
    return rubrique && { subject: rubrique, items: await getArticlesInRubrique(id) };
  },
  keys: async () => (await getRubriques()).map((rubrique) => ({ id: rubrique.id })),
  metadata: ({ subject, page, totalPages }) => rubriqueMetadata(subject, page, totalPages),
  render: ({ subject: rubrique, ...slice }) => (
    <ListingView
      title={rubrique.name}
      description={rubrique.description}
      hrefFor={(n) => paths.rubrique(rubrique.id, n)}
      withRubrique={false}
      {...slice}
    />
  ),
};
