"use client";
// Client: a lazy import, so that the watcher's code is fetched by live pages only, not by every article.
import { lazy, Suspense, type ComponentProps } from "react";

const LiveUpdatesWatcher = lazy(() => import("./LiveUpdatesWatcher").then((module) => ({ default: module.LiveUpdatesWatcher })));

export function LiveUpdatesIsland(props: ComponentProps<typeof LiveUpdatesWatcher>) {
  return (
    <Suspense fallback={null}>
      <LiveUpdatesWatcher {...props} />
    </Suspense>
  );
}
