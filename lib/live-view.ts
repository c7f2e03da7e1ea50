/**
 * What an update of a live coverage shows, as plain strings: the page
 * renders it on the server, the live endpoint sends the same to the island
 * that inserts new updates, so both render the one `LiveUpdateEntry`.
 */
import type { RenderedLiveUpdate } from "./content";
import { casablancaDay, formatShortDate, formatTime, toIsoWithOffset } from "./dates";

export interface LiveUpdateView {
  id: string;
  /** ISO 8601 with the Casablanca offset. */
  datetime: string;
  /** "14 h 05", with the day when it is not the coverage's first: "30 novembre 2026, 0 h 10". */
  time: string;
  title?: string;
  author?: { name: string; url: string };
  key: boolean;
  pinned: boolean;
  /** Sanitized HTML of the update's text. */
  html: string;
}

export function liveUpdateView(update: RenderedLiveUpdate, start: Date): LiveUpdateView {
  const sameDay = casablancaDay(update.publishedAt) === casablancaDay(start);
  return {
    id: update.id,
    datetime: toIsoWithOffset(update.publishedAt),
    time: sameDay ? formatTime(update.publishedAt) : `${formatShortDate(update.publishedAt)}, ${formatTime(update.publishedAt)}`,
    ...(update.title ? { title: update.title } : {}),
    ...(update.author ? { author: { name: update.author.name, url: update.author.url } } : {}),
    key: update.key,
    pinned: update.pinned,
    html: update.html,
  };
}
