import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ListingView } from "@/components/listing/ListingView";
import { getRubriques } from "@/lib/content";
import { prerendersNothing } from "@/lib/prerender";
import { rubriqueRoute } from "@/lib/routes";
import { rubriqueMetadata } from "@/lib/seo/metadata";

export const revalidate = 60;

type Props = { params: Promise<{ id: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  return (await getRubriques()).map((rubrique) => ({ id: rubrique.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await rubriqueRoute((await params).id);
  if (!found) return {};
  return rubriqueMetadata(found.rubrique, found.page, found.totalPages);
}

export default async function RubriquePage({ params }: Props) {
  const found = await rubriqueRoute((await params).id);
  if (!found) notFound();
  const { rubrique, ...slice } = found;
  return <ListingView title={rubrique.name} description={rubrique.description} baseUrl={rubrique.url} withRubrique={false} {...slice} />;
}
