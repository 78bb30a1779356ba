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

/** Where the request after a need frame starts, or null when the text has no such frame. */
export function needFrameEnd(text: string): number | null {
  if (!text.includes(' from ')) return null;
  const m = NEED_FRAME.exec(text);
  return m === null ? null : m.index + m[0].length;
}
