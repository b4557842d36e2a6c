import { Card } from '@toolbox/sdk/ui';
import { useT } from '@toolbox/sdk/react';
import type { VersionDiff } from '../api/types.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { TextList } from '../ui/TextList.tsx';
import { ChangeTag } from './ChangeTag.tsx';
import { describeAttr, describeField } from './describeField.ts';
import { flattenFields, schemaDiff, type FieldChange } from './schemaDiff.ts';
import { messages } from '../i18n/messages.ts';

type Schema = Record<string, unknown>;

/**
 * Collections added, removed and changed. Each lists its fields in words (新增字段 / 删除字段 / 修改, before and
 * after), and the whole schema as JSON side by side for whoever wants every keyword.
 */
export function CollectionsDiff({ collections }: { collections: VersionDiff['collections'] }) {
  const t = useT(messages);
  const none = collections.added.length + collections.removed.length + collections.changed.length === 0;

  return (
    <Card className="ac-panel" title={t('approval.collections')}>
      {none && <p className="ac-muted">{t('approval.collectionsNone')}</p>}
      {collections.changed.map((c) => (
        <Collection key={`changed:${c.name}`} name={c.name} kind="changed" from={c.from} to={c.to} />
      ))}
      {collections.added.map((c) => (
        <Collection key={`added:${c.name}`} name={c.name} kind="added" from={null} to={c.schema} />
      ))}
      {collections.removed.map((c) => (
        <Collection key={`removed:${c.name}`} name={c.name} kind="removed" from={c.schema} to={null} />
      ))}
    </Card>
  );
}

interface CollectionProps {
  name: string;
  kind: 'added' | 'removed' | 'changed';
  from: Schema | null;
  to: Schema | null;
}

function Collection({ name, kind, from, to }: CollectionProps) {
  const t = useT(messages);
  // A new or removed collection lists all its fields as added or removed: the same table reads both ways.
  const changes: FieldChange[] =
    from && to
      ? schemaDiff(from, to)
      : [...flattenFields((to ?? from)!)].map(([field, attrs]) =>
          to ? { field, kind: 'added' as const, to: attrs } : { field, kind: 'removed' as const, from: attrs },
        );
  // The record itself ("type": "object") is worth a row only when something about it changed.
  const rows = changes.filter((c) => c.field !== '' || c.kind === 'changed');
  const label = { added: t('approval.collectionAdded'), removed: t('approval.collectionRemoved'), changed: t('approval.collectionChanged') }[kind];
  const fieldLabel = { added: t('approval.fieldAdded'), removed: t('approval.fieldRemoved'), changed: t('approval.fieldChanged') };

  return (
    <section className="ac-ap-collection" data-collection={name} aria-label={`${label} ${name}`}>
      <h4>
        <ChangeTag kind={kind} label={label} />
        <span className="ac-ap-code">{name}</span>
      </h4>
      {kind === 'removed' && <p className="ac-help">{t('approval.removedDataNote')}</p>}
      {rows.length === 0 ? (
        <p className="ac-muted">{t('approval.fieldsNone')}</p>
      ) : (
        <DataTable
          className="ac-ap-grid"
          label={`${name} ${t('approval.schemaCol.field')}`}
          rows={rows}
          rowKey={(c) => c.field}
          rowAttributes={(c) => ({ 'data-field': c.field })}
          columns={[
            {
              header: t('approval.schemaCol.field'),
              width: 150,
              rowHeader: true,
              className: 'ac-ap-code',
              cell: (c) => (
                <>
                  {c.field || t('approval.rootField')}
                  {title(c) && <div className="ac-sub">{title(c)}</div>}
                </>
              ),
            },
            { header: t('approval.schemaCol.change'), width: 116, cell: (c) => <ChangeTag kind={c.kind} label={fieldLabel[c.kind]} /> },
            {
              header: t('approval.schemaCol.from'),
              className: (c) => (c.kind === 'added' ? 'ac-ap-from' : 'ac-ap-from ac-ap-differs'),
              cell: (c) => (
                <TextList className="ac-ap-lines" items={c.kind === 'added' ? [] : c.kind === 'removed' ? describeField(c.from, t) : c.keys.map((k) => describeAttr(k, c.from, t))} />
              ),
            },
            {
              header: t('approval.schemaCol.to'),
              className: (c) => (c.kind === 'removed' ? 'ac-ap-to' : 'ac-ap-to ac-ap-differs'),
              cell: (c) => (
                <TextList className="ac-ap-lines" items={c.kind === 'removed' ? [] : c.kind === 'added' ? describeField(c.to, t) : c.keys.map((k) => describeAttr(k, c.to, t))} />
              ),
            },
          ]}
        />
      )}
      <details>
        <summary>{t('approval.showSchema')}</summary>
        <div className="ac-ap-json">
          <figure>
            <figcaption>{t('approval.from')}</figcaption>
            <pre>{from ? JSON.stringify(from, null, 2) : t('approval.none')}</pre>
          </figure>
          <figure>
            <figcaption>{t('approval.to')}</figcaption>
            <pre>{to ? JSON.stringify(to, null, 2) : t('approval.none')}</pre>
          </figure>
        </div>
      </details>
    </section>
  );
}

/** The field's title, as the form shows it to staff: from the new schema, or the old one for a removed field. */
function title(change: FieldChange): string | undefined {
  const attrs = change.kind === 'removed' ? change.from : change.to;
  return attrs.attrs.title;
}
