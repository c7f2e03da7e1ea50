import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

import { AddressForm } from "./AddressForm";

/** Unsubscribing by typing the address, on /lettre. */
export function UnsubscribeForm() {
  return (
    <section aria-labelledby="desinscription" className="mt-12 border-t border-rule pt-6">
      <h2 id="desinscription" className="mb-2 font-serif text-2xl font-bold">
        {t.lettreUnsubscribeHeading}
      </h2>
      <p className="mb-3 text-ink-muted">{t.lettreUnsubscribeText}</p>
      <AddressForm id="lettre-desinscription" action={paths.lettreUnsubscribe()} form="desinscription" button={t.lettreUnsubscribe} />
    </section>
  );
}
