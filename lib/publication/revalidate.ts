/**
 * How the content follower (instrumentation.ts, outside any request) makes
 * Next drop the cached pages a change touched. `revalidatePath` only works
 * inside a request (it throws "static generation store missing" elsewhere),
 * so the follower asks this same process, over loopback, at an internal
 * route (app/interne/revalider/route.ts) that calls it for each address.
 * A secret drawn when the process starts and kept in its memory tells that
 * request from any other: the route answers 404 to everyone else.
 * See docs/adr/0010-publication-en-direct.md.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";

import { href } from "../routes/paths";

export const REVALIDATION_PATH = href("revalidation");
export const SECRET_HEADER = "x-lesinfos-revalidation";

/** What the follower asks to revalidate. */
export interface RevalidationRequest {
  /** Addresses of pages, feeds and sitemaps (see touched.ts). */
  paths: string[];
  /** Every page: the masthead and footer of every page list the rubriques and pages. */
  everything?: boolean;
}

/** Shared by the module copies Next bundles (instrumentation, routes), like the content store. */
const SECRET_KEY = Symbol.for("lesinfos.revalidation-secret");
const holder = globalThis as typeof globalThis & { [SECRET_KEY]?: string };

function secret(): string {
  return (holder[SECRET_KEY] ??= randomBytes(32).toString("hex"));
}

export function isRevalidationSecret(value: string | null): boolean {
  const expected = Buffer.from(secret());
  const given = Buffer.from(value ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** This server's own address: `next start` sets PORT; LESINFOS_INTERNAL_ORIGIN when it listens elsewhere than loopback. */
function origin(): string {
  return process.env.LESINFOS_INTERNAL_ORIGIN || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/** Addresses are sent in parts: a new article on top of 100,000 touches thousands of listing pages. */
const PATHS_PER_REQUEST = 2_000;

export async function requestRevalidation(request: RevalidationRequest): Promise<void> {
  const parts: RevalidationRequest[] = [];
  for (let start = 0; start < request.paths.length || parts.length === 0; start += PATHS_PER_REQUEST) {
    parts.push({ paths: request.paths.slice(start, start + PATHS_PER_REQUEST), everything: start === 0 && request.everything });
  }
  for (const part of parts) {
    const response = await post(part);
    if (!response.ok) throw new Error(`revalidation refusée : HTTP ${response.status}`);
  }
}

/**
 * Tries a request lost on the way (a keep-alive connection the server
 * closed as it was reused: ECONNRESET, seen at the first publication after
 * a start) again, up to twice: revalidating twice changes nothing. An
 * answer, even an error, is not tried again.
 */
const ATTEMPTS = 3;
const RETRY_AFTER_MS = 200;

async function post(part: RevalidationRequest): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(`${origin()}${REVALIDATION_PATH}`, {
        method: "POST",
        headers: { [SECRET_HEADER]: secret(), "content-type": "application/json" },
        body: JSON.stringify(part),
      });
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS * attempt));
    }
  }
}
