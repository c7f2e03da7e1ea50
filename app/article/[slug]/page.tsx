import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ArticleBody } from "@/components/article/ArticleBody";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ContentProblems } from "@/components/article/ContentProblems";
import { CoverFigure } from "@/components/article/CoverFigure";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { ShareLinks } from "@/components/article/ShareLinks";
import { TagList } from "@/components/article/TagList";
import { getArticleBodyHtml, getArticles } from "@/lib/content";
import { sameRubrique } from "@/lib/home";
import { articleRoute } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site";
import { t } from "@/lib/strings";

export const revalidate = 60;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  return (await getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const route = await articleRoute((await params).slug);
  if (!route || !("article" in route)) return {};
  const { article } = route;
  return { title: article.title, description: article.description, alternates: { canonical: article.url } };
}

export default async function ArticlePage({ params }: Props) {
  const route = await articleRoute((await params).slug);
  if (!route) notFound();
  if ("problems" in route) return <ContentProblems problems={route.problems} />;
  const { article } = route;
  const [html, related] = await Promise.all([
    getArticleBodyHtml(article),
    getArticles().then((articles) => sameRubrique(article, articles)),
  ]);
  const url = absoluteUrl(article.url);

  return (
    <>
      <article className="mx-auto max-w-3xl">
        <ArticleHeader article={article} />
        {article.image ? <CoverFigure image={article.image} /> : null}
        <ArticleBody html={html} />
        <p className="mt-8 hidden text-sm print:block">{url}</p>
        <TagList tags={article.tags} />
        <ShareLinks url={url} title={article.title} />
      </article>
      <RelatedArticles title={t.related} articles={related} />
    </>
  );
}
