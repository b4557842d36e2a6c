// Layout only: the UI kit gives the look and the frame-filling shell (tbx-app, tbx-app__body, tbx-app__form). Rendered
// as a <style> inside the app's own tree so it arrives with the remote and leaves with unmount; every class is fr-.
export const styles = `
.fr-muted { color: #6b7785; }
.fr-form { display: flex; flex-direction: column; gap: 12px; max-width: 1180px; }
.fr-section { border: 1px solid #dde3ea; border-radius: 6px; padding: 8px 16px 14px; margin: 0; background: #fff; min-width: 0; }
.fr-section__title { font-size: 15px; font-weight: 600; color: #14305e; padding: 0 6px; }
.fr-grid { display: grid; gap: 10px 20px; align-items: start; }
.fr-grid--1 { grid-template-columns: minmax(0, 1fr); max-width: 640px; }
.fr-grid--2 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.fr-grid--3 { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.fr-field--textarea, .fr-field--multichoice, .fr-same { grid-column: 1 / -1; }
.fr-same .tbx-notice p { margin: 0 0 6px; }
.fr-field textarea.tbx-input { min-height: 64px; }
.fr-with-unit { display: flex; align-items: center; gap: 6px; }
.fr-unit { color: #55606e; white-space: nowrap; }
.fr-options { display: flex; flex-wrap: wrap; gap: 4px 16px; min-height: 34px; align-items: center; }
.fr-option { display: inline-flex; align-items: center; gap: 4px; cursor: pointer; white-space: nowrap; }
.fr-option input { width: 16px; height: 16px; margin: 0; }
.fr-address { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.fr-mono { font-variant-numeric: tabular-nums; letter-spacing: .02em; }
.fr-photo { margin: 6px 0 0; }
.fr-photos__list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.fr-photos__item { position: relative; width: 96px; height: 96px; }
.fr-photos__thumb { width: 96px; height: 96px; object-fit: cover; border-radius: 4px; border: 1px solid #dde3ea; background: #f4f6f9; display: block; }
.fr-photos__placeholder { display: flex; align-items: center; justify-content: center; font-size: 12px; overflow: hidden; word-break: break-all; padding: 4px; box-sizing: border-box; }
.fr-photos__item--error .fr-photos__thumb { opacity: .35; border-color: #c9302c; }
.fr-photos__error { position: absolute; inset: 0; display: flex; align-items: center; padding: 4px 6px; font-size: 12px; line-height: 1.3; color: #a61d1a; overflow: hidden; }
.fr-photos__remove { position: absolute; top: -6px; right: -6px; width: 24px; height: 24px; border-radius: 50%; border: 1px solid #c3cbd5; background: #fff; color: #333; font-size: 16px; line-height: 20px; cursor: pointer; padding: 0; }
.fr-photos__progress { position: absolute; left: 6px; right: 6px; bottom: 6px; width: calc(100% - 12px); height: 8px; }
.fr-photos__add { width: 96px; height: 96px; box-sizing: border-box; border: 1px dashed #8a9bb0; border-radius: 4px; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 2px; color: #1f4e8c; font-size: 13px; cursor: pointer; text-align: center; padding: 4px; }
.fr-photos__add span { font-size: 24px; line-height: 1; }
.fr-photos__file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.fr-photos__file:focus-visible + .fr-photos__add, .fr-photos__add:focus-within { outline: 2px solid #1f4e8c; }
.fr-photos__hint { margin: 6px 0 0; }
.fr-detail__photos { display: flex; flex-wrap: wrap; gap: 6px; }
.fr-detail__photos img { width: 120px; height: 90px; object-fit: cover; border-radius: 4px; border: 1px solid #dde3ea; display: block; }
.fr-picker { position: relative; }
.fr-picker__picked { position: absolute; right: 10px; top: 50%; transform: translateY(-50%); color: #2b7a3d; pointer-events: none; }
.fr-picker__list { position: absolute; z-index: 5; left: 0; right: 0; top: calc(100% + 2px); margin: 0; padding: 4px 0; list-style: none; background: #fff; border: 1px solid #c3cbd5; border-radius: 4px; box-shadow: 0 4px 12px rgba(20, 48, 94, .15); max-height: 260px; overflow: auto; }
.fr-picker__list--up { top: auto; bottom: calc(100% + 2px); }
.fr-picker__option { display: flex; justify-content: space-between; gap: 12px; padding: 6px 10px; cursor: pointer; }
.fr-picker__option--active { background: #e8f0fb; }
.fr-picker__detail { font-size: 12px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.fr-picker__empty { padding: 6px 10px; color: #6b7785; }
/* The save button stays in sight however long the form: a solid footer, so fields scroll cleanly under it. */
.fr-actions { display: flex; gap: 8px; position: sticky; bottom: 0; z-index: 1; padding: 10px 0 4px; background: #fff; border-top: 1px solid #dde3ea; }
.fr-problems { margin: 0; padding-left: 20px; }
.fr-problems a { color: inherit; }
.fr-counts { display: flex; flex-wrap: wrap; gap: 8px; }
.fr-count-btn { display: inline-flex; align-items: baseline; gap: 8px; padding: 4px 14px; border: 1px solid #dde3ea; border-radius: 4px;
  background: #f4f7fa; font: inherit; color: #1f2d3d; cursor: pointer; }
.fr-count-btn strong { font-size: 16px; }
.fr-count-btn:hover { border-color: #1f5fbf; }
.fr-count-btn:focus-visible { outline: 2px solid #1f5fbf; outline-offset: 1px; }
.fr-count-btn[aria-pressed="true"] { border-color: #1f5fbf; background: #e6eefa; box-shadow: inset 0 -2px 0 #1f5fbf; }
.fr-count-btn--warning strong { color: #8a5a00; }
.fr-count-btn--danger strong { color: #b03a2e; }
.fr-count-btn--success strong { color: #1e7a3c; }
.fr-count-btn--info strong { color: #1f5fbf; }
/* Counts beside a small chart of the same figures; the chart drops under the counts on a narrow frame. */
.fr-overview { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-start; }
.fr-overview > .fr-counts { flex: 1 1 360px; }
.fr-charts { display: flex; gap: 12px; flex: 0 1 560px; min-height: 128px; margin-left: auto; }
.fr-chart { margin: 0; flex: 1 1 0; min-width: 0; border: 1px solid #e3e8ee; border-radius: 4px; background: #fff; padding: 4px 8px; }
.fr-chart--months { flex-grow: 4; }
.fr-chart--states { flex-grow: 2; }
.fr-chart figcaption { font-size: 12px; color: #56616e; }
.fr-chart__canvas { height: 104px; }
.fr-chart__figures { display: flex; flex-wrap: wrap; gap: 0 10px; margin: 0; font-size: 12px; }
.fr-chart__figures div { display: flex; gap: 4px; }
.fr-chart__figures dd { margin: 0; font-weight: 600; }
a.fr-export { text-decoration: none; }
a.fr-export[aria-disabled="true"] { opacity: .55; pointer-events: none; }
/* 导入: a modal over the desktop; the dialog never outgrows the window, its body scrolls and its buttons stay in sight. */
.fr-overlay { position: fixed; inset: 0; z-index: 1000; background: rgba(15, 23, 42, .35); display: flex; align-items: center; justify-content: center; padding: 16px; }
.fr-dialog { background: #fff; border-radius: 8px; width: min(780px, 100%); max-height: 100%; display: flex; flex-direction: column; box-shadow: 0 12px 40px rgba(15, 23, 42, .25); color: #1f2d3d; font-size: 14px; }
.fr-dialog__title { margin: 0; padding: 14px 20px 6px; font-size: 17px; font-weight: 600; color: #14305e; }
.fr-dialog__body { padding: 4px 20px 12px; overflow: auto; min-height: 0; display: flex; flex-direction: column; gap: 10px; }
.fr-dialog__body > .tbx-notice { margin: 0; }
.fr-dialog__footer { display: flex; align-items: center; justify-content: flex-end; gap: 8px; padding: 10px 20px 14px; border-top: 1px solid #dde3ea; }
.fr-dialog__hint { margin-right: auto; font-size: 13px; }
.fr-import__intro { margin: 0; padding-left: 20px; line-height: 1.6; }
.fr-import__fields { margin: 0; font-size: 13px; line-height: 1.6; }
.fr-import__how { font-size: 13px; }
.fr-import__how summary { cursor: pointer; color: #1f5fbf; width: max-content; }
.fr-import__how ul { margin: 4px 0 0; padding-left: 20px; line-height: 1.6; }
.fr-import__pick { display: flex; align-items: center; gap: 10px; min-width: 0; }
.fr-import__file { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.fr-import__file:focus-visible + .fr-import__choose { outline: 2px solid #1f5fbf; outline-offset: 2px; }
.fr-import__choose { cursor: pointer; flex: none; }
.fr-import__choose[aria-disabled="true"] { opacity: .55; cursor: default; }
.fr-import__name { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: #34404f; }
.fr-import__busy { margin: 0; color: #1f5fbf; }
.fr-import__elapsed { margin: 0; font-size: 13px; }
.fr-import__progress { display: flex; align-items: center; gap: 10px; font-size: 13px; }
.fr-import__progress > progress { flex: 1; max-width: 360px; height: 10px; accent-color: #1f5fbf; }
.fr-import__why { margin: 4px 0 0; }
.fr-import__report { display: flex; flex-direction: column; gap: 8px; }
.fr-import__report > .tbx-notice { margin: 0; }
.fr-import__read { margin: 0; font-weight: 600; }
.fr-import__columns { margin: 0; display: flex; flex-direction: column; gap: 6px; font-size: 13px; }
.fr-import__columns > div { display: grid; grid-template-columns: 7em minmax(0, 1fr); gap: 8px; }
.fr-import__columns dt { color: #56616e; }
.fr-import__columns dd { margin: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.fr-import__col { display: inline-block; padding: 0 6px; border: 1px solid #cfd8e3; border-radius: 3px; background: #f4f7fb; }
.fr-import__col--ignored { background: #fff; border-style: dashed; color: #56616e; }
.fr-import__col--default { background: #fff; }
.fr-import__repeats { margin: 6px 0; padding: 6px 10px 8px; border: 1px solid #e3c77a; border-radius: 4px; font-size: 13px; display: flex; flex-direction: column; gap: 4px; }
.fr-import__repeats legend { padding: 0 4px; color: #56616e; }
.fr-import__repeats label { display: flex; align-items: flex-start; gap: 6px; cursor: pointer; line-height: 1.5; }
.fr-import__repeats input { width: 16px; height: 16px; margin: 2px 0 0; flex: none; }
.fr-import__row-by-row { font-size: 12px; }
.fr-import__choice { font: inherit; font-size: 13px; padding: 2px 4px; min-height: 28px; border: 1px solid #c3cad3; border-radius: 4px; background: #fff; }
.fr-import__ignored { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
.fr-import__ignored li { display: flex; gap: 8px; align-items: baseline; }
.fr-import__problems { overflow: visible; }
.fr-import__problems caption { font-size: 13px; }
.fr-import__problems th, .fr-import__problems td { padding: 6px 10px; font-size: 13px; }
.fr-import__problems td { min-width: 0; }
.fr-import__problems thead th { position: sticky; top: -4px; }
.fr-import__cut { font-weight: 400; margin-left: 10px; }
/* A date range is two labelled boxes side by side in the kit's filter bar. */
.fr-filter--range { display: flex; align-items: flex-end; gap: 6px; font-size: 12px; color: #56616e; }
.fr-filter--search input { width: 300px; }
.fr-list { display: flex; flex-direction: column; gap: 8px; }
.fr-pages { display: flex; align-items: center; justify-content: flex-end; gap: 12px; color: #55606e; }
.fr-bin-link { margin: 6px 0 0; }
.fr-bin .tbx-notice { margin: 0 0 12px; }
.fr-bin__actions { display: inline-flex; align-items: center; gap: 6px; }
.tbx-btn.fr-bin__erase { color: #b42318; }
/* 删除: quiet in the row of actions, red so it is not taken for 修改; the dialog asks first. */
.tbx-btn.fr-delete { color: #b42318; border-color: #d7a19b; }
.tbx-btn.fr-delete:hover:not(:disabled) { color: #8f1d14; background: #fdf1f0; }
.fr-dialog--narrow { width: min(480px, 100%); }
.fr-detail { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 16px; align-content: start; }
.fr-detail .tbx-card { margin-bottom: 12px; padding: 12px 16px; }
.fr-flow, .fr-stamps, .fr-history { grid-column: 1 / -1; }
.fr-detail .fr-history { margin-top: 6px; }
.fr-history__list { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.fr-history__list li { display: grid; grid-template-columns: 150px 88px minmax(0, 1fr); gap: 12px; font-size: 14px; }
.fr-history__list time { color: #56616e; font-variant-numeric: tabular-nums; }
.fr-history__by { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.fr-flow .tbx-card__head { margin-bottom: 8px; }
.fr-flow__title { display: inline-flex; align-items: center; gap: 10px; }
.fr-flow__steps { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.fr-detail__list { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px 16px; margin: 0; }
.fr-detail__item { min-width: 0; }
.fr-detail__item dt { color: #56616e; font-size: 13px; }
.fr-detail__item dd { margin: 0; overflow-wrap: anywhere; white-space: pre-wrap; }
.fr-stamps { margin: 0; font-size: 13px; }
.fr-print { display: none; }
/* 批量办理: a box before each row, and the steps of the picked rows above the table. */
.fr-select { width: 40px; text-align: center; }
.fr-select input { width: 16px; height: 16px; margin: 0; vertical-align: middle; cursor: pointer; }
.fr-bulk { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 0; padding: 8px 12px; border: 1px solid #b9d3f2; border-radius: 6px; background: #eef5fd; }
@media print {
  @page { size: A4; margin: 14mm 16mm; }
  /* Ctrl+P on the list prints the list: the counts, the filters in use and the page's rows, without the charts. */
  .fr-charts, .fr-pages button, .fr-bin-link, .fr-select, .fr-bulk { display: none !important; }
  /*
   * When a 登记表 is on the page (a record's page, or 打印登记表 or 打印台账 while it prints), it alone: everything that neither holds
   * it nor is in it goes, the desktop's bar and menus too. Without one (Ctrl+P on the list) the page prints as it is.
   */
  body:has(.fr-print) *:not(:has(.fr-print)):not(.fr-print):not(.fr-print *) { display: none !important; }
  html:has(.fr-print), body:has(.fr-print), body *:has(.fr-print) { display: block !important; position: static !important; height: auto !important; min-height: 0 !important; max-height: none !important; overflow: visible !important; margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; background: #fff !important; transform: none !important; }
  .fr-print { display: block !important; color: #000; font-size: 11pt; line-height: 1.5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .fr-print__title { margin: 0 0 5mm; text-align: center; font-size: 17pt; font-weight: 600; letter-spacing: .08em; }
  .fr-print__meta { display: flex; justify-content: space-between; gap: 8mm; margin: 0 0 2mm; }
  .fr-print__table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  .fr-print__table th, .fr-print__table td { border: 1px solid #000; padding: 1.6mm 2.5mm; text-align: left; vertical-align: top; }
  .fr-print__labels { width: 28%; }
  .fr-print__table th[scope="row"] { font-weight: normal; background: #f2f2f2; }
  .fr-print__table td { white-space: pre-wrap; overflow-wrap: anywhere; }
  .fr-print__table tr { break-inside: avoid; }
  .fr-print__section { background: #e4e4e4; font-weight: 600; }
  .fr-print__stamps { margin: 2mm 0 12mm; font-size: 9pt; color: #333; }
  .fr-print__signs { display: flex; justify-content: space-between; gap: 8mm; break-inside: avoid; }
  .fr-print__signs span { flex: 1; }
  /* 打印登记表: one record to a sheet. */
  .fr-print + .fr-print { break-before: page; }
  /* 打印台账: the list's columns on landscape A4, the header row again on every page, no row split across two. */
  @page ledger { size: A4 landscape; margin: 12mm 12mm 14mm; }
  .fr-ledger { page: ledger; font-size: 10pt; line-height: 1.35; }
  .fr-ledger__filters { margin: 0 0 2mm; font-size: 9.5pt; }
  .fr-ledger__table { width: 100%; border-collapse: collapse; }
  .fr-ledger__table th, .fr-ledger__table td { border: 1px solid #000; padding: 1.2mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
  .fr-ledger__table thead { display: table-header-group; }
  .fr-ledger__table thead th { background: #f2f2f2; font-weight: 600; }
  .fr-ledger__table tr { break-inside: avoid; }
  .fr-ledger__signs { margin-top: 8mm; }
  .fr-ledger__table .fr-ledger__no { width: 3.6em; text-align: right; white-space: nowrap; }
}
`;
