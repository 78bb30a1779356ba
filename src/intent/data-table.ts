/**
 * Data pasted as a table or a mapping: rows of cells ("| growth | $3,100 |", "Unit: growth | Cost: $1,204
 * | Change: +12%", a Cost Explorer export, a comparison of vendors or models) or a list of names and who
 * or what each maps to ("- growth: Lena", "- fraud-ml → Raj": who owns what). Such data asks nothing; the
 * person's own words around it may ("… can you show growth's spend?"). `tableRest` gives those words (the
 * table's rows and the title line right above them left out), or null when the text holds no such data.
 */

import { isFieldLabel } from './form-fields.js';
import { PUT_OFF, TAKE_BACK } from './withdrawal.js';

/** A row of three cells or more, split by "|" (a Markdown row's outer bars are no cells). */
function cellsOf(line: string): number {
  if (!line.includes('|')) return 0;
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');
  // (A two-column row naming a form's field, "| ttl | 4h |", is a form's.)
  if (cells.length === 2) return line.trim().startsWith('|') && !isFieldLabel(cells[0] ?? '') ? 2 : 0;
  return cells.length >= 3 ? cells.length : 0;
}

/** A Markdown table's rule line: "|---|---|". */
const RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** A mapping's item: "- growth: Lena", "• fraud-ml → Raj" (a name of one or two words). */
const MAPPED = /^\s*[-•*]\s*`?([A-Za-z][\w-]*(?:\s[\w-]+)?)`?\s*(?::|→|->|=>|=)\s*\S/;
/** A title above a table: short, no question, no sentence ("Monthly spend by unit (from CUR)", "Vendor comparison:"). */
const TITLE = /^[^?.!]{1,80}$/;
/** Words of a request over the table ("revoke these:", "can you show these"): no title. */
const ASKING =
  /\b(?:rotate|revoke|create|deprovision|offboard|delete|remove|give|need|want|please|pls|can\s+you|could\s+you|show|list|check)\b/i;
/**
 * Words that hold, cancel or refuse (beyond TAKE_BACK and PUT_OFF, withdrawal.ts): a line with them
 * above a table is no title ("HOLD: not until Monday"), and rows with them stop what the words around
 * the table ask ("| rotate | Dana | cancelled, don't do it |").
 */
const HOLDS =
  /\b(?:hold|on\s+hold|not\s+(?:until|till|before)|paused?|blocked|cancell?ed|cancel|don'?t|do\s+not|rejected|declined|denied|vetoed|abandoned|withdrawn|skip(?:ped)?)\b/i;

/** Whether a line holds, cancels or takes back (HOLDS, TAKE_BACK, PUT_OFF). */
function holds(line: string): boolean {
  if (HOLDS.test(line)) return true;
  const lower = line.toLowerCase();
  TAKE_BACK.lastIndex = 0;
  const taken = TAKE_BACK.test(lower);
  TAKE_BACK.lastIndex = 0;
  return taken || PUT_OFF.test(lower);
}

/** A cell that is a form's field ("Team: growth"). */
const FIELD_CELL = /^\s*\*{0,2}([A-Za-z][A-Za-z _/-]{0,30}?)\*{0,2}\s*:\s*\S/;

/**
 * Rows of a form written with "|" ("Team: growth | Action: revoke\nOwner: a@b.co | Expiry: 30 days"):
 * every cell a field, and no label twice. A table of records repeats its labels ("Unit: growth | Cost:
 * $1,204\nUnit: ads | Cost: $880").
 */
function formRows(lines: string[], rows: number[]): boolean {
  const labels = new Set<string>();
  for (const i of rows)
    for (const cell of (lines[i] ?? '').split('|')) {
      const m = FIELD_CELL.exec(cell);
      if (m === null) return false;
      const label = (m[1] ?? '').trim().toLowerCase();
      if (labels.has(label)) return false;
      labels.add(label);
    }
  return true;
}

/** The indexes of the table's or mapping's lines, or null when there is none. */
function dataLines(lines: string[]): number[] | null {
  const rows: number[] = [];
  const rules: number[] = [];
  const mapped: number[] = [];
  let labelled = false;
  lines.forEach((line, i) => {
    if (cellsOf(line) > 0) rows.push(i);
    else if (RULE.test(line) && line.includes('|')) rules.push(i);
    else {
      const m = MAPPED.exec(line);
      if (m !== null) {
        mapped.push(i);
        labelled ||= isFieldLabel(m[1] ?? '');
      }
    }
  });
  if (rows.length >= 2 && !formRows(lines, rows)) return [...rows, ...rules].sort((a, b) => a - b);
  // (A list with a form's labels, "- business unit: x\n- key type: y", is a form.)
  return mapped.length >= 3 && !labelled ? mapped : null;
}

/** The person's own words around pasted data, or null when the text holds none. */
export function tableRest(text: string): string | null {
  if (
    !text.includes('\n') ||
    !(text.includes('|') || text.includes(':') || text.includes('→') || text.includes('->'))
  )
    return null;
  const lines = text.split('\n');
  const data = dataLines(lines);
  if (data === null) return null;
  const cut = new Set(data);
  // (The table's header rows above, "| service | last month |", and its title.)
  let above = (data[0] ?? 0) - 1;
  while (above >= 0 && (lines[above] ?? '').trim().startsWith('|')) cut.add(above--);
  const title = lines[above] ?? '';
  if (above >= 0 && TITLE.test(title) && !ASKING.test(title) && !holds(title)) cut.add(above);
  const rest = lines.filter((_, i) => !cut.has(i)).join('\n');
  // (asks23: "that's who owns what, for the wiki", "here's the spend by unit, fyi": words that only say
  // what the data is, asking nothing, are the data's caption.)
  return CAPTION.test(rest) && !rest.includes('?') && !ASKING.test(rest) && !holds(rest) ? '' : rest;
}

/** A caption of pasted data: "that's who owns what", "this is …", "here's …", "fyi", "for the wiki". */
const CAPTION =
  /^\s*(?:that'?s|that\s+is|this\s+is|these\s+are|those\s+are|here'?s|here\s+is|here\s+are|above\s+is|fyi|for\s+the\s+(?:wiki|docs|handbook|record|records|minutes|notes|deck|slides))\b[^\n]{0,100}$/i;

/** Whether the table's rows in a text hold, cancel or take back ("| rotate | Dana | cancelled |"). */
export function tableHolds(text: string): boolean {
  const lines = text.split('\n');
  return (dataLines(lines) ?? []).some((i) => holds(lines[i] ?? ''));
}
