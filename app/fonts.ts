import localFont from "next/font/local";

/**
 * Source Serif 4 (variable weight, Latin subset, which covers French and its
 * typographic spaces and quotes), self-hosted from npm: no network at build.
 * `optional` display never swaps fonts under the reader's eyes.
 */
export const serif = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  style: "normal",
  weight: "200 900",
  display: "optional",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
  variable: "--font-serif-face",
});

/**
 * Its italic, a family of its own so that it is not preloaded: on a slow
 * phone connection a second preloaded font delays the page's largest
 * picture. Italic serif text asks for it first (app/globals.css).
 */
export const serifItalic = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2",
  style: "italic",
  weight: "200 900",
  display: "optional",
  preload: false,
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "Cambria", "Times New Roman", "serif"],
  variable: "--font-serif-italic-face",
});
