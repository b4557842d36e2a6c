import type { ToolboxSdkError } from '@toolbox/sdk';
import { type PhotoRef, FORM_LIMITS } from '@toolbox/sdk/forms';
import { useT, useToolbox } from '@toolbox/sdk/react';
import { useEffect, useRef, useState } from 'react';
import { messages } from './messages.ts';

interface Props {
  id: string;
  field: string;
  maxPhotos?: number;
  value: readonly PhotoRef[];
  disabled?: boolean;
  describedBy?: string;
  onChange(next: PhotoRef[]): void;
}

/** A photo on its way up: the picked file's own preview, the share sent, or why the server refused it. */
interface Pending {
  key: number;
  name: string;
  preview?: string;
  progress: number;
  error?: string;
}

// The registry's limit: checked here first so a 30 MB photo is not sent only to be refused.
const MAX_BYTES = 10 * 1024 * 1024;

function previewOf(file: File): string | undefined {
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined;
}

/**
 * Photos of a record: take them with the tablet's camera or pick them (`capture="environment"`), each uploaded at once
 * through `toolbox.files` (checked by content, stripped of GPS by the server), shown as thumbnails that can be removed.
 * The record holds only the ids of photos that arrived; a failed one stays on screen with the reason until dismissed.
 */
export function PhotoInput({ id, field, maxPhotos = FORM_LIMITS.photosDefault, value, disabled, describedBy, onChange }: Props) {
  const t = useT(messages);
  const toolbox = useToolbox();
  const files = toolbox.files;
  const [pending, setPending] = useState<Pending[]>([]);
  const [notice, setNotice] = useState<string>();
  const counter = useRef(0);
  // The latest value, for uploads that finish after other changes (or together).
  const current = useRef<readonly PhotoRef[]>(value);
  current.current = value;
  // Previews still shown when the form closes are given back then.
  const previews = useRef(new Set<string>());
  useEffect(
    () => () => {
      for (const url of previews.current) URL.revokeObjectURL(url);
    },
    [],
  );

  if (!files) return <p className="tbx-help fr-photo">{t('photoUnsupported')}</p>;

  const update = (key: number, change: Partial<Pending> | null) =>
    setPending((list) => (change ? list.map((p) => (p.key === key ? { ...p, ...change } : p)) : list.filter((p) => p.key !== key)));

  const wordError = (error: unknown): string => {
    const code = (error as Partial<ToolboxSdkError>)?.code;
    if (code === 'TOOLBOX_ATTACHMENT_NOT_IMAGE') return t('photoNotImage');
    if (code === 'TOOLBOX_ATTACHMENT_TOO_LARGE') return t('photoTooLarge');
    return t('photoFailed');
  };

  const send = async (file: File) => {
    counter.current += 1;
    const key = counter.current;
    const preview = previewOf(file);
    if (preview) previews.current.add(preview);
    setPending((list) => [...list, { key, name: file.name, preview, progress: 0 }]);
    if (file.size > MAX_BYTES) {
      update(key, { error: t('photoTooLarge') });
      return;
    }
    try {
      const photo = await files.upload(file, { field, onProgress: (progress) => update(key, { progress }) });
      // Several photos finish before the form renders again: each adds to what the previous one left.
      current.current = [...current.current, { id: photo.id }];
      onChange([...current.current]);
      if (preview) URL.revokeObjectURL(preview);
      update(key, null);
    } catch (error) {
      update(key, { error: wordError(error) });
    }
  };

  const pick = (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    const room = maxPhotos - value.length - pending.filter((p) => !p.error).length;
    setNotice(chosen.length > room ? t('photoTooMany', maxPhotos) : undefined);
    for (const file of chosen.slice(0, Math.max(0, room))) void send(file);
  };

  const full = value.length + pending.filter((p) => !p.error).length >= maxPhotos;
  return (
    <div className="fr-photos" role="group" aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      <ul className="fr-photos__list">
        {value.map((photo, i) => (
          <li key={photo.id} className="fr-photos__item">
            <img className="fr-photos__thumb" src={files.url(photo.id)} alt={t('photoAlt', i + 1)} />
            {!disabled && (
              <button type="button" className="fr-photos__remove" aria-label={t('photoRemove', i + 1)} onClick={() => onChange(value.filter((p) => p.id !== photo.id))}>
                ×
              </button>
            )}
          </li>
        ))}
        {pending.map((p) => (
          <li key={p.key} className={`fr-photos__item${p.error ? ' fr-photos__item--error' : ''}`}>
            {p.preview ? <img className="fr-photos__thumb" src={p.preview} alt={p.name} /> : <span className="fr-photos__thumb fr-photos__placeholder">{p.name}</span>}
            {p.error ? (
              <>
                <span className="fr-photos__error" role="alert">
                  {p.error}
                </span>
                <button type="button" className="fr-photos__remove" aria-label={t('photoDismiss', p.name)} onClick={() => update(p.key, null)}>
                  ×
                </button>
              </>
            ) : (
              <progress className="fr-photos__progress" max={1} value={p.progress} aria-label={t('photoUploading', p.name)} />
            )}
          </li>
        ))}
        {!full && !disabled && (
          <li className="fr-photos__item">
            <label className="fr-photos__add" htmlFor={id}>
              <span aria-hidden="true">＋</span>
              {t('photoAdd')}
            </label>
            <input
              id={id}
              className="fr-photos__file"
              type="file"
              accept="image/*"
              capture="environment"
              multiple={maxPhotos - value.length > 1}
              onChange={(e) => {
                pick(e.target.files);
                e.target.value = '';
              }}
            />
          </li>
        )}
      </ul>
      <p className="tbx-help fr-photos__hint">{notice ?? t('photoHint', value.length, maxPhotos)}</p>
    </div>
  );
}
