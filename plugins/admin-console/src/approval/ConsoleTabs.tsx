import { useRef, type KeyboardEvent } from 'react';
import { useT } from '@toolbox/sdk/react';
import { messages } from '../i18n/messages.ts';

export type ConsoleSection = 'review' | 'approval' | 'org' | 'tokens';

const SECTIONS: ConsoleSection[] = ['review', 'approval', 'org', 'tokens'];

/**
 * The console's sections as tabs (only admins see them). Arrow keys move between them and select, as the WAI-ARIA tabs pattern has
 * it, so a keyboard user reaches 上架审核 without the mouse.
 */
export function ConsoleTabs({ section, onSection }: { section: ConsoleSection; onSection(section: ConsoleSection): void }) {
  const t = useT(messages);
  const refs = useRef<Partial<Record<ConsoleSection, HTMLButtonElement | null>>>({});
  const label = { review: t('approval.tabReview'), approval: t('approval.tabApproval'), org: t('org.tab'), tokens: t('tokens.tab') };

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = SECTIONS[(SECTIONS.indexOf(section) + step + SECTIONS.length) % SECTIONS.length]!;
    onSection(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="ac-tabs" role="tablist" aria-label={t('approval.sections')} onKeyDown={onKeyDown}>
      {SECTIONS.map((s) => (
        <button
          key={s}
          ref={(el) => {
            refs.current[s] = el;
          }}
          type="button"
          id={`ac-tab-${s}`}
          role="tab"
          className="ac-tab"
          aria-selected={section === s}
          tabIndex={section === s ? 0 : -1}
          onClick={() => onSection(s)}
        >
          {label[s]}
        </button>
      ))}
    </div>
  );
}
