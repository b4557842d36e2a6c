// The stage of each way an app can fail to open. The codes are the code registry's (`@toolbox/sdk/api`, origin 'host'):
// a host code without a stage here fails to compile. The desktop shows the message for the code (i18n/messages.ts)
// and the code itself, so a committee worker can read it out on the phone to support.
import type { HostCode } from '@toolbox/sdk/api';

export const HOST_ERRORS = {
  TOOLBOX_HOST_SDK_INCOMPATIBLE: { stage: 'check' },
  TOOLBOX_HOST_INTEGRITY_MISMATCH: { stage: 'check' },
  TOOLBOX_HOST_REMOTE_UNREACHABLE: { stage: 'load' },
  TOOLBOX_HOST_BAD_EXPORTS: { stage: 'load' },
  TOOLBOX_HOST_FORM_DEFINITION_FAILED: { stage: 'load' },
  TOOLBOX_HOST_TIMEOUT: { stage: 'load' },
  TOOLBOX_HOST_BOOTSTRAP_FAILED: { stage: 'bootstrap' },
  TOOLBOX_HOST_MOUNT_FAILED: { stage: 'mount' },
  TOOLBOX_HOST_RENDER_FAILED: { stage: 'render' },
} as const satisfies Record<HostCode, { stage: LoadStage }>;

export type HostErrorCode = HostCode;
export type LoadStage = 'check' | 'load' | 'bootstrap' | 'mount' | 'render';

/** Why an app could not be opened (or stopped working): the code, the stage, and the original error's message. */
export class AppLoadError extends Error {
  readonly code: HostErrorCode;
  readonly stage: LoadStage;
  readonly appId: string;
  readonly version: string;
  readonly detail: string;

  constructor(code: HostErrorCode, appId: string, version: string, detail: string, stage?: LoadStage) {
    super(`${code}: ${appId}@${version}: ${detail}`);
    this.name = 'AppLoadError';
    this.code = code;
    this.stage = stage ?? HOST_ERRORS[code].stage;
    this.appId = appId;
    this.version = version;
    this.detail = detail;
  }
}

export function describeError(value: unknown): string {
  if (value instanceof Error) return value.message;
  return String(value);
}
