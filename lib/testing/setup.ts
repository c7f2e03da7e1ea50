/**
 * Vitest setup, for every test file. Every test starts without a content
 * store: the store lives on the global object (lib/content/store.ts), so
 * `vi.resetModules()` alone does not give a test fresh content. The content
 * folders a test file made are removed after it.
 */
import { afterAll, beforeEach } from "vitest";

import { removeContentFolders } from "./content-folder";

beforeEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("lesinfos.content-store")];
});

afterAll(removeContentFolders);
