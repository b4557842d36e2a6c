import { useMemo, useRef, useState } from 'react';
import type { Locale, Notice } from '@toolbox/sdk';
import type { AdminApi } from './api/createApi.ts';
import { ConsoleContext, type ConsoleEnv } from './ConsoleContext.tsx';
import { DetailPage } from './detail/DetailPage.tsx';
import { messagesFor } from './i18n/messages.ts';
import { shanghaiYear } from './lib/shanghaiDate.ts';
import { useFitToWindow } from './lib/useFitToWindow.ts';
import { emptyFilter } from './review/filterRows.ts';
import { ReviewPage, type ReviewView } from './review/ReviewPage.tsx';
import { styles } from './styles.ts';

export interface AdminConsoleProps {
  api: AdminApi;
  locale: Locale;
  notify(notice: Notice): void;
  /** The year to open on; defaults to the current year in Shanghai. */
  initialYear?: number;
}

/** Reviews go back to the year the platform started; the console offers the last few. */
const YEARS_OFFERED = 5;

/**
 * The admin console: the review table and an app's detail page. The filters and sort live here, so returning from
 * an app's page finds the table as the admin left it.
 */
export function AdminConsole({ api, locale, notify, initialYear }: AdminConsoleProps) {
  const thisYear = shanghaiYear();
  const [year, setYear] = useState(initialYear ?? thisYear);
  const [openApp, setOpenApp] = useState<string>();
  const [view, setView] = useState<ReviewView>({ filter: emptyFilter, sort: { key: 'score', direction: 'asc' } });

  const root = useRef<HTMLDivElement>(null);
  useFitToWindow(root);
  const env = useMemo<ConsoleEnv>(() => ({ api, locale, m: messagesFor(locale), notify }), [api, locale, notify]);
  const years = useMemo(() => {
    const list = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
    return list.includes(year) ? list : [year, ...list];
  }, [thisYear, year]);

  return (
    <ConsoleContext.Provider value={env}>
      <div ref={root} className="ac-root" lang={locale}>
        <style>{styles}</style>
        {openApp ? (
          <DetailPage year={year} id={openApp} onBack={() => setOpenApp(undefined)} />
        ) : (
          <ReviewPage year={year} years={years} view={view} onYear={setYear} onView={setView} onOpen={setOpenApp} />
        )}
      </div>
    </ConsoleContext.Provider>
  );
}
