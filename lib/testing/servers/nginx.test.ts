import { createServer, type Server } from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startNginx, type NginxServer } from "./nginx";

const NGINX_PORT = Number(process.env.NGINX_TEST_PORT ?? 8401);
const [LIVE, DEAD] = [Number(process.env.NGINX_TEST_UPSTREAM ?? 3358), 3359];

let nginx: NginxServer;
let upstream: Server;

beforeAll(async () => {
  upstream = createServer((_, response) => response.end("bonjour"));
  await new Promise<void>((resolve) => upstream.listen(LIVE, "127.0.0.1", resolve));
  nginx = await startNginx({ port: NGINX_PORT, upstreams: [DEAD, LIVE] });
});

afterAll(async () => {
  await nginx?.stop();
  await new Promise((resolve) => upstream.close(resolve));
});

describe("throwaway nginx", () => {
  it("passes every request to a live upstream when another one is down", async () => {
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${nginx.url}/page-${i}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe("bonjour");
    }
  });
});
