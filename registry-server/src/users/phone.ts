/**
 * The phone number as stored, or why it is refused. Full-width digits and dashes (typed with a Chinese input method,
 * or pasted from Excel) are folded to ASCII first. Accepted: a mobile number (11 digits from 1), or a landline with
 * its area code (0…, optionally with a dash and an extension) or the 8 digits of a Shanghai line.
 */
export function normalizePhone(input: string): { phone: string } | { problem: string } {
  const text = input.normalize('NFKC').trim().replace(/[\s()（）]/g, '').replace(/[－—–]/g, '-');
  if (text.length > 24) return { problem: 'is too long (at most 24 characters)' };
  const digits = text.replace(/^\+86-?/, '');
  if (/^1[3-9]\d{9}$/.test(digits)) return { phone: digits };
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(digits)) return { phone: digits };
  if (/^\d{8}$/.test(digits)) return { phone: digits };
  return { problem: 'must be a mobile number (11 digits from 1) or a landline (e.g. 021-62345678 or 62345678)' };
}
