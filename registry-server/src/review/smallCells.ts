/** A breakdown cell counting fewer people than this is not shown, so that nobody can be singled out. */
export const MIN_CELL_USERS = 3;

/** A user count fit to show: 1 or 2 become null (suppressed); 0 stays, since it reveals nobody. */
export function suppressUsers(users: number): number | null {
  return users > 0 && users < MIN_CELL_USERS ? null : users;
}
