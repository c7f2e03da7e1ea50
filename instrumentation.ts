/**
 * At server start, read the content before the first reader asks for it:
 * prerendered pages are served meanwhile, and the first request that needs
 * the content waits for this same read (lib/content/store.ts keeps one per
 * process) instead of starting its own. Not during `next build`, whose
 * workers read the content when they render.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmContent } = await import("./lib/content");
  void warmContent();
}
