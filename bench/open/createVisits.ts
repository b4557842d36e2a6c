import { shanghaiDay } from '@toolbox/sdk';

/**
 * Creates `rows` visit-log records in staff's unit through the API (`cookie` is staff's session): `rows - 1` others,
 * then `last`, the record a timed open waits for. What the host and the static page list in the benchmarks.
 */
export async function createVisits(origin: string, cookie: string, rows: number, last: string): Promise<void> {
  for (let i = 0; i < rows; i++) {
    const created = await fetch(`${origin}/api/apps/visit-log/data/visits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        residentName: i === rows - 1 ? last : `居民${String(i + 1).padStart(2, '0')}`,
        category: '独居老人',
        visitDate: shanghaiDay(new Date()),
        building: `${(i % 12) + 1}号楼`,
        room: `${(i % 6) + 1}0${(i % 4) + 1}室`,
        visitor: '王芳',
        needsFollowUp: i % 5 === 0,
      }),
    });
    if (created.status !== 201) throw new Error(`creating record ${i + 1}: ${created.status} ${await created.text()}`);
  }
}
