import { now } from "@/lib/clock";
import type { Article } from "@/lib/content";
import { isLiveNow } from "@/lib/live";

import { LiveBadge } from "./LiveBadge";

/** « En direct » beside an article wherever it is listed, while its live coverage goes on. */
export function LiveMark({ article }: { article: Article }) {
  return isLiveNow(article, now()) ? <LiveBadge /> : null;
}
