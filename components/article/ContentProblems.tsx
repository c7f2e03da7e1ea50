import { formatProblem, type ContentProblem } from "@/lib/content";
import { t } from "@/lib/strings";

/** Under `next dev`: why an article file could not be shown, in place of the article. */
export function ContentProblems({ problems }: { problems: ContentProblem[] }) {
  return (
    <div role="alert" className="mx-auto max-w-3xl rounded border-2 border-accent p-6">
      <h1 className="font-serif text-2xl font-bold">{t.contentErrorTitle}</h1>
      <p className="mt-2">{t.contentErrorText}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 font-mono text-sm">
        {problems.map((problem) => (
          <li key={formatProblem(problem)}>{formatProblem(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
