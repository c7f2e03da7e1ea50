/**
 * Live coverage (« En direct »): an article with `format: direct` whose body
 * is a log of updates, each starting with a heading that gives its time:
 *
 *   ## 14:05 — Le cortège arrive place Mohammed-V {essentiel, par: salma-bennani}
 *
 * Updates are written oldest first (a new one is added at the end of the
 * file), the page shows them newest first.
 */
import { casablancaDay, parseContentDate } from "../dates";

/** Updates per page: the article shows the newest; older ones stay at fixed addresses. */
export const LIVE_PAGE_SIZE = 50;

export interface LiveUpdate {
  /** The update's anchor, stable: `maj-20261129-1405`. */
  id: string;
  publishedAt: Date;
  title?: string;
  /** An id of content/authors.yaml. */
  authorId?: string;
  /** A key event: listed in « L’essentiel ». */
  key: boolean;
  /** Shown first, above the newest updates. */
  pinned: boolean;
  /** The update's text, Markdown. */
  markdown: string;
  /** Line of its heading in the body, 1-based. */
  line: number;
}

export interface LiveLog {
  /** Text before the first update, if any. */
  intro: string;
  /** Oldest first, as in the file. */
  updates: LiveUpdate[];
  problems: { line: number; message: string }[];
}

const HEADING = /^##\s+(.*?)\s*$/;
const UPDATE_HEADING =
  /^(?:(\d{4}-\d{2}-\d{2})\s+)?(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s+[—–-]\s+(.*?))?(?:\s*\{([^}]*)\})?$/;
const FENCE = /^\s*(```|~~~)/;
export const UPDATE_HEADING_EXAMPLE = "## 14:05 — Titre {essentiel, épinglé, par: salma-bennani}";

function readFlags(raw: string | undefined, report: (message: string) => void) {
  const flags = { key: false, pinned: false, authorId: undefined as string | undefined };
  for (const part of (raw ?? "").split(",").map((flag) => flag.trim()).filter(Boolean)) {
    const normalized = part.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const author = /^par\s*:\s*(\S+)$/.exec(normalized);
    if (normalized === "essentiel") flags.key = true;
    else if (normalized === "epingle") flags.pinned = true;
    else if (author) flags.authorId = author[1];
    else report(`marque inconnue « ${part} » (essentiel, épinglé ou par: identifiant-auteur)`);
  }
  return flags;
}

/**
 * The updates of a live coverage's body. `start` (the article's `date`)
 * gives the day of the first updates; an update written without a date
 * takes the day of the one before it, so a coverage that goes past
 * midnight writes the new day once: `## 2026-11-30 00:10 — …`.
 */
export function parseLiveLog(body: string, start: Date, bodyFirstLine = 1): LiveLog {
  const lines = body.split(/\r?\n/);
  const problems: LiveLog["problems"] = [];
  const updates: LiveUpdate[] = [];
  const intro: string[] = [];
  let current: { update: Omit<LiveUpdate, "markdown">; text: string[] } | null = null;
  let inFence = false;
  let day = casablancaDay(start);
  const finish = () => {
    if (current) updates.push({ ...current.update, markdown: current.text.join("\n").trim() });
  };

  lines.forEach((text, index) => {
    const line = bodyFirstLine + index;
    if (FENCE.test(text)) inFence = !inFence;
    const heading = inFence ? null : HEADING.exec(text);
    if (!heading) {
      (current ? current.text : intro).push(text);
      return;
    }
    const match = UPDATE_HEADING.exec(heading[1] ?? "");
    if (!match) {
      problems.push({ line, message: `intertitre « ${text} » : une mise à jour commence par son heure, ${UPDATE_HEADING_EXAMPLE} (intertitres dans une mise à jour : ###)` });
      return;
    }
    const [, date, hours, minutes, title, flags] = match;
    day = date ?? day;
    const publishedAt = parseContentDate(`${day}T${hours!.padStart(2, "0")}:${minutes}`);
    if (!publishedAt) {
      problems.push({ line, message: `heure impossible « ${text} »` });
      return;
    }
    const previous = current?.update.publishedAt ?? updates.at(-1)?.publishedAt;
    if (previous && publishedAt < previous) {
      problems.push({ line, message: "heure antérieure à la mise à jour précédente : ajoutez les mises à jour à la fin du fichier, et la date après minuit (## 2026-11-30 00:10 — …)" });
    } else if (publishedAt < start) {
      problems.push({ line, message: "heure antérieure au début du direct (date de l’en-tête)" });
    }
    const id = `maj-${casablancaDay(publishedAt).replaceAll("-", "")}-${hours!.padStart(2, "0")}${minutes}`;
    if ([...updates, ...(current ? [current.update] : [])].some((update) => update.id === id)) {
      problems.push({ line, message: "deux mises à jour à la même minute : réunissez-les ou décalez l’heure d’une minute" });
    }
    finish();
    const parsedFlags = readFlags(flags, (message) => problems.push({ line, message }));
    current = { update: { id, publishedAt, title: title || undefined, ...parsedFlags, line }, text: [] };
  });
  finish();
  for (const update of updates) {
    if (!update.markdown) problems.push({ line: update.line, message: "mise à jour sans texte" });
    if (update.key && !update.title) problems.push({ line: update.line, message: "un événement essentiel a besoin d’un titre : il figure dans « L’essentiel »" });
  }
  return { intro: intro.join("\n").trim(), updates, problems };
}

/** Whether the coverage is still going on at `at`: not ended, or ended later. */
export function isLive(live: { endedAt?: Date }, at: Date): boolean {
  return !live.endedAt || live.endedAt.getTime() > at.getTime();
}

export interface LivePage<T extends LiveUpdate> {
  /** Pinned updates, newest first (on the article's first page only). */
  pinned: T[];
  /** The page's updates, newest first, pinned ones excluded on the first page. */
  updates: T[];
  /** Key events, newest first, for « L’essentiel ». */
  keyEvents: T[];
  /** Numbers of the archive pages (1 = the oldest updates). */
  archives: number[];
}

/** Archive page of the update at `index` (oldest first): it never changes once written. */
export function archivePageOf(index: number): number {
  return Math.floor(index / LIVE_PAGE_SIZE) + 1;
}

/** The article's own page: pinned first, then the newest LIVE_PAGE_SIZE updates. */
export function liveFrontPage<T extends LiveUpdate>(updates: readonly T[]): LivePage<T> {
  const newestFirst = [...updates].reverse();
  const pinned = newestFirst.filter((update) => update.pinned);
  return {
    pinned,
    updates: newestFirst.filter((update) => !update.pinned).slice(0, LIVE_PAGE_SIZE),
    keyEvents: newestFirst.filter((update) => update.key),
    archives: Array.from({ length: Math.ceil(updates.length / LIVE_PAGE_SIZE) }, (_, index) => index + 1),
  };
}

/** Archive page `n`: updates n×50−49 to n×50, oldest first in the file, shown newest first; null past the end. */
export function liveArchivePage<T extends LiveUpdate>(updates: readonly T[], n: number): T[] | null {
  const slice = updates.slice((n - 1) * LIVE_PAGE_SIZE, n * LIVE_PAGE_SIZE);
  return n >= 1 && slice.length > 0 ? slice.reverse() : null;
}
