/**
 * A throwaway nginx for tests: a generated configuration in its own folder
 * (`-p` prefix: pid, logs and temporary files there), loopback only, in the
 * foreground, spreading requests over the given `next start` ports the way
 * deploy/ does: a server that fails is left alone `fail_timeout`, and a
 * request it failed is passed to the next one. Started as root, its workers
 * stay root: no system user is needed.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import { DEPLOY_CONFIG, renderProxyConfig } from "../../../bench/lib/nginx";

import { ensurePortFree, kill, launch, program, scratchFolder, waitForPort } from "./process";

export interface NginxOptions {
  port: number;
  /** Ports of the `next start` instances behind it, on 127.0.0.1. */
  upstreams: number[];
  /** Lines added to the `server` block. */
  serverLines?: string[];
}

export interface NginxServer {
  url: string;
  folder: string;
  stop(): Promise<void>;
}

export function nginxConfig(folder: string, { port, upstreams, serverLines = [] }: NginxOptions): string {
  const asRoot = process.getuid?.() === 0;
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${path.join(folder, name)};`);
  return [
    asRoot ? "user root;" : "",
    "daemon off;",
    "worker_processes 1;",
    `pid ${path.join(folder, "nginx.pid")};`,
    `error_log ${path.join(folder, "error.log")} warn;`,
    "events { worker_connections 512; }",
    "http {",
    "  access_log off;",
    ...temp,
    "  upstream lesinfos_next {",
    ...upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=5s;`),
    "    keepalive 16;",
    "  }",
    "  server {",
    `    listen 127.0.0.1:${port};`,
    "    location / {",
    "      proxy_pass http://lesinfos_next;",
    "      proxy_http_version 1.1;",
    '      proxy_set_header Connection "";',
    "      proxy_set_header Host $host;",
    "      proxy_connect_timeout 1s;",
    "      proxy_next_upstream error timeout http_502 http_503;",
    "    }",
    ...serverLines.map((line) => `    ${line}`),
    "  }",
    "}",
    "",
  ].join("\n");
}

export async function startNginx(options: NginxOptions): Promise<NginxServer> {
  await ensurePortFree(options.port);
  const folder = scratchFolder("nginx");
  const config = path.join(folder, "nginx.conf");
  writeFileSync(config, nginxConfig(folder, options));
  const child = launch(program("nginx"), ["-p", folder, "-c", config, "-e", path.join(folder, "error.log")]);
  await waitForPort(options.port, child);
  return {
    url: `http://127.0.0.1:${options.port}`,
    folder,
    stop: async () => {
      await kill(child, "SIGTERM");
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * deploy/nginx.conf itself, with the ports and paths rewritten as the bench
 * does (bench/lib/nginx.ts), in a scratch folder; `edit` changes the
 * rendered text (a test's or the bench's own lines).
 */
export async function startDeployedNginx({ port, upstreams, edit = (text) => text }: NginxOptions & { edit?: (config: string) => string }) {
  await ensurePortFree(port);
  const folder = scratchFolder("nginx-deploy");
  mkdirSync(path.join(folder, "tmp"));
  const config = path.join(folder, "nginx.conf");
  const production = readFileSync(DEPLOY_CONFIG, "utf8");
  writeFileSync(
    config,
    edit(renderProxyConfig(production, { dir: folder, port, upstreamPorts: upstreams, root: process.getuid?.() === 0 })),
  );
  const child = launch(program("nginx"), ["-p", `${folder}/`, "-c", config, "-e", path.join(folder, "error.log"), "-g", "daemon off;"]);
  await waitForPort(port, child);
  return {
    url: `http://127.0.0.1:${port}`,
    folder,
    /** The beacons' log (`lesinfos_vues`). */
    beaconLog: path.join(folder, "lesinfos-vues.log"),
    /** Asks nginx to write its buffered log lines and reopen its logs (what logrotate does). */
    reopen: () => void child.kill("SIGUSR1"),
    stop: async () => {
      await kill(child, "SIGTERM");
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
