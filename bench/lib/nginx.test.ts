import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { findTool } from "./debian";
import { DEPLOY_CONFIG, NGINX, prerenderedPages, renderProxyConfig, staticConfig } from "./nginx";

const production = readFileSync(DEPLOY_CONFIG, "utf8");
const settings = { dir: "/tmp/lesinfos-nginx", port: 3522, upstreamPorts: [3520, 3530], root: true };

describe("renderProxyConfig", () => {
  it("puts the bench's port, upstreams and paths in deploy/nginx.conf, and nothing of the production machine", () => {
    const text = renderProxyConfig(production, settings);
    expect(text).toContain("listen 127.0.0.1:3522 default_server;");
    expect(text).toContain("server 127.0.0.1:3520 max_fails=3 fail_timeout=5s;");
    expect(text).toContain("server 127.0.0.1:3530 max_fails=3 fail_timeout=5s;");
    expect(text).not.toContain("127.0.0.1:3000");
    expect(text).toMatch(/^user root;$/m);
    expect(text).toContain("pid /tmp/lesinfos-nginx/nginx.pid;");
    expect(text).toContain("unix:/tmp/lesinfos-nginx/gzip.sock");
    // Only Debian's mime.types is still read from the system.
    const systemPaths = text
      .split("\n")
      .filter((line) => !line.trim().startsWith("#"))
      .flatMap((line) => line.match(/\/(?:var|run|etc)\/[\w./-]+/g) ?? []);
    expect(systemPaths).toEqual(["/etc/nginx/mime.types"]);
  });

  it("leaves the production file's cache settings as they are", () => {
    const text = renderProxyConfig(production, settings);
    for (const directive of [
      "proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;",
      "proxy_cache_background_update on;",
      "proxy_cache_lock on;",
      "add_header X-Cache-Status $upstream_cache_status always;",
      'proxy_set_header Accept-Encoding "";',
    ]) {
      expect(text).toContain(directive);
    }
  });

  it("drops the user line when not running as root", () => {
    expect(renderProxyConfig(production, { ...settings, root: false })).not.toMatch(/^user /m);
  });

  it("refuses a config whose rewritten lines have changed", () => {
    expect(() => renderProxyConfig(production.replace("listen 80 default_server;", "listen 8080;"), settings)).toThrow(
      /listen 80 default_server;.*0 fois/,
    );
    expect(() => renderProxyConfig(production, { ...settings, upstreamPorts: [] })).toThrow(/au moins un/);
  });
});

describe("staticConfig", () => {
  it("serves the precompressed pages on the given port", () => {
    const text = staticConfig({ dir: "/tmp/x", port: 3521, root: false });
    expect(text).toContain("listen 127.0.0.1:3521 default_server;");
    expect(text).toContain("gzip_static on;");
    expect(text).toContain("root /tmp/x/html;");
    expect(text).not.toMatch(/^user /m);
  });
});

describe("prerenderedPages", () => {
  it("keeps the HTML files of server/app, sorted", () => {
    expect(prerenderedPages(["index.rsc", "index.html", "article/b.html", "article/b.meta", "article/[slug]", "a-propos.html"])).toEqual([
      "a-propos.html",
      "article/b.html",
      "index.html",
    ]);
  });
});

describe("findTool", () => {
  it("takes the tool's variable (NGINX_PATH) when set, and only if it exists", () => {
    expect(findTool(NGINX, { NGINX_PATH: "/nonexistent/nginx" })).toBeNull();
    expect(findTool(NGINX, { NGINX_PATH: process.execPath })).toBe(process.execPath);
  });
});

const nginx = findTool(NGINX);

describe.skipIf(nginx === null)("nginx -t", () => {
  it("accepts both configurations", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "lesinfos-nginx-"));
    mkdirSync(path.join(dir, "tmp"));
    try {
      const root = process.getuid?.() === 0;
      for (const [name, text] of [
        ["proxy.conf", renderProxyConfig(production, { ...settings, dir, root })],
        ["static.conf", staticConfig({ dir, port: 3521, root })],
      ] as const) {
        const conf = path.join(dir, name);
        writeFileSync(conf, text);
        execFileSync(nginx ?? "nginx", ["-t", "-q", "-p", `${dir}/`, "-e", path.join(dir, "error.log"), "-c", conf], {
          stdio: "pipe",
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
