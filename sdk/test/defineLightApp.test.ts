// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defineLightApp, isToolboxSdkError, type LightAppProps } from '../src/index.ts';
import { createMockToolbox } from '../src/testing/index.ts';

function props(name = 'demo'): LightAppProps {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  return { name, domElement, toolbox: createMockToolbox() };
}

describe('defineLightApp', () => {
  it('mounts into the frame with the context, and unmount empties the frame', async () => {
    const cleaned: HTMLElement[] = [];
    const app = defineLightApp({
      mount(el, ctx) {
        const p = document.createElement('p');
        p.textContent = `${ctx.user.name}@${ctx.unit.name}`;
        el.append(p, document.createElement('span'));
      },
      unmount(el) {
        cleaned.push(el);
      },
    });
    const p = props();
    await app.bootstrap(p);
    await app.mount(p);
    expect(p.domElement.textContent).toBe('张敏@华阳居委会');
    await app.unmount(p);
    expect(cleaned).toEqual([p.domElement]);
    expect(p.domElement.childNodes).toHaveLength(0);
  });

  it('bootstraps once even when mounted again, and works when called without `this`', async () => {
    let bootstraps = 0;
    let mounts = 0;
    const { bootstrap, mount, unmount } = defineLightApp({
      bootstrap() {
        bootstraps += 1;
      },
      mount(el) {
        mounts += 1;
        el.textContent = 'x';
      },
    });
    const p = props();
    await bootstrap(p);
    await mount(p);
    await unmount(p);
    await mount(p);
    expect([bootstraps, mounts, p.domElement.textContent]).toEqual([1, 2, 'x']);
  });

  it('refuses props without a frame or without a context, naming the app', async () => {
    const app = defineLightApp({ mount() {} });
    const noFrame = { ...props('a'), domElement: undefined } as unknown as LightAppProps;
    await expect(app.mount(noFrame)).rejects.toSatisfy((e) => isToolboxSdkError(e, 'TOOLBOX_SDK_NO_DOM_ELEMENT'));
    const noContext = { ...props('b'), toolbox: undefined } as unknown as LightAppProps;
    await expect(app.mount(noContext)).rejects.toThrow(/props\.toolbox.*b/);
  });

  it('leaves nothing behind when mount throws', async () => {
    const app = defineLightApp({
      mount(el) {
        el.append(document.createElement('div'));
        throw new Error('boom');
      },
    });
    const p = props();
    await expect(app.mount(p)).rejects.toThrow('boom');
    expect(p.domElement.childNodes).toHaveLength(0);
  });
});
