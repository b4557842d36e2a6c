import { resolve } from 'node:path';
import { describeFieldError } from '../../../manifest/describeFieldError.ts';
import { validateBundle, type BundleProblem } from '../../validateBundle.ts';
import type { CliIo } from '../CliIo.ts';
import { nextStepFor, sdkErrorText } from '../errorText.ts';
import { say } from '../messages.ts';

/** `toolbox validate [dir]`: checks the manifest and the built dist/, printing each problem with its path. */
export async function validate(io: CliIo, dirArg = '.'): Promise<number> {
  const report = await validateBundle(resolve(io.cwd, dirArg));
  if (report.ok && report.manifest) {
    const m = report.manifest;
    io.out(say(io, 'valid', { id: m.id, version: m.version, files: Object.keys(m.files ?? {}).length, entry: m.entry }));
    return 0;
  }
  io.err(say(io, 'invalid', { count: report.problems.length }));
  for (const p of report.problems) io.err(say(io, 'problem', { path: p.path || '/', message: problemText(io, p), code: p.code }));
  // One line per distinct thing to do: ten files with a wrong sha256 need one rebuild.
  for (const step of new Set(report.problems.map((p) => nextStepFor(p.code, io.lang ?? 'zh-CN')))) io.err(say(io, 'nextStep', { step }));
  return 1;
}

function problemText(io: CliIo, problem: BundleProblem): string {
  const lang = io.lang ?? 'zh-CN';
  if (lang === 'en') return problem.message;
  if (problem.field) return describeFieldError(problem.field, lang);
  // A dist/ built from another id or version than the project's manifest.
  if (problem.code === 'TOOLBOX_MANIFEST_INVALID' && problem.args?.length === 2) {
    return `dist/ 是由 ${problem.args[0]} 构建的，但项目现在是 ${problem.args[1]}：请重新运行 toolbox build`;
  }
  return problem.args ? sdkErrorText(problem.code, problem.message, problem.args, lang) : problem.message;
}
