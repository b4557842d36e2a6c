// The list's first render when the desktop already holds its first page (the query it sent at the click, given by the
// collection client's `cachedQuery()`): the rows are there at once, with no loading state and no query of its own;
// without it (an older desktop, the test double) the list shows its loading state and asks.
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { CollectionClient, RecordPage, RecordQuery } from '@toolbox/sdk';
import { recordQueryParams } from '@toolbox/sdk/data';
import { defaultListQuery, FORM_COLLECTION, FORM_TEMPLATES, type FormDefinition, definitionToCollectionSchema } from '@toolbox/sdk/forms';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { demoRecords } from '../preview/demoRecords.ts';
import { FormAppRoot } from '../src/FormAppRoot.tsx';

afterEach(cleanup);
const hardship = FORM_TEMPLATES[0] as FormDefinition;
type Data = Record<string, unknown>;

/** The runtime on the SDK's double, whose records client holds `held` for `cachedQuery()` (once), counting queries. */
async function renderHolding(hold: boolean) {
  const toolbox = createMockToolbox({
    manifest: { id: hardship.id, name: hardship.name, version: hardship.version, collections: { [FORM_COLLECTION]: definitionToCollectionSchema(hardship) } },
    seed: { [FORM_COLLECTION]: demoRecords['hardship-ledger'] ?? [] },
    locale: 'zh-CN',
  });
  const real = toolbox.data.collection<Data>(FORM_COLLECTION);
  // What the desktop read at the click: the runtime's first query, answered by the same rules.
  let held: RecordPage<Data> | undefined = hold ? await real.query!(defaultListQuery(hardship)) : undefined;
  const queries: string[] = [];
  const client: CollectionClient<Data> = {
    ...real,
    query: (q: RecordQuery) => {
      queries.push(recordQueryParams(q).toString());
      return real.query!(q);
    },
    cachedQuery: (q: RecordQuery) => {
      if (!held || recordQueryParams(q).toString() !== recordQueryParams(defaultListQuery(hardship)).toString()) return undefined;
      const page = held;
      held = undefined;
      return page;
    },
  };
  const data = { collection: <T,>(name: string) => (name === FORM_COLLECTION ? client : toolbox.data.collection(name)) as CollectionClient<T> };
  render(
    <ToolboxProvider context={{ ...toolbox, data }}>
      <FormAppRoot definition={hardship} />
    </ToolboxProvider>,
  );
  return { queries };
}

// The first column of each row (after the box that picks it for 批量办理).
const names = () => screen.getAllByRole('row').slice(1).map((row) => row.querySelector('td:not(.fr-select)')?.textContent);

describe('the list’s first render', () => {
  it('shows the rows the desktop already holds at once, and does not ask for them again', async () => {
    const { queries } = await renderHolding(true);
    // No await: the very first render has them.
    expect(screen.queryByText('正在加载…')).toBeNull();
    expect(names()).toEqual(['王秀英', '李建军', '赵桂芳', '周国平', '孙美华', '吴志强', '郑丽娟', '钱德胜']);
    await screen.findByRole('button', { name: '全部8' });
    expect(queries).toEqual([]);
  });

  it('shows its loading state and asks, when the desktop holds nothing', async () => {
    const { queries } = await renderHolding(false);
    expect(screen.getByText('正在加载…')).toBeTruthy();
    await waitFor(() => expect(names()).toHaveLength(8));
    expect(queries).toEqual([recordQueryParams(defaultListQuery(hardship)).toString()]);
  });
});
