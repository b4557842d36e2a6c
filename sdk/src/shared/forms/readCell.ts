/*
 * One spreadsheet cell's text as the value a form field stores: read as an export writes it and as clerks type it in
 * Excel. The registry's record import reads every cell with it; the designer proposes a field's kind from a column only
 * when every sample reads as that kind, so a form made from a sheet imports that sheet.
 */
import { fromShanghaiWallClock } from '../time.ts';
import type { LocalizedText } from '../types.ts';
import { foldCell, LIST_SEPARATORS } from './foldCell.ts';
import { FORM_LIMITS } from './limits.ts';
import { optionLabel } from './fieldWords.ts';
import type { FormField, OptionsEn } from './types.ts';

/** A cell read: the value to store (undefined: nothing to store, a photo or status column), or what is wrong, in words. */
export type CellReading = { value: unknown } | { problem: LocalizedText };

const say = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const pad = (n: string | number) => String(n).padStart(2, '0');
const en = (label: LocalizedText) => label.en ?? label['zh-CN'];

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const TIME = /^[\sT]*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*[分秒]?\s*$/;

/** A date as clerks write it (2026-3-5, 2026/03/05, 2026.3.5, 2026年3月5日, 20260305), as `YYYY-MM-DD`; the rest of the text after it. */
export function readDate(text: string): { day: string; rest: string } | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return { day: `${compact[1]}-${compact[2]}-${compact[3]}`, rest: '' };
  const m = DATE.exec(text);
  return m ? { day: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, rest: text.slice(m[0].length) } : undefined;
}

/** A wall-clock time in Asia/Shanghai as an ISO instant (the form runtime's own conversion); undefined past 23:59:59. */
function shanghaiInstant(day: string, h: number, m: number, s: number): string | undefined {
  if (h > 23 || m > 59 || s > 59) return undefined;
  return fromShanghaiWallClock(`${day}T${pad(h)}:${pad(m)}:${pad(s)}`);
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '有', '对']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '✘', '无', '没有', '不是']);

/** The option a cell names: the option itself, or its English wording (an English export writes that), folded. */
function option(field: FormField & { options: string[]; optionsEn?: OptionsEn }, text: string): string | undefined {
  if (field.options.includes(text)) return text;
  const folded = foldCell(text);
  return field.options.find((o) => foldCell(o) === folded) ?? field.options.find((o) => foldCell(optionLabel(field, o, 'en')) === folded);
}

/** The options as an English reader knows them: by their English wording where the form gives one. */
const inEnglish = (field: { options: string[]; optionsEn?: OptionsEn }) => field.options.map((o) => optionLabel(field, o, 'en')).join(', ');

/**
 * One cell's text as the value `field` stores, read as the export writes it and as clerks type it in Excel; or what is
 * wrong with it, naming the field and quoting what was read. Values that parse are checked by the form's own rules later.
 */
export function readCell(field: FormField, text: string): CellReading {
  const zh = field.label['zh-CN'];
  const name = en(field.label);
  const quoted = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  // A cell is whatever a file holds, up to megabytes: anything but text is refused by its length before any pattern
  // reads it, so no pattern's backtracking can be made to run for long.
  const longest = field.kind === 'multichoice' ? FORM_LIMITS.options * (FORM_LIMITS.optionLength + 1) : 100;
  if (field.kind !== 'text' && field.kind !== 'textarea' && text.length > longest) {
    return { problem: say(`${zh}的内容太长（${text.length} 个字），请检查这一格`, `${name} is too long (${text.length} characters): please check this cell`) };
  }
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return { value: text };
    case 'number': {
      let t = text.normalize('NFKC').replace(/[,\s]/g, '');
      // The unit after the number, as the list shows it in either language: 3人, 1,200.50 元, 3 people.
      for (const unit of [field.unit, field.unitEn]) {
        const u = unit?.normalize('NFKC').replace(/[,\s]/g, '').toLowerCase();
        if (u && t.toLowerCase().endsWith(u)) {
          t = t.slice(0, -u.length);
          break;
        }
      }
      const n = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : Number.NaN;
      return Number.isFinite(n) ? { value: n } : { problem: say(`${zh}应为数字，读到“${quoted}”`, `${name} must be a number, read "${quoted}"`) };
    }
    case 'date': {
      const read = readDate(text.normalize('NFKC'));
      // A date cell with a time of day (2026-03-05 14:30) keeps its day.
      if (read && (read.rest === '' || TIME.test(read.rest))) return { value: read.day };
      return { problem: say(`${zh}应为日期，如 2026-03-05，读到“${quoted}”`, `${name} must be a date such as 2026-03-05, read "${quoted}"`) };
    }
    case 'datetime': {
      const read = readDate(text.normalize('NFKC'));
      const time = read ? (read.rest === '' ? ['', '0', '0'] : TIME.exec(read.rest)) : null;
      const instant = read && time ? shanghaiInstant(read.day, Number(time[1]), Number(time[2]), Number(time[3] ?? 0)) : undefined;
      if (instant) return { value: instant };
      return { problem: say(`${zh}应为日期时间，如 2026-03-05 14:30（上海时间），读到“${quoted}”`, `${name} must be a date and time such as 2026-03-05 14:30 (Shanghai), read "${quoted}"`) };
    }
    case 'choice': {
      const chosen = option(field, text);
      if (chosen !== undefined) return { value: chosen };
      return { problem: say(`${zh}只能是：${field.options.join('、')}；读到“${quoted}”`, `${name} must be one of: ${inEnglish(field)}; read "${quoted}"`) };
    }
    case 'multichoice': {
      const parts = text.split(LIST_SEPARATORS).map((p) => p.trim()).filter(Boolean);
      const chosen: string[] = [];
      for (const part of parts) {
        const o = option(field, part);
        if (o === undefined) {
          return { problem: say(`${zh}只能从这些选项中选：${field.options.join('、')}；“${part}”不在其中`, `${name} takes only: ${inEnglish(field)}; "${part}" is not one of them`) };
        }
        if (!chosen.includes(o)) chosen.push(o);
      }
      return { value: chosen };
    }
    case 'yesno': {
      const t = foldCell(text);
      if (YES.has(t)) return { value: true };
      if (NO.has(t)) return { value: false };
      return { problem: say(`${zh}应为“是”或“否”，读到“${quoted}”`, `${name} must be yes or no, read "${quoted}"`) };
    }
    case 'phone':
      return { value: text.normalize('NFKC').replace(/\s+/g, '') };
    case 'idcard': {
      // An ID number typed into a number cell keeps 15 significant digits: Excel shows 1.10101E+17 and the rest is lost.
      if (/e\+/i.test(text)) {
        return {
          problem: say(
            `${zh}在 Excel 里存成了数字，后几位已经丢失：请把这一列设为“文本”格式，重新填写后再导入`,
            `${name} was stored by Excel as a number and its last digits are lost: format the column as Text, type the numbers again and re-import`,
          ),
        };
      }
      return { value: text.normalize('NFKC').replace(/\s+/g, '').toUpperCase() };
    }
    case 'address': {
      // The export writes 8号楼 201室; clerks also write 8号楼201室 or 8栋201.
      const t = text.normalize('NFKC').trim();
      const spaced = /^(\S+)\s+(.+)$/.exec(t);
      // Written together, the room must hold a digit: 五号楼 is a building alone, not 五号 and 楼.
      const joined = /^(.+?(?:号楼|栋|幢|座|楼|号))(.*\d.*)$/.exec(t);
      const [building, room] = spaced ? [spaced[1]!, spaced[2]!.trim()] : joined ? [joined[1]!, joined[2]!] : [];
      if (building && room) return { value: { building, room } };
      return { problem: say(`${zh}应写成“楼号 室号”，如“8号楼 201室”，读到“${quoted}”`, `${name} must read "building room", such as "8号楼 201室", read "${quoted}"`) };
    }
    case 'person':
    case 'unit':
      return { value: { name: text } };
    case 'photo':
    case 'status':
      return { value: undefined };
  }
}
