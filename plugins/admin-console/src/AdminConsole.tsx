import { useMemo, useRef, useState } from 'react';
import type { Notice } from '@toolbox/sdk';
import { useLocale } from '@toolbox/sdk/react';
import type { AdminApi } from './api/createApi.ts';
import { ApprovalPage } from './approval/ApprovalPage.tsx';
import { approvalStyles } from './approval/approvalStyles.ts';
import { ConsoleTabs, type ConsoleSection } from './approval/ConsoleTabs.tsx';
import { ConsoleContext, type ConsoleEnv } from './ConsoleContext.tsx';
import { DetailPage } from './detail/DetailPage.tsx';
import { shanghaiYear } from '@toolbox/sdk';
import { useFitToWindow } from './lib/useFitToWindow.ts';
import { emptyFilter } from './review/filterRows.ts';
import { ReviewPage, type ReviewView } from './review/ReviewPage.tsx';
import { styles } from './styles.ts';
import { TokensPage } from './tokens/TokensPage.tsx';
import { OrgPage } from './org/OrgPage.tsx';
import { orgStyles } from './org/orgStyles.ts';
import { tokenStyles } from './tokens/tokenStyles.ts';

export interface AdminConsoleProps {
  api: AdminApi;
  notify(notice: Notice): void;
  /** The year to open on; defaults to the current year in Shanghai. */
  initialYear?: number;
  /**
   * The signed-in user's role. A reviewer sees only 上架审核 (the review figures are an admin's); the server checks
   * every call again, so this only spares them screens that would answer 403.
   */
  role?: string;
  /** The section to open on: the efficiency review for an admin, the version review for a reviewer. */
  initialSection?: ConsoleSection;
}

/** Reviews go back to the year the platform started; the console offers the last few. */
const YEARS_OFFERED = 5;

/**
 * The admin console: the review table and an app's detail page, and 上架审核 (the review of pending versions). The filters and sort live here, so returning from
 * an app's page finds the table as the admin left it. It speaks the host's language (`useLocale`, `useT`): outside the
 * light app, render it inside a `ToolboxProvider`.
 */
export function AdminConsole({ api, notify, initialYear, role = 'admin', initialSection }: AdminConsoleProps) {
  const locale = useLocale();
  const isAdmin = role === 'admin';
  // The console is listed for admins, reviewers and unit administrators (visibility role unit-admin): anyone else
  // here administers a unit and gets 组织与人员 only, limited to their unit by the server.
  const unitAdminOnly = !isAdmin && role !== 'reviewer';
  // A reviewer gets 上架审核 whatever was asked for: the other sections (令牌 included) are an admin's.
  const [section, setSection] = useState<ConsoleSection>(isAdmin ? (initialSection ?? 'review') : unitAdminOnly ? 'org' : 'approval');
  const thisYear = shanghaiYear();
  const [year, setYear] = useState(initialYear ?? thisYear);
  const [openApp, setOpenApp] = useState<string>();
  const [view, setView] = useState<ReviewView>({ filter: emptyFilter, sort: { key: 'score', direction: 'asc' } });

  const root = useRef<HTMLDivElement>(null);
  useFitToWindow(root);
  const env = useMemo<ConsoleEnv>(() => ({ api, notify }), [api, notify]);
  const years = useMemo(() => {
    const list = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
    return list.includes(year) ? list : [year, ...list];
  }, [thisYear, year]);

  return (
    <ConsoleContext.Provider value={env}>
      <div ref={root} className="ac-root" lang={locale}>
        <style>{styles + approvalStyles + tokenStyles + orgStyles}</style>
        {isAdmin && <ConsoleTabs section={section} onSection={setSection} />}
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label is set only when the role is tabpanel (admins); Biome cannot see the condition */}
        <div className="ac-section" role={isAdmin ? 'tabpanel' : undefined} aria-labelledby={isAdmin ? `ac-tab-${section}` : undefined}>
          {section === 'org' ? (
            <OrgPage />
          ) : section === 'approval' ? (
            <ApprovalPage canManageTrust={isAdmin} />
          ) : section === 'tokens' ? (
            <TokensPage />
          ) : openApp ? (
            <DetailPage year={year} id={openApp} onBack={() => setOpenApp(undefined)} />
          ) : (
            <ReviewPage year={year} years={years} view={view} onYear={setYear} onView={setView} onOpen={setOpenApp} />
          )}
        </div>
      </div>
    </ConsoleContext.Provider>
  );
}
