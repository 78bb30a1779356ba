import type { HelpTopic } from '../core/request.js';

/**
 * fixcorpus30: what one of the bot's read commands shows, asked ("is list showing also tokens?", "what details
 * shows", "does history include approvals?", "will the list output show owners too?"): a question about the
 * command, which its help answers (`help`, the command's topic), never the command run for a unit named
 * "showing". The command's word opens the question after a question word, and a verb of showing follows it.
 * (fix33c: the command's word in quotes, "what does 'details' show me?", is the same question.)
 * Read on the prepared text (lowercase).
 */
const COMMAND_OUTPUT =
  /^\W*(?:(?:is|does|do|will|would|can|should)\s+(?:the\s+)?|what\s+(?:(?:does|do|will|would)\s+)?(?:the\s+)?)[`'"‘’“”]?\s*(list|details|history|spend)\s*[`'"‘’“”]?\s+(?:command\s+|output\s+|view\s+)?(?:(?:also|too|even|really|actually)\s+)?(?:show|shows|showing|include|includes|including|display|displays|displaying)\b/;

/** The command's topic when the text asks what one of the read commands shows, else null. */
export function commandOutputTopic(text: string): HelpTopic | null {
  const m =
    text.includes('show') || text.includes('includ') || text.includes('display')
      ? COMMAND_OUTPUT.exec(text)
      : null;
  return m === null ? null : ((m[1] ?? 'list') as HelpTopic);
}
