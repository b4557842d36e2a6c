import type { FormDefinition } from '@toolbox/sdk/forms';
import type { BundleStore } from '../publish/BundleStore.ts';

/** The file of a form version that holds its definition, served with its other files under /bundles/. */
export const FORM_FILE = 'form.json';

/** Versions whose definition is kept parsed; a definition is at most a few hundred kB (FORM_LIMITS). */
const KEEP = 200;

/**
 * The definitions of published form versions, read from the bundle store (the file store or the database) and kept
 * parsed. A version never changes, so an entry is valid forever; the oldest are dropped past KEEP.
 */
export class FormDefinitions {
  private readonly cache = new Map<string, Promise<FormDefinition | undefined>>();

  constructor(private readonly bundles: BundleStore) {}

  get(app: string, version: string): Promise<FormDefinition | undefined> {
    const key = `${app}@${version}`;
    let found = this.cache.get(key);
    if (!found) {
      found = this.read(app, version);
      this.cache.set(key, found);
      found.then((d) => d ?? this.cache.delete(key), () => this.cache.delete(key));
      if (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value as string);
    }
    return found;
  }

  private async read(app: string, version: string): Promise<FormDefinition | undefined> {
    const file = await this.bundles.read(app, version, FORM_FILE);
    if (!file) return undefined;
    const bytes = 'body' in file ? file.body : await streamToBuffer(file.stream());
    return JSON.parse(bytes.toString('utf8')) as FormDefinition;
  }
}

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
