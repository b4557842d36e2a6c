import { render } from '@testing-library/react';
import type { CollectionClient, Locale, RecordHistory, ToolboxData, ToolboxUser } from '@toolbox/sdk';
import { definitionToCollectionSchema, FORM_COLLECTION, type FormDefinition, idCardCheckCharacter } from '@toolbox/sdk/forms';
import { ToolboxProvider } from '@toolbox/sdk/react';
import { createMockToolbox, type MockToolbox } from '@toolbox/sdk/testing';
import { FormAppRoot } from '../src/FormAppRoot.tsx';

/**
 * Renders the runtime for `definition` against the SDK's in-memory host, whose `records` collection is checked with
 * the schema definitionToCollectionSchema derives (what the registry will store the records with).
 */
export function renderRuntime(
  definition: FormDefinition,
  options: {
    seed?: Record<string, unknown>[];
    locale?: Locale;
    user?: Partial<ToolboxUser>;
    history?: (id: string) => Promise<RecordHistory>;
    /** The desktop's bin of deleted records (`deleted`, `restore`), which the test double has not, or a failing call. */
    bin?: Partial<Pick<CollectionClient, 'deleted' | 'restore' | 'remove'>>;
  } = {},
): MockToolbox {
  const toolbox = createMockToolbox({
    manifest: { id: definition.id, name: definition.name, version: definition.version, collections: { [FORM_COLLECTION]: definitionToCollectionSchema(definition) } },
    seed: { [FORM_COLLECTION]: options.seed ?? [] },
    locale: options.locale ?? 'zh-CN',
    ...(options.user ? { user: options.user } : {}),
  });
  // The test double has no history or bin (as it has no export): a test that needs them gives the desktop's answers.
  const { history, bin } = options;
  const data: ToolboxData =
    history || bin ? { collection: <T,>(name: string) => ({ ...toolbox.data.collection<T>(name), history, ...(bin as Partial<CollectionClient<T>>) }) } : toolbox.data;
  render(
    <ToolboxProvider context={{ ...toolbox, data }}>
      <FormAppRoot definition={definition} />
    </ToolboxProvider>,
  );
  return toolbox;
}

/** Every record stored in the form's collection. */
export async function stored(toolbox: MockToolbox): Promise<Record<string, unknown>[]> {
  return (await toolbox.data.collection(FORM_COLLECTION).list()).map((r) => r.data as Record<string, unknown>);
}

/** A made-up 身份证号 completed with its check character. */
export const idNumber = (first17: string): string => first17 + idCardCheckCharacter(first17);
