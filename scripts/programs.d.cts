/** The Chromium the end-to-end tests drive, or null when none is found. */
export function findChromium(): string | null;

/** The absolute path of a program (PATH, the sbin folders, PostgreSQL's Debian bin folder), or null. */
export function findProgram(name: string): string | null;
