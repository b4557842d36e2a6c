import type { StorybookConfig } from '@storybook/react-vite';

// Storybook for @toolbox/sdk/ui. Telemetry stays off: on a closed network it only waits and doubles the build time.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.stories.tsx'],
  core: { disableTelemetry: true },
};

export default config;
