/** A mainland mobile number (11 digits from 13x to 19x) or a landline with its area code (021-62511234, 02162511234). */
export const PHONE_PATTERN = '^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})$';
const PHONE = new RegExp(PHONE_PATTERN);

/** Whether `value` is a mobile number or a landline with area code, as `PHONE_PATTERN` says. */
export function isValidPhone(value: string): boolean {
  return PHONE.test(value);
}
