// A stand-alone page for looking at the runtime with a template and demo records: `vite preview/` from this package,
// then open it (`?template=ebike-charging`, `?view=form`, `?locale=en`).
import type { Manifest } from '@toolbox/sdk';
import { recordQueryParams } from '@toolbox/sdk/data';
import { definitionToCollectionSchema, FORM_COLLECTION, FORM_TEMPLATES } from '@toolbox/sdk/forms';
import { createMockToolbox } from '@toolbox/sdk/testing';
import * as app from '../src/app.tsx';
import { demoRecords } from './demoRecords.ts';

const params = new URLSearchParams(location.search);
const definition = FORM_TEMPLATES.find((t) => t.id === params.get('template')) ?? FORM_TEMPLATES[0]!;
const manifest: Pick<Manifest, 'id' | 'name' | 'version' | 'collections'> = {
  id: definition.id,
  name: definition.name,
  version: definition.version,
  collections: { [FORM_COLLECTION]: definitionToCollectionSchema(definition) },
};
const toolbox = createMockToolbox({
  manifest,
  seed: { [FORM_COLLECTION]: demoRecords[definition.id] ?? [] },
  locale: params.get('locale') === 'en' ? 'en' : 'zh-CN',
});
// The desktop's collection client links to the server's export; here the links only show what they would ask for.
const data = toolbox.data;
toolbox.data = {
  collection: (name) => ({ ...data.collection(name), exportUrl: (query, format) => `#export-${format}?${recordQueryParams(query).toString()}` }),
};
await app.mount({ name: definition.id, domElement: document.getElementById('frame')!, toolbox, form: definition });
