import { Card } from '@toolbox/sdk/ui';
import type { AppReview } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { formatRating } from '../lib/format.ts';
import { shanghaiDay } from '@toolbox/sdk';

/** Ratings as users left them: score, comment and date, with no name attached. */
export function RatingsPanel({ ratings }: { ratings: AppReview['ratings'] }) {
  const { m } = useConsole();
  const comments = ratings.items.filter((item) => item.comment && item.comment.trim() !== '');

  return (
    <Card className="ac-panel" title={m.ratings}>
      <p className="ac-rating-summary">
        {ratings.average === null ? m.noRatings : m.ratingsSummary(formatRating(ratings.average), ratings.count)}
      </p>
      {comments.length === 0 ? (
        <p className="ac-muted">{m.noComments}</p>
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
