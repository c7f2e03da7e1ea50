/**
 * nginx for the speed bench, in the foreground as a child process in its
 * own process group, everything it writes under bench/.work/nginx/<name>/.
 * Two sites: "static" serves the prerendered HTML of a build, precompressed
 * (the most this machine can serve); "proxy" is deploy/nginx.conf itself in
 * front of `next start`.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { startDetached, type RunningServer } from "./server";
import { isRoot } from "./wrk";

export const DEPLOY_CONFIG = path.resolve("deploy/nginx.conf");
const WORK_DIR = path.resolve("bench/.work/nginx");

/** Work folder (pid, logs, cache, temporary files, socket), port, `next start` ports, workers as root (the bench's files are root's). */
type ProxySettings = { dir: string; port: number; upstreamPorts: readonly number[]; root: boolean };

/**
 * deploy/nginx.conf with the bench's ports and paths. Throws when a line the
 * bench rewrites is no longer written as expected (the config and this
 * module must change together).
 */
export function renderProxyConfig(production: string, { dir, port, upstreamPorts, root }: ProxySettings): string {
  if (upstreamPorts.length === 0) throw new Error("au moins un serveur Next.js est attendu derrière nginx");
  const upstream = upstreamPorts.map((p) => `server 127.0.0.1:${p} max_fails=3 fail_timeout=5s;`).join("\n        ");
  const backups = upstreamPorts.map((p) => `server 127.0.0.1:${p} max_fails=0 backup;`).join("\n        ");
  const substitutions: [find: string, replace: string, count: number][] = [
    ["user www-data;", root ? "user root;" : "# user www-data;", 1],
    ["pid /run/nginx.pid;", `pid ${dir}/nginx.pid;`, 1],
    ["error_log /var/log/nginx/error.log ", `error_log ${dir}/error.log `, 1],
    ["access_log /var/log/nginx/access.log ", `access_log ${dir}/access.log `, 2],
    ["access_log /var/log/nginx/lesinfos-vues.log ", `access_log ${dir}/lesinfos-vues.log `, 1],
    ["/var/lib/nginx/", `${dir}/tmp/`, 5],
    ["proxy_cache_path /var/cache/nginx/lesinfos ", `proxy_cache_path ${dir}/cache `, 1],
    ["unix:/run/nginx-lesinfos-gzip.sock", `unix:${dir}/gzip.sock`, 2],
    ["listen 80 default_server;", `listen 127.0.0.1:${port} default_server;`, 1],
    ["server 127.0.0.1:3000 max_fails=3 fail_timeout=5s;", upstream, 1],
    ["server 127.0.0.1:3000 max_fails=0 backup;", backups, 1],
  ];
  let text = production;
  for (const [find, replace, count] of substitutions) {
    const found = text.split(find).length - 1;
    if (found !== count) throw new Error(`deploy/nginx.conf : « ${find} » attendu ${count} fois, trouvé ${found} fois`);
    text = text.split(find).join(replace);
  }
  return text;
}

/** The static site (nginx-static.conf): prerendered pages as files, precompressed, nothing else. */
export async function staticConfig({ dir, port, root }: Omit<ProxySettings, "upstreamPorts">): Promise<string> {
  const values: Record<string, string> = { user: root ? "user root;" : "", dir, port: String(port) };
  const template = await readFile(path.join(import.meta.dirname, "nginx-static.conf"), "utf8");
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

export type NginxSite = { dir: string; conf: string; port: number };

/** A fresh work folder for one instance (last run's cache and socket removed). */
async function freshSite(name: string, port: number): Promise<NginxSite> {
  const dir = path.join(WORK_DIR, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "tmp"), { recursive: true });
  return { dir, conf: path.join(dir, "nginx.conf"), port };
}

/** Copies the prerendered HTML of `distDir`, each page with a `.gz` beside it (level 9), and writes the static site's configuration. */
export async function prepareStaticSite(distDir: string, port: number): Promise<NginxSite> {
  const site = await freshSite("static", port);
  const appDir = path.resolve(distDir, "server/app");
  if (!existsSync(appDir)) throw new Error(`${appDir} absent : construisez d’abord le site (next build)`);
  const pages = (await readdir(appDir, { recursive: true })).filter((entry) => entry.endsWith(".html"));
  if (pages.length === 0) throw new Error(`aucune page prérendue (.html) dans ${appDir}`);
  for (const page of pages) {
    const html = await readFile(path.join(appDir, page));
    const target = path.join(site.dir, "html", page);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, html);
    await writeFile(`${target}.gz`, gzipSync(html, { level: 9 }));
  }
  await writeFile(site.conf, await staticConfig({ dir: site.dir, port, root: isRoot() }));
  return site;
}

/** Writes deploy/nginx.conf with the bench's port, upstream ports and paths. */
export async function prepareProxySite(port: number, upstreamPorts: readonly number[]): Promise<NginxSite> {
  const site = await freshSite("proxy", port);
  const production = await readFile(DEPLOY_CONFIG, "utf8");
  await writeFile(site.conf, renderProxyConfig(production, { dir: site.dir, port, upstreamPorts, root: isRoot() }));
  return site;
}

/** Prefix, startup error log (before the configuration's own is opened) and configuration file. */
export const nginxArgs = (site: NginxSite) => ["-p", `${site.dir}/`, "-e", path.join(site.dir, "error.log"), "-c", site.conf];

/** nginx in the foreground (`daemon off`); stopServer's SIGTERM to the group is its fast shutdown. */
export function startNginx(nginx: string, site: NginxSite): RunningServer {
  return startDetached(nginx, [...nginxArgs(site), "-g", "daemon off;"], process.env, site.port, path.join(site.dir, "nginx.log"));
}
