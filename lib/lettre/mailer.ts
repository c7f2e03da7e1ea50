/**
 * Sending e-mail: through the SMTP relay of LESINFOS_SMTP_URL
 * (`smtp://user:password@relay:587`, `smtps://…:465`), from
 * LESINFOS_LETTRE_EXPEDITEUR. Without a relay, outside production, messages
 * are written to the terminal instead, so `npm run dev` needs nothing else.
 */
import nodemailer, { type Transporter } from "nodemailer";

import { site } from "../site";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one-click address (RFC 8058) every message carries. */
  unsubscribeUrl: string;
  /** Fixed for a given letter and subscriber, so a receiver can spot a duplicate. */
  messageId?: string;
}

export class MailerNotConfiguredError extends Error {}

let transporter: { url: string; transport: Transporter } | undefined;

function relay(): Transporter | null {
  const url = process.env.LESINFOS_SMTP_URL?.trim();
  if (!url) {
    if (process.env.NODE_ENV === "production") {
      throw new MailerNotConfiguredError("LESINFOS_SMTP_URL manquant : aucun relais SMTP pour envoyer la lettre (docs/exploitation.md).");
    }
    return null;
  }
  if (transporter?.url !== url) transporter = { url, transport: nodemailer.createTransport(url) };
  return transporter.transport;
}

export function sender(): string {
  return process.env.LESINFOS_LETTRE_EXPEDITEUR?.trim() || `${site.name} <${site.legal.publisher.email}>`;
}

export async function sendMail(mail: OutgoingMail): Promise<void> {
  const message = {
    from: sender(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    headers: {
      "List-Unsubscribe": `<${mail.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
  const transport = relay();
  if (!transport) {
    console.info(`Lettre (aucun relais SMTP, développement) : à ${mail.to}, « ${mail.subject} »\n${mail.text}`);
    return;
  }
  await transport.sendMail(message);
}
