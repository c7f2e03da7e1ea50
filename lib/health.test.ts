import { afterEach, describe, expect, it, vi } from "vitest";

import { articleFile, contentFolder } from "./testing/content-folder";

async function healthOf(root: string) {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", root);
  return { ...(await import("./health")), ...(await import("./content/store")) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the health check", () => {
  it("answers 503 while the content is being read, then 200, and is never kept by a cache", async () => {
    const root = await contentFolder({ articles: { bon: articleFile({ title: "Bon" }) } });
    const { healthCheck, getContent } = await healthOf(root);

    const reading = healthCheck();
    expect(reading.status).toBe(503);
    expect(reading.headers.get("retry-after")).toBe("1");
    expect(reading.headers.get("cache-control")).toBe("no-store");

    await getContent();
    const ready = healthCheck();
    expect(ready.status).toBe(200);
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(await ready.text()).toBe("prêt\n");
  });

  it("starts the read itself when none was started, so that a failed one is tried again", async () => {
    const root = await contentFolder({ articles: { bon: articleFile({ title: "Bon" }) } });
    const { healthCheck, isContentLoaded } = await healthOf(root);

    expect(healthCheck().status).toBe(503);
    await vi.waitFor(() => expect(isContentLoaded()).toBe(true));
    expect(healthCheck().status).toBe(200);
  });
});
