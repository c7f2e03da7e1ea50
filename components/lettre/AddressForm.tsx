import { FIELDS } from "@/lib/forms/fields";
import { formToken, type FormName } from "@/lib/forms/form-token";
import { MAX_ADDRESS_LENGTH } from "@/lib/lettre/address";
import { t } from "@/lib/strings";

/**
 * An e-mail address and a button, posted without JavaScript. It carries the
 * site's form token, and a field readers never see that robots fill in.
 */
export function AddressForm({ id, action, form, button }: { id: string; action: string; form: FormName; button: string }) {
  return (
    <form action={action} method="post" className="flex flex-wrap gap-2">
      <label htmlFor={id} className="w-full text-base font-semibold">
        {t.lettreAddress}
      </label>
      <input
        id={id}
        type="email"
        name={FIELDS.address}
        required
        maxLength={MAX_ADDRESS_LENGTH}
        autoComplete="email"
        placeholder={t.lettreAddressPlaceholder}
        className="min-h-11 min-w-0 flex-1 basis-56 rounded border border-rule bg-paper px-3 text-base text-ink placeholder:text-ink-muted"
      />
      <input type="hidden" name={FIELDS.token} value={formToken(form)} />
      <div hidden>
        <label>
          {t.lettreHoneypot}
          <input type="text" name={FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button type="submit" className="min-h-11 shrink-0 rounded bg-accent px-4 font-semibold text-accent-ink">
        {button}
      </button>
    </form>
  );
}
