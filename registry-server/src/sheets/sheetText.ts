import type { LocalizedText } from '@toolbox/sdk';

/** The language a sheet's refusal is worded in: the `lang` of the request (the desktop's), Chinese unless asked. */
export type SheetLang = 'zh-CN' | 'en';

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);
/** A time cap as the message names it: seconds, or ms below one (a test's tiny cap). */
const duration = (ms: number, s: string) => (ms >= 1000 ? `${Math.round(ms / 1000)} ${s}` : `${ms} ms`);

/**
 * Why a spreadsheet upload is refused, in the clerk's language: the import dialog, the designer's start screen and the
 * roster page show it as it is, so a Chinese desktop shows no English. The reader's own error (ExcelJS, csv-parse) is
 * kept in brackets for whoever reads the log.
 */
const TEXT = {
  'zh-CN': {
    empty: () => '文件是空的',
    tooLargeBytes: (max: number) => `文件超过 ${mib(max)} MB`,
    oldXls: () => '这是旧版 Excel（.xls）文件：请在 Excel 里“另存为” Excel 工作簿（.xlsx）或 CSV 后再上传',
    notSheet: () => '这不是 CSV 文本，也不是 Excel 工作簿（.xlsx）',
    csvUnreadable: (why: string) => `无法读取这个 CSV 文件（${why}）`,
    xlsxUnreadable: (why: string) => `无法读取这个 Excel 工作簿，文件可能已损坏（${why}）`,
    noHeader: (example: LocalizedText) => `文件没有内容：第一行应当是列名（${example['zh-CN']}）`,
    sheetNoHeader: (sheet: string, example: LocalizedText) => `工作表“${sheet}”是空的：第一行应当是列名（${example['zh-CN']}）`,
    noSheet: () => '这个工作簿里没有工作表',
    tooManyRows: (rows: number, max: number) => `文件有 ${rows} 行，一次最多读取 ${max} 行：请分成几个文件`,
    sheetTooManyRows: (sheet: string, rows: number, max: number) => `工作表“${sheet}”有 ${rows} 行，一次最多读取 ${max} 行：请分成几个文件`,
    unpacksTooLarge: (max: number) => `这个 .xlsx 解压后超过 ${mib(max)} MB：请另存一个较小的文件`,
    tooManyImages: (count: number, max: number) => `工作表里有 ${count} 张图片，一次最多导入 ${max} 张：请分成几个文件`,
    readNeedsTooMuchMemory: (mb: number) => `读取这个文件需要超过 ${mb} MB 内存（单元格太多）：请删掉不需要的列，或分成几个文件`,
    readTooLong: (ms: number) => `读取这个文件超过了 ${duration(ms, '秒')}：请删掉不需要的列，或分成几个文件`,
  },
  en: {
    empty: () => 'the file is empty',
    tooLargeBytes: (max: number) => `the file is over ${mib(max)} MiB`,
    oldXls: () => 'this is an old Excel .xls file: save it as .xlsx (Excel 工作簿) or CSV and upload that',
    notSheet: () => 'the file is neither CSV text nor an .xlsx workbook',
    csvUnreadable: (why: string) => `the CSV cannot be read (${why})`,
    xlsxUnreadable: (why: string) => `the .xlsx is not a readable workbook (${why})`,
    noHeader: (example: LocalizedText) => `the file is empty: the first row must hold the column headers (${example.en ?? example['zh-CN']})`,
    sheetNoHeader: (sheet: string, example: LocalizedText) => `the sheet "${sheet}" is empty: its first row must hold the column headers (${example.en ?? example['zh-CN']})`,
    noSheet: () => 'the workbook has no sheet',
    tooManyRows: (rows: number, max: number) => `the file has ${rows} rows; at most ${max} are read at once`,
    sheetTooManyRows: (sheet: string, rows: number, max: number) => `the sheet "${sheet}" has ${rows} rows; at most ${max} are read at once`,
    unpacksTooLarge: (max: number) => `the .xlsx unpacks to more than ${mib(max)} MiB; save a smaller file`,
    tooManyImages: (count: number, max: number) => `the sheet holds ${count} pictures; at most ${max} are imported at once: split it into several files`,
    readNeedsTooMuchMemory: (mb: number) => `reading the file needs more than ${mb} MB of memory (too many cells): drop the columns you do not need, or split it into several files`,
    readTooLong: (ms: number) => `reading the file took longer than ${duration(ms, 's')}: drop the columns you do not need, or split it into several files`,
  },
} satisfies Record<SheetLang, Record<string, (...args: never[]) => string>>;

export type SheetText = (typeof TEXT)['en'];

export const sheetText = (lang: SheetLang = 'zh-CN'): SheetText => TEXT[lang];
