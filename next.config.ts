import type { NextConfig } from "next";

import { pageOneRedirects } from "./lib/routes/table";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // A separate build folder lets tests build the site from fixture content beside the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Rendered pages are cached on disk (and by the OS page cache, and by nginx in front): a copy in
  // the Node heap as well kept the server's memory up long after a burst of traffic (bench:load).
  cacheMaxMemorySize: 0,
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

export default nextConfig;
