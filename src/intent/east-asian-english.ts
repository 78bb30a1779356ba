/**
 * fix57 (issue #17, round fifty-seven): the English of Chinese, Korean and Japanese speakers, read by pattern, and the
 * words of their own languages they mix into it.
 *
 * Two parts, each glossing into the English the rest of the parser already reads:
 *  - `rewriteEastAsianEnglish`, run in prepare.ts on the lowercased text beside learner-english.ts: the shapes these
 *    writers give English sentences. The topic first and the verb last ("pcb-vision key issue please", "my unit list
 *    can see?"), a key "of" a team it is to be made for ("make key of display-qa team"), "help to" for "please" (帮忙,
 *    도와주세요: "please help to check which unit is mine"), "stop it" for revoking a leaked key (止めて, 停掉), "change to
 *    new one" for a rotation, a plural left out ("which team have key?"), "is still valid or not" for a key's state,
 *    a correction said "no no, not X, Y", "proceed the revoke for X", "delete everything of X", a participle left bare
 *    after a key, a team or a subject ("team is finish", "key is leak", "I already make token": told, not ordered),
 *    "my unit list", "which unit is mine", and a keyboard's keys. Each only with a word of ours beside it.
 *  - `JAPANESE_CHINESE_MORE` and `KOREAN_MORE`, words the script readers (cjk-words.ts, korean-words.ts) did not know
 *    and these writers mix into English: reissue (再発行, 재발급, 重新生成), replace (更换), check or look up (確認, 查看,
 *    조회해), apply (신청합니다, 요청), half a day (半日, 半天), a colleague's title ("Kim 팀장님"), and the words around a
 *    request (a team or a project, urgency, a leak told, a bill, "received", a closing such as 수고하세요). A message
 *    with any other word of those scripts is still left as written.
 *
 * What these writers say that asks nothing (thanks, "I got it", keyboard or door keys, a shift "rotation", a token
 * made yesterday, a key needed "next week maybe") has none of these shapes, and is read as before.
 */

/** A cheap look before the patterns below: one of the words they need. */
const HINT =
  /\bissue|\bof\b|\bhelp\s+(?:me\s+)?to\b|\bstop\b|new\s+one|which\s+(?:team|unit)s?\s|\bor\s+not\b|\bno\s*,?\s*no\b|can\s+(?:see|check)\s*\?|there\s*\?|\bconfirm\b|keyboard|\b(?:is|are|was|were|been|already)\s+(?:finish|close|leak|expose|expire|delete|create|make|rotate|revoke|cancel|stop|approve|change|issue|remove)\b|\b(?:press|pressed|pressing|hit|push|tap)\s|\bproceed\s|\bmy\s+(?:unit|team)s?\s+list\b|is\s+mine\b|\bcheck\s+(?:please|pls|plz)?\s*[?.!~]*$/;

/** A credential of ours, as prepare.ts has it by now (`api_key`, `access_key`). */
const OURS = String.raw`(?:keys?|tokens?|api_keys?|access_keys?|credentials?)`;

/**
 * The verb last, Japanese and Korean order glossed word by word ("pcb_vision key issue please", "キー再発行お願い" →
 * "key reissue please"): the verb put before its key ("issue … key" asks for one; "key issue" is a problem with it).
 */
const ISSUE_LAST_RE = new RegExp(
  String.raw`(?<![\w-])((?:[\w-]+\s+)?${OURS})\s+(re)?issue(?=\s*(?:please|pls|plz|~|[?.!]|$))`,
  'g',
);
/** "make key of display_qa team": a key made for a team, not the team's key that is there. */
const MADE_KEY_OF_RE =
  /(?<=(?:^|[,.!?]|\b(?:to|please|pls|plz|kindly|can|could|you|i|we|need))\s*)(make|create|generate|issue|apply\s+for|request)\s+((?:a|an|one|new)\s+)*(keys?|api_keys?|access_keys?)\s+of\s+(?!(?:access|long|short|largo|acceso)\b)(?=[\w-])/g;
/** "please help to check", "help me to make key": 帮忙 / 도와주세요 before a verb is "please". */
const HELP_TO_RE =
  /(?<![\w-])(?:please\s+|pls\s+|kindly\s+)?help\s+(?:me\s+)?to\s+(?=(?:check|make|create|generate|rotate|revoke|delete|remove|issue|apply|get|see|show|confirm|change|stop|disable|list|find)\b)/g;
/** "… key is leaked, please stop it": stopping a key (止めて, 停掉, 막아 주세요) is revoking it; only after "please". */
const STOP_IT_RE =
  /\b(please|pls|plz|kindly|help\s+to|quickly|asap)\s+stop\s+(?=(?:it|them|the\s+key|this\s+key|that\s+key|the\s+token)\b)/g;
/** "X key need to change to new one": a rotation. */
const CHANGE_NEW_ONE_RE = new RegExp(
  String.raw`(?<![\w-])(${OURS})\s+(?:need|needs|must|should)\s+(?:to\s+)?(?:be\s+)?change[sd]?\s+to\s+(?:a\s+)?new\s+one\b`,
  'g',
);
/** "which team have key?": the plural left out, asking which teams have keys. */
const WHICH_TEAM_HAVE_RE = /\bwhich\s+(team|unit)s?\s+(?:have|has|got)\s+(?:a\s+|the\s+)?(key|token)s?\b/g;
/** "which unit is mine": which units are mine. */
const WHICH_IS_MINE_RE = /\bwhich\s+(?:team|unit)s?\s+(?:is|are)\s+mine\b/g;
/** "my unit list can see?", topic first: "can i see my unit list?". */
const CAN_SEE_LAST_RE = /^\s*([^,.!?]{3,60}?)\s+can\s+(see|check)\s*\?\s*$/;
/** "Please confirm the key of X is still valid or not": checking a key's state. */
const CONFIRM_RE = new RegExp(
  String.raw`\bconfirm\s+(?:if\s+|whether\s+)?(?=(?:the\s+|my\s+|our\s+)?(?:[\w-]+\s+)?${OURS}\b)`,
  'g',
);
const OR_NOT_RE = /\s+(?:is|are)\s+(still\s+)?(valid|active|alive|working|ok|okay)\s+or\s+not\b/g;
/** "X key check please": the verb last, put first. */
const CHECK_LAST_RE = new RegExp(
  String.raw`^\s*([^,.!?]{0,60}?${OURS})\s+check\s*((?:please|pls|plz)?)\s*([?.!~]*)\s*$`,
);
/** "Claude are there?" (있나요, ありますか): a model asked for by name. */
const MODEL_THERE_RE =
  /\b(claude|llama|mistral|titan|nova|cohere|deepseek|sonnet|haiku|opus)((?:\s+[\d.]+)?)\s+(?:are|is)\s+there\s*\?/g;
/**
 * "rotate key of display_qa, no no, not display_qa, sensor_fw": the correction said with "no no", read as English
 * says it ("sorry, not X but Y").
 */
const NO_NO_NOT_RE = /,?\s*\bno(?:\s*[,.]?\s*no)+\s*[,.!]?\s*not\s+([\w-]+)\s*,\s*(?=[\w-])/g;

/** "Please proceed the revoke for old key of X": carrying out the change named (進行, 진행), the change itself. */
const PROCEED_RE =
  /(?<!\b(?:not|don't|dont|never|no)\s+)\bproceed\s+(?:with\s+)?(?:the\s+)?(revoke|revocation|rotation|rotate|deletion|delete)\s+(?:for|of)\s+(?:the\s+)?/g;
const PROCEEDED: Readonly<Record<string, string>> = {
  revocation: 'revoke',
  rotation: 'rotate',
  deletion: 'delete',
};
/** "my unit list can see?", "show my unit list": my units. */
const MY_UNIT_LIST_RE = /\bmy\s+(?:unit|team)s?\s+list\b/g;

/** "press the F5 key", "hit enter key": a key of a keyboard, pressed, no key of ours. */
const PRESSED_KEY_RE =
  /(?<=(?:^|[,.!?]|\b(?:please|pls|to|and|then|you|i|just))\s*)(press|hit|push|tap)\s+(?:the\s+)?([\w-]+\s+)?keys?\b/g;

/** "delete everything of mes_report": everything for the unit. */
const EVERYTHING_OF_RE =
  /\b(delete|remove|clean|clear|close)\s+(everything|all)\s+of\s+(?!(?:them|it|these|those|my|our)\b)/g;

/**
 * The past participle left bare after "is", "was", "already" ("team is finish", "key is leak", "I already make token
 * yesterday"): put as English has it, so a thing told done or a state reads as told, never as an order.
 */
const BARE_PARTICIPLE_RE =
  /\b((?:keys?|tokens?|team|unit|project|it)\s+(?:is|are|was|were|already)|(?<!\b(?:did|do|does|have|has|will|can|could|should)\s+)(?:i|we|they|he|she)\s+already)\s+(finish|close|leak|expose|expire|delete|create|make|rotate|revoke|cancel|stop|approve|change|issue|remove)\b(?!\s+(?:to|the|a|an|it|this|that|my|our|their|his|her|its|your|all|them|instant|immediate)\b)/g;
const participle = (verb: string): string =>
  verb === 'make' ? 'made' : verb === 'stop' ? 'stopped' : verb.endsWith('e') ? `${verb}d` : `${verb}ed`;

/** "please change new one" (새 걸로 바꿔, 换个新的): a rotation, when a key or token is named. */
const CHANGE_NEW_RE = /\bchange\s+(?:to\s+|with\s+|into\s+)?(?:a\s+)?new\s+one\b/g;
/** "my keyboard Korean key not working": a keyboard's key, no key of ours. */
const KEYBOARD_KEY_RE = /(\bkeyboards?\b[^.?!\n]{0,40}?)\bkeys?\b/g;

/** The text with the shapes above put as the English the rules read; as it is when it has none. */
export function rewriteEastAsianEnglish(s: string): string {
  if (!HINT.test(s)) return s;
  let out = s;
  if (out.includes('issue')) out = out.replace(ISSUE_LAST_RE, '$2issue $1');
  if (out.includes(' of '))
    out = out.replace(MADE_KEY_OF_RE, (_m, verb: string, _a, key: string) => `${verb} ${key} for `);
  if (out.includes('help')) out = out.replace(HELP_TO_RE, 'please ');
  if (out.includes('stop')) out = out.replace(STOP_IT_RE, '$1 revoke ');
  if (out.includes('new one')) out = out.replace(CHANGE_NEW_ONE_RE, '$1 needs to be rotated');
  if (out.includes('which'))
    out = out
      .replace(WHICH_TEAM_HAVE_RE, 'which $1s have $2s')
      .replace(WHICH_IS_MINE_RE, 'which units are mine');
  if (out.includes('can')) out = out.replace(CAN_SEE_LAST_RE, 'can i $2 $1?');
  if (out.includes('confirm')) out = out.replace(CONFIRM_RE, 'check if ');
  if (out.includes('or not')) out = out.replace(OR_NOT_RE, ' is $1$2');
  if (out.includes('check'))
    out = out.replace(
      CHECK_LAST_RE,
      (_m, what: string, please: string, end: string) =>
        `${please === '' ? '' : 'please '}check ${what}${end}`,
    );
  if (out.includes('there')) out = out.replace(MODEL_THERE_RE, '$1$2 available?');
  if (out.includes('proceed'))
    out = out.replace(PROCEED_RE, (_m, verb: string) => `${PROCEEDED[verb] ?? verb} the `);
  if (out.includes('list'))
    out = out.replace(MY_UNIT_LIST_RE, (_m, at: number, whole: string) =>
      // ("my units list kudasai" asks the list: "list my units"; after a verb of seeing it is what is seen.)
      /\b(?:see|check|show|view|get)\s+$/.test(whole.slice(0, at)) ? 'my units' : 'list my units',
    );
  out = out.replace(BARE_PARTICIPLE_RE, (_m, be: string, verb: string) => `${be} ${participle(verb)}`);
  if (out.includes('of')) out = out.replace(EVERYTHING_OF_RE, '$1 $2 for ');
  if (out.includes('new one') && /\b(?:key|token)s?\b/.test(out)) out = out.replace(CHANGE_NEW_RE, 'rotate');
  if (out.includes('keyboard')) out = out.replace(KEYBOARD_KEY_RE, '$1button');
  if (out.includes('key')) out = out.replace(PRESSED_KEY_RE, '$1 the $2button');
  if (out.includes('no')) out = out.replace(NO_NO_NOT_RE, ', sorry, not $1 but ');
  return out;
}

/** Japanese and Chinese words for cjk-words.ts's glossary (spread into its WORDS). */
export const JAPANESE_CHINESE_MORE: Readonly<Record<string, string>> = {
  // (再発行: reissue, a rotation; 確認: check; 查看/查一下: look at; 半日/半天: half a day.)
  再発行: 'rotate',
  重新发放: 'rotate',
  確認: 'check',
  确认: 'check',
  查看: 'show',
  查一下: 'show',
  半日: 'half day',
  半天: 'half day',
  // (更换: replace, a rotation; 麻烦了: thanks for the trouble, no deed told.)
  更换: 'rotate',
  更換: 'rotate',
  麻烦了: 'thanks',
  // (Words of the message around the request: a team, a project or a test, a greeting, urgency, new and old, a leak, a
  // bill, a look-up, an access key written as one word.)
  团队: 'team',
  團隊: 'team',
  项目: 'project',
  項目: 'project',
  大家好: '',
  紧急: 'urgent',
  緊急: 'urgent',
  尽快: 'asap',
  儘快: 'asap',
  泄露: 'leaked',
  泄露了: 'was leaked',
  泄漏了: 'was leaked',
  洩漏了: 'was leaked',
  泄漏: 'leaked',
  洩漏: 'leaked',
  多少钱: 'how much',
  多少錢: 'how much',
  成本: 'cost',
  账单: 'cost',
  帳單: 'cost',
  禁用: 'revoke',
  重新生成: 'rotate',
  查询: 'show',
  查詢: 'show',
  访问密钥: 'access key',
  訪問密鑰: 'access key',
  地区: 'region',
  テスト: 'test',
  プロジェクト: 'project',
  漏洩: 'leaked',
  流出: 'leaked',
  流出しました: 'was leaked',
  漏洩しました: 'was leaked',
  流出した: 'was leaked',
  請求: 'cost',
  使いたい: 'want to use',
  麻煩了: 'thanks',
};

/** Korean words for korean-words.ts's glossary (spread into its WORDS). */
export const KOREAN_MORE: Readonly<Record<string, { en: string; verb?: true }>> = {
  // (재발급: reissue, a rotation; 조회해/확인해: look up, check; 신청합니다/신청해요: I apply for it.)
  재발급: { en: 'rotate', verb: true },
  재발급해: { en: 'rotate', verb: true },
  조회해: { en: 'show', verb: true },
  확인해: { en: 'show', verb: true },
  신청합니다: { en: 'request', verb: true },
  신청해요: { en: 'request', verb: true },
  신청드립니다: { en: 'request', verb: true },
  // (A colleague's title after the name, "Kim 팀장님", "Lee 대리": who the person is, no word the parser needs.)
  팀장님: { en: '' },
  팀장: { en: '' },
  과장님: { en: '' },
  부장님: { en: '' },
  대리님: { en: '' },
  대리: { en: '' },
  매니저님: { en: '' },
  // (오늘: today; 받았습니다/받았어요: I received it, told, no request.)
  오늘: { en: 'today' },
  받았습니다: { en: 'received' },
  받았어요: { en: 'received' },
  // (Words of the message around the request: our, a project or a test, urgency, new and old, a leak, a closing.)
  저희: { en: 'our' },
  프로젝트: { en: 'project' },
  테스트: { en: 'test' },
  급해요: { en: 'urgent' },
  빨리: { en: 'quickly' },
  혹시: { en: '' },
  수고하세요: { en: 'thanks' },
  수고하십시오: { en: 'thanks' },
  새: { en: 'new' },
  기존: { en: 'old' },
  유출: { en: 'leaked' },
  노출: { en: 'leaked' },
  유출됐어요: { en: 'was leaked' },
  유출됐습니다: { en: 'was leaked' },
  노출됐어요: { en: 'was leaked' },
  노출됐습니다: { en: 'was leaked' },
  신청: { en: 'request', verb: true },
  요청: { en: 'request', verb: true },
};
