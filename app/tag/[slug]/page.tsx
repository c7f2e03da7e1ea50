import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ListingView } from "@/components/listing/ListingView";
import { getArticles } from "@/lib/content";
import { newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { tagRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";
import { collectTags, tagUrl } from "@/lib/tags";

export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  // Tags of the newest articles; the others render on first request.
  return [...collectTags(newestToPrerender(await getArticles())).keys()].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await tagRoute((await params).slug);
  if (!found) return {};
  return pageMetadata({ title: t.tagTitle(found.tag.label), description: t.tagDescription(found.tag.label), path: tagUrl(found.tag.slug) });
}

export default async function TagPage({ params }: Props) {
  const found = await tagRoute((await params).slug);
  if (!found) notFound();
  const { tag, ...slice } = found;
  return <ListingView title={t.tagTitle(tag.label)} description={t.tagDescription(tag.label)} baseUrl={tagUrl(tag.slug)} {...slice} />;
}
