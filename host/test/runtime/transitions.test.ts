// The frame's transition table: what each event does from each status, and what it leaves alone.
import { expect, it } from 'vitest';
import { createAppStates } from '../../src/runtime/appStates.ts';
import { TRANSITIONS, nextStatus } from '../../src/runtime/transitions.ts';

it('lists every status, and closing always returns to idle', () => {
  expect(Object.keys(TRANSITIONS).sort()).toEqual(['error', 'idle', 'loading', 'mounted', 'withdrawn']);
  for (const from of Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]) expect(nextStatus(from, 'close')).toBe('idle');
});

it('never hides a frame that shows something: a late timer or a second show does nothing', () => {
  expect(nextStatus('idle', 'slow')).toBe('loading');
  expect(nextStatus('loading', 'show')).toBeUndefined();
  expect(nextStatus('mounted', 'slow')).toBeUndefined();
  expect(nextStatus('error', 'slow')).toBeUndefined();
  // A retry of a failed app shows its frame loading before it mounts again.
  expect(nextStatus('error', 'mount')).toBeUndefined();
  expect(nextStatus('error', 'show')).toBe('loading');
});

it('shows a withdrawn version from whatever the frame showed, and only a new open or a close leave it', () => {
  for (const from of ['idle', 'loading', 'mounted', 'error'] as const) expect(nextStatus(from, 'withdraw')).toBe('withdrawn');
  expect(nextStatus('withdrawn', 'show')).toBe('loading');
  // The session that ran the pulled version is gone: nothing late of it changes the notice.
  for (const event of ['slow', 'mount', 'fail', 'withdraw'] as const) expect(nextStatus('withdrawn', event)).toBeUndefined();
});

it('tells its listeners only of transitions the table has', () => {
  const states = createAppStates();
  let told = 0;
  states.subscribe(() => told++);
  expect(states.send('a', 'show', { version: '1.0.0' })).toBe(true);
  expect(states.send('a', 'show', { version: '1.0.0' })).toBe(false);
  expect(states.get('a')).toEqual({ status: 'loading', version: '1.0.0' });
  states.send('a', 'mount', { version: '1.0.0' });
  states.send('a', 'close');
  expect(states.get('a')).toEqual({ status: 'idle' });
  expect(told).toBe(3);
});
