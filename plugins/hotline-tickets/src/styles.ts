// Layout only: the UI kit gives the look and the frame-filling shell (tbx-app, tbx-app__body, tbx-app__form). Rendered
// as a <style> inside the app's own tree so it arrives with the remote and leaves with unmount; every class is ht-.
export const styles = `
.ht-filter-text input { width: 220px; }
.ht-field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: #56616e; }
.ht-field input, .ht-field textarea { padding: 4px 6px; font: inherit; font-size: 14px; color: #1f2d3d; border: 1px solid #c5cdd6;
  border-radius: 3px; background: #fff; }
.ht-no { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
.ht-summary { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.ht-citizen { display: flex; flex-direction: column; }
.ht-phone { color: #6b7785; font-size: 12px; font-family: ui-monospace, Menlo, Consolas, monospace; }
.ht-deadline { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; }
.ht-actions { display: inline-flex; gap: 6px; flex-wrap: wrap; }
.ht-row-overdue > td:first-child { box-shadow: inset 3px 0 0 #c0392b; }
.ht-row-soon > td:first-child { box-shadow: inset 3px 0 0 #e6a23c; }
.ht-detail { flex: 1; min-height: 0; overflow: auto; display: grid; grid-template-columns: 1fr 1fr; gap: 12px; align-items: start; }
.ht-detail-summary { margin: 0 0 12px; line-height: 1.6; white-space: pre-wrap; }
.ht-facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 14px; margin: 0; }
.ht-facts dt { color: #56616e; }
.ht-facts dd { margin: 0; }
.ht-status-row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; margin-bottom: 12px; color: #56616e; }
.ht-field { margin-bottom: 10px; }
.ht-field textarea { resize: vertical; line-height: 1.5; }
/* Forms in three columns, so a whole record fits the frame without scrolling to the save button. */
`;
