import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { FormDefinition } from '@toolbox/sdk/forms';
import { afterEach, describe, expect, it } from 'vitest';
import { allKinds } from './allKinds.ts';
import { renderRuntime, stored } from './renderRuntime.tsx';

afterEach(cleanup);

/** A small register with a person, a unit and at most two photos (the all-kinds test form's header, no flow). */
const { flow: _noFlow, ...header } = allKinds;
const patrol: FormDefinition = {
  ...header,
  id: 'patrol',
  name: { 'zh-CN': '巡查记录' },
  owner: { unit: 'huayanglu-01', contact: '陈静' },
  sections: [
    {
      title: { 'zh-CN': '巡查' },
      fields: [
        { key: 'place', kind: 'text', label: { 'zh-CN': '地点' }, required: true },
        { key: 'inspector', kind: 'person', label: { 'zh-CN': '巡查人' }, default: 'me' },
        { key: 'unit', kind: 'unit', label: { 'zh-CN': '所属单位' }, default: 'mine' },
        { key: 'photos', kind: 'photo', label: { 'zh-CN': '现场照片' }, maxPhotos: 2 },
      ],
    },
  ],
  views: { list: { columns: ['place', 'inspector'] } },
};

// The smallest real PNG (1×1): the test double, like the registry, goes by these bytes and not by the name.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
const photoFile = (name = 'site.png') => new File([PNG], name, { type: 'image/png' });
const openForm = async () => fireEvent.click(await screen.findByRole('button', { name: '新增' }));
const addPhotos = (...files: File[]) => fireEvent.change(screen.getByLabelText(/拍照或选照片/), { target: { files } });

describe('photos', () => {
  it('takes photos from the camera or the gallery, shows thumbnails, and saves their ids', async () => {
    const toolbox = renderRuntime(patrol);
    await openForm();
    const input = screen.getByLabelText(/拍照或选照片/) as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('environment');
    addPhotos(photoFile());
    await screen.findByRole('img', { name: '第 1 张照片' });
    expect(screen.getByText(/已有 1 张，最多 2 张/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/地点/), { target: { value: '8号楼车棚' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { name: /8号楼车棚/ });
    const [record] = await stored(toolbox);
    const id = toolbox.files.uploaded[0]!.id;
    expect(record).toMatchObject({ photos: [{ id }] });
    // The record's page shows the photo, linked to its full size.
    const thumb = screen.getByRole('img', { name: '第 1 张照片' }) as HTMLImageElement;
    expect(thumb.src).toBe(toolbox.files.url(id));
    expect(thumb.closest('a')?.getAttribute('target')).toBe('_blank');
  });

  it('says in words why a file is refused, keeps it out of the record, and stops at the limit', async () => {
    const toolbox = renderRuntime(patrol);
    await openForm();
    addPhotos(new File(['just some text'], 'photo.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText('这不是照片：只能上传 JPG、PNG 或 WebP 格式的图片')).toBeTruthy();
    addPhotos(new File([new Uint8Array(11 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' }));
    expect(await screen.findByText(/照片超过 10 MB/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '关闭 photo.jpg 的提示' }));
    expect(screen.queryByText(/这不是照片/)).toBeNull();

    addPhotos(photoFile('a.png'), photoFile('b.png'), photoFile('c.png'));
    expect(await screen.findByText('最多 2 张照片，多选的没有上传')).toBeTruthy();
    await screen.findByRole('img', { name: '第 2 张照片' });
    expect(screen.queryByLabelText(/拍照或选照片/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '移除第 1 张照片' }));
    expect(screen.queryByRole('img', { name: '第 2 张照片' })).toBeNull();
    expect(screen.getByLabelText(/拍照或选照片/)).toBeTruthy();
    expect(toolbox.files.uploaded).toHaveLength(2);
  });
});

describe('person and unit pickers', () => {
  it("start as the user and their unit, suggest the unit's people and the org's units by name, and store the pick's id", async () => {
    const toolbox = renderRuntime(patrol);
    await openForm();
    const person = screen.getByLabelText('巡查人') as HTMLInputElement;
    expect(person.value).toBe('张敏');
    expect(person.getAttribute('role')).toBe('combobox');
    fireEvent.focus(person);
    fireEvent.change(person, { target: { value: '李' } });
    const list = await screen.findByRole('listbox');
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['李娜华阳居委会']));
    fireEvent.keyDown(person, { key: 'Enter' });
    expect(person.value).toBe('李娜');

    const unit = screen.getByLabelText('所属单位') as HTMLInputElement;
    expect(unit.value).toBe('华阳居委会');
    fireEvent.focus(unit);
    fireEvent.change(unit, { target: { value: '华阳路' } });
    const units = await screen.findByRole('listbox');
    const street = await within(units).findByRole('option', { name: '华阳路街道长宁区' });
    fireEvent.mouseDown(street);

    fireEvent.change(screen.getByLabelText(/地点/), { target: { value: '3号楼' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { name: /3号楼/ });
    const [record] = await stored(toolbox);
    expect(record).toMatchObject({ inspector: { id: 'u-colleague-1', name: '李娜' }, unit: { id: 'huayanglu-01-up1', name: '华阳路街道' } });
  });

  it('finds a person by the pinyin initials of their name, as the desktop search finds apps', async () => {
    renderRuntime(patrol);
    await openForm();
    const person = screen.getByLabelText('巡查人') as HTMLInputElement;
    fireEvent.focus(person);
    fireEvent.change(person, { target: { value: 'wjg' } });
    const option = await screen.findByRole('option', { name: /王建国/ }, { timeout: 5000 });
    fireEvent.mouseDown(option);
    expect(person.value).toBe('王建国');
  });

  it('keeps a name typed by hand as {name}, and reads records saved before the pickers', async () => {
    const toolbox = renderRuntime(patrol, { seed: [{ place: '老记录', inspector: { name: '王芳' }, unit: { name: '华阳居委会' } }] });
    fireEvent.click(await screen.findByText('老记录'));
    fireEvent.click(await screen.findByRole('button', { name: '修改' }));
    const person = screen.getByLabelText('巡查人') as HTMLInputElement;
    expect(person.value).toBe('王芳');
    fireEvent.change(person, { target: { value: '赵师傅' } });
    fireEvent.blur(person);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await stored(toolbox))[0]).toMatchObject({ inspector: { name: '赵师傅' } }));
    expect((await stored(toolbox))[0]!.inspector).toEqual({ name: '赵师傅' });
  });
});
