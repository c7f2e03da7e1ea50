import { HtmlValidate } from "html-validate";

import { expect, test } from "./support/fixtures";
import { PAGE_TYPES } from "./support/pages";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Next.js and Tailwind write these on purpose: inline style for next/image placeholders and
    // boolean attributes as empty strings; trailing slashes come from React's serializer.
    "no-inline-style": "off",
    // React writes camelCase attribute names (charSet, fetchPriority); HTML attributes are case-insensitive.
    "attr-case": "off",
    // React's generated ids (_R_…) are valid HTML ids.
    "valid-id": ["error", { relaxed: true }],
    "void-style": "off",
    "attribute-boolean-style": "off",
    "attribute-empty-style": "off",
    "no-trailing-whitespace": "off",
    "long-title": "off",
  },
});

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  test(`le HTML est valide : ${name}`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html);
    const errors = report.results.flatMap((result) =>
      result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message} (ligne ${m.line})`),
    );
    expect(errors).toEqual([]);
  });
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

test("chaque lien et chaque image du site répond 200 (exploration depuis l’accueil)", async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const queue = ["/"];
  const seen = new Set(queue);
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    pages += 1;
    const html = await response.text();
    const found = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g), ...html.matchAll(/\ssrcSet="([^"]+)"/gi)].flatMap((match) =>
      match[0].toLowerCase().includes("srcset") ? match[1]!.split(",").map((part) => part.trim().split(/\s+/)[0]!) : [match[1]!],
    );
    for (const raw of found) {
      const url = new URL(decodeEntities(raw), `${origin}${path}`);
      if (url.origin !== origin && url.host !== "localhost:3000") continue;
      const next = `${url.pathname}${url.search}`;
      if (url.pathname.startsWith("/_next/static/") || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  expect(broken).toEqual([]);
  expect(pages).toBeGreaterThan(60);
});
