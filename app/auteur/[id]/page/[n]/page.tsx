import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AuthorHeader } from "@/components/listing/AuthorHeader";
import { ListingView } from "@/components/listing/ListingView";
import { getArticles, getArticlesByAuthor, getAuthors } from "@/lib/content";
import { pagePath } from "@/lib/pagination";
import { listingPagesToPrerender, newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { authorRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  const newest = new Set(newestToPrerender(await getArticles()));
  const params: { id: string; n: string }[] = [];
  for (const author of await getAuthors()) {
    const listing = await getArticlesByAuthor(author.id);
    for (const n of listingPagesToPrerender(listing, site.pageSize, newest)) params.push({ id: author.id, n: String(n) });
  }
  return params;
}

async function found(params: Props["params"]) {
  const { id, n } = await params;
  return n === "1" ? null : authorRoute(id, n);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await found(params);
  if (!page) return {};
  return pageMetadata({
    title: `${page.author.name} — ${t.pageOf(page.page, page.totalPages)}`,
    description: t.authorArticles(page.author.name),
    path: pagePath(page.author.url, page.page),
  });
}

export default async function AuthorArchivePage({ params }: Props) {
  const page = await found(params);
  if (!page) notFound();
  const { author, ...slice } = page;
  return <ListingView title={author.name} header={<AuthorHeader author={author} />} baseUrl={author.url} {...slice} />;
}
