/**
 * Per-client limits on what readers write (view beacons, newsletter
 * sign-ups): at most `limit` requests per client in each window of
 * `windowMs`. Kept in the memory of each process: behind several processes a
 * client gets `limit` per process, which still bounds a flood. The table of
 * clients is bounded too: past `maxClients`, expired windows are dropped,
 * then the oldest.
 */
export interface RateLimit {
  /** Counts a request of `client` at `at` (ms) and says whether it is allowed. */
  allow(client: string, at?: number): boolean;
}

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  maxClients?: number;
}

export function rateLimit({ limit, windowMs, maxClients = 100_000 }: RateLimitOptions): RateLimit {
  const windows = new Map<string, { start: number; count: number }>();
  // The map is in order of window start: expired windows are at its head, and
  // pruning stops at the first live one (a full table of live clients, 2,000
  // readers a second, otherwise cost a pass over all of them per new client).
  const prune = (at: number) => {
    for (const [client, window] of windows) {
      if (at - window.start < windowMs && windows.size < maxClients) break;
      windows.delete(client);
    }
  };
  return {
    allow(client, at = Date.now()) {
      const window = windows.get(client);
      if (window && at - window.start < windowMs) {
        window.count += 1;
        return window.count <= limit;
      }
      if (!window && windows.size >= maxClients) prune(at);
      // Re-inserted, so that the map stays ordered by window start.
      windows.delete(client);
      windows.set(client, { start: at, count: 1 });
      return limit >= 1;
    },
  };
}
