"use client"; // Replaces the root layout when it fails: must be a client component.

import { errorStrings } from "@/lib/error-strings";
import { HOME_PATH } from "@/lib/routes/home";

export default function GlobalError() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <h1>{errorStrings.errorTitle}</h1>
        <p>{errorStrings.errorText}</p>
        <p>
          <a href={HOME_PATH}>{errorStrings.notFoundBack}</a>
        </p>
      </body>
    </html>
  );
}
