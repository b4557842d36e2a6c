import { useT } from '@toolbox/sdk/react';
import { messages } from './messages.ts';
import type { WarningLevel } from './patrol.ts';

const colour: Record<WarningLevel, string> = { 蓝色: 'blue', 黄色: 'yellow', 橙色: 'orange', 红色: 'red' };

/** The warning colour as the weather service issues it (蓝/黄/橙/红), with its name, never the colour alone. */
export function LevelTag({ level }: { level: WarningLevel }) {
  const t = useT(messages);
  return <span className={`fp-level fp-level-${colour[level]}`}>{t('level', level)}</span>;
}
