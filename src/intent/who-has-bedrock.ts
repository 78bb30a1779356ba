/**
 * Who at a named organisation has Bedrock, asked first (round twenty-two): "who in Veltrisa has Bedrock
 * already? want to know before I write the AI use section …", "who at Veltrax has bedrock already? our
 * plant in Puebla wants to know who to talk to", "who in the district has Bedrock already? …". The units
 * are who has it, which the list shows (README: `list`, no unit). Round twenty-one's rules.ts
 * WHO_IN_ORG_HAS read it with "the/our" and a fixed set of nouns only, and none when a sentence followed;
 * here the organisation is any one or two words (a company's name, "the district", "our plant") and what
 * follows the question is its story. Read on the lowercased message from its start (after a mention or a
 * greeting): "Dave, who at Acme has bedrock?" is put to Dave, "who in the county has a bedrock foundation"
 * is geology (the object must be Bedrock itself, only time words after it). (fix22b: rules.ts reads the
 * request with this reader too; its own narrower WHO_IN_ORG_HAS is gone, one reader for one intent.)
 */
const WHO_HAS =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:hi|hey|hello|quick\s+q(?:uestion)?)[ \t,:!-]+)?who[ \t]+(?:else[ \t]+)?(?:(?:in|at|across|within)[ \t]+(?:the[ \t]+|our[ \t]+|this[ \t]+)?[a-z][\w&.-]*(?:[ \t]+[a-z][\w&.-]*)?[ \t]+|here[ \t]+)(?:already[ \t]+|currently[ \t]+)?(?:has|have|got|is[ \t]+on|are[ \t]+on|uses|is[ \t]+using|are[ \t]+using)[ \t]+(?:access[ \t]+to[ \t]+)?(?:the[ \t]+)?bedrock(?:[ \t]+(?:already|yet|access|now|currently|too|today|right[ \t]+now|at[ \t]+the[ \t]+moment|as[ \t]+well)){0,3}[ \t]*(?:[?.!]|$)/;

/**
 * requests24: "which depts have bedrock set up? want to know before I ask for ours", "what teams already use
 * bedrock?": which groups of the organisation have it, the same question asked of its parts (the object is
 * Bedrock itself, set up or not: "which depts have a coffee machine set up?" asks nothing of ours).
 */
const WHICH_HAVE =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:hi|hey|hello|quick\s+q(?:uestion)?)[ \t,:!-]+)?(?:which|what)[ \t]+(?:other[ \t]+)?(?:depts?|departments?|teams?|units?|groups?|business[ \t]+units?|bus|squads?|divisions?)[ \t]+(?:already[ \t]+|currently[ \t]+)?(?:have|has|got|use|are[ \t]+on|are[ \t]+using)[ \t]+(?:access[ \t]+to[ \t]+)?(?:the[ \t]+)?bedrock(?:[ \t]+(?:set[ \t]+up|setup|set_up|already|yet|access|now|currently|too|today|right[ \t]+now|at[ \t]+the[ \t]+moment|as[ \t]+well)){0,3}[ \t]*(?:[?.!]|$)/;

/** Whether the lowercased message opens by asking who in an organisation (or which of its parts) has Bedrock. */
export const whoHasBedrock = (lowered: string): boolean =>
  lowered.includes('bedrock') &&
  ((lowered.includes('who') && WHO_HAS.test(lowered)) ||
    ((lowered.includes('which') || lowered.includes('what')) && WHICH_HAVE.test(lowered)));
