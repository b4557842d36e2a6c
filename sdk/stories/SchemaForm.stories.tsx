import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SchemaForm } from '../src/ui/index.ts';
import { visitSchema } from './visitSchema.ts';


const meta = {
  title: 'UI/SchemaForm 表单',
  component: SchemaForm,
  args: { schema: visitSchema, onSubmit: () => {}, onCancel: () => {} },
} satisfies Meta<typeof SchemaForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = {
  args: { initialValue: { residentName: '王阿婆', category: '独居老人', visitDate: '2026-03-02', age: 86, needsFollowUp: true } },
};
export const Errors: Story = {
  args: { initialValue: { residentName: '王阿婆', age: 200 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /保存|Save/ }));
    await expect(await canvas.findByRole('alert')).toBeTruthy();
  },
};
export const LongChineseText: Story = {
  args: {
    schema: {
      ...visitSchema,
      properties: {
        ...visitSchema.properties,
        residentName: {
          type: 'string',
          title: '居民姓名（如为家庭户，请填写户主姓名并在走访情况中注明其他家庭成员）',
          description: '请与居民身份证或户口簿上的姓名保持一致，少数民族居民姓名中的间隔号请使用“·”',
          maxLength: 32,
        },
      },
    },
    initialValue: {
      notes:
        '王阿婆今年86岁，独居，子女均在外区居住，每周回来一次。本次上门发现厨房燃气软管老化，已联系燃气公司上门更换；卫生间地面湿滑，建议加装扶手，已报街道适老化改造项目。老人反映近期血压偏高，已联系社区卫生服务中心家庭医生下周上门随访。',
    },
  },
};
export const Disabled: Story = { args: { disabled: true, initialValue: { residentName: '李老伯', category: '高龄老人', visitDate: '2026-03-01' } } };
