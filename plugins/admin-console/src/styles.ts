// The console's styles travel inside its bundle as one <style> element under its root, so they load with the app
// through Module Federation without a separate CSS request, and every rule is scoped under `.ac-root`.
export const styles = `
.ac-root { --ac-blue:#1f5fbf; --ac-border:#e2e5ea; --ac-muted:#667085; --ac-bg:#f6f7f9; --ac-red:#c81e1e;
  font-size:14px; line-height:1.5; color:#1f2933;
  height:100%; min-height:0; display:flex; flex-direction:column; box-sizing:border-box; position:relative; }
.ac-root *, .ac-root *::before, .ac-root *::after { box-sizing:inherit; }
.ac-root h2 { font-size:18px; margin:0; font-weight:600; color:#14305e; }
.ac-page { display:flex; flex-direction:column; flex:1; min-height:0; gap:8px; }
.ac-header { display:flex; align-items:center; justify-content:space-between; gap:12px; flex-wrap:wrap; }
.ac-header__title { display:flex; align-items:center; gap:10px; flex-wrap:wrap; min-width:0; }
.ac-header__title p { margin:0; font-size:12px; }
.ac-header__tools { display:flex; align-items:center; gap:8px; flex-wrap:wrap; }
.ac-year { font-size:14px; font-weight:400; }
.ac-labelled { display:inline-flex; align-items:center; gap:4px; font-size:12px; color:var(--ac-muted); }
.ac-muted { color:var(--ac-muted); }
.ac-inline { display:flex; align-items:center; gap:6px; }
.ac-root select, .ac-root input, .ac-root textarea { font:inherit; padding:4px 8px; border:1px solid #cfd4dc;
  border-radius:6px; background:#fff; color:inherit; }
.ac-root textarea { width:100%; resize:vertical; }
.ac-root :focus-visible { outline:2px solid var(--ac-blue); outline-offset:1px; }
.ac-link-btn { display:inline-flex; align-items:center; min-height:26px; padding:0 10px; border:1px solid #1f5fbf; border-radius:4px;
  background:#fff; color:#1f5fbf; font-size:14px; text-decoration:none; white-space:nowrap; }
.ac-link-btn:hover { background:#eef3fb; }
.ac-root .tbx-btn.ac-btn--danger-outline { color:var(--ac-red); border-color:#e3a7a0; }
.ac-root .tbx-btn.ac-btn--danger-outline:hover:not(:disabled) { background:#fdeeec; color:var(--ac-red); }
.ac-root .tbx-btn--link.ac-back { padding-left:0; }
.ac-root .tbx-card.ac-panel { padding:10px 12px; margin:0; border-radius:8px; }
.ac-root .ac-panel .tbx-card__head { margin:0 0 6px; }
.ac-root .ac-panel .tbx-card__title { font-size:14px; }
.ac-root .tbx-notice { margin:8px 0 0; }
.ac-root .tbx-notice p { margin:0 0 6px; }
.ac-root .tbx-empty { padding:40px 16px; }
.ac-root .ac-table .tbx-tag { font-size:12px; line-height:18px; padding:0 6px; }
.ac-link { font:inherit; background:none; border:0; padding:0; color:var(--ac-blue); cursor:pointer; text-align:left; }
.ac-link:hover { text-decoration:underline; }
.ac-toolbar { display:flex; align-items:flex-end; justify-content:space-between; gap:12px; flex-wrap:wrap; }
.ac-filters { display:flex; align-items:flex-end; gap:10px; flex-wrap:wrap; }
.ac-filters label { display:flex; flex-direction:column; font-size:12px; color:var(--ac-muted); gap:2px; }
.ac-filters select, .ac-filters input { font-size:13px; color:#1f2933; min-width:110px; }
.ac-count { font-size:12px; }
.ac-review-body { flex:1; min-height:0; display:flex; gap:12px; }
.ac-table-scroll { flex:1; min-width:0; overflow:auto; border:1px solid var(--ac-border); border-radius:8px; background:#fff; }
.ac-side { width:228px; flex:none; overflow:auto; display:flex; flex-direction:column; gap:10px; }
.ac-table { border-collapse:separate; border-spacing:0; width:100%; font-size:13px; }
.ac-table th, .ac-table td { padding:6px 8px; border-bottom:1px solid var(--ac-border); text-align:left; vertical-align:top; }
.ac-table thead th { position:sticky; top:0; z-index:2; background:#f1f3f6; font-weight:600; white-space:nowrap; }
.ac-table tbody th { font-weight:500; }
.ac-review-table tbody th { position:sticky; left:0; z-index:1; background:#fff; min-width:160px; }
.ac-app-cell .ac-tag { margin-top:3px; }
.ac-review-table thead th:first-child { left:0; z-index:3; }
.ac-review-table tbody tr:hover th, .ac-review-table tbody tr:hover td { background:#f8fafc; }
.ac-num { text-align:right !important; white-space:nowrap; font-variant-numeric:tabular-nums; }
.ac-nowrap { white-space:nowrap; }
.ac-bad { color:var(--ac-red); }
.ac-sort { font:inherit; font-weight:600; background:none; border:0; padding:0; cursor:pointer; color:inherit;
  display:inline-flex; gap:3px; align-items:center; }
.ac-sort__mark { font-size:10px; color:var(--ac-muted); }
th[aria-sort="ascending"] .ac-sort__mark, th[aria-sort="descending"] .ac-sort__mark { color:var(--ac-blue); }
.ac-sub { font-size:12px; color:var(--ac-muted); font-weight:400; margin-top:2px; }
.ac-rec-cell { min-width:190px; max-width:240px; }
.ac-reasons { margin:4px 0 0; padding-left:16px; font-size:12px; color:#475467; }
.ac-reasons li { margin:1px 0; }
.ac-reasons--banner { margin:0; padding:8px 12px 8px 28px; background:#fff8eb; border:1px solid #fde4b5; border-radius:8px; font-size:13px; }
.ac-tag { display:inline-block; padding:0 8px; border-radius:10px; font-size:12px; line-height:20px; font-weight:500; white-space:nowrap; }
.ac-tag--green { background:#e3f6ea; color:#166534; }
.ac-tag--blue { background:#e0ecff; color:#1e40af; }
.ac-tag--amber { background:#fff1d6; color:#92400e; }
.ac-tag--red { background:#fde3e3; color:#9b1c1c; }
.ac-tag--grey { background:#eceff3; color:#475467; }
.ac-panel { background:#fff; border:1px solid var(--ac-border); border-radius:8px; padding:10px 12px; }
.ac-panel p { margin:4px 0; font-size:13px; }
.ac-settings-list { margin:0; font-size:12px; }
.ac-settings-list > div { display:flex; justify-content:space-between; gap:8px; padding:3px 0; border-bottom:1px dashed #eef0f3; }
.ac-settings-list dt { color:#475467; }
.ac-settings-list dd { margin:0; font-weight:600; text-align:right; white-space:nowrap; font-variant-numeric:tabular-nums; }
.ac-settings-list__group { flex-direction:column; }
.ac-settings-list__group dd { font-weight:400; text-align:left; white-space:normal; }
.ac-merge-list { list-style:none; margin:0; padding:0; font-size:13px; }
.ac-merge-list li { padding:4px 0; border-bottom:1px dashed #eef0f3; }
.ac-state { display:flex; flex-direction:column; align-items:center; justify-content:center; gap:6px; padding:40px 16px; color:var(--ac-muted); text-align:center; }
.ac-state strong { color:#1f2933; }
.ac-overlay { position:fixed; inset:0; background:rgba(15,23,42,.35); display:flex; align-items:center; justify-content:center; z-index:1000; }
.ac-dialog { background:#fff; border-radius:10px; width:min(460px, calc(100% - 32px)); max-height:calc(100% - 32px);
  display:flex; flex-direction:column; box-shadow:0 12px 40px rgba(15,23,42,.25); }
.ac-dialog--wide { width:min(720px, calc(100% - 32px)); }
.ac-dialog__title { padding:14px 18px 0; font-size:16px !important; }
.ac-dialog__body { padding:10px 18px; overflow:auto; }
.ac-dialog__footer { padding:10px 18px 14px; display:flex; justify-content:flex-end; gap:8px; border-top:1px solid var(--ac-border); }
.ac-field { display:flex; flex-direction:column; gap:4px; margin-bottom:10px; font-size:13px; }
.ac-field label { font-weight:500; }
.ac-field .ac-muted { font-size:12px; }
.ac-help { font-size:13px; color:#475467; background:#f6f7f9; border-radius:6px; padding:6px 10px; margin:0 0 10px; }
.ac-settings-grid { display:grid; grid-template-columns:repeat(2, minmax(0,1fr)); gap:0 16px; }
.ac-fieldset { grid-column:1 / -1; border:1px solid var(--ac-border); border-radius:8px; padding:6px 12px 0;
  display:grid; grid-template-columns:repeat(4, minmax(0,1fr)); gap:0 12px; margin:0 0 10px; }
.ac-fieldset legend { font-size:13px; font-weight:600; padding:0 4px; }
.ac-root input[aria-invalid="true"] { border-color:var(--ac-red); }
.ac-detail-scroll { flex:1; min-height:0; overflow:auto; display:flex; flex-direction:column; gap:10px; padding-right:4px; }
.ac-owner-line { margin:0; font-size:13px; color:#475467; }
.ac-kpis { display:grid; grid-template-columns:repeat(auto-fill, minmax(118px,1fr)); gap:8px; margin:0; }
.ac-kpi { background:#fff; border:1px solid var(--ac-border); border-radius:8px; padding:6px 10px; }
.ac-kpi dt { font-size:12px; color:var(--ac-muted); }
.ac-kpi dd { margin:0; display:flex; flex-direction:column; }
.ac-kpi strong { font-size:17px; line-height:1.3; font-variant-numeric:tabular-nums; }
.ac-kpi dd .ac-muted { font-size:11px; }
.ac-charts { display:grid; grid-template-columns:1fr 1fr; gap:10px; }
.ac-chart { margin:0; background:#fff; border:1px solid var(--ac-border); border-radius:8px; padding:8px 10px 4px; min-width:0; }
.ac-chart figcaption { font-weight:600; font-size:13px; }
.ac-chart figcaption .ac-muted { font-weight:400; font-size:12px; }
.ac-chart__canvas { height:220px; width:100%; }
.ac-two-cols { display:grid; grid-template-columns:1fr 1fr; gap:10px; align-items:start; }
.ac-table--compact th, .ac-table--compact td { padding:4px 8px; }
.ac-suppressed { color:var(--ac-muted); font-size:12px; }
.ac-footnote { font-size:12px !important; }
.ac-rating-summary { font-weight:600; }
.ac-comments { list-style:none; margin:0; padding:0; font-size:13px; max-height:220px; overflow:auto; }
.ac-comments li { display:grid; grid-template-columns:auto 1fr auto; gap:8px; padding:4px 0; border-bottom:1px dashed #eef0f3; }
.ac-stars { color:#f59e0b; letter-spacing:-1px; }
.ac-stars__off { color:#d9dde3; }
.ac-sr-only { position:absolute !important; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
.ac-audit td { font-size:12px; }
`;
