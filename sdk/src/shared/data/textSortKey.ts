import { pinyin } from 'pinyin-pro';

/*
 * A collection query sorts text by a key stored beside the value, because SQLite and PostgreSQL (COLLATE "C") can
 * only compare text by code point, and neither has a pinyin collation on every machine. The key is written by hand
 * here since no library turns text into a byte-comparable collation key in JavaScript (`Intl.Collator` compares but
 * gives no key); pinyin-pro supplies the readings, in the context of the whole text (重庆 chong, 重要 zhong).
 *
 * The key orders text as the zh-CN collation (`Intl.Collator('zh-CN', {numeric: true})`, which `DataTable` sorts by)
 * does in the cases a register meets: spaces and punctuation, then numbers (by value: 3号楼 before 12号楼), then
 * Chinese by pinyin and tone, then Latin letters (any case, full-width and accented folded), then anything else.
 * Characters read alike go by code point (ICU has an order of its own there), and texts that still tie by the text
 * itself, so the order is total and the same on every engine.
 */

const PUNCTUATION = '1';
const NUMBER = '2';
const CHINESE = '3';
const LATIN = '4';
const OTHER = '5';
/** Below every class mark: a text sorts before the longer texts it begins. */
const END = '\u0001';

const HAN = /\p{Script=Han}/u;
const DIGIT = /^[0-9]$/;
const LETTER = /^[a-z]$/;
const MARKS = /\p{M}/gu;

/*
 * The keys of short texts, kept: a register repeats its choices, states, places and names on every record, and reading
 * pinyin is most of a record's write. Bounded (10,000 texts of at most 32 characters, a few MB at worst).
 */
const MEMO_TEXT = 32;
const MEMO_SIZE = 10_000;
const memo = new Map<string, string>();

type Unit = { char: string; reading: string; tone: number } | string;

/** A reading as pinyin-pro gives it with `toneType: 'num'`: toneless letters (ü as v) and the tone, 0 when neutral. */
const READING = /^([a-zv]+)([0-4])$/;
const READINGS = { type: 'array', toneType: 'num', v: true } as const;
/** The same, the first character (or two: 欧阳, 司马) read as a surname: 曾 zeng, 单 shan, 仇 qiu, 解 xie, 区 ou. */
const SURNAME_READINGS = { ...READINGS, surname: 'head' } as const;

/** A character folded for comparison (Ａ→a, é→e, ①→1): one or more units. */
const folded = (c: string) => [...c.normalize('NFKD').replace(MARKS, '').toLowerCase()];

/**
 * The text's units: each Chinese character with its reading (ü written u:, which sorts after u and before ua: lu 卢,
 * lü 吕, luo 罗), every other character folded.
 */
function unitsOf(text: string, surname = false): Unit[] {
  const chars = [...text];
  if (!HAN.test(text)) return chars.flatMap(folded);
  // One element per character, read in the context of the whole text. Should pinyin-pro ever split a text otherwise,
  // each character is read on its own instead.
  let readings = pinyin(text, surname ? SURNAME_READINGS : READINGS);
  if (readings.length !== chars.length) readings = chars.map((c, i) => pinyin(c, surname && i === 0 ? SURNAME_READINGS : READINGS)[0] ?? c);
  return chars.flatMap((char, i): Unit[] => {
    const reading = HAN.test(char) ? READING.exec(readings[i] ?? '') : null;
    if (!reading) return folded(char);
    return [{ char, reading: reading[1]!.replace('v', 'u:'), tone: reading[2] === '0' ? 5 : Number(reading[2]) }];
  });
}

/**
 * The key `text` sorts by in a collection query: compared by code point, keys order texts by pinyin (see above).
 * The registry stores it beside each text value; the SDK's test double sorts by the same keys.
 */
export function textSortKey(text: string): string {
  const short = text.length <= MEMO_TEXT;
  const known = short ? memo.get(text) : undefined;
  if (known !== undefined) return known;
  const key = keyOf(text);
  if (short) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, key);
  }
  return key;
}

/**
 * The key of a person's name (a form field marked `personName`), whose first character is read as a surname: 曾志伟
 * sorts under zeng, not ceng, and 单田芳 under shan. Null when that is the key `textSortKey` gives already, as it is
 * for nearly every name (the registry stores only the keys that differ). Only a text that starts with a Chinese
 * character whose surname reading differs from its everyday one is read twice.
 */
export function nameSortKey(text: string): string | null {
  const first = [...text][0];
  if (first === undefined || !HAN.test(first)) return null;
  let differs = surnameDiffers.get(first);
  if (differs === undefined) {
    differs = pinyin(first, SURNAME_READINGS)[0] !== pinyin(first, READINGS)[0];
    surnameDiffers.set(first, differs);
  }
  if (!differs) return null;
  const key = keyOf(text, true);
  return key === textSortKey(text) ? null : key;
}
/** Whether a character's surname reading differs from its everyday one (at most every Chinese character: a few hundred kB). */
const surnameDiffers = new Map<string, boolean>();

function keyOf(text: string, surname = false): string {
  const units = unitsOf(text, surname);
  let key = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (typeof unit !== 'string') {
      // A reading ends with its tone digit, which sorts before any letter: wan4 (万) before wang2 (王). The character
      // follows, so that characters read alike stay apart (every 张 before every 章, as a register groups surnames).
      key += CHINESE + unit.reading + unit.tone + unit.char;
    } else if (DIGIT.test(unit)) {
      let digits = unit;
      while (typeof units[i + 1] === 'string' && DIGIT.test(units[i + 1] as string)) digits += units[++i];
      const value = digits.replace(/^0+(?=\d)/, '');
      // Its length first, so that a number sorts by value: 9 before 10.
      key += NUMBER + String.fromCharCode(0x40 + Math.min(value.length, 0x3e)) + value;
    } else if (LETTER.test(unit)) key += LATIN + unit;
    else if (/^[\s\p{P}\p{S}]$/u.test(unit)) key += PUNCTUATION + unit;
    else key += OTHER + unit;
  }
  // Ties go by the text with its case swapped: lower case first, as the collation has it (li ming, Li Ming).
  return key + END + text.replace(/[a-zA-Z]/g, (c) => (c < 'a' ? c.toLowerCase() : c.toUpperCase()));
}
