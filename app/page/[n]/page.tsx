import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { HomeFeedView } from "@/components/home/HomeFeedView";
import { getArticles } from "@/lib/content";
import { pageCount } from "@/lib/pagination";
import { homePageRoute } from "@/lib/routes";
import { homeArchiveMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ n: string }> };

export async function generateStaticParams() {
  const total = pageCount(Math.max(0, (await getArticles()).length - 1), site.pageSize);
  return Array.from({ length: total - 1 }, (_, i) => ({ n: String(i + 2) }));
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
