/**
 * The lines nginx writes for each view beacon it answers (deploy/nginx.conf,
 * `log_format lesinfos_vues`): one JSON object per line, every value a
 * string (`escape=json`), the headers the counting rule reads included. A
 * line becomes the request the proxy would have seen (count.ts).
 */
import { z } from "zod";

import { beaconSlug, type BeaconRequest } from "./count";

/** Field of the log line → the request header it carries. */
export const LOGGED_HEADERS = {
  userAgent: "user-agent",
  secPurpose: "sec-purpose",
  purpose: "purpose",
  xPurpose: "x-purpose",
  xMoz: "x-moz",
} as const;

const line = z.object({
  /** `$msec`: seconds since 1970, to the millisecond. */
  time: z.string().regex(/^\d+(\.\d+)?$/),
  /** `$remote_addr`, a CDN's reader once `real_ip` names it. */
  address: z.string(),
  method: z.string(),
  /** `$request_uri`, as the client sent it. */
  uri: z.string(),
  userAgent: z.string(),
  secPurpose: z.string(),
  purpose: z.string(),
  xPurpose: z.string(),
  xMoz: z.string(),
}) satisfies z.ZodType<Record<keyof typeof LOGGED_HEADERS, string>>;

export interface BeaconLine {
  slug: string;
  request: BeaconRequest;
}

/** The beacon a log line reports, or null for a line that is not one (damaged, or another address). */
export function parseBeaconLine(text: string): BeaconLine | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = line.safeParse(json);
  if (!parsed.success) return null;
  const fields = parsed.data;
  const slug = beaconSlug(new URL(fields.uri, "http://journal").pathname);
  if (slug === null) return null;
  const headers = new Headers({ "x-real-ip": fields.address });
  for (const field of Object.keys(LOGGED_HEADERS) as (keyof typeof LOGGED_HEADERS)[]) {
    if (fields[field] !== "") headers.set(LOGGED_HEADERS[field], fields[field]);
  }
  return { slug, request: { method: fields.method, headers, at: new Date(Math.round(Number(fields.time) * 1000)) } };
}
