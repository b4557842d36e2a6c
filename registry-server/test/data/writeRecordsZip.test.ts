// The ZIP of an export with photos reads one photo at a time, only when the archive reaches it: however many photos
// an export carries, the process holds one.
import type { DataRecord } from '@toolbox/sdk';
import { describe, expect, it } from 'vitest';
import { writeRecordsZip, type PhotoSource } from '../../src/data/writeRecordsZip.ts';
import { readZip } from '../helpers/readFiles.ts';

const PHOTO = 64 * 1024;

function record(i: number): DataRecord {
  const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return { id: `r${i}`, data: { name: `居民${i}`, photos: [{ id: `p${i}a` }, { id: `p${i}b` }] }, unitId: 'u', createdBy: 'u', createdAt: at, updatedAt: at, revision: 1 } as DataRecord;
}

describe('writeRecordsZip', () => {
  it('reads each photo when the ZIP reaches it, one at a time, after the workbook', async () => {
    let reading = 0;
    let most = 0;
    let workbookDone = false;
    const order: string[] = [];
    const photos: PhotoSource = {
      async describe(ids) {
        return new Map(ids.filter((id) => id !== 'p3b').map((id) => [id, { contentType: 'image/jpeg' }]));
      },
      async read(id) {
        expect(workbookDone).toBe(true);
        reading += 1;
        most = Math.max(most, reading);
        order.push(id);
        await new Promise((resolve) => setTimeout(resolve, 1));
        reading -= 1;
        return Buffer.alloc(PHOTO, id.length);
      },
    };
    async function* batches() {
      for (let b = 0; b < 3; b += 1) yield Array.from({ length: 40 }, (_, i) => ({ record: record(b * 40 + i), unitName: '华阳路居委会' }));
      workbookDone = true;
    }
    const stream = writeRecordsZip(
      {
        xlsxName: '台账.xlsx',
        sheetName: '台账',
        photoFields: ['photos'],
        columns: (files) => [
          { key: 'name', header: '姓名', width: 10, cell: (r) => String(r.data.name) },
          { key: 'photos', header: '照片（文件）', width: 40, cell: (r) => files(r, 'photos').join('、') },
        ],
        photos,
        now: new Date(),
      },
      batches(),
    );
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const entries = await readZip(Buffer.concat(chunks));
    // 120 records, two photos each, less the one that is not that record's (p3b).
    expect(entries).toHaveLength(1 + 239);
    expect(entries[0]!.name).toBe('台账.xlsx');
    expect(entries.slice(1, 4).map((e) => e.name)).toEqual(['photos/00002-photos-1.jpg', 'photos/00002-photos-2.jpg', 'photos/00003-photos-1.jpg']);
    expect(entries.find((e) => e.name === 'photos/00005-photos-2.jpg')).toBeUndefined();
    expect(order.slice(0, 3)).toEqual(['p0a', 'p0b', 'p1a']);
    expect(most).toBe(1);
    expect(entries.every((e, i) => i === 0 || e.bytes.length === PHOTO)).toBe(true);
  });

  it('stamps every entry with the export’s time in Shanghai, whatever the server’s zone', async () => {
    const zone = process.env.TZ;
    // Node reads TZ again when it changes: the server as if it ran in New York (UTC−5 in December).
    process.env.TZ = 'America/New_York';
    try {
      const stream = writeRecordsZip(
        {
          xlsxName: '台账.xlsx',
          sheetName: '台账',
          photoFields: ['photos'],
          columns: () => [{ key: 'name', header: '姓名', width: 10, cell: (r) => String(r.data.name) }],
          photos: { describe: async (ids) => new Map(ids.map((id) => [id, { contentType: 'image/png' }])), read: async () => Buffer.from('png') },
          // 13:30:20 UTC is 21:30 in Shanghai, 08:30 in New York.
          now: new Date('2026-12-06T13:30:20Z'),
        },
        (async function* () {
          yield [{ record: record(1), unitName: '华阳路居委会' }];
        })(),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      const entries = await readZip(Buffer.concat(chunks));
      expect(entries.map((e) => e.dosTime)).toEqual(['2026-12-06 21:30:00', '2026-12-06 21:30:00', '2026-12-06 21:30:00']);
      // No second, zoned time that a tool could prefer and shift.
      expect(entries.flatMap((e) => e.extraFields)).toEqual([]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
