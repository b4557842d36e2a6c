/**
 * TOOLBOX_TRUST_PROXY as buildApp's `trustProxy`: unset, empty or `0` trusts no proxy; `1` (once "trust any
 * sender") now means a proxy on this machine only (`loopback`), since trusting everyone let any client rotate
 * X-Forwarded-For past the login limits; anything else is the list of proxy addresses and CIDR ranges as given
 * (`127.0.0.1,10.0.0.0/8`).
 */
export function trustedProxies(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || v === '0') return undefined;
  if (v === '1' || v.toLowerCase() === 'true') return 'loopback';
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(',');
}
