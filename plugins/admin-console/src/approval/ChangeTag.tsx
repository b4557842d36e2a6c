import { StatusTag, type StatusTone } from '@toolbox/sdk/ui';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'unchanged';

const TONE: Record<ChangeKind, StatusTone> = { added: 'success', removed: 'danger', changed: 'warning', unchanged: 'neutral' };

/** 新增 / 删除 / 修改 / 未变: the word says it; the colour only helps a quick scan down a long list. */
export function ChangeTag({ kind, label }: { kind: ChangeKind; label: string }) {
  return <StatusTag tone={TONE[kind]}>{label}</StatusTag>;
}
