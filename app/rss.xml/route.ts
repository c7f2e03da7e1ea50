import { siteFeedXml } from "@/lib/seo/sources";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/seo/xml";

export const revalidate = 60;

export async function GET() {
  return xmlResponse(await siteFeedXml(), RSS_CONTENT_TYPE);
}
