import { LettreNotice } from "@/components/lettre/LettreNotice";
import { SignupForm } from "@/components/lettre/SignupForm";
import { UnsubscribeForm } from "@/components/lettre/UnsubscribeForm";
import { noticeOf } from "@/lib/lettre/notices";
import { lettreMetadata } from "@/lib/seo/metadata";
import { t } from "@/lib/strings";

/** Rendered for each request: its forms carry fresh tokens, and `?etat=` says what a form just did. */
export const dynamic = "force-dynamic";

export const metadata = lettreMetadata();

type Props = { searchParams: Promise<{ etat?: string | string[] }> };

export default async function LettrePage({ searchParams }: Props) {
  const notice = noticeOf((await searchParams).etat);
  return (
    <div className="mx-auto max-w-2xl">
      {notice ? <LettreNotice notice={notice} /> : <h1 className="font-serif text-4xl font-bold">{t.lettre}</h1>}
      <p className="mt-6 font-serif text-xl text-ink-muted">{t.lettreDescription}</p>
      <section aria-labelledby="inscription" className="mt-8">
        <h2 id="inscription" className="mb-3 font-serif text-2xl font-bold">
          {t.lettreSignup}
        </h2>
        <SignupForm id="lettre-inscription" />
      </section>
      <UnsubscribeForm />
    </div>
  );
}
