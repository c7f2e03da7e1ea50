/** The store of the production server the tests start (playwright.config.ts): emptied at each start. */
export const E2E_DATA_DIR = ".donnees/e2e";

/** A reader's browser, as the site sees it: not a robot. */
export const READER_AGENT =
  "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
