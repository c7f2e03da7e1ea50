/**
 * The load generator, in its own process so that its event loop and CPU
 * time are not the bench's: receives a load plan over IPC, runs autocannon,
 * sends back the figures and the status of every response per address.
 */
import autocannon from "autocannon";

import { loadPlan, type LoadFigures } from "./cannon";
import type { StatusTally } from "./stats";

process.once("message", async (message: unknown) => {
  const plan = loadPlan.parse(message);
  const tally: StatusTally = {};
  // One counter for all connections: the addresses come in turn, each with an equal share of the load,
  // whatever the number of connections (autocannon would start every connection at the first address).
  let turn = 0;
  // The address of the request in flight, per connection (its context object).
  const inFlight = new WeakMap<object, string>();
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.duration,
    timeout: plan.timeoutSeconds,
    headers: plan.headers,
    requests: [
      {
        method: "GET",
        path: "/",
        setupRequest: (request, context) => {
          const entry = plan.mix[turn % plan.mix.length] ?? plan.mix[0];
          turn += 1;
          inFlight.set(context, entry?.path ?? "?");
          return { ...request, path: entry?.path ?? "/" };
        },
        // One request at a time per connection (no pipelining): the context still holds its address.
        onResponse: (status, _body, context) => {
          const path = inFlight.get(context) ?? "?";
          const statuses = (tally[path] ??= {});
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  const figures: LoadFigures = {
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total ?? 0,
    sentRequests: result.requests.sent,
    bytesPerSecond: result.throughput.average,
    latency: {
      average: result.latency.average,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    statusCodeStats: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count = 0 }]) => [code, count])),
    tally,
  };
  process.send?.(figures, () => process.exit(0));
});
