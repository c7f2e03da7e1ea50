/**
 * The token every form of the site carries (anti-CSRF), signed with the site
 * secret. Pages holding a form are prerendered and cached, so the token
 * cannot belong to a visitor (no session, no cookie): it proves the form was
 * rendered by this site within the last days, and the origin check does the
 * rest (docs/adr/0012-lettre-double-optin.md).
 */
import { checkToken, signToken, type TokenCheck } from "../signed-token";

/** Longer than a cached page lives before it is regenerated. */
const VALID_DAYS = 3;

export type FormName = "inscription" | "desinscription" | "confirmation";

export function formToken(form: FormName, at: Date = new Date()): string {
  return signToken(`formulaire:${form}`, "", new Date(at.getTime() + VALID_DAYS * 86_400_000));
}

export function checkFormToken(form: FormName, token: unknown, at: Date = new Date()): TokenCheck {
  return checkToken(`formulaire:${form}`, token, at);
}
