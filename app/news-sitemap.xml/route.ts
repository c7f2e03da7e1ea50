import { siteNewsSitemap } from "@/lib/seo/sources";
import { xmlResponse } from "@/lib/seo/xml";

/** The 48-hour window moves: regenerated at most a minute late. */
export const revalidate = 60;

export async function GET() {
  return xmlResponse(await siteNewsSitemap());
}
