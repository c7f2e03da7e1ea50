/**
 * The one rule that turns a beacon request into a counted view, whichever
 * front received it: the proxy of `next start` (beacon.ts) or nginx, whose
 * log the reader follows (log-reader.ts, docs/adr/0014-balise-de-vue-deux-portes.md).
 * Counted: a GET from a reader (countable.ts), within the client's rate
 * limit, of an article published at that instant.
 */
import { clientAddress } from "@/lib/client-address";
import { rateLimit, type RateLimit } from "@/lib/rate-limit";
import { resolveRoute } from "@/lib/routes/resolve";
import { isCountable } from "./countable";
import type { AudienceRecorder } from "./recorder";

/** What a beacon request says: the method, the headers (`X-Real-IP` for the address) and when it came. */
export interface BeaconRequest {
  method: string;
  headers: Headers;
  at: Date;
}

export interface ViewCounter {
  recorder: AudienceRecorder;
  limit: RateLimit;
  /** Whether `slug` names an article published at `at`. */
  isPublished(slug: string, at: Date): Promise<boolean>;
}

/** A reader opens a few articles a minute; a shared address (a mobile operator's NAT) many more. */
export const beaconLimit = (): RateLimit => rateLimit({ limit: 120, windowMs: 60_000 });

/** Counts the view of `slug` the request reports; true when counted. */
export async function countView(slug: string, request: BeaconRequest, counter: ViewCounter): Promise<boolean> {
  const { headers, at } = request;
  if (request.method !== "GET" || !isCountable(headers)) return false;
  const address = clientAddress(headers);
  if (!counter.limit.allow(address, at.getTime())) return false;
  if (!(await counter.isPublished(slug, at))) return false;
  await counter.recorder.view(slug, address, headers.get("user-agent") ?? "", at);
  return true;
}

/** The article of a beacon's address (`/article/<slug>/vu`), or null for any other address. */
export function beaconSlug(pathname: string): string | null {
  const resolved = resolveRoute(pathname);
  return resolved?.route === "articleView" ? (resolved.params.slug ?? null) : null;
}
