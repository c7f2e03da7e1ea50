/** bench/SCALE-REPORT.md from the stored runs, one column per N. */
import { describeMachine, fr, table } from "../lib/report";
import type { Measurements } from "./measure";
import type { Failure, RunRecord } from "./protocol";

/** "0,85 ms", "850 ms", "12,3 s", "4 min 05 s". */
function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 1000) return `${fr(ms, ms < 10 ? 2 : 0)} ms`;
  if (ms < 120_000) return `${fr(ms / 1000, 1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}
const mo = (value: number | null) => (value === null ? "—" : `${fr(value)} Mo`);
const both = (...values: string[]) => values.join(" / ");
const withCpu = (ms: number, cpu: number | undefined) => (cpu === undefined ? duration(ms) : `${duration(ms)} (CPU ${duration(cpu)})`);

const ROWS: [label: string, cell: (m: Measurements, run: RunRecord) => string][] = [
  ["Articles chargés / publiés au 25/11/2026", (m) => both(fr(m.articles), fr(m.published))],
  ["Problèmes de contenu", (m) => fr(m.problems)],
  [
    "Lectures de fichiers pendant le chargement",
    (m) => (m.boundedReads ? `**bornées à ${m.boundedReads.limit}** (après l’échec EMFILE ci-dessous)` : "celles de `loadContent`"),
  ],
  ["**Chargement** `loadContent`", (m) => withCpu(m.load.ms, m.cpuMs.load)],
  ["RSS / heapUsed avant chargement", (m) => both(mo(m.baseline.rssMb), mo(m.baseline.heapUsedMb))],
  ["RSS / heapUsed après chargement", (m) => both(mo(m.load.after.rssMb), mo(m.load.after.heapUsedMb))],
  ["heapUsed après chargement et GC (retenu)", (m) => mo(m.load.afterGc.heapUsedMb)],
  ["**Filtre des articles publiés** (1er appel / médiane)", (m) => both(duration(m.filter.firstMs), duration(m.filter.medianMs))],
  ["… et recherche de la prochaine publication (médiane)", (m) => duration(m.filter.nextPublicationScanMs)],
  [
    "**Rendu d’un corps** `renderMarkdown` (le plus long, 1er / médiane)",
    (m) => `${both(duration(m.render.firstMs), duration(m.render.medianMs))} (${fr(m.render.words)} mots)`,
  ],
  ["**Index de recherche** `buildSearchIndex`", (m) => withCpu(m.searchBuild.ms, m.cpuMs["search-build"])],
  ["RSS / heapUsed après l’index (après GC)", (m) => both(mo(m.searchBuild.afterGc.rssMb), mo(m.searchBuild.afterGc.heapUsedMb))],
  ["**Recherche**, 100 requêtes : médiane / p99 / max", (m) => both(...[m.search.medianMs, m.search.p99Ms, m.search.maxMs].map(duration))],
  [
    "… mêmes requêtes, page d’un seul résultat : médiane / p99",
    (m) => both(duration(m.search.pageOf1MedianMs), duration(m.search.pageOf1P99Ms)),
  ],
  ["… requêtes avec résultats / résultats en moyenne", (m) => both(String(m.search.withHits), fr(m.search.meanHits))],
  ["**Sitemap** `sitemapEntries`", (m) => withCpu(m.sitemap.entriesMs, m.cpuMs["sitemap-entries"])],
  ["… adresses / fichiers (`splitSitemap`, 50 000 par fichier)", (m) => both(fr(m.sitemap.entries), String(m.sitemap.files))],
  ["… XML de l’index et de toutes les parties", (m) => `${duration(m.sitemap.xmlMs)} (${fr(m.sitemap.xmlMb, 1)} Mo)`],
  ["Pic de RSS du processus", (m) => mo(m.peakRssMb)],
  ["Durée totale de la mesure", (m) => duration(m.totalMs)],
  ["Charge de la machine (1 min) au début / à la fin", (_, run) => both(fr(run.machineLoad.before, 1), fr(run.machineLoad.after, 1))],
];

type Server = NonNullable<NonNullable<RunRecord["site"]>["server"]>;
const SITE_ROWS: [label: string, cell: (site: NonNullable<RunRecord["site"]>, s: Server | undefined) => string][] = [
  [
    "**`next build`** : durée",
    ({ build }) => ("failed" in build ? `échec après ${duration(build.ms)} : ${build.failed}` : duration(build.ms)),
  ],
  ["… pic de mémoire (somme des RSS de l’arbre de processus)", ({ build }) => mo(build.peakTreeRssMb)],
  ["… articles prérendus", ({ build }) => ("failed" in build ? "—" : fr(build.prerenderedArticles))],
  ["**`next start`** : premier 200 de l’accueil après le lancement", (_, s) => (s ? duration(s.startMs) : "—")],
  ["… RSS au démarrage / après les requêtes ci-dessous", (_, s) => (s ? both(mo(s.rssAfterStartMb), mo(s.rssAfterRequestsMb)) : "—")],
  [
    "**Article non prérendu**, 1re requête : médiane / max",
    (_, s) => (s ? `${both(duration(s.onDemand.firstP50Ms), duration(s.onDemand.firstMaxMs))} (${s.onDemand.sample} articles)` : "—"),
  ],
  [
    "… puis depuis le cache : médiane / p99",
    (_, s) => (s ? both(duration(s.onDemand.cachedP50Ms), duration(s.onDemand.cachedP99Ms)) : "—"),
  ],
  ["**Article prérendu** : médiane / p99", (_, s) => (s ? both(duration(s.prerendered.p50Ms), duration(s.prerendered.p99Ms)) : "—")],
  [
    "**`/recherche`** par HTTP : 1re requête (index construit) / médiane / p99",
    (_, s) => (s ? `${both(...[s.search.firstMs, s.search.p50Ms, s.search.p99Ms].map(duration))} (${s.search.queries} requêtes)` : "—"),
  ],
];

const BREAKDOWN_LABELS: Record<string, string> = {
  readFile: "lecture du fichier (`readFile`)",
  frontMatterYaml: "en-tête YAML (`parseFrontMatter`)",
  zodSchema: "validation zod",
  imageStatAndSharp: "image : `stat` + `sharp().metadata()` (moyenne sur tous les articles)",
  typography: "typographie (titre, chapô, légende)",
  readingTime: "temps de lecture",
};

function failureSection(run: RunRecord, failure: Failure, title: string): string {
  const memory = (label: string, m: Failure["lastSample"]) => `${label} : ${m ? `RSS ${mo(m.rssMb)}, heapUsed ${mo(m.heapUsedMb)}` : "—"}`;
  return `### ${fr(run.count)} articles : ${title}

- Phase en cours : **${failure.phase}**, après ${duration(failure.elapsedS * 1000)} ; fin du processus : ${failure.exit}.${failure.error ? `\n- Erreur : \`${failure.error}\`` : ""}
- ${memory("Mémoire au début de la phase", failure.atPhaseStart)} ; ${memory("dernier relevé", failure.lastSample)} ; pic de RSS relevé : ${mo(failure.peakRssMb)}.
- Phases terminées : ${failure.completed.map((phase) => `${phase.phase} (${duration(phase.ms)})`).join(", ") || "aucune"}.

\`\`\`
${failure.stderrTail.trim() || "(rien sur stderr)"}
\`\`\`
`;
}

function editorsSection(count: number, e: NonNullable<RunRecord["editors"]>): string {
  const runs = e.saveToReload.runs.map((run) => `${duration(run.ms)}${run.restarted ? " (redémarrage de next dev)" : ""}`).join(", ");
  return `## La boucle de la rédaction à ${fr(count)} articles (\`next dev\`)

${table(
  ["mesure", "durée"],
  [
    ["« Ready » de next dev", e.readyMs === null ? "—" : duration(e.readyMs)],
    ["**Démarrage à froid jusqu’à la première page d’article**", `**${duration(e.firstArticleMs)}**`],
    ["Première page d’accueil (sa route se compile alors)", duration(e.firstHomeMs)],
    ["Même article, deuxième requête", duration(e.warmArticleMs)],
    [
      `**Enregistrer → texte nouveau au rechargement** (médiane de ${e.saveToReload.runs.length})`,
      `**${duration(e.saveToReload.medianMs)}**`,
    ],
    ["… chaque essai", runs],
    ["Redémarrages de next dev pendant la mesure (figures moins propres si plus de 0)", String(e.restarts)],
  ],
)}
`;
}

export function renderReport(runs: RunRecord[], command: string): string {
  const sorted = [...runs].sort((a, b) => a.count - b.count);
  const header = ["", ...sorted.map((run) => `${fr(run.count)} articles`)];
  const cell = (run: RunRecord, row: (typeof ROWS)[number]) =>
    run.result ? row[1](run.result, run) : run.status === "failed" ? "échec (voir plus bas)" : "—";
  const generation = (run: RunRecord) =>
    `${run.generation.reused ? "réutilisé" : duration((run.generation.seconds ?? 0) * 1000)}, ${mo(run.generation.megabytes)}`;
  const machine = describeMachine();
  const failures = sorted.flatMap((run) => [
    ...(run.firstAttempt ? [failureSection(run, run.firstAttempt, "échec du code actuel")] : []),
    ...(run.failure ? [failureSection(run, run.failure, run.firstAttempt ? "échec, même avec des lectures bornées" : "échec")] : []),
  ]);
  return `# Passage à l’échelle du contenu

Écrit par \`${command}\` le ${new Date().toISOString().slice(0, 16).replace("T", " à ")} UTC (graine « ${sorted[0]?.seed ?? ""} ») ; ce que le banc mesure et comment : [bench/README.md](README.md). Machine : ${machine.cpuModel}, ${machine.cpus} cœurs, ${fr(machine.memoryBytes / 2 ** 30)} Gio, Node.js ${machine.node} ; au-dessus d’une charge de 2 (dernière ligne), le processus a attendu le processeur : les temps CPU en dépendent peu, les temps écoulés beaucoup.

${table(header, [
  ["Mesuré le", ...sorted.map((run) => run.date.slice(0, 16).replace("T", " "))],
  ["Code mesuré (commit)", ...sorted.map((run) => run.code)],
  ["Génération du contenu (durée, taille)", ...sorted.map(generation)],
  ...ROWS.map((row) => [row[0], ...sorted.map((run) => cell(run, row))]),
])}
${
  sorted.some((run) => run.site)
    ? `\n## Le site de production sur ce contenu\n\n${table(
        header,
        SITE_ROWS.map(([label, cellOf]) => [label, ...sorted.map((run) => (run.site ? cellOf(run.site, run.site.server) : "non mesuré"))]),
      )}\n`
    : ""
}
${sorted.map((run) => (run.editors ? editorsSection(run.count, run.editors) : "")).join("\n")}
## Où passe le temps du chargement (µs par article, chaque étape seule, 1 000 premiers fichiers)

${table(
  ["étape", ...sorted.map((run) => fr(run.count))],
  Object.entries(BREAKDOWN_LABELS).map(([step, label]) => [
    label,
    ...sorted.map((run) => (run.result ? fr(run.result.loadBreakdown.perArticleUs[step] ?? NaN) : "—")),
  ]),
)}
${failures.length ? `\n## Échecs\n\n${failures.join("\n")}` : ""}`;
}
