import { useLocale } from '@toolbox/sdk/react';
import { messages } from './messages.ts';
import type { WarningLevel } from './patrol.ts';

const colour: Record<WarningLevel, string> = { 蓝色: 'blue', 黄色: 'yellow', 橙色: 'orange', 红色: 'red' };

/** The warning colour as the weather service issues it (蓝/黄/橙/红), with its name, never the colour alone. */
export function LevelTag({ level }: { level: WarningLevel }) {
  const m = messages[useLocale()];
  return <span className={`fp-level fp-level-${colour[level]}`}>{m.level(level)}</span>;
}
