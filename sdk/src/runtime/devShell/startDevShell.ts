import { createMockToolbox, type MockToolbox } from '../../testing/createMockToolbox.ts';
import type { LightAppProps, Locale, Manifest } from '../../shared/types.ts';
import { FONT_FAMILY } from '../../ui/styles.ts';
import { DEV_PERSONAS } from './personas.ts';

/** The lifecycles module of the app, with named exports or a default export. */
export interface AppModule {
  bootstrap?: (props: LightAppProps) => Promise<void>;
  mount?: (props: LightAppProps) => Promise<void>;
  unmount?: (props: LightAppProps) => Promise<void>;
  default?: { bootstrap?: AppModule['bootstrap']; mount?: AppModule['mount']; unmount?: AppModule['unmount'] };
}

const STYLE = `
body{margin:0;font:14px/1.6 ${FONT_FAMILY};background:#eef2f7;color:#1f2733}
.tbx-dev-bar{display:flex;gap:16px;align-items:center;padding:8px 16px;background:#1f5fbf;color:#fff;flex-wrap:wrap}
.tbx-dev-bar strong{font-size:16px;margin-right:auto}
.tbx-dev-bar label{display:flex;gap:6px;align-items:center}
.tbx-dev-bar select,.tbx-dev-bar button{font:inherit;padding:2px 8px;border-radius:4px;border:1px solid #c9d6ea}
.tbx-dev-frame{margin:16px;padding:16px;background:#fff;border-radius:6px;min-height:60vh;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.tbx-dev-log{margin:0 16px 16px;color:#55606e;font-size:13px}
.tbx-dev-log li{list-style:none}
`;

/**
 * The page `toolbox dev` serves: a bar that emulates the host (signed-in user and unit, language switch, remount)
 * and a frame where the app is mounted with a mock ToolboxContext whose collections live in memory and are checked
 * against the manifest's schemas. The shell is plain DOM so that it never shares React state with the app.
 */
export async function startDevShell(manifest: Manifest, app: AppModule, root: HTMLElement = document.body): Promise<void> {
  const lifecycles = { ...app.default, ...app };
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);

  const bar = document.createElement('header');
  bar.className = 'tbx-dev-bar';
  bar.innerHTML = `<strong></strong>
    <label>身份 Identity <select data-role="persona"></select></label>
    <label>语言 Language <select data-role="locale"><option value="zh-CN">中文</option><option value="en">English</option></select></label>
    <button type="button" data-role="remount">重新挂载 Remount</button>`;
  bar.querySelector('strong')!.textContent = `Toolbox 开发壳 · ${manifest.name['zh-CN']} ${manifest.version}`;
  const personaSelect = bar.querySelector<HTMLSelectElement>('[data-role="persona"]')!;
  for (const persona of DEV_PERSONAS) personaSelect.append(new Option(persona.label, persona.key));
  const localeSelect = bar.querySelector<HTMLSelectElement>('[data-role="locale"]')!;
  const frame = document.createElement('main');
  frame.className = 'tbx-dev-frame';
  frame.id = 'tbx-dev-frame';
  const log = document.createElement('ul');
  log.className = 'tbx-dev-log';
  log.setAttribute('role', 'status');
  log.setAttribute('aria-live', 'polite');
  root.append(bar, frame, log);

  const note = (text: string) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
    log.prepend(item);
  };

  // One mock per identity, kept across switches, so each unit keeps its own records as it would on the server.
  const mocks = new Map<string, MockToolbox>();
  let locale: Locale = 'zh-CN';
  let current: LightAppProps | undefined;

  const mockFor = (key: string): MockToolbox => {
    let mock = mocks.get(key);
    if (!mock) {
      const persona = DEV_PERSONAS.find((p) => p.key === key) ?? DEV_PERSONAS[0]!;
      mock = createMockToolbox({ manifest, user: persona.user, unit: persona.unit, locale });
      const { notify, navigate, track } = mock;
      mock.notify = (n) => {
        notify(n);
        note(`notify[${n.type ?? 'info'}] ${n.message}`);
      };
      mock.navigate = (to) => {
        navigate(to);
        note(`navigate → ${to}`);
      };
      mock.track = (name) => {
        track(name);
        note(`track action:${name}`);
      };
      mocks.set(key, mock);
    }
    if (mock.locale !== locale) mock.setLocale(locale);
    return mock;
  };

  const mount = async () => {
    if (current) await lifecycles.unmount?.(current);
    current = { name: manifest.id, domElement: frame, toolbox: mockFor(personaSelect.value) };
    try {
      await lifecycles.bootstrap?.(current);
      await lifecycles.mount?.(current);
    } catch (error) {
      frame.textContent = `挂载失败 Mount failed: ${(error as Error).message}`;
      throw error;
    }
  };

  personaSelect.addEventListener('change', () => void mount());
  bar.querySelector('[data-role="remount"]')!.addEventListener('click', () => void mount());
  localeSelect.addEventListener('change', () => {
    locale = localeSelect.value as Locale;
    document.documentElement.lang = locale;
    current && (current.toolbox as MockToolbox).setLocale(locale);
  });
  await mount();
}
