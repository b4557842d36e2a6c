// A stand-alone page for looking at the app with demo data: `vite preview/` from this package, then open it.
import type { Manifest } from '@toolbox/sdk';
import { createMockToolbox } from '@toolbox/sdk/testing';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import * as app from '../src/app.tsx';
import type { Check, PatrolEvent } from '../src/patrol.ts';
import { demoChecks, demoEvents } from './demoSeed.ts';

const toolbox = createMockToolbox({
  manifest: manifest as unknown as Manifest,
  seed: { events: demoEvents as unknown as Record<string, unknown>[] },
  locale: new URLSearchParams(location.search).get('locale') === 'en' ? 'en' : 'zh-CN',
});
const [old, current] = await toolbox.data.collection<PatrolEvent>('events').list();
for (const check of demoChecks(old!.id, current!.id)) await toolbox.data.collection<Check>('checks').create(check);
await app.mount({ name: manifest.id, domElement: document.getElementById('frame')!, toolbox });
