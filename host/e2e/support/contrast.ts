// WCAG contrast of an element's text against the first opaque background behind it, computed in the page.
// A string: tsx would wrap a function passed to page.evaluate in a helper the page does not have.
export const CONTRAST_OF = `(selector) => {
  const parse = (c) => { const m = c.match(/[\\d.]+/g) || []; return { r: +m[0], g: +m[1], b: +m[2], a: m[3] === undefined ? 1 : +m[3] }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const out = [];
  for (const el of document.querySelectorAll(selector)) {
    const fg = parse(getComputedStyle(el).color);
    let node = el, bg = { r: 255, g: 255, b: 255, a: 1 };
    while (node) { const c = parse(getComputedStyle(node).backgroundColor); if (c.a > 0.9) { bg = c; break; } node = node.parentElement; }
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    out.push(Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100);
  }
  return out;
}`;
