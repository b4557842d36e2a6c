import type { Manifest } from '@toolbox/sdk';
import { mountLightApp } from '@toolbox/sdk/testing';
import { expect, it } from 'vitest';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import * as app from '../src/app.tsx';

it('mounts through the single-spa lifecycles the remote exposes, and unmount leaves the frame empty', async () => {
  const { domElement, unmount } = await mountLightApp(app, 'visit-log', { manifest: manifest as unknown as Manifest });
  await expect.poll(() => domElement.querySelector('.tbx-page-header')?.textContent).toContain('重点人群走访');
  expect((await unmount()).childNodes.length).toBe(0);
});
