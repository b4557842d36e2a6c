import type { CollectionSchema } from '@toolbox/sdk';

/** A field's label and hint in another language. */
export interface FieldText {
  title: string;
  description?: string;
}

/**
 * The manifest's schemas carry Chinese `title`s (what SchemaForm shows as labels). For English users the same schema is
 * shown with English titles; every constraint, and so the validation, stays exactly the same.
 */
export function localizeSchema(schema: CollectionSchema, texts: Record<string, FieldText> | undefined): CollectionSchema {
  if (!texts) return schema;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  return {
    ...schema,
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, property]) => {
        const text = texts[name];
        if (!text) return [name, property];
        const { description: _d, ...rest } = property;
        return [name, { ...rest, title: text.title, ...(text.description ? { description: text.description } : {}) }];
      }),
    ),
  };
}
