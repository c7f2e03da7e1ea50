/**
 * nginx for the throughput benches: Debian's package, installed when
 * missing (as root), run in the foreground as a child process in its own
 * process group, with everything it writes under bench/.work/nginx/<name>/.
 *
 * Two sites: "static" serves the prerendered HTML of a build, precompressed
 * (the most this machine can serve); "proxy" is deploy/nginx.conf itself in
 * front of `next start`.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

import { ensureTool, isRoot, type DebianTool } from "./debian";
import { startDetached, type RunningServer } from "./server";

export const DEPLOY_CONFIG = path.resolve("deploy/nginx.conf");
export const NGINX_WORK_DIR = path.resolve("bench/.work/nginx");

export const NGINX: DebianTool = { name: "nginx", env: "NGINX_PATH", candidates: ["/usr/sbin/nginx", "/usr/bin/nginx"] };

/** The nginx binary; as root, installs Debian's package when there is none (it starts a service on port 80 where systemd runs). */
export const ensureNginx = (report: (line: string) => void) => ensureTool(NGINX, report);

/** Where one nginx instance of the bench keeps its configuration, logs, cache and temporary files. */
export interface NginxSite {
  name: string;
  dir: string;
  conf: string;
  port: number;
  errorLog: string;
}

function siteFiles(name: string, port: number): NginxSite {
  const dir = path.join(NGINX_WORK_DIR, name);
  return { name, dir, conf: path.join(dir, "nginx.conf"), port, errorLog: path.join(dir, "error.log") };
}

/** What the bench changes in deploy/nginx.conf. */
export interface ProxySettings {
  /** Work folder of this instance: pid, logs, cache, temporary files, socket. */
  dir: string;
  /** Loopback port of the edge server. */
  port: number;
  /** Ports of the `next start` processes (127.0.0.1). */
  upstreamPorts: readonly number[];
  /** Run the workers as root (the bench's files are root's); otherwise the `user` line is dropped. */
  root: boolean;
}

interface Substitution {
  find: string;
  replace: string;
  /** How many times `find` must occur in deploy/nginx.conf. */
  count: number;
}

function substitutions({ dir, port, upstreamPorts, root }: ProxySettings): Substitution[] {
  if (upstreamPorts.length === 0) throw new Error("au moins un serveur Next.js est attendu derrière nginx");
  const upstream = upstreamPorts.map((p) => `server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`).join("\n        ");
  return [
    { find: "user www-data;", replace: root ? "user root;" : "# user www-data;", count: 1 },
    { find: "pid /run/nginx.pid;", replace: `pid ${dir}/nginx.pid;`, count: 1 },
    { find: "error_log /var/log/nginx/error.log ", replace: `error_log ${dir}/error.log `, count: 1 },
    { find: "access_log /var/log/nginx/access.log ", replace: `access_log ${dir}/access.log `, count: 1 },
    { find: "/var/lib/nginx/", replace: `${dir}/tmp/`, count: 5 },
    { find: "proxy_cache_path /var/cache/nginx/lesinfos ", replace: `proxy_cache_path ${dir}/cache `, count: 1 },
    { find: "unix:/run/nginx-lesinfos-gzip.sock", replace: `unix:${dir}/gzip.sock`, count: 2 },
    { find: "listen 80 default_server;", replace: `listen 127.0.0.1:${port} default_server;`, count: 1 },
    { find: "server 127.0.0.1:3000 max_fails=3 fail_timeout=5s;", replace: upstream, count: 1 },
  ];
}

const occurrences = (text: string, find: string) => text.split(find).length - 1;

/**
 * deploy/nginx.conf with the bench's ports and paths. Throws when a line the
 * bench rewrites is no longer written as expected (the config and this
 * module must change together).
 */
export function renderProxyConfig(production: string, settings: ProxySettings): string {
  let text = production;
  for (const { find, replace, count } of substitutions(settings)) {
    const found = occurrences(text, find);
    if (found !== count) {
      throw new Error(`deploy/nginx.conf : « ${find} » attendu ${count} fois, trouvé ${found} fois`);
    }
    text = text.split(find).join(replace);
  }
  return text;
}

/** The static site (nginx-static.conf): prerendered pages as files, precompressed, nothing else. */
export function staticConfig({ dir, port, root }: Omit<ProxySettings, "upstreamPorts">): string {
  const values: Record<string, string> = { user: root ? "user root;" : "", dir, port: String(port) };
  return readFileSync(path.join(import.meta.dirname, "nginx-static.conf"), "utf8").replace(
    /\{\{(\w+)\}\}/g,
    (_, name: string) => values[name] ?? "",
  );
}

/** Among the files of a build's `server/app` (relative paths), its prerendered pages, sorted. */
export function prerenderedPages(entries: readonly string[]): string[] {
  return entries.filter((entry) => entry.endsWith(".html")).sort();
}

const gzipAsync = promisify(gzip);

/** Copies the build's prerendered HTML into `htmlDir`, each with a `.gz` beside it (level 9). */
async function copyPrerendered(distDir: string, htmlDir: string): Promise<number> {
  const appDir = path.resolve(distDir, "server/app");
  if (!existsSync(appDir)) throw new Error(`${appDir} absent : construisez d’abord le site (next build)`);
  const pages = prerenderedPages(await readdir(appDir, { recursive: true }));
  for (const page of pages) {
    const html = await readFile(path.join(appDir, page));
    const target = path.join(htmlDir, page);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, html);
    await writeFile(`${target}.gz`, await gzipAsync(html, { level: 9 }));
  }
  return pages.length;
}

/** A fresh work folder for an instance (last run's cache and socket removed). */
async function freshDir(site: NginxSite): Promise<void> {
  await rm(site.dir, { recursive: true, force: true });
  await mkdir(path.join(site.dir, "tmp"), { recursive: true });
}

/** `nginx -t` on the site's configuration; throws with nginx's own words when it is invalid. */
export async function testConfig(nginx: string, site: NginxSite): Promise<void> {
  const output: string[] = [];
  const ok = await new Promise<boolean>((resolve, reject) => {
    const child = spawn(nginx, ["-t", "-q", ...nginxArgs(site)], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve(code === 0));
  });
  if (!ok) throw new Error(`configuration nginx invalide (${site.conf}) :\n${output.join("").trim()}`);
}

/** Prefix, startup error log (before the configuration's own is opened) and configuration file. */
function nginxArgs(site: NginxSite): string[] {
  return ["-p", `${site.dir}/`, "-e", site.errorLog, "-c", site.conf];
}

/** Writes the static site of `distDir` (prerendered HTML and its `.gz`) and its configuration. */
export async function prepareStaticSite(nginx: string, distDir: string, port: number, name = "static"): Promise<NginxSite> {
  const site = siteFiles(name, port);
  await freshDir(site);
  const pages = await copyPrerendered(distDir, path.join(site.dir, "html"));
  if (pages === 0) throw new Error(`aucune page prérendue (.html) dans ${distDir}/server/app`);
  await writeFile(site.conf, staticConfig({ dir: site.dir, port, root: isRoot() }));
  await testConfig(nginx, site);
  return site;
}

/** Writes deploy/nginx.conf with the bench's port, upstream ports and paths. */
export async function prepareProxySite(nginx: string, port: number, upstreamPorts: readonly number[], name = "proxy"): Promise<NginxSite> {
  const site = siteFiles(name, port);
  await freshDir(site);
  const production = await readFile(DEPLOY_CONFIG, "utf8");
  await writeFile(site.conf, renderProxyConfig(production, { dir: site.dir, port, upstreamPorts, root: isRoot() }));
  await testConfig(nginx, site);
  return site;
}

/**
 * Starts nginx in the foreground (`daemon off`), master and workers in their
 * own process group, output appended to `<dir>/nginx.log`. Stop it with
 * stopServer (server.ts): SIGTERM to the group is nginx's fast shutdown.
 */
export function startNginx(nginx: string, site: NginxSite): RunningServer {
  return startDetached(nginx, [...nginxArgs(site), "-g", "daemon off;"], process.env, site.port, path.join(site.dir, "nginx.log"));
}
