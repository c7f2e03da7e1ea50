import { LettreNotice } from "@/components/lettre/LettreNotice";
import { SignupForm } from "@/components/lettre/SignupForm";
import { TokenButton } from "@/components/lettre/TokenButton";
import { database } from "@/lib/db";
import { checkConfirmationToken } from "@/lib/lettre/links";
import { noticeOf } from "@/lib/lettre/notices";
import { isPendingConfirmation } from "@/lib/lettre/subscriptions";
import { paths } from "@/lib/routes/paths";
import { lettreMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

export const dynamic = "force-dynamic";

export const metadata = lettreMetadata({ title: t.lettreConfirmTitle, path: "/lettre/confirmation" });

type Props = { searchParams: Promise<{ jeton?: string | string[] }> };

/** Where a confirmation e-mail leads: the link is checked here, the button confirms (docs/adr/0012-lettre-double-optin.md). */
export default async function ConfirmationPage({ searchParams }: Props) {
  const { jeton } = await searchParams;
  const check = checkConfirmationToken(jeton, new Date());
  const pending = check.ok && (await isPendingConfirmation(await database(), check.payload));
  if (!pending) {
    const notice = noticeOf(check.ok || check.reason === "invalid" ? "lien-invalide" : "lien-expire")!;
    return (
      <div className="mx-auto max-w-2xl">
        <LettreNotice notice={notice} />
        <div className="mt-8">
          <SignupForm id="confirmation-inscription" />
        </div>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">{t.lettreConfirmTitle}</h1>
      <p className="mt-4 text-lg">{t.lettreConfirmText}</p>
      <TokenButton action={paths.lettreConfirm()} token={String(jeton)} label={t.lettreConfirm} />
    </div>
  );
}
