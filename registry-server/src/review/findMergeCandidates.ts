import type { MergeHint } from './recommendApp.ts';
import type { AppFacts, MergeCandidate, SharedUsers } from './reviewTypes.ts';
import { round } from './round.ts';
import { MIN_CELL_USERS } from './smallCells.ts';

/**
 * Pairs of apps in one category used by largely the same people: shared users over the users of either (Jaccard),
 * at least `mergeOverlap`. Over the smaller app's users instead, every small app would look like a copy of the
 * category's big everyday app, which nearly everyone uses. A pair sharing fewer than 3 users is left out (a small
 * cell). The smaller app of each pair gets a hint to merge into the bigger one; an app in several pairs keeps the
 * pair with the highest overlap. Tools for admins and developers only are never paired.
 */
export function findMergeCandidates(
  apps: readonly AppFacts[],
  users: ReadonlyMap<string, number>,
  shared: readonly SharedUsers[],
  mergeOverlap: number,
): { candidates: MergeCandidate[]; hints: Map<string, MergeHint> } {
  const byId = new Map(apps.map((a) => [a.id, a]));
  const candidates: MergeCandidate[] = [];
  const hints = new Map<string, MergeHint>();
  for (const pair of shared) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (!a || !b || a.category !== b.category || a.id === b.id) continue;
    if (a.retiredOn !== null || b.retiredOn !== null) continue;
    // Tools only admins and developers can open (the console, the designer, the form runtime) share their few users
    // by nature: the same three admins open them all, which says nothing of two apps doing one job.
    if (!a.forStaff || !b.forStaff) continue;
    if (pair.shared < MIN_CELL_USERS) continue;
    const ua = users.get(a.id) ?? 0;
    const ub = users.get(b.id) ?? 0;
    const union = ua + ub - pair.shared;
    if (union <= 0) continue;
    const overlap = round(pair.shared / union, 3);
    if (overlap < mergeOverlap) continue;
    const [small, big] = ua < ub || (ua === ub && a.id > b.id) ? [a, b] : [b, a];
    candidates.push({ category: a.category, apps: [small.id, big.id], overlap });
    const hint = hints.get(small.id);
    if (!hint || hint.overlap < overlap) {
      hints.set(small.id, { intoName: big.name['zh-CN'], category: a.category, overlap });
    }
  }
  candidates.sort((x, y) => y.overlap - x.overlap || x.apps[0].localeCompare(y.apps[0]));
  return { candidates, hints };
}
