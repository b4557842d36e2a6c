// Line icons drawn in SVG: emoji depend on the fonts of the machine, and many office PCs have none that are legible.
const common = {
  width: 36,
  height: 36,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

/** An empty tray: "nothing here yet". */
export function InboxIcon() {
  return (
    <svg {...common} aria-hidden="true">
      <path d="M3 13l2.5-7.5A2 2 0 0 1 7.4 4h9.2a2 2 0 0 1 1.9 1.5L21 13" />
      <path d="M3 13v5a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-5h-5l-1.5 2.5h-5L8 13H3z" />
    </svg>
  );
}

/** A magnifier: "nothing matches the search". */
export function SearchIcon() {
  return (
    <svg {...common} aria-hidden="true">
      <circle cx="11" cy="11" r="6.5" />
      <path d="M16 16l4.5 4.5" />
    </svg>
  );
}

/** A warning triangle: "something went wrong". */
export function WarningIcon() {
  return (
    <svg {...common} aria-hidden="true">
      <path d="M12 3.5l9.5 16.5h-19L12 3.5z" />
      <path d="M12 10v4.5M12 17.2v.3" />
    </svg>
  );
}
