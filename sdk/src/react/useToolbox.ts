import { useContext } from 'react';
import { ToolboxSdkError } from '../errors.ts';
import type { ToolboxContext } from '../shared/types.ts';
import { ToolboxReactContext } from './contexts.ts';

/** The host API of the light app this component belongs to. Throws `TOOLBOX_SDK_OUTSIDE_APP` outside a ToolboxProvider. */
export function useToolbox(): ToolboxContext {
  const ctx = useContext(ToolboxReactContext);
  if (!ctx) throw new ToolboxSdkError('TOOLBOX_SDK_OUTSIDE_APP', ['useToolbox()']);
  return ctx;
}
