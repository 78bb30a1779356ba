/**
 * fix49b (tuned-styles-francophone): a step to take before any change of ours, with nothing named to change ("on
 * devrait prévenir la DSI avant de révoquer quoi que ce soit, non ?", "we should tell IT before revoking anything",
 * "check with legal before you rotate anything"): a remark among people on how to go about it, no request. Read on
 * the text as the glossary leaves it ("avant de révoquer" is "avant of revoke" there).
 */
import type { ParseResult } from '../core/request.js';

const BEFORE_ANY_CHANGE =
  /\b(?:before|avant\s+(?:de|of|d['’]))\s+(?:(?:we|you|i|anyone|someone|on|nous|tu|vous)\s+)?(?:revok|rotat|delet|remov|deprovision|disabl|r[ée]voqu|tourn|supprim|d[ée]sactiv|d[ée]provisionn)\w*\s+(?:anything|any\s+(?:of\s+them|keys?)|quoi\s+que\s+ce\s+soit|rien)(?![\w-])/iu;

/** Is the change read here only the one a step is to be taken before, on nothing named? */
export function precautionBeforeAnyChange(text: string, ruled: ParseResult): boolean {
  if (!text.includes('before') && !text.includes('avant')) return false;
  if (ruled.businessUnit !== null || ruled.keyId !== null) return false;
  return BEFORE_ANY_CHANGE.test(text);
}
