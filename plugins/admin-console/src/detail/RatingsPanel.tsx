import { Card } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { AppReview } from '../api/types.ts';
import { formatRating } from '../lib/format.ts';
import { shanghaiDay } from '@toolbox/sdk';
import { messages } from '../i18n/messages.ts';

/** Ratings as users left them: score, comment and date, with no name attached. */
export function RatingsPanel({ ratings }: { ratings: AppReview['ratings'] }) {
  const t = useT(messages);
  const comments = ratings.items.filter((item) => item.comment && item.comment.trim() !== '');

  return (
    <Card className="ac-panel" title={t('ratings')}>
      <p className="ac-rating-summary">
        {ratings.average === null ? t('noRatings') : t('ratingsSummary', formatRating(ratings.average), ratings.count)}
      </p>
      {comments.length === 0 ? (
        <p className="ac-muted">{t('noComments')}</p>
      ) : (
        <ul className="ac-comments">
          {comments.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is drawn once per load and never reordered; `at` alone may repeat
            <li key={`${item.at}-${i}`}>
              <span className="ac-stars" role="img" aria-label={`${item.score} / 5`}>
                {'★'.repeat(Math.round(item.score))}
                <span className="ac-stars__off">{'★'.repeat(5 - Math.round(item.score))}</span>
              </span>
              <span className="ac-comment">{item.comment}</span>
              <time className="ac-muted" dateTime={item.at}>
                {shanghaiDay(new Date(item.at))}
              </time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
