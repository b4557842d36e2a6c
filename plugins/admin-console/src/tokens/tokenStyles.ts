// The 令牌 screen's styles, scoped under `.ac-root` like the rest of the console.
export const tokenStyles = `
.ac-tk-table td, .ac-tk-table th { vertical-align:middle; }
.ac-tk-table td > div { margin-top:2px; }
.ac-tk-name { font-weight:500; overflow-wrap:anywhere; }
.ac-tk-apps { font-size:12px; color:var(--ac-muted); }
.ac-tk-expired th, .ac-tk-expired td { color:#6b7280; background:#fafafa; }
/* The search box carries a label above it: line the refresh button up with the box, not with the label. */
.ac-tk-tools { align-items:flex-end; }
.ac-tk-count { margin:0; font-size:12px; }
.ac-filters .ac-tk-toggle { flex-direction:row; align-items:center; gap:6px; color:#344054; font-size:13px; padding-bottom:4px; }
.ac-filters .ac-tk-toggle input { min-width:0; margin:0; }
`;
