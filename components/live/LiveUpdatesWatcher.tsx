"use client";
// Client: the page is cached HTML; only the browser can check, while the tab is visible, whether updates came since.
import { useEffect, useRef, useState } from "react";

import type { LiveUpdateView } from "@/lib/live-view";

import { LiveUpdateEntry } from "./LiveUpdateEntry";

const CHECK_EVERY_MS = 30_000;

interface Labels {
  key: string;
  pinned: string;
  by: string;
  newOne: string;
  newMany: string;
}

/**
 * Checks the live endpoint every 30 s while the tab is visible and offers
 * « N nouvelles mises à jour »: a fixed button (nothing on the page moves),
 * announced politely; the updates are inserted at the top of the list only
 * when the reader asks.
 */
export function LiveUpdatesWatcher({ endpoint, since, labels }: { endpoint: string; since: string; labels: Labels }) {
  const [waiting, setWaiting] = useState<LiveUpdateView[]>([]);
  const [inserted, setInserted] = useState<LiveUpdateView[]>([]);
  const newest = useRef(Date.parse(since));
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    let checkedAt = Date.now();
    const check = async () => {
      if (document.visibilityState !== "visible") return;
      checkedAt = Date.now();
      const response = await fetch(endpoint).catch(() => null);
      // Offline or a server hiccup: the next check tries again.
      if (!response?.ok) return;
      const { updates } = (await response.json()) as { updates: LiveUpdateView[] };
      setWaiting(updates.filter((update) => Date.parse(update.datetime) > newest.current));
    };
    const timer = setInterval(check, CHECK_EVERY_MS);
    const onVisible = () => {
      if (Date.now() - checkedAt >= CHECK_EVERY_MS) void check();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [endpoint]);

  const insert = () => {
    newest.current = Date.parse(waiting[0]!.datetime);
    setInserted((current) => [...waiting, ...current]);
    setWaiting([]);
    requestAnimationFrame(() => list.current?.focus());
  };

  const count = waiting.length;
  const message = count === 0 ? "" : `${count} ${count > 1 ? labels.newMany : labels.newOne}`;
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {message}
      </p>
      {count > 0 ? (
        <button
          type="button"
          onClick={insert}
          className="fixed inset-x-0 bottom-4 z-40 mx-auto min-h-11 w-fit rounded-full bg-accent px-5 font-semibold text-accent-ink shadow-lg"
        >
          {message}
        </button>
      ) : null}
      <ol ref={list} tabIndex={-1} className="focus:outline-none">
        {inserted.map((update) => (
          <LiveUpdateEntry key={update.id} update={update} labels={labels} />
        ))}
      </ol>
    </>
  );
}
