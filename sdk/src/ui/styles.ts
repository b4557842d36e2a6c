// The UI kit's one stylesheet. Every class starts with `tbx-` and every rule is scoped to those classes, so nothing
// leaks into the host or into other apps; it is injected once per document, the first time a component renders.

/**
 * The desktop's fonts, Chinese ones first: their Latin letters and digits then match the Chinese beside them. With
 * `system-ui` first, on a PC whose system language is not Chinese, "12345 热线工单" got its digits from a Latin face
 * (DejaVu Sans on Linux, Segoe UI on Windows) apart from its Chinese and from the desktop around the app.
 * host/src/desktop/styles.css names the same list (host/test/fontStack.test.ts holds them equal).
 */
export const FONT_FAMILY = '"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif';

export const UI_CSS = `
.tbx-root,.tbx-root *{box-sizing:border-box}
.tbx-root{font-family:${FONT_FAMILY};font-size:14px;line-height:1.6;color:#1f2733}
.tbx-btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:32px;padding:4px 16px;border:1px solid #1f5fbf;border-radius:4px;background:#1f5fbf;color:#fff;font:inherit;font-size:14px;cursor:pointer;white-space:nowrap}
.tbx-btn:hover:not(:disabled){background:#194f9f;border-color:#194f9f}
.tbx-btn:focus-visible,.tbx-input:focus-visible,.tbx-th-btn:focus-visible,.tbx-check:focus-visible{outline:2px solid #1f5fbf;outline-offset:2px}
.tbx-btn--secondary{background:#fff;color:#1f5fbf}
.tbx-btn--secondary:hover:not(:disabled){background:#eef3fb;color:#194f9f}
.tbx-btn--danger{background:#c0392b;border-color:#c0392b}
.tbx-btn--danger:hover:not(:disabled){background:#a93226;border-color:#a93226}
.tbx-btn--link{background:transparent;border-color:transparent;color:#1f5fbf;padding:4px 6px}
.tbx-btn--link:hover:not(:disabled){background:transparent;text-decoration:underline}
.tbx-btn--small{min-height:26px;padding:0 10px;font-size:14px}
.tbx-btn:disabled{cursor:not-allowed;opacity:.5}
.tbx-btn[aria-busy=true]{cursor:progress;opacity:.75}
.tbx-btn__spinner{flex:none;width:12px;height:12px;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:tbx-spin .8s linear infinite}
@keyframes tbx-spin{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.tbx-btn__spinner{animation-duration:2.4s}}
.tbx-card{background:#fff;border:1px solid #d9e0ea;border-radius:6px;padding:16px 20px;margin:0 0 16px}
.tbx-card__head{display:flex;align-items:center;justify-content:space-between;gap:12px;margin:0 0 12px}
.tbx-card__title{margin:0;font-size:16px;font-weight:600;color:#1f2733}
.tbx-page-header{display:flex;align-items:flex-end;justify-content:space-between;gap:16px;flex-wrap:wrap;padding:0 0 12px;margin:0 0 16px;border-bottom:2px solid #1f5fbf}
.tbx-page-header__title{margin:0;font-size:20px;font-weight:600;color:#14305e}
.tbx-page-header__subtitle{margin:4px 0 0;color:#55606e}
.tbx-page-header__actions{display:flex;gap:8px;flex-wrap:wrap}
.tbx-page-header--untitled{align-items:center}
.tbx-page-header--untitled .tbx-page-header__subtitle{margin:0;color:#3d4a5c}
.tbx-tag{display:inline-block;padding:0 8px;border-radius:10px;border:1px solid;font-size:14px;line-height:20px;white-space:nowrap}
.tbx-tag--neutral{color:#4a5563;border-color:#c5ccd6;background:#f4f6f9}
.tbx-tag--info{color:#1f5fbf;border-color:#a9c2ea;background:#eef3fb}
.tbx-tag--success{color:#1e7a3c;border-color:#9fd3b0;background:#edf8f1}
.tbx-tag--warning{color:#8a5a00;border-color:#f0cf86;background:#fff8e6}
.tbx-tag--danger{color:#b03a2e;border-color:#eaa9a2;background:#fdeeec}
.tbx-empty{text-align:center;padding:32px 16px;color:#55606e}
.tbx-empty__icon{font-size:32px;line-height:1;margin-bottom:8px;color:#8792a2}
.tbx-empty__title{margin:0;font-size:15px;font-weight:600;color:#34404f}
.tbx-empty__desc{margin:4px 0 0}
.tbx-empty__action{margin-top:12px}
.tbx-notice{display:flex;gap:12px;align-items:flex-start;padding:10px 14px;border:1px solid;border-left-width:4px;border-radius:4px;margin:0 0 12px}
.tbx-notice__body{flex:1;min-width:0;overflow-wrap:anywhere}
.tbx-notice__title{margin:0;font-weight:600}
.tbx-notice--info{background:#eef3fb;border-color:#1f5fbf}
.tbx-notice--success{background:#edf8f1;border-color:#2e8b4e}
.tbx-notice--warning{background:#fff8e6;border-color:#d99a00}
.tbx-notice--error{background:#fdeeec;border-color:#c0392b}
.tbx-table-wrap{overflow-x:auto;border:1px solid #d9e0ea;border-radius:6px;background:#fff}
.tbx-table-tools{display:flex;gap:8px;align-items:center;margin:0 0 8px}
.tbx-table{width:100%;border-collapse:collapse}
.tbx-table caption{text-align:left;padding:8px 12px;font-weight:600}
.tbx-table th,.tbx-table td{padding:8px 12px;border-bottom:1px solid #e6ebf2;text-align:left;vertical-align:top;overflow-wrap:break-word}
.tbx-table td{min-width:6.5em}
.tbx-table td.tbx-nowrap{white-space:nowrap}
.tbx-table th{background:#f4f7fb;font-weight:600;color:#34404f;white-space:nowrap}
.tbx-table tbody tr:hover{background:#f8fafd}
.tbx-table tbody tr:last-child td{border-bottom:0}
.tbx-table tr.tbx-row--clickable{cursor:pointer}
.tbx-table tr.tbx-row--clickable:focus-visible{outline:2px solid #1f5fbf;outline-offset:-2px}
.tbx-th-btn{all:unset;cursor:pointer;display:inline-flex;gap:4px;align-items:center;font-weight:600}
.tbx-th-btn span[aria-hidden]{color:#8792a2;font-size:12px}
.tbx-form{display:grid;gap:14px;max-width:640px}
.tbx-field{display:grid;gap:4px}
.tbx-label{font-weight:600;color:#34404f}
.tbx-required{color:#c0392b;margin-left:2px}
.tbx-help{color:#55606e;font-size:14px}
.tbx-error{color:#b03a2e;font-size:14px}
.tbx-input{width:100%;min-height:34px;padding:5px 10px;border:1px solid #b8c2d0;border-radius:4px;background:#fff;font:inherit;font-size:14px;color:inherit}
.tbx-input:disabled{background:#f1f3f6;color:#7b8594}
.tbx-input[aria-invalid="true"]{border-color:#c0392b}
textarea.tbx-input{min-height:88px;resize:vertical}
.tbx-check-row{display:flex;gap:8px;align-items:center}
.tbx-check{width:16px;height:16px;margin:0}
.tbx-form__actions{display:flex;gap:8px}
/* An app that fills the host's frame (about 1300×620): header on top, a body whose last child scrolls, and a form area
   laying SchemaForm out in three columns, so a whole record fits without scrolling the page. */
.tbx-app{box-sizing:border-box;height:100%;display:flex;flex-direction:column;gap:10px;padding:12px 16px;font-size:14px;color:#1f2d3d;min-width:0}
.tbx-app *,.tbx-app *::before,.tbx-app *::after{box-sizing:border-box}
.tbx-app .tbx-page-header{margin:0;padding-bottom:10px}
.tbx-app .tbx-page-header__actions{align-items:center}
.tbx-app__body{display:flex;flex-direction:column;gap:10px;min-height:0;flex:1}
.tbx-app__body>:last-child{min-height:0;overflow:auto}
/* A row of labelled filters above a list (FilterBar): each label above its control, the count at the right. */
.tbx-filters{display:flex;flex-wrap:wrap;align-items:flex-end;gap:8px 12px;padding:8px 12px;background:#fafbfc;border:1px solid #e3e8ee;border-radius:4px}
.tbx-filters label{display:flex;flex-direction:column;gap:2px;font-size:12px;color:#56616e}
.tbx-filters select,.tbx-filters input{height:30px;padding:0 6px;font:inherit;font-size:14px;color:#1f2d3d;border:1px solid #c5cdd6;border-radius:3px;background:#fff}
.tbx-filters__count{margin-left:auto;align-self:center;color:#6b7785;font-size:13px}
.tbx-loading{color:#6b7785;margin:24px 0;text-align:center}
.tbx-app__form{flex:1;min-height:0;overflow:auto;padding:2px}
.tbx-app__form .tbx-form{max-width:1000px;grid-template-columns:repeat(3,minmax(0,1fr));gap:12px 20px;align-content:start}
.tbx-app__form .tbx-form>.tbx-notice,.tbx-app__form .tbx-form__actions,.tbx-app__form .tbx-field:has(textarea){grid-column:1/-1}
.tbx-app__form .tbx-field{align-content:start}
.tbx-app__form .tbx-field:has(.tbx-check-row){align-self:center}
.tbx-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{.tbx-page-header__actions{display:none}.tbx-page-header{border-bottom-color:#000}.tbx-table-wrap{overflow:visible}.tbx-table tr{break-inside:avoid}}
`;

const STYLE_ID = 'tbx-ui-styles';

/** Adds the UI kit's stylesheet to `doc` once (a no-op when it is there already or there is no DOM). */
export function ensureStyles(doc: Document | undefined = typeof document === 'undefined' ? undefined : document): void {
  if (!doc || doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = UI_CSS;
  doc.head.append(style);
}
