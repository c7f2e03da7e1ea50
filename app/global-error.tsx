"use client"; // Replaces the root layout when it fails: must be a client component.

import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

export default function GlobalError() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <h1>{t.errorTitle}</h1>
        <p>{t.errorText}</p>
        <p>
          <a href={paths.home()}>{t.notFoundBack}</a>
        </p>
      </body>
    </html>
  );
}
