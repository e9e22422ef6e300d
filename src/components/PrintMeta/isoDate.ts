/** YYYY-MM-DD in the reader's time zone: unambiguous in both languages, and cheap (no Intl, which is slow to start on a slow phone). */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
