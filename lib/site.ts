/** The legal notice of an electronic newspaper (loi n° 88-13): see lib/legal-notice.ts. */
export interface LegalNotice {
  publisher: {
    /** The company that publishes the newspaper. */
    name: string;
    /** The newspaper's address. */
    address: string;
    /** Registration numbers and legal form, shown as written. */
    registration?: string;
    email?: string;
  };
  /** Directeur (directrice) de la publication. */
  director: string;
  /** The people responsible for the newspaper's management, with their function. */
  management: readonly { name: string; role: string }[];
  host: { name: string; address: string };
  // The daily number of visitors the law also asks for is measured (lib/audience/), not configured.
}

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
  /**
   * Days added to the Umm al-Qura calendar to get the Hijri date Morocco
   * uses. The Ministry of Habous starts each month on its own moon sighting,
   * often a day after Umm al-Qura (-1: Morocco's date is Umm al-Qura's of the
   * day before). Set by the newsroom when the ministry announces a month.
   */
  hijriDayOffset: -1,
  /** Sample values, all fictitious: to be replaced by the real newspaper's. */
  legal: {
    publisher: {
      name: "Lesinfos Médias SARL (société fictive)",
      address: "00, rue de l’Exemple, quartier Maârif, 20000 Casablanca, Maroc",
      registration: "SARL au capital de 100 000 dirhams, RC Casablanca n° 000000 (numéro fictif)",
      email: "contact@lesinfos.example",
    },
    director: "Nadia Exemple (personne fictive)",
    management: [
      { name: "Nadia Exemple (personne fictive)", role: "gérante" },
      { name: "Karim Modèle (personne fictive)", role: "directeur administratif et financier" },
    ],
    host: { name: "Hébergeur Exemple SA (société fictive)", address: "00, avenue du Serveur, 10000 Rabat, Maroc" },
  } satisfies LegalNotice,
} as const;

/** The page of content/pages/ shown under the legal notice of `site.legal`, at its own route. */
export const LEGAL_NOTICE_SLUG = "mentions-legales";

/** Public base URL, without trailing slash; from SITE_URL. */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || "http://localhost:3000";
  return raw.replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}
