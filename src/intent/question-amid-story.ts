/**
 * fixstyles30: one question about the bot set in a story, first or last ("is Beijing even possible for tokens? we're
 * talking to a Chinese shipyard …", "I'm from the Spa team, not technical, so bear with me: what exactly is an access
 * key? the bot mentioned it …", "… Yesterday I asked the bot to revoke X and it did. is there a way to undo a
 * revoke?"). Long messages tell why they ask; the story's own words (a unit, "a key for the nightly job", a lifetime
 * told) are read as a request where the one question asks only how the bot works. The question is given with the
 * rest of the message, for parse-request.ts to read each on its own: help when the question alone is help and the
 * story alone asks nothing.
 */

/** A sentence ending in a question mark: after a boundary (a sentence's end, a colon, a line) up to its "?". */
const QUESTION = /(?:^|[.!?:;\n]\s*)([^.!?:;\n]*\?)/g;

/** The message's one question and the story around it, or null when it has none, two or more, or no story. */
export function questionAmidStory(text: string): { question: string; rest: string } | null {
  if (text.length < 60 || !text.includes('?')) return null;
  const found = [...text.matchAll(QUESTION)].filter((m) => /[a-z]/i.test(m[1] ?? ''));
  if (found.length !== 1) return null;
  const m = found[0];
  const question = (m?.[1] ?? '').trim();
  if (m === undefined || question.split(/\s+/).length < 3) return null;
  const at = m.index + m[0].length - (m[1] ?? '').length;
  const rest = `${text.slice(0, at)} ${text.slice(at + (m[1] ?? '').length)}`.trim();
  // (A story of a few words is no story: "what's registered with the bot? need the list for the PCI audit" asks for
  // the list, and a quote replied to, "> details for claims-ai / could you do the same for claims-ops?", is asked again.)
  return rest.split(/\s+/).length >= 8 ? { question, rest } : null;
}
