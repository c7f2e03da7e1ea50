import type { MetadataRoute } from "next";

import { paths } from "@/lib/routes/paths";
import { site } from "@/lib/site";

/** The house red of the emblem. */
export const THEME_COLOR = "#a4262c";

export function webManifest(): MetadataRoute.Manifest {
  return {
    name: `${site.name} — ${site.tagline}`,
    short_name: site.name,
    description: site.description,
    lang: site.locale,
    dir: "ltr",
    start_url: paths.home(),
    scope: paths.home(),
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: "#ffffff",
    categories: ["news"],
    icons: [
      { src: paths.icon(), sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: paths.appleIcon(), sizes: "180x180", type: "image/png", purpose: "any" },
    ],
  };
}
