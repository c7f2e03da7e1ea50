import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { WireView } from "@/components/listing/WireView";
import { getArticles } from "@/lib/content";
import { pagePath } from "@/lib/pagination";
import { listingPagesToPrerender, newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { wireRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ n: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  const articles = await getArticles();
  const newest = new Set(newestToPrerender(articles));
  return listingPagesToPrerender(articles, site.wirePageSize, newest).map((n) => ({ n: String(n) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params;
  const wire = n === "1" ? null : await wireRoute(n);
  if (!wire) return {};
  return pageMetadata({
    title: `${t.wireTitle} — ${t.pageOf(wire.page, wire.totalPages)}`,
    description: t.wireDescription,
    path: pagePath("/fil-info", wire.page),
  });
}

export default async function WireArchivePage({ params }: Props) {
  const { n } = await params;
  const wire = n === "1" ? null : await wireRoute(n);
  if (!wire) notFound();
  return <WireView {...wire} />;
}
