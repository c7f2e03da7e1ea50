import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CorrectionsView } from "@/components/corrections/CorrectionsView";
import { laterPageNumber } from "@/lib/listings/listing";
import { correctionsRoute } from "@/lib/routes";
import { paths } from "@/lib/routes/paths";
import { pagedTitle, pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const corrections = await correctionsRoute(laterPageNumber((await params).n));
  if (!corrections) return {};
  const { page, totalPages } = corrections;
  return pageMetadata({
    title: pagedTitle(t.correctionsTitle, page, totalPages),
    description: t.correctionsDescription,
    path: paths.corrections(page),
  });
}

export default async function CorrectionsArchivePage({ params }: Props) {
  const corrections = await correctionsRoute(laterPageNumber((await params).n));
  if (!corrections) notFound();
  return <CorrectionsView {...corrections} />;
}
