import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { shanghaiDay } from '@toolbox/sdk';
import { FIELD_KINDS, FORM_TEMPLATES, type FormDefinition, formFields, validateDefinition } from '@toolbox/sdk/forms';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { allKinds } from './allKinds.ts';
import { idNumber, renderRuntime, stored } from './renderRuntime.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;
const openForm = async () => fireEvent.click(await screen.findByRole('button', { name: '新增' }));

describe('the form', () => {
  it('renders a field of every kind, with sections, required marks and help', async () => {
    expect(validateDefinition(allKinds).ok).toBe(true);
    expect(new Set(formFields(allKinds).map((f) => f.kind))).toEqual(new Set(FIELD_KINDS));
    renderRuntime(allKinds);
    await openForm();
    expect(screen.getByRole('group', { name: '第一组' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '第二组' })).toBeTruthy();
    expect((screen.getByLabelText(/单行文字/) as HTMLInputElement).getAttribute('aria-required')).toBe('true');
    expect(screen.getByText('说明文字')).toBeTruthy();
    expect(screen.getByLabelText('多行文字').tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('数字').getAttribute('inputmode')).toBe('numeric');
    expect(screen.getByText('人')).toBeTruthy();
    expect((screen.getByLabelText('日期') as HTMLInputElement).value).toBe(shanghaiDay(new Date()));
    expect((screen.getByLabelText('日期时间') as HTMLInputElement).type).toBe('datetime-local');
    expect(within(screen.getByRole('radiogroup', { name: '单选' })).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByLabelText('下拉单选').tagName).toBe('SELECT');
    expect(within(screen.getByRole('group', { name: '多选' })).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(screen.getByRole('radiogroup', { name: '是否' })).getAllByRole('radio').map((r) => r.parentElement?.textContent)).toEqual(['是', '否']);
    expect((screen.getByLabelText('电话') as HTMLInputElement).type).toBe('tel');
    expect((screen.getByLabelText('身份证') as HTMLInputElement).maxLength).toBe(18);
    expect(within(screen.getByRole('group', { name: '地址' })).getAllByRole('textbox').map((i) => i.getAttribute('aria-label'))).toEqual(['楼号', '室号']);
    expect((screen.getByLabelText('人员') as HTMLInputElement).value).toBe('张敏');
    expect((screen.getByLabelText('单位') as HTMLInputElement).value).toBe('华阳居委会');
    expect(screen.getByText('拍照或选照片')).toBeTruthy();
    expect(screen.getByText(/新记录的状态为“待处理”/)).toBeTruthy();
  });

  it('refuses a missing required field with a Chinese message, and stores nothing', async () => {
    const toolbox = renderRuntime(hardship);
    await openForm();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const summary = await screen.findByText(/处需要修改/);
    expect(summary.textContent).toBe('有 5 处需要修改：');
    for (const message of ['请填写户主姓名', '请填写身份证号', '请填写住址', '请填写困难类别', '请填写主要困难和诉求']) {
      expect(screen.getAllByText(message).length).toBeGreaterThan(0);
    }
    expect(document.activeElement?.getAttribute('name')).toBe('name');
    expect(await stored(toolbox)).toEqual([]);
  });

  it('refuses a 身份证号 with a wrong check digit, then saves once it is right', async () => {
    const toolbox = renderRuntime(hardship);
    await openForm();
    const good = idNumber('31010519520314202');
    const bad = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    fireEvent.change(screen.getByLabelText(/户主姓名/), { target: { value: '王秀英' } });
    fireEvent.change(screen.getByLabelText(/身份证号/), { target: { value: bad } });
    fireEvent.change(screen.getByLabelText('楼号'), { target: { value: '8号楼' } });
    fireEvent.change(screen.getByLabelText('室号'), { target: { value: '201室' } });
    fireEvent.change(screen.getByLabelText(/困难类别/), { target: { value: '低保家庭' } });
    fireEvent.change(screen.getByLabelText(/主要困难和诉求/), { target: { value: '老伴住院，医药费负担重。' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('身份证号的出生日期或校验位不正确，请核对')).length).toBe(2);
    expect(await stored(toolbox)).toEqual([]);

    fireEvent.change(screen.getByLabelText(/身份证号/), { target: { value: good.toLowerCase() } });
    await waitFor(() => expect(screen.queryByText(/处需要修改/)).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { level: 2, name: '王秀英' });
    const detail = within(document.querySelector('.fr-detail') as HTMLElement);
    const sheet = document.querySelector('[data-record-print]') as HTMLElement;
    expect(detail.getByText(`${good.slice(0, 6)}********${good.slice(14)}`)).toBeTruthy();
    // The printed 登记表 shows it as the screen does: masked, in full once shown.
    expect(sheet.textContent).toContain(`${good.slice(0, 6)}********${good.slice(14)}`);
    fireEvent.click(screen.getByRole('button', { name: '显示完整的身份证号' }));
    expect(detail.getByText(good)).toBeTruthy();
    expect(sheet.textContent).toContain(good);
    const [record] = await stored(toolbox);
    expect(record).toMatchObject({
      name: '王秀英',
      idNumber: good,
      address: { building: '8号楼', room: '201室' },
      category: '低保家庭',
      householdSize: 1,
      caseworker: { id: 'u-staff', name: '张敏' },
      registeredOn: shanghaiDay(new Date()),
      status: 'pending',
    });
    expect(toolbox.tracked).toEqual(['create-record']);
  });

  it('names a number out of range and with too many decimals by label and unit', async () => {
    renderRuntime(hardship);
    await openForm();
    fireEvent.change(screen.getByLabelText('家庭人口'), { target: { value: '25' } });
    fireEvent.change(screen.getByLabelText('救助金额'), { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect((await screen.findAllByText('家庭人口不能大于 20人')).length).toBe(2);
    expect(screen.getAllByText('救助金额最多保留 2 位小数').length).toBe(2);
  });

  it('speaks English when the host does, labels from the definition', async () => {
    renderRuntime(hardship, { locale: 'en' });
    fireEvent.click(await screen.findByRole('button', { name: 'New' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText('Head of household is required')).length).toBe(2);
  });
});
