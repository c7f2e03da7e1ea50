import { LegalNoticeDetails } from "@/components/legal/LegalNoticeDetails";
import { getYesterdayVisitors } from "@/lib/audience";
import { now } from "@/lib/clock";
import { getRubriques } from "@/lib/content";
import { casablancaYear } from "@/lib/dates";
import { paths } from "@/lib/routes/paths";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

import { RubriqueLinks } from "./RubriqueLinks";

export async function SiteFooter() {
  const [rubriques, visitors] = await Promise.all([getRubriques(), getYesterdayVisitors()]);
  return (
    <footer className="mt-16 border-t border-rule bg-paper-muted print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="font-serif text-lg font-bold">
            {t.aboutTitle}
          </h2>
          <p className="mt-2 text-sm leading-relaxed text-ink-muted">{site.description}</p>
          <p className="mt-3 text-sm">
            <a href={paths.staticPage("a-propos")} className="font-semibold text-accent underline">
              {t.aboutLink}
            </a>
          </p>
        </section>
        <nav aria-label={t.footerRubriques}>
          <h2 className="font-serif text-lg font-bold">{t.mainNav}</h2>
          <RubriqueLinks rubriques={rubriques} className="mt-2 grid grid-cols-2 gap-1 text-sm" linkClassName="hover:underline" />
        </nav>
        <nav aria-label={t.footerNav}>
          <h2 className="font-serif text-lg font-bold">{t.footerNav}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            <li>
              <a href={paths.staticPage("a-propos")} className="hover:underline">
                {t.aboutTitle}
              </a>
            </li>
            <li>
              <a href={paths.authors()} className="hover:underline">
                {t.authors}
              </a>
            </li>
            <li>
              <a href={paths.wire()} className="hover:underline">
                {t.wireTitle}
              </a>
            </li>
            <li>
              <a href={paths.archives()} className="hover:underline">
                {t.archives}
              </a>
            </li>
            <li>
              <a href={paths.corrections()} className="hover:underline">
                {t.correctionsTitle}
              </a>
            </li>
            <li>
              <a href={paths.lettre()} className="hover:underline">
                {t.lettre}
              </a>
            </li>
            <li>
              <a href={paths.legalNotice()} className="hover:underline">
                {t.legal}
              </a>
            </li>
            <li>
              <a href={paths.staticPage("contact")} className="hover:underline">
                {t.contact}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <section aria-label={t.legal} className="border-t border-rule">
        <LegalNoticeDetails visitors={visitors} className="mx-auto max-w-6xl space-y-1 px-4 py-4 text-xs text-ink-muted" />
      </section>
      <p className="border-t border-rule py-4 text-center text-xs text-ink-muted">{t.copyright(casablancaYear(now()))}</p>
    </footer>
  );
}
