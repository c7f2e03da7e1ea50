import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { HomeFeedView } from "@/components/home/HomeFeedView";
import { getArticles } from "@/lib/content";
import { listingPagesToPrerender, newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { homePageRoute } from "@/lib/routes";
import { homeArchiveMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ n: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  // The lead story sits above page 1's list, so the pages hold one article fewer.
  const articles = await getArticles();
  const newest = new Set(newestToPrerender(articles));
  return listingPagesToPrerender(articles.slice(1), site.pageSize, newest).map((n) => ({ n: String(n) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const feed = await homePageRoute((await params).n);
  return feed ? homeArchiveMetadata(feed.latest.page, feed.latest.totalPages) : {};
}

export default async function HomeArchivePage({ params }: Props) {
  const feed = await homePageRoute((await params).n);
  if (!feed) notFound();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">
        {t.latest} <span className="text-ink-muted">— {t.pageOf(feed.latest.page, feed.latest.totalPages)}</span>
      </h1>
      <HomeFeedView feed={feed} />
    </>
  );
}
