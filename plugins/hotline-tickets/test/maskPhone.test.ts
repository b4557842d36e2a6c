import { expect, it } from 'vitest';
import { maskPhone } from '../src/maskPhone.ts';

it('keeps the first three and last four digits of a mobile number', () => {
  expect(maskPhone('13812345678')).toBe('138****5678');
  expect(maskPhone('138 1234 5678')).toBe('138****5678');
  expect(maskPhone('138****5678')).toBe('138****5678');
});
