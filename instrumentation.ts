/**
 * At server start, read the content before the first reader asks for it:
 * prerendered pages are served meanwhile, and the first request that needs
 * the content waits for this same read (lib/content/store.ts keeps one per
 * process) instead of starting its own. Then, on a production server, follow
 * the content folder (lib/publication/follow.ts; LESINFOS_FOLLOW=off stops
 * it). Not during `next build`, whose workers read the content when they
 * render, nor under `next dev`, which reads changes on each reload.
 * The store (lib/db/) is opened and migrated at start too, dev included, so
 * that a failing database shows in the log at once.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // A production server without its signing secret stops here, saying so in French (lib/secret.ts).
  (await import("./lib/secret")).requireSecretAtStart();
  const { warmContent } = await import("./lib/content");
  const warming = warmContent();
  const { database } = await import("./lib/db");
  void database().catch((error: unknown) => console.error("Base de données :", error));
  if (process.env.NODE_ENV !== "production" || process.env.LESINFOS_FOLLOW === "off") return;
  const { followContent } = await import("./lib/publication/follow");
  void warming
    .then(() => followContent())
    .catch((error: unknown) => console.error("Publication : le dossier de contenu n’est pas suivi.", error));
}
