/**
 * E-mail addresses readers type in: trimmed, lower-cased (one subscription
 * per mailbox, whatever the case typed: providers ignore it), checked
 * against the common syntax (what a browser's `type="email"` accepts, plus
 * the lengths of RFC 5321) rather than every oddity RFC 5322 allows.
 */

/** RFC 5321: 254 characters in all, 64 before the @. */
export const MAX_ADDRESS_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;

/** The WHATWG `type="email"` rule, with a dot required in the domain. */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The address to store and send to, or null when it is not one. */
export function normalizeAddress(input: unknown): string | null {
  if (typeof input !== "string" || input.length > MAX_ADDRESS_LENGTH + 20) return null;
  const text = input.trim();
  if (text.length === 0 || text.length > MAX_ADDRESS_LENGTH || !ADDRESS.test(text)) return null;
  const at = text.lastIndexOf("@");
  const local = text.slice(0, at);
  if (local.length > MAX_LOCAL_LENGTH || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return null;
  return text.toLowerCase();
}
