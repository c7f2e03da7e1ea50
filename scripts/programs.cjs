#!/usr/bin/env node
/**
 * Finds the programs the tests drive or start: Chromium (end-to-end tests),
 * redis-server (the shared cache of several instances), PostgreSQL's
 * initdb/pg_ctl (the audience store) and nginx (the proxy in front).
 * Run directly (`node scripts/programs.cjs`), it makes sure each exists:
 * as root it installs the missing Debian packages, otherwise it says what
 * to run. Tests start their own throwaway instances of these servers on
 * loopback ports: no system service is used or needed.
 */
// CommonJS, so that both `node` and Playwright's config loader can require it.
const { execFileSync } = require("node:child_process");
const { existsSync, readdirSync } = require("node:fs");
const path = require("node:path");

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

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
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** Debian keeps PostgreSQL's server programs out of PATH, one folder per major version. */
function postgresFolders() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"));
}

/** The absolute path of `name`, searched in PATH, the sbin folders and PostgreSQL's, or null. */
function findProgram(name) {
  const folders = [
    ...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean),
    "/usr/sbin",
    "/sbin",
    "/usr/local/sbin",
    ...postgresFolders(),
  ];
  for (const folder of folders) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** What the tests need, and the Debian package that brings it. */
const NEEDED = [
  { name: "Chromium", find: findChromium, debian: "chromium" },
  { name: "redis-server", find: () => findProgram("redis-server"), debian: "redis-server" },
  {
    name: "PostgreSQL (initdb, pg_ctl)",
    find: () => findProgram("initdb") && findProgram("pg_ctl"),
    debian: "postgresql",
  },
  { name: "nginx", find: () => findProgram("nginx"), debian: "nginx-light" },
];

function ensurePrograms() {
  const missing = NEEDED.filter((program) => !program.find());
  if (missing.length === 0) return;
  const packages = missing.map((program) => program.debian);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log(`Programmes introuvables : installation des paquets Debian ${packages.join(", ")}…`);
    // Installing a server package must not start its system service: tests start their own.
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive", RUNLEVEL: "1" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
      stdio: "inherit",
      env,
    });
    const still = missing.filter((program) => !program.find());
    if (still.length === 0) return;
    missing.splice(0, missing.length, ...still);
  }
  for (const program of missing) {
    console.error(
      `${program.name} introuvable : installez le paquet Debian « ${program.debian} » (sudo apt-get install -y ${program.debian}).`,
    );
  }
  console.error("Pour Chromium, CHROMIUM_PATH peut aussi indiquer le chemin d’un navigateur déjà installé.");
  process.exit(1);
}

module.exports = { findChromium, findProgram };

if (require.main === module) ensurePrograms();
