/** Month names, January first: for texts people read and texts the parser reads back. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The first month (0-based, may be negative or past 11: Date.UTC carries it into the year) of a calendar quarter, as a
 * stated period names it: `quartersAgo` back from the quarter of `month` (0-based), or quarter `quarter` (1–4) of
 * `year`, or when no year is stated, the most recent such quarter that has started.
 */
export function quarterStart(
  period:
    | { kind: 'quarter'; quartersAgo: number }
    | { kind: 'named-quarter'; quarter: number; year: number | null },
  year: number,
  month: number,
): { year: number; month: number } {
  const thisQuarter = Math.floor(month / 3);
  if (period.kind === 'quarter') return { year, month: (thisQuarter - period.quartersAgo) * 3 };
  const y = period.year ?? (period.quarter - 1 > thisQuarter ? year - 1 : year);
  return { year: y, month: (period.quarter - 1) * 3 };
}

/** "Q3 2026" for the quarter that starts at `first` (a UTC time). */
export function quarterName(first: number): string {
  const d = new Date(first);
  return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
}
