import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { WireView } from "@/components/listing/WireView";
import { wireRoute } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ title: t.wireTitle, description: t.wireDescription, path: "/fil-info" });

export default async function WirePage() {
  const wire = await wireRoute();
  if (!wire) notFound();
  return <WireView {...wire} />;
}
