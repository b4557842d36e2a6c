import { describe, expect, it } from 'vitest';
import { FORM_TEMPLATES } from '../../src/shared/forms/index.ts';

// The templates are what every designer starts a form app from: their definitions change only on purpose. The
// recorded JSON keeps the key order too, so a refactor of how the templates are written must leave it unchanged
// (update it with `vitest -u` when a template is meant to change, and read the diff).
describe('the form templates', () => {
  it.each(FORM_TEMPLATES.map((t) => [t.id, t] as const))('%s is the recorded definition', async (id, template) => {
    await expect(`${JSON.stringify(template, null, 2)}\n`).toMatchFileSnapshot(`__snapshots__/template.${id}.json`);
  });
});
