/**
 * The view beacon: every article page carries a tiny image whose request
 * says a reader's browser showed it (no JavaScript, no cookie). Counted when
 * it is a reader (countable.ts), within the client's rate limit, for a
 * published article; the answer is the same image whatever happens.
 * The proxy answers it before Next.js routes the request: the route
 * handler alone cost five times the CPU (bench:load --beacons). The route
 * file gives the same answer, and keeps the address in the map of routes.
 * Behind nginx in production, nginx answers it and logs it instead
 * (deploy/nginx.conf, scripts/audience-relever.ts): the same rule counts it.
 */
import { now } from "@/lib/clock";
import { getArticle } from "@/lib/content";
import { database } from "@/lib/db";

import { beaconLimit, countView as countBeacon, type ViewCounter } from "./count";
import { AudienceRecorder } from "./recorder";

export { beaconSlug } from "./count";

/** How often a process writes its counts. */
const FLUSH_MS = 1_000;

const KEY = Symbol.for("lesinfos.audience-recorder");

/** The recorder of this process, writing every second. */
export function audienceRecorder(): AudienceRecorder {
  const holder = globalThis as unknown as Record<symbol, AudienceRecorder | undefined>;
  let recorder = holder[KEY];
  if (!recorder) {
    const created = new AudienceRecorder({ database, clock: now });
    setInterval(() => created.flush().catch((error: unknown) => console.error("Audience : écriture en attente.", error)), FLUSH_MS).unref();
    holder[KEY] = recorder = created;
  }
  return recorder;
}

let counter: ViewCounter | undefined;

/** Counts the view of `slug` the request reports; true when counted. */
export function countView(slug: string, request: { method: string; headers: Headers }): Promise<boolean> {
  counter ??= {
    recorder: audienceRecorder(),
    limit: beaconLimit(),
    // getArticle answers for now: the view is being counted now.
    isPublished: async (published) => (await getArticle(published)) !== null,
  };
  // Not spread: a NextRequest's method and headers are getters of its prototype.
  return countBeacon(slug, { method: request.method, headers: request.headers, at: now() }, counter);
}

/** A transparent 1 × 1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

/** The beacon's answer, after counting the view when it is one. */
export async function answerBeacon(slug: string, request: { method: string; headers: Headers }): Promise<Response> {
  await countView(slug, request).catch((error: unknown) => console.error("Audience : vue non comptée.", error));
  return new Response(new Uint8Array(PIXEL), {
    headers: {
      "Content-Type": "image/gif",
      "Cache-Control": "no-store, max-age=0",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex",
    },
  });
}
