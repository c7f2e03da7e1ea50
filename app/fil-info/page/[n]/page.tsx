import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { WireView } from "@/components/listing/WireView";
import { getArticles } from "@/lib/content";
import { pageCount, pagePath } from "@/lib/pagination";
import { wireRoute } from "@/lib/routes";
import { site } from "@/lib/site";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ n: string }> };

export async function generateStaticParams() {
  const total = pageCount((await getArticles()).length, site.wirePageSize);
  return Array.from({ length: total - 1 }, (_, i) => ({ n: String(i + 2) }));
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
