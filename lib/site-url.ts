/**
 * The site's public address for `next build`. Every page, feed and sitemap
 * the build renders writes it (canonical addresses, sharing tags, robots.txt),
 * and pages regenerated later keep the build's value (next.config.ts): a
 * build without it would serve http://localhost:3000 for good, so it fails.
 */
export function buildSiteUrl(env: Record<string, string | undefined>): { url: string } | { problem: string } {
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    return {
      problem:
        "SITE_URL manquant : next build écrit l’adresse publique du site dans chaque page (adresses canoniques, partages, flux, sitemaps, robots.txt). " +
        "Exemple : SITE_URL=https://www.lesinfos.ma npm run build ; pour un build local ou de test : SITE_URL=http://localhost:3000 npm run build.",
    };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    url = new URL("invalid:");
  }
  const bare = url.pathname.replace(/\/+$/, "") === "" && !url.search && !url.hash && !url.username;
  if (!["http:", "https:"].includes(url.protocol) || !bare) {
    return {
      problem: `SITE_URL « ${raw} » : une adresse absolue en http ou https est attendue, sans chemin ni paramètres (par exemple https://www.lesinfos.ma).`,
    };
  }
  return { url: url.origin };
}
