import { checkArray, checkKey, checkText, isObject, onlyKnown } from './checkShape.ts';
import type { ErrorList } from './definitionError.ts';
import { FORM_LIMITS } from './limits.ts';

const ROLES = ['staff', 'maker', 'developer', 'admin', 'reviewer'];
const TONES = ['neutral', 'info', 'success', 'warning', 'danger'];

/**
 * Checks the status flow: unique states, an initial state, transitions between known states, and that every state
 * still in use can be reached from the initial one (a state nobody can reach is a mistake in the design).
 */
export function checkFlow(errors: ErrorList, flow: unknown, path: string): void {
  if (!isObject(flow)) {
    errors.add(path, 'type', '状态流程应为对象', 'the flow must be an object');
    return;
  }
  onlyKnown(errors, flow, path, ['states', 'initial', 'transitions']);
  // key → whether it is retired, and where it was declared.
  const states = new Map<string, boolean>();
  const where = new Map<string, string>();
  checkArray(errors, flow.states, `${path}/states`, { required: true, min: 1, max: FORM_LIMITS.states, what: '状态' }).forEach((state, i) => {
    const at = `${path}/states/${i}`;
    if (!isObject(state)) {
      errors.add(at, 'type', '状态应为对象', 'a state must be an object');
      return;
    }
    const key = typeof state.key === 'string' ? state.key : undefined;
    onlyKnown(errors, state, at, ['key', 'label', 'tone', 'retired'], key);
    if (!checkKey(errors, state.key, `${at}/key`, '状态标识 key', key)) return;
    checkText(errors, state.label, `${at}/label`, { required: true, max: FORM_LIMITS.labelLength, what: `状态“${key}”的名称`, field: key });
    if (state.tone !== undefined && !TONES.includes(String(state.tone))) {
      errors.add(`${at}/tone`, 'pattern', `状态“${key}”的颜色应为 ${TONES.join('、')} 之一`, `tone of state "${key}" must be one of ${TONES.join(', ')}`, key);
    }
    if (states.has(key as string)) {
      errors.add(`${at}/key`, 'duplicateKey', `状态“${key}”重复`, `state "${key}" is declared twice`, key);
    }
    if (!where.has(key as string)) where.set(key as string, at);
    states.set(key as string, state.retired === true);
  });
  const known = (key: unknown, at: string, what: string, whatEn: string): key is string => {
    if (typeof key === 'string' && states.has(key)) return true;
    errors.add(at, 'flow', `${what}“${String(key)}”不是流程中的状态`, `${whatEn} "${String(key)}" is not a state of the flow`, typeof key === 'string' ? key : undefined);
    return false;
  };
  const initial = flow.initial;
  if (known(initial, `${path}/initial`, '初始状态', 'the initial state') && states.get(initial)) {
    errors.add(`${path}/initial`, 'flow', `初始状态“${initial}”已停用`, `the initial state "${initial}" is retired`, initial);
  }
  const next = new Map<string, string[]>();
  const pairs = new Set<string>();
  checkArray(errors, flow.transitions, `${path}/transitions`, { required: true, max: FORM_LIMITS.transitions, what: '状态转换' }).forEach((step, i) => {
    const at = `${path}/transitions/${i}`;
    if (!isObject(step)) {
      errors.add(at, 'type', '状态转换应为对象', 'a transition must be an object');
      return;
    }
    onlyKnown(errors, step, at, ['from', 'to', 'label', 'roles']);
    checkText(errors, step.label, `${at}/label`, { max: FORM_LIMITS.labelLength, what: '按钮文字' });
    const roles = checkArray(errors, step.roles, `${at}/roles`, { max: ROLES.length, what: '可操作的角色' });
    roles.forEach((role, r) => {
      if (!ROLES.includes(String(role))) errors.add(`${at}/roles/${r}`, 'pattern', `角色“${String(role)}”不存在，可用：${ROLES.join('、')}`, `unknown role "${String(role)}": use ${ROLES.join(', ')}`);
    });
    const fromOk = known(step.from, `${at}/from`, '起始状态', 'the state moved from');
    const toOk = known(step.to, `${at}/to`, '目标状态', 'the state moved to');
    if (!fromOk || !toOk) return;
    const from = step.from as string;
    const to = step.to as string;
    if (from === to) {
      errors.add(at, 'flow', `状态转换不能从“${from}”转到它自己`, `a transition cannot go from "${from}" to itself`, from);
      return;
    }
    if (states.get(to)) {
      errors.add(`${at}/to`, 'flow', `状态“${to}”已停用，不能再转入`, `state "${to}" is retired: nothing may move into it`, to);
      return;
    }
    if (pairs.has(`${from}>${to}`)) {
      errors.add(at, 'duplicateKey', `从“${from}”到“${to}”的转换重复`, `the transition "${from}" → "${to}" is declared twice`, from);
      return;
    }
    pairs.add(`${from}>${to}`);
    next.set(from, [...(next.get(from) ?? []), to]);
  });
  if (typeof initial !== 'string' || !states.has(initial)) return;
  const reached = new Set([initial]);
  const queue = [initial];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const to of next.get(state) ?? []) {
      if (reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  for (const [key, retired] of states) {
    if (retired || reached.has(key)) continue;
    errors.add(where.get(key) ?? `${path}/states`, 'unreachableState', `状态“${key}”从初始状态“${initial}”无法到达：请添加转入它的状态转换，或删除它`, `state "${key}" cannot be reached from the initial state "${initial}": add a transition into it or remove it`, key);
  }
}
