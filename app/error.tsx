"use client"; // Next.js requires error boundaries to be client components.

import { errorStrings } from "@/lib/error-strings";
import { HOME_PATH } from "@/lib/routes/home";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl py-10">
      <h1 className="font-serif text-4xl font-bold">{errorStrings.errorTitle}</h1>
      <p className="mt-4 text-lg">{errorStrings.errorText}</p>
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="min-h-11 rounded bg-accent px-5 font-semibold text-accent-ink">
          {errorStrings.errorRetry}
        </button>
        <a href={HOME_PATH} className="inline-flex min-h-11 items-center font-semibold underline">
          {errorStrings.notFoundBack}
        </a>
      </p>
    </div>
  );
}
