import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CorrectionsView } from "@/components/corrections/CorrectionsView";
import { correctionsRoute } from "@/lib/routes";
import { paths } from "@/lib/routes/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({
  title: t.correctionsTitle,
  description: t.correctionsDescription,
  path: paths.corrections(),
});

export default async function CorrectionsPage() {
  const corrections = await correctionsRoute(1);
  if (!corrections) notFound();
  return <CorrectionsView {...corrections} />;
}
