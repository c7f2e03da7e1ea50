/**
 * The notices the law on the press and publishing (loi n° 88-13, 2016) asks
 * an electronic newspaper to show: who directs the publication, who manages
 * it, where the newspaper and its host are. Values are in `site.legal`; this
 * module says which are missing.
 */
import { site, type LegalNotice } from "./site";

/** A required item of the notice left empty, with where to fill it in. */
export interface LegalNoticeGap {
  field: string;
  message: string;
}

const blank = (value: string | undefined) => !value || value.trim() === "";

/** Empty required items: `content:check` and `next build` warn about each. */
export function legalNoticeGaps(notice: LegalNotice): LegalNoticeGap[] {
  const gaps: LegalNoticeGap[] = [];
  const require = (field: string, value: string | undefined, what: string) => {
    if (blank(value)) gaps.push({ field, message: `${what} manquant (loi n° 88-13 sur la presse et l’édition)` });
  };
  require("publisher.name", notice.publisher.name, "nom de l’éditeur");
  require("publisher.address", notice.publisher.address, "adresse du journal");
  require("director", notice.director, "nom du directeur de la publication");
  if (notice.management.length === 0)
    gaps.push({ field: "management", message: "aucun responsable de la gestion (loi n° 88-13 sur la presse et l’édition)" });
  notice.management.forEach((person, index) => {
    require(`management.${index}.name`, person.name, "nom d’un responsable de la gestion");
    require(`management.${index}.role`, person.role, "fonction d’un responsable de la gestion");
  });
  require("host.name", notice.host.name, "nom de l’hébergeur");
  require("host.address", notice.host.address, "adresse de l’hébergeur");
  return gaps;
}

/** "lib/site.ts: legal.director: nom du directeur de la publication manquant (…)" */
export function formatLegalNoticeGap(gap: LegalNoticeGap): string {
  return `lib/site.ts: legal.${gap.field}: ${gap.message}`;
}

let warned = false;

/** `next build` prints the gaps once (the build goes on: they are warnings). */
export function warnLegalNoticeGapsAtBuild(): void {
  if (warned || process.env.NEXT_PHASE !== "phase-production-build") return;
  warned = true;
  for (const gap of legalNoticeGaps(site.legal)) console.warn(`${formatLegalNoticeGap(gap)} (avertissement)`);
}
