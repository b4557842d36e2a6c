import { IntegrityError, sriSha256 } from './verifyIntegrity.ts';

/** A form app's definition could not be fetched or is not JSON (TOOLBOX_HOST_FORM_DEFINITION_FAILED). */
export class FormDefinitionError extends Error {
  constructor(readonly url: string, reason: string) {
    super(`the form definition ${url} ${reason}`);
    this.name = 'FormDefinitionError';
  }
}

/**
 * Reads a form app's definition (its version's immutable form.json). It is data the runtime renders, so it is held to
 * the same rule as a remote's entry: when the catalogue records its sha256 the bytes must match it (IntegrityError),
 * whatever a cache or a proxy in between served. The runtime validates its shape again before rendering.
 */
export async function fetchFormDefinition(url: string, integrity: string | undefined): Promise<unknown> {
  let response: Response;
  try {
    // Same-origin credentials: an owner's pending version is served only to them (a trial).
    response = await fetch(url);
  } catch (error) {
    throw new FormDefinitionError(url, `could not be fetched: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new FormDefinitionError(url, `could not be fetched: GET ${response.status}`);
  const bytes = await response.arrayBuffer();
  if (integrity) {
    const actual = await sriSha256(bytes);
    if (actual !== integrity) throw new IntegrityError(url, integrity, actual);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new FormDefinitionError(url, 'is not JSON');
  }
}
