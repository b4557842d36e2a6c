// `@toolbox/sdk/manifest`: validation needs ajv (about 120 kB), so it lives apart from the root entry that the host
// and every app share at run time. The CLI, the server and tools import it; apps rarely need to.
export { validateManifest } from './validateManifest.ts';
export type { ManifestValidation } from './validateManifest.ts';
export { manifestSchema } from '../shared/manifestSchema.ts';
export { formatFieldErrors } from './formatFieldErrors.ts';
export { toFieldErrors } from '../shared/createAjv.ts';
