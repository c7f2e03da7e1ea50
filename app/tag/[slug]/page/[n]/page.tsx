import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ListingView } from "@/components/listing/ListingView";
import { getArticles } from "@/lib/content";
import { pagePath } from "@/lib/pagination";
import { listingPagesToPrerender, newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { getTags, tagRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";
import { tagUrl } from "@/lib/tags";

export const revalidate = 60;

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  const newest = new Set(newestToPrerender(await getArticles()));
  return [...(await getTags()).values()].flatMap((tag) =>
    listingPagesToPrerender(tag.articles, site.pageSize, newest).map((n) => ({ slug: tag.slug, n: String(n) })),
  );
}

async function found(params: Props["params"]) {
  const { slug, n } = await params;
  return n === "1" ? null : tagRoute(slug, n);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await found(params);
  if (!page) return {};
  return pageMetadata({
    title: `${t.tagTitle(page.tag.label)} — ${t.pageOf(page.page, page.totalPages)}`,
    description: t.tagDescription(page.tag.label),
    path: pagePath(tagUrl(page.tag.slug), page.page),
  });
}

export default async function TagArchivePage({ params }: Props) {
  const page = await found(params);
  if (!page) notFound();
  const { tag, ...slice } = page;
  return <ListingView title={t.tagTitle(tag.label)} description={t.tagDescription(tag.label)} baseUrl={tagUrl(tag.slug)} {...slice} />;
}
