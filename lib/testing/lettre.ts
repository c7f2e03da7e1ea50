/**
 * What the newsletter's tests share: a real SMTP sink the code under test
 * sends through, and subscriptions written straight into a test store.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";

import type { NewsletterSubscriptionsTable } from "@/lib/db/schema";

import { startSmtpSink, type SmtpSink } from "./servers/smtp";

/** In a describe: one sink for its tests, LESINFOS_SMTP_URL pointing at it, emptied before each test. */
export function smtpSinkForTests(): () => SmtpSink {
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    process.env.LESINFOS_SMTP_URL = sink.url;
  });
  afterAll(async () => {
    delete process.env.LESINFOS_SMTP_URL;
    await sink?.stop();
  });
  beforeEach(() => {
    if (sink) sink.messages.length = 0;
  });
  return () => {
    if (!sink) throw new Error("relais SMTP de test absent : smtpSinkForTests() s’utilise dans un describe");
    return sink;
  };
}

/** A subscription to the daily letter made on 1 November 2026, confirmed five minutes later or still pending. */
export function subscriptionRow(id: string, email: string, confirmed: boolean): NewsletterSubscriptionsTable {
  return {
    id,
    email,
    list: "quotidienne",
    requested_at: "2026-11-01T10:00:00.000Z",
    confirmed_at: confirmed ? "2026-11-01T10:05:00.000Z" : null,
    confirmation_nonce: confirmed ? null : `nonce-${id}`,
  };
}
