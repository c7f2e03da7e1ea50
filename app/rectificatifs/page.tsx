import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CorrectionsView } from "@/components/corrections/CorrectionsView";
import { correctionsRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { CORRECTIONS_PATH } from "@/lib/seo/urls";
import { t } from "@/lib/strings";

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({
  title: t.correctionsTitle,
  description: t.correctionsDescription,
  path: CORRECTIONS_PATH,
});

export default async function CorrectionsPage() {
  const corrections = await correctionsRoute();
  if (!corrections) notFound();
  return <CorrectionsView {...corrections} />;
}
