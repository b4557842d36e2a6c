import type { PhotoRef } from '@toolbox/sdk/forms';
import { useT, useToolbox } from '@toolbox/sdk/react';
import { useState } from 'react';
import { messages } from './messages.ts';

/** A record's photos on its page: thumbnails that open the photo full size in a new tab (served only to who may see it). */
export function PhotoThumbs({ photos }: { photos: readonly PhotoRef[] }) {
  const t = useT(messages);
  const files = useToolbox().files;
  const [missing, setMissing] = useState<string[]>([]);
  if (!files) return <>{t('photos', photos.length)}</>;
  return (
    <span className="fr-detail__photos">
      {photos.map((photo, i) =>
        missing.includes(photo.id) ? (
          <span key={photo.id} className="fr-muted">
            {t('photoMissing')}
          </span>
        ) : (
          <a key={photo.id} href={files.url(photo.id)} target="_blank" rel="noopener noreferrer">
            <img src={files.url(photo.id)} alt={t('photoAlt', i + 1)} loading="lazy" onError={() => setMissing((ids) => [...ids, photo.id])} />
          </a>
        ),
      )}
    </span>
  );
}
