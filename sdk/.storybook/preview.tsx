import type { Preview } from '@storybook/react-vite';
import { ToolboxProvider } from '../src/react/index.ts';
import type { Locale } from '../src/shared/types.ts';
import { createMockToolbox } from '../src/testing/index.ts';

// Every story runs inside a light app's context, so the kit picks up the locale from the toolbar like it would
// from the host.
const preview: Preview = {
  globalTypes: {
    locale: {
      description: '语言 Language',
      toolbar: {
        title: '语言',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  decorators: [
    (Story, context) => {
      const locale = (context.globals.locale as Locale | undefined) ?? 'zh-CN';
      return (
        <ToolboxProvider context={createMockToolbox({ locale })} locale={locale}>
          <div style={{ padding: 16, maxWidth: 1100 }}>
            <Story />
          </div>
        </ToolboxProvider>
      );
    },
  ],
  parameters: { layout: 'fullscreen' },
};

export default preview;
