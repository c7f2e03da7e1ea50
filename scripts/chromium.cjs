#!/usr/bin/env node
/**
 * Finds the Chromium the end-to-end tests drive: CHROMIUM_PATH, else
 * Playwright's own browser if installed, else Debian's /usr/bin/chromium.
 * Run directly (`node scripts/chromium.cjs`), it makes sure one exists:
 * as root it installs Debian's package, otherwise it says what to run.
 */
// CommonJS, so that both `node` and Playwright's config loader can require it.
const { execFileSync } = require("node:child_process");
const { existsSync } = require("node:fs");

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  try {
    const { chromium } = require("@playwright/test");
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // No browser of Playwright's own: fall through to the system one.
  }
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium introuvable : installation du paquet Debian « chromium »…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (findChromium()) return;
  }
  console.error(
    "Chromium introuvable : installez-le (sudo apt-get install -y chromium, ou le Chromium de Playwright, sous-commande « install chromium » de son outil) ou indiquez son chemin dans CHROMIUM_PATH.",
  );
  process.exit(1);
}

module.exports = { findChromium };

if (require.main === module) ensureChromium();
