import { defineConfig, devices } from "@playwright/test";

import { E2E_DATA_DIR } from "./e2e/support/audience";
import { E2E_SMTP_PORT } from "./e2e/support/lettre";
import { copyLiveContent } from "./e2e/support/live";
import { siteUrl } from "./lib/site";
import { DEVELOPMENT_SECRET } from "./lib/secret";
import { findChromium } from "./scripts/programs.cjs";

/** The production build of the sample newsroom. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
/** `next dev` on fixture content: the editors' preview. */
const PREVIEW_PORT = PORT + 1;
/** A production build of fixture content, its clock pinned before an embargo, only its newest articles prerendered. */
const FIXTURES_PORT = PORT + 2;
const FIXTURES_NOW = "2026-06-01T11:00:00Z";
/**
 * Live publishing: a copy of the fixture build, started on a copy of the
 * fixture content that the tests change while it runs (real time: embargoes
 * are crossed while it runs).
 */
const LIVE_PORT = PORT + 3;
const LIVE_CONTENT = copyLiveContent(LIVE_PORT);

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  // One folder per server port, so that two runs side by side never delete each other’s traces.
  outputDir: `test-results/port-${PORT}`,
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    locale: "fr-FR",
    timezoneId: "Africa/Casablanca",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "production",
      testIgnore: ["preview/**", "fixtures-site/**", "live-publishing/**", "instances/**"],
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: "preview",
      testMatch: "preview/**/*.spec.ts",
      use: { ...chromium, baseURL: `http://127.0.0.1:${PREVIEW_PORT}` },
    },
    {
      name: "fixtures",
      testMatch: "fixtures-site/**/*.spec.ts",
      use: { ...chromium, baseURL: `http://127.0.0.1:${FIXTURES_PORT}` },
    },
    {
      name: "live",
      testMatch: "live-publishing/**/*.spec.ts",
      use: { ...chromium, baseURL: `http://127.0.0.1:${LIVE_PORT}` },
    },
    {
      // Two servers of the fixture build behind nginx, sharing their cache in Redis: they start in the test
      // (E2E_INSTANCE_PORT and the next, E2E_NGINX_PORT, E2E_REDIS_PORT), which stops Redis and a server.
      name: "instances",
      testMatch: "instances/**/*.spec.ts",
    },
  ],
  webServer: [
    {
      // A store of its own, emptied at each start (e2e/audience.spec.ts counts in it).
      command: `rm -rf ${E2E_DATA_DIR} && npx next start --port ${PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      // A far-away server time zone: dates must still come out in Casablanca time.
      // « Les plus lus » refreshed every 5 s rather than 5 min, for the tests to see it.
      // The newsletter sends through the SMTP sink of e2e/lettre.spec.ts.
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        TZ: "Pacific/Kiritimati",
        LESINFOS_DATA_DIR: E2E_DATA_DIR,
        LESINFOS_AUDIENCE_REFRESH: "5",
        LESINFOS_SECRET: DEVELOPMENT_SECRET,
        LESINFOS_SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      },
    },
    {
      command: `npx next dev --port ${PREVIEW_PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/a-propos`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        CONTENT_DIR: "e2e/fixtures/preview",
        NEXT_DIST_DIR: ".next-preview",
        LESINFOS_DATA_DIR: `${E2E_DATA_DIR}-preview`,
        LESINFOS_NOW: "2026-01-01T12:00:00Z",
      },
    },
    {
      command: `npx next build && npx next start --port ${FIXTURES_PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${FIXTURES_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        CONTENT_DIR: "e2e/fixtures/site",
        NEXT_DIST_DIR: ".next-fixtures",
        // next build refuses to run without it (lib/site-url.ts); the tests read the same value (e2e/support/seo.ts).
        SITE_URL: siteUrl(),
        LESINFOS_DATA_DIR: `${E2E_DATA_DIR}-fixtures`,
        LESINFOS_SECRET: DEVELOPMENT_SECRET,
        LESINFOS_NOW: FIXTURES_NOW,
        // The oldest published fixture renders on demand, as most of a large archive does.
        LESINFOS_PRERENDER_ARTICLES: "2",
      },
    },
    {
      // No build of its own: it waits for the fixture build and starts on a copy of it.
      command:
        `node e2e/support/await-server.mjs http://127.0.0.1:${FIXTURES_PORT}/ && rm -rf .next-live-e2e && ` +
        `cp -r .next-fixtures .next-live-e2e && npx next start --port ${LIVE_PORT} --hostname 127.0.0.1`,
      url: `http://127.0.0.1:${LIVE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 420_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        CONTENT_DIR: LIVE_CONTENT,
        NEXT_DIST_DIR: ".next-live-e2e",
        LESINFOS_DATA_DIR: `${E2E_DATA_DIR}-live`,
        LESINFOS_SECRET: DEVELOPMENT_SECRET,
      },
    },
  ],
});
