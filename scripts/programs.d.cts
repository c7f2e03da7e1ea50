// The types of programs.cjs (CommonJS, so that node and Playwright's config loader both require it).
/** Chromium for the end-to-end tests and the bench: CHROMIUM_PATH, Playwright's own, else the system's; null when none. */
export declare function findChromium(): string | null;
/** The absolute path of a program (PATH, the sbin folders, PostgreSQL's Debian folders), or null. */
export declare function findProgram(name: string): string | null;
