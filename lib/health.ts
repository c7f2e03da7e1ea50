/**
 * The health check of one `next start` (`/sante`), for load balancers and
 * the rolling restart (deploy/redemarrer.sh): 200 once the process has read
 * its content, 503 until then. Redis is left out on purpose: without it an
 * instance still serves every page from its own cache, so it stays healthy.
 */
import { isContentLoaded, warmContent } from "@/lib/content";

const NO_STORE = { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" };

export function healthCheck(): Response {
  if (isContentLoaded()) return new Response("prêt\n", { status: 200, headers: NO_STORE });
  // The read started at launch (instrumentation.ts) is joined; one that failed is tried again.
  void warmContent();
  return new Response("contenu en cours de lecture\n", { status: 503, headers: { ...NO_STORE, "retry-after": "1" } });
}
