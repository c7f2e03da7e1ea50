/**
 * Signed, expiring tokens (HMAC-SHA256 with the site secret): what a link or
 * a form carries so the server can trust it came from itself. A token says
 * what it is for (`purpose`), so one made for a form never opens a
 * confirmation link. Layout: `<payload>.<expiry, base-36 seconds>.<signature>`,
 * all URL-safe.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

import { siteSecret } from "./secret";

export type TokenCheck = { ok: true; payload: string } | { ok: false; reason: "invalid" | "expired" };

const SAFE = /^[A-Za-z0-9_-]*$/;

function signature(purpose: string, payload: string, expiry: string, secret: string): string {
  return createHmac("sha256", secret).update(`${purpose}\n${payload}\n${expiry}`).digest("base64url");
}

/** `payload` must be URL-safe (`[A-Za-z0-9_-]`): an id, a nonce. */
export function signToken(purpose: string, payload: string, expiresAt: Date, secret = siteSecret()): string {
  if (!SAFE.test(payload)) throw new Error(`jeton : contenu non sûr pour une adresse (${payload})`);
  const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${payload}.${expiry}.${signature(purpose, payload, expiry, secret)}`;
}

export function checkToken(purpose: string, token: unknown, at: Date, secret = siteSecret()): TokenCheck {
  if (typeof token !== "string" || token.length > 512) return { ok: false, reason: "invalid" };
  const [payload, expiry, given, ...rest] = token.split(".");
  if (payload === undefined || !expiry || !given || rest.length > 0 || !SAFE.test(payload) || !/^[0-9a-z]{1,12}$/.test(expiry)) {
    return { ok: false, reason: "invalid" };
  }
  const expected = Buffer.from(signature(purpose, payload, expiry, secret));
  const received = Buffer.from(given);
  if (received.length !== expected.length || !timingSafeEqual(received, expected)) return { ok: false, reason: "invalid" };
  if (parseInt(expiry, 36) * 1000 <= at.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}
