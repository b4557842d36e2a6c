// A stand-alone page for looking at the console in a host-sized frame. `/api` is proxied (preview/vite.config.ts) to
// a registry server: the real one from `pnpm start`, or the test fixture server (`node --import tsx preview/shoot.ts`).
import type { Manifest } from '@toolbox/sdk';
import { createMockToolbox } from '@toolbox/sdk/testing';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import * as app from '../src/app.tsx';

const toolbox = createMockToolbox({
  manifest: manifest as unknown as Manifest,
  user: { id: 'u-admin', name: '管理员', role: 'admin' },
  unit: { id: 'ops-centre', name: '区城运中心', path: ['长宁区', '区城运中心'] },
  locale: new URLSearchParams(location.search).get('locale') === 'en' ? 'en' : 'zh-CN',
});
await app.mount({ name: manifest.id, domElement: document.getElementById('frame')!, toolbox });
