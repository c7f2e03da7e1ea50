/**
 * The reader's address, for rate limits and the daily visitor hash. Behind
 * nginx (deploy/nginx.conf), X-Real-IP is the address nginx saw, replacing
 * whatever the client sent. Reached directly, `next start` puts the socket's
 * address in X-Forwarded-For when the request has none; its last entry is
 * the nearest hop.
 */
export function clientAddress(headers: Headers): string {
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real;
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || "inconnue";
}
