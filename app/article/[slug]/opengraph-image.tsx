import { ImageResponse } from "next/og";

import { OgCard } from "@/components/seo/OgCard";
import { getArticle, getArticles } from "@/lib/content";
import { formatDayHeading } from "@/lib/dates";
import { newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { ogFonts } from "@/lib/seo/og-fonts";
import { coverBackground, emblemDataUri, ogHeadline, ogText } from "@/lib/seo/og-image";
import { OG_IMAGE_SIZE } from "@/lib/seo/urls";
import { notFoundResponse } from "@/lib/seo/xml";

// The page's metadata names this image itself (lib/seo/metadata.ts), with the headline as alt text.
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

/** Drawn at build for the newest articles (lib/prerender.ts); older and scheduled ones on first request. */
export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  return newestToPrerender(await getArticles()).map((article) => ({ slug: article.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = await getArticle((await params).slug);
  if (!article) return notFoundResponse();
  const [fonts, emblem, background] = await Promise.all([
    ogFonts(),
    emblemDataUri(),
    article.image ? coverBackground(article.image) : undefined,
  ]);
  return new ImageResponse(
    <OgCard
      headline={ogHeadline(article.title)}
      rubrique={ogText(article.rubrique.name)}
      date={ogText(formatDayHeading(article.publishedAt))}
      emblem={emblem}
      background={background}
    />,
    { ...OG_IMAGE_SIZE, fonts },
  );
}
