/** The load generator (see cannon.ts): autocannon, and the status of every response per address. */
import autocannon from "autocannon";

import { BROWSER_HEADERS, type LoadFigures, type LoadPlan } from "./cannon";
import type { StatusTally } from "./load-targets";

process.once("message", async (message) => {
  const plan = message as LoadPlan;
  const tally: StatusTally = {};
  // One counter for all connections: each address gets an equal share of the load, whatever the number of
  // connections (autocannon would start every connection at the first address).
  let turn = 0;
  // The address of the request in flight, per connection (its context object; no pipelining).
  const inFlight = new WeakMap<object, string>();
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.duration,
    timeout: plan.timeoutSeconds,
    headers: BROWSER_HEADERS,
    requests: [
      {
        method: "GET",
        setupRequest: (request, context) => {
          const path = plan.mix[turn++ % plan.mix.length]!.path;
          inFlight.set(context, path);
          return { ...request, path };
        },
        onResponse: (status, _body, context) => {
          const statuses = (tally[inFlight.get(context) ?? "?"] ??= {});
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  const { average, p50, p97_5, p99, max } = result.latency;
  const figures: LoadFigures = {
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    latency: { average, p50, p97_5, p99, max },
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    tally,
  };
  process.send?.(figures, () => process.exit(0));
});
