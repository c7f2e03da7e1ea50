import { ImageResponse } from "next/og";

import { OgCard } from "@/components/seo/OgCard";
import { ogFonts } from "@/lib/seo/og-fonts";
import { emblemDataUri } from "@/lib/seo/og-image";
import { OG_IMAGE_SIZE } from "@/lib/seo/urls";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

// The site's share card, drawn at build: every page but the articles (which draw their own) shows it.
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = t.siteCardAlt;

export default async function Image() {
  const [fonts, emblem] = await Promise.all([ogFonts(), emblemDataUri()]);
  return new ImageResponse(<OgCard headline={site.tagline} rubrique={t.siteCardKicker} date={site.place} emblem={emblem} />, {
    ...OG_IMAGE_SIZE,
    fonts,
  });
}
