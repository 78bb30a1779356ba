/**
 * Round sixty (help; tuned-autoparts, -forestry, -steelworks, -styles-latam, -vineyards): how to handle one of our
 * credentials, asked in forms the rules read as nothing or as a unit's details. Keeping a secret safe and a key whose
 * holder is away are the bot's help, topic `general` (README "Help topics": keeping a secret safe; what becomes of a
 * key when its owner leaves):
 *  - whether it is safe to send, share or keep one of ours somewhere: "is it safe to send api key to supplier by
 *    email?", "Azure DevOps variable group for the access key — acceptable place to keep it?";
 *  - the asker going away and what becomes of their own unit's key: "what happens to my team's key when I go on sick
 *    leave, who should hold it?", "y si me voy de vacaciones qué pasa con el key de mi unidad?".
 * A credential of another system ("the Zotero API key") is not ours: the credential's noun must follow an article,
 * a possessive or the verb itself. Read on the lowercased message.
 */

const OUR_CREDENTIAL = String.raw`(?:bedrock\s+)?(?:api[\s_-]?keys?|access[\s_-]?keys?|tokens?|long[\s-]term\s+keys?)`;
/** "is it safe to send api key …", "is it ok to email the access key …", "would it be fine to share our token …". */
const SAFE_TO_HANDLE = new RegExp(
  String.raw`\b(?:is\s+it|would\s+it\s+be|it['’]?s)\s+(?:really\s+|actually\s+)?(?:safe|ok|okay|fine|acceptable|allowed|secure)\s+to\s+(?:send|email|e-mail|mail|share|forward|text|whatsapp|post|paste|keep|store)\s+(?:(?:the|our|my|a|an|this|that)\s+)?${OUR_CREDENTIAL}\b`,
);
/** "… acceptable place to keep it?", "… a safe place for the key?", with one of ours named before. */
const PLACE_FOR_IT = new RegExp(
  String.raw`\b(?:the|our|my|an?)\s+${OUR_CREDENTIAL}\b[^?]{0,60}\b(?:acceptable|ok|okay|fine|safe|good|right|secure)\s+place\s+(?:to\s+(?:keep|store|put|hold)\s+(?:it|them)|for\s+(?:it|them))\s*\?`,
);

/** The asker away: "when I go on sick leave", "while I'm on holiday", "si me voy de vacaciones". */
const ASKER_AWAY =
  /\b(?:when|while|if|once)\s+(?:i|i['’]m|i\s+am)\s+(?:go\s+|going\s+|am\s+|on\s+|away\s+on\s+|off\s+on\s+)?(?:on\s+)?(?:sick\s+leave|parental\s+leave|maternity\s+leave|paternity\s+leave|leave|holiday|holidays|vacation|pto|sabbatical)\b|\b(?:me\s+voy|me\s+vaya|este|esté|estoy)\s+de\s+(?:vacaciones|licencia|baja)\b/;
/** The asker's own unit's key: "my team's key", "our key", "el key de mi unidad", "la clave de nuestra unidad". */
const OWN_UNIT_KEY =
  /\b(?:my|our)\s+(?:team['’]?s\s+|unit['’]?s\s+)?(?:api\s+|access\s+)?keys?\b|\b(?:el|la)\s+(?:key|clave|llave)\s+de\s+(?:mi|nuestra)\s+(?:unidad|equipo)\b/;

/** Whether the message asks how to handle one of our credentials safely, or while its holder is away. */
export function secretHandlingAsked(lowered: string): boolean {
  if (!lowered.includes('?')) return false;
  return (
    SAFE_TO_HANDLE.test(lowered) ||
    PLACE_FOR_IT.test(lowered) ||
    (ASKER_AWAY.test(lowered) && OWN_UNIT_KEY.test(lowered))
  );
}

/** The one kind of key the question names (README "Key kinds": a question naming one kind states it), else null. */
export function kindAskedAbout(lowered: string): 'api-key' | 'access-key' | null {
  const api = /\bapi[\s_-]?keys?\b|\bbearer\s+tokens?\b/.test(lowered);
  const access = /\baccess[\s_-]?keys?\b/.test(lowered);
  if (api === access) return null;
  return api ? 'api-key' : 'access-key';
}
