/** The Chromium the end-to-end tests drive, or null when none is found. */
export function findChromium(): string | null;
