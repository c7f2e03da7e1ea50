import { getRubriques } from "@/lib/content";
import { prerendersNothing } from "@/lib/prerender";
import { rubriqueFeedXml } from "@/lib/seo/sources";
import { notFoundResponse, RSS_CONTENT_TYPE, xmlResponse } from "@/lib/seo/xml";

export const revalidate = 60;

type Context = { params: Promise<{ id: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  return (await getRubriques()).map((rubrique) => ({ id: rubrique.id }));
}

export async function GET(_request: Request, { params }: Context) {
  const xml = await rubriqueFeedXml((await params).id);
  return xml ? xmlResponse(xml, RSS_CONTENT_TYPE) : notFoundResponse();
}
