/**
 * "what's registered with the bot?", "what is onboarded on bedrock?", "who's signed up with you?": what
 * the bot holds, asked as a whole, is the list of units (README: `list` lists the units and states no
 * unit); "what's registered with the loyalty program?" names another system.
 */
const REGISTERED_WITH_US =
  /^\W*(?:(?:so|ok|okay|hey|hi|quick\s+q|btw)[\s,:]+)?(?:what|which|who)(?:'s|s|\s+is|\s+are|\s+have\s+we|\s+has\s+been|\s+have\s+been)?\s+(?:(?:all|currently|already|actually|even)\s+)?(?:registered|onboarded|set\s+up|signed\s+up|enrolled)\s+(?:with|on|in|at)\s+(?:the\s+|this\s+)?(?:bot|bedrock|you)\b(?![-_'])/;

/**
 * What may follow the bot word for the question to ask about the whole: the end, a sentence's end, or a
 * short reason ("…, need it for the audit", "… so I can check"), perhaps after a word of time ("… currently?"). Anything else narrows it ("… for kyc,
 * and who owns it?", "… under growth?"): the question is then about what follows, not the list.
 */
const WHOLE_ASKED =
  /^\s*(?:(?:currently|right\s+now|now|today|at\s+(?:the\s+moment|present)|atm|so\s+far|already|in\s+total|altogether)\s*)?(?:[?.!]|$|[,;:—–-]\s*(?:so|because|since|cause|cos|as|need|needed|i\s+need|we\s+need|for\s+(?:the|an?|our|my)\s+(?:audit|review|report|records?|list|inventory|board)\b))/;

/** Does the message open by asking what is registered with the bot, as a whole? */
export function asksWhatIsRegistered(text: string): boolean {
  if (
    !(
      text.includes('register') ||
      text.includes('onboard') ||
      text.includes(' up ') ||
      text.includes('enrol')
    )
  )
    return false;
  const m = REGISTERED_WITH_US.exec(text);
  return m !== null && WHOLE_ASKED.test(text.slice(m.index + m[0].length));
}

/**
 * fix40b, tuned-casino: what the bot holds under the asker's own name, asked ("what's registered under me?", "what
 * is set up in my name?", "anything onboarded under my name?"): the asker's own units, a list whose owner is `me`.
 * Only the whole question (a short reason may follow): "what's registered under me in the CRM?" names another system.
 */
const REGISTERED_UNDER_ME =
  /^\W*(?:(?:so|ok|okay|hey|hi|quick\s+q|btw)[\s,:]+)?(?:what|which|anything|is\s+anything|is\s+there\s+anything)(?:'s|s|\s+is|\s+are|\s+have\s+i\s+got|\s+do\s+i\s+have)?\s+(?:(?:currently|already|actually|still)\s+)?(?:registered|onboarded|set\s*up|signed\s+up|enrolled|on\s+file|on\s+record)\s+(?:under|to|in|for)\s+(?:me|my\s+name|my\s+account)\b/;

/** Does the message ask what is registered under the asker's own name, as a whole? */
export function asksRegisteredUnderMe(text: string): boolean {
  if (!text.includes(' me') && !text.includes(' my')) return false;
  const m = REGISTERED_UNDER_ME.exec(text);
  return m !== null && WHOLE_ASKED.test(text.slice(m.index + m[0].length));
}
