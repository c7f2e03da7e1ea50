import { describe, expect, it } from "vitest";

import { serverOrigin } from "./server-origin";

describe("serverOrigin", () => {
  it("is the origin next start published when no listening address is set", () => {
    expect(serverOrigin("http://127.0.0.1:3000", undefined)).toBe("http://127.0.0.1:3000");
  });

  it("takes the listening address next start compares rewrites with (0.0.0.0, not localhost)", () => {
    expect(serverOrigin("http://localhost:3000", "0.0.0.0")).toBe("http://0.0.0.0:3000");
    expect(serverOrigin("http://[::1]:3001", "::")).toBe("http://[::]:3001");
  });

  it("is null before next start has published its origin (next dev, tests)", () => {
    expect(serverOrigin(undefined, "0.0.0.0")).toBeNull();
  });
});
