/**
 * A running production server follows its content folder: a new, corrected
 * or withdrawn file is read (that file only), the content the pages read is
 * replaced, and exactly the addresses it touched are revalidated. A timer on
 * the next embargo does the same when a scheduled article's time comes.
 * Started by instrumentation.ts; `next dev` reads the folder on each reload
 * instead (lib/content/store.ts).
 */
import { now } from "../clock";
import { publishedIn } from "../content";
import { contentFileKind, readChanges, type ContentUpdate } from "../content/changes";
import { articleBySlug } from "../content/groups";
import { ContentError } from "../content/errors";
import { contentRoot, type ContentSnapshot } from "../content/load";
import { getContent, replaceContent } from "../content/store";
import type { Article } from "../content/types";
import { isPublished } from "../content/visibility";
import { requestPurge, SITE_TAG } from "./cache-tags";
import { saveContent } from "../content/saved";
import { differingFiles, fileStamp, scanContent, stampsOf } from "../content/stamps";
import { contentVersionOf, publishContentVersion } from "./content-version";
import { FolderWatcher } from "./folder";
import { requestRevalidation, type RevalidationRequest } from "./revalidate";
import { Settler } from "./settle";
import { frontChoice, laterHomePages, prepareTouchedPaths, touchedPaths } from "./touched";
import { paths as addresses } from "../routes/paths";

/** A positive whole number of an environment variable, or its default. */
function setting(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) === 0) throw new Error(`${name} « ${raw} » : un nombre entier positif est attendu`);
  return Number(raw);
}

/** setTimeout's longest delay (about 24 days): a later embargo is armed again when it fires. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

function log(message: string): void {
  console.log(`Publication : ${message}`);
}

/** The revalidation a content update calls for, at instant `at`. */
export function revalidationFor(before: ContentSnapshot, update: ContentUpdate, at: number): RevalidationRequest {
  // The masthead and footer of every page show the rubriques and the pages' titles.
  const layoutChanged = update.pages.some((change) => change.before?.title !== change.after?.title);
  // Alerts are shown above the masthead of every page.
  if (update.reloaded || layoutChanged || update.alertsChanged) return { paths: [], everything: true };
  const instant = new Date(at);
  const visible = (article: Article | undefined) => (article && isPublished(article, instant) ? article : undefined);
  const changes = update.articles
    .map((change) => ({ before: visible(change.before), after: visible(change.after) }))
    .filter((change) => change.before || change.after);
  const [listBefore, listAfter] = [publishedIn(before, at), publishedIn(update.snapshot, at)];
  const choice = { before: frontChoice(before, at), after: frontChoice(update.snapshot, at) };
  const paths = changes.length > 0 ? touchedPaths(listBefore, listAfter, changes, choice) : [];
  const home = update.uneChanged ? [addresses.home(), ...laterHomePages(listBefore, listAfter, changes, choice)] : [];
  return { paths: [...new Set([...paths, ...home, ...update.pages.map((change) => addresses.staticPage(change.slug))])] };
}

/**
 * A page whose regeneration had started before the content changed is
 * stored after the revalidation, with the old content and a newer date, and
 * would be kept as fresh until its next regeneration (60 s later). A second
 * revalidation of the same addresses, once such renders are over, drops it.
 */
const SECOND_PASS_MS = 3_000;

function revalidateTwice(request: RevalidationRequest): Promise<void> {
  const again = setTimeout(
    () => void requestRevalidation(request).catch((error: unknown) => console.error("Publication :", error)),
    SECOND_PASS_MS,
  );
  again.unref();
  return requestRevalidation(request);
}

/** How long after the start the folder is compared with what was read (see `followContent`). */
const FIRST_SCAN_DELAY_MS = 10_000;

/** The content is saved for the next start (lib/content/saved.ts) this long after a change, once per burst. */
const SAVE_DELAY_MS = 30_000;

export async function followContent(): Promise<() => void> {
  const root = contentRoot();
  const quietMs = setting("LESINFOS_WATCH_QUIET_MS", 300);
  const scanMs = setting("LESINFOS_SCAN_INTERVAL_S", 30) * 1000;
  const start = await getContent();
  // The slug map changes look previous versions up in, built now rather than on the first change.
  articleBySlug(start.articles, "");
  const known = stampsOf(start);
  // Alerts and une.yaml have no body source: their stamps are taken from the folder as it is now
  // (their folders only: a scan of 100,000 articles costs a second of CPU, and the start is busy).
  for (const [file, stamp] of await scanContent(root, ["", "alertes"]))
    if (contentFileKind(root, file) === "alert" || contentFileKind(root, file) === "une") known.set(file, stamp);
  publishContentVersion(await contentVersionOf(root, known.values()));

  let queue = Promise.resolve();
  const serially = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => console.error("Publication :", error));
  };

  const settler = new Settler({
    quietMs,
    maxBatchWaitMs: 10 * quietMs,
    stamp: fileStamp,
    onSettled: (batch) => serially(() => apply(batch)),
  });

  async function apply(batch: Map<string, string | null>): Promise<void> {
    const before = await getContent();
    const cpu = process.cpuUsage();
    const update = await readChanges(before, [...batch.keys()]);
    const unsettled = new Set(update.unsettled);
    if (update.reloaded) {
      known.clear();
      for (const [file, stamp] of await scanContent(root)) known.set(file, stamp);
    } else {
      for (const [file, stamp] of batch) {
        if (unsettled.has(file)) continue;
        if (stamp === null) known.delete(file);
        else known.set(file, stamp);
      }
    }
    for (const file of unsettled) settler.touch(file);
    if (update.refused.length > 0) {
      console.error(`${new ContentError(update.refused).message}\n(la version précédente reste en ligne)`);
    }
    const changed = [...update.articles, ...update.pages].flatMap((change) => (change.after ? [change.after] : []));
    const version = await contentVersionOf(root, known.values());
    replaceContent(update.snapshot, changed);
    publishContentVersion(version);
    const revalidation = revalidationFor(before, update, now().getTime());
    const used = process.cpuUsage(cpu);
    log(
      `${batch.size} fichier(s) lu(s), ${revalidation.everything ? "tout le site" : `${revalidation.paths.length} adresse(s)`} à revalider ` +
        `(${Math.round((used.user + used.system) / 1000)} ms de calcul)`,
    );
    saveSoon();
    await revalidateTwice(revalidation);
    await requestPurge(revalidation.everything ? [SITE_TAG] : revalidation.paths);
    armEmbargo(update.snapshot);
  }

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  function saveSoon(): void {
    if (saveTimer) return;
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      serially(async () => saveContent(await getContent(), root));
    }, SAVE_DELAY_MS);
    saveTimer.unref();
  }

  let embargoTimer: ReturnType<typeof setTimeout> | undefined;
  let checkedUntil = now().getTime();
  const pinned = process.env.LESINFOS_NOW && process.env.LESINFOS_CLOCK !== "running";

  /** A timer on the next scheduled article's instant, set again after every change. */
  function armEmbargo(snapshot: ContentSnapshot): void {
    clearTimeout(embargoTimer);
    if (pinned) return;
    const at = now().getTime();
    let next = Infinity;
    for (const article of snapshot.articles) {
      const time = article.publishedAt.getTime();
      if (!article.draft && time > at && time < next) next = time;
    }
    if (next === Infinity) return;
    embargoTimer = setTimeout(() => serially(publishScheduled), Math.min(next - at + 50, LONGEST_TIMER_MS));
    embargoTimer.unref();
  }

  async function publishScheduled(): Promise<void> {
    const snapshot = await getContent();
    const at = now().getTime();
    const due = snapshot.articles.filter((article) => {
      const time = article.publishedAt.getTime();
      return !article.draft && time > checkedUntil && time <= at;
    });
    checkedUntil = at;
    if (due.length > 0) {
      const after = publishedIn(snapshot, at);
      const newly = new Set(due);
      const paths = touchedPaths(
        after.filter((article) => !newly.has(article)),
        after,
        due.map((article) => ({ after: article })),
        { before: frontChoice(snapshot, at), after: frontChoice(snapshot, at) },
      );
      log(`${due.length} article(s) programmé(s) publié(s), ${paths.length} adresse(s) à revalider`);
      await revalidateTwice({ paths });
      await requestPurge(paths);
    }
    armEmbargo(snapshot);
  }

  let scanning = false;
  async function reconcile(): Promise<void> {
    if (scanning) return;
    scanning = true;
    try {
      await watcher.ensure();
      for (const file of differingFiles(known, await scanContent(root))) settler.touch(file);
    } finally {
      scanning = false;
    }
  }

  const watcher = new FolderWatcher(
    root,
    (file) => {
      if (contentFileKind(root, file)) settler.touch(file);
    },
    () => void reconcile(),
  );
  await watcher.ensure();
  const scanTimer = setInterval(() => void reconcile().catch((error: unknown) => console.error("Publication :", error)), scanMs);
  scanTimer.unref();
  armEmbargo(start);
  // Files changed while the content was first read: the watcher sees every change from now on, so this
  // scan (a second of CPU at 100,000 articles) waits until the first readers after a restart are served.
  const firstScan = setTimeout(
    () => void reconcile().catch((error: unknown) => console.error("Publication :", error)),
    FIRST_SCAN_DELAY_MS,
  );
  firstScan.unref();
  void prepareTouchedPaths(publishedIn(start, now().getTime())).catch((error: unknown) => console.error("Publication :", error));
  log(`suivi de ${root} (balayage toutes les ${scanMs / 1000} s)`);

  return () => {
    clearInterval(scanTimer);
    clearTimeout(firstScan);
    clearTimeout(embargoTimer);
    clearTimeout(saveTimer);
    settler.stop();
    watcher.close();
  };
}
