import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

import { AddressForm } from "./AddressForm";

/** Signing up to the letter, with what the address is for. */
export function SignupForm({ id }: { id: string }) {
  return (
    <>
      <AddressForm id={id} action={paths.lettreSignup()} form="inscription" button={t.lettreSubscribe} />
      <p className="mt-2 text-sm text-ink-muted">
        {t.lettreSignupNote} <a href={paths.legalNotice()}>{t.lettrePersonalData}</a>.
      </p>
    </>
  );
}
