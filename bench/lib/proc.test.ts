import { spawn } from "node:child_process";
import { createServer } from "node:net";

import { describe, expect, it } from "vitest";

import { findListeningPid, processTree, residentMemory } from "./proc";

describe("proc", () => {
  it("finds a child in the process tree, the process that listens on a port, and its memory", async () => {
    const child = spawn("sleep", ["10"]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    try {
      expect(await processTree(process.pid)).toContain(child.pid);
      expect(await findListeningPid(process.pid, port)).toBe(process.pid);
      expect(await findListeningPid(child.pid!, port)).toBeNull();
      expect(await residentMemory(process.pid)).toBeGreaterThan(10 * 2 ** 20);
      expect(await residentMemory(2 ** 22 + 1)).toBeNull();
    } finally {
      child.kill();
      server.close();
    }
  });
});
