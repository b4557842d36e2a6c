// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolboxProvider } from '../../src/react/index.ts';
import { createMockToolbox } from '../../src/testing/index.ts';
import { SchemaForm } from '../../src/ui/index.ts';
import { visitSchema } from '../../stories/visitSchema.ts';


afterEach(cleanup);

describe('SchemaForm', () => {
  it('renders one labelled control per property, with the widget the schema implies', () => {
    render(<SchemaForm schema={visitSchema} onSubmit={() => {}} />);
    expect(screen.getByLabelText(/居民姓名/).getAttribute('type')).toBe('text');
    expect(screen.getByLabelText(/走访日期/).getAttribute('type')).toBe('date');
    expect(screen.getByLabelText(/居民类别/).tagName).toBe('SELECT');
    expect(screen.getByLabelText(/年龄/).getAttribute('type')).toBe('number');
    expect(screen.getByLabelText(/需要跟进/).getAttribute('type')).toBe('checkbox');
    const notes = screen.getByLabelText(/走访情况/);
    expect(notes.tagName).toBe('TEXTAREA');
    // The description is the control's accessible description.
    expect(document.getElementById(notes.getAttribute('aria-describedby') ?? '')?.textContent).toBe('写明居民的身体、居住和生活状况，以及需要协调解决的问题');
  });

  it('names each wrong field in Chinese, marks it invalid and focuses the first, without submitting', async () => {
    const submitted: unknown[] = [];
    render(<SchemaForm schema={visitSchema} onSubmit={(v) => void submitted.push(v)} />);
    fireEvent.change(screen.getByLabelText(/年龄/), { target: { value: '200' } });
    fireEvent.change(screen.getByLabelText(/居民姓名/), { target: { value: '欧阳'.repeat(17) } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByText('请填写走访日期', { selector: '.tbx-error' })).toBeTruthy();
    expect(screen.getByText('请填写居民类别', { selector: '.tbx-error' })).toBeTruthy();
    expect(screen.getByText('居民姓名不能超过 32 个字符', { selector: '.tbx-error' })).toBeTruthy();
    expect(screen.getByText('年龄不能大于 130', { selector: '.tbx-error' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('表单有 4 处需要修改');
    expect(screen.getByLabelText(/走访日期/).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText(/居民姓名/));
    expect(submitted).toEqual([]);
  });

  it('submits the typed value once the schema is satisfied, dropping empty optional fields', async () => {
    const submitted: unknown[] = [];
    render(<SchemaForm schema={visitSchema} onSubmit={(v) => void submitted.push(v)} />);
    fireEvent.change(screen.getByLabelText(/居民姓名/), { target: { value: '王阿婆' } });
    fireEvent.change(screen.getByLabelText(/走访日期/), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText(/居民类别/), { target: { value: '独居老人' } });
    fireEvent.change(screen.getByLabelText(/年龄/), { target: { value: '86' } });
    fireEvent.click(screen.getByLabelText(/需要跟进/));
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toEqual({ residentName: '王阿婆', visitDate: '2026-03-01', category: '独居老人', age: 86, needsFollowUp: true });
  });

  it('edits a format: date-time field as Shanghai wall-clock time and stores the instant, which passes its own check', async () => {
    const schema = {
      type: 'object',
      required: ['title', 'deadline'],
      properties: { title: { type: 'string', title: '工单' }, deadline: { type: 'string', format: 'date-time', title: '办结时限' } },
    };
    const submitted: unknown[] = [];
    render(<SchemaForm schema={schema} initialValue={{ title: '路灯不亮', deadline: '2026-11-28T02:30:00.000Z' }} onSubmit={(v) => void submitted.push(v)} />);
    const deadline = screen.getByLabelText(/办结时限/) as HTMLInputElement;
    expect(deadline.type).toBe('datetime-local');
    // 02:30 UTC is 10:30 in Shanghai, whatever zone the test machine is in.
    expect(deadline.value).toBe('2026-11-28T10:30');
    fireEvent.change(deadline, { target: { value: '2026-11-29T18:00' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toEqual({ title: '路灯不亮', deadline: '2026-11-29T10:00:00.000Z' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a bad date as a format error and clears errors as the user fixes them', async () => {
    render(<SchemaForm schema={visitSchema} initialValue={{ residentName: '王阿婆', category: '困难家庭', visitDate: '2026-02-30x' }} onSubmit={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('走访日期不是有效的日期（年-月-日）', { selector: '.tbx-error' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/走访日期/), { target: { value: '2026-02-28' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('speaks English when the host locale is en, and shows a failed save', async () => {
    const toolbox = createMockToolbox({ locale: 'en' });
    render(
      <ToolboxProvider context={toolbox}>
        <SchemaForm
          schema={visitSchema}
          initialValue={{ residentName: '王阿婆', category: '独居老人', visitDate: '2026-03-01' }}
          onSubmit={() => Promise.reject(new Error('network down'))}
        />
      </ToolboxProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saving failed: network down')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/居民姓名/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('居民姓名 is required', { selector: '.tbx-error' })).toBeTruthy();
  });
});
