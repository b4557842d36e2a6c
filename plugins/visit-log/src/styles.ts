// Layout only: the UI kit gives the look and the frame-filling shell (tbx-app, tbx-app__body, tbx-app__form). Rendered
// as a <style> inside the app's own tree so it arrives with the remote and leaves with unmount; every class is vl-.
export const styles = `
.vl-stats { display: flex; gap: 8px; margin-right: 8px; }
.vl-stat { display: flex; align-items: baseline; gap: 6px; padding: 4px 12px; background: #f4f7fa;
  border: 1px solid #dde3ea; border-radius: 4px; font: inherit; color: inherit; text-align: left; }
.vl-stat-button { cursor: pointer; }
.vl-stat-button:hover { border-color: #1f6fb2; }
.vl-stat-button:focus-visible { outline: 2px solid #1f6fb2; outline-offset: 1px; }
.vl-stat-warn { background: #fff7e6; border-color: #f0c36d; }
.vl-stat-label { color: #56616e; }
.vl-stat-value { font-size: 16px; font-weight: 600; }
.vl-nowrap { white-space: nowrap; }
.vl-filter-text input { width: 190px; }
.vl-resident { display: inline-flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.vl-chip { font-size: 12px; padding: 0 6px; border-radius: 3px; background: #eef2f6; color: #44505c; white-space: nowrap; }
.vl-notes { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.vl-follow { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.vl-follow-note { color: #56616e; font-size: 13px; }
/* Forms in three columns, so a whole record fits the frame without scrolling to the save button. */
`;
