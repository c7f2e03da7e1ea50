import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { LiveArchive } from "@/components/live/LiveArchive";
import { liveArchiveRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ slug: string; n: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  const route = await liveArchiveRoute(slug, n);
  if (!route) return {};
  return pageMetadata({
    title: t.liveArchiveTitle(route.article.title, route.page),
    description: route.article.description,
    path: paths.liveArchive(route.article.slug, route.page),
  });
}

export default async function LiveArchivePage({ params }: Props) {
  const { slug, n } = await params;
  const route = await liveArchiveRoute(slug, n);
  if (!route) notFound();
  return <LiveArchive {...route} />;
}
