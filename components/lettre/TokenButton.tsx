import { FIELDS } from "@/lib/forms/fields";

/**
 * The one button of a page an e-mail link opens: the link only shows it,
 * the button does it. Mail scanners open links; they do not press buttons.
 */
export function TokenButton({ action, token, label }: { action: string; token?: string; label: string }) {
  return (
    <form action={action} method="post" className="mt-6">
      {token ? <input type="hidden" name={FIELDS.token} value={token} /> : null}
      <button type="submit" className="min-h-11 rounded bg-accent px-5 text-lg font-semibold text-accent-ink">
        {label}
      </button>
    </form>
  );
}
