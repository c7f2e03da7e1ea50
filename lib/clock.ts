/**
 * The one clock of the content layer. `LESINFOS_NOW` (an ISO 8601 instant)
 * pins it, so tests can stand on either side of an embargo without waiting.
 */
export function now(): Date {
  const pinned = process.env.LESINFOS_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`LESINFOS_NOW « ${pinned} » n’est pas une date ISO 8601 valide`);
    return date;
  }
  return new Date();
}
