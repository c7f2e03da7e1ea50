import type { Notice } from "@/lib/lettre/notices";

/** What just happened, at the top of the newsletter's page: the page's heading. */
export function LettreNotice({ notice }: { notice: Notice }) {
  return (
    <div
      role={notice.error ? "alert" : "status"}
      className={`rounded border-l-4 p-4 ${notice.error ? "border-accent" : "border-ink"} bg-paper-muted`}
    >
      <h1 className="font-serif text-3xl font-bold">{notice.title}</h1>
      <p className="mt-2 text-lg">{notice.text}</p>
    </div>
  );
}
