import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ArticleBody } from "@/components/article/ArticleBody";
import { getPage, getPageBodyHtml, getPages } from "@/lib/content";
import { prerendersNothing } from "@/lib/prerender";
import { staticPageMetadata } from "@/lib/seo/metadata";
import { LEGAL_NOTICE_SLUG } from "@/lib/site";

/** Only the pages written under content/pages/ exist at the site's root. */
export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export async function generateStaticParams() {
  if (prerendersNothing()) return [];
  // The legal notice has its own route (app/mentions-legales), built from the site configuration.
  return (await getPages()).filter((page) => page.slug !== LEGAL_NOTICE_SLUG).map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPage((await params).slug);
  if (!page) return {};
  return staticPageMetadata(page);
}

export default async function StaticPage({ params }: Props) {
  const page = await getPage((await params).slug);
  if (!page) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">{page.title}</h1>
      <p className="mt-3 font-serif text-xl text-ink-muted">{page.description}</p>
      <ArticleBody html={await getPageBodyHtml(page)} />
    </article>
  );
}
