/**
 * One's own token leaked, asked what to do (round twenty-two): "I think I leaked my token in a screen share
 * during the board meeting livestream?? what do I do", "my token showed up in the webinar recording, what
 * should I do?". A person's own short-lived token is theirs, not a unit's key: there is nothing to rotate
 * (round twenty-one's leak-reported.ts reads a unit's key leaked as a rotation); the question is for help
 * (README: `help`, topic `general`). Both must be said: the asker's own token leaked (leaked, exposed,
 * pasted, shown …) and what to do asked ("what do I do", "what now", "what should I do"); "I leaked the
 * exam answers …" names no token, "Dave leaked his token" is Dave's. Word tests first.
 */
const OWN_LEAK =
  /^\W{0,3}(?:(?:oops|oh\s+no|ugh|uh\s+oh|help)[ \t,.!]+)?(?:just[ \t]+)?(?:leaked|exposed|pasted|posted|flashed)[ \t]+my[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+)?token\b|\b(?:i|i've|ive|i\s+have|i\s+may\s+have|i\s+might\s+have|i\s+think\s+i|i\s+just|i\s+accidentally|i\s+accidently|accidentally|just|think\s+i|may\s+have|might\s+have)[ \t]+(?:just[ \t]+|accidentally[ \t]+|accidently[ \t]+)?(?:leaked|exposed|pasted|posted|shared|showed|shown|flashed|committed|pushed|screenshared)[ \t]+my[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+|short[- ]lived[ \t]+|session[ \t]+|aws[ \t]+)?token\b|\bmy[ \t]+(?:bedrock[ \t]+|temp[ \t]+|temporary[ \t]+|short[- ]lived[ \t]+|session[ \t]+)?token[ \t]+(?:(?:was|got|has[ \t]+been|is|might[ \t]+have|may[ \t]+have|just)[ \t]+){0,2}(?:leaked|exposed|visible|shown|showed[ \t]+up|ended[ \t]+up|posted|pasted)\b/;
const WHAT_TO_DO =
  /\bwhat[ \t]+(?:do|should|shall|must|can)[ \t]+(?:i|we)[ \t]+do\b|\bwhat[ \t]+now\b|\bwhat[ \t]+(?:do|should)[ \t]+(?:i|we)[ \t]+do[ \t]+now\b|\bwhat'?s[ \t]+the[ \t]+(?:procedure|process|drill)\b|\bhow[ \t]+bad[ \t]+is[ \t]+(?:this|that|it)\b/;

/** Whether the lowercased message tells the asker's own token leaked and asks what to do. */
export const ownTokenLeaked = (lowered: string): boolean =>
  lowered.includes('token') && lowered.includes('my') && OWN_LEAK.test(lowered) && WHAT_TO_DO.test(lowered);
