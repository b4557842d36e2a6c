export const rosterStyles = `
.ac-roster-steps { display: flex; flex-direction: column; gap: 10px; flex: 1 1 auto; min-height: 0; overflow: auto; padding-bottom: 8px; }
.ac-roster-card { border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 16px; background: #fff; flex: none; }
.ac-roster-card h3 { margin: 0 0 8px; font-size: 15px; }
.ac-roster-file { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; }
.ac-roster-file input[type=file] { font: inherit; }
.ac-roster-options { display: flex; flex-wrap: wrap; gap: 4px 20px; margin-top: 6px; }
.ac-roster-options label { display: flex; gap: 6px; align-items: center; }
.ac-roster-summary { display: flex; gap: 8px; list-style: none; padding: 0; margin: 0 0 6px; flex-wrap: wrap; }
.ac-roster-summary li { display: flex; gap: 6px; align-items: baseline; padding: 4px 12px; border-radius: 6px; background: #f3f4f6; }
.ac-roster-summary li strong { font-size: 18px; }
.ac-roster-summary--bad { background: #fef2f2 !important; color: #b91c1c; }
.ac-roster-title { font-size: 14px; margin: 10px 0 6px; }
.ac-roster-title--bad { color: #b91c1c; }
.ac-roster-table { max-height: 240px; overflow: auto; }
.ac-roster-file .ac-help { margin: 0; }
.ac-roster-nothing { padding: 10px; background: #f0fdf4; border-radius: 6px; color: #166534; }
.ac-roster-confirm { display: flex; gap: 12px; align-items: center; margin-top: 10px; flex-wrap: wrap; }
.ac-roster-downloads { display: flex; gap: 8px; flex-wrap: wrap; }
.ac-roster-downloads a { text-decoration: none; }
.ac-roster-options { border: 0; padding: 0; margin: 8px 0 0; }
`;
