/** `sha256-<base64>` (Subresource Integrity) from a hex digest. */
export function sriFromHex(hex: string): string {
  return `sha256-${Buffer.from(hex, 'hex').toString('base64')}`;
}
