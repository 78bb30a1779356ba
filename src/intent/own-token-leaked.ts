/**
 * One's own token leaked, asked what to do (round twenty-two): "I think I leaked my token in a screen share
 * during the board meeting livestream?? what do I do", "my token showed up in the webinar recording, what
 * should I do?". A person's own short-lived token is theirs, not a unit's key: there is nothing to rotate
 * (round twenty-one's leak-reported.ts reads a unit's key leaked as a rotation); the question is for help
 * (README: `help`, topic `general`). Both must be said: the asker's own token leaked (leaked, exposed,
 * pasted, shown …) and what to do asked ("what do I do", "what now", "what should I do"); "I leaked the
 * exam answers …" names no token, "Dave leaked his token" is Dave's. Word tests first.
 * (fix59-help: the token inside what was pushed, "pushed a commit w my token in .env to the public repo, now what", and
 * what to do asked as whether anything must be done, "my token ended up in #ops, do I need to do something?".)
 */
const OWN_LEAK =
  /^\W{0,3}(?:(?:oops|oh\s+no|ugh|uh\s+oh|help)[ \t,.!]+)?(?:just[ \t]+)?(?:leaked|exposed|pasted|posted|flashed)[ \t]+my[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+)?tok(?:en)?\b|\b(?:i|i've|ive|i\s+have|i\s+may\s+have|i\s+might\s+have|i\s+think\s+i|i\s+just|i\s+accidentally|i\s+accidently|accidentally|just|think\s+i|may\s+have|might\s+have)[ \t]+(?:just[ \t]+|accidentally[ \t]+|accidently[ \t]+)?(?:leaked|exposed|pasted|posted|shared|showed|shown|flashed|committed|pushed|screenshared)[ \t]+my[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+|short[- ]lived[ \t]+|session[ \t]+|aws[ \t]+)?tok(?:en)?\b|\bmy[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+|short[- ]lived[ \t]+|session[ \t]+)?token[ \t]+(?:(?:was|got|has[ \t]+been|is|might[ \t]+have|may[ \t]+have|just)[ \t]+){0,2}(?:leaked|exposed|visible|shown|showed[ \t]+up|ended[ \t]+up|posted|pasted)\b|\b(?:pushed|committed|pasted|posted|uploaded|shared)[ \t]+(?:a[ \t]+|the[ \t]+|an[ \t]+)?(?:commit|file|screenshot|config|snippet|notebook|log|gist|diff|branch)[ \t]+(?:w\/?|with|containing|that[ \t]+had|incl(?:uding)?)[ \t]+my[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+)?tok(?:en)?\b/;
const WHAT_TO_DO =
  /\bwhat[ \t]+(?:do|should|shall|must|can)[ \t]+(?:i|we)[ \t]+do\b|\bwhat[ \t]+now\b|\bnow[ \t]+what\b|\bwhat[ \t]+(?:do|should)[ \t]+(?:i|we)[ \t]+do[ \t]+now\b|\bwhat'?s[ \t]+the[ \t]+(?:procedure|process|drill)\b|\bhow[ \t]+bad[ \t]+is[ \t]+(?:this|that|it)\b|\bdo[ \t]+(?:i|we)[ \t]+(?:need|have)[ \t]+to[ \t]+do[ \t]+(?:something|anything)\b/;

/** Whether the lowercased message tells the asker's own token leaked and asks what to do. */
export const ownTokenLeaked = (lowered: string): boolean =>
  lowered.includes('token') && lowered.includes('my') && OWN_LEAK.test(lowered) && WHAT_TO_DO.test(lowered);

/**
 * dev26a: the leaked token's end asked for after it ("i pushed my tok to github by mistake, pls kill it", "I pasted
 * my token in #general by accident — revoke it please"): a revoke of it, not what to do asked. Not when it is
 * asked whether to ("should I revoke it?", "do I need to kill it?") or how ("how do I revoke it").
 */
const END_IT =
  /\b(?:kill|revoke|disable|deactivate|invalidate|nuke|delete|cancel)[ \t]+(?:it|that|this|the[ \t]+token|the[ \t]+tok)\b/;
const WHETHER_TO =
  /\b(?:should|shall|must|do|does|would|how)[ \t]+(?:i|we)[ \t]+(?:(?:need|have|want)[ \t]+to[ \t]+|just[ \t]+|also[ \t]+)?(?:kill|revoke|disable|deactivate|invalidate|nuke|delete|cancel)\b|\bhow[ \t]+(?:to|do|can)\b/;

/** Whether the lowercased message tells the asker's own token leaked and asks for it to be ended. */
export const ownTokenLeakedEnd = (lowered: string): boolean =>
  lowered.includes('tok') &&
  lowered.includes('my') &&
  OWN_LEAK.test(lowered) &&
  END_IT.test(lowered) &&
  !WHETHER_TO.test(lowered) &&
  !WHAT_TO_DO.test(lowered);
