import { Pagination } from "@/components/ui/Pagination";
import type { DayGroup } from "@/lib/calendar";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

import { DayList } from "./DayList";

export function WireView({ days, page, totalPages }: { days: DayGroup[]; page: number; totalPages: number }) {
  return (
    <>
      <header className="border-b-2 border-ink pb-4">
        <h1 className="font-serif text-4xl font-bold">
          {t.wireTitle}
          {page > 1 ? <span className="text-ink-muted"> — {t.pageOf(page, totalPages)}</span> : null}
        </h1>
        <p className="mt-2 text-ink-muted">{t.wireDescription}</p>
      </header>
      <DayList days={days} />
      <Pagination page={page} totalPages={totalPages} hrefFor={paths.wire} />
    </>
  );
}
