import { render } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import type { CatalogItem, Locale } from '@toolbox/sdk';
import { HostContext, type HostValue } from '../../src/desktop/HostContext.ts';
import { translator } from '../../src/desktop/i18n/translate.ts';
import { createAppRuntime } from '../../src/runtime/createAppRuntime.ts';

export interface HostCalls {
  navigated: string[];
  pinsSaved: string[][];
}

/** Renders desktop components inside a HostContext with the given catalogue; pins behave as the Shell keeps them. */
export function renderWithHost(ui: ReactNode, options: { catalog: CatalogItem[]; pins?: string[]; recent?: string[]; locale?: Locale }) {
  const calls: HostCalls = { navigated: [], pinsSaved: [] };
  const runtime = createAppRuntime({ apiVersion: '1.0.0', createContext: () => { throw new Error('not in these tests'); }, report: () => undefined });
  function Harness() {
    const [pins, setPins] = useState(options.pins ?? []);
    const locale = options.locale ?? 'zh-CN';
    const value: HostValue = {
      t: translator(locale),
      locale,
      setLocale: () => undefined,
      me: { id: 'u1', username: 'staff', name: '王芳', role: 'staff', unit: { id: 'huayanglu-01', name: '华阳居委会', path: ['长宁区', '华阳路街道', '华阳居委会'] }, adminOf: null, mustChangePassword: false },
      catalog: options.catalog,
      pins,
      togglePin(id) {
        const next = pins.includes(id) ? pins.filter((p) => p !== id) : [...pins, id];
        calls.pinsSaved.push(next);
        setPins(next);
      },
      recent: options.recent ?? [],
      navigate: (to) => calls.navigated.push(to),
      notify: () => undefined,
      logout: () => undefined,
      setMyName: () => undefined,
      runtime,
      rate: async () => undefined,
      lookupApp: async () => {
        throw new Error('not in these tests');
      },
    };
    return <HostContext.Provider value={value}>{ui}</HostContext.Provider>;
  }
  return { ...render(<Harness />), calls };
}
