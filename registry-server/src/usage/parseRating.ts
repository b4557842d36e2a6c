import { RatingInvalidError } from './errors.ts';

export const MAX_COMMENT = 500;

/** Checks a rating body `{score: 1..5, comment?: string ≤ 500}`, naming the wrong field. */
export function parseRating(body: unknown): { score: number; comment: string | null } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RatingInvalidError('body: must be an object');
  const { score, comment } = body as Record<string, unknown>;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 1 || score > 5) {
    throw new RatingInvalidError('score: must be an integer from 1 to 5');
  }
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    throw new RatingInvalidError('comment: must be a string');
  }
  const text = typeof comment === 'string' ? comment.trim() : '';
  if ([...text].length > MAX_COMMENT) throw new RatingInvalidError(`comment: at most ${MAX_COMMENT} characters`);
  return { score, comment: text === '' ? null : text };
}
