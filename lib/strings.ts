/**
 * Every word of the interface, in French. Components read their labels here
 * rather than holding text, so the whole vocabulary can be reviewed at once.
 */
export const t = {
  skipToContent: "Aller au contenu",
  home: "Accueil",
  mainNav: "Rubriques",
  footerNav: "Liens utiles",
  footerRubriques: "Toutes les rubriques",
  menu: "Menu",
  leadStory: "À la une",
  latest: "Dernières actualités",
  moreIn: (rubrique: string) => `Plus d’articles en ${rubrique}`,
  seeAllRubrique: (rubrique: string) => `Toute la rubrique ${rubrique}`,
  by: "Par",
  published: "Publié le",
  updated: "Mis à jour le",
  readingTime: (minutes: number) => `${minutes}\u00a0min de lecture`,
  tags: "Mots-clés",
  related: "Dans la même rubrique",
  share: "Partager cet article",
  shareOn: (network: string) => `Partager sur ${network}`,
  shareByEmail: "Envoyer par e-mail",
  imageCredit: "Crédit",
  pagination: "Pagination",
  previousPage: "Page précédente",
  nextPage: "Page suivante",
  pageOf: (page: number, total: number) => `Page ${page} sur ${total}`,
  rubriqueArticles: (name: string) => `Les articles de la rubrique ${name}`,
  noArticles: "Aucun article publié pour le moment.",
  aboutTitle: "Qui sommes-nous\u202f?",
  aboutLink: "En savoir plus sur la rédaction",
  legal: "Mentions légales",
  contact: "Contact",
  copyright: (year: number) => `© ${year} Lesinfos`,
  notFoundTitle: "Page introuvable",
  notFoundText:
    "L’adresse demandée ne correspond à aucune page de Lesinfos. L’article a peut-être été déplacé, ou le lien est incomplet.",
  notFoundBack: "Revenir à l’accueil",
  notFoundRubriques: "Ou parcourir nos rubriques :",
  errorTitle: "Une erreur est survenue",
  errorText:
    "La page n’a pas pu être affichée. L’incident a été signalé à l’équipe technique ; vous pouvez réessayer dans un instant.",
  errorRetry: "Réessayer",
  contentErrorTitle: "Cet article ne peut pas être affiché",
  contentErrorText:
    "Le fichier de cet article contient des erreurs. Corrigez-les puis rechargez la page :",
} as const;
