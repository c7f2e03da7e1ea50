import { sitemapDocument } from "@/lib/seo/sitemap";
import { siteSitemapEntries } from "@/lib/seo/sources";
import { xmlResponse } from "@/lib/seo/xml";

/** Regenerated at most a minute after a scheduled article goes live. */
export const revalidate = 60;

export async function GET() {
  return xmlResponse(sitemapDocument(await siteSitemapEntries()));
}
