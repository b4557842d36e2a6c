// 组织与人员's styles, scoped under `.ac-root` like the rest of the console.
export const orgStyles = `
.ac-org-body { flex:1; min-height:0; display:flex; gap:12px; }
.ac-org-side { width:280px; flex:none; overflow:auto; background:#fff; border:1px solid var(--ac-border); border-radius:8px; padding:6px 4px; }
.ac-org-tree, .ac-org-tree ul { list-style:none; margin:0; padding:0; }
.ac-org-tree ul { padding-left:16px; }
.ac-org-node { display:flex; align-items:center; gap:2px; border-radius:6px; padding:1px 4px; }
.ac-org-node:hover { background:#f3f6fa; }
.ac-org-node--selected { background:#e0ecff; }
.ac-org-node--selected:hover { background:#d5e4fd; }
.ac-org-node--disabled .ac-org-name { color:#98a2b3; }
.ac-org-twisty { width:18px; flex:none; border:0; background:none; padding:0; cursor:pointer; color:#667085; font-size:11px; line-height:22px; text-align:center; }
.ac-org-name { flex:1; min-width:0; text-align:left; border:0; background:none; padding:2px 2px; font:inherit; font-size:13px; cursor:pointer; color:#1f2933;
  overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.ac-org-node--selected .ac-org-name { font-weight:600; color:#14305e; }
.ac-org-node .ac-tag { font-size:11px; line-height:16px; padding:0 5px; }
.ac-org-main { flex:1; min-width:0; display:flex; flex-direction:column; gap:8px; min-height:0; }
.ac-org-unit { background:#fff; border:1px solid var(--ac-border); border-radius:8px; padding:8px 12px; display:flex; align-items:center;
  justify-content:space-between; gap:10px; flex-wrap:wrap; }
.ac-org-unit__name { display:flex; align-items:center; gap:8px; flex-wrap:wrap; }
.ac-org-unit__name strong { font-size:16px; color:#14305e; }
.ac-org-unit__path { font-size:12px; color:var(--ac-muted); margin:0; }
.ac-org-actions { display:flex; gap:6px; flex-wrap:wrap; }
.ac-org-users .ac-table td, .ac-org-users .ac-table th { vertical-align:middle; }
.ac-org-users .ac-table td > .ac-tag + .ac-tag { margin-left:4px; }
.ac-org-row-actions { display:flex; gap:4px; flex-wrap:nowrap; }
.ac-org-disabled-row th, .ac-org-disabled-row td { color:#98a2b3; background:#fafafa; }
.ac-org-temp { font:600 22px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace; letter-spacing:1px; background:#f6f7f9;
  border:1px dashed #9db5dd; border-radius:8px; padding:10px 14px; text-align:center; margin:4px 0 10px; user-select:all; }
.ac-field select, .ac-field input { width:100%; }
.ac-org-check { display:flex; align-items:center; gap:6px; font-size:13px; color:#344054; padding-bottom:4px; }
.ac-filters .ac-org-check { flex-direction:row; }
.ac-filters .ac-org-check input { min-width:0; margin:0; }
`;
