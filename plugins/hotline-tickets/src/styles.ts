// Layout only (the UI kit gives the look). Rendered as a <style> inside the app's own tree so it arrives with the
// remote, stays scoped under .ht-app and leaves with unmount. Sized for the host's frame (about 1300×620).
export const styles = `
.ht-app { box-sizing: border-box; height: 100%; display: flex; flex-direction: column; gap: 10px; padding: 12px 16px;
  font-size: 14px; color: #1f2d3d; min-width: 0; }
.ht-app *, .ht-app *::before, .ht-app *::after { box-sizing: border-box; }
/* The app's own flex gap spaces the header; the kit's margin would double it in a 620 px frame. */
.ht-app .tbx-page-header { margin: 0; padding-bottom: 10px; }
.ht-app .tbx-page-header__actions { align-items: center; }
.ht-body { display: flex; flex-direction: column; gap: 10px; min-height: 0; flex: 1; }
.ht-body > :last-child { min-height: 0; overflow: auto; }
.ht-muted { color: #6b7785; margin: 24px 0; text-align: center; }
.ht-filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px 12px; padding: 8px 12px; background: #fafbfc;
  border: 1px solid #e3e8ee; border-radius: 4px; }
.ht-filters label, .ht-field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: #56616e; }
.ht-filters select, .ht-filters input, .ht-field input, .ht-field textarea { padding: 4px 6px; font: inherit; font-size: 14px;
  color: #1f2d3d; border: 1px solid #c5cdd6; border-radius: 3px; background: #fff; }
.ht-filters select, .ht-filters input { height: 30px; }
.ht-filter-text input { width: 220px; }
.ht-count { margin-left: auto; align-self: center; color: #6b7785; font-size: 13px; }
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
.ht-form { flex: 1; min-height: 0; overflow: auto; padding: 2px; }
.ht-form .tbx-form { max-width: 1000px; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 12px 20px; align-content: start; }
.ht-form .tbx-form > .tbx-notice, .ht-form .tbx-form__actions, .ht-form .tbx-field:has(textarea) { grid-column: 1 / -1; }
.ht-form .tbx-field { align-content: start; }
.ht-form .tbx-field:has(.tbx-check-row) { align-self: center; }
`;
