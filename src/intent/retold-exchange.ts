/**
 * acted30: an exchange retold with speaker labels, as a transcript: "me: token 2h\nbot: here you go\nme: *forgets to
 * copy it*\nclassic monday", "10:02 me: rotate growth\n10:03 my boss: why??". What was asked then is told, not
 * asked now: the labelled lines are the story. A line of its own after it, unlabelled, is read as usual ("… \nanyway,
 * token for 2h please" still asks). Read only when two speakers take turns and one is the writer ("me:", "I:"), so a
 * form's fields ("unit: growth\nduration: 2h") are never taken for one.
 */

/** A time before the label: "10:02 ", "[10:02] ", "9.15am - ". */
const TIME = String.raw`(?:\[?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\]?\s*[-–—]?\s*)?`;
/** The writer as speaker. */
const ME = String.raw`me|myself|i|moi|ich|yo|ik`;
/** Another speaker: the bot, a person told of ("him", "my boss"), a mention. */
const OTHER = String.raw`bot|the\s+bot|bedrock(?:[\s-]?bot)?|him|her|them|he|she|they|you|u|boss|manager|mgr|(?:my|the)\s+(?:boss|manager|lead|pm|colleague|coworker|co-worker|mate|teammate|wife|husband|partner|kid|son|daughter|mom|mum|dad|intern|cto|ceo|tl|dba)|<@[UW][A-Z0-9]+(?:\|[^>]*)?>`;
const LABELLED = new RegExp(String.raw`^[ \t>*_]*${TIME}(${ME}|${OTHER})[ \t*_]*:(?!\/\/|\d)`, 'i');
const IS_ME = new RegExp(String.raw`^(?:${ME})$`, 'i');

/**
 * The text without its retold exchange: null when there is none (fewer than two labelled lines, or no turn of the
 * writer's and another's); '' when nothing is left.
 */
export function withoutRetoldExchange(text: string): string | null {
  const lines = text.split('\n');
  if (lines.length < 2) return null;
  let mine = 0;
  let others = 0;
  const kept: string[] = [];
  for (const line of lines) {
    const m = LABELLED.exec(line);
    if (m === null) {
      kept.push(line);
      continue;
    }
    if (IS_ME.test((m[1] ?? '').trim())) mine++;
    else others++;
  }
  if (mine === 0 || others === 0) return null;
  return kept.join('\n').trim();
}
