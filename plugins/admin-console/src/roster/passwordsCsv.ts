/** The temporary passwords as a CSV Excel opens in Chinese (UTF-8 with BOM), for the admin to hand out. */
export function passwordsCsv(rows: { username: string; name: string; password: string }[]): Blob {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['用户名,姓名,临时密码', ...rows.map((r) => [r.username, r.name, r.password].map(quote).join(','))];
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}
