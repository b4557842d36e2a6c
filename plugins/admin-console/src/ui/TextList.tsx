/** Short texts one under another (a recommendation's reasons, the facts of a change); nothing at all when there are none. */
export function TextList({ items, className }: { items: readonly string[]; className: string }) {
  if (items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
