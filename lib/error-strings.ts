/**
 * The labels of the error pages, part of `t` (lib/strings.ts) like every
 * other label. A module of their own because the error pages are client
 * components loaded by every page: importing `t` would send the whole
 * vocabulary to the browser.
 */
export const errorStrings = {
  notFoundBack: "Revenir à l’accueil",
  errorTitle: "Une erreur est survenue",
  errorText:
    "La page n’a pas pu être affichée. L’incident a été signalé à l’équipe technique\u202f; vous pouvez réessayer dans un instant.",
  errorRetry: "Réessayer",
};
