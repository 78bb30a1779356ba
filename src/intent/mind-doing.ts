/**
 * "mind rotating the key for ocr-v3 when you can?", "do you mind showing the history for growth?", "would u mind
 * revoking the ads key": English's polite request by "(would/do you) mind" and the verb in -ing, read as the command
 * itself ("please rotate …"), as "would you …" is (fix53f, the English styles: the short form without "would you"
 * read as nothing asked). Only our verbs, and not after a negation or a subject that is not the one asked ("I don't
 * mind rotating it", "they wouldn't mind revoking it", "never mind rotating" take nothing back or ask nothing).
 */
const VERB_OF: Record<string, string> = {
  rotating: 'rotate',
  revoking: 'revoke',
  creating: 'create',
  making: 'make',
  issuing: 'issue',
  generating: 'generate',
  giving: 'give',
  getting: 'get',
  showing: 'show',
  listing: 'list',
  pulling: 'pull',
  checking: 'check',
  deprovisioning: 'deprovision',
  offboarding: 'offboard',
  renewing: 'renew',
  resetting: 'reset',
  removing: 'remove',
  deleting: 'delete',
  disabling: 'disable',
};

const MIND_DOING = new RegExp(
  String.raw`(^|[.!?;,:\n(]\s*|\b(?:hey|hi|pls|please|plz|bot|so|also|and|ok|okay)[,\s]+|\b(?:would|do|will|could)\s+(?:you|u|ya)\s+)mind\s+(${Object.keys(VERB_OF).join('|')})(?![\w-])`,
  'g',
);

/** The text with "(would you) mind V-ing" asked as "please V" (returned as it is when there is none). */
export function rewriteMindDoing(s: string): string {
  if (!s.includes('mind')) return s;
  return s.replace(MIND_DOING, (all, lead: string, verb: string, at: number) => {
    // ("never mind rotating it", "I don't mind rotating it": no request.)
    if (
      /\b(?:never|don'?t|do\s+not|didn'?t|wouldn'?t|won'?t|not)\s*$/.test(s.slice(Math.max(0, at - 12), at))
    )
      return all;
    // ("would you mind rotating …" is read as "would you …" already, and left as the classifier learnt it.)
    if (/\b(?:would|could|will)\s+(?:you|u|ya)\s+$/.test(lead)) return all;
    const asked = /\bdo\s+(?:you|u|ya)\s+$/.test(lead) ? '' : lead;
    return `${asked}please ${VERB_OF[verb] ?? verb}`;
  });
}
