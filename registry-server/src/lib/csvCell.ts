/**
 * A text cell safe to open in Excel: a cell starting with = + - @ (or a tab or carriage return) would be read as a
 * formula, so it gets a leading apostrophe, as OWASP advises against CSV injection. App names, form labels and record
 * values come from developers, makers and staff.
 */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The UTF-8 byte order mark: without it Excel reads the file as the local code page and Chinese is garbled. */
export const BOM = '\uFEFF';
