// Layout only, in the UI kit's look; every class is fd-. The editor and the preview sit side by side from 1180 px; below
// that (a 768 px tablet) they are two tabs, and the field list and its properties stack.
export const styles = `
.fd-app { display: flex; flex-direction: column; min-height: 100%; }
.fd-start { display: flex; flex-direction: column; gap: 12px; }
.fd-h2 { font-size: 16px; margin: 8px 0 0; color: #14305e; }
.fd-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 12px; }
.fd-cards .tbx-card { display: flex; flex-direction: column; gap: 6px; }
.fd-card__desc { margin: 0; color: #3a4656; min-height: 3em; }
.fd-file { position: absolute; width: 1px; height: 1px; opacity: 0; pointer-events: none; }
.fd-own { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.fd-own li { display: flex; align-items: center; gap: 8px; }
.fd-switch { display: none; gap: 4px; padding: 0 16px; }
.fd-main { flex: 1; display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); gap: 12px; padding: 0 16px 16px; min-height: 0; }
.fd-editor { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
.fd-tabs { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid #dde3ea; align-items: flex-end; }
.fd-tab { border: 1px solid transparent; border-bottom: none; background: none; padding: 6px 14px; font: inherit; color: #3a4656;
  cursor: pointer; border-radius: 4px 4px 0 0; display: inline-flex; gap: 6px; align-items: center; }
.fd-tab[aria-selected="true"] { background: #fff; border-color: #dde3ea; color: #14305e; font-weight: 600; margin-bottom: -1px; }
.fd-tab:focus-visible, .fd-handle:focus-visible, .fd-kind:focus-visible, .fd-item__main:focus-visible { outline: 2px solid #1f6feb; outline-offset: 1px; }
.fd-badge { display: inline-block; min-width: 18px; padding: 0 5px; border-radius: 9px; background: #c62828; color: #fff; font-size: 12px; line-height: 18px; text-align: center; }
.fd-fields { display: grid; grid-template-columns: minmax(240px, 1fr) minmax(0, 1.15fr); gap: 12px; align-items: start; }
.fd-structure { display: flex; flex-direction: column; gap: 8px; min-width: 0; }
.fd-palette { border: 1px solid #dde3ea; border-radius: 6px; background: #f7f9fb; padding: 6px 8px; }
.fd-palette summary { cursor: pointer; font-weight: 600; color: #14305e; }
.fd-palette__kinds { display: grid; grid-template-columns: repeat(auto-fill, minmax(104px, 1fr)); gap: 4px; margin-top: 6px; }
.fd-kind { border: 1px dashed #9fb0c4; background: #fff; border-radius: 4px; padding: 4px 6px; font: inherit; font-size: 13px; text-align: left; cursor: pointer; color: #1f2d3d; }
.fd-kind:hover { border-color: #1f6feb; color: #1f6feb; }
.fd-section { border: 1px solid #dde3ea; border-radius: 6px; background: #fff; padding: 6px; }
.fd-section__head { display: flex; gap: 6px; align-items: center; margin-bottom: 4px; }
.fd-section__title { font-weight: 600; flex: 3 1 0; min-width: 0; }
.fd-section__title-en { flex: 2 1 0; min-width: 0; font-size: 13px; }
.fd-items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 3px; min-height: 8px; }
.fd-item { display: flex; align-items: stretch; border: 1px solid #dde3ea; border-radius: 4px; background: #fff; }
.fd-item--selected { border-color: #1f6feb; box-shadow: 0 0 0 1px #1f6feb; }
.fd-item--dragging { opacity: .7; z-index: 2; position: relative; box-shadow: 0 4px 12px rgba(0,0,0,.15); }
.fd-item--bad { border-color: #c62828; }
.fd-handle { border: none; background: #f0f3f6; cursor: grab; padding: 0 8px; color: #55606e; font-size: 16px; touch-action: none; border-radius: 4px 0 0 4px; }
.fd-item__main { flex: 1; display: flex; align-items: center; gap: 8px; border: none; background: none; padding: 6px 8px; font: inherit; text-align: left; cursor: pointer; min-width: 0; }
.fd-item__label { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: #1f2d3d; }
.fd-item__kind { color: #6b7785; font-size: 12px; white-space: nowrap; }
.fd-properties, .fd-pane { background: #fff; border: 1px solid #dde3ea; border-radius: 6px; padding: 10px 12px; display: flex; flex-direction: column; gap: 8px; min-width: 0; }
.fd-props { display: flex; flex-direction: column; gap: 8px; }
.fd-props__title { margin: 0; font-size: 15px; color: #14305e; }
.fd-props__actions { display: flex; gap: 8px; flex-wrap: wrap; }
.fd-row { margin: 0; }
.fd-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px 12px; }
.fd-check { display: inline-flex; align-items: center; gap: 6px; white-space: nowrap; width: auto; }
.fd-check input { width: 16px; height: 16px; margin: 0; }
.fd-check-hint { display: flex; flex-direction: column; gap: 2px; }
.fd-options-en { display: flex; flex-direction: column; gap: 6px; }
.fd-options-en > summary { cursor: pointer; color: #1f4e99; font-size: 13px; padding: 2px 0; }
.fd-options-en[open] > summary { margin-bottom: 6px; }
.fd-checks { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: center; }
.fd-group { border: 1px solid #e3e8ee; border-radius: 6px; padding: 6px 10px 10px; margin: 0; display: flex; flex-direction: column; gap: 8px; }
.fd-group legend, .fd-group h3 { font-weight: 600; color: #14305e; font-size: 14px; margin: 0; padding: 0 4px; }
.fd-line { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 6px 10px; align-items: end; }
.fd-step { border-top: 1px dashed #dde3ea; padding-top: 6px; }
.fd-step__foot { display: flex; justify-content: space-between; align-items: center; gap: 10px; }
.fd-problems { margin: 2px 0 0; padding-left: 18px; color: #c62828; font-size: 13px; }
.fd-advanced summary { cursor: pointer; color: #55606e; font-size: 13px; }
.fd-preview { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
.fd-preview__note { margin-left: auto; color: #6b7785; font-size: 12px; padding-bottom: 4px; }
.fd-preview__frame { border: 1px solid #c9d3de; border-radius: 6px; overflow: auto; max-height: calc(100vh - 150px); background: #f4f7fa; }
.fd-preview__frame .tbx-app { min-height: 0; }
.fd-change { border-left: 3px solid #2e7d5b; padding: 2px 10px; }
.fd-change--decide { background: #f3faf6; padding: 6px 10px; display: flex; flex-direction: column; gap: 6px; }
.fd-change--pending { border-left-color: #e08a00; background: #fff8ec; }
.fd-change p { margin: 0; }
.fd-choices { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; }
.fd-move-target { width: auto; min-width: 160px; }
.fd-affected { color: #b45309; }
.fd-decide { margin: 4px 0 0; color: #b45309; }
.fd-safe { margin: 0; padding-left: 20px; color: #3a4656; }
.fd-error-list { margin: 0; padding-left: 20px; }
.fd-publish__actions { display: flex; gap: 8px; }
@media (max-width: 1179px) {
  .fd-switch { display: flex; }
  .fd-main { grid-template-columns: minmax(0, 1fr); }
  .fd-app[data-pane="editor"] .fd-preview { display: none; }
  .fd-app[data-pane="preview"] .fd-editor { display: none; }
  .fd-preview__frame { max-height: none; }
}
@media (max-width: 900px) {
  .fd-fields { grid-template-columns: minmax(0, 1fr); }
}
`;
