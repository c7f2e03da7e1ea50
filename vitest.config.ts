import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["bench/.work/**", "node_modules/**"],
    environment: "node",
    setupFiles: ["lib/testing/setup.ts"],
    // Some tests spawn the command-line tools (tsx): slow on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
