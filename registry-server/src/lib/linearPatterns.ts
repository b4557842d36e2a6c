import { RE2JS } from 're2js';

/**
 * Patterns in collection schemas come from plugin authors and run on every record written. JavaScript's RegExp
 * backtracks: `^(a+)+$` against 28 a's and a `!` held the server for over a second, doubling with each character.
 * RE2 (re2js) runs in time linear in the input, at the price of backreferences and lookaround, which it refuses.
 */
export class NonLinearPatternError extends Error {}

const WHY = 'it cannot run in linear time (RE2): backreferences (\\1, \\k<name>) and lookaround ((?=…), (?!…), (?<=…), (?<!…)) are not supported';

/** Compiles a JavaScript-syntax pattern with RE2, or throws NonLinearPatternError saying why it cannot. */
function compileLinear(pattern: string): RE2JS {
  try {
    return RE2JS.compile(RE2JS.translateRegExp(pattern));
  } catch (error) {
    throw new NonLinearPatternError(`"${pattern}": ${WHY} (${(error as Error).message})`);
  }
}

/** ajv's `code.regExp` engine: the same `test()` as a RegExp, in linear time. The flag ajv passes (`u`) is RE2's default. */
export const linearRegExp = Object.assign((pattern: string, _flags: string) => compileLinear(pattern), { code: 'linearRegExp' });

// Values that are data, not schemas: a `pattern` key inside them is not a pattern.
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/**
 * The JSON path (under `prefix`) of the first `pattern` or `patternProperties` key of `schema` that RE2 cannot run,
 * with why; undefined when every pattern is fine. Checked at publish, so a manifest is refused, naming the pattern,
 * rather than its collection failing on the first record.
 */
export function findNonLinearPattern(schema: unknown, prefix: string): string | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  for (const [key, value] of Object.entries(schema)) {
    const path = `${prefix}/${key}`;
    if (DATA_KEYWORDS.has(key)) continue;
    if (key === 'pattern' && typeof value === 'string') {
      try {
        compileLinear(value);
      } catch (error) {
        return `${path} ${(error as Error).message}`;
      }
    }
    if (key === 'patternProperties' && value && typeof value === 'object') {
      for (const name of Object.keys(value)) {
        try {
          compileLinear(name);
        } catch (error) {
          return `${path} ${(error as Error).message}`;
        }
      }
    }
    const inner = findNonLinearPattern(value, path);
    if (inner) return inner;
  }
  return undefined;
}
