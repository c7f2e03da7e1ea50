import path from "node:path";

/**
 * The framework floor: a blank Next.js page, built from the repository's own
 * node_modules. The build goes to bench/.work (ignored by git, ESLint and
 * tsc); the root is the repository, where the lockfile and node_modules are.
 */
const root = path.resolve(import.meta.dirname, "../..");

/** @type {import("next").NextConfig} */
const config = {
  distDir: "../.work/floor/next",
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default config;
