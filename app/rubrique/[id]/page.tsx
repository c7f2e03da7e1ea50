import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { RubriqueView } from "@/components/listing/RubriqueView";
import { getRubriques } from "@/lib/content";
import { rubriqueRoute } from "@/lib/routes";

export const revalidate = 60;

type Props = { params: Promise<{ id: string }> };

export async function generateStaticParams() {
  return (await getRubriques()).map((rubrique) => ({ id: rubrique.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await rubriqueRoute((await params).id);
  if (!found) return {};
  return { title: found.rubrique.name, description: found.rubrique.description, alternates: { canonical: found.rubrique.url } };
}

export default async function RubriquePage({ params }: Props) {
  const found = await rubriqueRoute((await params).id);
  if (!found) notFound();
  return <RubriqueView {...found} />;
}
