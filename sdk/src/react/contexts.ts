import { createContext } from 'react';
import type { Locale, ToolboxContext } from '../shared/types.ts';

// Internal: the React contexts behind ToolboxProvider. The UI kit reads LocaleContext directly so that it works with
// or without a light app around it (Storybook, plain React pages), defaulting to Chinese.
export const ToolboxReactContext = createContext<ToolboxContext | null>(null);
export const LocaleContext = createContext<Locale>('zh-CN');
