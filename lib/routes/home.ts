/**
 * The home page's address, apart from the table of routes that uses it: the
 * error pages are client components on every page and link home without
 * shipping the whole table to the browser.
 */
export const HOME_PATH = "/";
