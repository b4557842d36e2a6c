/*
 * The one shape of every error the registry server answers with (Fastify's own error shape plus a stable `TOOLBOX_*`
 * code). The server serializes it, the clients parse it; both take it from here so neither can drift.
 */
import { type Static, Type } from '@sinclair/typebox';

/** A JSON-pointer-addressed problem, as `validateManifest` and the collection checks report it (`FieldError`). */
export const FieldErrorSchema = Type.Object(
  {
    path: Type.String({ description: 'JSON pointer of the wrong value, e.g. `/owner/contact` (`""` for the whole document)' }),
    message: Type.String(),
    keyword: Type.Optional(Type.String({ description: 'The JSON Schema keyword that failed (`required`, `maxLength`…)' })),
    params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: "The keyword's parameters, so a UI can word the message itself" })),
  },
  { title: 'FieldError', additionalProperties: false },
);

export const ErrorBodySchema = Type.Object(
  {
    statusCode: Type.Integer({ minimum: 400, maximum: 599 }),
    code: Type.String({ pattern: '^TOOLBOX_[A-Z0-9_]+$', description: 'A code of the registry in codes.ts (docs/registry-server.md lists them)' }),
    error: Type.String({ description: "The HTTP status text, e.g. 'Bad Request'" }),
    message: Type.String({ description: 'For people: names the field that is wrong and why' }),
    messageZh: Type.Optional(
      Type.String({
        description:
          'The same refusal said in Chinese to a person, with its values, where the server words it (a self-approval, a username taken…); without it a Chinese screen shows the text of the code (CODE_TEXT_ZH)',
      }),
    ),
    details: Type.Optional(Type.Array(FieldErrorSchema, { description: 'Field by field, where a record broke its collection schema (TOOLBOX_RECORD_INVALID)' })),
  },
  { title: 'ErrorBody', additionalProperties: false },
);

/** The body of every 4xx/5xx answer of the registry server. */
export type ErrorBody = Static<typeof ErrorBodySchema>;
export type FieldErrorBody = Static<typeof FieldErrorSchema>;
