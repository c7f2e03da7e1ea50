import { getArticle, getArticles, getLiveLog, LIVE_PAGE_SIZE } from "@/lib/content";
import { liveUpdateView } from "@/lib/live-view";
import { isLiveNow } from "@/lib/live";
import { now } from "@/lib/clock";

/** Read by the live island every 30 s per reader: cached, renewed at most every 15 s. */
export const revalidate = 15;

type Context = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getArticles()).filter((article) => article.live).map((article) => ({ slug: article.slug }));
}

/** The newest updates of a live coverage, newest first, as the page shows them. */
export async function GET(_request: Request, { params }: Context) {
  const article = await getArticle((await params).slug);
  const log = article ? await getLiveLog(article) : null;
  if (!article || !log) return Response.json({ error: "direct introuvable" }, { status: 404 });
  const updates = [...log.updates].reverse().slice(0, LIVE_PAGE_SIZE);
  return Response.json({
    live: isLiveNow(article, now()),
    updates: updates.map((update) => liveUpdateView(update, article.publishedAt)),
  });
}
