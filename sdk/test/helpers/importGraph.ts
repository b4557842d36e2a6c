import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The modules `entry` reaches through relative imports (itself first), each with the specifiers it imports. With
 * `typeImports: false`, `import type`/`export type` lines are left out: they are erased when compiled.
 */
export function importGraph(entry: string, options: { typeImports: boolean }): Map<string, string[]> {
  const line = options.typeImports ? /^(?:import|export)[^'"]*from\s+'([^']+)'/gm : /^(?:import|export)(?!\s+type\b)[^'"]*?from\s+'([^']+)'/gm;
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specs = [...readFileSync(file, 'utf8').matchAll(line)].map(([, spec]) => spec).filter((spec): spec is string => Boolean(spec));
    graph.set(file, specs);
    for (const spec of specs) if (spec.startsWith('.') && !spec.endsWith('.json')) visit(join(file, '..', spec));
  };
  visit(entry);
  return graph;
}
