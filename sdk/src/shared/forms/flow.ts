import type { Role } from '../types.ts';
import { formFields } from './formFields.ts';
import type { FlowState, FlowTransition, FormDefinition, StatusField } from './types.ts';

/** The definition's status field, when it has a flow. */
export function statusField(definition: FormDefinition): StatusField | undefined {
  return formFields(definition).find((f): f is StatusField => f.kind === 'status');
}

/** A state of the flow by key. */
export function flowState(definition: FormDefinition, key: unknown): FlowState | undefined {
  return definition.flow?.states.find((s) => s.key === key);
}

/**
 * The steps a user with `role` may take from `state`: only declared transitions, only into states still in use, and
 * only those whose `roles` include the user's (none listed: anyone who may edit). The server enforces the same.
 */
export function allowedTransitions(definition: FormDefinition, state: unknown, role: Role): FlowTransition[] {
  const flow = definition.flow;
  if (!flow) return [];
  return flow.transitions.filter(
    (t) => t.from === state && !flowState(definition, t.to)?.retired && (t.roles === undefined || t.roles.length === 0 || t.roles.includes(role)),
  );
}

/** Whether `role` may move a record from `from` to `to`. */
export function canMove(definition: FormDefinition, from: unknown, to: string, role: Role): boolean {
  return allowedTransitions(definition, from, role).some((t) => t.to === to);
}

/**
 * The states `role` could bring a new record to: the initial state, and every state a chain of the transitions
 * `role` may take (allowedTransitions) leads to from it. An import places a record of an existing ledger in one of
 * these, and nowhere its importer could not have moved it step by step.
 */
export function reachableStates(definition: FormDefinition, role: Role): FlowState[] {
  const flow = definition.flow;
  if (!flow) return [];
  const seen = new Set<string>([flow.initial]);
  for (const state of seen) for (const t of allowedTransitions(definition, state, role)) seen.add(t.to);
  return flow.states.filter((s) => seen.has(s.key));
}
