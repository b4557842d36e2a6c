// GB 11643-1999: 6 digits of region, 8 of birth date, 3 of sequence, and a check character computed mod 11-2.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The shape of an 18-digit 公民身份号码 (the last character may be X); `isValidIdCard` also checks date and checksum. */
export const ID_CARD_PATTERN = '^[1-9][0-9]{5}(18|19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]$';
const SHAPE = new RegExp(ID_CARD_PATTERN);

/** The check character (0–9 or X) that completes the first 17 characters of a 公民身份号码. */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/**
 * Whether `value` is a well-formed 18-digit 公民身份号码 (GB 11643-1999): the shape, a birth date that exists, and the
 * mod 11-2 check character (X for 10, upper case). Used by the form runtime and the server alike.
 */
export function isValidIdCard(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  return idCardCheckCharacter(value) === value[17];
}
