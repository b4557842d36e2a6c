import { useEffect, useRef, useState, type FormEvent } from 'react';
import { errorMessageFor } from '@toolbox/sdk/api/client';
import { translator } from '@toolbox/sdk';
import { useHost } from './HostContext.ts';
import { ratingMessages } from './i18n/ratingMessages.ts';

export interface RatingDialogProps {
  appId: string;
  name: string;
  onClose(): void;
}

/** 评价: a score from 1 to 5 (radio buttons, so arrow keys work) and an optional comment. */
export function RatingDialog({ appId, name, onClose }: RatingDialogProps) {
  const { t, locale, rate, notify } = useHost();
  const say = translator(ratingMessages, locale);
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score < 1) return;
    setBusy(true);
    try {
      await rate(appId, score, comment.trim() || undefined);
      notify({ type: 'success', message: say('rating.thanks') });
      onClose();
    } catch (e) {
      notify({ type: 'error', message: t('rating.failed', { message: errorMessageFor(e, locale) }) });
      setBusy(false);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click beside the dialog closes it; the keyboard has Escape (above) and 取消
    // biome-ignore lint/a11y/useKeyWithClickEvents: as above, Escape is handled on the document
    <div className="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <form className="modal" role="dialog" aria-modal="true" aria-labelledby="rating-h" onSubmit={submit}>
        <h2 id="rating-h">{say('rating.title', { name })}</h2>
        <fieldset className="stars">
          <legend>{say('rating.score')}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={n <= score ? 'is-on' : ''}>
              <input
                ref={n === 1 ? first : undefined}
                type="radio"
                name="score"
                value={n}
                checked={score === n}
                onChange={() => setScore(n)}
                aria-label={say('rating.star', { n })}
              />
              <span aria-hidden="true">★</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{say('rating.comment')}</span>
          <textarea value={comment} maxLength={500} rows={3} onChange={(e) => setComment(e.target.value)} />
        </label>
        <div className="modal-actions">
          <button type="button" className="button-secondary" onClick={onClose}>
            {say('rating.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy || score < 1}>
            {say('rating.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
