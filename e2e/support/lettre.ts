/**
 * What the newsletter's tests share with playwright.config.ts: where the
 * production server keeps its store, and the SMTP sink it sends through.
 */
import os from "node:os";
import path from "node:path";

const port = Number(process.env.E2E_PORT ?? 3100);

/** The production server's data folder (LESINFOS_DATA_DIR), one per server port. */
export const E2E_DATA_DIR = path.join(os.tmpdir(), `lesinfos-e2e-donnees-${port}`);
export const E2E_DATABASE = path.join(E2E_DATA_DIR, "lesinfos.sqlite");

/** The SMTP sink the newsletter spec starts, and the production server sends through. */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
