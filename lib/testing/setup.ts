/**
 * Vitest setup: every test starts without a content store. The store lives on
 * the global object (lib/content/store.ts), so `vi.resetModules()` alone no
 * longer gives a test fresh content.
 */
import { beforeEach } from "vitest";

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("lesinfos.content-store")];
});
