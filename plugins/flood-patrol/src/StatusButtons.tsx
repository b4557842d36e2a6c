import { useT } from '@toolbox/sdk/react';
import { messages } from './messages.ts';
import { CHECK_STATUSES, type CheckStatus } from './patrol.ts';

interface Props {
  value: CheckStatus;
  /** The point's location, so each group has its own accessible name. */
  label: string;
  disabled: boolean;
  onChange(status: CheckStatus): void;
}

/** One tap per point on a tablet in the rain: the four statuses side by side, the current one pressed. */
export function StatusButtons({ value, label, disabled, onChange }: Props) {
  const t = useT(messages);
  return (
    <span className="fp-status" role="group" aria-label={`${t('colStatus')}：${label}`}>
      {CHECK_STATUSES.map((status, i) => (
        <button
          key={status}
          type="button"
          className={`fp-status-btn fp-status-${i}`}
          aria-pressed={status === value}
          disabled={disabled}
          onClick={() => status !== value && onChange(status)}
        >
          {t(`status.${status}`)}
        </button>
      ))}
    </span>
  );
}
