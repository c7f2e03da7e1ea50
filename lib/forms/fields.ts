/** The names of the fields of the site's forms, shared by the components that render them and the handlers that read them. */
export const FIELDS = {
  address: "adresse",
  /** The form token, or the token of the link a page was opened with. */
  token: "jeton",
  /** Hidden from readers: only robots fill it in. */
  honeypot: "site_web",
} as const;
