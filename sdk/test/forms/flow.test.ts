// The flow's rules as the form runtime and the registry share them: which steps a role may take, and where a new
// (imported) record may stand.
import { describe, expect, it } from 'vitest';
import { allowedTransitions, canMove, FORM_TEMPLATES, type FormDefinition, reachableStates } from '../../src/shared/forms/index.ts';

const hardship = FORM_TEMPLATES.find((t) => t.id === 'hardship-ledger') as FormDefinition;
const keys = (states: { key: string }[]) => states.map((s) => s.key);

describe('the flow', () => {
  it('lets a role take only the steps it is named for (none named: anyone)', () => {
    expect(allowedTransitions(hardship, 'closed', 'staff')).toEqual([]);
    expect(keys(allowedTransitions(hardship, 'closed', 'admin').map((t) => ({ key: t.to })))).toEqual(['helping']);
    expect(canMove(hardship, 'pending', 'helping', 'staff')).toBe(true);
    expect(canMove(hardship, 'pending', 'closed', 'admin')).toBe(false);
  });

  it('reaches, from the first state, every state a chain of the role’s steps leads to', () => {
    expect(keys(reachableStates(hardship, 'staff'))).toEqual(['pending', 'helping', 'closed', 'ineligible']);
    // 结案 an admin's step: staff can take a case to 帮扶中 or 不符合条件, no further.
    const adminCloses: FormDefinition = {
      ...hardship,
      flow: { ...hardship.flow!, transitions: hardship.flow!.transitions.map((t) => (t.to === 'closed' ? { ...t, roles: ['admin'] } : t)) },
    };
    expect(keys(reachableStates(adminCloses, 'staff'))).toEqual(['pending', 'helping', 'ineligible']);
    expect(keys(reachableStates(adminCloses, 'admin'))).toEqual(['pending', 'helping', 'closed', 'ineligible']);
    // A state retired is no step's end (allowedTransitions), so it is reached by none.
    const retired: FormDefinition = { ...hardship, flow: { ...hardship.flow!, states: hardship.flow!.states.map((s) => (s.key === 'ineligible' ? { ...s, retired: true } : s)) } };
    expect(keys(reachableStates(retired, 'admin'))).toEqual(['pending', 'helping', 'closed']);
    expect(reachableStates({ ...hardship, flow: undefined }, 'admin')).toEqual([]);
  });
});
