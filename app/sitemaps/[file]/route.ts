import { parsePageNumber } from "@/lib/pagination";
import { sitemapPartDocument } from "@/lib/seo/sitemap";
import { siteSitemapEntries } from "@/lib/seo/sources";
import { notFoundResponse, xmlResponse } from "@/lib/seo/xml";

export const revalidate = 60;

type Context = { params: Promise<{ file: string }> };

/** `/sitemaps/<n>.xml`: the parts listed by the sitemap index once the sitemap is split. */
export async function GET(_request: Request, { params }: Context) {
  const part = parsePageNumber(/^(\d+)\.xml$/.exec((await params).file)?.[1]);
  const xml = part ? sitemapPartDocument(await siteSitemapEntries(), part) : null;
  return xml ? xmlResponse(xml) : notFoundResponse();
}
