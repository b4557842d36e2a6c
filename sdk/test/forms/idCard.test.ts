import { describe, expect, it } from 'vitest';
import { idCardCheckCharacter, isValidIdCard, isValidPhone } from '../../src/shared/forms/index.ts';

// Builds a number the way GB 11643-1999 does, so the valid cases are real-format numbers of any birth date.
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

describe('isValidIdCard (GB 11643-1999, mod 11-2)', () => {
  it('accepts well-known valid numbers, X check digit included', () => {
    // The standard's own example, and a Beijing number whose check character is X.
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(isValidIdCard('440524188001010014')).toBe(true);
    expect(isValidIdCard(withCheck('31010519800101123'))).toBe(true);
    expect(isValidIdCard(withCheck('31010520000229004'))).toBe(true); // 29 February of a leap year
  });

  it('computes the check character that completes 17 digits (for fixtures and demo data)', () => {
    expect(idCardCheckCharacter('11010519491231002')).toBe('X');
    expect(idCardCheckCharacter('44052418800101001')).toBe('4');
    expect(idCardCheckCharacter('31010519800101123')).toBe(withCheck('31010519800101123').slice(-1));
  });

  it('refuses a wrong check digit, a lower-case x, a date that does not exist, and the wrong length', () => {
    expect(isValidIdCard('110105194912310021')).toBe(false);
    expect(isValidIdCard('11010519491231002x')).toBe(false);
    const good = withCheck('31010519800101123');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(isValidIdCard(wrong)).toBe(false);
    expect(isValidIdCard(withCheck('31010519990229004'))).toBe(false); // 1999 was no leap year
    expect(isValidIdCard(withCheck('31010519801301123'))).toBe(false); // month 13
    expect(isValidIdCard('31010519800101123')).toBe(false);
    expect(isValidIdCard(`${good}0`)).toBe(false);
    expect(isValidIdCard(withCheck('01010519800101123'))).toBe(false); // no region starts with 0
  });
});

describe('isValidPhone', () => {
  it('accepts mobiles and landlines with area code', () => {
    for (const ok of ['13812345678', '19912345678', '021-62511234', '02162511234', '0571-8765432']) expect(isValidPhone(ok), ok).toBe(true);
  });
  it('refuses numbers without area code, short mobiles and other text', () => {
    for (const bad of ['62511234', '1381234567', '12812345678', '021-1234567', '电话', '138 1234 5678']) expect(isValidPhone(bad), bad).toBe(false);
  });
});
