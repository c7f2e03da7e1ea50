import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ListingView } from "@/components/listing/ListingView";
import { getArticlesInRubrique, getRubriques } from "@/lib/content";
import { pageCount } from "@/lib/pagination";
import { rubriqueRoute } from "@/lib/routes";
import { rubriqueMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

export const revalidate = 60;

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateStaticParams() {
  const params: { id: string; n: string }[] = [];
  for (const rubrique of await getRubriques()) {
    const total = pageCount((await getArticlesInRubrique(rubrique.id)).length, site.pageSize);
    for (let n = 2; n <= total; n++) params.push({ id: rubrique.id, n: String(n) });
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
