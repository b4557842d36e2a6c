import schema from './manifest.schema.json' with { type: 'json' };

/** The JSON Schema (draft-07) of `toolbox.manifest.json`: the one schema the CLI, the server and the docs use. */
export const manifestSchema: Readonly<Record<string, unknown>> = schema;
