/**
 * "what's registered with the bot?", "what is onboarded on bedrock?", "who's signed up with you?": what
 * the bot holds, asked as a whole, is the list of units (README: `list` lists the units and states no
 * unit); "what's registered with the loyalty program?" names another system.
 */
const REGISTERED_WITH_US =
  /^\W*(?:(?:so|ok|okay|hey|hi|quick\s+q|btw)[\s,:]+)?(?:what|which|who)(?:'s|s|\s+is|\s+are|\s+have\s+we|\s+has\s+been|\s+have\s+been)?\s+(?:(?:all|currently|already|actually|even)\s+)?(?:registered|onboarded|set\s+up|signed\s+up|enrolled)\s+(?:with|on|in|at)\s+(?:the\s+|this\s+)?(?:bot|bedrock|you)\b(?![-_'])/;

/** Does the message open by asking what is registered with the bot? */
export function asksWhatIsRegistered(text: string): boolean {
  return (
    (text.includes('register') ||
      text.includes('onboard') ||
      text.includes(' up ') ||
      text.includes('enrol')) &&
    REGISTERED_WITH_US.test(text)
  );
}
