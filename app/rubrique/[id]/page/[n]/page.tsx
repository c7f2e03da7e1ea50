import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { RubriqueView } from "@/components/listing/RubriqueView";
import { getArticlesInRubrique, getRubriques } from "@/lib/content";
import { pageCount } from "@/lib/pagination";
import { rubriqueRoute } from "@/lib/routes";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

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
  return {
    title: `${page.rubrique.name} — ${t.pageOf(page.page, page.totalPages)}`,
    description: page.rubrique.description,
    alternates: { canonical: `${page.rubrique.url}/page/${page.page}` },
  };
}

export default async function RubriqueArchivePage({ params }: Props) {
  const page = await found(params);
  if (!page) notFound();
  return <RubriqueView {...page} />;
}
