/**
 * "what's on test-infra-team right now", "whats currently on `fraud-ml`?", "what's on the ads-platform team
 * atm": what a unit holds now is asked, its details. Only a name of a unit's shape right after "on" (with a
 * hyphen, an underscore or a digit, or a team noun or "unit" after it): a bare word there is as likely the TV,
 * a menu or a calendar's ("what's on tv right now", "what's on the agenda"), which no rule can tell from a unit.
 * Read by rules.ts (the unit's details over a history word told after the question) and by discourse.ts (the
 * question is the request, never story).
 */
import { TEAM_NOUNS } from './group-nouns.js';
import { CHANGE_TAGS, LEXICON } from './lexicon.js';

const WHATS_ON =
  /^\W*(?:(?:hey|hi|so|ok|and)\W+)?(?:what|wat|wht|whta)(?:'s|s|\s+is)?\s+(?:(?:currently|now)\s+)?on\s+(?:the\s+)?([a-z0-9]\w{0,60})/;

/** A list or a person's load after the name: "the night-shift rota", "the rev-ops team's plate" (post40b). */
const LIST_AFTER =
  /^\s*(?:[a-z_]+\s*)?(?:'s\b|s'|(?:rota|rotas|plate|schedule|agenda|roster|calendar|menu|docket|radar|mind|desk|list|whiteboard|board|shelf|truck|trailer|pallet|floor)\b)/;
/** A machine's or a place's trouble told after the question: "forklift is missing", "it keeps jamming" (post40b). */
const PHYSICAL_TROUBLE =
  /\b(?:missing|jamm(?:ed|ing)|jams?|broken|broke|leaking|leaks\s+(?:oil|water)|stuck|overheat\w*|smok(?:ing|es)|flooded|damaged|rattl\w*|noisy|won'?t\s+start|forklifts?|pallets?|conveyor)\b/;
const CHANGES = new Set(CHANGE_TAGS);

/**
 * post40b: whether the question is no unit's details: a list or someone's load after the name, a machine's trouble
 * told after it, or a change of ours asked after it ("what's on the rev-ops team's plate? rotate their key after").
 */
function notAUnitsDetails(text: string, end: number): boolean {
  const rest = text.slice(end);
  if (LIST_AFTER.test(rest) || PHYSICAL_TROUBLE.test(rest)) return true;
  return rest.split(/[^a-z_']+/).some((w) => CHANGES.has(LEXICON[w] ?? ''));
}

/** Whether the text opens by asking what is on the unit the parse names. */
export function whatsOnUnit(text: string, unit: string | null): boolean {
  const m = unit === null ? null : WHATS_ON.exec(text);
  const named = m?.[1];
  if (m === null || m === undefined || named === undefined || notAUnitsDetails(text, m.index + m[0].length))
    return false;
  const name = named.replace(/_/g, '-');
  if (unit === name) return /[-\d]/.test(name);
  return unit?.startsWith(`${name}-`) === true && TEAM_NOUNS.has(unit.slice(name.length + 1));
}

/**
 * Whether a sentence asks what is on a name of a unit's shape, before any unit is read (fix40c, tuned-logistics:
 * "what's on the hazmat-check unit? need to know before the DG audit": the question is the request, the audit
 * after it why it is asked).
 */
export function whatsOnNamedAsked(sentence: string): boolean {
  if (!sentence.includes('?') || !sentence.includes(' on ')) return false;
  const m = WHATS_ON.exec(sentence);
  const name = m?.[1];
  if (m === null || name === undefined || notAUnitsDetails(sentence, m.index + m[0].length)) return false;
  const after = /^\s+([a-z_]+)/.exec(sentence.slice(m.index + m[0].length))?.[1] ?? '';
  return /[_\d]/.test(name) || after === 'unit' || TEAM_NOUNS.has(after);
}

/**
 * post40b: "what's on the bay 12 unit? forklift is missing", "what's on the line-4 unit? it keeps jamming": what is
 * on a machine or a place with its trouble told after it, no unit's details (read by parse-request.ts over the
 * classifier's details).
 */
export function whatsOnTrouble(text: string): boolean {
  const m = WHATS_ON.exec(text);
  return m !== null && PHYSICAL_TROUBLE.test(text.slice(m.index + m[0].length));
}

/**
 * post40b: "what's on the reefer-watch unit? rotate its key after": a change of ours asked after the question, which
 * the request is (read by parse-request.ts over the classifier's details).
 */
export function whatsOnThenChange(text: string): boolean {
  const m = WHATS_ON.exec(text);
  if (m === null) return false;
  const q = text.indexOf('?', m.index + m[0].length);
  return (
    q >= 0 &&
    text
      .slice(q + 1)
      .split(/[^a-z_']+/)
      .some((w) => CHANGES.has(LEXICON[w] ?? ''))
  );
}
