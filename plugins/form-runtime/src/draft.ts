import { fromShanghaiWallClock, toShanghaiWallClock } from '@toolbox/sdk';
import type { FormField, OrgRef } from '@toolbox/sdk/forms';

/** What a control holds while the user types: text for numbers (so "1." can become "1.5"), wall-clock time, parts. */
export type Draft = string | string[] | boolean | undefined | { building: string; room: string } | OrgRef | readonly unknown[];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The control's content for a stored value. */
export function toDraft(field: FormField, value: unknown): Draft {
  switch (field.kind) {
    case 'multichoice':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    case 'yesno':
      return typeof value === 'boolean' ? value : undefined;
    case 'address':
      return isObject(value) ? { building: String(value.building ?? ''), room: String(value.room ?? '') } : { building: '', room: '' };
    case 'person':
    case 'unit':
      // The picker's content: the name, and the id while it is the one picked from the org tree.
      return isObject(value) ? { ...(typeof value.id === 'string' ? { id: value.id } : {}), name: String(value.name ?? '') } : { name: '' };
    case 'photo':
      return Array.isArray(value) ? value : [];
    case 'datetime':
      return typeof value === 'string' ? toShanghaiWallClock(value) : '';
    case 'number':
      return typeof value === 'number' ? String(value) : '';
    default:
      return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  }
}

/**
 * The stored value for a control's content (undefined: left empty). A person or unit picked from the org tree keeps
 * its id; a typed name has none (as older records hold it). Text that is not a number stays text, so the check names
 * the field instead of dropping it.
 */
export function fromDraft(field: FormField, draft: Draft, original: unknown): unknown {
  switch (field.kind) {
    case 'multichoice':
      return Array.isArray(draft) && draft.length ? [...draft] : undefined;
    case 'yesno':
      return typeof draft === 'boolean' ? draft : undefined;
    case 'address': {
      const parts = isObject(draft) ? { building: String(draft.building ?? '').trim(), room: String(draft.room ?? '').trim() } : { building: '', room: '' };
      return parts.building || parts.room ? parts : undefined;
    }
    case 'person':
    case 'unit': {
      const picked = isObject(draft) ? (draft as Partial<OrgRef>) : { name: typeof draft === 'string' ? draft : '' };
      const name = String(picked.name ?? '').trim();
      if (!name) return undefined;
      if (typeof picked.id === 'string') return { id: picked.id, name };
      // A name typed over a stored pick keeps that pick's id only while it reads the same.
      const before = original as OrgRef | undefined;
      return isObject(before) && before.name === name && typeof before.id === 'string' ? { id: before.id, name } : { name };
    }
    case 'photo':
      return Array.isArray(draft) && draft.length ? draft : undefined;
    case 'datetime':
      return typeof draft === 'string' && draft ? fromShanghaiWallClock(draft) : undefined;
    case 'number': {
      const text = typeof draft === 'string' ? draft.trim() : '';
      if (!text) return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'idcard':
      return typeof draft === 'string' && draft.trim() ? draft.trim().toUpperCase() : undefined;
    case 'phone':
      return typeof draft === 'string' && draft.trim() ? draft.replace(/\s+/g, '') : undefined;
    case 'status':
      return original;
    default:
      return typeof draft === 'string' && draft.trim() ? draft : undefined;
  }
}
