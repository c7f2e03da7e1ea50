/**
 * npm run bench [-- --runs 3] [--no-build] [--no-lighthouse]
 *
 * Speed benchmark, not a test: builds the site (sample content, .next-bench)
 * and the blank Next.js floor (bench/floor), serves both with `next start`,
 * measures page weight, runs Lighthouse (mobile and desktop), then
 * measures throughput with wrk: `next start`, nginx serving
 * the prerendered file precompressed, and deploy/nginx.conf in front of
 * `next start`, and weighs the live-coverage island. Writes bench/REPORT.json and bench/REPORT.md. Chromium,
 * nginx and wrk come from Debian, installed when missing (as root).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { runLighthouse } from "./lib/lighthouse";
import { measureLiveIsland } from "./lib/live-island";
import { measureViewBeacon } from "./lib/view-beacon";
import { prepareProxySite, prepareStaticSite, startNginx } from "./lib/nginx";
import { measurePageWeight } from "./lib/page-weight";
import { describeMachine, fr, ms, writeReport } from "./lib/report";
import { benchEnv, buildExists, buildSite, DIST_DIR, runBench, startServer, stopServer, waitUntilAnswering } from "./lib/server";
import { formatSpeedReport, type ServerKey, type SpeedResults } from "./lib/speed-report";
import { ensureTool, prepareThroughput, runWrk, THROUGHPUT, wrkVersion } from "./lib/wrk";

const WORK_DIR = "bench/.work/speed";
/** The five ports the bench listens on, from `--port` (3450 by default) up. */
function portsFrom(base: number) {
  return { site: base, floor: base + 1, siteBehindNginx: base + 2, nginxStatic: base + 3, nginxProxy: base + 4 };
}

const log = (message: string) => console.log(`[bench] ${message}`);

/**
 * The framework floor: bench/floor, a blank Next.js page (one h1 « Plancher », no CSS, no fonts) built with the
 * repository's own Next.js into bench/.work/floor/next (bench/floor/next.config.mjs); in .jsx, so that next build
 * writes no tsconfig.json into it. What the site weighs and scores above it is the site's own doing.
 */
const FLOOR = { app: path.resolve("bench/floor"), build: path.resolve("bench/.work/floor/next/BUILD_ID") };
const floorEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } as NodeJS.ProcessEnv;
// The site's own variables mean nothing to the floor.
delete floorEnv.NEXT_DIST_DIR;
delete floorEnv.CONTENT_DIR;

/** The pages measured: the home, the lead article of the sample content (with an image), its rubrique and a search. */
async function choosePages(): Promise<{ pages: SpeedResults["pages"]; bodyHtmlBytes: number }> {
  process.env.CONTENT_DIR = "content";
  const { getArticles, getArticleBodyHtml } = await import("../lib/content");
  const articles = await getArticles();
  const article = articles.find((candidate) => candidate.image) ?? articles[0];
  if (!article) throw new Error("aucun article publié dans content/");
  return {
    bodyHtmlBytes: Buffer.byteLength(await getArticleBodyHtml(article)),
    pages: [
      { key: "home", label: "accueil", path: "/" },
      { key: "article", label: "article", path: article.url },
      { key: "rubrique", label: "rubrique", path: article.rubrique.url },
      { key: "search", label: "recherche", path: `/recherche?q=${encodeURIComponent("Maroc")}` },
    ],
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "3" },
      "no-build": { type: "boolean", default: false },
      "no-lighthouse": { type: "boolean", default: false },
      port: { type: "string", default: "3450" },
    },
  });
  const ports = portsFrom(Number(values.port));
  if (!Number.isInteger(ports.site) || ports.site < 1024)
    throw new Error(`--port « ${values.port} » : un numéro de port ≥ 1024 est attendu`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs « ${values.runs} » : un nombre entier ≥ 1 est attendu`);
  const date = new Date().toISOString();
  const machine = describeMachine();
  await mkdir(WORK_DIR, { recursive: true });

  execFileSync(process.execPath, ["scripts/programs.cjs"], { stdio: "inherit" });
  const nginx = ensureTool("nginx", "NGINX_PATH", log);
  const wrk = ensureTool("wrk", "WRK_PATH", log);

  const env = benchEnv("content");
  if (!values["no-build"] || !buildExists()) {
    log(`next build → ${DIST_DIR} (contenu d’exemple)`);
    await buildSite(env, log);
  }
  if (!values["no-build"] || !existsSync(FLOOR.build)) {
    log("next build bench/floor (le plancher)");
    await buildSite(floorEnv, log, { appDir: FLOOR.app, logFile: path.join(WORK_DIR, "floor-build.log") });
  }
  const { pages, bodyHtmlBytes } = await choosePages();
  const articlePath = pages.find((page) => page.key === "article")!.path;

  const site = startServer(ports.site, env, path.join(WORK_DIR, "site.log"));
  const floor = startServer(ports.floor, floorEnv, path.join(WORK_DIR, "floor.log"), "start", FLOOR.app);
  await waitUntilAnswering(site);
  await waitUntilAnswering(floor, { expected: "Plancher" });
  const siteUrl = `http://127.0.0.1:${ports.site}`;
  // Prerendered pages may be stale after the build: one request each lets Next regenerate them first.
  for (const page of pages) await fetch(`${siteUrl}${page.path}`).then((r) => r.arrayBuffer());

  log("poids des pages");
  const weights = {} as SpeedResults["weights"];
  for (const page of pages) weights[page.key] = await measurePageWeight(siteUrl, page.path);
  weights.floor = await measurePageWeight(`http://127.0.0.1:${ports.floor}`, "/");

  let lighthouse: SpeedResults["lighthouse"] = null;
  if (!values["no-lighthouse"]) {
    lighthouse = [];
    const targets = [
      ...pages.map((page) => ({ page: page.key, url: `${siteUrl}${page.path}` })),
      { page: "floor" as const, url: `http://127.0.0.1:${ports.floor}/` },
    ];
    for (const { page, url } of targets) {
      log(`Lighthouse : ${url}`);
      const mobile = await runLighthouse(url, "mobile", runs);
      const desktop = await runLighthouse(url, "desktop", runs);
      log(`  mobile ${mobile.performanceScores.join(", ")} ; ordinateur ${desktop.performanceScores.join(", ")}`);
      lighthouse.push({ page, mobile, desktop });
    }
  }
  await stopServer(floor);

  log("débit (wrk) : next start, nginx (fichier prérendu précompressé), deploy/nginx.conf devant next start");
  const behindNginx = startServer(
    ports.siteBehindNginx,
    { ...env, LESINFOS_COMPRESS: "off" },
    path.join(WORK_DIR, "site-behind-nginx.log"),
  );
  await waitUntilAnswering(behindNginx);
  const nginxStatic = startNginx(nginx, await prepareStaticSite(DIST_DIR, ports.nginxStatic));
  const nginxProxy = startNginx(nginx, await prepareProxySite(ports.nginxProxy, [ports.siteBehindNginx]));
  await waitUntilAnswering(nginxStatic, { path: articlePath });
  await waitUntilAnswering(nginxProxy, { path: articlePath });

  const urls: Record<ServerKey, string> = {
    next: `${siteUrl}${articlePath}`,
    nginxStatic: `http://127.0.0.1:${ports.nginxStatic}${articlePath}`,
    nginxProxy: `http://127.0.0.1:${ports.nginxProxy}${articlePath}`,
  };
  const servers = {} as SpeedResults["throughput"]["servers"];
  for (const [key, url] of Object.entries(urls) as [ServerKey, string][]) {
    servers[key] = { answer: await prepareThroughput(wrk, url), rounds: [] };
  }
  for (let round = 1; round <= runs; round += 1) {
    for (const [key, url] of Object.entries(urls) as [ServerKey, string][]) {
      const figures = await runWrk(wrk, url);
      log(
        `  essai ${round}, ${key} : ${fr(figures.requestsPerSecond)} req/s, p99 ${ms(figures.latency.p99)}, ${figures.non2xx} non-2xx, ${figures.errors} erreur(s)`,
      );
      servers[key].rounds.push(figures);
    }
  }

  const liveIsland = await measureLiveIsland(DIST_DIR, articlePath);
  const results: SpeedResults = {
    date,
    machine: { ...machine, wrk: await wrkVersion(wrk) },
    runs,
    pages,
    weights,
    articleBodyHtmlBytes: bodyHtmlBytes,
    liveIsland,
    viewBeacon: await measureViewBeacon(DIST_DIR, articlePath),
    lighthouse,
    throughput: { path: articlePath, connections: THROUGHPUT.connections, durationSeconds: THROUGHPUT.durationSeconds, servers },
  };
  const report = formatSpeedReport(results);
  await writeReport("bench/REPORT", results, report);
  console.log(`\n${report}\nRapport : bench/REPORT.md (chiffres : bench/REPORT.json)`);
}

await runBench(main);
