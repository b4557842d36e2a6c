import { describe, expect, it } from 'vitest';
import { canTransition, lifecycleActions } from '../src/shared/lifecycle.ts';

describe('the lifecycle table (server and admin console read the same one)', () => {
  it('offers each status its actions', () => {
    expect(lifecycleActions('active')).toEqual(['deprecate', 'retire']);
    expect(lifecycleActions('deprecated')).toEqual(['deprecate', 'retire', 'restore']);
    expect(lifecycleActions('retired')).toEqual(['restore']);
  });

  it('refuses what the table does not name', () => {
    expect(canTransition('restore', 'active')).toBe(false);
    expect(canTransition('retire', 'retired')).toBe(false);
    expect(canTransition('deprecate', 'retired')).toBe(false);
  });
});
