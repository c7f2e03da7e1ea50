import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it, vi } from "vitest";

import { REVALIDATION_PATH, requestRevalidation } from "./revalidate";

let server: Server | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server?.close(resolve));
});

/** A loopback server that cuts the first `cut` requests without answering, then answers `status`. */
async function serverCutting(cut: number, status: number): Promise<string[]> {
  const received: string[] = [];
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push(`${request.url} ${body}`);
      if (received.length <= cut) request.socket.destroy();
      else response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("LESINFOS_INTERNAL_ORIGIN", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return received;
}

describe("requestRevalidation", () => {
  it("sends a request cut on the way again", async () => {
    const received = await serverCutting(1, 200);
    await requestRevalidation({ paths: ["/article/un"] });
    expect(received).toEqual(Array(2).fill(`${REVALIDATION_PATH} {"paths":["/article/un"]}`));
  });

  it("gives up after three cut requests", async () => {
    const received = await serverCutting(3, 200);
    await expect(requestRevalidation({ paths: ["/article/un"] })).rejects.toThrow("fetch failed");
    expect(received).toHaveLength(3);
  });

  it("does not send again a request the server refused", async () => {
    const received = await serverCutting(0, 500);
    await expect(requestRevalidation({ paths: ["/article/un"] })).rejects.toThrow("HTTP 500");
    expect(received).toHaveLength(1);
  });
});
