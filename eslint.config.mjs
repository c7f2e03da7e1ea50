import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Plain links on purpose: a click loads the cached HTML of the page; no client router code, and no
    // prefetching of every visible headline on readers' mobile data plans (see README, Performance).
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // CommonJS scripts, required by both node and Playwright's config loader.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/.work/**", "next-env.d.ts"],
  },
];

export default config;
