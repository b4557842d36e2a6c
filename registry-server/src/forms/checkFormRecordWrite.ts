import type { Role } from '@toolbox/sdk';
import { allowedTransitions, canMove, checkFormRecord, type FormDefinition, isEmptyValue, statusField } from '@toolbox/sdk/forms';
import { Errors } from '../errors.ts';
import { inChinese } from '../lib/defineError.ts';

const labelOf = (definition: FormDefinition, state: unknown) => definition.flow?.states.find((s) => s.key === state)?.label['zh-CN'] ?? String(state);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the data API adds for a form app's record before the collection's JSON Schema: the flow. The runtime offers only
 * the moves a user may make, but a request can bypass the page, so the server checks again.
 * - A new record starts in the flow's initial state (filled in when the status is left out).
 * - A change of status must be a transition of the flow that `role` may take; a status left out keeps the old one.
 * Returns the record to check and store (a body that is not an object is left for the schema to refuse); throws
 * TOOLBOX_FORM_TRANSITION_REFUSED naming the status field.
 */
export function applyFormFlow(definition: FormDefinition, body: unknown, previous: Record<string, unknown> | undefined, role: Role): unknown {
  if (!isRecord(body)) return body;
  const data = { ...body };
  const status = statusField(definition);
  const flow = definition.flow;
  if (status && flow) {
    const to = data[status.key];
    if (!previous) {
      if (isEmptyValue(to)) data[status.key] = flow.initial;
      else if (to !== flow.initial) {
        throw inChinese(
          new Errors.FORM_TRANSITION_REFUSED(`body/${status.key}: a new record starts in the state "${flow.initial}" (${labelOf(definition, flow.initial)}), not "${String(to)}"`),
          `新记录应从“${labelOf(definition, flow.initial)}”开始，不能直接是“${labelOf(definition, to)}”。`,
        );
      }
    } else {
      const from = previous[status.key];
      if (isEmptyValue(to)) data[status.key] = from;
      else if (to !== from && !canMove(definition, from, String(to), role)) {
        const allowed = allowedTransitions(definition, from, role).map((t) => t.to);
        throw inChinese(
          new Errors.FORM_TRANSITION_REFUSED(
            `body/${status.key}: a ${role} may not move a record from "${String(from)}" (${labelOf(definition, from)}) to "${String(to)}" (${labelOf(definition, to)}); ` +
              (allowed.length ? `allowed from here: ${allowed.join(', ')}` : 'no move is allowed from here'),
          ),
          `你不能把记录从“${labelOf(definition, from)}”改为“${labelOf(definition, to)}”` +
            (allowed.length ? `；从这里可以改为${allowed.map((s) => `“${labelOf(definition, s)}”`).join('、')}。` : '；这一步需由有权限的人办理。'),
        );
      }
    }
  }
  return data;
}

/**
 * What the data API adds for a form app's record after the collection's JSON Schema: the checks only code can make
 * (身份证号 check digit, decimals, choices, required fields), as `checkFormRecord` makes them in the runtime.
 * Throws TOOLBOX_RECORD_INVALID whose message and `details` name each field.
 */
export function checkFormValues(definition: FormDefinition, data: Record<string, unknown>): void {
  const problems = checkFormRecord(definition, data);
  if (problems.length) {
    const details = problems.map((p) => ({ path: `/${p.field}`, message: `${p.message.en ?? p.message['zh-CN']}（${p.message['zh-CN']}）`, params: { field: p.field } }));
    throw Object.assign(new Errors.RECORD_INVALID(details.map((d) => `body${d.path} ${d.message}`).join('; ')), { details });
  }
}
