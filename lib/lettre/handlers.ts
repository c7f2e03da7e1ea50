/**
 * The newsletter's three form targets (app/lettre/{inscrire,confirmer,desinscrire}/route.ts),
 * as functions of a request so tests can post to them with a real store and
 * SMTP server. Every check comes before the store is touched: a refused
 * request leaves nothing behind.
 */
import type { Kysely } from "kysely";

import { clientAddress } from "../client-address";
import { database, type Database } from "../db";
import { refused, seeOther } from "../forms/answers";
import { FIELDS } from "../forms/fields";
import { checkFormToken, type FormName } from "../forms/form-token";
import { readForm } from "../forms/read-form";
import { rateLimit, type RateLimit } from "../rate-limit";
import { paths } from "../routes/paths";
import { normalizeAddress } from "./address";
import { checkConfirmationToken, checkUnsubscribeToken } from "./links";
import { sendMail } from "./mailer";
import type { NoticeName } from "./notices";
import { LETTRE } from "./settings";
import { signUp, type Send } from "./signup";
import { confirmSubscription, removeSubscription, subscriptionId } from "./subscriptions";

export interface HandlerContext {
  db: () => Promise<Kysely<Database>>;
  send: Send;
  limit: RateLimit;
  now?: () => Date;
}

/** What the route handlers run with: the process's store, the SMTP relay, the per-client limit. */
export function serverContext(): HandlerContext {
  return { db: database, send: sendMail, limit: formsRateLimit() };
}

/** One limit per process for sign-ups and unsubscriptions by address, shared by the route bundles. */
const LIMIT_KEY = Symbol.for("lesinfos.lettre-rate-limit");
export function formsRateLimit(): RateLimit {
  const holder = globalThis as typeof globalThis & { [LIMIT_KEY]?: RateLimit };
  return (holder[LIMIT_KEY] ??= rateLimit(LETTRE.rateLimit));
}

const notice = (name: NoticeName) => seeOther(paths.lettre(name));

/** A form of /lettre (or of a page's foot): limit, read, honeypot, form token, address. */
async function readAddressForm(request: Request, form: FormName, context: HandlerContext): Promise<Response | string | null> {
  if (!context.limit.allow(clientAddress(request.headers))) return refused(429, "trop", paths.lettre());
  const read = await readForm(request);
  if (!read.ok) return refused(read.status, read.refusal, paths.lettre());
  // A robot filled the field readers never see: it is told what a reader would be, and nothing is done.
  if (read.fields.get(FIELDS.honeypot)) return null;
  if (!checkFormToken(form, read.fields.get(FIELDS.token)).ok) return notice("formulaire");
  return normalizeAddress(read.fields.get(FIELDS.address)) ?? notice("adresse");
}

export async function handleSignUp(request: Request, context: HandlerContext): Promise<Response> {
  const address = await readAddressForm(request, "inscription", context);
  if (address instanceof Response) return address;
  if (address === null) return notice("demandee");
  try {
    await signUp(await context.db(), address, context.send, context.now?.());
  } catch (error) {
    console.error("Lettre : le message d’inscription n’a pas pu partir.", error);
    return notice("envoi");
  }
  return notice("demandee");
}

export async function handleConfirm(request: Request, context: HandlerContext): Promise<Response> {
  const read = await readForm(request);
  if (!read.ok) return refused(read.status, read.refusal, paths.lettre());
  const check = checkConfirmationToken(read.fields.get(FIELDS.token), context.now?.() ?? new Date());
  if (!check.ok) return notice(check.reason === "expired" ? "lien-expire" : "lien-invalide");
  const confirmed = await confirmSubscription(await context.db(), check.payload, context.now?.() ?? new Date());
  return notice(confirmed ? "confirmee" : "lien-invalide");
}

/**
 * With `?jeton=` (the List-Unsubscribe address of every e-mail, posted by
 * the reader's button or by the mail provider, RFC 8058): that subscription.
 * Without: the address typed on /lettre, answered the same whether it was
 * subscribed or not.
 */
export async function handleUnsubscribe(request: Request, context: HandlerContext): Promise<Response> {
  const token = new URL(request.url).searchParams.get(FIELDS.token);
  if (token !== null) {
    const read = await readForm(request);
    if (!read.ok) return refused(read.status, read.refusal, paths.lettre());
    const check = checkUnsubscribeToken(token, context.now?.() ?? new Date());
    if (!check.ok) return notice("lien-desinscription");
    await removeSubscription(await context.db(), check.payload);
    return notice("desinscrite");
  }
  const address = await readAddressForm(request, "desinscription", context);
  if (address instanceof Response) return address;
  if (address !== null) {
    const db = await context.db();
    const id = await subscriptionId(db, address);
    if (id) await removeSubscription(db, id);
  }
  return notice("desinscrite");
}

/** The List-Unsubscribe address opened in a browser: the page with its one button. */
export function showUnsubscribePage(request: Request): Response {
  const token = new URL(request.url).searchParams.get(FIELDS.token);
  return seeOther(token ? paths.lettreUnsubscribePage(token) : paths.lettre());
}
