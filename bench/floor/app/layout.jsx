// JavaScript on purpose: without TypeScript files, next build writes no tsconfig.json nor next-env.d.ts here.
export const metadata = {
  title: "Plancher",
  description: "Une page Next.js vide, pour mesurer ce que coûte le cadre seul.",
  // An empty icon: otherwise the browser asks for /favicon.ico, whose 404 Lighthouse counts as a console error.
  icons: { icon: "data:," },
};

export default function RootLayout({ children }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
