/**
 * Spanish month names, to English: one list for the glossary (surface.ts reads "en noviembre" as "in november") and for
 * the questions' periods and exclusions (spanish-questions.ts: "tokens emitidos en noviembre", "la factura de enero" is
 * a period, no unit's bill).
 */
export const SPANISH_MONTHS: Readonly<Record<string, string>> = {
  enero: 'january',
  febrero: 'february',
  marzo: 'march',
  abril: 'april',
  mayo: 'may',
  junio: 'june',
  julio: 'july',
  agosto: 'august',
  septiembre: 'september',
  setiembre: 'september',
  octubre: 'october',
  noviembre: 'november',
  diciembre: 'december',
};

/** The month names as a pattern's alternatives. */
export const SPANISH_MONTH_WORDS = Object.keys(SPANISH_MONTHS).join('|');

/** The months whose glossary entry is chosen by `keep` (surface.ts glosses some as weak, some as strong, some shared). */
export function spanishMonthsWhere(keep: (word: string) => boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(SPANISH_MONTHS).filter(([word]) => keep(word)));
}
