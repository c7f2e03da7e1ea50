/**
 * npm run generate -- --count N --out DIR [--seed S] [--clean] [--reference 2026-11-25] [--from content]
 *
 * Writes N synthetic articles (DIR/articles/*.md), copies of the real
 * registries (authors.yaml, rubriques.yaml) and pages, so the site can read
 * DIR through CONTENT_DIR: a newsroom of any size for benchmarks and load
 * tests. Output depends only on the seed, the reference date (2026-11-25 by
 * default) and the real content it borrows from (registries, pages, cover
 * images and their captions), never on the clock.
 */
import { existsSync, writeFileSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

import { parse as parseYaml } from "yaml";
import type { z } from "zod";

import { parseFrontMatter } from "../lib/content/front-matter";
import { articleFrontMatter, authorsRegistry, rubriquesRegistry } from "../lib/content/schema";
import { LIMITS } from "../lib/content/warnings";
import { parseContentDate, toIsoWithOffset } from "../lib/dates";
import { articleSlug, slugify } from "../lib/slug";

/** Bumped whenever the output for a given seed changes, so benchmarks regenerate. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = "lesinfos";
export const DEFAULT_REFERENCE = "2026-11-25";
/** Articles are spread over this many years before the reference date. */
export const SPAN_YEARS = 5;
export const BODY_WORDS = { min: 300, max: 1500 } as const;
/** Name of the file recording what a folder was generated with. */
export const MANIFEST = ".generated.json";

// ---------------------------------------------------------------------------
// Seeded randomness

export type Random = () => number;

/** mulberry32 seeded by an FNV-1a hash of the seed text: small, fast, reproducible. */
export function seededRandom(seed: string): Random {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Random, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
function pick<T>(rng: Random, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick: liste vide");
  return item;
}
function shuffled<T>(rng: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Draws without repeating until every item has come out once, then starts over. */
function deck<T>(rng: Random, items: readonly T[]): () => T {
  let order: T[] = [];
  return () => {
    if (order.length === 0) order = shuffled(rng, items);
    return order.pop()!;
  };
}

// ---------------------------------------------------------------------------
// Vocabulary: a Moroccan newsroom's places, institutions and turns of phrase.
// Nobody real is named or quoted: witnesses have a first name and a trade,
// officials only a role.

const REGIONS = {
  cs: "la région Casablanca-Settat",
  rsk: "la région Rabat-Salé-Kénitra",
  tta: "la région Tanger-Tétouan-Al Hoceïma",
  fm: "la région Fès-Meknès",
  ms: "la région Marrakech-Safi",
  sm: "la région Souss-Massa",
  or: "la région de l’Oriental",
  dt: "la région Drâa-Tafilalet",
  bmk: "la région Béni Mellal-Khénifra",
  gon: "la région Guelmim-Oued Noun",
  lsh: "la région Laâyoune-Sakia El Hamra",
  dod: "la région Dakhla-Oued Ed-Dahab",
} as const;

const CITIES: Record<string, keyof typeof REGIONS> = {
  Casablanca: "cs",
  Mohammédia: "cs",
  "El Jadida": "cs",
  Settat: "cs",
  Berrechid: "cs",
  Rabat: "rsk",
  Salé: "rsk",
  Kénitra: "rsk",
  Témara: "rsk",
  Tanger: "tta",
  Tétouan: "tta",
  "Al Hoceïma": "tta",
  Larache: "tta",
  Chefchaouen: "tta",
  Fès: "fm",
  Meknès: "fm",
  Ifrane: "fm",
  Taza: "fm",
  Marrakech: "ms",
  Safi: "ms",
  Essaouira: "ms",
  Agadir: "sm",
  Taroudant: "sm",
  Tiznit: "sm",
  Oujda: "or",
  Nador: "or",
  Berkane: "or",
  Errachidia: "dt",
  Ouarzazate: "dt",
  Zagora: "dt",
  "Béni Mellal": "bmk",
  Khouribga: "bmk",
  Khénifra: "bmk",
  Guelmim: "gon",
  Laâyoune: "lsh",
  Dakhla: "dod",
};
const CITY_NAMES = Object.keys(CITIES);
const COASTAL = [
  "Casablanca",
  "Mohammédia",
  "El Jadida",
  "Tanger",
  "Larache",
  "Safi",
  "Essaouira",
  "Agadir",
  "Nador",
  "Al Hoceïma",
  "Dakhla",
  "Laâyoune",
  "Kénitra",
];
const HIGHLANDS = ["Ifrane", "Khénifra", "Ouarzazate", "Errachidia", "Taza", "Chefchaouen", "Béni Mellal"];

/** Fictional clubs, each with its home town. */
const CLUBS: ReadonlyArray<readonly [string, string]> = [
  ["l’Étoile de l’Oriental", "Oujda"],
  ["le Racing de Kénitra", "Kénitra"],
  ["l’Union sportive de Safi", "Safi"],
  ["l’Olympique du Souss", "Agadir"],
  ["le Club athlétique de Fès", "Fès"],
  ["l’Avenir de Nador", "Nador"],
  ["le Stade de Meknès", "Meknès"],
  ["l’Espérance de Tétouan", "Tétouan"],
  ["les Aigles de Béni Mellal", "Béni Mellal"],
  ["l’Association sportive d’El Jadida", "El Jadida"],
  ["le Football club du Détroit", "Tanger"],
  ["l’Athletic de l’Atlantique", "Casablanca"],
  ["la Jeunesse de Marrakech", "Marrakech"],
  ["le Sporting de Laâyoune", "Laâyoune"],
];

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const SMALL = ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"];
const WOMEN = ["Leïla", "Khadija", "Fatima-Zahra", "Imane", "Meryem", "Hanane", "Soukaina", "Nawal", "Zineb", "Houda", "Asmae", "Rachida"];
const MEN = ["Younes", "Hamza", "Mehdi", "Abdellah", "Rachid", "Omar", "Anas", "Driss", "Brahim", "Ayoub", "Said", "Hicham"];
const WOMEN_TRADES = [
  "enseignante",
  "commerçante",
  "infirmière",
  "étudiante",
  "couturière",
  "pharmacienne",
  "retraitée",
  "agricultrice",
  "mère de trois enfants",
  "gérante d’un café",
];
const MEN_TRADES = [
  "chauffeur de taxi",
  "enseignant",
  "commerçant",
  "artisan",
  "pêcheur",
  "étudiant",
  "retraité",
  "agriculteur",
  "père de famille",
  "gérant d’une épicerie",
];

function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}
const decimal = (value: number) => value.toFixed(1).replace(".", ",");

/** Slots filled afresh at each use; `{ville}` and the like are fixed per article (see `articleContext`). */
const PRODUCERS: Record<string, (rng: Random, ctx: Record<string, string>) => string> = {
  n: (rng) => String(int(rng, 3, 48)),
  nombre: (rng) => pick(rng, SMALL),
  grand: (rng) => thousands(int(rng, 12, 400) * (rng() < 0.5 ? 50 : 100)),
  pct: (rng) => `${decimal(0.5 + rng() * 34)} %`,
  petitPct: (rng) => `${decimal(0.2 + rng() * 4.5)} %`,
  montant: (rng) =>
    rng() < 0.6
      ? `${int(rng, 12, 950)} millions de dirhams`
      : ((value) => `${decimal(value)} milliard${value >= 2 ? "s" : ""} de dirhams`)(1 + rng() * 11),
  mw: (rng) => String(int(rng, 4, 80) * 5),
  centimes: (rng) => String(int(rng, 1, 9) * 10),
  score: (rng) => ((a) => `${a}-${int(rng, 0, Math.max(0, a - 1))}`)(int(rng, 1, 4)),
  minute: (rng) => `${int(rng, 3, 90)}e`,
  jour: (rng) => pick(rng, DAYS),
  ville2: (rng, ctx) => {
    const city = pick(rng, CITY_NAMES);
    return city === ctx.ville ? pick(rng, CITY_NAMES) : city;
  },
  temoin: (rng, ctx) =>
    rng() < 0.5
      ? `${pick(rng, WOMEN)}, ${pick(rng, WOMEN_TRADES)} à ${ctx.ville}`
      : `${pick(rng, MEN)}, ${pick(rng, MEN_TRADES)} à ${ctx.ville}`,
};

/** Lists to draw from at each use; a rubrique's lists come first. */
const POOLS: Record<string, readonly string[]> = {
  responsable: [
    "un responsable de la wilaya",
    "un cadre de l’administration régionale",
    "un porte-parole du ministère de tutelle",
    "une source proche du dossier",
    "un responsable local",
    "une élue du conseil communal",
  ],
  delai: [
    "d’ici la fin de l’année",
    "dans les prochains mois",
    "avant l’été",
    "d’ici deux ans",
    "au premier trimestre",
    "dans les semaines à venir",
  ],
  quand: [
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "cette semaine",
    "en début de semaine",
    "en fin de semaine",
  ],
};

interface Topic {
  /** Headline and chapô, written together. */
  stories: readonly (readonly [title: string, chapo: string])[];
  sentences: readonly string[];
  tags: readonly string[];
  /** Where the story may happen; any city when absent. */
  cities?: readonly string[];
  /** The story is about a club: the article's city is the club's town. */
  club?: boolean;
}

interface RubriqueVocabulary {
  topics: readonly Topic[];
  sentences: readonly string[];
  quotes: readonly string[];
  headings: readonly string[];
  list: { intro: string; items: readonly string[] };
  tags: readonly string[];
  pools?: Record<string, readonly string[]>;
}

const VOCABULARY: Record<string, RubriqueVocabulary> = {
  politique: {
    tags: [
      "Parlement",
      "Gouvernement",
      "Collectivités territoriales",
      "Élections",
      "Partis politiques",
      "Administration",
      "Justice",
      "Réformes",
    ],
    pools: {
      responsable: [
        "un élu de la majorité",
        "un conseiller de l’opposition",
        "le président de la commission des finances",
        "un membre du bureau du conseil",
        "une députée de la région",
        "un haut fonctionnaire du ministère de l’Intérieur",
      ],
      loi: [
        "la protection des données personnelles",
        "le statut des auto-entrepreneurs",
        "la gestion de l’eau",
        "le code de la route",
        "l’économie sociale et solidaire",
        "la protection de l’enfance",
        "les partenariats public-privé",
        "l’accès à l’information",
        "la sécurité sanitaire des aliments",
        "les énergies renouvelables",
        "le droit de grève",
        "la fiscalité locale",
      ],
    },
    topics: [
      {
        tags: ["Collectivités territoriales", "Budget"],
        stories: [
          [
            "Conseil communal de {ville} : le budget {anneeSuivante} adopté par {n} voix",
            "Après {n} heures de débats, les élus ont adopté un budget en hausse de {petitPct}, porté par la voirie et l’éclairage public.",
          ],
          [
            "{ville} : le conseil communal vote un plan d’investissement de {montant}",
            "Le plan, étalé sur trois ans, donne la priorité aux quartiers périphériques et aux équipements de proximité.",
          ],
          [
            "Collectivités : les élus de {ville} se divisent sur un contrat de transport de {montant}",
            "La majorité veut confier les bus à un nouvel opérateur ; l’opposition réclame un audit du contrat en cours.",
          ],
          [
            "{ville} : la session de {mois} du conseil communal s’achève sur {nombre} projets adoptés",
            "La majorité a fait voter l’ensemble de ses délibérations malgré les réserves de l’opposition, qui dénonce un manque de transparence.",
          ],
        ],
        sentences: [
          "Le budget de fonctionnement progresse de {petitPct}, tandis que les dépenses d’investissement atteignent {montant}.",
          "L’opposition a voté contre, estimant que les quartiers périphériques de {ville} restaient les grands oubliés.",
          "La séance, ouverte en fin de matinée, s’est prolongée tard dans la soirée.",
          "Le conseil a également approuvé une convention avec {region} pour la réhabilitation de la voirie.",
          "Les recettes fiscales propres de la commune ne couvrent encore qu’une part limitée de ses dépenses.",
          "Le contrat de gestion déléguée arrive à échéance {delai}.",
        ],
      },
      {
        tags: ["Parlement", "Lois"],
        stories: [
          [
            "Parlement : les députés examinent le projet de loi sur {loi}",
            "Le texte, attendu depuis plusieurs années, doit encore passer devant la seconde chambre avant d’entrer en vigueur.",
          ],
          [
            "Chambre des conseillers : le texte sur {loi} adopté par {n} voix",
            "Les conseillers ont retenu {nombre} amendements ; le texte retourne devant les députés pour une lecture définitive.",
          ],
          [
            "Loi de finances {anneeSuivante} : la commission adopte {n} amendements",
            "Majorité et opposition se sont opposées pendant {n} heures sur la fiscalité des ménages et des petites entreprises.",
          ],
          [
            "Projet de loi sur {loi} : {n} amendements déposés en commission",
            "Les groupes parlementaires veulent préciser le calendrier d’application et les sanctions prévues par le texte.",
          ],
        ],
        sentences: [
          "Le projet de loi sur {loi} compte {n} articles et prévoit une période de transition de deux ans.",
          "Plusieurs groupes parlementaires ont demandé l’audition des organisations professionnelles concernées.",
          "Le gouvernement s’est engagé à publier les décrets d’application {delai}.",
          "La commission a rejeté les amendements visant à repousser l’entrée en vigueur du texte.",
          "Le vote en séance plénière est attendu {quand}, selon le calendrier arrêté par la conférence des présidents.",
          "Le Conseil économique, social et environnemental avait rendu un avis critique sur la première version du texte.",
        ],
      },
      {
        tags: ["Élections", "Partis politiques"],
        stories: [
          [
            "Élections partielles : {n} candidats en lice dans la circonscription de {ville}",
            "Le scrutin, organisé après l’annulation de l’élection précédente, mobilise les principales formations de la région.",
          ],
          [
            "{ville} : la participation atteint {pct} lors de l’élection partielle",
            "Le candidat de la majorité l’emporte avec une courte avance ; l’opposition dénonce des irrégularités et annonce un recours.",
          ],
          [
            "Partis politiques : {nombre} congrès régionaux en un mois dans {region}",
            "À quelques mois des échéances électorales, les formations renouvellent leurs instances et affûtent leurs programmes.",
          ],
        ],
        sentences: [
          "Les listes électorales de la circonscription comptent près de {grand} inscrits.",
          "La campagne officielle s’est achevée {quand} à minuit, après deux semaines de réunions publiques.",
          "Les observateurs de la société civile ont été déployés dans les principaux bureaux de vote.",
          "Le taux de participation reste le principal enjeu d’un scrutin qui ne change pas les équilibres nationaux.",
          "Les jeunes électeurs, peu mobilisés, restent la cible prioritaire des partis.",
        ],
      },
      {
        tags: ["Régionalisation", "Décentralisation"],
        stories: [
          [
            "Régionalisation : {region} réclame {montant} supplémentaires",
            "Les élus estiment que les transferts de compétences ne s’accompagnent pas des ressources nécessaires.",
          ],
          [
            "Décentralisation : {ville} expérimente un guichet unique pour {nombre} démarches administratives",
            "Les habitants peuvent désormais déposer leurs demandes d’actes et d’autorisations en un seul lieu, et les suivre en ligne.",
          ],
          [
            "{region} : {nombre} grands chantiers au programme de développement",
            "Le programme, évalué à {montant}, doit être exécuté d’ici {anneeSuivante} en partenariat avec l’État.",
          ],
        ],
        sentences: [
          "Les régions disposent depuis la réforme de compétences élargies en matière de développement économique.",
          "Le programme de développement régional prévoit {nombre} projets structurants, dont une zone d’activités près de {ville}.",
          "Les services déconcentrés de l’État accompagneront la mise en œuvre des projets.",
          "Les élus plaident pour une part plus importante de l’impôt sur les sociétés et de la TVA.",
          "Le guichet unique a traité {grand} dossiers depuis son ouverture.",
        ],
      },
    ],
    sentences: [
      "Le texte avait déjà fait l’objet de longues discussions lors de la précédente session.",
      "Les élus de la majorité ont salué « une avancée attendue », quand l’opposition dénonce un passage en force.",
      "Le ministère de l’Intérieur doit encore viser la délibération pour qu’elle devienne exécutoire.",
      "Les associations de quartier suivent de près ces débats, qui touchent directement la vie quotidienne des habitants.",
      "La Cour des comptes avait pointé, dans son dernier rapport, des retards dans l’exécution des projets.",
      "Le dossier devrait revenir à l’ordre du jour lors de la session d’automne.",
      "Plusieurs élus réclament une meilleure coordination entre les communes et la région.",
      "La transparence des marchés publics reste au cœur des critiques adressées à l’exécutif local.",
      "Le calendrier électoral pèse sur les débats, à quelques mois de l’échéance.",
      "Les partis de la majorité ont tenu une réunion de coordination {quand} pour harmoniser leurs positions.",
      "Le wali de la région a assisté à une partie des travaux.",
      "La séance a été retransmise en direct sur la page officielle de l’institution.",
    ],
    quotes: [
      "« Nous avons voté un budget réaliste, qui tient compte des contraintes de la commune », affirme {responsable}.",
      "« Les habitants attendent des résultats concrets, pas des annonces », estime {responsable}.",
      "« On ne voit pas encore la différence dans notre quartier », regrette {temoin}.",
      "« Ce texte est le fruit d’un long travail de concertation », défend {responsable}.",
    ],
    headings: [
      "Un vote sans surprise",
      "L’opposition dénonce un manque de transparence",
      "Des moyens encore limités",
      "Le calendrier en question",
      "Ce que prévoit le texte",
      "Un débat qui dépasse la commune",
      "Les prochaines étapes",
      "Des élus divisés",
    ],
    list: {
      intro: "Les principales mesures adoptées :",
      items: [
        "la réhabilitation de la voirie dans {nombre} quartiers",
        "l’extension de l’éclairage public",
        "la création d’un guichet unique pour les entreprises",
        "un programme d’aménagement des espaces verts",
        "le renforcement du transport scolaire",
        "la numérisation des services de l’état civil",
      ],
    },
  },
  economie: {
    tags: [
      "Inflation",
      "Emploi",
      "Énergie",
      "Ports",
      "Tourisme",
      "Agriculture",
      "Industrie",
      "Investissement",
      "Exportations",
      "Pouvoir d’achat",
    ],
    pools: {
      responsable: [
        "un analyste d’une banque de la place",
        "un représentant de la chambre de commerce",
        "le directeur d’une fédération professionnelle",
        "une économiste de l’université de Rabat",
        "un cadre de l’agence régionale d’investissement",
        "un importateur installé à Casablanca",
      ],
      produit: [
        "les tomates",
        "les oignons",
        "les viandes rouges",
        "les volailles",
        "les pommes de terre",
        "les lentilles",
        "les agrumes",
        "les œufs",
        "les sardines",
      ],
    },
    topics: [
      {
        tags: ["Inflation", "Pouvoir d’achat"],
        stories: [
          [
            "Inflation : la hausse des prix ralentit à {petitPct} sur un an en {moisPrecedent}",
            "Le recul des carburants a freiné l’indice des prix, mais {produit} restent chers sur les marchés.",
          ],
          [
            "Carburants : les prix à la pompe reculent de {centimes} centimes en {mois}",
            "La baisse, répercutée par les distributeurs depuis {jour}, suit celle des cours internationaux du pétrole.",
          ],
          [
            "Marchés de {ville} : {produit} en hausse de {pct} en un mois",
            "Les commerçants invoquent la sécheresse et le coût du transport ; les ménages réduisent leurs achats.",
          ],
          [
            "Pouvoir d’achat : les ménages de {ville} face à une hausse de {pct} des prix alimentaires",
            "Les familles modestes, pour qui l’alimentation pèse le plus lourd, ne perçoivent pas encore l’accalmie annoncée.",
          ],
        ],
        sentences: [
          "L’indice des prix à la consommation a progressé de {petitPct} sur un an en {moisPrecedent}.",
          "Sur les marchés de {ville}, {produit} se vendent encore nettement plus cher qu’il y a un an.",
          "La baisse des cours internationaux du pétrole se répercute progressivement sur les prix à la pompe.",
          "La sécheresse, qui a réduit les surfaces cultivées, continue de peser sur l’offre de produits frais.",
          "La banque centrale doit se prononcer sur son taux directeur lors de sa prochaine réunion trimestrielle.",
          "Les intermédiaires sont régulièrement accusés de capter une part excessive des marges.",
        ],
      },
      {
        tags: ["Ports", "Industrie", "Exportations"],
        cities: ["Tanger", "Casablanca", "Agadir", "Nador", "Safi", "El Jadida", "Dakhla", "Mohammédia", "Laâyoune"],
        stories: [
          [
            "Port de {ville} : le trafic de conteneurs progresse de {pct} sur un an",
            "La hausse, portée par le transbordement, confirme la place du port dans les échanges entre l’Europe et l’Afrique.",
          ],
          [
            "Industrie automobile : une usine de {grand} emplois ouvre près de {ville}",
            "L’investissement, évalué à {montant}, doit créer {grand} emplois directs à terme.",
          ],
          [
            "Zone industrielle de {ville} : {grand} emplois attendus d’ici {anneeSuivante}",
            "Une vingtaine d’entreprises ont déjà réservé des terrains, principalement dans la logistique et l’agroalimentaire.",
          ],
          [
            "Exportations : les industriels de {ville} misent sur {nombre} marchés africains",
            "Les ventes vers l’Afrique de l’Ouest ont progressé de {pct} en un an, portées par les nouvelles lignes maritimes.",
          ],
        ],
        sentences: [
          "Le port de {ville} a traité {grand} conteneurs équivalents vingt pieds au cours du semestre.",
          "Les exportations de composants automobiles ont progressé de {pct} sur un an.",
          "La nouvelle unité produira des câblages destinés aux constructeurs européens.",
          "Les investisseurs mettent en avant la proximité de l’Europe et la qualité des infrastructures logistiques.",
          "La zone industrielle accueille déjà {n} entreprises, principalement dans l’automobile et l’aéronautique.",
          "Le temps d’attente des navires en rade a été réduit de moitié depuis l’extension des quais.",
        ],
      },
      {
        tags: ["Énergie", "Climat"],
        cities: ["Ouarzazate", "Errachidia", "Zagora", "Laâyoune", "Dakhla", "Tanger", "Tétouan", "Guelmim", "Essaouira", "Tiznit"],
        stories: [
          [
            "Énergie solaire : une centrale de {mw} mégawatts entre en service près de {ville}",
            "La nouvelle installation doit couvrir les besoins de près de {grand} foyers et réduire les importations d’énergie.",
          ],
          [
            "Éolien : le parc de {ville} atteint {mw} mégawatts",
            "Les {n} éoliennes du site produisent désormais l’équivalent de la consommation d’une ville moyenne.",
          ],
          [
            "Hydrogène vert : un projet pilote de {montant} annoncé près de {ville}",
            "Le projet, d’un coût de {montant}, s’inscrit dans la stratégie nationale de transition énergétique.",
          ],
          [
            "Électricité : la part des renouvelables atteint {pct} de la production en {moisPrecedent}",
            "Le solaire et l’éolien progressent, mais le charbon reste la première source d’électricité du pays.",
          ],
        ],
        sentences: [
          "La centrale produira l’équivalent de la consommation annuelle de {grand} foyers.",
          "Le pays importe encore l’essentiel de l’énergie qu’il consomme, d’où l’enjeu des renouvelables.",
          "Les travaux ont mobilisé jusqu’à {grand} ouvriers, en majorité recrutés dans la province.",
          "La ligne à très haute tension reliant le site au réseau national doit être achevée {delai}.",
          "Le stockage de l’électricité reste le principal défi technique des projets solaires.",
        ],
      },
      {
        tags: ["Tourisme", "Agriculture"],
        stories: [
          [
            "Tourisme : {ville} enregistre {pct} de nuitées en plus sur un an",
            "Les hôteliers saluent une saison au-dessus des prévisions, portée par les visiteurs nationaux et les nouvelles liaisons aériennes.",
          ],
          [
            "Tourisme rural : les gîtes de {region} remplis à {pct}",
            "Randonnées, maisons d’hôtes et produits du terroir attirent une clientèle de plus en plus nombreuse hors des grandes villes.",
          ],
          [
            "Agriculture : la récolte d’agrumes en baisse de {pct} dans {region}",
            "Faute de pluies suffisantes, les rendements reculent et les producteurs réclament des aides ciblées.",
          ],
          [
            "Sécheresse : le prix des fourrages bondit de {pct} dans {region}",
            "Le prix de l’orge et du foin a fortement augmenté ; certains éleveurs vendent une partie de leur cheptel.",
          ],
        ],
        sentences: [
          "Les établissements classés de {ville} affichent un taux d’occupation de {pct}.",
          "Les touristes nationaux représentent désormais une part croissante des nuitées.",
          "Le prix de la botte de foin a presque doublé en deux ans, selon les éleveurs.",
          "Les agriculteurs ont réduit les surfaces irriguées pour faire face au manque d’eau.",
          "Les liaisons aériennes nouvelles ont soutenu la fréquentation pendant la basse saison.",
        ],
      },
    ],
    sentences: [
      "Les chiffres publiés {quand} par l’institution chargée des statistiques confirment la tendance observée depuis le début de l’année.",
      "Les entreprises interrogées restent prudentes sur leurs perspectives pour les prochains mois.",
      "Le coût du crédit, encore élevé, freine l’investissement des petites et moyennes entreprises.",
      "Le secteur informel, qui emploie une part importante de la population active, échappe largement à ces statistiques.",
      "Les économistes appellent à la prudence, dans un contexte international incertain.",
      "Le déficit commercial s’est légèrement réduit, grâce à la bonne tenue des exportations.",
      "Le chômage des jeunes diplômés reste l’un des points noirs du marché du travail.",
      "Les transferts des Marocains résidant à l’étranger continuent de soutenir la consommation des ménages.",
      "L’État a mobilisé {montant} pour accompagner les secteurs les plus touchés.",
      "Le taux de croissance attendu pour {annee} a été révisé à la baisse, à {petitPct}.",
      "Les délais de paiement, trop longs, fragilisent la trésorerie des petites entreprises.",
      "Le dirham est resté stable face à l’euro sur la période.",
    ],
    quotes: [
      "« La tendance est encourageante, mais il est trop tôt pour parler de retournement », estime {responsable}.",
      "« Quand j’achète des légumes, je ne vois pas la différence », observe {temoin}.",
      "« Nos carnets de commandes sont pleins jusqu’à la fin de l’année », assure {responsable}.",
      "« Les marges se sont réduites, on travaille plus pour gagner moins », résume {temoin}.",
    ],
    headings: [
      "Les carburants tirent l’indice vers le bas",
      "Des prix encore élevés sur les marchés",
      "Quelles conséquences pour les taux ?",
      "Un secteur en pleine croissance",
      "L’emploi au rendez-vous",
      "Des investissements étrangers",
      "Une reprise fragile",
      "Les professionnels restent prudents",
      "Le poids de la sécheresse",
    ],
    list: {
      intro: "Les chiffres clés :",
      items: [
        "une hausse de {pct} sur un an",
        "{grand} emplois directs",
        "un investissement de {montant}",
        "{n} entreprises concernées",
        "une croissance attendue de {petitPct} en {annee}",
      ],
    },
  },
  societe: {
    tags: [
      "Éducation",
      "Santé",
      "Eau",
      "Transports",
      "Logement",
      "Sécheresse",
      "Environnement",
      "Jeunesse",
      "Monde rural",
      "Sécurité routière",
    ],
    pools: {
      responsable: [
        "le directeur régional de la santé",
        "une responsable de l’académie régionale",
        "le directeur de l’hôpital",
        "un responsable de l’agence de bassin hydraulique",
        "une militante associative",
        "le président d’une association de parents d’élèves",
      ],
    },
    topics: [
      {
        tags: ["Éducation", "Jeunesse", "Monde rural"],
        stories: [
          [
            "Rentrée : {grand} nouvelles places dans les écoles rurales de {region}",
            "Le programme doit réduire l’abandon scolaire, encore fréquent chez les filles dans les zones rurales.",
          ],
          [
            "Université de {ville} : les inscriptions en hausse de {pct}",
            "Amphithéâtres combles et logements rares : l’université peine à accueillir une nouvelle vague d’étudiants.",
          ],
          [
            "Transport scolaire : {n} douars de la province de {ville} désormais desservis",
            "Les familles saluent la mesure, qui évite aux élèves de longues marches matin et soir.",
          ],
          [
            "Écoles de {ville} : la cantine scolaire étendue à {nombre} nouveaux établissements",
            "Les enseignants constatent déjà une meilleure assiduité ; les parents réclament l’extension du dispositif aux collèges.",
          ],
        ],
        sentences: [
          "Dans la province de {ville}, certains élèves parcouraient jusqu’à {nombre} kilomètres à pied pour rejoindre leur école.",
          "L’académie régionale a recruté {grand} enseignants contractuels pour cette rentrée.",
          "Les classes surchargées restent la règle dans plusieurs collèges de la périphérie.",
          "L’internat, rénové cet été, peut désormais accueillir {n} élèves venus des douars voisins.",
          "Le taux d’abandon scolaire a reculé de {petitPct} en trois ans, selon l’académie.",
        ],
      },
      {
        tags: ["Santé"],
        stories: [
          [
            "Santé : jusqu’à {nombre} heures d’attente aux urgences de l’hôpital de {ville}",
            "Le manque de médecins et l’afflux de patients venus des provinces voisines allongent l’attente.",
          ],
          [
            "{ville} : un nouveau centre de santé pour {grand} habitants",
            "L’établissement doit désengorger l’hôpital régional et rapprocher les soins des habitants.",
          ],
          [
            "Vaccination : {grand} enfants concernés par la campagne dans {region}",
            "Des équipes mobiles sillonneront les communes rurales pendant trois semaines pour atteindre les familles isolées.",
          ],
          [
            "Hôpital de {ville} : {n} médecins spécialistes recrutés en un an",
            "Les délais pour une consultation ont diminué, mais plusieurs spécialités restent sans praticien.",
          ],
        ],
        sentences: [
          "Les patients attendent parfois plus de {nombre} heures avant d’être pris en charge.",
          "L’hôpital régional de {ville} reçoit des malades de toute la région, faute de structures équivalentes.",
          "Le nouveau centre dispose d’un service de maternité et d’un cabinet de radiologie.",
          "La généralisation de la couverture médicale a fait augmenter la fréquentation des établissements publics.",
          "Le personnel infirmier dénonce des cadences difficiles à tenir.",
        ],
      },
      {
        tags: ["Eau", "Sécheresse", "Environnement"],
        stories: [
          [
            "Eau potable : la station de dessalement de {ville} produira {grand} mètres cubes par jour",
            "L’installation doit sécuriser l’alimentation en eau potable de {grand} habitants.",
          ],
          [
            "Sécheresse : {ville} durcit les restrictions d’arrosage pour {nombre} mois",
            "Après plusieurs années de pluies insuffisantes, les autorités multiplient les mesures pour préserver les réserves.",
          ],
          [
            "Barrages : le taux de remplissage tombe à {pct} dans {region}",
            "Un niveau historiquement bas, qui fait craindre des coupures pendant l’été dans plusieurs communes.",
          ],
          [
            "Eaux usées : {ville} va réutiliser {pct} de ses eaux traitées pour les espaces verts",
            "La nouvelle station d’épuration permettra d’économiser l’eau potable utilisée pour l’arrosage des jardins publics.",
          ],
        ],
        sentences: [
          "Le lavage des voitures au jet et l’arrosage des pelouses sont désormais interdits en journée.",
          "Les barrages de {region} sont remplis à {pct}, un niveau historiquement bas.",
          "La station produira à terme {grand} mètres cubes d’eau potable par jour.",
          "Les nappes phréatiques, surexploitées, baissent de plusieurs mètres chaque année.",
          "Des coupures nocturnes ont été programmées dans certains quartiers de {ville}.",
        ],
      },
      {
        tags: ["Transports", "Sécurité routière", "Logement"],
        stories: [
          [
            "Transports : une nouvelle ligne de bus relie {ville} à {ville2}",
            "La ligne doit réduire de moitié le temps de trajet des travailleurs qui se rendent chaque jour dans la zone industrielle.",
          ],
          [
            "Sécurité routière : {n} radars supplémentaires sur les routes de {region}",
            "Les autorités veulent réduire le nombre d’accidents, en hausse de {pct} sur les routes nationales de la région.",
          ],
          [
            "Tramway de {ville} : les travaux de la deuxième ligne prennent {nombre} mois de retard",
            "Les commerçants du centre-ville s’inquiètent d’un chantier qui devait s’achever avant l’été.",
          ],
          [
            "Logement : {grand} familles relogées à {ville} depuis le début de l’année",
            "Le programme de résorption de l’habitat insalubre avance, mais des milliers de ménages attendent encore.",
          ],
        ],
        sentences: [
          "Les bus circuleront toutes les {nombre} minutes aux heures de pointe.",
          "Les routes nationales de {region} ont enregistré {n} accidents mortels depuis janvier.",
          "Les riverains se plaignent des nuisances d’un chantier qui devait s’achever {delai}.",
          "Les familles relogées quittent des habitations précaires pour des appartements neufs en périphérie.",
          "Le prix du ticket restera inchangé pour les abonnés, étudiants et retraités.",
        ],
      },
    ],
    sentences: [
      "Les associations locales jouent un rôle essentiel auprès des familles les plus fragiles.",
      "Dans les douars de la province, l’accès aux services publics reste difficile.",
      "Les habitants ont été informés par voie d’affichage et par des messages diffusés à la radio locale.",
      "Les autorités promettent un bilan d’étape {delai}.",
      "La mesure concerne en priorité les quartiers les plus densément peuplés.",
      "Les femmes sont les premières concernées, souligne une étude récente d’une association locale.",
      "Le dispositif avait été expérimenté l’an dernier dans {nombre} communes pilotes.",
      "Les jeunes de {ville} se mobilisent sur les réseaux sociaux pour relayer les informations pratiques.",
      "Les moyens humains restent insuffisants au regard des besoins, reconnaît-on au sein de l’administration.",
      "La population de {ville} a fortement augmenté au cours de la dernière décennie.",
      "Les services de la protection civile ont été placés en état de vigilance.",
      "Une permanence téléphonique a été mise en place pour répondre aux questions des habitants.",
    ],
    quotes: [
      "« Avant, il fallait partir à l’aube pour être sûr d’arriver à l’heure », raconte {temoin}.",
      "« On nous promet des améliorations depuis des années ; cette fois, on voit les travaux », reconnaît {temoin}.",
      "« Nous faisons le maximum avec les moyens dont nous disposons », assure {responsable}.",
      "« Il faut que chacun change ses habitudes, sinon les réserves ne suffiront pas », prévient {responsable}.",
    ],
    headings: [
      "Des familles soulagées",
      "Un manque de moyens persistant",
      "Des inégalités territoriales",
      "Ce qui change au quotidien",
      "Les associations en première ligne",
      "Des mesures d’urgence",
      "Une attente qui s’allonge",
      "Un projet de longue haleine",
    ],
    list: {
      intro: "Ce qu’il faut savoir :",
      items: [
        "les inscriptions se font auprès de l’administration locale",
        "une pièce d’identité est obligatoire",
        "le dispositif est gratuit pour les familles concernées",
        "un numéro vert a été mis en place",
        "les horaires d’ouverture sont affichés à l’entrée",
        "des permanences sont assurées le samedi matin",
      ],
    },
  },
  monde: {
    tags: [
      "Afrique",
      "Méditerranée",
      "Climat",
      "Diplomatie",
      "Sahel",
      "Union africaine",
      "Europe",
      "Migrations",
      "Coopération",
      "Sécurité alimentaire",
    ],
    pools: {
      responsable: [
        "un diplomate africain",
        "une représentante d’une organisation internationale",
        "un négociateur de la délégation marocaine",
        "un chercheur spécialiste du Sahel",
        "une responsable d’une ONG humanitaire",
        "un observateur de la vie politique régionale",
      ],
    },
    topics: [
      {
        tags: ["Climat", "Afrique"],
        stories: [
          [
            "Climat : à {capitale}, {n} pays africains plaident pour financer l’adaptation",
            "Réunis pour trois jours, les délégués réclament des fonds plus accessibles pour faire face aux sécheresses et aux inondations.",
          ],
          [
            "Conférence de {capitale} : {n} pays s’engagent sur la protection des forêts",
            "Les engagements pris restent volontaires, regrettent les organisations de la société civile.",
          ],
          [
            "Irrigation : {pays} et le Maroc lancent un programme pour {grand} petits exploitants",
            "Un programme d’échanges entre agronomes doit aider les petits exploitants à économiser l’eau.",
          ],
        ],
        sentences: [
          "Le continent africain, qui émet peu de gaz à effet de serre, subit de plein fouet les effets du réchauffement.",
          "Les financements promis lors des précédentes conférences n’ont été versés qu’en partie.",
          "La délégation marocaine a présenté son expérience en matière de dessalement et d’énergie solaire.",
          "Les agriculteurs du Sahel sont les premières victimes de l’irrégularité des pluies.",
          "Le goutte-à-goutte permet d’économiser jusqu’à la moitié de l’eau d’irrigation.",
        ],
      },
      {
        tags: ["Diplomatie", "Coopération", "Union africaine"],
        stories: [
          [
            "{pays} : un accord agricole de {montant} signé avec le Maroc",
            "L’accord prévoit des échanges d’experts et la formation de {grand} techniciens agricoles d’ici {anneeSuivante}.",
          ],
          [
            "Union africaine : {n} chefs d’État réunis à {capitale} sur la question de la dette",
            "Les chefs d’État et de gouvernement doivent adopter une feuille de route sur le financement des infrastructures.",
          ],
          [
            "Diplomatie : le Maroc et {pays} relancent leur commission mixte après {nombre} ans",
            "Une dizaine d’accords doivent être signés, de la formation professionnelle au transport aérien.",
          ],
          [
            "Commerce : les échanges avec {pays} progressent de {pct} sur un an",
            "Engrais, produits agroalimentaires et matériaux de construction tirent les exportations marocaines.",
          ],
        ],
        sentences: [
          "La commission mixte ne s’était plus réunie depuis {nombre} ans.",
          "Les échanges commerciaux entre les deux pays ont atteint {montant} l’an dernier.",
          "Une ligne maritime directe doit faciliter l’acheminement des marchandises.",
          "Les banques marocaines sont déjà présentes dans une vingtaine de pays du continent.",
          "La dette publique de nombreux pays africains a fortement augmenté depuis la pandémie.",
        ],
      },
      {
        tags: ["Sahel", "Sécurité alimentaire", "Migrations"],
        stories: [
          [
            "Sahel : {nombre} millions de personnes menacées par la faim, alerte la conférence de {capitale}",
            "Les agences humanitaires alertent sur la situation de millions de personnes menacées par la faim.",
          ],
          [
            "Migrations : {pays} et le Maroc signent {nombre} accords de coopération",
            "Les deux pays veulent mieux lutter contre les réseaux de passeurs et faciliter la mobilité légale.",
          ],
          [
            "Aide humanitaire : {grand} tonnes de vivres acheminées vers le Sahel",
            "Les convois, partis de {ville}, doivent atteindre les zones les plus touchées avant la saison des pluies.",
          ],
        ],
        sentences: [
          "Plus de {nombre} millions de personnes ont besoin d’une aide alimentaire dans la région, selon les Nations unies.",
          "L’insécurité empêche les agriculteurs d’accéder à leurs champs dans plusieurs zones frontalières.",
          "Le Maroc accueille chaque année des milliers d’étudiants venus d’Afrique subsaharienne.",
          "Les routes migratoires se sont déplacées vers l’Atlantique, plus dangereuses.",
        ],
      },
      {
        tags: ["Méditerranée", "Europe"],
        stories: [
          [
            "Méditerranée : {nombre} pays riverains s’engagent à protéger {n} sites d’herbiers marins",
            "Les engagements visent à enrayer la dégradation d’écosystèmes essentiels à la pêche et au littoral.",
          ],
          [
            "Énergie : {pays} veut accélérer les projets d’interconnexion électrique avec le Maroc",
            "Les projets, estimés à {montant}, doivent renforcer les échanges d’électricité de part et d’autre de la Méditerranée.",
          ],
          [
            "Forum euro-africain de {capitale} : {n} ports veulent coordonner leurs investissements",
            "Les autorités portuaires des deux rives cherchent à éviter les doublons et à mieux relier leurs terminaux.",
          ],
        ],
        sentences: [
          "Les herbiers de posidonie abritent une grande partie de la biodiversité de la Méditerranée.",
          "La pollution plastique et le réchauffement des eaux menacent la pêche artisanale.",
          "Les ports des deux rives se livrent une concurrence de plus en plus vive.",
          "Le détroit de Gibraltar voit passer chaque année une part importante du commerce maritime mondial.",
        ],
      },
    ],
    sentences: [
      "Les discussions se sont poursuivies tard dans la nuit, à huis clos.",
      "La déclaration finale, adoptée par consensus, reste peu contraignante.",
      "Le Maroc plaide depuis plusieurs années pour une coopération Sud-Sud renforcée.",
      "Les organisations de la société civile ont été associées aux travaux préparatoires.",
      "La prochaine réunion est prévue {delai}, dans une autre capitale africaine.",
      "Les bailleurs internationaux ont promis de nouveaux engagements, sans préciser de montant.",
      "La question du financement reste le principal point de blocage entre les délégations.",
      "Les ministres ont convenu de se retrouver pour un point d’étape {delai}.",
      "Plusieurs délégations ont appelé à une réforme des institutions financières internationales.",
      "La presse régionale a largement commenté la rencontre.",
    ],
    quotes: [
      "« Nous ne demandons pas la charité, mais des règles plus justes », affirme {responsable}.",
      "« Les promesses ne suffisent plus, il faut des décaissements rapides », insiste {responsable}.",
      "« Ce qui se passe là-bas finit toujours par nous concerner », estime {temoin}.",
    ],
    headings: [
      "Un continent en première ligne",
      "Des engagements à concrétiser",
      "Le Maroc veut peser",
      "La question du financement",
      "Une coopération à renforcer",
      "Des tensions persistantes",
      "Les prochaines échéances",
    ],
    list: {
      intro: "Les engagements de la déclaration finale :",
      items: [
        "un fonds commun pour l’adaptation",
        "des échanges d’experts entre administrations",
        "la simplification des procédures douanières",
        "un mécanisme de suivi annuel",
        "la formation de {grand} techniciens",
      ],
    },
  },
  sport: {
    tags: [
      "Football",
      "Athlétisme",
      "Course sur route",
      "Basket-ball",
      "Handball",
      "Surf",
      "Cyclisme",
      "Championnat national",
      "Sport féminin",
      "Lions de l’Atlas",
    ],
    pools: {
      responsable: [
        "l’entraîneur",
        "le directeur technique du club",
        "le président du club",
        "un membre du staff technique",
        "l’entraîneur adjoint",
        "le capitaine de l’équipe",
      ],
    },
    topics: [
      {
        club: true,
        tags: ["Football", "Championnat national"],
        stories: [
          [
            "Football : {club} s’impose {score} face à {club2}",
            "Devant {grand} spectateurs, les joueurs de {ville} ont fait la différence en seconde période.",
          ],
          [
            "Championnat : {club} reprend la tête à l’issue de la {n}e journée",
            "Le match, disputé sous une forte chaleur, s’est joué sur un but inscrit à la {minute} minute.",
          ],
          [
            "Coupe du Trône : {club} élimine {club2} aux tirs au but",
            "Après un match nul et vierge, le gardien de {ville} a arrêté deux tentatives lors de la séance décisive.",
          ],
          [
            "Football féminin : les joueuses de {ville} qualifiées après leur victoire {score}",
            "Les joueuses de {ville} ont assuré leur qualification avec une journée d’avance, une première dans l’histoire du club.",
          ],
          [
            "Football : {club} tenu en échec par {club2} ({n}e journée)",
            "Malgré une large domination, les joueurs de {ville} n’ont pas trouvé la faille face à une défense regroupée.",
          ],
        ],
        sentences: [
          "L’ouverture du score est intervenue à la {minute} minute, au terme d’une longue séquence de passes.",
          "Le stade de {ville} affichait presque complet, dans une ambiance des grands soirs.",
          "Les visiteurs, courageux, ont tenté de revenir au score dans les dernières minutes.",
          "Le gardien a multiplié les arrêts décisifs en fin de rencontre.",
          "Avec ce résultat, l’équipe compte {n} points au classement.",
          "Le prochain match aura lieu {quand} face à {club2}.",
        ],
      },
      {
        tags: ["Athlétisme", "Course sur route"],
        cities: [...HIGHLANDS, "Casablanca", "Rabat", "Marrakech", "Agadir"],
        stories: [
          [
            "Athlétisme : {n} demi-fondeurs en stage d’altitude à {ville}",
            "Les athlètes enchaînent les séances en altitude pour préparer les grands rendez-vous de la saison.",
          ],
          [
            "Semi-marathon de {ville} : {grand} coureurs attendus dimanche",
            "Le départ sera donné à 8 heures ; plusieurs axes seront fermés à la circulation une partie de la matinée.",
          ],
          [
            "Marathon de {ville} : un record de participation pour la {n}e édition",
            "Les organisateurs ont dû clore les inscriptions plus tôt que prévu, face à l’afflux de coureurs amateurs.",
          ],
          [
            "Cross-country : {nombre} titres pour les jeunes de {region}",
            "Les sélections régionales ont dominé les courses des moins de 18 ans, à quelques semaines du championnat national.",
          ],
        ],
        sentences: [
          "Le parcours, relativement plat, est propice aux bons chronos.",
          "Près d’un tiers des inscrits sont des femmes, une proportion en hausse constante.",
          "Les ravitaillements sont prévus tous les cinq kilomètres.",
          "En altitude, les séances de fractionné sont particulièrement éprouvantes.",
          "Plusieurs associations profitent de l’événement pour collecter des fonds.",
        ],
      },
      {
        tags: ["Surf", "Cyclisme", "Basket-ball", "Handball"],
        cities: COASTAL,
        stories: [
          [
            "Surf : la compétition internationale de {ville} réunit {n} nations",
            "Les conditions, avec une houle régulière, ont permis d’enchaîner les séries dès le premier jour.",
          ],
          [
            "Cyclisme : le tour de {region} s’élance de {ville}",
            "Le peloton, fort de {n} équipes, parcourra près de 800 kilomètres en six étapes.",
          ],
          [
            "Basket-ball : l’équipe de {ville} remporte le derby {score}",
            "Menés à la pause, les joueurs locaux ont renversé la rencontre dans le dernier quart-temps.",
          ],
          [
            "Handball : {ville} accueille {n} clubs pour le championnat d’Afrique",
            "Les organisateurs attendent un public nombreux pendant les {nombre} jours de compétition.",
          ],
        ],
        sentences: [
          "La houle, régulière toute la semaine, a offert des conditions idéales aux compétiteurs.",
          "Le peloton parcourra {n} kilomètres lors de la première étape.",
          "La salle omnisports de {ville}, rénovée l’an dernier, peut accueillir {grand} spectateurs.",
          "Les jeunes de l’école locale ont pu côtoyer les meilleurs spécialistes de la discipline.",
        ],
      },
    ],
    sentences: [
      "Le staff technique a profité de la rencontre pour donner du temps de jeu aux plus jeunes.",
      "La préparation physique a été au cœur du travail effectué pendant l’intersaison.",
      "Les supporters ont réservé une longue ovation aux joueurs au coup de sifflet final.",
      "La fédération a annoncé un plan d’investissement dans les centres de formation.",
      "Les infrastructures sportives du pays ont été largement modernisées ces dernières années.",
      "Le calendrier chargé inquiète le staff, qui redoute les blessures.",
      "Plusieurs recrues arrivées cet été ont déjà trouvé leur place dans l’effectif.",
      "Les billets, vendus en ligne, se sont arrachés en quelques heures.",
      "La retransmission télévisée a réuni une audience record.",
      "Les clubs amateurs de la région profitent de cet engouement pour recruter de nouveaux licenciés.",
    ],
    quotes: [
      "« On a une équipe qui joue bien, qui fait plaisir à voir », résume {temoin}.",
      "« Nous avons manqué de réalisme, mais l’état d’esprit est bon », estime {responsable}.",
      "« Il faut rester concentrés, rien n’est encore fait », prévient {responsable}.",
      "« C’est une fête pour toute la ville », se réjouit {temoin}.",
    ],
    headings: [
      "Une première période maîtrisée",
      "Des changements payants",
      "Une saison réussie",
      "Le regard tourné vers la suite",
      "Un parcours exigeant",
      "Une ambiance de fête",
      "Les jeunes en vitrine",
      "Ce qu’il faut savoir",
    ],
    list: {
      intro: "Le programme :",
      items: [
        "retrait des dossards vendredi et samedi, de 10 heures à 19 heures",
        "départ des courses à 8 heures",
        "ravitaillements tous les cinq kilomètres",
        "remise des prix à 12 heures",
        "navettes gratuites depuis la gare",
      ],
    },
  },
  culture: {
    tags: ["Cinéma", "Festivals", "Musique", "Livres", "Patrimoine", "Théâtre", "Arts plastiques", "Artisanat", "Photographie", "Médinas"],
    pools: {
      responsable: [
        "la directrice artistique du festival",
        "le commissaire de l’exposition",
        "un responsable de la direction régionale de la culture",
        "l’architecte chargé du chantier",
        "le metteur en scène",
        "une éditrice installée à Rabat",
      ],
      monument: [
        "des remparts",
        "des fondouks de la médina",
        "de la kasbah",
        "de l’ancien marché couvert",
        "des anciennes tanneries",
        "du théâtre municipal",
        "des greniers collectifs",
        "de l’ancienne gare",
        "des portes de la médina",
      ],
    },
    topics: [
      {
        tags: ["Cinéma", "Festivals"],
        stories: [
          [
            "Cinéma : les rencontres du film de {ville} s’ouvrent avec {n} films en compétition",
            "La sélection, très jeune, fait la part belle aux premiers films et aux coproductions africaines.",
          ],
          [
            "Cinéma : un premier long métrage tourné à {ville} primé à {capitale}",
            "Le film, tourné avec des acteurs non professionnels, raconte le quotidien d’une famille de la ville.",
          ],
          [
            "Court métrage : {nombre} jeunes réalisateurs de {region} sélectionnés",
            "Leurs films seront projetés en ouverture du festival national, avant une tournée dans les maisons de jeunes.",
          ],
        ],
        sentences: [
          "La sélection compte {n} films venus de {nombre} pays.",
          "Les projections en plein air, gratuites, attirent chaque soir un public nombreux.",
          "Le tournage s’est déroulé en {nombre} semaines, avec une équipe réduite.",
          "Les ateliers d’écriture proposés aux jeunes réalisateurs affichent complet.",
        ],
      },
      {
        tags: ["Patrimoine", "Médinas", "Artisanat"],
        cities: ["Fès", "Marrakech", "Meknès", "Tétouan", "Essaouira", "Rabat", "Salé", "Chefchaouen", "Taroudant", "Tanger", "Safi"],
        stories: [
          [
            "Patrimoine : la restauration {monument} de {ville} entre dans sa dernière phase",
            "Le chantier, d’un coût de {montant}, mobilise des artisans formés aux techniques traditionnelles.",
          ],
          [
            "Médina de {ville} : {n} maisons anciennes réhabilitées en un an",
            "Les travaux doivent redonner vie à un quartier historique tout en permettant à ses habitants d’y rester.",
          ],
          [
            "Artisanat : {n} apprentis formés par les maâlems de {ville}",
            "Zellige, bois sculpté, dinanderie : un centre de formation accueille {n} apprentis pour perpétuer des gestes séculaires.",
          ],
        ],
        sentences: [
          "Les artisans utilisent la chaux, le bois de cèdre et le zellige, comme leurs prédécesseurs.",
          "Le chantier a permis de former {n} jeunes aux métiers du patrimoine.",
          "Les commerçants de la médina espèrent un regain de fréquentation après les travaux.",
          "Les relevés réalisés avant les travaux ont révélé des décors oubliés depuis des décennies.",
        ],
      },
      {
        tags: ["Musique", "Théâtre", "Festivals"],
        stories: [
          [
            "Musique : le festival de {ville} attend {grand} spectateurs",
            "La programmation mêle artistes confirmés et jeunes talents, sur {nombre} scènes réparties dans la ville.",
          ],
          [
            "Théâtre : une troupe de {ville} part en tournée dans {n} villes",
            "La troupe présentera une création inspirée des contes populaires de la région.",
          ],
          [
            "Arts de la rue : {nombre} jours de spectacles dans les ruelles de {ville}",
            "Acrobates, conteurs et musiciens investissent les places et les ruelles, avec des spectacles gratuits chaque soir.",
          ],
        ],
        sentences: [
          "La programmation réunit {n} artistes, dont plusieurs venus d’Afrique de l’Ouest.",
          "Les concerts gratuits sur la place principale ont attiré un public familial.",
          "La troupe joue en darija et en français, avec un surtitrage pour certaines représentations.",
          "Des ateliers d’initiation sont proposés aux enfants des quartiers.",
        ],
      },
      {
        tags: ["Livres", "Arts plastiques", "Photographie"],
        stories: [
          [
            "Livres : un premier roman écrit à {ville} remporte le prix des lecteurs {annee}",
            "Le roman suit une famille sur trois générations, entre exode rural et rêves d’ailleurs.",
          ],
          [
            "Exposition : {nombre} photographes racontent {ville} au musée régional",
            "L’exposition, visible jusqu’en {mois}, réunit plus de {n} tirages inédits.",
          ],
          [
            "Arts plastiques : une galerie de {ville} expose {n} jeunes artistes",
            "Peintures, installations et vidéos : une vingtaine d’artistes de moins de trente ans exposent leurs travaux.",
          ],
        ],
        sentences: [
          "Le livre a été tiré à {grand} exemplaires, un succès rare pour un premier roman.",
          "Les œuvres exposées interrogent la transformation rapide des villes marocaines.",
          "Les bibliothèques de {region} organisent des rencontres avec l’autrice tout au long du mois.",
          "L’entrée est gratuite pour les étudiants et les moins de 18 ans.",
        ],
      },
    ],
    sentences: [
      "Le public a répondu présent dès la soirée d’ouverture.",
      "Les organisateurs ont fait le choix de la gratuité pour une partie des événements.",
      "La manifestation bénéficie du soutien de la commune et de plusieurs mécènes privés.",
      "La jeune scène marocaine occupe une place de choix dans la programmation.",
      "Les écoles de la ville ont été associées à plusieurs ateliers.",
      "L’édition de cette année met l’accent sur la transmission entre générations.",
      "Les hôtels et les maisons d’hôtes de {ville} affichent complet pendant toute la durée de l’événement.",
      "Une partie des spectacles sera diffusée en direct sur internet.",
      "Les artistes amazighs et hassanis sont mis à l’honneur cette année.",
      "Des rencontres avec le public sont prévues à l’issue de chaque représentation.",
    ],
    quotes: [
      "« Nous voulons que la culture aille à la rencontre des habitants », explique {responsable}.",
      "« Je viens chaque année avec mes enfants, c’est devenu une tradition », confie {temoin}.",
      "« Ce chantier est une école à ciel ouvert pour les jeunes artisans », souligne {responsable}.",
    ],
    headings: [
      "Une programmation éclectique",
      "Un public au rendez-vous",
      "La jeune création à l’honneur",
      "Un savoir-faire transmis",
      "Un chantier hors norme",
      "Des rendez-vous tout au long de l’année",
      "Entre tradition et modernité",
    ],
    list: {
      intro: "Infos pratiques :",
      items: [
        "entrée libre pour les moins de 18 ans",
        "billetterie en ligne et sur place",
        "navettes gratuites depuis le centre-ville",
        "programme complet disponible à l’office du tourisme",
        "accès adapté aux personnes à mobilité réduite",
      ],
    },
  },
};

const GENERIC_SENTENCES = [
  "Selon les premiers chiffres communiqués {quand}, la tendance devrait se confirmer dans les prochains mois.",
  "Les détails du dispositif doivent être précisés {delai}, selon {responsable}.",
  "Interrogé par Lesinfos, {responsable} a confirmé ces informations.",
  "La situation reste contrastée selon les provinces.",
  "Le sujet suscite de nombreuses réactions sur les réseaux sociaux.",
  "Un premier bilan devrait être présenté {delai}.",
  "Les autorités locales ont tenu une réunion de coordination {quand} à {ville}.",
  "Cette évolution s’inscrit dans une tendance observée depuis plusieurs années.",
  "Les habitants de {ville} restent partagés, entre espoir et scepticisme.",
  "La question devrait revenir sur la table lors des prochaines discussions budgétaires.",
  "Plusieurs observateurs rappellent que des annonces similaires étaient restées sans suite par le passé.",
  "À {ville2}, une initiative comparable avait donné des résultats encourageants.",
  "Le coût total de l’opération est estimé à {montant}.",
  "Près de {grand} personnes sont directement concernées.",
  "La hausse atteint {pct} par rapport à la même période de l’an dernier.",
  "Les professionnels du secteur attendent désormais des mesures concrètes.",
  "Le calendrier prévoit une mise en œuvre progressive, par étapes.",
  "Les organisations de la société civile demandent à être associées au suivi.",
  "Les services concernés assurent que les délais seront respectés.",
  "Sur le terrain, les effets se font déjà sentir.",
  "Le contexte économique, marqué par la sécheresse, pèse sur les finances publiques.",
  "Les données disponibles ne permettent pas encore de mesurer l’effet réel de ces mesures.",
  "Le dossier est suivi de près par {responsable}.",
  "Les premiers retours, encore partiels, sont jugés encourageants.",
  "Le sujet a été évoqué lors du dernier conseil de gouvernement.",
  "Les élus de l’opposition réclament davantage de transparence sur les chiffres.",
  "Une enquête de satisfaction doit être menée auprès des usagers {delai}.",
  "La presse locale s’est fait l’écho des inquiétudes des habitants.",
  "Les partenaires internationaux du Maroc suivent ce dossier avec attention.",
  "Le financement est assuré à parts égales par l’État et les collectivités.",
  "Certains spécialistes jugent ces objectifs trop ambitieux au regard des moyens engagés.",
  "La mesure sera évaluée au bout d’un an, avant une éventuelle généralisation.",
  "Des réunions d’information sont prévues dans plusieurs quartiers de {ville}.",
  "Les chiffres varient fortement d’une province à l’autre.",
  "Les jeunes de moins de 25 ans sont particulièrement concernés.",
  "Rien n’indique pour l’heure que la tendance va s’inverser.",
];

/** Put before a sentence now and then, so repeated material reads less alike. */
const CONNECTORS = [
  "Par ailleurs, ",
  "Dans le même temps, ",
  "Pour autant, ",
  "En outre, ",
  "Selon nos informations, ",
  "Autre motif d’inquiétude : ",
  "Sur ce point, ",
  "Dans l’immédiat, ",
];

const GENERIC_QUOTES = [
  "« On attend de voir ce que cela va changer concrètement pour nous », confie {temoin}.",
  "« Ce n’est qu’un début, il reste beaucoup à faire », reconnaît {responsable}.",
  "« Les gens sont fatigués des promesses », soupire {temoin}.",
];

const GENERIC_HEADINGS = [
  "Ce qui change",
  "Un bilan contrasté",
  "Des questions en suspens",
  "Et maintenant ?",
  "Des réactions partagées",
  "Les chiffres",
];

const CLOSINGS = [
  "Lesinfos reviendra sur ce dossier dans ses prochaines éditions.",
  "Un nouveau point d’étape est prévu {delai}.",
  "Les prochains mois diront si ces engagements sont tenus.",
  "Le dossier sera à nouveau examiné {delai}.",
];

/** Added to a headline already taken, as a newsroom would to tell two stories apart. */
const TITLE_TAILS = [
  " en {mois} {annee}",
  ", un an après",
  ", selon nos informations",
  ", malgré les critiques",
  ", selon un nouveau bilan",
  ", selon les premiers chiffres",
];

const LINK_INTROS = ["À lire aussi", "Lire aussi", "Sur le même sujet"];

const CAPITALES = [
  "Dakar",
  "Abidjan",
  "Addis-Abeba",
  "Nouakchott",
  "Lisbonne",
  "Madrid",
  "Accra",
  "Lagos",
  "Tunis",
  "Nairobi",
  "Kigali",
  "Libreville",
  "Yaoundé",
  "Malabo",
];
const PAYS = [
  "le Sénégal",
  "la Mauritanie",
  "l’Espagne",
  "la Côte d’Ivoire",
  "le Nigeria",
  "le Portugal",
  "le Ghana",
  "le Kenya",
  "le Rwanda",
  "le Gabon",
  "la Tunisie",
  "le Cameroun",
];

// ---------------------------------------------------------------------------
// Templates

/** Spaces in a short text. */
function spaces(text: string): number {
  let count = 0;
  for (let at = text.indexOf(" "); at !== -1; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

/** A template cut once: literals at even indexes of `parts`, slot names at odd ones. */
interface Template {
  parts: readonly string[];
  /** Spaces in the literals, to count words without scanning the filled text. */
  literalSpaces: number;
}
const compiled = new Map<string, Template>();
function compile(text: string): Template {
  let template = compiled.get(text);
  if (!template) {
    const parts = text.split(/\{(\w+)\}/);
    const literalSpaces = parts.reduce((sum, part, i) => (i % 2 === 0 ? sum + spaces(part) : sum), 0);
    compiled.set(text, (template = { parts, literalSpaces }));
  }
  return template;
}

const VOWEL = /^[aeiouéèêâîôûAEIOUÉÈÊÂÎÔÛ]/;
const PREPOSITION = /(?:^|[\s(’])(de|à) $/;
const CONTRACTIONS: Record<string, string> = { "de le": "du", "de les": "des", "à le": "au", "à les": "aux" };

/** `literal` then `value`: "de Agadir" → "d’Agadir", "à le Racing" → "au Racing", "de les Aigles" → "des Aigles". */
function join(literal: string, value: string): string {
  const preposition = PREPOSITION.exec(literal)?.[1];
  if (!preposition) return literal + value;
  const head = literal.slice(0, literal.length - preposition.length - 1);
  if (preposition === "de" && VOWEL.test(value)) return `${head}d’${value}`;
  const article = value.startsWith("les ") ? "les" : value.startsWith("le ") ? "le" : undefined;
  const contracted = article && CONTRACTIONS[`${preposition} ${article}`];
  return contracted ? `${head}${contracted} ${value.slice(article.length + 1)}` : literal + value;
}

/**
 * Fills `{slot}`s: the article's fixed values, then producers, then pools (the
 * rubrique's first). Only the literal before a slot is looked at for elision,
 * never the text built so far (a regex over it would flatten it every time).
 */
function fill(
  text: string,
  ctx: Record<string, string>,
  rng: Random,
  pools: Record<string, readonly string[]>,
  counter?: { words: number },
): string {
  const { parts, literalSpaces } = compile(text);
  let out = "";
  let words = literalSpaces + 1;
  for (let i = 1; i < parts.length; i += 2) {
    const slot = parts[i]!;
    const fixed = ctx[slot];
    const producer = PRODUCERS[slot];
    const pool = pools[slot] ?? POOLS[slot];
    const value = fixed ?? (producer ? producer(rng, ctx) : pool ? pick(rng, pool) : undefined);
    if (value === undefined) throw new Error(`emplacement inconnu {${slot}} dans « ${text} »`);
    words += spaces(value);
    out += join(parts[i - 1]!, value);
  }
  if (counter) counter.words += words;
  return out + parts[parts.length - 1]!;
}

const combinedLists = new Map<string, { quotes: readonly string[]; headings: readonly string[] }>();
/** A rubrique's quotes and headings followed by the generic ones, built once. */
function combined(rubrique: string, vocabulary: RubriqueVocabulary) {
  let lists = combinedLists.get(rubrique);
  if (!lists) {
    lists = { quotes: [...vocabulary.quotes, ...GENERIC_QUOTES], headings: [...vocabulary.headings, ...GENERIC_HEADINGS] };
    combinedLists.set(rubrique, lists);
  }
  return lists;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const wordCount = (text: string) => spaces(text) + 1;

// ---------------------------------------------------------------------------
// Articles

export interface Cover {
  src: string;
  alt: string;
  credit: string;
}

export interface Newsroom {
  rubriques: readonly string[];
  authors: readonly string[];
  /** Cover images that exist under public/, by the rubrique of the real article that uses them. */
  covers: ReadonlyMap<string, readonly Cover[]>;
}

export interface GenerateOptions {
  count: number;
  seed?: string;
  /** Articles are dated in the 5 years before this day, midnight in Casablanca ("2026-11-25"). */
  reference?: string;
}

export interface SyntheticArticle {
  slug: string;
  /** The whole file: front matter and Markdown body. */
  source: string;
}

/** Which rubriques an author covers; `redaction` and unknown authors sign anything. */
const BEATS: Record<string, readonly string[]> = {
  "salma-bennani": ["economie", "monde"],
  "youssef-el-amrani": ["politique"],
  "nadia-cherkaoui": ["societe"],
  "karim-ouazzani": ["sport", "culture"],
};
const coversRubrique = (author: string, rubrique: string) => BEATS[author]?.includes(rubrique) ?? true;

function chooseByline(rng: Random, newsroom: Newsroom, index: number): { rubrique: string; author: string } {
  const { rubriques, authors } = newsroom;
  // The first articles go through every rubrique, then every author, so even a small run has them all.
  const forcedAuthor = index >= rubriques.length ? authors[index - rubriques.length] : undefined;
  if (forcedAuthor) {
    const beats = rubriques.filter((rubrique) => coversRubrique(forcedAuthor, rubrique));
    return { author: forcedAuthor, rubrique: pick(rng, beats.length > 0 ? beats : rubriques) };
  }
  const rubrique = rubriques[index] ?? pick(rng, rubriques);
  const specialists = authors.filter((author) => author !== "redaction" && BEATS[author]?.includes(rubrique));
  const candidates = specialists.length > 0 ? specialists : authors.filter((author) => coversRubrique(author, rubrique));
  const author = authors.includes("redaction") && rng() < 0.3 ? "redaction" : pick(rng, candidates);
  return { rubrique, author };
}

const DAY_MS = 86_400_000;
const FIVE_MINUTES = 300_000;

/** Publication instants: a day in the span, between 06:00 and 23:00 UTC, to the five minutes. */
function publicationInstant(rng: Random, start: number, days: number): number {
  const day = Math.floor(rng() * days);
  const slot = int(rng, (6 * 60) / 5, (23 * 60) / 5 - 1);
  return start + day * DAY_MS + slot * FIVE_MINUTES;
}

/**
 * `toIsoWithOffset` (the dates module's formatting), made cheap for a
 * hundred thousand dates: Casablanca's offset changes at most once in a UTC
 * day (into and out of Ramadan), so a day whose first and last seconds share
 * an offset has it throughout; any other day goes through `toIsoWithOffset`.
 */
export function casablancaIsoFormatter(): (date: Date) => string {
  const offsets = new Map<number, string | null>();
  return (date) => {
    const day = Math.floor(date.getTime() / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const first = toIsoWithOffset(new Date(day * DAY_MS)).slice(-6);
      const last = toIsoWithOffset(new Date((day + 1) * DAY_MS - 1000)).slice(-6);
      offsets.set(day, (offset = first === last ? first : null));
    }
    if (offset === null || date.getUTCMilliseconds() !== 0) return toIsoWithOffset(date);
    const minutes = (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    return `${new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
  };
}

function tagCount(rng: Random): number {
  const r = rng();
  return r < 0.08 ? 0 : r < 0.25 ? 1 : r < 0.6 ? 2 : r < 0.85 ? 3 : 4;
}

const quoted = (text: string) => JSON.stringify(text);

/**
 * The articles, one at a time: same options and newsroom, same articles,
 * byte for byte. Titles are unique (by slug) and so are file names.
 */
export function* syntheticArticles(options: GenerateOptions, newsroom: Newsroom): Generator<SyntheticArticle> {
  const rng = seededRandom(options.seed ?? DEFAULT_SEED);
  const referenceText = options.reference ?? DEFAULT_REFERENCE;
  const reference = parseContentDate(referenceText);
  const year = Number(referenceText.slice(0, 4));
  const start = parseContentDate(`${year - SPAN_YEARS}${referenceText.slice(4)}`);
  if (!reference || !start || !/^\d{4}-\d{2}-\d{2}$/.test(referenceText)) {
    throw new Error(`date de référence invalide « ${referenceText} » (attendu : 2026-11-25)`);
  }
  const days = Math.floor((reference.getTime() - start.getTime()) / DAY_MS);
  for (const rubrique of newsroom.rubriques) {
    if (!VOCABULARY[rubrique]) throw new Error(`pas de vocabulaire pour la rubrique « ${rubrique} »`);
  }

  const iso = casablancaIsoFormatter();
  const slugs = new Set<string>();
  const titleKeys = new Set<string>();
  const titleNumbers = new Map<string, number>();
  const earlier = new Map<string, { slug: string; title: string }[]>();
  const anyCover = [...newsroom.covers.values()].flat();

  for (let index = 0; index < options.count; index++) {
    const { rubrique, author } = chooseByline(rng, newsroom, index);
    const vocabulary = VOCABULARY[rubrique]!;
    const pools = vocabulary.pools ?? {};
    const topic = pick(rng, vocabulary.topics);
    const published = new Date(publicationInstant(rng, start.getTime(), days));
    const month = published.getUTCMonth();

    const club = topic.club ? pick(rng, CLUBS) : undefined;
    let club2 = pick(rng, CLUBS);
    if (club2 === club) club2 = CLUBS[(CLUBS.indexOf(club2) + 1) % CLUBS.length]!;
    const ville = club ? club[1] : pick(rng, topic.cities ?? CITY_NAMES);
    const ctx: Record<string, string> = {
      ville,
      region: REGIONS[CITIES[ville] ?? "cs"],
      annee: String(published.getUTCFullYear()),
      anneeSuivante: String(published.getUTCFullYear() + 1),
      mois: MONTHS[month]!,
      moisPrecedent: MONTHS[(month + 11) % 12]!,
      club: club?.[0] ?? club2[0],
      club2: club2[0],
      pays: pick(rng, PAYS),
      capitale: pick(rng, CAPITALES),
    };
    // Topic-wide subjects (a law, a monument, a product) stay the same through the article.
    for (const slot of ["loi", "monument", "produit"]) {
      const pool = pools[slot];
      if (pool) ctx[slot] = pick(rng, pool);
    }

    // A unique title: a few draws, then a tail ("…, un an après"), then a number; never an open-ended search.
    let story = topic.stories[0]!;
    let title = "";
    let titleKey = "";
    for (let attempt = 0; attempt < 12; attempt++) {
      if (attempt < 6) {
        story = pick(rng, topic.stories);
        title = capitalize(fill(story[0], ctx, rng, pools));
      }
      const candidate = attempt < 6 ? title : `${title}${fill(pick(rng, TITLE_TAILS), ctx, rng, pools)}`;
      if (attempt >= 6 && candidate.length > LIMITS.headline) continue;
      const key = slugify(candidate);
      if (!titleKeys.has(key)) {
        [title, titleKey] = [candidate, key];
        break;
      }
    }
    for (let n = titleNumbers.get(title) ?? 2; !titleKey; n++) {
      const key = slugify(`${title} (${n})`);
      if (titleKeys.has(key)) continue;
      titleNumbers.set(title, n + 1);
      [title, titleKey] = [`${title} (${n})`, key];
    }
    titleKeys.add(titleKey);
    // The title's slug is already known (and slugify(slug) === slug): articleSlug only cuts it and numbers it.
    const slug = articleSlug(titleKey, (candidate) => slugs.has(candidate));
    slugs.add(slug);
    const description = fill(story[1], ctx, rng, pools);

    // Body: a lead paragraph, then sections until the drawn length is reached.
    const target = int(rng, BODY_WORDS.min + 20, BODY_WORDS.max - 100);
    const blocks: string[] = [];
    const count = { words: 0 };
    const { quotes, headings } = combined(rubrique, vocabulary);
    // No sentence twice in an article before all of its ~50 have come out.
    const prose = deck(rng, [...topic.sentences, ...vocabulary.sentences, ...GENERIC_SENTENCES]);
    const quote = deck(rng, quotes);
    const heading = deck(rng, headings);
    const sentence = (kind: "lead" | "prose" | "quote"): string => {
      const text = fill(kind === "lead" ? pick(rng, topic.sentences) : kind === "quote" ? quote() : prose(), ctx, rng, pools, count);
      if (kind !== "prose" || rng() >= 0.15) return text;
      const connector = pick(rng, CONNECTORS);
      count.words += spaces(connector);
      return connector + text.charAt(0).toLowerCase() + text.slice(1);
    };
    const paragraph = (sentences: number, lead = false) => {
      const parts: string[] = lead ? [sentence("lead")] : [];
      let hasQuote = false;
      for (let s = parts.length; s < sentences && (s < 2 || count.words < target); s++) {
        const kind = !hasQuote && !lead && rng() < 0.12 ? "quote" : "prose";
        if (kind === "quote") hasQuote = true;
        parts.push(sentence(kind));
      }
      blocks.push(parts.join(" "));
    };
    paragraph(int(rng, 2, 4), true);
    let listed = false;
    while (count.words < target) {
      const subheading = heading();
      blocks.push(`## ${subheading}`);
      count.words += wordCount(subheading);
      const paragraphs = int(rng, 1, 3);
      for (let p = 0; p < paragraphs && count.words < target; p++) paragraph(int(rng, 3, 6));
      if (!listed && count.words < target - 40 && rng() < 0.12) {
        listed = true;
        const items = shuffled(rng, vocabulary.list.items).slice(0, int(rng, 3, 5));
        const lines = items.map((item, i) => `- ${fill(item, ctx, rng, pools, count)}${i === items.length - 1 ? "." : " ;"}`);
        blocks.push(vocabulary.list.intro, lines.join("\n"));
        count.words += wordCount(vocabulary.list.intro);
      }
    }
    blocks.push(fill(pick(rng, CLOSINGS), ctx, rng, pools));
    const related = earlier.get(rubrique);
    if (related && related.length > 0 && rng() < 0.25) {
      const other = pick(rng, related);
      blocks.push(`${pick(rng, LINK_INTROS)} : [${other.title}](/article/${other.slug})`);
    }
    if (!earlier.has(rubrique)) earlier.set(rubrique, []);
    earlier.get(rubrique)!.push({ slug, title });

    // Tags: the topic's, the rubrique's, sometimes the city.
    const tags: string[] = [];
    const wanted = tagCount(rng);
    if (wanted > 0 && rubrique !== "monde" && rng() < 0.35) tags.push(ville);
    for (let guard = 0; tags.length < wanted && guard < 20; guard++) {
      const tag = rng() < 0.6 ? pick(rng, topic.tags) : pick(rng, vocabulary.tags);
      if (!tags.includes(tag)) tags.push(tag);
    }

    const lines = ["---", `title: ${quoted(title)}`, `description: ${quoted(description)}`, `date: "${iso(published)}"`];
    if (rng() < 0.06) {
      const updated = published.getTime() + int(rng, 6, 864) * FIVE_MINUTES;
      if (updated < reference.getTime()) lines.push(`updated: "${iso(new Date(updated))}"`);
    }
    lines.push(`author: ${author}`, `category: ${rubrique}`);
    if (tags.length > 0) lines.push(`tags: [${tags.map(quoted).join(", ")}]`);
    const covers = newsroom.covers.get(rubrique) ?? anyCover;
    if (covers.length > 0 && rng() < 0.45) {
      const cover = pick(rng, covers);
      lines.push("image:", `  src: ${quoted(cover.src)}`, `  alt: ${quoted(cover.alt)}`, `  credit: ${quoted(cover.credit)}`);
    }
    if (rng() < 0.04) lines.push("featured: true");
    lines.push("---", "", blocks.join("\n\n"), "");
    yield { slug, source: lines.join("\n") };
  }
}

// ---------------------------------------------------------------------------
// Files

/** Registries, pages and covers of a real content folder, the synthetic newsroom's frame. */
export async function readNewsroom(from: string, publicDir: string): Promise<Newsroom> {
  const ids = async (name: string, schema: z.ZodType<{ id: string }[]>) => {
    const result = schema.safeParse(parseYaml(await readFile(path.join(from, name), "utf8"), { schema: "core" }));
    if (!result.success) throw new Error(`${path.join(from, name)} : registre invalide (npm run content:check)`);
    return result.data.map((entry) => entry.id);
  };
  const covers = new Map<string, Cover[]>();
  const folder = path.join(from, "articles");
  const names = existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith(".md")).sort() : [];
  const seen = new Set<string>();
  for (const name of names) {
    const parsed = parseFrontMatter(await readFile(path.join(folder, name), "utf8"), name);
    if (!parsed.ok) continue;
    const result = articleFrontMatter.safeParse(parsed.value.data);
    if (!result.success || !result.data.image) continue;
    const { category, image } = result.data;
    if (seen.has(image.src) || !existsSync(path.join(publicDir, image.src))) continue;
    seen.add(image.src);
    const list = covers.get(category) ?? [];
    // Every synthetic cover is credited, so the content check has no warning to give.
    list.push({ src: image.src, alt: image.alt, credit: image.credit ?? "Illustration Lesinfos" });
    covers.set(category, list);
  }
  return {
    rubriques: await ids("rubriques.yaml", rubriquesRegistry),
    authors: await ids("authors.yaml", authorsRegistry),
    covers,
  };
}

export interface GenerateResult {
  count: number;
  bytes: number;
  seconds: number;
}

export interface WriteOptions extends GenerateOptions {
  out: string;
  /** Real content to borrow registries, pages and covers from; `content` by default. */
  from?: string;
  publicDir?: string;
  /** Remove earlier generated articles and pages in `out` first. */
  clean?: boolean;
}

/** Writes the synthetic content folder, then its manifest (last, so a half-written folder has none). */
export async function generateContent(options: WriteOptions): Promise<GenerateResult> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const from = path.resolve(options.from ?? "content");
  const publicDir = path.resolve(options.publicDir ?? "public");
  if (!Number.isInteger(options.count) || options.count < 1)
    throw new Error(`--count doit être un entier positif (reçu : ${options.count})`);
  if (out === from) throw new Error(`refus d’écrire dans le contenu réel (${from})`);

  const articlesDir = path.join(out, "articles");
  if (options.clean) {
    await rm(articlesDir, { recursive: true, force: true });
    await rm(path.join(out, "pages"), { recursive: true, force: true });
    await rm(path.join(out, MANIFEST), { force: true });
  } else if (existsSync(articlesDir) && (await readdir(articlesDir)).some((name) => name.endsWith(".md"))) {
    throw new Error(`${articlesDir} contient déjà des articles : ajoutez --clean pour les remplacer`);
  }
  await mkdir(articlesDir, { recursive: true });
  await mkdir(path.join(out, "pages"), { recursive: true });

  let bytes = 0;
  for (const name of ["authors.yaml", "rubriques.yaml"]) {
    await copyFile(path.join(from, name), path.join(out, name));
    bytes += (await readFile(path.join(out, name))).byteLength;
  }
  const pagesFrom = path.join(from, "pages");
  for (const name of existsSync(pagesFrom) ? (await readdir(pagesFrom)).filter((n) => n.endsWith(".md")).sort() : []) {
    await copyFile(path.join(pagesFrom, name), path.join(out, "pages", name));
    bytes += (await readFile(path.join(out, "pages", name))).byteLength;
  }

  const newsroom = await readNewsroom(from, publicDir);
  let count = 0;
  // Synchronous writes, one file open at a time: for many small files this is
  // several times cheaper than fs/promises, whose FileHandle bookkeeping per
  // file cost more than the generation itself.
  for (const article of syntheticArticles(options, newsroom)) {
    const data = Buffer.from(article.source, "utf8");
    writeFileSync(path.join(articlesDir, `${article.slug}.md`), data);
    bytes += data.byteLength;
    count += 1;
  }

  const seed = options.seed ?? DEFAULT_SEED;
  const reference = options.reference ?? DEFAULT_REFERENCE;
  const manifest: Manifest = { generator: GENERATOR_VERSION, count, seed, reference, bytes };
  await writeFile(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { count, bytes, seconds: (performance.now() - started) / 1000 };
}

/** What a folder was generated with, or null. */
export interface Manifest {
  generator: number;
  count: number;
  seed: string;
  reference: string;
  bytes: number;
}

/** What a folder was generated with, or null when it has no readable manifest. */
export async function readManifest(out: string): Promise<Manifest | null> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path.join(out, MANIFEST), "utf8"));
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { generator, count, seed, reference, bytes } = data as Partial<Record<keyof Manifest, unknown>>;
  return typeof generator === "number" &&
    typeof count === "number" &&
    typeof seed === "string" &&
    typeof reference === "string" &&
    typeof bytes === "number"
    ? { generator, count, seed, reference, bytes }
    : null;
}

export function formatSummary(result: GenerateResult, out: string): string {
  const megabytes = (result.bytes / 1_000_000).toFixed(1).replace(".", ",");
  const seconds = result.seconds.toFixed(1).replace(".", ",");
  return `${thousands(result.count)} articles écrits dans ${path.relative(process.cwd(), path.resolve(out)) || "."} : ${megabytes} Mo (${thousands(result.bytes)} octets) en ${seconds} s.`;
}

async function main(): Promise<void> {
  const usage = "Usage : npm run generate -- --count N --out DOSSIER [--seed S] [--clean] [--reference 2026-11-25] [--from content]";
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: DEFAULT_SEED },
      reference: { type: "string", default: DEFAULT_REFERENCE },
      from: { type: "string", default: "content" },
      clean: { type: "boolean", default: false },
    },
  });
  const count = Number(values.count?.replace(/[_ ]/g, ""));
  if (!values.count || !values.out || !Number.isInteger(count) || count < 1) {
    console.error(usage);
    process.exit(1);
  }
  const result = await generateContent({
    count,
    out: values.out,
    seed: values.seed,
    reference: values.reference,
    from: values.from,
    clean: values.clean,
  });
  console.log(formatSummary(result, values.out));
  console.log(
    `Graine « ${values.seed} », dates sur ${SPAN_YEARS} ans avant le ${values.reference}. Pour servir ce contenu : CONTENT_DIR=${values.out}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
