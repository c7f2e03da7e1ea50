/**
 * npm run screenshots — full-page screenshots of the main page types, at
 * 375 and 1280 px, light and dark, into screenshots/ (ignored by git), for
 * a design review. Starts `next start` on the existing production build
 * (run `npm run build` first), or uses SCREENSHOTS_URL if a server runs.
 */
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";

import { chromium } from "@playwright/test";

import { findChromium } from "./programs.cjs";
import { DEVELOPMENT_SECRET } from "../lib/secret";

const PAGES = {
  accueil: "/",
  article: "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit",
  rubrique: "/rubrique/economie",
  auteurs: "/auteurs",
  archives: "/archives",
  "404": "/article/inconnu",
} as const;
const WIDTHS = [375, 1280] as const;
const SCHEMES = ["light", "dark"] as const;
const OUT = path.resolve("screenshots");

async function startServer(port: number): Promise<() => void> {
  const server = spawn(
    process.execPath,
    [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      // A production server needs a signing secret (lib/secret.ts): the public one will do here.
      env: { LESINFOS_SECRET: DEVELOPMENT_SECRET, ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
      detached: true,
    },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  for (let tries = 0; tries < 120; tries++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return stop;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`next start ne répond pas sur le port ${port} : lancez d’abord SITE_URL=http://localhost:3000 npm run build`);
}

const port = Number(process.env.SCREENSHOTS_PORT ?? 3050);
const base = process.env.SCREENSHOTS_URL ?? `http://127.0.0.1:${port}`;
const stop = process.env.SCREENSHOTS_URL ? () => {} : await startServer(port);
const browser = await chromium
  .launch({ executablePath: findChromium() ?? undefined, args: ["--no-sandbox", "--disable-gpu"] })
  .catch((error: unknown) => {
    stop();
    throw error;
  });
try {
  await mkdir(OUT, { recursive: true });
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        locale: "fr-FR",
        timezoneId: "Africa/Casablanca",
      });
      const page = await context.newPage();
      for (const [name, address] of Object.entries(PAGES)) {
        await page.goto(new URL(address, base).toString(), { waitUntil: "networkidle" });
        // Lazy pictures load only near the viewport: scroll through the page first.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState("networkidle");
        const file = path.join(OUT, `${name}-${width}-${colorScheme === "light" ? "clair" : "sombre"}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${path.relative(process.cwd(), file)} (${height} px de haut)`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  stop();
}
