import { Card } from '@toolbox/sdk/ui';
import type { VersionDiff } from '../api/types.ts';
import { useConsole } from '../ConsoleContext.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { TextList } from '../ui/TextList.tsx';
import { ChangeTag } from './ChangeTag.tsx';
import { describeAttr, describeField } from './describeField.ts';
import { flattenFields, schemaDiff, type FieldChange } from './schemaDiff.ts';

type Schema = Record<string, unknown>;

/**
 * Collections added, removed and changed. Each lists its fields in words (新增字段 / 删除字段 / 修改, before and
 * after), and the whole schema as JSON side by side for whoever wants every keyword.
 */
export function CollectionsDiff({ collections }: { collections: VersionDiff['collections'] }) {
  const { m } = useConsole();
  const a = m.approval;
  const none = collections.added.length + collections.removed.length + collections.changed.length === 0;

  return (
    <Card className="ac-panel" title={a.collections}>
      {none && <p className="ac-muted">{a.collectionsNone}</p>}
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
  const { m } = useConsole();
  const a = m.approval;
  // A new or removed collection lists all its fields as added or removed: the same table reads both ways.
  const changes: FieldChange[] =
    from && to
      ? schemaDiff(from, to)
      : [...flattenFields((to ?? from)!)].map(([field, attrs]) =>
          to ? { field, kind: 'added' as const, to: attrs } : { field, kind: 'removed' as const, from: attrs },
        );
  // The record itself ("type": "object") is worth a row only when something about it changed.
  const rows = changes.filter((c) => c.field !== '' || c.kind === 'changed');
  const label = { added: a.collectionAdded, removed: a.collectionRemoved, changed: a.collectionChanged }[kind];
  const fieldLabel = { added: a.fieldAdded, removed: a.fieldRemoved, changed: a.fieldChanged };

  return (
    <section className="ac-ap-collection" data-collection={name} aria-label={`${label} ${name}`}>
      <h4>
        <ChangeTag kind={kind} label={label} />
        <span className="ac-ap-code">{name}</span>
      </h4>
      {kind === 'removed' && <p className="ac-help">{a.removedDataNote}</p>}
      {rows.length === 0 ? (
        <p className="ac-muted">{a.fieldsNone}</p>
      ) : (
        <DataTable
          className="ac-ap-grid"
          label={`${name} ${a.schemaCol.field}`}
          rows={rows}
          rowKey={(c) => c.field}
          rowAttributes={(c) => ({ 'data-field': c.field })}
          columns={[
            {
              header: a.schemaCol.field,
              width: 150,
              rowHeader: true,
              className: 'ac-ap-code',
              cell: (c) => (
                <>
                  {c.field || a.rootField}
                  {title(c) && <div className="ac-sub">{title(c)}</div>}
                </>
              ),
            },
            { header: a.schemaCol.change, width: 116, cell: (c) => <ChangeTag kind={c.kind} label={fieldLabel[c.kind]} /> },
            {
              header: a.schemaCol.from,
              className: (c) => (c.kind === 'added' ? 'ac-ap-from' : 'ac-ap-from ac-ap-differs'),
              cell: (c) => (
                <TextList className="ac-ap-lines" items={c.kind === 'added' ? [] : c.kind === 'removed' ? describeField(c.from, a) : c.keys.map((k) => describeAttr(k, c.from, a))} />
              ),
            },
            {
              header: a.schemaCol.to,
              className: (c) => (c.kind === 'removed' ? 'ac-ap-to' : 'ac-ap-to ac-ap-differs'),
              cell: (c) => (
                <TextList className="ac-ap-lines" items={c.kind === 'removed' ? [] : c.kind === 'added' ? describeField(c.to, a) : c.keys.map((k) => describeAttr(k, c.to, a))} />
              ),
            },
          ]}
        />
      )}
      <details>
        <summary>{a.showSchema}</summary>
        <div className="ac-ap-json">
          <figure>
            <figcaption>{a.from}</figcaption>
            <pre>{from ? JSON.stringify(from, null, 2) : a.none}</pre>
          </figure>
          <figure>
            <figcaption>{a.to}</figcaption>
            <pre>{to ? JSON.stringify(to, null, 2) : a.none}</pre>
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
