import type { CollectionSchema } from '../shared/types.ts';

/** A field's label and hint in another language. */
export interface FieldText {
  title: string;
  description?: string;
}

/**
 * The same collection schema with each named field's `title` and `description` (what SchemaForm shows as its label and
 * hint) replaced: the manifest's schemas carry Chinese titles, and English users see the form in English. Every
 * constraint, and so the validation, stays exactly the same. Without `texts` the schema comes back as it is.
 */
export function localizeSchema(schema: CollectionSchema, texts: Readonly<Record<string, FieldText>> | undefined): CollectionSchema {
  if (!texts) return schema;
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return {
    ...schema,
    properties: Object.fromEntries(
      Object.entries(properties).map(([name, property]) => {
        const text = texts[name];
        if (!text) return [name, property];
        const { description: _description, ...rest } = property;
        return [name, { ...rest, title: text.title, ...(text.description ? { description: text.description } : {}) }];
      }),
    ),
  };
}
