// `@toolbox/sdk/react`: the React 19 adapter for light apps.
export { createReactLightApp } from './createReactLightApp.tsx';
export type { LightAppComponentProps } from './createReactLightApp.tsx';
export { ToolboxProvider } from './ToolboxProvider.tsx';
export type { ToolboxProviderProps } from './ToolboxProvider.tsx';
export { useToolbox } from './useToolbox.ts';
export { useCollection } from './useCollection.ts';
export type { CollectionState } from './useCollection.ts';
export { useAllRecords } from './useAllRecords.ts';
export type { AllRecords } from './useAllRecords.ts';
export { useLocale } from './useLocale.ts';
export { loadPinyin, usePinyin } from './usePinyin.ts';
export { useT, defineMessages, translate } from './useT.ts';
export type { Message, MessageArgs, MessageCatalogue, Messages, Translate, Translation } from './useT.ts';
