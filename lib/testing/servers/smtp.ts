/**
 * A real SMTP server on loopback that keeps what it receives (the
 * `smtp-server` package), parsed (`mailparser`): tests assert on the
 * messages a relay would have been given. No TLS, no authentication.
 */
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  port: number;
  /** `smtp://127.0.0.1:<port>`, for LESINFOS_SMTP_URL. */
  url: string;
  messages: ParsedMail[];
  /** Resolves once `count` messages have arrived in all (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  /** Recipients refused with a 550 (a relay that rejects an address). */
  refused: Set<string>;
  stop(): Promise<void>;
}

/** Starts on the first port of `ports` it can bind (SMTP_TEST_PORT, 2525 by default, and the 14 after it). */
export async function startSmtpSink(ports: readonly number[] = smtpTestPorts()): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address))
        return callback(Object.assign(new Error("adresse refusée par le relais de test"), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  for (const port of ports) {
    const listening = await new Promise<boolean>((resolve) => {
      const failed = () => resolve(false);
      server.server.once("error", failed);
      server.listen(port, "127.0.0.1", () => {
        server.server.off("error", failed);
        resolve(true);
      });
    });
    if (!listening) continue;
    return {
      port,
      url: `smtp://127.0.0.1:${port}`,
      messages,
      refused,
      async waitFor(count, timeoutMs = 10_000) {
        const until = Date.now() + timeoutMs;
        while (messages.length < count) {
          if (Date.now() > until) throw new Error(`${messages.length} message(s) reçu(s) sur ${count} attendu(s)`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return messages;
      },
      stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
  throw new Error(`le relais SMTP de test n’a pu écouter sur aucun des ports ${ports.join(", ")}`);
}

/** The header lines as received, unfolded: `List-Unsubscribe: <…>` (the parser turns some of them into objects). */
export function headerLines(mail: ParsedMail): string[] {
  return mail.headerLines.map((header) => header.line.replace(/\r?\n[ \t]+/g, " ").replace(/: +/, ": "));
}

export function smtpTestPorts(): number[] {
  const first = Number(process.env.SMTP_TEST_PORT) || 2525;
  return Array.from({ length: 15 }, (_, index) => first + index);
}
