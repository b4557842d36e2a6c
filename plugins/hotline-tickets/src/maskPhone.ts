/**
 * Keeps the first three and the last four digits of a mobile number (138****5678), as the 12345 centre shows it.
 * The full number is never stored: the committee calls back through the centre's system.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  return digits;
}
