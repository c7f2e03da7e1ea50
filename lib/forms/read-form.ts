/**
 * Reads a form POST before anything else looks at it: a known content type,
 * a bounded body, an allowed origin. Anything else is refused with the status
 * that says why, and nothing of it reaches the store.
 */
import { isOwnOrigin } from "./origin";

/** A form of the site holds a few short fields. */
export const MAX_FORM_BYTES = 8 * 1024;

export type FormRefusal = "origine" | "type" | "taille" | "illisible";

export type FormRead = { ok: true; fields: Map<string, string> } | { ok: false; refusal: FormRefusal; status: 400 | 403 | 413 | 415 };

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

export async function readForm(request: Request): Promise<FormRead> {
  if (!isOwnOrigin(request.headers)) return { ok: false, refusal: "origine", status: 403 };
  const type = request.headers.get("content-type") ?? "";
  const mediaType = type.split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(mediaType)) return { ok: false, refusal: "type", status: 415 };
  const body = await readBounded(request, MAX_FORM_BYTES);
  if (body === null) return { ok: false, refusal: "taille", status: 413 };
  try {
    const data = await new Response(body, { headers: { "content-type": type } }).formData();
    const fields = new Map<string, string>();
    // Files and repeated names are not ours: the first text value of each name counts.
    for (const [name, value] of data) if (typeof value === "string" && !fields.has(name)) fields.set(name, value);
    return { ok: true, fields };
  } catch {
    return { ok: false, refusal: "illisible", status: 400 };
  }
}

/** The body, or null past `limit` bytes (stops reading there: a huge body is never held). */
async function readBounded(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
