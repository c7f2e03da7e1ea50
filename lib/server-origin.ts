/**
 * The origin this server listens on, as `next start` compares it with a
 * rewrite's destination to keep the rewrite inside the process
 * (docs/adr/0001-proxy-404.md). `next start` publishes it once it listens in
 * `__NEXT_PRIVATE_ORIGIN`, but names `--hostname 0.0.0.0` "localhost" there
 * while it compares with "0.0.0.0": deploy/lesinfos@.service passes
 * `LESINFOS_LISTEN` as `--hostname`, so that address wins when set.
 */
export function serverOrigin(published: string | undefined, listen: string | undefined): string | null {
  if (!published) return null;
  if (!listen) return published;
  const url = new URL(published);
  url.hostname = listen.includes(":") && !listen.startsWith("[") ? `[${listen}]` : listen;
  return url.origin;
}
