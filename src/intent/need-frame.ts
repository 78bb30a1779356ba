/**
 * requests24: "PTS credentials expiring all over the shop but that's a different problem — what I need from
 * you is the spend for signalling-data last month". "What I need from you is …", "all we need from you is …": the
 * frame names the request after it; whatever was told before it (another problem, set aside) is story.
 * Read by parse-request.ts before the story is cut: the text from the frame's end is the request.
 */

/**
 * The frame, present tense ("what I needed was …" tells of the past), a cheap `includes` first; put to the bot
 * ("from you"): "What we need is a key that lasts …" after a story is read with its story, as before.
 */
const NEED_FRAME =
  /\b(?:what|all)\s+(?:i|we)\s+(?:really\s+|actually\s+|just\s+)?(?:need|want)\s+from\s+(?:you|u|the\s+bot)\s+(?:(?:right\s+)?now\s+|today\s+)?is\s+(?=[a-z0-9])/;

/**
 * What may stand before the frame (fix24c): nothing, a sentence ended, or a clause of its own set aside
 * with a comma or a dash (the prepared text writes a dash as a comma; parse-request.ts also reads the raw text) that is no time or deferral ("tomorrow,
 * what I need …", "not now — later what I need …"). Not a colon or a quotation mark ("Dana wrote: what I
 * need from you is …", "step 2: \"what I need …\"": words quoted), nor the middle of a sentence ("my boss
 * says what I need from you is …").
 */
const BEFORE_OPEN = /^[\s\W]*$|[.!?]\s*$/;
const BEFORE_CLAUSE = /(?:^|[.!?;:])\s*([^.!?;:"“”‘]*?)\s*(?:,|[—–-]+)\s*$/;
const DEFERRED =
  /\b(?:later|tomorrow|tonight|soon|next|after|once|when|until|till|before|wait|not\s+(?:now|yet|today)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hypothetically|if)\b/;

/** Where the request after a need frame starts, or null when the text has no such frame. */
export function needFrameEnd(text: string): number | null {
  if (!text.includes(' from ')) return null;
  const m = NEED_FRAME.exec(text);
  if (m === null) return null;
  const before = text.slice(0, m.index);
  if (!BEFORE_OPEN.test(before)) {
    const clause = BEFORE_CLAUSE.exec(before)?.[1];
    if (clause === undefined || clause.split(/\s+/).length < 3 || DEFERRED.test(before)) return null;
  }
  return m.index + m[0].length;
}

/**
 * Round thirty-four: the frame after a time or deferral of its own ("not now — later what I need from you is a token
 * 3h", "tomorrow, what I need from you is …"): the request is put off, asked about (parse-request.ts), whatever the
 * classifier makes of the request's words.
 */
export function needFrameDeferred(text: string): boolean {
  if (!text.includes(' from ')) return false;
  const m = NEED_FRAME.exec(text);
  if (m === null) return false;
  const before = text.slice(0, m.index);
  return !BEFORE_OPEN.test(before) && DEFERRED.test(before);
}
