/** A thin bar with its figure written next to it (the figure is what a screen reader reads). */
export function ProgressBar({ checked, total, label }: { checked: number; total: number; label: string }) {
  return (
    <span className="fp-progress">
      <span
        className="fp-progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={checked}
        aria-label={label}
      >
        <span className="fp-progress-fill" style={{ width: total ? `${(100 * checked) / total}%` : '0%' }} />
      </span>
      <span className="fp-progress-text">{label}</span>
    </span>
  );
}
