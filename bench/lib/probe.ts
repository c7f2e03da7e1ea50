/** Single requests outside the load: checks before it and in the fault cases. */

export interface PageCheck {
  path: string;
  expected: number;
  /** null when no answer came (refused, reset, timed out). */
  status: number | null;
  ms: number;
  /** Next.js's `x-nextjs-cache` header (HIT, STALE, MISS) when present. */
  cache: string | null;
  ok: boolean;
  error?: string;
}

/**
 * GETs `path` once. A 200 is only "ok" when the body also contains
 * `mustContain` (the site's name by default): a blank shell is not a page.
 */
export async function checkPage(
  port: number,
  path: string,
  { expected = 200, mustContain = "Lesinfos", timeoutMs = 15_000 } = {},
): Promise<PageCheck> {
  const started = performance.now();
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
    const body = await response.text();
    const ms = performance.now() - started;
    const cache = response.headers.get("x-nextjs-cache");
    const ok = response.status === expected && (expected !== 200 || body.includes(mustContain));
    return { path, expected, status: response.status, ms, cache, ok };
  } catch (error) {
    const message = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    return { path, expected, status: null, ms: performance.now() - started, cache: null, ok: false, error: message };
  }
}

export async function checkPages(port: number, entries: readonly { path: string; expect: number }[]): Promise<PageCheck[]> {
  const checks: PageCheck[] = [];
  for (const entry of entries) checks.push(await checkPage(port, entry.path, { expected: entry.expect }));
  return checks;
}

export const countServerErrors = (checks: readonly PageCheck[]) =>
  checks.filter((check) => check.status !== null && check.status >= 500).length;
