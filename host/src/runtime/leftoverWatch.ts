// Development aid: what an app left behind after unmount. Nodes it added outside its frame (style tags, portals),
// and listeners it added to window or document and never removed. The host cannot remove them safely (they may be
// shared with the page), so it warns, naming the app.

export interface Leftovers {
  nodes: string[];
  styles: number;
  listeners: string[];
}

interface Tracked {
  target: 'window' | 'document';
  type: string;
  listener: EventListenerOrEventListenerObject;
}

let tracking: Set<Tracked> | undefined;
let patched = false;

function patchListeners(): void {
  if (patched || typeof window === 'undefined') return;
  patched = true;
  for (const [label, target] of [['window', window], ['document', document]] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    target.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      if (tracking && listener) tracking.add({ target: label, type, listener });
      if (listener) add(type, listener, options);
    }) as typeof target.addEventListener;
    target.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (tracking && listener) {
        for (const t of tracking) if (t.target === label && t.type === type && t.listener === listener) tracking.delete(t);
      }
      if (listener) remove(type, listener, options);
    }) as typeof target.removeEventListener;
  }
}

function describe(node: Node): string {
  if (node instanceof Element) {
    const id = node.id ? `#${node.id}` : '';
    const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
    return `<${node.tagName.toLowerCase()}${id}${cls}>`;
  }
  return node.nodeName;
}

/** Starts watching before an app mounts; the returned function, called after unmount, lists what is left. */
export function watchLeftovers(isHostNode: (node: Node) => boolean): () => Leftovers {
  patchListeners();
  const before = new Set<Node>([...document.head.childNodes, ...document.body.childNodes]);
  const mine = new Set<Tracked>();
  tracking = mine;
  return () => {
    if (tracking === mine) tracking = undefined;
    const added = [...document.head.childNodes, ...document.body.childNodes].filter(
      (n) => !before.has(n) && n.nodeType === Node.ELEMENT_NODE && !isHostNode(n),
    );
    return {
      nodes: added.map(describe),
      styles: added.filter((n) => n instanceof HTMLStyleElement || (n instanceof HTMLLinkElement && n.rel === 'stylesheet')).length,
      listeners: [...mine].map((t) => `${t.target}.${t.type}`),
    };
  };
}

export function hasLeftovers(l: Leftovers): boolean {
  return l.nodes.length > 0 || l.listeners.length > 0;
}
