/**
 * A joke's value taken back by a number after "joking"/"kidding"/"jk": "expiring in 100000 days lol
 * (joking, 90)", "token for 99h jk 2h". The number is the value meant, as after "no wait" (README
 * "Corrections": the value stated last wins; a bare number takes the unit of the one it replaces), so
 * the marker is read as "no wait". Only when a number follows right after it: "rotate payments? no,
 * kidding" and "just kidding, keep it" take the request back as before (withdrawal.ts).
 */
const JOKE_THEN_NUMBER = /\b(?:just[ \t]+)?(?:joking|kidding|jk)\b([ \t]*(?:[,:;-][ \t]*)?)(?=\d)/g;

/** The lowercase text with "joking, 90" read as "no wait, 90". */
export function withJokeTakenBack(lower: string): string {
  return lower.includes('jok') || lower.includes('kidding') || lower.includes('jk')
    ? lower.replace(JOKE_THEN_NUMBER, 'no wait$1')
    : lower;
}
