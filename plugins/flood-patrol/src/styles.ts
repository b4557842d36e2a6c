// Layout only: the UI kit gives the look and the frame-filling shell (tbx-app, tbx-app__body, tbx-app__form). Rendered
// as a <style> inside the app's own tree so it arrives with the remote and leaves with unmount; every class is fp-.
export const styles = `
.fp-muted { color: #6b7785; }
.fp-main { flex: 1; min-height: 0; display: grid; grid-template-columns: 272px 1fr; gap: 12px; }
.fp-events { list-style: none; margin: 0; padding: 0 4px 0 0; overflow: auto; display: flex; flex-direction: column; gap: 8px; }
.fp-event { width: 100%; display: flex; flex-direction: column; gap: 6px; padding: 10px 12px; text-align: left; font: inherit;
  color: inherit; background: #fff; border: 1px solid #dde3ea; border-left: 4px solid #dde3ea; border-radius: 4px; cursor: pointer; }
.fp-event:hover { border-color: #8fb3d3; }
.fp-event:focus-visible { outline: 2px solid #0e6e74; outline-offset: 1px; }
.fp-event-selected { border-color: #0e6e74; border-left-color: #0e6e74; background: #f1f8f8; }
.fp-event-head { display: flex; align-items: center; justify-content: space-between; gap: 6px; }
.fp-event-name { font-size: 15px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fp-event-meta { display: flex; gap: 8px; color: #6b7785; font-size: 12px; }
.fp-closed { font-size: 12px; padding: 0 6px; border-radius: 3px; background: #eef0f2; color: #56616e; }
.fp-level { flex: none; font-size: 12px; line-height: 20px; padding: 0 6px; border-radius: 3px; color: #fff; white-space: nowrap; }
.fp-level-blue { background: #1d5fbf; }
.fp-level-yellow { background: #e8c10c; color: #3d3300; }
.fp-level-orange { background: #e8780c; }
.fp-level-red { background: #c8231d; }
.fp-progress { display: inline-flex; align-items: center; gap: 8px; }
.fp-progress-track { width: 120px; height: 8px; border-radius: 4px; background: #e6ebf0; overflow: hidden; }
.fp-progress-fill { display: block; height: 100%; background: #0e6e74; }
.fp-progress-text { font-size: 13px; white-space: nowrap; }
.fp-hazard { color: #b3261e; font-weight: 600; font-size: 13px; }
.fp-ok { color: #2e7d32; font-size: 13px; }
.fp-panel { min-width: 0; min-height: 0; display: flex; flex-direction: column; gap: 8px; }
.fp-panel-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.fp-panel-title { display: flex; align-items: center; gap: 10px; min-width: 0; }
.fp-panel-title h2 { margin: 0; font-size: 17px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.fp-panel-title .fp-muted { white-space: nowrap; }
.fp-panel-actions { display: flex; gap: 8px; flex: none; }
.fp-summary { display: flex; align-items: center; gap: 16px; padding: 6px 10px; background: #fafbfc; border: 1px solid #e3e8ee;
  border-radius: 4px; }
.fp-type-filter { margin-left: auto; display: flex; align-items: center; gap: 6px; font-size: 13px; color: #56616e; }
.fp-type-filter select { height: 28px; font: inherit; border: 1px solid #c5cdd6; border-radius: 3px; background: #fff; }
.fp-table { flex: 1; min-height: 0; overflow: auto; }
.fp-empty { display: flex; flex-direction: column; align-items: center; gap: 10px; }
.fp-status { display: inline-flex; border: 1px solid #c5cdd6; border-radius: 4px; overflow: hidden; }
.fp-status-btn { font: inherit; font-size: 13px; padding: 3px 8px; border: none; border-right: 1px solid #c5cdd6; background: #fff;
  color: #44505c; cursor: pointer; white-space: nowrap; }
.fp-status-btn:last-child { border-right: none; }
.fp-status-btn:hover:not(:disabled) { background: #f0f4f8; }
.fp-status-btn:focus-visible { outline: 2px solid #0e6e74; outline-offset: -2px; }
.fp-status-btn:disabled { cursor: default; opacity: 0.7; }
.fp-status-0[aria-pressed='true'] { background: #6b7785; color: #fff; }
.fp-status-1[aria-pressed='true'] { background: #2e7d32; color: #fff; }
.fp-status-2[aria-pressed='true'] { background: #c8231d; color: #fff; }
.fp-status-3[aria-pressed='true'] { background: #1d5fbf; color: #fff; }
.fp-notes { width: 100%; min-width: 120px; height: 28px; padding: 0 6px; font: inherit; font-size: 13px; border: 1px solid #d5dce3;
  border-radius: 3px; }
.fp-notes:disabled { background: transparent; border-color: transparent; color: inherit; }
.fp-by { display: flex; flex-direction: column; font-size: 13px; }
.fp-by span { color: #6b7785; font-size: 12px; white-space: nowrap; }
.fp-row-hazard > td:first-child { box-shadow: inset 3px 0 0 #c8231d; }
/* Forms in three columns, so a whole record fits the frame without scrolling to the save button. */
/* A narrow frame (a 768 px tablet): the events become a row of cards above the event, and its title wraps instead of
   being cut to a few characters. A container query, since the frame, not the window, is what the app gets. */
.fp-app { container-type: inline-size; }
@container (max-width: 900px) {
  .fp-main { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr); }
  .fp-events { flex-direction: row; overflow-x: auto; overflow-y: hidden; padding: 0 0 4px; }
  .fp-events > li { flex: 0 0 240px; }
  .fp-panel-head { flex-wrap: wrap; }
  .fp-panel-title { flex-wrap: wrap; }
  .fp-panel-title h2 { white-space: normal; }
}
`;
