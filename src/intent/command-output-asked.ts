import type { HelpTopic } from '../core/request.js';

/**
 * fixcorpus30: what one of the bot's read commands shows, asked ("is list showing also tokens?", "what details
 * shows", "does history include approvals?", "will the list output show owners too?"): a question about the
 * command, which its help answers (`help`, the command's topic), never the command run for a unit named
 * "showing". The command's word opens the question after a question word, and a verb of showing follows it.
 * (fix33c: the command's word in quotes, "what does 'details' show me?", is the same question.)
 * (Round thirty-five: and the slash command written whole, "what does `/bedrock details` show?".)
 * (fix48e: what the command's output holds named, "what info does details show about a key?", "what fields does
 * list show": the same question, decided here, no longer the classifier's lean between details and help.)
 * Read on the prepared text (lowercase).
 */
const COMMAND_OUTPUT =
  /^\W*(?:(?:is|does|do|will|would|can|should)\s+(?:the\s+)?|what\s+(?:(?:info|information|data|fields|columns|stuff|things|exactly)\s+)?(?:(?:does|do|will|would)\s+)?(?:the\s+)?)[`'"‘’“”]?\s*(?:\/?\s*bedrock(?:_bot)?\s+)?(list|details|history|spend)\s*[`'"‘’“”]?\s+(?:command\s+|output\s+|view\s+)?(?:(?:also|too|even|really|actually)\s+)?(?:show|shows|showing|include|includes|including|display|displays|displaying)\b/;

/**
 * lead34: how much of its record the bot keeps ("how many months of history do you keep?", "how much history does the
 * bot store", "how far back does the history go?"): a question about the history command, its help, never a history
 * read. Not a question about one unit's record ("how far back does growth's history go" names no bot and no "the").
 */
const RETENTION_ASKED =
  /^\W*(?:(?:and|so|also|btw|quick\s+q(?:uestion)?)\W+)?how\s+(?:many\s+(?:days|weeks|months|years)\s+(?:of\s+)?(?:the\s+)?(?:history|audit\s+log|logs?|events)\s+(?:do|does|will|can)\s+(?:you|u|the\s+bot|this\s+bot|bedrock_bot|it)\s+(?:keep|store|retain|hold|save|remember)|much\s+(?:of\s+the\s+)?(?:history|audit\s+log|logs?)\s+(?:do|does|will|can)\s+(?:you|u|the\s+bot|this\s+bot|bedrock_bot|it)\s+(?:keep|store|retain|hold|save|remember)|far\s+back\s+(?:does|do|can|will)\s+(?:the\s+)?(?:history|audit\s+log|log)\s+(?:go|reach)|far\s+back\s+(?:do|does|can|will)\s+(?:you|u|the\s+bot|this\s+bot|bedrock_bot)\s+(?:keep|store|remember|go)\b)/;
/**
 * lead34: what a word in one of the bot's outputs means ("what does "not enabled for this account" mean in the models
 * list?", "what does 'expired' mean in the details view?", "what does DISABLED mean in the list output"): the help of the
 * command whose output it is. The word meant is quoted or one word ("what does the ads team mean in the spend report"
 * asks about people).
 */
const MEANING_IN_OUTPUT =
  /\bwhat\s+(?:does|do)\s+(?:["'`‘“][^"'`’”?\n]{1,60}["'`’”]|[a-z0-9_-]+)\s+mean\s+(?:in|on)\s+(?:the\s+|your\s+|its\s+|this\s+)?(models?|details|list|history|spend)\s+(?:list|view|output|page|command|reply|answer|report|table)\b/;

/** The command's topic when the text asks what one of the read commands shows, else null. */
export function commandOutputTopic(text: string): HelpTopic | null {
  const m =
    text.includes('show') || text.includes('includ') || text.includes('display')
      ? COMMAND_OUTPUT.exec(text)
      : null;
  if (m !== null) return (m[1] ?? 'list') as HelpTopic;
  if (text.includes('how') && RETENTION_ASKED.test(text)) return 'history';
  const meaning = text.includes('mean') ? MEANING_IN_OUTPUT.exec(text) : null;
  if (meaning !== null) return (meaning[1] === 'model' ? 'models' : meaning[1]) as HelpTopic;
  return null;
}
