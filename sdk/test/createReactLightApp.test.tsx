// @vitest-environment jsdom
import { act, useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LightAppProps } from '../src/index.ts';
import { createReactLightApp, useLocale, useT, useToolbox, defineMessages } from '../src/react/index.ts';
import { createMockToolbox, type MockToolbox } from '../src/testing/index.ts';

// React wants to know it runs under a test harness so that act() flushes effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const messages = defineMessages({ 'zh-CN': { hello: '你好，{name}' }, en: { hello: 'Hello, {name}' } });
let effectsAlive = 0;

function Greeting() {
  const toolbox = useToolbox();
  const locale = useLocale();
  const t = useT(messages);
  useEffect(() => {
    effectsAlive += 1;
    return () => {
      effectsAlive -= 1;
    };
  }, []);
  return (
    <p data-locale={locale}>
      {t('hello', { name: toolbox.user.name })}
    </p>
  );
}

function setup(): { props: LightAppProps; toolbox: MockToolbox } {
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const toolbox = createMockToolbox({ user: { name: 'Li Lei' } });
  return { props: { name: 'greeting', domElement, toolbox }, toolbox };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('createReactLightApp', () => {
  it('renders the component with the host API, follows the locale, and unmount removes DOM and root', async () => {
    const app = createReactLightApp(Greeting);
    const { props, toolbox } = setup();
    await act(async () => {
      await app.bootstrap(props);
      await app.mount(props);
    });
    expect(props.domElement.textContent).toBe('你好，Li Lei');
    expect(effectsAlive).toBe(1);

    await act(async () => toolbox.setLocale('en'));
    expect(props.domElement.querySelector('p')?.dataset.locale).toBe('en');
    expect(props.domElement.textContent).toBe('Hello, Li Lei');

    await act(async () => app.unmount(props));
    expect(props.domElement.childNodes).toHaveLength(0);
    // The React root is really gone: its effects were cleaned up, not merely its DOM removed.
    expect(effectsAlive).toBe(0);
  });

  it('mounts again into the same frame after an unmount', async () => {
    const app = createReactLightApp(Greeting);
    const { props } = setup();
    await act(async () => app.mount(props));
    await act(async () => app.unmount(props));
    await act(async () => app.mount(props));
    expect(props.domElement.textContent).toBe('你好，Li Lei');
    await act(async () => app.unmount(props));
    expect(props.domElement.innerHTML).toBe('');
  });
});
