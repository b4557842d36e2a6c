import { defineMessages, translate, type CatalogItem } from '@toolbox/sdk';
import { TRY_PARAM } from '../runtime/appVersion.ts';
import { useHost } from './HostContext.ts';

// Only an app's owner with a version awaiting review ever sees these (only their catalogue has `pending`), so they and
// their words are a chunk of their own (useTrialControls.ts): nobody else's desktop loads them.
const messages = defineMessages({
  'zh-CN': {
    try: '试用待审核版本 {version}',
    tryHint: '审核通过前，只有你能打开这个版本',
    trying: '正在试用待审核版本 {version}，仅你可见',
    others: '其他人仍在使用当前版本 {current}；试用期间不计入使用统计。',
    onlyYou: '此应用尚无已审核的版本：审核通过前只有你能打开它，试用期间不计入使用统计。',
    back: '返回当前版本 {current}',
  },
  en: {
    try: 'Try pending version {version}',
    tryHint: 'Until it is approved, only you can open this version',
    trying: 'Trying pending version {version}, visible only to you',
    others: 'Everyone else still uses the current version {current}; nothing you do here counts in the usage figures.',
    onlyYou: 'This app has no approved version yet: until one is approved only you can open it, and nothing counts in the usage figures.',
    back: 'Back to the current version {current}',
  },
});

const appHref = (id: string) => `/app/${encodeURIComponent(id)}`;

/**
 * Opens the owner's pending version: `/app/<id>?try=<version>`, which a reload keeps. In the frame of the open app
 * the route does not change app, so the app is opened again under the new URL (the runtime reads it at each open).
 */
export function TryPending({ item, inFrame = false }: { item: CatalogItem; inFrame?: boolean }) {
  const { locale, navigate, runtime } = useHost();
  const pending = item.pending;
  if (!pending) return null;
  const href = `${appHref(item.id)}?${TRY_PARAM}=${encodeURIComponent(pending.version)}`;
  return (
    <a
      className={inFrame ? 'button-try' : 'button-try tile-try'}
      href={href}
      title={translate(messages, locale, 'tryHint')}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(href);
        if (inFrame) runtime.retry(item.id);
      }}
    >
      {translate(messages, locale, 'try', { version: pending.version })}
    </a>
  );
}

/** What the lazily loaded chunk renders (trialControl.ts): the tile's or the frame's try link, or the trial's banner. */
export default function TrialControl({ item, place, version }: { item: CatalogItem; place: 'tile' | 'frame' | 'banner'; version?: string }) {
  if (place === 'banner') return version ? <TrialBanner item={item} version={version} /> : null;
  return <TryPending item={item} inFrame={place === 'frame'} />;
}

/** The mark of a trial, above the app: which version, that only its owner sees it, and the way back. */
export function TrialBanner({ item, version }: { item: CatalogItem; version: string }) {
  const { locale, navigate, runtime } = useHost();
  const current = item.version;
  return (
    <div className="banner banner-trial" role="status" data-trial={version}>
      <strong>{translate(messages, locale, 'trying', { version })}</strong>
      <span>{item.pendingOnly ? translate(messages, locale, 'onlyYou') : translate(messages, locale, 'others', { current })}</span>
      {!item.pendingOnly && (
        <a
          href={appHref(item.id)}
          onClick={(event) => {
            event.preventDefault();
            navigate(appHref(item.id));
            runtime.retry(item.id);
          }}
        >
          {translate(messages, locale, 'back', { current })}
        </a>
      )}
    </div>
  );
}
