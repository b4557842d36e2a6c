import type { Manifest } from '@toolbox/sdk';
import { createMockToolbox } from '@toolbox/sdk/testing';
import { expect, it } from 'vitest';
import manifest from '../toolbox.manifest.json' with { type: 'json' };
import * as app from '../src/app.tsx';

it('mounts through the single-spa lifecycles the remote exposes, and unmount leaves the frame empty', async () => {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const toolbox = createMockToolbox({ manifest: manifest as unknown as Manifest });
  const props = { name: 'flood-patrol', domElement, toolbox };

  await app.bootstrap(props);
  await app.mount(props);
  await expect.poll(() => domElement.querySelector('h2')?.textContent).toContain('防汛防台巡查');

  await app.unmount(props);
  expect(domElement.childNodes.length).toBe(0);
  domElement.remove();
});
