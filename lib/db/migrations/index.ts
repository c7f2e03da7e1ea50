/**
 * Every migration, by name, in the order they apply. Listed here rather than
 * read from the folder, so that Next.js's bundles carry them. A new one is a
 * file `NNN_name.ts` and a line below; an applied one is never edited.
 */
import type { Migration } from "kysely";

import * as audience from "./001_audience";
import * as lettre from "./002_lettre";
import * as audienceLog from "./003_audience_log";

export const migrations: Record<string, Migration> = {
  "001_audience": audience,
  "002_lettre": lettre,
  "003_audience_log": audienceLog,
};
