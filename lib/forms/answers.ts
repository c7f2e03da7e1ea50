/**
 * What a form handler answers. A form that did its job, or that the reader
 * can correct, redirects to a page (303: a reload never posts again). A
 * request no page of the site would send gets its status and a short page in
 * French that says why, with a way back: never a 500, never a trace.
 */
import { escapeHtml } from "../lettre/html";
import { t } from "../strings";
import type { FormRefusal } from "./read-form";

export function seeOther(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

const REASONS: Record<FormRefusal | "trop", string> = {
  origine: t.refusedOrigin,
  type: t.refusedType,
  taille: t.refusedSize,
  illisible: t.refusedUnreadable,
  trop: t.refusedTooMany,
};

export function refused(status: number, reason: FormRefusal | "trop", back: string): Response {
  const body = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.refusedTitle)} — Lesinfos</title></head>
<body style="font-family: Georgia, serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${escapeHtml(t.refusedTitle)}</h1><p>${escapeHtml(REASONS[reason])}</p><p><a href="${escapeHtml(back)}">${escapeHtml(t.refusedBack)}</a></p></main>
</body>
</html>
`;
  const headers: Record<string, string> = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" };
  if (status === 429) headers["Retry-After"] = "600";
  return new Response(body, { status, headers });
}
