import { getArticle, getArticles } from "@/lib/content";
import { newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { coverCropJpeg } from "@/lib/seo/cover-crop-image";
import { CROP_NAMES, cropFile, cropOfFile } from "@/lib/seo/cover-crops";
import { notFoundResponse } from "@/lib/seo/xml";

/** A cover changes with its article, which revalidates this address (lib/publication/touched.ts). */
export const revalidate = 86400;

type Context = { params: Promise<{ slug: string; file: string }> };

/** Cut at build for the newest articles with a cover (lib/prerender.ts); older ones on first request. */
export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  const covered = newestToPrerender(await getArticles()).filter((article) => article.image);
  return covered.flatMap((article) => CROP_NAMES.map((crop) => ({ slug: article.slug, file: cropFile(crop) })));
}

/** `/article/<slug>/couverture/16x9.jpg`: the cover in one of the shapes of the article's structured data. */
export async function GET(_request: Request, { params }: Context) {
  const { slug, file } = await params;
  const [article, crop] = [await getArticle(slug), cropOfFile(file)];
  if (!article?.image || !crop) return notFoundResponse();
  const jpeg = await coverCropJpeg(article.image, crop);
  return new Response(new Uint8Array(jpeg), { headers: { "Content-Type": "image/jpeg" } });
}
