// The review screen's styles, scoped under `.ac-root` like the rest of the console and carried in the bundle.
export const approvalStyles = `
.ac-section { flex:1; min-height:0; display:flex; flex-direction:column; }
.ac-tabs { display:flex; gap:2px; border-bottom:1px solid var(--ac-border); margin:0 0 8px; flex:none; }
.ac-tab { font:inherit; font-size:14px; background:none; border:0; border-bottom:2px solid transparent; padding:6px 14px;
  margin-bottom:-1px; color:#475467; cursor:pointer; }
.ac-tab[aria-selected="true"] { color:var(--ac-blue); border-bottom-color:var(--ac-blue); font-weight:600; }
.ac-tab:hover { color:var(--ac-blue); }
.ac-ap-count { color:#92400e; font-weight:600; margin-right:10px; }
.ac-ap-queue td, .ac-ap-queue th { vertical-align:middle; }
.ac-ap-queue tbody tr:hover th, .ac-ap-queue tbody tr:hover td { background:#f8fafc; }
.ac-ap-version { font-weight:600; font-variant-numeric:tabular-nums; }
.ac-ap-id { font-size:12px; color:var(--ac-muted); font-family:ui-monospace,Menlo,Consolas,monospace; }
.ac-ap-meta { margin:0; font-size:13px; color:#475467; display:flex; flex-wrap:wrap; gap:4px 14px; align-items:center; }
.ac-ap-safe { font-size:12px; color:#166534; background:#e3f6ea; border-radius:10px; padding:0 8px; }
.ac-ap-summary { margin:0; padding:6px 12px; background:#eef3fb; border:1px solid #c9daf5; border-radius:8px; font-size:13px; }
.ac-ap-grid { width:100%; border-collapse:separate; border-spacing:0; font-size:13px; table-layout:fixed; }
.ac-ap-grid th, .ac-ap-grid td { padding:6px 8px; border-bottom:1px solid var(--ac-border); text-align:left; vertical-align:top;
  overflow-wrap:anywhere; }
.ac-ap-grid thead th, .ac-ap-grid thead td { background:#f1f3f6; font-weight:600; white-space:nowrap; }
.ac-ap-grid tbody th { font-weight:500; color:#344054; }
.ac-ap-from { color:#6b7280; }
.ac-ap-from.ac-ap-differs { background:#fdeeec; color:#7a271a; }
.ac-ap-to.ac-ap-differs { background:#e9f7ee; color:#14532d; }
.ac-ap-lines { margin:0; padding:0; list-style:none; }
.ac-ap-lines li + li { margin-top:2px; }
.ac-ap-plus { color:#166534; }
.ac-ap-minus { color:#9b1c1c; }
.ac-ap-code { font-family:ui-monospace,Menlo,Consolas,monospace; font-size:12px; }
.ac-ap-origin { display:inline-block; margin-top:2px; padding:0 6px; border-radius:4px; font-family:ui-monospace,Menlo,Consolas,monospace;
  font-size:12px; background:#eceff3; }
.ac-ap-origin--changed { background:#fff1d6; color:#92400e; font-weight:600; outline:1px solid #f5c26b; }
.ac-ap-collection { border:1px solid var(--ac-border); border-radius:8px; padding:8px 10px; margin-top:8px; }
.ac-ap-collection h4 { margin:0 0 6px; font-size:13px; font-weight:600; display:flex; gap:8px; align-items:center; }
.ac-ap-collection details { margin-top:6px; font-size:12px; }
.ac-ap-collection summary { cursor:pointer; color:var(--ac-blue); }
.ac-ap-json { display:grid; grid-template-columns:1fr 1fr; gap:8px; margin-top:6px; }
.ac-ap-json pre { margin:0; padding:6px 8px; background:#f6f7f9; border-radius:6px; font-size:12px; max-height:240px; overflow:auto; }
.ac-ap-json figcaption { font-size:12px; color:var(--ac-muted); }
.ac-ap-json figure { margin:0; min-width:0; }
.ac-ap-files-summary { margin:0 0 6px; font-size:13px; display:flex; gap:14px; flex-wrap:wrap; }
.ac-ap-total { font-weight:600; }
.ac-ap-units { list-style:none; margin:0; padding:0; font-size:13px; }
.ac-ap-units li { padding:3px 0; border-bottom:1px dashed #eef0f3; }
.ac-ap-picker { border:1px solid var(--ac-border); border-radius:8px; max-height:260px; overflow:auto; padding:4px 0; margin:0 0 10px; }
.ac-ap-picker label { display:flex; align-items:center; gap:8px; padding:3px 10px; font-size:13px; cursor:pointer; }
.ac-ap-picker label:hover { background:#f8fafc; }
.ac-ap-picker input { margin:0; }
.ac-ap-warning { font-size:13px; color:#92400e; background:#fff8eb; border:1px solid #fde4b5; border-radius:6px; padding:6px 10px; margin:0 0 10px; }
`;
