import { PERSON_SUBJECT } from './slack-text.js';

/**
 * A request put to a colleague with the writer's situation as the reason (round seventeen; README
 * "Whom a message is put to"): "<@U…> can you revoke the outage-assistant key? I'm up a pole".
 *
 * Without the bot's user ID a leading mention is taken for the bot's (addressee.ts). What the writer
 * says of why they cannot do it themselves right now (up a pole or a ladder, in the field, at the
 * substation, on site, stuck in a meeting, in surgery, boarding, hands full, no laptop at hand) is
 * told to a person asked to do it for them, not to the bot, which anyone may ask from anywhere. What
 * the bot can help with ("I'm locked out of the console", "my laptop died, new token") is no such
 * reason, and a token (for the asker) or something asked for oneself ("give me …") stays a request.
 */

/**
 * A place that names a unit or a key: "I'm in the lab team", "the workshop group", "the depot key" are
 * who the writer is or what they ask for, not where they are stuck.
 */
const NOT_A_UNIT = String.raw`(?![\s-]+(?:teams?|units?|squads?|groups?|crews?|keys?)\b)`;

/** The writer tied up or away from their tools right now. */
const TIED_UP = new RegExp(
  [
    String.raw`\b(?:i['’]?m|i\s+am)\s+(?:(?:stuck|currently|still|only|just|literally|now|out|all|busy|tied\s+up)\s+)*`,
    // (round twenty-seven: "I'm on a ladder", "under the sink at a customer's", "gloved up", "with a customer".)
    String.raw`(?:(?:up|on)\s+(?:a|the|my)\s+(?:pole|ladder|mast|tower|tree|roof|scaffold(?:ing)?|cherry\s+picker)`,
    String.raw`|under\s+(?:a|the|my)\s+(?:sink|van|car|floor|counter)|(?:gowned|gloved)\s+up|mid[\s-](?:install|job|op|shift)`,
    String.raw`|with\s+(?:a|the)\s+(?:customer|client|patient)|in\s+the\s+(?:loft|attic|crawl\s*space|plant\s+room|control\s+room)`,
    String.raw`|(?:out\s+)?in\s+the\s+field|on[\s-]?site|onsite`,
    String.raw`|at\s+(?:a|the)\s+(?:substation|depot|plant|yard|mine|rig|farm|ward|warehouse|site|customer'?s?\s+site|client'?s?\s+site)`,
    String.raw`|in\s+(?:a\s+|the\s+)?(?:meeting|meetings|surgery|theatre|theater|back-to-backs|workshop|lab|clean\s*room)`,
    // (fix49g, tuned-styles-anglo: at an appointment or on the school run, "while I'm at the dentist", "I'm at the GP's",
    // "I'm on the school run".)
    String.raw`|at\s+(?:the\s+|my\s+|a\s+)?(?:dentist|doctor|doctors|doc|gp|physio|hospital|vet|clinic|optician|orthodontist|hairdresser|barber)(?:['’]?s)?(?:\s+(?:appointment|appt))?`,
    String.raw`|(?:on|doing)\s+the\s+school\s+run|at\s+(?:the\s+)?school\s+(?:pick-?up|gates?)`,
    String.raw`|on\s+(?:a\s+)?(?:site\s+visit|rounds|the\s+ward|the\s+shop\s+floor|the\s+tools|the\s+line|a\s+job|a\s+callout|call-?out)`,
    // (asks29: off or out for the day, on leave: "I'm off all week", "im on leave", "I'm out sick today"; "I'm off
    // to the aviary" is going somewhere, not away from work.)
    String.raw`|off(?:\s+sick)?(?=\s*(?:$|[,.;:!?)—–-]|(?:today|tomorrow|tmrw|tmr|all|this|next|from|until|till|on|rn|now|sick)\b))`,
    String.raw`|out\s+sick|sick\s+today|on\s+(?:annual\s+|parental\s+|sick\s+|medical\s+)?(?:leave|holidays?|vacation|pto)`,
    // (acted30: at or on a place of the trade's for the day, "I'm on the weighbridge all day", "I'm in the chair all
    // day", "I'm at the market till 6".)
    String.raw`|(?:on|at|in)\s+(?:a|the|my)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+(?:all\s+(?:day|morning|afternoon|evening|night|week|shift)|till|until|til)`,
    // (round thirty-one: busy doing the day's work for a stretch, "I'm teaching all afternoon", "I'm coaching the
    // juniors till 4", "I'm presenting all morning".)
    String.raw`|[a-z]+ing\s+(?:(?:the|a|my|our|\w+s)\s+){0,2}(?:all\s+(?:day|morning|afternoon|evening|night|week|shift)|till|until|til)`,
    // (round thirty-five: live on a stream or on air, in a match: "i'm live on stream rn and can't tab out", "I'm on
    // air till 4", "I'm mid-scrim".)
    String.raw`|live\s+on\s+(?:stream|air|camera|cam|twitch|youtube)|live\s+(?:rn|right\s+now|now)|on\s+(?:stream|air)`,
    String.raw`|streaming|mid[\s-](?:stream|match|game|broadcast|scrim)|in\s+(?:a\s+|the\s+)?(?:match|scrim|broadcast)`,
    String.raw`|scrubbed\s+in|driving)\b${NOT_A_UNIT}`,
    String.raw`|\bcan'?t\s+(?:alt[\s-]?)?tab\s+out\b`,
    // (asks29: stuck at or in a place of the trade's own: "I'm stuck at the gate with a school group", "stuck at
    // the loading dock".)
    String.raw`|\bstuck\s+(?:at|in)\s+(?:a|the|my)\s+[a-z][a-z-]*(?![\w-])${NOT_A_UNIT}`,
    // (acted30: "stuck on site till 6", "stuck at the yard all day".)
    String.raw`|\bstuck\s+(?:on|at|in)\s+(?:(?:a|the|my)\s+)?[a-z][a-z-]*\s+(?:all\s+(?:day|morning|afternoon|week|shift)|till|until|til)\b`,
    String.raw`|\bstuck\s+in\s+(?:a\s+|the\s+)?(?:meeting|meetings|traffic|workshop|interview|review)\b${NOT_A_UNIT}`,
    String.raw`|\bin\s+meetings\s+all\s+day|\b(?:boarding|taking\s+off)\s+(?:now|soon|in\b)|\babout\s+to\s+(?:board|take\s+off|go\s+(?:into|in)\b)`,
    String.raw`|\b(?:my\s+)?hands\s+(?:are\s+)?full\b|\b(?:no|without\s+(?:a|my))\s+(?:laptop|signal|wifi|wi-fi|computer|reception)\b`,
    String.raw`|\bcan'?t\s+(?:get\s+to|reach)\s+(?:my\s+)?(?:laptop|computer|desk|machine)\b`,
    // (fixcorpus30: on a boat, a train or a plane, or a bad signal: "I'm on the tender and the signal is terrible",
    // "im on the ferry, signal is patchy", "I'm on a train with bad signal".)
    String.raw`|\b(?:i['’]?m|i\s+am)\s+(?:(?:still|just|currently|now)\s+)?on\s+(?:a|the|my)\s+(?:tender|boat|ship|ferry|train|plane|flight|launch|coach)\b`,
    String.raw`|\b(?:the\s+|my\s+)?(?:signal|reception|connection|wifi|wi-fi)\s+(?:is|'s|’s)\s+(?:(?:really|so|very|pretty)\s+)?(?:terrible|awful|bad|rubbish|patchy|dreadful|dead|gone|non-existent|useless|spotty)\b`,
    String.raw`|\b(?:bad|terrible|awful|patchy|rubbish|spotty|dodgy)\s+(?:signal|reception|connection|wifi|wi-fi)\b`,
  ].join(''),
  'i',
);

/** The one mentioned asked to do it: "can you", "could u", "would you mind", "for me". */
const YOU_ASKED =
  /\b(?:can|could|would|will)\s+(?:you|u|ya)\b|\bwould\s+you\s+mind\b|\bfor\s+me\b|\bable\s+to\b/i;

/**
 * Something asked for the writer, which the bot gives to whoever asks: a token, "give me …", a key
 * created "for me" (while "rotate the grid-ops key for me" is done on the writer's behalf). A token revoked or
 * rotated ("can you revoke the old analyst's token?") is no token for the writer (round thirty-five).
 */
const FOR_THE_WRITER =
  /\b(?<!\b(?:revoke|rotate|kill|cancel|disable|delete|remove)\s+(?:[\w'’-]+\s+){0,3})(?:tokens?|tok|temp(?:orary)?\s+access)\b|\b(?:give|get|send|make|issue)\s+me\b|\bi\s+(?:need|want)\s+(?:a|an|the|my)\b|\b(?:create|make|issue|generate|get|set\s+up|spin\s+up|provision|mint)\s+(?:a|an|one|some|new|the)\b[^.?!\n]{0,40}?\bfor\s+me\b/i;

/** A leading mention, after a greeting at most. */
const LEADING =
  /^\s*(?:(?:hey|hi|hello|hiya|yo|ok|okay|morning|good\s+morning)[\s,!]+)?<@[UW][A-Z0-9]+(?:\|[^>]*)?>/i;

/**
 * Without the bot's ID: a leading mention asked to do something by a writer who says why they cannot
 * do it themselves now ("<@U…> I'm in the field, could you rotate the grid-ops key?"): put to a person.
 */
export function askedOfPersonTiedUp(text: string): boolean {
  if (!LEADING.test(text) || PERSON_SUBJECT.test(text) || !TIED_UP.test(text) || !YOU_ASKED.test(text))
    return false;
  return !FOR_THE_WRITER.test(text);
}
