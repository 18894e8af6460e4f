/** The month of an instant in a time zone as Intl reads it for that one instant: slow, and obviously right. */
const formats = new Map<string, Intl.DateTimeFormat>();

export function intlMonth(ms: number, zone: string): string {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit' });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}
