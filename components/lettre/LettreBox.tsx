import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

import { SignupForm } from "./SignupForm";

/** « La lettre de Lesinfos » at the foot of the home page and of articles. */
export function LettreBox({ id }: { id: string }) {
  return (
    <section aria-labelledby={`${id}-titre`} className="mt-14 rounded border border-rule bg-paper-muted p-5 print:hidden">
      <h2 id={`${id}-titre`} className="font-serif text-2xl font-bold">
        <a href={paths.lettre()}>{t.lettre}</a>
      </h2>
      <p className="mt-2 mb-4 text-ink-muted">{t.lettreDescription}</p>
      <SignupForm id={`${id}-adresse`} />
    </section>
  );
}
