/**
 * The view beacon: every article page carries a tiny image whose request
 * says a reader's browser showed it (no JavaScript, no cookie). Counted when
 * it is a reader (countable.ts), within the client's rate limit, for a
 * published article; the answer is the same image whatever happens.
 */
import { clientAddress } from "@/lib/client-address";
import { now } from "@/lib/clock";
import { getArticle } from "@/lib/content";
import { database } from "@/lib/db";
import { rateLimit } from "@/lib/rate-limit";

import { isCountable } from "./countable";
import { AudienceRecorder } from "./recorder";

/** How often a process writes its counts. */
const FLUSH_MS = 1_000;

/** A reader opens a few articles a minute; a shared address (a mobile operator's NAT) many more. */
const beaconLimit = rateLimit({ limit: 120, windowMs: 60_000 });

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

/** Counts the view of `slug` the request reports; true when counted. */
export async function countView(slug: string, request: { method: string; headers: Headers }): Promise<boolean> {
  const { headers } = request;
  if (request.method !== "GET" || !isCountable(headers)) return false;
  const address = clientAddress(headers);
  if (!beaconLimit.allow(address)) return false;
  if (!(await getArticle(slug))) return false;
  await audienceRecorder().view(slug, address, headers.get("user-agent") ?? "", now());
  return true;
}

/** A transparent 1 × 1 GIF. */
export const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
