import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ArticleBody } from "@/components/article/ArticleBody";
import { LegalNoticeDetails } from "@/components/legal/LegalNoticeDetails";
import { getYesterdayVisitors } from "@/lib/audience";
import { getPage, getPageBodyHtml } from "@/lib/content";
import { warnLegalNoticeGapsAtBuild } from "@/lib/legal-notice";
import { staticPageMetadata } from "@/lib/seo/metadata";
import { LEGAL_NOTICE_SLUG } from "@/lib/site";

/**
 * The legal notice from the site configuration, then the newsroom's own
 * text from content/pages/mentions-legales.md (rights, personal data…).
 */
export async function generateMetadata(): Promise<Metadata> {
  const page = await getPage(LEGAL_NOTICE_SLUG);
  return page ? staticPageMetadata(page) : {};
}

export default async function LegalNoticePage() {
  const page = await getPage(LEGAL_NOTICE_SLUG);
  if (!page) notFound();
  warnLegalNoticeGapsAtBuild();
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold">{page.title}</h1>
      <p className="mt-3 font-serif text-xl text-ink-muted">{page.description}</p>
      <LegalNoticeDetails visitors={await getYesterdayVisitors()} className="mt-8 space-y-3 border-y border-rule py-6 text-lg" />
      <ArticleBody html={await getPageBodyHtml(page)} />
    </article>
  );
}
