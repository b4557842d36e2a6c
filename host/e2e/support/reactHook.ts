// Counts React renderers: every copy of react-dom that loads calls the DevTools hook's inject(). With React shared
// as a singleton, opening any number of apps leaves exactly one. Installed before any page script runs.
export const COUNT_REACT_RENDERERS = `(() => {
  const renderers = new Map();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers,
    supportsFiber: true,
    isDisabled: false,
    inject(renderer) { const id = renderers.size + 1; renderers.set(id, renderer); return id; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
  };
})();`;
