/**
 * The figures of `npm run bench` (bench/REPORT.json) and the short table
 * made from them (bench/REPORT.md): every target of the speed issue, met or
 * missed. Why a target is missed is written by people, in bench/README.md.
 */
import { formatMs, formatNumber, table } from "./format";
import type { LighthouseSummary } from "./lighthouse";
import type { Machine } from "./machine";
import { appJsAboveFloor, type PageWeight } from "./page-weight";
import { median } from "./stats";
import type { EncodingProbe } from "./throughput";
import type { WrkFigures } from "./wrk";

export type PageKey = "home" | "article" | "rubrique" | "search";
export type ServerKey = "next" | "nginxStatic" | "nginxProxy";

export interface SpeedResults {
  date: string;
  machine: Machine & { wrk: string };
  runs: number;
  pages: { key: PageKey; label: string; path: string }[];
  /** What each page and the floor weigh, as `next start` sends them (bodies only). */
  weights: Record<PageKey | "floor", PageWeight>;
  /** The article's body rendered as HTML, in bytes (what its RSC payload should not exceed). */
  articleBodyHtmlBytes: number;
  lighthouse: { page: PageKey | "floor"; mobile: LighthouseSummary; desktop: LighthouseSummary }[] | null;
  throughput: {
    path: string;
    connections: number;
    durationSeconds: number;
    servers: Record<ServerKey, { answer: EncodingProbe; rounds: WrkFigures[] }>;
  };
}

export interface Target {
  /** Stable name, the heading of its explanation in bench/README.md when missed. */
  id: string;
  label: string;
  met: boolean;
  measured: string;
}

const KIB = 1024;
const kib = (bytes: number) => `${formatNumber(bytes / KIB, 1)} Kio`;
const percent = (value: number) => `${formatNumber(value * 100, 0)} %`;
/** "1,05×", "64 %", "1/150". */
const ratio = (value: number) =>
  value >= 1 ? `${formatNumber(value, 2)}×` : value >= 0.1 ? percent(value) : `1/${formatNumber(1 / value, 0)}`;

/** Median requests per second and latencies of a server's rounds. */
export function medianRound(rounds: readonly WrkFigures[]) {
  return {
    rps: median(rounds.map((round) => round.requestsPerSecond)),
    p50: median(rounds.map((round) => round.latency.p50)),
    p99: median(rounds.map((round) => round.latency.p99)),
  };
}

/** Whether every failed SEO audit is `is-crawlable`: the search page asks not to be indexed, on purpose. */
const onlyNoindex = (summary: LighthouseSummary) =>
  summary.failedAudits.filter((audit) => audit.category === "seo").every((audit) => audit.id === "is-crawlable");

export function evaluateTargets(results: SpeedResults): Target[] {
  const targets: Target[] = [];
  const lighthouse = results.lighthouse ?? [];
  const floor = lighthouse.find((entry) => entry.page === "floor")?.mobile;
  const sitePages = lighthouse.filter((entry) => entry.page !== "floor");
  const label = (page: string) => results.pages.find((p) => p.key === page)?.label ?? page;
  for (const page of results.pages) {
    const above = appJsAboveFloor(results.weights[page.key], results.weights.floor);
    targets.push({
      id: "js",
      label: `JS de l’application au-dessus du plancher ≤ 5 Kio : ${page.label}`,
      met: above <= 5 * KIB,
      measured: kib(above),
    });
  }
  const css = Math.max(...results.pages.map((page) => results.weights[page.key].css.transferBytes));
  targets.push({ id: "css", label: "CSS ≤ 15 Kio compressé (page la plus lourde)", met: css <= 15 * KIB, measured: kib(css) });
  const fonts = Math.max(...results.pages.map((page) => results.weights[page.key].fonts.count));
  targets.push({ id: "polices", label: "Au plus deux fichiers de police préchargés", met: fonts <= 2, measured: formatNumber(fonts) });
  const rsc = results.weights.article.rscPayload.rawBytes;
  const body = results.articleBodyHtmlBytes;
  targets.push({
    id: "rsc",
    label: "Charge RSC de l’article ≤ HTML rendu de son corps",
    met: rsc <= body,
    measured: `${kib(rsc)} contre ${kib(body)} (${formatNumber(rsc / body, 1)}×)`,
  });
  for (const { page, mobile, desktop } of sitePages) {
    const noindex = page === "search" && onlyNoindex(mobile) && onlyNoindex(desktop);
    const seoMet = (summary: LighthouseSummary) => summary.scores.seo === 100 || noindex;
    if (floor && page !== "search") {
      targets.push({
        id: "lighthouse-mobile",
        label: `Lighthouse mobile, performance ≥ plancher (${floor.scores.performance}) : ${label(page)}`,
        met: mobile.scores.performance >= floor.scores.performance,
        measured: String(mobile.scores.performance),
      });
    }
    const { accessibility, bestPractices, seo } = mobile.scores;
    targets.push({
      id: "lighthouse-qualite",
      label: `Lighthouse mobile, accessibilité / bonnes pratiques / SEO = 100, CLS 0 : ${label(page)}`,
      met: accessibility === 100 && bestPractices === 100 && seoMet(mobile) && mobile.metrics.cls === 0,
      measured: `${accessibility} / ${bestPractices} / ${seo}, CLS ${formatNumber(mobile.metrics.cls, 3)}${noindex ? " (noindex voulu)" : ""}`,
    });
    const d = desktop.scores;
    targets.push({
      id: "lighthouse-ordinateur",
      label: `Lighthouse ordinateur, 100 partout : ${label(page)}`,
      met: d.performance === 100 && d.accessibility === 100 && d.bestPractices === 100 && seoMet(desktop),
      measured: `${d.performance} / ${d.accessibility} / ${d.bestPractices} / ${d.seo}${noindex ? " (noindex voulu)" : ""}`,
    });
  }
  const { servers, connections } = results.throughput;
  const [next, nginx, proxy] = [servers.next, servers.nginxStatic, servers.nginxProxy].map((server) => medianRound(server.rounds));
  targets.push(
    {
      id: "next-start-debit",
      label: "`next start`, article prérendu : ≥ 1/100 de nginx (fichier précompressé)",
      met: next!.rps * 100 >= nginx!.rps,
      measured: `${ratio(next!.rps / nginx!.rps)} (${formatNumber(next!.rps)} contre ${formatNumber(nginx!.rps)} req/s)`,
    },
    {
      id: "next-start-p99",
      label: `\`next start\`, article prérendu : p99 < 100 ms à ${connections} connexions`,
      met: next!.p99 < 100,
      measured: formatMs(next!.p99),
    },
    {
      id: "nginx-devant-next",
      label: "nginx devant `next start` (deploy/nginx.conf), page en cache : ≥ 50 % de nginx (fichier)",
      met: proxy!.rps >= 0.5 * nginx!.rps,
      measured: `${percent(proxy!.rps / nginx!.rps)} (${formatNumber(proxy!.rps)} req/s)`,
    },
  );
  return targets;
}

function weightTable(results: SpeedResults): string {
  const columns = [...results.pages, { key: "floor" as const, label: "plancher" }];
  const row = (label: string, cell: (weight: PageWeight) => string) => [
    label,
    ...columns.map((column) => cell(results.weights[column.key])),
  ];
  return table(
    ["octets compressés (gzip)", ...columns.map((column) => column.label)],
    [
      row("HTML", (w) => kib(w.html.transferBytes)),
      row("… dont charge RSC en ligne (compressée seule)", (w) => kib(w.rscPayload.gzipBytes)),
      row("JavaScript (fichiers)", (w) => `${kib(w.js.transferBytes)} (${w.js.files.length})`),
      row("CSS", (w) => kib(w.css.transferBytes)),
      row("Polices préchargées", (w) => `${kib(w.fonts.transferBytes)} (${w.fonts.count})`),
      row("**Total**", (w) => `**${kib(w.totalTransferBytes)}**`),
      row("JavaScript `nomodule` (hors total)", (w) => kib(w.nomoduleJs.transferBytes)),
    ],
  );
}

function lighthouseTable(results: SpeedResults): string {
  const name = (page: string) => (page === "floor" ? "plancher" : (results.pages.find((p) => p.key === page)?.label ?? page));
  const rows = (results.lighthouse ?? []).flatMap((entry) =>
    (["mobile", "desktop"] as const).map((device) => {
      const { scores, metrics, performanceScores } = entry[device];
      return [
        `${name(entry.page)}, ${device === "mobile" ? "mobile" : "ordinateur"}`,
        `**${scores.performance}** (${performanceScores.join(", ")})`,
        `${scores.accessibility} / ${scores.bestPractices} / ${scores.seo}`,
        formatMs(metrics.fcpMs),
        formatMs(metrics.lcpMs),
        formatMs(metrics.tbtMs),
        formatNumber(metrics.cls, 3),
      ];
    }),
  );
  return table(["page", "performance (essais)", "access. / prat. / SEO", "FCP", "LCP", "TBT", "CLS"], rows);
}

function throughputTable(results: SpeedResults): string {
  const { servers } = results.throughput;
  const nginx = medianRound(servers.nginxStatic.rounds);
  const labels: Record<ServerKey, string> = {
    next: "`next start` (compression de Node)",
    nginxStatic: "nginx, fichier prérendu précompressé",
    nginxProxy: "nginx (deploy/nginx.conf) devant `next start`",
  };
  const rows = (Object.keys(labels) as ServerKey[]).map((key) => {
    const { rounds, answer } = servers[key];
    const figures = medianRound(rounds);
    return [
      labels[key],
      `**${formatNumber(figures.rps)}** (${rounds.map((round) => formatNumber(round.requestsPerSecond)).join(", ")})`,
      formatMs(figures.p50),
      formatMs(figures.p99),
      ratio(figures.rps / nginx.rps),
      `${answer.status}, ${answer.contentEncoding ?? "non compressé"}, ${formatNumber(answer.wireBytes)} o`,
    ];
  });
  return table(["serveur", "req/s médiane (essais)", "p50", "p99", "rapport à nginx", "réponse"], rows);
}

export function formatSpeedReport(results: SpeedResults): string {
  const targets = evaluateTargets(results);
  const missed = targets.filter((target) => !target.met);
  const { machine, throughput } = results;
  return `# Rapport de vitesse — Lesinfos

Écrit par \`npm run bench\` à partir de \`bench/REPORT.json\` ; ce que chaque mesure veut dire et pourquoi des objectifs sont manqués : [bench/README.md](README.md).

**${targets.length - missed.length} objectifs atteints sur ${targets.length}**${missed.length ? ` ; manqués : ${missed.map((target) => target.label).join(" ; ")} (voir [Objectifs manqués](README.md#objectifs-manqués))` : ""}.

${table(
  ["objectif", "résultat", "mesure"],
  targets.map((target) => [target.label, target.met ? "✅ atteint" : "❌ manqué", target.measured]),
)}

## Conditions

${results.date.slice(0, 16).replace("T", " à ")} UTC ; ${machine.cpus} processeurs (${machine.cpuModel}), ${formatNumber(machine.memoryBytes / 1024 ** 3, 1)} Gio, charge moyenne au départ ${formatNumber(machine.loadAverage, 2)} ; Node ${machine.node}, Next.js ${machine.next}, Lighthouse ${results.lighthouse?.[0]?.mobile.lighthouseVersion ?? "—"}, wrk ${machine.wrk} ; ${results.runs} essais par mesure. Pages : ${results.pages.map((page) => `${page.label} \`${page.path}\``).join(", ")}.

## Poids des pages (corps des réponses, sans les en-têtes)

${weightTable(results)}

## Lighthouse

${lighthouseTable(results)}

## Débit (wrk, ${throughput.connections} connexions, ${throughput.durationSeconds} s, article prérendu)

${throughputTable(results)}
`;
}
