/** Site-wide settings: the one typed place for the newsroom's identity. */
export const site = {
  name: "Lesinfos",
  tagline: "L’information du Maroc et du monde, vérifiée",
  description:
    "Lesinfos est un site d’information indépendant basé à Casablanca : actualité continue, politique, économie, société, monde, sport et culture.",
  /** Where the newsroom is, on the site's share card. */
  place: "Casablanca",
  /** The newsroom's account on X, with its @ (`twitter:site` on every page), when it has one. */
  twitterSite: undefined as string | undefined,
  locale: "fr",
  ogLocale: "fr_FR",
  timeZone: "Africa/Casablanca",
  /** Articles per page on the home feed, rubriques and other listings. */
  pageSize: 12,
  /** Articles per page of the news wire (/fil-info). */
  wirePageSize: 30,
  /** The newsroom's official profiles elsewhere (social networks, Wikipedia), for structured data. */
  sameAs: [] as readonly string[],
} as const;

/** Public base URL, without trailing slash; from SITE_URL. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}
