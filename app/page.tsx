import { FrontPageView } from "@/components/home/FrontPageView";
import { LettreBox } from "@/components/lettre/LettreBox";
import { JsonLd } from "@/components/seo/JsonLd";
import { PaginationLinks } from "@/components/seo/PaginationLinks";
import { getMostRead } from "@/lib/audience";
import { now } from "@/lib/clock";
import { getArticles, getRubriques, getUnePicks } from "@/lib/content";
import { frontPage } from "@/lib/front-page";
import { homeListing } from "@/lib/listings/home";
import { listingPage } from "@/lib/listings/listing";
import { paths } from "@/lib/routes/paths";
import { homeStructuredData } from "@/lib/seo/json-ld";
import { homeMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

/** Scheduled articles appear, and picks expire, within a minute of their time. */
export const revalidate = 60;

export const metadata = homeMetadata();

export default async function HomePage() {
  const [articles, rubriques, mostRead] = await Promise.all([getArticles(), getRubriques(), getMostRead()]);
  const front = frontPage(articles, rubriques, await getUnePicks(), now());
  // No pagination on the page itself, but crawlers still find /page/2 from here.
  const later = await listingPage(homeListing, {}, 1);
  return (
    <>
      <h1 className="sr-only">
        {site.name} — {site.tagline}
      </h1>
      <FrontPageView front={front} mostRead={mostRead} />
      <LettreBox id="lettre-accueil" />
      {later ? <PaginationLinks page={1} totalPages={later.totalPages} pathFor={(n) => paths.home(n)} /> : null}
      <JsonLd items={homeStructuredData()} />
    </>
  );
}
