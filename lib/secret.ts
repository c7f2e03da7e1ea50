/**
 * The site's signing secret (LESINFOS_SECRET): the newsletter's links and
 * the forms' tokens are signed with it. Every instance behind a load
 * balancer, the build and `npm run lettre:envoyer` must share the same one,
 * or a link signed by one is refused by another (docs/exploitation.md).
 */

/** Outside production only: public, so anything it signs can be forged. Tests and benches use it on purpose. */
export const DEVELOPMENT_SECRET = "lesinfos-secret-de-developpement-ne-pas-utiliser-en-production";

const MINIMUM_LENGTH = 32;

export class SecretMissingError extends Error {}

/** A production server, not `next build` (whose pages a running server regenerates with its own secret). */
function servingInProduction(): boolean {
  return process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build";
}

export function siteSecret(): string {
  const value = process.env.LESINFOS_SECRET?.trim();
  if (value) {
    if (servingInProduction() && value.length < MINIMUM_LENGTH) {
      throw new SecretMissingError(`LESINFOS_SECRET est trop court : ${MINIMUM_LENGTH} caractères au moins (openssl rand -hex 32).`);
    }
    return value;
  }
  if (servingInProduction()) {
    throw new SecretMissingError(
      "LESINFOS_SECRET manquant : en production, le secret qui signe les liens de la lettre et les formulaires est obligatoire " +
        "(openssl rand -hex 32), le même pour toutes les instances. Voir docs/exploitation.md.",
    );
  }
  return DEVELOPMENT_SECRET;
}

/** At a server's start (instrumentation.ts): without its secret, a production server says why and exits. */
export function requireSecretAtStart(): void {
  try {
    siteSecret();
  } catch (error) {
    if (!(error instanceof SecretMissingError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
