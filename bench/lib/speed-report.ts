/**
 * The figures of `npm run bench` (bench/REPORT.json), every target of the
 * speed issue met or missed, and the short table made from them
 * (bench/REPORT.md). Why a target is missed is written in bench/README.md.
 */
import type { LighthouseSummary } from "./lighthouse";
import type { LiveIslandWeight } from "./live-island";
import type { PageWeight } from "./page-weight";
import type { ViewBeaconWeight } from "./view-beacon";
import { conditions, flatTable, fr, kib, median, ms, targetsSection, type Machine, type Target } from "./report";
import type { EncodingProbe, WrkFigures } from "./wrk";

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
  /** The live-coverage island: its loader on every article, the rest on live pages only. */
  liveIsland: LiveIslandWeight;
  /** The audience's view beacon, on every article. */
  viewBeacon: ViewBeaconWeight;
  lighthouse: { page: PageKey | "floor"; mobile: LighthouseSummary; desktop: LighthouseSummary }[] | null;
  throughput: {
    path: string;
    connections: number;
    durationSeconds: number;
    servers: Record<ServerKey, { answer: EncodingProbe; rounds: WrkFigures[] }>;
  };
}

/** "1,05×", "64 %", "1/150". */
const ratio = (value: number) => (value >= 1 ? `${fr(value, 2)}×` : value >= 0.1 ? `${fr(value * 100)} %` : `1/${fr(1 / value)}`);

/** Median requests per second and latencies of a server's wrk rounds. */
export const medianRound = (rounds: readonly WrkFigures[]) => ({
  rps: median(rounds.map((round) => round.requestsPerSecond)),
  p50: median(rounds.map((round) => round.latency.p50)),
  p99: median(rounds.map((round) => round.latency.p99)),
});

/** Whether every failed SEO audit is `is-crawlable`: the search page asks not to be indexed, on purpose. */
const onlyNoindex = (summary: LighthouseSummary) =>
  summary.failedAudits.filter((audit) => audit.category === "seo").every((audit) => audit.id === "is-crawlable");

const target = (id: string, label: string, met: boolean, measured: string): Target => ({ id, label, met, measured });

export function evaluateTargets(results: SpeedResults): Target[] {
  const { pages, weights } = results;
  const label = (page: string) => pages.find((p) => p.key === page)?.label ?? page;
  const targets = pages.map((page) => {
    const above = weights[page.key].js.transferBytes - weights.floor.js.transferBytes;
    return target("js", `JS de l’application au-dessus du plancher ≤ 5 Kio : ${page.label}`, above <= 5 * 1024, kib(above));
  });
  const css = Math.max(...pages.map((page) => weights[page.key].css.transferBytes));
  const fonts = Math.max(...pages.map((page) => weights[page.key].fonts.files.length));
  const [rsc, body] = [weights.article.rscPayload.rawBytes, results.articleBodyHtmlBytes];
  targets.push(
    target("css", "CSS ≤ 15 Kio compressé (page la plus lourde)", css <= 15 * 1024, kib(css)),
    target("polices", "Au plus deux fichiers de police préchargés", fonts <= 2, fr(fonts)),
    target(
      "rsc",
      "Charge RSC de l’article ≤ HTML rendu de son corps",
      rsc <= body,
      `${kib(rsc)} contre ${kib(body)} (${fr(rsc / body, 1)}×)`,
    ),
  );
  const { loaderBytes, islandBytes, islandChunks } = results.liveIsland;
  targets.push(
    target(
      "ilot-direct",
      "Îlot du direct ≤ 3 Kio compressé sur une page en direct (chargeur compris)",
      islandChunks.length > 0 && loaderBytes + islandBytes <= 3 * 1024,
      `${kib(loaderBytes + islandBytes)} (chargeur ${kib(loaderBytes)} sur chaque article, îlot ${kib(islandBytes)})`,
    ),
  );
  const { markupBytes, scripts } = results.viewBeacon;
  targets.push(
    target(
      "balise-vue",
      "Balise de vue sans JavaScript, ≤ 1 Kio sur chaque article",
      markupBytes > 0 && markupBytes <= 1024 && scripts === 0,
      `${fr(markupBytes)} octets de HTML, ${fr(scripts)} script, image de 43 octets`,
    ),
  );
  const floor = results.lighthouse?.find((entry) => entry.page === "floor")?.mobile.scores.performance;
  for (const { page, mobile, desktop } of results.lighthouse?.filter((entry) => entry.page !== "floor") ?? []) {
    const noindex = page === "search" && onlyNoindex(mobile) && onlyNoindex(desktop);
    const note = noindex ? " (noindex voulu)" : "";
    const [m, d] = [mobile.scores, desktop.scores];
    if (floor !== undefined && page !== "search") {
      targets.push(
        target(
          "lighthouse-mobile",
          `Lighthouse mobile, performance ≥ plancher (${floor}) : ${label(page)}`,
          m.performance >= floor,
          String(m.performance),
        ),
      );
    }
    targets.push(
      target(
        "lighthouse-qualite",
        `Lighthouse mobile, accessibilité / bonnes pratiques / SEO = 100, CLS 0 : ${label(page)}`,
        m.accessibility === 100 && m.bestPractices === 100 && (m.seo === 100 || noindex) && mobile.metrics.cls === 0,
        `${m.accessibility} / ${m.bestPractices} / ${m.seo}, CLS ${fr(mobile.metrics.cls, 3)}${note}`,
      ),
      target(
        "lighthouse-ordinateur",
        `Lighthouse ordinateur, 100 partout : ${label(page)}`,
        d.performance === 100 && d.accessibility === 100 && d.bestPractices === 100 && (d.seo === 100 || noindex),
        `${d.performance} / ${d.accessibility} / ${d.bestPractices} / ${d.seo}${note}`,
      ),
    );
  }
  const { servers, connections } = results.throughput;
  const [next, nginx, proxy] = [
    medianRound(servers.next.rounds),
    medianRound(servers.nginxStatic.rounds),
    medianRound(servers.nginxProxy.rounds),
  ];
  const nextRatio = `${ratio(next.rps / nginx.rps)} (${fr(next.rps)} contre ${fr(nginx.rps)} req/s)`;
  targets.push(
    target(
      "next-start-debit",
      "`next start`, article prérendu : ≥ 1/100 de nginx (fichier précompressé)",
      next.rps * 100 >= nginx.rps,
      nextRatio,
    ),
    target("next-start-p99", `\`next start\`, article prérendu : p99 < 100 ms à ${connections} connexions`, next.p99 < 100, ms(next.p99)),
    target(
      "nginx-devant-next",
      "nginx devant `next start` (deploy/nginx.conf), page en cache : ≥ 50 % de nginx (fichier)",
      proxy.rps >= 0.5 * nginx.rps,
      `${ratio(proxy.rps / nginx.rps)} (${fr(proxy.rps)} req/s)`,
    ),
  );
  return targets;
}

export function formatSpeedReport(results: SpeedResults): string {
  const { machine, throughput, weights } = results;
  const pages = [...results.pages, { key: "floor" as const, label: "plancher" }];
  const label = (key: string) => pages.find((page) => page.key === key)?.label ?? key;
  const lighthouse = (results.lighthouse ?? []).flatMap((entry) => [
    { title: `${label(entry.page)}, mobile`, summary: entry.mobile },
    { title: `${label(entry.page)}, ordinateur`, summary: entry.desktop },
  ]);
  const servers = Object.entries(throughput.servers);
  const nginx = medianRound(throughput.servers.nginxStatic.rounds);
  return `# Rapport de vitesse — Lesinfos

Écrit par \`npm run bench\` à partir de \`bench/REPORT.json\` ; ce que chaque mesure veut dire et pourquoi des objectifs sont manqués : [bench/README.md](README.md).

${targetsSection(evaluateTargets(results))}

Conditions : ${conditions(results.date, machine)}, Lighthouse ${results.lighthouse?.[0]?.mobile.lighthouseVersion ?? "—"}, wrk ${machine.wrk} ; ${results.runs} essais par mesure. Pages : ${results.pages.map((page) => `${page.label} \`${page.path}\``).join(", ")}.

## Poids des pages (octets des corps sur le fil, gzip, sans les en-têtes)

${flatTable(
  ["", ...pages.map((page) => page.label)],
  pages.map(({ key }) => ({
    html: weights[key].html.transferBytes,
    rscInlineGzipAlone: weights[key].rscPayload.gzipBytes,
    js: weights[key].js.transferBytes,
    jsFiles: weights[key].js.files.length,
    css: weights[key].css.transferBytes,
    preloadedFonts: weights[key].fonts.transferBytes,
    preloadedFontFiles: weights[key].fonts.files.length,
    total: weights[key].totalTransferBytes,
    nomoduleJsNotInTotal: weights[key].nomoduleJs.transferBytes,
  })),
)}

## Lighthouse (essai médian ; performance de chaque essai)

${flatTable(
  ["", ...lighthouse.map((column) => column.title)],
  lighthouse.map(({ summary }) => ({ ...summary.scores, performanceRuns: summary.performanceScores.join(", "), ...summary.metrics })),
)}

## Débit (wrk, ${throughput.connections} connexions, ${throughput.durationSeconds} s, article prérendu ; médiane des essais)

${flatTable(
  ["", ...servers.map(([key]) => key)],
  servers.map(([, { rounds, answer }]) => {
    const { rps, p50, p99 } = medianRound(rounds);
    const runs = rounds.map((round) => fr(round.requestsPerSecond)).join(", ");
    return { requestsPerSecond: rps, runs, p50Ms: p50, p99Ms: p99, toNginx: ratio(rps / nginx.rps), ...answer };
  }),
)}
`;
}
