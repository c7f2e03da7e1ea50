import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ListingView } from "@/components/listing/ListingView";
import { getArticles, getArticlesInRubrique, getRubriques } from "@/lib/content";
import { listingPagesToPrerender, newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { rubriqueRoute } from "@/lib/routes";
import { rubriqueMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const revalidate = 60;

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  const newest = new Set(newestToPrerender(await getArticles()));
  const params: { id: string; n: string }[] = [];
  for (const rubrique of await getRubriques()) {
    const listing = await getArticlesInRubrique(rubrique.id);
    for (const n of listingPagesToPrerender(listing, site.pageSize, newest)) params.push({ id: rubrique.id, n: String(n) });
  }
  return params;
}

async function found(params: Props["params"]) {
  const { id, n } = await params;
  return n === "1" ? null : rubriqueRoute(id, n);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await found(params);
  if (!page) return {};
  return rubriqueMetadata(page.rubrique, page.page, page.totalPages);
}

export default async function RubriqueArchivePage({ params }: Props) {
  const page = await found(params);
  if (!page) notFound();
  const { rubrique, ...slice } = page;
  return <ListingView title={rubrique.name} description={rubrique.description} baseUrl={rubrique.url} withRubrique={false} {...slice} />;
}
