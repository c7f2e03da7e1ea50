/** One address of each page type of the sample newsroom. */
export const PAGE_TYPES = {
  accueil: "/",
  "accueil, page 2": "/page/2",
  article: "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit",
  "article en arabe": "/article/patrimoine-la-restauration-des-fondouks-de-la-medina-de-fes-entre-dans-sa-derniere-phase",
  rubrique: "/rubrique/politique",
  auteurs: "/auteurs",
  auteur: "/auteur/salma-bennani",
  "mot-clé": "/tag/eau",
  "fil info": "/fil-info",
  archives: "/archives",
  "archives d’un mois": "/archives/2026/10",
  recherche: "/recherche?q=eau",
  "recherche vide": "/recherche",
  "à propos": "/a-propos",
  "404": "/article/inconnu",
} as const;
