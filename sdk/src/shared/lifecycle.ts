/** Where an app stands in its lifecycle: open to staff, announced for retirement, or retired (kept, never served). */
export type AppStatus = 'active' | 'deprecated' | 'retired';

/** What an admin can do to an app's lifecycle. */
export type LifecycleAction = 'deprecate' | 'retire' | 'restore';

/**
 * The lifecycle as one table, read by the registry server (which refuses anything else with 409
 * `TOOLBOX_INVALID_TRANSITION`) and by the admin console (which offers only these actions). Deprecating a deprecated
 * app announces a new date; restoring brings a deprecated or retired app back to active.
 */
export const LIFECYCLE_TRANSITIONS: Readonly<Record<LifecycleAction, { from: readonly AppStatus[]; to: AppStatus }>> = {
  deprecate: { from: ['active', 'deprecated'], to: 'deprecated' },
  retire: { from: ['active', 'deprecated'], to: 'retired' },
  restore: { from: ['deprecated', 'retired'], to: 'active' },
};

/** Whether `action` may be taken on an app that is `status`. */
export function canTransition(action: LifecycleAction, status: AppStatus): boolean {
  return LIFECYCLE_TRANSITIONS[action].from.includes(status);
}

/** The actions that may be taken on an app that is `status`, in the table's order. */
export function lifecycleActions(status: AppStatus): LifecycleAction[] {
  return (Object.keys(LIFECYCLE_TRANSITIONS) as LifecycleAction[]).filter((action) => canTransition(action, status));
}

/**
 * The roles that may maintain an app whose versions are of `versionKinds` ('form', 'bundle', 'external'), and so be
 * given it in a hand-over (移交维护): a maker publishes form apps only, so an app with code (or no version yet) stays
 * with developers and admins. The registry refuses anyone else with 400 `TOOLBOX_APP_OWNER_INVALID`; the admin
 * console offers only these.
 */
export function maintainerRoles(versionKinds: readonly string[]): ('maker' | 'developer' | 'admin')[] {
  const isForm = versionKinds.length > 0 && versionKinds.every((kind) => kind === 'form');
  return isForm ? ['maker', 'developer', 'admin'] : ['developer', 'admin'];
}
