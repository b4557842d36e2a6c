import type { CatalogItem } from '@toolbox/sdk';
import { UpdateBar } from './UpdateBar.tsx';
import { WithdrawnNotice } from './WithdrawnNotice.tsx';

export interface VersionNoticeProps {
  item: CatalogItem;
  /** The version that ran and that the catalogue pulled (the frame is closed); otherwise the bar offers item.version. */
  withdrawn?: string;
  onOpenCurrent(): void;
}

/**
 * What the frame of an open app says once the catalogue's current version is another than the one that runs: a newer
 * one to load when the user chooses (UpdateBar), or, after a rollback, that the version was pulled and closed
 * (WithdrawnNotice). One chunk for both, fetched only then (AppFrame).
 */
export function VersionNotice({ item, withdrawn, onOpenCurrent }: VersionNoticeProps) {
  return withdrawn ? <WithdrawnNotice item={item} version={withdrawn} onOpenCurrent={onOpenCurrent} /> : <UpdateBar item={item} version={item.version} />;
}
