import type { CatalogItem } from '@toolbox/sdk';

/** The app's icon: an image URL, an emoji, or the first character of its name on a coloured square. */
export function AppIcon({ item, size = 48 }: { item: CatalogItem; size?: number }) {
  const icon = item.icon;
  if (icon && /^(https?:)?\/\//.test(icon)) {
    return <img className="app-icon" src={icon} alt="" width={size} height={size} />;
  }
  const text = icon || item.name['zh-CN'].slice(0, 1);
  return (
    <span className="app-icon app-icon-text" aria-hidden="true" style={{ width: size, height: size, fontSize: size * 0.5 }}>
      {text}
    </span>
  );
}
