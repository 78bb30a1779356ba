/**
 * buried27: a key asked for in the message's first clause, then a story of the old one or of its holders told in a
 * clause of its own ("key for whoever owns the fan-help-bot, they lost theirs in the laptop swap", "key for
 * scout-notes? no wait, scout-notes-v2, the old one is being retired"): the story's words ("swap", "retired") are
 * no request; the key is (as token-asked-first.ts reads a token's reason). A leak told there ("the old one leaked",
 * "they posted theirs") makes the new key a rotation (README "Lay names"), which the whole message already reads.
 * Read on the message as typed; parse-request.ts readKeyAskedFirst reads the first clause on its own.
 */

/** The opening ask: "key for …", "a new key for …", "pls new api key for …". */
const KEY_ASKED_FIRST =
  /^\W*(?:(?:hey|hi|hello|ok|okay|so|pls|please|plz)\W+){0,2}(?:(?:a|an|one|new|another|fresh)\s+){0,2}(?:api\s+|bedrock\s+)?key\s+for\s/i;

/** The story clause: the old one or its holders, then anything but a modal or a want ("they will need it"). */
const STORY_CLAUSE =
  /[,;]\s{0,3}(?:the\s+(?:old|previous|current|last|existing)\s+(?:one|key)|they|he|she|theirs|their\s+(?:old\s+)?(?:one|key))\s+(?!(?:will|would|should|shall|can|could|may|might|must|need|needs|want|wants|also|too)\b)[a-z]/i;

/** A leak told (a new key then is a rotation), or the ask taken back. */
const LEAK_TOLD =
  /\b(?:leak\w*|expos\w*|posted|pasted|shared|seen|compromised|committed|screenshot|public|stolen|github|slack|never\s*mind|nvm|scratch|cancel\w*|ignore|don'?t|no\s+need)\b/i;

/** The first clause when the message opens with a key asked for and goes on with such a story, or null. */
export function keyAskedFirst(text: string): string | null {
  if (!/key\s+for\s/i.test(text)) return null;
  if (!KEY_ASKED_FIRST.test(text)) return null;
  const m = STORY_CLAUSE.exec(text);
  if (m === null || LEAK_TOLD.test(text.slice(m.index))) return null;
  return text.slice(0, m.index);
}
