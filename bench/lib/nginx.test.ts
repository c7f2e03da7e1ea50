import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { DEPLOY_CONFIG, nginxArgs, renderProxyConfig, staticConfig } from "./nginx";

const production = readFileSync(DEPLOY_CONFIG, "utf8");
const settings = { dir: "/tmp/lesinfos-nginx", port: 3522, upstreamPorts: [3520, 3530], root: true };

describe("renderProxyConfig", () => {
  it("puts the bench's port, upstreams and paths in deploy/nginx.conf, and nothing of the production machine", () => {
    const text = renderProxyConfig(production, settings);
    expect(text).toContain("listen 127.0.0.1:3522 default_server;");
    expect(text).toContain("server 127.0.0.1:3520 max_fails=3 fail_timeout=5s;");
    expect(text).toContain("server 127.0.0.1:3530 max_fails=3 fail_timeout=5s;");
    expect(text).toContain("server 127.0.0.1:3530 max_fails=0 backup;");
    expect(text).not.toContain("127.0.0.1:3000");
    // Only Debian's mime.types is still read from the system.
    const systemPaths = text
      .split("\n")
      .filter((line) => !line.trim().startsWith("#"))
      .flatMap((line) => line.match(/\/(?:var|run|etc)\/[\w./-]+/g) ?? []);
    expect(systemPaths).toEqual(["/etc/nginx/mime.types"]);
    expect(renderProxyConfig(production, { ...settings, root: false })).not.toMatch(/^user /m);
  });

  it("refuses a config whose rewritten lines have changed", () => {
    expect(() => renderProxyConfig(production.replace("listen 80 default_server;", "listen 8080;"), settings)).toThrow(
      /listen 80 default_server;.*0 fois/,
    );
  });
});

describe.skipIf(!existsSync("/usr/sbin/nginx"))("nginx -t", () => {
  it("accepts both configurations", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lesinfos-nginx-"));
    mkdirSync(path.join(dir, "tmp"));
    try {
      const root = process.getuid?.() === 0;
      for (const [name, text] of [
        ["proxy.conf", renderProxyConfig(production, { ...settings, dir, root })],
        ["static.conf", await staticConfig({ dir, port: 3521, root })],
      ] as const) {
        const conf = path.join(dir, name);
        writeFileSync(conf, text);
        execFileSync("/usr/sbin/nginx", ["-t", "-q", ...nginxArgs({ dir, conf, port: 0 })], { stdio: "pipe" });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
