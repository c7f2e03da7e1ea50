/**
 * npm run bench [-- --runs 3] [--no-build] [--no-lighthouse]
 *
 * Speed benchmark, not a test: builds the site (sample content, .next-bench)
 * and the blank Next.js floor (bench/floor) in the same run, serves both with
 * `next start`, measures page weight, Lighthouse (mobile and desktop) and
 * throughput against nginx (static files, and deploy/nginx.conf in front of
 * `next start`), then writes bench/REPORT.md. Chromium and nginx come from
 * Debian, installed when missing (as root).
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { buildFloor, floorBuildExists, FLOOR_MARKER, startFloor } from "./lib/floor";
import { runLighthouse } from "./lib/lighthouse";
import { describeMachine } from "./lib/machine";
import { ensureNginx, prepareProxySite, prepareStaticSite, startNginx } from "./lib/nginx";
import { measurePageWeight } from "./lib/page-weight";
import {
  benchEnv,
  buildExists,
  buildSite,
  DIST_DIR,
  runBench,
  startServer,
  stopServer,
  waitUntilAnswering,
  type RunningServer,
} from "./lib/server";
import { formatSpeedReport, type BenchPage, type SpeedRun } from "./lib/speed-report";
import { formatThroughput, measureThroughput } from "./lib/throughput";

const WORK_DIR = "bench/.work/speed";
const REPORT_FILE = "bench/REPORT.md";
const PORTS = { site: 3450, floor: 3451, siteBehindNginx: 3452, nginxStatic: 3453, nginxProxy: 3454 } as const;

const log = (message: string) => console.log(`[bench] ${message}`);
const running = new Set<RunningServer>();

function serve(server: RunningServer): RunningServer {
  running.add(server);
  return server;
}

async function stopAll(): Promise<void> {
  await Promise.all([...running].map((server) => stopServer(server)));
  running.clear();
}

/** The pages measured: the lead article of the sample content, its rubrique, the home and a search. */
async function choosePages(): Promise<{ pages: BenchPage[]; bodyHtmlBytes: number }> {
  process.env.CONTENT_DIR = "content";
  const { getArticles, getArticleBodyHtml } = await import("../lib/content");
  const articles = await getArticles();
  const article = articles.find((candidate) => candidate.image) ?? articles[0];
  if (!article) throw new Error("aucun article publié dans content/");
  const bodyHtmlBytes = Buffer.byteLength(await getArticleBodyHtml(article));
  return {
    bodyHtmlBytes,
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
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs « ${values.runs} » : un nombre entier ≥ 1 est attendu`);
  const date = new Date();
  const machine = await describeMachine();
  await mkdir(WORK_DIR, { recursive: true });

  execFileSync(process.execPath, ["scripts/chromium.cjs"], { stdio: "inherit" });
  const nginx = await ensureNginx(log);

  const env = benchEnv("content");
  if (!values["no-build"] || !buildExists()) {
    log(`next build → ${DIST_DIR} (contenu d’exemple)`);
    await buildSite(env, log);
  }
  if (!values["no-build"] || !floorBuildExists()) {
    log("next build bench/floor (le plancher)");
    await buildFloor(path.join(WORK_DIR, "floor-build.log"));
  }
  const { pages, bodyHtmlBytes } = await choosePages();

  const site = serve(startServer(PORTS.site, env, path.join(WORK_DIR, "site.log")));
  const floor = serve(startFloor(PORTS.floor, path.join(WORK_DIR, "floor.log")));
  const behindNginx = serve(
    startServer(PORTS.siteBehindNginx, { ...env, LESINFOS_COMPRESS: "off" }, path.join(WORK_DIR, "site-behind-nginx.log")),
  );
  await waitUntilAnswering(site);
  await waitUntilAnswering(floor, { expected: FLOOR_MARKER });
  await waitUntilAnswering(behindNginx);
  const siteUrl = `http://127.0.0.1:${PORTS.site}`;
  const floorUrl = `http://127.0.0.1:${PORTS.floor}`;
  // Prerendered pages may be stale after the build: one request each lets Next regenerate them first.
  for (const page of pages) await fetch(`${siteUrl}${page.path}`).then((r) => r.arrayBuffer());

  log("poids des pages");
  const weights = {} as SpeedRun["weights"];
  for (const page of pages) weights[page.key] = await measurePageWeight(siteUrl, page.path);
  const floorWeight = await measurePageWeight(floorUrl, "/");

  let lighthouse: SpeedRun["lighthouse"] = null;
  if (!values["no-lighthouse"]) {
    lighthouse = [];
    for (const target of [
      ...pages.map((page) => ({ page: page.key, url: `${siteUrl}${page.path}` })),
      { page: "floor" as const, url: `${floorUrl}/` },
    ]) {
      log(`Lighthouse : ${target.url}`);
      const mobile = await runLighthouse(target.url, "mobile", runs);
      const desktop = await runLighthouse(target.url, "desktop", runs);
      log(`  mobile ${mobile.performanceScores.join(", ")} ; ordinateur ${desktop.performanceScores.join(", ")}`);
      lighthouse.push({ page: target.page, mobile, desktop });
    }
  }
  await stopServer(floor);
  running.delete(floor);

  log("débit : nginx (fichiers prérendus précompressés, puis deploy/nginx.conf devant next start)");
  const staticSite = await prepareStaticSite(nginx, DIST_DIR, PORTS.nginxStatic);
  const proxySite = await prepareProxySite(nginx, PORTS.nginxProxy, [PORTS.siteBehindNginx]);
  const nginxStatic = serve(startNginx(nginx, staticSite));
  const nginxProxy = serve(startNginx(nginx, proxySite));
  const articlePath = pages.find((page) => page.key === "article")!.path;
  await waitUntilAnswering(nginxStatic, { path: articlePath });
  await waitUntilAnswering(nginxProxy, { path: articlePath });

  const rounds: SpeedRun["throughput"]["rounds"] = [];
  for (let round = 1; round <= runs; round += 1) {
    const next = await measureThroughput(`${siteUrl}${articlePath}`);
    log(`  essai ${round}, next start : ${formatThroughput(next)}`);
    const staticFigures = await measureThroughput(`http://127.0.0.1:${PORTS.nginxStatic}${articlePath}`);
    log(`  essai ${round}, nginx fichier : ${formatThroughput(staticFigures)}`);
    const proxyFigures = await measureThroughput(`http://127.0.0.1:${PORTS.nginxProxy}${articlePath}`);
    log(`  essai ${round}, nginx devant next : ${formatThroughput(proxyFigures)}`);
    rounds.push({ next, nginxStatic: staticFigures, nginxProxy: proxyFigures });
  }
  await stopAll();

  const report = formatSpeedReport({
    date,
    machine,
    lighthouseVersion: lighthouse?.[0]?.mobile.lighthouseVersion ?? null,
    runs,
    pages,
    weights,
    floorWeight,
    articleBodyHtmlBytes: bodyHtmlBytes,
    lighthouse,
    throughput: { path: articlePath, rounds },
  });
  await writeFile(REPORT_FILE, report);
  const summary = report.split("\n## Conditions")[0] ?? report;
  console.log(`\n${summary}\nRapport : ${REPORT_FILE}`);
}

await runBench(main, { servers: () => running });
