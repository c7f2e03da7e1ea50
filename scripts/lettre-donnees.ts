/**
 * npm run lettre:export -- adresse@exemple.ma   (droit d’accès, loi 09-08)
 * npm run lettre:supprimer -- adresse@exemple.ma (droit à l’effacement)
 * Prints everything the store keeps about an address, as JSON, or erases
 * it from every list with the record of the letters it was sent.
 */
import { closeDatabase, database } from "../lib/db";
import { normalizeAddress } from "../lib/lettre/address";
import { eraseAddress, personalData } from "../lib/lettre/subscriptions";

const [action, input] = process.argv.slice(2);

try {
  const email = normalizeAddress(input);
  if (action !== "export" && action !== "supprimer")
    throw new Error("usage : tsx scripts/lettre-donnees.ts export|supprimer adresse@exemple.ma");
  if (!email) throw new Error(`« ${input ?? ""} » n’est pas une adresse électronique valide.`);
  const db = await database();
  if (action === "export") {
    console.log(JSON.stringify({ adresse: email, abonnements: await personalData(db, email) }, null, 2));
  } else {
    const erased = await eraseAddress(db, email);
    console.log(erased === 0 ? `${email} : aucune donnée conservée.` : `${email} : effacée (${erased} abonnement(s) et leurs envois).`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
