import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { CollectionSchema } from '../shared/types.ts';
import { Button } from './Button.tsx';
import { FieldNotes } from './FieldNotes.tsx';
import { Notice } from './Notice.tsx';
import { formErrors, type FormError } from './formErrors.ts';
import { loadValidator, preloadValidator } from './loadValidator.ts';
import { formatFieldValue, parseFieldValue, schemaFields } from './schemaFields.ts';
import { useUi } from './useUi.ts';

/** Props of `SchemaForm`. */
export interface SchemaFormProps<T> {
  /** The JSON Schema of the records (a collection of the manifest): its properties become the fields. */
  schema: CollectionSchema;
  /** Values to start from (editing a record). Fields the form does not show are kept as they are. */
  initialValue?: Partial<T>;
  /** Called with a value that passed the schema; a rejection is shown above the form. */
  onSubmit: (value: T) => void | Promise<void>;
  onCancel?: () => void;
  submitLabel?: ReactNode;
  disabled?: boolean;
  /** Properties not to show. */
  omit?: string[];
}


/**
 * A form generated from a collection's JSON Schema: text, long text, number, integer, yes/no, choice (`enum`) and
 * date (`format: date`) and date-time (`format: date-time`, edited and shown as Shanghai time, stored as an instant) fields, labelled by `title` and explained by `description`. It checks the value with the
 * same schema the server uses and names each wrong field in the user's language before anything is sent.
 */
export function SchemaForm<T = Record<string, unknown>>({
  schema,
  initialValue,
  onSubmit,
  onCancel,
  submitLabel,
  disabled = false,
  omit = [],
}: SchemaFormProps<T>) {
  const { t } = useUi();
  const base = useId();
  const omitted = omit.join('\n');
  const fields = useMemo(() => schemaFields(schema).filter((f) => !omitted.split('\n').includes(f.name)), [schema, omitted]);
  const [raw, setRaw] = useState<Record<string, string | boolean>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, formatFieldValue(f, (initialValue as Record<string, unknown> | undefined)?.[f.name])])),
  );
  const [errors, setErrors] = useState<FormError[]>([]);
  const [checked, setChecked] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string>();

  const recordOf = (values: Record<string, string | boolean>): Record<string, unknown> => {
    const value: Record<string, unknown> = { ...(initialValue as Record<string, unknown> | undefined) };
    for (const field of fields) {
      const parsed = parseFieldValue(field, values[field.name] ?? '');
      if (parsed === undefined) delete value[field.name];
      else value[field.name] = parsed;
    }
    return value;
  };
  // Only the newest check may show its errors: typing fast starts several.
  const generation = useRef(0);
  useEffect(preloadValidator, []);

  const check = async (values: Record<string, string | boolean>): Promise<FormError[] | undefined> => {
    const mine = ++generation.current;
    const checkRecord = await loadValidator(schema);
    if (mine !== generation.current) return undefined;
    const problems = checkRecord(recordOf(values));
    if (!problems.length) return [];
    // In the order the fields appear, so the summary reads top to bottom and focus goes to the topmost problem.
    const position = (e: FormError) => (e.field === undefined ? -1 : fields.findIndex((f) => f.name === e.field));
    return formErrors(problems, fields, t).sort((a, b) => position(a) - position(b));
  };

  const change = (name: string, next: string | boolean) => {
    const values = { ...raw, [name]: next };
    setRaw(values);
    // After the first submit, errors follow the typing so the user sees each one go away.
    if (checked) {
      void check(values).then((found) => found && setErrors(found));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setFailure(undefined);
    const found = await check(raw);
    if (!found) return;
    setErrors(found);
    const first = found.find((e) => e.field);
    if (first) {
      document.getElementById(`${base}-${first.field}`)?.focus();
      return;
    }
    if (found.length) return;
    setSubmitting(true);
    try {
      await onSubmit(recordOf(raw) as T);
    } catch (error) {
      setFailure(t('submitFailed', { message: (error as Error).message }));
    } finally {
      setSubmitting(false);
    }
  };

  const errorOf = (name: string) => errors.find((e) => e.field === name)?.message;

  return (
    <form className="tbx-root tbx-form" noValidate onSubmit={submit}>
      {errors.length > 0 && (
        <Notice type="error" title={t('formHasErrors', { count: errors.length })}>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {errors.map((e) => (
              <li key={`${e.field ?? ''}:${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {failure && <Notice type="error">{failure}</Notice>}
      {fields.map((field) => {
        const id = `${base}-${field.name}`;
        const error = errorOf(field.name);
        const describedBy = [field.description && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
        const common = {
          id,
          name: field.name,
          disabled: disabled || submitting,
          'aria-invalid': error ? true : undefined,
          'aria-required': field.required || undefined,
          'aria-describedby': describedBy,
        } as const;
        const label = (
          <>
            {field.label}
            {field.required && (
              <span className="tbx-required" aria-hidden="true">
                *
              </span>
            )}
          </>
        );
        const value = raw[field.name];
        let control: ReactNode;
        switch (field.widget) {
          case 'checkbox':
            control = (
              <div className="tbx-check-row">
                <input {...common} className="tbx-check" type="checkbox" checked={value === true} onChange={(e) => change(field.name, e.target.checked)} />
                <label htmlFor={id}>{label}</label>
              </div>
            );
            break;
          case 'select':
            control = (
              <select {...common} className="tbx-input" value={String(value ?? '')} onChange={(e) => change(field.name, e.target.value)}>
                <option value="">{t('choose')}</option>
                {field.options?.map((o) => (
                  <option key={String(o)} value={String(o)}>
                    {String(o)}
                  </option>
                ))}
              </select>
            );
            break;
          case 'textarea':
            control = <textarea {...common} className="tbx-input" value={String(value ?? '')} onChange={(e) => change(field.name, e.target.value)} />;
            break;
          case 'unsupported':
            control = <p className="tbx-help">{t('unsupported')}</p>;
            break;
          default: {
            const type = { text: 'text', number: 'number', integer: 'number', date: 'date', datetime: 'datetime-local', email: 'email' }[field.widget];
            control = (
              <input
                {...common}
                className="tbx-input"
                type={type}
                step={field.widget === 'integer' ? 1 : field.widget === 'number' ? 'any' : undefined}
                maxLength={typeof field.schema.maxLength === 'number' ? field.schema.maxLength : undefined}
                value={String(value ?? '')}
                onChange={(e) => change(field.name, e.target.value)}
              />
            );
          }
        }
        return (
          <div className="tbx-field" key={field.name}>
            {field.widget !== 'checkbox' && (
              <label className="tbx-label" htmlFor={id}>
                {label}
              </label>
            )}
            {control}
            <FieldNotes id={id} help={field.description} error={error} />
          </div>
        );
      })}
      <div className="tbx-form__actions">
        <Button type="submit" loading={submitting} disabled={disabled}>
          {submitLabel ?? t('submit')}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel} disabled={submitting}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
