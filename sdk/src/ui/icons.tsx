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

/** A 24×24 line drawing of `paths` (SVG path data), in the text colour. */
function LineIcon({ paths }: { paths: string[] }) {
  return (
    <svg {...common} aria-hidden="true">
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** An empty tray: "nothing here yet". */
export const InboxIcon = () => <LineIcon paths={['M3 13l2.5-7.5A2 2 0 0 1 7.4 4h9.2a2 2 0 0 1 1.9 1.5L21 13', 'M3 13v5a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-5h-5l-1.5 2.5h-5L8 13H3z']} />;

/** A magnifier: "nothing matches the search" (the circle of radius 6.5 around 11,11 as two arcs). */
export const SearchIcon = () => <LineIcon paths={['M4.5 11a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0', 'M16 16l4.5 4.5']} />;

/** A warning triangle: "something went wrong". */
export const WarningIcon = () => <LineIcon paths={['M12 3.5l9.5 16.5h-19L12 3.5z', 'M12 10v4.5M12 17.2v.3']} />;
