import { describe, expect, it } from "vitest";

import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes nginx's X-Real-IP, else the nearest hop of X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.9", "x-forwarded-for": "10.0.0.1, 198.51.100.2" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.0.0.1, 198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientAddress(new Headers())).toBe("inconnue");
  });
});
