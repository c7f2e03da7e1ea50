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
    // Client code is sent to every reader: the string table and the table of routes stay on the server
    // (the error pages took 3 KiB more on every page when they imported them).
    files: ["app/error.tsx", "app/global-error.tsx", "components/live/LiveUpdates*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/strings", message: "Client code: import its few labels from a module of their own (lib/error-strings.ts)." },
            {
              name: "@/lib/routes/paths",
              message: "Client code: the table of routes stays on the server (lib/routes/home.ts for the home).",
            },
          ],
        },
      ],
    },
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
