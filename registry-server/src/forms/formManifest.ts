import type { Manifest } from '@toolbox/sdk';
import { definitionToCollectionSchema, FORM_COLLECTION, type FormDefinition } from '@toolbox/sdk/forms';
import { validateManifest } from '../publish/validateManifest.ts';

/** The runtime a form version is published against: its app id and the current version's host API range. */
export interface FormRuntimeRef {
  app: string;
  version: string;
  sdk: string;
}

/**
 * The manifest of a form version, derived from its definition: the descriptive fields as written, the one collection
 * `records` from `definitionToCollectionSchema` (retired fields kept, so older records stay valid), `entry` naming the
 * runtime app that renders it and `sdk` that runtime's range. It passes the same manifest check as any publish
 * (collections compile, patterns run in linear time), so the data API treats it like any other app's.
 */
export function formManifest(definition: FormDefinition, runtime: FormRuntimeRef): Manifest {
  const descriptive: Partial<Manifest> = {
    id: definition.id,
    name: definition.name,
    version: definition.version,
    category: definition.category,
    scenario: definition.scenario,
    owner: definition.owner,
  };
  for (const key of ['description', 'icon', 'keywords', 'visibility', 'changelog'] as const) {
    if (definition[key] !== undefined) Object.assign(descriptive, { [key]: definition[key] });
  }
  return validateManifest({
    ...descriptive,
    entry: runtime.app,
    sdk: runtime.sdk,
    collections: { [FORM_COLLECTION]: definitionToCollectionSchema(definition) },
    // The runtime opens on the list, so the host may read its first page with the runtime's code.
    preloadData: [FORM_COLLECTION],
  });
}
