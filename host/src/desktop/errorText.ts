// The Chinese texts of every registry code, for a page that words a failure: a chunk of its own, asked for only when
// something failed, so the desktop's first load does not carry them.
export { errorMessageFor } from '@toolbox/sdk/api/client';
