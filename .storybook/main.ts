import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [
    { from: '../maps', to: '/maps' },
    { from: '../stories/data', to: '/data' },
    { from: '../stories/examples', to: '/examples' },
    { from: '../dist', to: '/dist' },
  ],
};
export default config;
