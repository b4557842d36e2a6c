import type { Page } from 'playwright-core';

/** What a condition does to every page alike (through the DevTools protocol). */
export interface Condition {
  label: string;
  /** Whether this is the committee's office PC (its goals differ). */
  office?: boolean;
  apply?(page: Page): Promise<void>;
}

export const LOOPBACK: Condition = { label: 'loopback' };

/** A committee's office PC: 40 ms of latency, 20 Mbit/s, the CPU slowed 4×. */
export const OFFICE_PC: Condition = {
  label: 'office PC (40 ms, 20 Mbit/s, CPU 4× slower)',
  office: true,
  async apply(page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const bytesPerSecond = (20 * 1024 * 1024) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  },
};
