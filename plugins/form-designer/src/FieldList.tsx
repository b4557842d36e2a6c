import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useLocale, useT } from '@toolbox/sdk/react';
import { Button } from '@toolbox/sdk/ui';
import type { FormDefinition, FormField } from '@toolbox/sdk/forms';
import { addSection, change, moveField, placeOf, removeSection } from './draft/editDraft.ts';
import { KIND_NAMES } from './draft/kindNames.ts';
import { messages } from './messages.ts';
import { withEnglish } from './draft/wording.ts';

interface Props {
  draft: FormDefinition;
  selected: string | undefined;
  problems: Map<string, string[]>;
  onSelect(key: string): void;
  onChange(draft: FormDefinition): void;
}

function FieldItem({ field, selected, problems, onSelect }: { field: FormField; selected: boolean; problems: number; onSelect(): void }) {
  const t = useT(messages);
  const locale = useLocale();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: field.key });
  const label = field.label['zh-CN'] || field.key;
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`fd-item${selected ? ' fd-item--selected' : ''}${isDragging ? ' fd-item--dragging' : ''}${problems ? ' fd-item--bad' : ''}`}
    >
      <button type="button" className="fd-handle" aria-label={t('dragHandle', label)} title={t('dragHandle', label)} {...attributes} {...listeners}>
        ⠿
      </button>
      <button type="button" className="fd-item__main" aria-pressed={selected} onClick={onSelect}>
        <span className="fd-item__label">
          {label}
          {field.required && <span className="tbx-required"> *</span>}
        </span>
        <span className="fd-item__kind">{KIND_NAMES[field.kind][locale] ?? KIND_NAMES[field.kind]['zh-CN']}</span>
        {problems > 0 && (
          <span className="fd-badge" title={`${problems}`}>
            !<span className="tbx-visually-hidden">{t('needsFix')}</span>
          </span>
        )}
      </button>
    </li>
  );
}

/**
 * The sections and their fields in order. Fields are reordered by dragging the handle, or from the keyboard (focus the
 * handle, space to lift, arrow keys to move, space to drop), within a section or into another one.
 */
export function FieldList({ draft, selected, problems, onSelect, onChange }: Props) {
  const t = useT(messages);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const labelOf = (key: string | number) => {
    const place = placeOf(draft, String(key));
    return place ? (draft.sections[place.section]!.fields[place.index]!.label['zh-CN'] ?? String(key)) : String(key);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = placeOf(draft, String(over.id));
    if (to) onChange(moveField(draft, String(active.id), to));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `拿起了“${labelOf(active.id)}”`,
          onDragOver: ({ active, over }) => (over ? `“${labelOf(active.id)}”移到“${labelOf(over.id)}”的位置` : ''),
          onDragEnd: ({ active, over }) => (over ? `“${labelOf(active.id)}”放在了“${labelOf(over.id)}”的位置` : `放下了“${labelOf(active.id)}”`),
          onDragCancel: ({ active }) => `取消移动“${labelOf(active.id)}”`,
        },
        screenReaderInstructions: { draggable: '按空格键拿起字段，用上下方向键移动，再按空格键放下，按 Esc 取消。' },
      }}
    >
      {draft.sections.map((section, s) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a section has no key of its own; its place is its identity
        <section className="fd-section" key={`section-${s}`} aria-label={section.title['zh-CN']}>
          <div className="fd-section__head">
            <input
              className="tbx-input fd-section__title"
              aria-label={`${t('sectionTitle')} ${s + 1}`}
              value={section.title['zh-CN']}
              onChange={(e) => onChange(change(draft, (d) => { d.sections[s]!.title = { ...d.sections[s]!.title, 'zh-CN': e.target.value }; }))}
            />
            <input
              className="tbx-input fd-section__title-en"
              aria-label={`${t('sectionTitleEn')} ${s + 1}`}
              placeholder={t('sectionTitleEnHint')}
              value={section.title.en ?? ''}
              onChange={(e) => onChange(change(draft, (d) => { d.sections[s]!.title = withEnglish(d.sections[s]!.title, e.target.value); }))}
            />
            {section.fields.length === 0 && draft.sections.length > 1 && (
              <Button variant="link" size="small" onClick={() => onChange(removeSection(draft, s))}>
                {t('removeSection')}
              </Button>
            )}
          </div>
          <SortableContext items={section.fields.map((f) => f.key)} strategy={verticalListSortingStrategy}>
            <ol className="fd-items">
              {section.fields.map((field) => (
                <FieldItem key={field.key} field={field} selected={selected === field.key} problems={problems.get(field.key)?.length ?? 0} onSelect={() => onSelect(field.key)} />
              ))}
            </ol>
          </SortableContext>
        </section>
      ))}
      <Button variant="secondary" size="small" onClick={() => onChange(addSection(draft))}>
        ＋ {t('addSection')}
      </Button>
    </DndContext>
  );
}
