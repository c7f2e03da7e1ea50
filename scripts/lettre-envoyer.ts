/**
 * npm run lettre:envoyer — builds today's letter (Casablanca day) from the
 * content, as the home page shows it now, and sends it through the SMTP
 * relay (LESINFOS_SMTP_URL) to every confirmed subscriber who has not been
 * sent it. Run it again, after a crash or by mistake: nobody gets it twice
 * (lib/lettre/deliveries.ts). Exit status 1 when the relay refused an
 * address (a later run tries it again).
 */
import { now } from "../lib/clock";
import { getArticles, getRubriques, getUnePicks } from "../lib/content";
import { closeDatabase, database } from "../lib/db";
import { frontPage } from "../lib/front-page";
import { buildLetter } from "../lib/lettre/letter";
import { sendMail } from "../lib/lettre/mailer";
import { sendLetter } from "../lib/lettre/send-letter";
import { siteSecret } from "../lib/secret";

try {
  // Links signed with the public development secret would be refused by the site: never through a real relay.
  if (process.env.LESINFOS_SMTP_URL?.trim() && !process.env.LESINFOS_SECRET?.trim()) {
    throw new Error("LESINFOS_SECRET manquant : les liens de la lettre doivent être signés avec le secret du site (docs/exploitation.md).");
  }
  siteSecret();
  const at = now();
  const [articles, rubriques, picks] = await Promise.all([getArticles(), getRubriques(), getUnePicks()]);
  const letter = buildLetter(frontPage(articles, rubriques, picks, at), at);
  if (!letter) {
    console.log("Lettre : aucun article publié, rien à envoyer.");
  } else {
    const report = await sendLetter(await database(), letter, { send: sendMail });
    console.log(`${letter.subject} : ${report.sent} envoi(s).`);
    if (report.uncertain > 0) {
      console.warn(
        `${report.uncertain} envoi(s) interrompu(s) par un arrêt précédent, entre le relais et l’enregistrement : non renvoyé(s), pour ne rien envoyer deux fois.`,
      );
    }
    for (const failure of report.failed)
      console.error(`${failure.email} : refusé par le relais (${failure.error}) ; un prochain passage réessaiera.`);
    if (report.failed.length > 0) process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
