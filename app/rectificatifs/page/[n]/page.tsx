import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CorrectionsView } from "@/components/corrections/CorrectionsView";
import { pagePath } from "@/lib/pagination";
import { correctionsRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { CORRECTIONS_PATH } from "@/lib/seo/urls";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ n: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { n } = await params;
  const corrections = n === "1" ? null : await correctionsRoute(n);
  if (!corrections) return {};
  return pageMetadata({
    title: `${t.correctionsTitle} — ${t.pageOf(corrections.page, corrections.totalPages)}`,
    description: t.correctionsDescription,
    path: pagePath(CORRECTIONS_PATH, corrections.page),
  });
}

export default async function CorrectionsArchivePage({ params }: Props) {
  const { n } = await params;
  const corrections = n === "1" ? null : await correctionsRoute(n);
  if (!corrections) notFound();
  return <CorrectionsView {...corrections} />;
}
