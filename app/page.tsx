import { HomeFeedView } from "@/components/home/HomeFeedView";
import { JsonLd } from "@/components/seo/JsonLd";
import { getArticles, getRubriques } from "@/lib/content";
import { homeFeed } from "@/lib/home";
import { homeStructuredData } from "@/lib/seo/json-ld";
import { homeMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

/** Scheduled articles appear within a minute of their publication time. */
export const revalidate = 60;

export const metadata = homeMetadata();

export default async function HomePage() {
  const feed = homeFeed(await getArticles(), await getRubriques(), 1, site.pageSize);
  return (
    <>
      <h1 className="sr-only">
        {site.name} — {site.tagline}
      </h1>
      {feed ? <HomeFeedView feed={feed} /> : null}
      <JsonLd items={homeStructuredData()} />
    </>
  );
}
