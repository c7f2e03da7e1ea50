import { randomUUID } from "node:crypto";

import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

import { pageOneRedirects } from "./lib/routes/table";
import { securityHeaders } from "./lib/security-headers";
import { buildSiteUrl } from "./lib/site-url";

const nextConfig: NextConfig = {
  // A separate build folder lets tests build the site from fixture content beside the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Keeps the proxy's rewrite to the 404 page on the origin the server listens on (proxy.ts `ownOrigin`):
  // normalizing would turn 127.0.0.1 into localhost, and Next.js would then fetch it over HTTP.
  skipProxyUrlNormalize: true,
  // Rendered pages are cached on disk (and by the OS page cache, and by nginx in front): a copy in
  // the Node heap as well kept the server's memory up long after a burst of traffic (bench:load).
  cacheMaxMemorySize: 0,
  // Several servers of one build share their page cache in Redis (docs/adr/0013-cache-partage-redis.md). Read
  // when `next start` starts: REDIS_URL decides for each server, the build is the same with or without it.
  ...(process.env.REDIS_URL ? { cacheHandler: require.resolve("./lib/cache/shared-cache-handler.mjs") } : {}),
  // The servers of one build must have the same build id and deployment id (asset addresses, client
  // navigations): a build copied to every server has them; separate builds take LESINFOS_BUILD_ID.
  ...(process.env.LESINFOS_BUILD_ID ? { deploymentId: process.env.LESINFOS_BUILD_ID } : {}),
  // Behind nginx (deploy/nginx.conf) the proxy compresses what it caches: LESINFOS_COMPRESS=off spares Node the work.
  compress: process.env.LESINFOS_COMPRESS !== "off",
  reactStrictMode: true,
  // Native and driver packages of the store (lib/db/): loaded from node_modules, not bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "nodemailer"],
  images: {
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 768, 1080, 1280, 1600],
    imageSizes: [96, 160, 240, 320],
  },
  // `/rubrique/sport/page/1` → `/rubrique/sport`, for every listing of lib/routes/table.ts (permanent: 308).
  async redirects() {
    return pageOneRedirects();
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default function config(phase: string): NextConfig {
  // `next typegen` (npm run typecheck) loads this file in the build phase too, but writes no page.
  const writesPages = phase === PHASE_PRODUCTION_BUILD && process.argv[2] !== "typegen";
  if (!writesPages) return nextConfig;
  const address = buildSiteUrl(process.env);
  if ("problem" in address) {
    console.error(address.problem);
    process.exit(1);
  }
  // Chosen here rather than by Next.js, so that the build can save the content it read under its own id
  // before it writes BUILD_ID (lib/content/saved.ts): the first `next start` of the build starts from it.
  const buildId = process.env.LESINFOS_BUILD_ID || randomUUID();
  // Inlined into the build: pages `next start` regenerates later write the same address, whatever its own environment.
  return { ...nextConfig, generateBuildId: async () => buildId, env: { SITE_URL: address.url, LESINFOS_BUILT_AS: buildId } };
}
