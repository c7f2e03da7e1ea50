import { AuthorHeader } from "@/components/listing/AuthorHeader";
import { ListingView } from "@/components/listing/ListingView";
import { getArticlesByAuthor, getAuthor, getAuthors, type Author } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { pagedTitle, pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

import type { Listing } from "./listing";

/** `/auteur/<id>`: an author's portrait, role, biography and articles. */
export const authorListing: Listing<"id", Author> = {
  pageSize: site.pageSize,
  async find({ id }) {
    const author = await getAuthor(id);
    return author && { subject: author, items: await getArticlesByAuthor(id) };
  },
  keys: async () => (await getAuthors()).map((author) => ({ id: author.id })),
  metadata: ({ subject: author, page, totalPages }) =>
    pageMetadata({
      title: pagedTitle(author.name, page, totalPages),
      // The first page describes the author, the next ones their articles.
      description: (page === 1 ? (author.bio ?? author.role) : undefined) ?? t.authorArticles(author.name),
      path: paths.author(author.id, page),
    }),
  render: ({ subject: author, ...slice }) => (
    <ListingView title={author.name} header={<AuthorHeader author={author} />} hrefFor={(n) => paths.author(author.id, n)} {...slice} />
  ),
};
