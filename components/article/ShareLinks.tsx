import { shareLinks } from "@/lib/share";
import { t } from "@/lib/strings";

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="partager" className="mt-10 print:hidden">
      <h2 id="partager" className="text-sm font-bold tracking-wider uppercase">
        {t.share}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a
              href={href}
              {...(network === "e-mail" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
              className="inline-flex min-h-11 items-center rounded border border-rule px-3 text-sm font-semibold hover:bg-paper-muted"
            >
              {network === "e-mail" ? t.shareByEmail : t.shareOn(network)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
