import { LettreNotice } from "@/components/lettre/LettreNotice";
import { TokenButton } from "@/components/lettre/TokenButton";
import { UnsubscribeForm } from "@/components/lettre/UnsubscribeForm";
import { checkUnsubscribeToken } from "@/lib/lettre/links";
import { noticeOf } from "@/lib/lettre/notices";
import { paths } from "@/lib/routes/paths";
import { lettreMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const dynamic = "force-dynamic";

export const metadata = lettreMetadata({ title: t.lettreUnsubscribeTitle, path: "/lettre/desinscription" });

type Props = { searchParams: Promise<{ jeton?: string | string[] }> };

/** Where an e-mail's unsubscribe link leads when opened in a browser: one button. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { jeton } = await searchParams;
  const check = checkUnsubscribeToken(jeton, new Date());
  if (!check.ok) {
    return (
      <div className="mx-auto max-w-2xl">
        <LettreNotice notice={noticeOf("lien-desinscription")!} />
        <UnsubscribeForm />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">{t.lettreUnsubscribeTitle}</h1>
      <p className="mt-4 text-lg">{t.lettreUnsubscribeConfirmText}</p>
      <TokenButton action={paths.lettreUnsubscribe(String(jeton))} label={t.lettreUnsubscribeNow} />
    </div>
  );
}
