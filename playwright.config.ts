import { defineConfig, devices } from "@playwright/test";

import { findChromium } from "./scripts/chromium.cjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "fr-FR",
    timezoneId: "Africa/Casablanca",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
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
      },
    },
  ],
  webServer: {
    command: `npx next start --port ${PORT} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // A far-away server time zone: dates must still come out in Casablanca time.
    env: { NEXT_TELEMETRY_DISABLED: "1", TZ: "Pacific/Kiritimati" },
  },
});
