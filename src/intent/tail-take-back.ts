/**
 * A request taken back by a tag at its very end that the joke readers (not-live-request.ts) do not know
 * (review E of round twenty-one, fix21e): sarcasm ("rotate the payments key /s", "…, said no one ever",
 * "… is what I'd say if I were brave"), a bracketed take-back ("revoke the growth key (wait, no)",
 * "(not really, just testing the preview)"), putting it off with no time ("token for 2h? maybe later",
 * "tear down hack-week... eventually"), or the writer doing it himself after a turn ("… oh wait, it's my
 * side project, I'll do it myself"). Only at the end: "rotate it now, eventually we'll automate this"
 * and "token 2h lol" keep the request. A cheap word test first, then one pattern anchored at the end.
 */

const TAIL_WORDS = /\/s|wait|really|said|say|maybe|eventually|myself|day|don|do not|test/;

/** Each alternative ends at the text's end (trailing marks allowed); none repeats a class inside another. */
const TAIL_TAKE_BACK = new RegExp(
  '(?:' +
    [
      // "/s" as a tag of its own
      String.raw`(?:^|[ \t])\/s`,
      // "(wait, no)", "(not really, just testing …)", "(jk)", "(kidding)"
      String.raw`\([ \t]*(?:wait[ \t,.!]{0,4}no(?:pe)?|no[ \t,.!]{0,4}wait|not[ \t]+really)\b[^()\n]{0,80}\)`,
      // fix53e: "(just testing the syntax, don't actually)", "(don't do it, only checking)", "(testing the bot, pls
      // ignore)": the writer says in brackets it is not to be carried out (not "(don't touch the prod one)", a scope)
      String.raw`\([^()\n]{0,60}?\b(?:don(?:'|’)?t|do[ \t]+not)[ \t]+(?:actually|really|do[ \t]+(?:it|this|that)|run[ \t]+(?:it|this|that)|send[ \t]+(?:it|this|that)|act(?:[ \t]+on[ \t]+(?:it|this|that))?)\b[^()\n]{0,40}\)`,
      String.raw`\([ \t]*(?:just[ \t]+|only[ \t]+)?testing[ \t]+(?:the[ \t]+|this[ \t]+)?(?:syntax|format|bot|command|wording|preview|parser)\b[^()\n]{0,40}\)`,
      // fix53e: "… — wait, that's the wrong team, stop", "… wait wrong channel, cancel that": stopped after a turn
      String.raw`\bwait\b[^\n]{0,60}?[,.;!—–-][ \t]*(?:stop|abort|cancel(?:[ \t]+(?:that|it|this))?|don(?:'|’)?t(?:[ \t]+do[ \t]+(?:it|that))?|hold[ \t]+(?:on|off))`,
      // "said no one ever", "said nobody ever"
      String.raw`\bsaid[ \t]+(?:no[ \t]?one|nobody|noone)(?:[ \t]+ever)?`,
      // "… is what I'd say if I were brave"
      String.raw`\bis[ \t]+what[ \t]+i(?:'|’|[ \t]+wou)?(?:d|ld)[ \t]+say\b[^\n]{0,80}`,
      // "? maybe later", "? maybe tomorrow", "? maybe next week"
      String.raw`\?[ \t]*maybe[ \t]+(?:later|tomorrow|someday|some[ \t]+day|one[ \t]+day|next[ \t]+(?:week|month|sprint|quarter|year|time))`,
      // "a key for growth would be nice one day": a wish for some day
      String.raw`\bwould[ \t]+be[ \t]+(?:nice|cool|great)[ \t]+(?:one[ \t]+day|some[ \t]?day|eventually)`,
      // "... eventually", ", eventually", "- eventually"
      String.raw`(?:\.{2,}|…|[.,;—–-])[ \t]*eventually`,
      // "… oh wait, it's my side project, I'll do it myself"
      String.raw`\b(?:i(?:'|’)?ll|i[ \t]+will|i(?:'|’)?m[ \t]+going[ \t]+to|gonna)[ \t]+(?:just[ \t]+)?(?:do|handle|sort|fix|rotate|revoke)[ \t]+(?:it|that|this|them)[ \t]+myself`,
    ]
      .map((a) => `(?:${a})`)
      .join('|') +
    String.raw`)[ \t.!]*$`,
);

/** "oh wait", "actually", "nvm": the turn before "I'll do it myself" that makes it a take-back. */
const TURN_BEFORE = /\b(?:wait|actually|nvm|never[ \t]+mind|nah|no)\b/;

/** Whether the text's end takes back the request before it (lowercase text). */
export function tailTakesBack(lower: string): boolean {
  if (!TAIL_WORDS.test(lower)) return false;
  const text = lower.trimEnd();
  const m = TAIL_TAKE_BACK.exec(text);
  if (m === null) return false;
  const before = text.slice(0, m.index);
  // Something asked before the tag ("/s" alone is a reply, not a request taken back).
  if (!/[a-z]{3}/.test(before.replace(/<[@#!][^>]{0,80}>/g, ''))) return false;
  // A value or a "but" inside the brackets corrects the request: "(not really, but make it 90 days)".
  if (m[0].startsWith('(') && (/\d/.test(m[0]) || /\bbut\b/.test(m[0]))) return false;
  // "… I'll do it myself" takes the request back only after a turn ("oh wait, it's mine, …").
  if (m[0].includes('myself')) return TURN_BEFORE.test(before);
  return true;
}
