import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { MostRead } from "@/components/audience/MostRead";
import { ViewBeacon } from "@/components/audience/ViewBeacon";
import { AdjacentArticles } from "@/components/article/AdjacentArticles";
import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { Breadcrumb } from "@/components/article/Breadcrumb";
import { ContentProblems } from "@/components/article/ContentProblems";
import { CorrectionNotes } from "@/components/article/CorrectionNotes";
import { CoverFigure } from "@/components/article/CoverFigure";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { ShareLinks } from "@/components/article/ShareLinks";
import { StatusBanner } from "@/components/article/StatusBanner";
import { TagList } from "@/components/article/TagList";
import { LiveCoverage } from "@/components/live/LiveCoverage";
import { LettreBox } from "@/components/lettre/LettreBox";
import { JsonLd } from "@/components/seo/JsonLd";
import { getMostRead } from "@/lib/audience";
import { now } from "@/lib/clock";
import { getArticleBodyHtml, getArticles, getLiveLog } from "@/lib/content";
import { liveUpdatePath } from "@/lib/live";
import { newestToPrerender, prerendersNothing } from "@/lib/prerender";
import { adjacentInRubrique, relatedArticles } from "@/lib/related";
import { articleRoute } from "@/lib/routes";
import { articleStructuredData, breadcrumbJsonLd, liveBlogJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  return newestToPrerender(await getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await articleRoute((await params).slug);
  if (!route || !("article" in route)) return {};
  const { article } = route;
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const route = await articleRoute((await params).slug);
  if (!route) notFound();
  if ("problems" in route) return <ContentProblems problems={route.problems} />;
  const { article } = route;
  const [live, articles, mostRead] = await Promise.all([getLiveLog(article), getArticles(), getMostRead()]);
  const html = live ? "" : await getArticleBodyHtml(article);
  const url = absoluteUrl(article.url);
  const structuredData = live
    ? [liveBlogJsonLd(article, live.updates, (update) => liveUpdatePath(article, live.updates, update)), breadcrumbJsonLd(article)]
    : articleStructuredData(article);
  const { newer, older } = adjacentInRubrique(article, articles);

  return (
    <>
      <JsonLd items={structuredData} />
      <article className="mx-auto max-w-3xl">
        <StatusBanner article={article} />
        <Breadcrumb article={article} />
        <ArticleHeader article={article} />
        <CorrectionNotes corrections={article.corrections} kind="rectificatif" />
        {article.image ? <CoverFigure image={article.image} /> : null}
        {live ? <LiveCoverage article={article} log={live} at={now()} /> : <ArticleBody html={html} />}
        <CorrectionNotes corrections={article.corrections} kind="precision" />
        <p className="mt-8 hidden text-sm print:block">{url}</p>
        <TagList tags={article.tags} />
        <ShareLinks url={url} title={article.title} />
        <AdjacentArticles newer={newer} older={older} />
        <ViewBeacon slug={article.slug} />
      </article>
      <RelatedArticles title={t.related} articles={relatedArticles(article, articles, 4, [newer, older])} />
      <MostRead mostRead={mostRead} className="mt-14" />
      <LettreBox id="lettre-article" />
    </>
  );
}
