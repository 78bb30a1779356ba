/**
 * lead34: a request put politely as whether there is a way ("is there any way I could get a token for like 2h? no
 * rush", "is there any chance we could get a key for growth?"): the writer asks for the thing, with its value stated;
 * not a question about how things work (parse-request.ts HOW_THINGS_ARE), which the retrained classifier had made of
 * it. A hypothetical or a limit stays a question ("in theory, is there any way I could get a token for 24h?", "is
 * there any way to get a token longer than 12h?": no asker, or a bound). Works on the prepared text (lowercase,
 * durations as "xxdur").
 */
const ANY_WAY =
  /^\W*(?:(?:hi|hey|hello|sorry|quick\s+q(?:uestion)?)\W+)?(?:is\s+there\s+)?(?:any|a|some)\s+(?:way|chance|possibility)\s+(?:that\s+)?(?:i|we|my\s+team|our\s+team)\s+(?:could|can|might|may)\s+(?:get|have|grab|borrow)\s+(?:an?\s+|one\s+|another\s+|a\s+new\s+|the\s+)?(?:[a-z]+\s+)?(?:tokens?|key|api\s+key|access\s+key|creds?|credentials)\b/;
/** What makes it a question still: a hypothetical, curiosity, a bound, a condition. */
const STILL_A_QUESTION =
  /\b(?:in\s+theory|theoretically|hypothetically|just\s+curious|curious|if\s+(?:i|we|he|she|they)|would\s+that|longer\s+than|more\s+than|over\s+12|max(?:imum)?|limit|at\s+all)\b/;

/** Whether the text asks for a credential as "is there any way I could get …", a value of it stated. */
export function anyWayAsked(text: string, valueStated: boolean): boolean {
  return valueStated && ANY_WAY.test(text) && !STILL_A_QUESTION.test(text);
}
