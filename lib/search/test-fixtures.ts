/** A small French newsroom for the search tests; each article proves a point of the engine. */
import type { Article, Author, Rubrique } from "../content";
import { paths } from "../routes/paths";
import { makeArticle } from "../testing/articles";

const rubrique = (id: string, name: string): Rubrique => ({ id, name, description: `Rubrique ${name}`, url: paths.rubrique(id) });
const societe = rubrique("societe", "Société");
const economie = rubrique("economie", "Économie");
const politique = rubrique("politique", "Politique");
const sport = rubrique("sport", "Sport");
const culture = rubrique("culture", "Culture");

const person = (id: string, name: string): Author => ({ id, name, url: paths.author(id), isOrganization: false });
const salma = person("salma-bennani", "Salma Bennani");
const youssef = person("youssef-alaoui", "Youssef Alaoui");

const at = (iso: string) => new Date(iso);

export const searchArticles: Article[] = [
  makeArticle("meteo-orages-azrou", {
    title: "Météo : alerte aux orages sur Azrou",
    description: "Des averses orageuses sont attendues en fin de journée sur le Moyen Atlas.",
    publishedAt: at("2026-12-02T08:00:00Z"),
    rubrique: societe,
  }),
  makeArticle("meteo-orages-ifrane", {
    title: "Météo : alerte aux orages sur Ifrane",
    description: "Des averses orageuses sont attendues en fin de journée sur le Moyen Atlas.",
    publishedAt: at("2026-12-01T08:00:00Z"),
    rubrique: societe,
  }),
  makeArticle("barrages-reserves-au-plus-bas", {
    title: "Barrages : les réserves au plus bas depuis dix ans",
    description: "Le taux de remplissage moyen ne dépasse pas 25 % à la fin de l’été.",
    body: "Les autorités comptent sur le dessalement et la réutilisation des eaux usées pour passer l’hiver sans coupures.",
    publishedAt: at("2026-11-25T09:00:00Z"),
    rubrique: societe,
  }),
  makeArticle("usine-de-dessalement-casablanca", {
    title: "Eau potable : l’usine de dessalement de Casablanca entre en service",
    description: "La première tranche alimente depuis jeudi le réseau de distribution de la métropole.",
    body: [
      "L’eau de mer est pompée au large, filtrée, puis poussée à très haute pression à travers des membranes.",
      "",
      "## Une question d’énergie",
      "",
      "Ses promoteurs assurent que l’installation sera alimentée par des **énergies renouvelables**.",
    ].join("\n"),
    tags: [
      { label: "Eau", slug: "eau" },
      { label: "Sécheresse", slug: "secheresse" },
    ],
    publishedAt: at("2026-11-20T06:30:00Z"),
    author: salma,
    rubrique: societe,
  }),
  makeArticle("lions-de-l-atlas-qualifies", {
    title: "Football : les Lions de l’Atlas qualifiés pour la Coupe d’Afrique",
    description: "La sélection marocaine s’est imposée 2-0 face à la Zambie, mardi soir à Rabat.",
    body: "Les supporters ont fêté la victoire jusque tard dans la nuit, de Rabat à Tanger.",
    publishedAt: at("2026-11-10T22:00:00Z"),
    rubrique: sport,
  }),
  makeArticle("tramway-ligne-3-casablanca", {
    title: "Casablanca : la ligne 3 du tramway ouvre au public",
    description: "Le nouveau tracé relie la gare Casa-Voyageurs aux quartiers de l’est de la ville.",
    body: "Les rames circuleront de 6 heures à minuit, toutes les huit minutes aux heures de pointe.",
    tags: [{ label: "Transports", slug: "transports" }],
    publishedAt: at("2026-10-01T10:00:00Z"),
    author: youssef,
    rubrique: societe,
  }),
  makeArticle("elections-communales-partielles", {
    title: "Élections communales partielles : trois circonscriptions aux urnes",
    description: "Le scrutin de dimanche doit pourvoir des sièges laissés vacants dans le Souss et dans l’Oriental.",
    body: "Les bureaux de vote ouvriront à 8 heures. Les résultats sont attendus lundi.",
    publishedAt: at("2026-09-15T07:00:00Z"),
    rubrique: politique,
  }),
  makeArticle("tourisme-ete-record-a-agadir", {
    title: "Tourisme : un été au-dessus des prévisions à Agadir",
    description: "Les hôtels de la station balnéaire affichent un taux d’occupation de 85 %.",
    body: "L’aéroport d’Agadir a accueilli plus d’un million de passagers depuis juin, selon les chiffres de l’office.",
    publishedAt: at("2026-09-01T12:00:00Z"),
    rubrique: economie,
  }),
  makeArticle("maroc-releve-ses-previsions-de-croissance", {
    title: "Le Maroc relève ses prévisions de croissance",
    description: "Bank Al-Maghrib table désormais sur 3,8 % de croissance du PIB, portée par une bonne campagne agricole.",
    body: "La banque centrale maintient son taux directeur inchangé. [Le communiqué](https://example.org/communique) détaille les hypothèses.",
    publishedAt: at("2026-07-01T15:00:00Z"),
    author: youssef,
    rubrique: economie,
  }),
  makeArticle("securite-routiere-campagne-ete", {
    title: "La Sécurité routière lance sa campagne d’été",
    description: "Les accidents augmentent pendant les vacances : l’agence nationale mise sur la prévention aux péages.",
    body: [
      "## Des contrôles renforcés",
      "",
      "Les gendarmes multiplieront les contrôles de vitesse sur l’autoroute entre Casablanca et Rabat.",
      "",
      '<span lang="ar" dir="rtl">السلامة الطرقية</span> : le slogan sera aussi affiché en arabe.',
    ].join("\n"),
    tags: [{ label: "Transports", slug: "transports" }],
    publishedAt: at("2026-06-20T09:00:00Z"),
    author: salma,
    rubrique: societe,
  }),
  makeArticle("agrumes-exportations-record", {
    title: "Agrumes : les exportations atteignent un niveau record",
    description: "Les oranges et clémentines marocaines ont gagné de nouveaux marchés en Europe de l’Est.",
    body: "Les producteurs du Souss saluent une saison exceptionnelle, malgré la hausse du coût du transport maritime.",
    tags: [{ label: "Agriculture", slug: "agriculture" }],
    publishedAt: at("2026-05-10T08:00:00Z"),
    rubrique: economie,
  }),
  makeArticle("rapport-annuel-migrations", {
    title: "Un rapport annuel dresse le bilan de la politique migratoire",
    description: "Le document souligne l’essor de l’immigration subsaharienne dans les grandes villes du royaume.",
    body: "Les associations demandent un meilleur accès aux soins et à la scolarisation des enfants.",
    publishedAt: at("2026-04-02T10:00:00Z"),
    rubrique: societe,
  }),
  makeArticle("festival-gnaoua-essaouira", {
    title: "Essaouira : le festival Gnaoua célèbre ses vingt-cinq ans",
    description: "Plus de 300 000 festivaliers sont attendus sur les scènes de la ville.",
    body: "Les maâlems partageront l’affiche avec des musiciens de jazz venus du monde entier.",
    publishedAt: at("2026-03-15T18:00:00Z"),
    author: salma,
    rubrique: culture,
  }),
];
