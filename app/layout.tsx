import type { Metadata, Viewport } from "next";

import { AlertBanner } from "@/components/alerts/AlertBanner";
import { Masthead } from "@/components/layout/Masthead";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { rootMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

import { serif, serifItalic } from "./fonts";
import "./globals.css";

export const metadata: Metadata = rootMetadata();

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14120f" },
  ],
};

/**
 * `nav`: the masthead, from the `@nav` slot, which knows the current rubrique.
 * The 404 page the proxy serves has no slot: it gets the plain masthead.
 */
export default function RootLayout({ children, nav }: { children: React.ReactNode; nav?: React.ReactNode }) {
  return (
    <html lang="fr" className={`${serif.variable} ${serifItalic.variable}`}>
      <body className="flex min-h-screen flex-col bg-paper text-ink antialiased">
        <a
          href="#contenu"
          className="sr-only z-50 rounded bg-accent px-4 py-2 font-semibold text-accent-ink focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t.skipToContent}
        </a>
        <AlertBanner />
        {nav ?? <Masthead />}
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 pt-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
