import { useEffect, useState } from 'react';
import type { AppDetail } from '../api/endpoints.ts';
import { useHost } from './HostContext.ts';
import { stoppedWhileOpen } from './applyCatalogChange.ts';
import { missingMessages } from './i18n/missingMessages.ts';
import { shanghaiDay } from '../runtime/sdkShare.ts';
import { localized, translator } from '@toolbox/sdk';

/**
 * A direct `/app/<id>` for an app that is not on this user's desktop: either it was retired (say so, and name the
 * replacement) or it does not exist for this user. An app that was open here when it left the catalogue was closed
 * (applyCatalogChange.ts): the page says that too.
 */
export function MissingAppPage({ id }: { id: string }) {
  const { t, locale, navigate, lookupApp } = useHost();
  const say = translator(missingMessages, locale);
  const [detail, setDetail] = useState<AppDetail | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    lookupApp(id).then(
      (d) => live && setDetail(d),
      () => live && setDetail(null),
    );
    return () => {
      live = false;
    };
  }, [id, lookupApp]);

  if (detail === undefined) return <main className="app-view" id="main" aria-busy="true" />;
  const stoppedNote = stoppedWhileOpen(id) && (
    <p className="notice-stopped" data-stopped="">
      {say('stopped.body')}
    </p>
  );
  const back = (
    <button type="button" className="button-primary" onClick={() => navigate('/')}>
      {t('frame.back')}
    </button>
  );
  if (detail && detail.status === 'retired') {
    const name = localized(detail.name, locale);
    const r = detail.retirement;
    return (
      <main className="app-view notice-page" id="main">
        <section className="notice-card" aria-labelledby="retired-h">
          <h1 id="retired-h">{say('retired.title', { name })}</h1>
          {r?.reason && <p>{say('retired.reason', { reason: r.reason })}</p>}
          {r?.at && <p>{say('retired.at', { date: shanghaiDay(r.at) })}</p>}
          {stoppedNote}
          {r?.replacement && (
            <p>
              {say('retired.replacement')}
              <a
                href={`/app/${encodeURIComponent(r.replacement.id)}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/app/${encodeURIComponent(r.replacement!.id)}`);
                }}
              >
                {localized(r.replacement.name, locale)}
              </a>
            </p>
          )}
          {back}
        </section>
      </main>
    );
  }
  return (
    <main className="app-view notice-page" id="main">
      <section className="notice-card" aria-labelledby="nf-h">
        <h1 id="nf-h">{say('notFound.title')}</h1>
        <p>{say('notFound.body')}</p>
        {stoppedNote}
        {back}
      </section>
    </main>
  );
}
