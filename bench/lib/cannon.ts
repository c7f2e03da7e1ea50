/**
 * The load of `npm run bench:load`: autocannon cycling through the mix, and
 * the status of every response per address (autocannon counts every 404 as
 * a failure, while the mix asks for some on purpose). The server runs in
 * its own process; this one only waits meanwhile.
 */
import autocannon from "autocannon";

import type { StatusTally } from "./load-targets";
import type { MixEntry } from "./mix";

/** What a browser sends that changes the server's work: compressed HTML, as readers get it. */
export const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "fr-FR,fr;q=0.9",
  "user-agent": "lesinfos-bench/1",
};

let running: autocannon.Instance | undefined;

/** `connections` connections for `duration` seconds, 10 s timeout; latencies in milliseconds, as autocannon gives them. */
export async function runLoad(url: string, connections: number, duration: number, mix: readonly MixEntry[]) {
  const tally: StatusTally = {};
  // One counter for all connections: each address gets an equal share of the load, whatever the number of
  // connections (autocannon would start every connection at the first address).
  let turn = 0;
  // The address of the request in flight, per connection (its context object; no pipelining).
  const inFlight = new WeakMap<object, string>();
  const options: autocannon.Options = {
    url,
    connections,
    duration,
    timeout: 10,
    headers: BROWSER_HEADERS,
    requests: [
      {
        method: "GET",
        setupRequest: (request, context) => {
          const path = mix[turn++ % mix.length]!.path;
          inFlight.set(context, path);
          return { ...request, path };
        },
        onResponse: (status, _body, context) => {
          const statuses = (tally[inFlight.get(context) ?? "?"] ??= {});
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    running = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  running = undefined;
  const { average, p50, p97_5, p99, max } = result.latency;
  return {
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latency: { average, p50, p97_5, p99, max },
    /** Connection errors, timeouts included (autocannon counts a timeout as an error). */
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    tally,
  };
}

/** Stops a load in progress (Ctrl-C). */
export const stopLoad = () => running?.stop();
