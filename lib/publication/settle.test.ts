import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { Settler } from "./settle";

/** A file system of stamps the test changes as a writer would. */
function harness(quietMs = 300) {
  const stamps = new Map<string, string>();
  const batches: Map<string, string | null>[] = [];
  const settler = new Settler({
    quietMs,
    maxBatchWaitMs: 3_000,
    stamp: async (file) => stamps.get(file) ?? null,
    onSettled: (batch) => batches.push(batch),
  });
  const write = (file: string, stamp: string) => {
    stamps.set(file, stamp);
    settler.touch(file);
  };
  return { stamps, batches, settler, write };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("Settler", () => {
  it("hands a file over once it stayed the same for two quiet periods", async () => {
    const { batches, write } = harness();
    write("/c/articles/a.md", "10:1");
    await vi.advanceTimersByTimeAsync(599);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([new Map([["/c/articles/a.md", "10:1"]])]);
  });

  it("never hands over a file written in three chunks 300 ms apart before the last chunk", async () => {
    const { batches, write } = harness();
    write("/c/articles/a.md", "10:1");
    await vi.advanceTimersByTimeAsync(300);
    write("/c/articles/a.md", "20:2");
    await vi.advanceTimersByTimeAsync(300);
    write("/c/articles/a.md", "30:3");
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(batches).toEqual([new Map([["/c/articles/a.md", "30:3"]])]);
  });

  it("starts over when the stamp changes without an event (a missed one)", async () => {
    const { batches, stamps, write } = harness();
    write("/c/articles/a.md", "10:1");
    await vi.advanceTimersByTimeAsync(400);
    stamps.set("/c/articles/a.md", "20:2");
    await vi.advanceTimersByTimeAsync(400);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(batches).toEqual([new Map([["/c/articles/a.md", "20:2"]])]);
  });

  it("hands files settling together over as one batch, a deleted file with a null stamp", async () => {
    const { batches, settler, write } = harness();
    for (let i = 0; i < 1_000; i++) write(`/c/articles/${i}.md`, `${i}:1`);
    settler.touch("/c/articles/parti.md");
    await vi.advanceTimersByTimeAsync(600);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.size).toBe(1_001);
    expect(batches[0]?.get("/c/articles/parti.md")).toBeNull();
  });

  it("does not hold a settled file forever while another keeps changing", async () => {
    const { batches, write } = harness();
    write("/c/articles/calme.md", "1:1");
    for (let t = 0; t < 4_000; t += 200) {
      write("/c/articles/agite.md", `${t}:1`);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(batches.map((batch) => [...batch.keys()])).toEqual([["/c/articles/calme.md"]]);
  });
});
