/**
 * The one clock of the content layer. `LESINFOS_NOW` (an ISO 8601 instant)
 * pins it, so tests can stand on either side of an embargo without waiting.
 * With `LESINFOS_CLOCK=running` as well, the clock stands at that instant
 * when the process starts and then advances with real time (from the
 * process's start, not a module's load: Next bundles the proxy and the
 * routes separately), so a running server crosses an embargo on its own.
 */
export function now(): Date {
  const pinned = process.env.LESINFOS_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`LESINFOS_NOW « ${pinned} » n’est pas une date ISO 8601 valide`);
    return process.env.LESINFOS_CLOCK === "running" ? new Date(date.getTime() + performance.now()) : date;
  }
  return new Date();
}
