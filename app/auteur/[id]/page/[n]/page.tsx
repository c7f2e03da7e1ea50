import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { AuthorHeader } from "@/components/listing/AuthorHeader";
import { ListingView } from "@/components/listing/ListingView";
import { getArticlesByAuthor, getAuthors } from "@/lib/content";
import { pageCount, pagePath } from "@/lib/pagination";
import { authorRoute } from "@/lib/routes";
import { site } from "@/lib/site";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateStaticParams() {
  const params: { id: string; n: string }[] = [];
  for (const author of await getAuthors()) {
    const total = pageCount((await getArticlesByAuthor(author.id)).length, site.pageSize);
    for (let n = 2; n <= total; n++) params.push({ id: author.id, n: String(n) });
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
