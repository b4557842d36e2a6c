import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoadingLine } from '../src/ui/index.ts';

// What a page shows until its first data arrives; the toolbar's language switches it to English.
export default { title: 'UI/LoadingLine 正在加载', component: LoadingLine } satisfies Meta<typeof LoadingLine>;

export const Default: StoryObj<typeof LoadingLine> = {};
