/**
 * A request written in Korean (fix35c, tuned-dating): "토큰 1시간짜리 하나 부탁드려요", "match-ranker 키 교체해 주세요",
 * "prompt-ideas 변경 이력 보여줘", "이번 달 prompt-ideas 비용 얼마예요?", "kr-growth 유닛 전체 삭제해 주세요".
 *
 * The parser reads English; a message mostly in Hangul is kept from being acted on by parse-request.ts's guard and so
 * read as nothing. This reads such a message into English words, as cjk-words.ts does for Japanese and Chinese, only
 * when every Korean word of it is one it knows (our words, politeness, particles, a number of hours or days): a
 * message with any other word ("푸시 토큰 갱신 로직 PR 올렸어요, 리뷰 부탁드려요", "토큰 이제 필요 없어요", "오늘 회식
 * 7시에 강남역이에요") is left as written. Korean puts the verb last ("X 키 교체해 주세요": X's key rotate please);
 * the verbs that end a clause are brought to its front ("please rotate X key"), as English has them. A refusal, a
 * plan or a story in Korean has words this does not know, so it is never read as a request here.
 */

import { KOREAN_MORE } from './east-asian-english.js';
import { MONTH_NAMES } from '../core/calendar.js';
import { koreanPastIsReason, koreanTailChanges } from './reason-tail.js';
import { tidyEnglish } from './tidy-english.js';

/** Any Hangul syllable or letter: a cheap look before anything else. */
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;

/** Korean numerals before an hour ("한 시간", "두 시간"). */
const NATIVE_NUMBERS: Record<string, string> = { 한: '1', 두: '2', 세: '3', 네: '4', 다섯: '5', 여섯: '6' };
const UNIT: Record<string, string> = {
  시간: 'hours',
  분: 'minutes',
  일: 'days',
  년: 'years',
  주: 'weeks',
  주일: 'weeks',
  개월: 'months',
};
/**
 * A count of hours, minutes or days, with what may be glued after it: "1시간짜리", "90분만", "30일", "두 시간".
 * (fix47h, tuned-styles-cjk: half an hour more after hours, "두 시간 반" two and a half hours; a count said as the
 * answer, "2시간이요", "3시간이에요"; "48시간 짜리" with its "짜리" written apart.)
 */
const COUNT_RE =
  /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?|한|두|세|네|다섯|여섯)\s*(시간|분|일|주일|주|개월|년)(\s*반)?(?:\s*짜리|만|동안|으로|로|까지|간|이면|면|이요|이에요|요)*(?![\p{L}])/gu;

/**
 * Words → English. `verb` marks the words that end a clause in Korean and open it in English. An empty gloss is a
 * particle or a greeting the parser needs no word for.
 */
const WORDS: Record<string, { en: string; verb?: true }> = {
  // ours
  토큰: { en: 'token' },
  키: { en: 'key' },
  액세스: { en: 'access' },
  유닛: { en: 'unit' },
  목록: { en: 'list' },
  모델: { en: 'models' },
  리전: { en: 'region' },
  비용: { en: 'cost' },
  이력: { en: 'history' },
  변경: { en: 'change' },
  정보: { en: 'info' },
  리뷰: { en: 'review' },
  상세: { en: 'details' },
  전체: { en: 'whole' },
  모든: { en: 'all' },
  하나: { en: 'a' },
  최대: { en: 'at most' },
  몇: { en: 'how many' },
  시간: { en: 'hours' },
  얼마: { en: 'how much' },
  뭐: { en: 'what' },
  어떤: { en: 'which' },
  어떻게: { en: 'how' },
  즉시: { en: 'now' },
  지금: { en: 'now' },
  바로: { en: 'now' },
  이번: { en: 'this' },
  지난: { en: 'last' },
  달: { en: 'month' },
  지난달: { en: 'last month' },
  내: { en: 'my' },
  내가: { en: 'my' },
  제: { en: 'my' },
  사용: { en: '' },
  가능한: { en: 'available' },
  // places (an AWS Region's city)
  서울: { en: 'seoul' },
  도쿄: { en: 'tokyo' },
  싱가포르: { en: 'singapore' },
  시드니: { en: 'sydney' },
  뭄바이: { en: 'mumbai' },
  프랑크푸르트: { en: 'frankfurt' },
  // (fix41h: the other Regions' cities and countries. Not "인도" (India, also a sidewalk and a handing over) nor
  // "오클랜드" (Auckland, also Oakland).)
  독일: { en: 'germany' },
  런던: { en: 'london' },
  영국: { en: 'united kingdom' },
  파리: { en: 'paris' },
  프랑스: { en: 'france' },
  더블린: { en: 'dublin' },
  아일랜드: { en: 'ireland' },
  스톡홀름: { en: 'stockholm' },
  스웨덴: { en: 'sweden' },
  취리히: { en: 'zurich' },
  스위스: { en: 'switzerland' },
  밀라노: { en: 'milan' },
  이탈리아: { en: 'italy' },
  스페인: { en: 'spain' },
  일본: { en: 'japan' },
  한국: { en: 'korea' },
  오사카: { en: 'osaka' },
  하이데라바드: { en: 'hyderabad' },
  싱가폴: { en: 'singapore' },
  호주: { en: 'australia' },
  오스트레일리아: { en: 'australia' },
  멜버른: { en: 'melbourne' },
  멜번: { en: 'melbourne' },
  자카르타: { en: 'jakarta' },
  인도네시아: { en: 'indonesia' },
  말레이시아: { en: 'malaysia' },
  쿠알라룸푸르: { en: 'kuala lumpur' },
  뉴질랜드: { en: 'new zealand' },
  방콕: { en: 'bangkok' },
  태국: { en: 'thailand' },
  홍콩: { en: 'hong kong' },
  타이베이: { en: 'taipei' },
  대만: { en: 'taiwan' },
  캐나다: { en: 'canada' },
  몬트리올: { en: 'montreal' },
  캘거리: { en: 'calgary' },
  텔아비브: { en: 'tel aviv' },
  이스라엘: { en: 'israel' },
  두바이: { en: 'dubai' },
  아랍에미리트: { en: 'uae' },
  바레인: { en: 'bahrain' },
  사우디아라비아: { en: 'saudi arabia' },
  사우디: { en: 'saudi' },
  리야드: { en: 'riyadh' },
  멕시코: { en: 'mexico' },
  상파울루: { en: 'sao paulo' },
  브라질: { en: 'brazil' },
  칠레: { en: 'chile' },
  산티아고: { en: 'santiago' },
  베이징: { en: 'beijing' },
  북경: { en: 'beijing' },
  닝샤: { en: 'ningxia' },
  버지니아: { en: 'virginia' },
  오하이오: { en: 'ohio' },
  캘리포니아: { en: 'california' },
  샌프란시스코: { en: 'san francisco' },
  오리건: { en: 'oregon' },
  오레곤: { en: 'oregon' },
  케이프타운: { en: 'cape town' },
  남아공: { en: 'south africa' },
  남아프리카공화국: { en: 'south africa' },
  // (fix36b, tuned-shipyard: "토큰 좀 주세요" (a token, please: "좀" softens the asking), "기술팀 X 용 API 키 발급
  // 부탁드립니다" (the tech team's API key for X, issued please), "v2로 이전 완료" (moved to v2, done: the phrase only, review36), "토큰 최대 몇
  // 시간까지 돼요?" (how many hours at most can a token be?).)
  좀: { en: '' },
  용: { en: 'for' },
  기술팀: { en: 'tech team' },
  완료: { en: 'done' },
  돼요: { en: 'possible' },
  되나요: { en: 'possible' },
  가능해요: { en: 'possible' },
  가능한가요: { en: 'possible' },
  // fix38f, tuned-styles-eastwest: Korean words for our things the reader lacked: expiry and its period, the owner,
  // long-term, details, "in" (에서 standing alone), Meta, recent, all of them, a difference, approval, how long, this
  // bot, need, enough; the correction "아 아니다" (ah no); the verbs rotate (로테이트), cancel (취소) and clean up a
  // whole unit (통째로 정리).
  만료: { en: 'expiry' },
  기간: { en: 'valid for' },
  담당자: { en: 'owner' },
  입니다: { en: '' },
  장기: { en: 'long-term' },
  상세정보: { en: 'details' },
  에서: { en: 'in' },
  메타: { en: 'meta' },
  게: { en: '' },
  최근: { en: 'last' },
  동안: { en: '' },
  전부: { en: 'all' },
  이랑: { en: 'and' },
  차이: { en: 'difference' },
  뭐예요: { en: 'what is' },
  승인: { en: 'approval' },
  보통: { en: 'usually' },
  얼마나: { en: 'how long' },
  걸려요: { en: 'does it take' },
  며칠: { en: 'how many days' },
  이: { en: 'this' },
  봇: { en: 'bot' },
  받은: { en: 'received' },
  써요: { en: 'use' },
  필요해요: { en: 'need' },
  충분해요: { en: 'is enough' },
  나왔나요: { en: '' },
  나왔어요: { en: '' },
  아: { en: '' },
  아니다: { en: 'no wait' },
  거: { en: '' },
  통째로: { en: 'whole' },
  해: { en: '', verb: true },
  로테이트: { en: 'rotate', verb: true },
  취소해: { en: 'revoke', verb: true },
  취소: { en: 'revoke', verb: true },
  정리해: { en: 'delete', verb: true },
  // (fix39d, tuned-styles-eastwest: "X 에 지금 무슨 키가 있어요?" what keys does X have now: "무슨" what, "에" at, standing
  // alone after a name written apart.)
  무슨: { en: 'what' },
  에: { en: 'in' },
  // greetings, thanks
  안녕하세요: { en: '' },
  감사합니다: { en: 'thanks' },
  // what ends a clause: asking, the commands
  주세요: { en: 'please', verb: true },
  줘: { en: 'please', verb: true },
  줘요: { en: 'please', verb: true },
  부탁드려요: { en: 'please', verb: true },
  부탁드립니다: { en: 'please', verb: true },
  부탁해요: { en: 'please', verb: true },
  부탁합니다: { en: 'please', verb: true },
  만들어: { en: 'create', verb: true },
  생성해: { en: 'create', verb: true },
  요청합니다: { en: 'request', verb: true },
  요청해요: { en: 'request', verb: true },
  요청드립니다: { en: 'request', verb: true },
  보여줘: { en: 'show', verb: true },
  보여주세요: { en: 'show', verb: true },
  알려줘: { en: 'tell me', verb: true },
  알려주세요: { en: 'tell me', verb: true },
  교체해: { en: 'rotate', verb: true },
  교체: { en: 'rotate', verb: true },
  폐기해: { en: 'revoke', verb: true },
  폐기: { en: 'revoke', verb: true },
  삭제해: { en: 'delete', verb: true },
  삭제: { en: 'delete', verb: true },
  발급해: { en: 'create', verb: true },
  발급: { en: 'create', verb: true },
  // (fix41b, tuned-cosmetics: "X 유닛 완전히 삭제해 주세요" (delete the X unit completely, please), "X 이번 달 비용
  // 얼마야?" (what does X cost this month?, asked casually: "얼마야"/"얼마지"/"얼마죠".)
  완전히: { en: 'completely' },
  얼마야: { en: 'how much' },
  얼마지: { en: 'how much' },
  얼마죠: { en: 'how much' },
  // what ends a question (left where it stands)
  있어요: { en: 'are there' },
  있나요: { en: 'are there' },
  얼마예요: { en: 'how much' },
  얼마에요: { en: 'how much' },
  발급돼요: { en: 'issued' },
  발급되나요: { en: 'issued' },
  받아요: { en: 'get' },
  받나요: { en: 'get' },
  // fix47h, tuned-styles-cjk: Korean words for our things and for asking the reader lacked: team, service, unit
  // (단위), status, which (어느), when (언제), created, expires, expiry date, history (내역), valid for (유효기간),
  // need (필요합니다), enough (충분합니다), new (새로), both and all (둘, 다), how to use (사용법), set (설정), look up
  // (조회), see (봐요); a particle standing alone after a name written apart ("unit 은 loan-advisor", "webtoon-tagger
  // 의 키", "… 로 해주세요"), a counter (개), "it's X's" (거요, 거예요), "for reference" (참고로요), "ok" (넵), "sorry"
  // (죄송), "no" in a correction ("2시간이요 아니 3시간"), a demo and its cheer (데모, 화이팅); the lay verbs reset
  // (리셋: rotate), make invalid and stop (무효화, 정지시켜: revoke), get rid of (없애: deprovision), write (작성: create).
  팀: { en: 'team' },
  서비스: { en: 'service' },
  단위: { en: 'unit' },
  상태: { en: 'status' },
  어느: { en: 'which' },
  언제: { en: 'when' },
  언제야: { en: 'when' },
  만들어졌고: { en: 'created and' },
  만들어졌어요: { en: 'created' },
  만료되는지: { en: 'expires' },
  만료일: { en: 'expiry date' },
  내역: { en: 'history' },
  유효기간: { en: 'valid for' },
  필요합니다: { en: 'need' },
  충분합니다: { en: 'is enough' },
  새로: { en: 'new' },
  둘: { en: 'both' },
  다: { en: 'all' },
  사용법: { en: 'how to use' },
  설정: { en: 'set' },
  조회: { en: 'lookup' },
  봐요: { en: 'see' },
  은: { en: '' },
  는: { en: '' },
  의: { en: '' },
  로: { en: '' },
  으로: { en: '' },
  가: { en: '' },
  이요: { en: '' },
  개: { en: '' },
  거요: { en: '' },
  거예요: { en: '' },
  참고로요: { en: '' },
  참고로: { en: '' },
  넵: { en: 'ok' },
  죄송: { en: 'sorry' },
  죄송해요: { en: 'sorry' },
  아니: { en: 'no wait' },
  데모: { en: 'demo' },
  직전이에요: { en: 'is soon' },
  화이팅: { en: '' },
  리셋: { en: 'rotate', verb: true },
  무효화: { en: 'revoke', verb: true },
  정지시켜: { en: 'revoke', verb: true },
  없애: { en: 'delete', verb: true },
  작성: { en: 'create', verb: true },
  쓸: { en: '' },
  가능할까요: { en: 'possible' },
  주말: { en: 'weekend' },
  배치: { en: 'batch' },
  // fix48c, tuned-webtoon and tuned-styles-cjk: Korean questions about the bot and polite endings the reader lacked:
  // who (누가), approves (승인해요), help (도움말, "봇아 도움말 좀" bot, help please: "봇아" the bot called by name), what
  // all (뭐뭐: "typeset-assist 키 뭐뭐 있어요?" which keys does it have), "and" after a name in a field ("unit은
  // synopsis-gen 이고 owner는 …"), the honorific after a person's mention ("<@U…> 님입니다"), a lay verb (바꿔: change,
  // rotate), still (계속), one's first time asking (처음이라서요).
  누가: { en: 'who' },
  승인해요: { en: 'approves' },
  도움말: { en: 'help' },
  봇아: { en: 'bot' },
  봇님: { en: 'bot' },
  뭐뭐: { en: 'what' },
  이고: { en: 'and' },
  님: { en: '' },
  님입니다: { en: '' },
  바꿔: { en: 'rotate', verb: true },
  계속: { en: 'still' },
  처음이라서요: { en: 'first time' },
  // (fix57: words mixed into English by these writers, east-asian-english.ts.)
  ...KOREAN_MORE,
};

/** Particles glued after a word or a name ("유닛에", "토큰은", "리전으로", "kr-growth에"), the longer first. */
const PARTICLES = [
  '에서',
  '으로',
  '까지',
  '에게',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '로',
  '의',
  '만',
  '도',
  '요',
  '용',
  // (fix47h: the plural, "키들" keys.)
  '들',
  // (fix48c: the copula of an answer, "pending이에요", "유닛이에요".)
  '이에요',
  '예요',
];

/**
 * fix36b, tuned-shipyard: a verb with the asking glued to it, typed without the space ("삭제해주세요", "교체해줘"): the
 * verb and "please", each read as when they stand apart.
 */
const GLUED_PLEASE = /^([\uac00-\ud7af]+?)(주세요|줘요|줘)$/;
/** A name or a word in Latin letters with a particle glued after it: "kr-growth에". */
const LATIN_THEN_HANGUL = /^([A-Za-z0-9][\w.-]*)([\uac00-\ud7af]+)$/;
/** What ends a clause, the verbs before it brought to its front: a stop, a comma, a bracket. */
// (fix38f: a stop inside a word, an address or a name ("seoyeon.park@lotusbay-hotels.com") ends nothing.)
// (fix47h, tuned-styles-cjk: "그리고" (and then) between two requests ends the first: "X 키 폐기요 그리고 새로 하나 만들어
// 주세요", revoke X's key, and then make a new one; each clause's verbs brought to its own front.)
// (fix48c, tuned-webtoon: an ellipsis ends one too, "3시간 토큰... 아 아니다 5시간으로 해주세요", its dots together.)
const CLAUSE_END = /((?:[,!?;:()\n…]|\.+(?!\S))+|\s+그리고\s+)/;

/** A word's gloss: as written, or without a particle glued after it; undefined when it is not known. */
function glossOf(word: string, depth = 0): { en: string; verb?: true } | undefined {
  const own = WORDS[word];
  if (own !== undefined || depth === 2) return own;
  // (Two particles may stack: "리전으로요", "하나만요".)
  for (const p of PARTICLES)
    if (word.length > p.length && word.endsWith(p)) {
      const stem = glossOf(word.slice(0, -p.length), depth + 1);
      if (stem !== undefined) return stem;
    }
  return undefined;
}

/**
 * The message read into English words when it has Korean and every Korean word of it is known; null when it has
 * none, or a word this does not know (then it is left as written).
 */
export function koreanAsEnglish(text: string): string | null {
  if (!HANGUL.test(text) || (MENTION_FIRST.test(text) && FAVOUR_ASKED.test(text))) return null;
  const counted = koreanPhrases(withoutReasonAfterRequest(text))
    .replace(/이번\s*달/g, ' this month ')
    .replace(/지난\s*달/g, ' last month ')
    .replace(/이번\s*주/g, ' this week ')
    // ("v2로 이전 완료": moved, done; "이전" alone is "previous", "이전 키" the previous key, which this does not read.)
    .replace(/이전\s*완료/g, ' migrated done ')
    // ("내가 소유한 유닛 목록": the units I own, the clause before its noun.)
    // (fix38f: "하루짜리" a day's; "쓸 수 있는" usable; "할 수 있어요" can do; "받을 수 있을까요" could I get; "3번" (number) 3; "토큰이랑" token and;
    // "이제 안 써요" no longer used.)
    .replace(/하루(?:짜리|만|동안)?/g, ' 1 days ')
    // ("토큰이랑 API 키": the token and the API key.)
    .replace(/(?<=[\p{L}\p{N}])이랑(?=\s)/gu, ' and ')
    .replace(/(?:쓸|사용할)\s*수\s*있는/g, ' available ')
    .replace(/할\s*수\s*있어요/g, ' can do ')
    .replace(/받을\s*수\s*있을까요/g, ' can i get ')
    .replace(/(?<![\p{L}\p{N}])(\d+)\s*번(?![\uac00-\ud7af])/gu, ' $1 ')
    .replace(/이제\s*안\s*써요/g, ' no longer used ')
    .replace(/(?:내가|제가)\s*(?:소유한|가진)\s*유닛(?:을|은|는|이|의)?(?![\uac00-\ud7af])/g, ' units i own ')
    .replace(
      COUNT_RE,
      (_m, n: string, unit: string, half: string | undefined) =>
        ` ${NATIVE_NUMBERS[n] ?? n}${half !== undefined && unit === '시간' ? '.5' : ''} ${UNIT[unit] as string} `,
    );
  const clauses = counted.split(CLAUSE_END);
  let out = '';
  for (const [i, clause] of clauses.entries()) {
    if (i % 2 === 1) {
      out += clause.includes('그리고') ? ', and ' : clause.startsWith('(') ? ` ${clause}` : clause;
      continue;
    }
    const words: { en: string; verb: boolean }[] = [];
    for (const token of clause.split(/\s+/).filter((w) => w !== '')) {
      if (!HANGUL.test(token)) {
        words.push({ en: token, verb: false });
        continue;
      }
      const latin = LATIN_THEN_HANGUL.exec(token);
      if (latin !== null && glossOf(`유닛${latin[2] as string}`)?.en === 'unit') {
        words.push({ en: latin[1] as string, verb: false });
        continue;
      }
      const glued = GLUED_PLEASE.exec(token);
      const verb = glued === null ? undefined : glossOf(glued[1] as string);
      if (verb?.verb === true) {
        words.push({ en: verb.en, verb: true }, { en: 'please', verb: true });
        continue;
      }
      const g = glossOf(token);
      if (g === undefined) return null;
      if (g.en !== '') words.push({ en: g.en, verb: g.verb === true });
    }
    // The verbs that end the clause open it ("match-ranker key rotate please" → "please rotate match-ranker key").
    let end = words.length;
    while (end > 0 && words[end - 1]?.verb === true) end--;
    const verbs = words.slice(end).map((w) => w.en);
    const please = verbs.includes('please');
    const lead = [...(please ? ['please'] : []), ...verbs.filter((v) => v !== 'please')];
    const sentence = [...lead, ...words.slice(0, end).map((w) => w.en)].join(' ');
    out += (i > 0 && sentence !== '' ? ' ' : '') + sentence;
  }
  const english = tidyEnglish(out);
  return english === '' ? null : english;
}

/**
 * fix38f, tuned-styles-eastwest: "…받을 수 있을까요" (could I get) after a mention that opens the message may ask that
 * person, a colleague ("<@U…> 토큰 받을 수 있을까요?"): such a message is left as written.
 */
const FAVOUR_ASKED = /받을\s*수\s*있을까요/;
/** A Slack mention opening the message. */
const MENTION_FIRST = /^\s*<@/;

/**
 * fix39d, tuned-styles-eastwest: why a request is made, said after it: a last clause ending in "서"/"니까"/"때문에"
 * (because), or a sentence in the past that tells of a leak ("…올라갔어요", "…노출됐어요"), after the words that ask
 * ("토큰 하루짜리 필요해요 주말 배치 돌려야 돼서" a day's token, I need it: the weekend batch has to run; "X 키 폐기해
 * 주세요. 깃허브 퍼블릭 레포에 올라갔어요 ㅠㅠ" revoke X's key please: it went up on a public GitHub repo). Its words
 * need no reading. (post39a: any other clause is kept, and so read as written: one that takes the request back,
 * says it is done or no longer needed, quotes it or calls it a joke, reason-tail.ts; and a past that tells no leak,
 * "어제 팀장님이 처리하셨어요" the lead handled it yesterday.)
 */
const ASKED_THEN_TAIL =
  /(주세요|부탁드려요|부탁드립니다|부탁해요|필요해요|필요합니다)([.,!~]*)\s+([^\n<>`@]+?)[\sㅠㅜㅋㅎ.!~]*$/u;
// (fix48c, tuned-webtoon: "…해서요", the polite "because", "번역 배치 돌려야 해서요" because the translation batch has to run.)
const REASON_ENDING = /(?:서|서요|니까|니까요|때문에|때문이에요|때문입니다|거든요)$/;
const POLITE_ENDING = /([\uac00-\ud7af])(?:어요|아요|습니다)$/;
/** A Hangul syllable closed by "ㅆ", the past's mark ("했", "갔", "났"). */
const pastSyllable = (syllable: string): boolean => (syllable.charCodeAt(0) - 0xac00) % 28 === 20;

function withoutReasonAfterRequest(text: string): string {
  const m = ASKED_THEN_TAIL.exec(text);
  const tail = m?.[3];
  if (m === null || tail === undefined || koreanTailChanges(tail)) return text;
  const polite = POLITE_ENDING.exec(tail);
  const reason =
    REASON_ENDING.test(tail) ||
    (polite !== null && pastSyllable(polite[1] as string) && koreanPastIsReason(tail));
  return reason ? text.slice(0, m.index + (m[1] as string).length + (m[2] as string).length) : text;
}

/**
 * fix47h, tuned-styles-cjk: phrases of more than one word read before the words are: full-width digits ("９０일"),
 * a week (일주일), a month by its number ("3월" March), a unit's owner ("<@U…> 가 오너인 유닛 목록" the units owned by
 * …), my units ("내 유닛 목록"), "both" (둘 다), "could you …" ("발급해 주실 수 있나요" issue it, please), a try
 * ("써보려고 하는데" I want to try), a Korean team name corrected to the Latin one that wins ("리스크 분석이 아니라 unit
 * risk-scoring", "콜센터 아니고 callcenter-stt"), an apology for asking ("바보 같은 질문이라 죄송해요"), sighs and "go
 * go" (ㅠㅠ, ㄱㄱ), a form's "팀:" (team) before a request, "after the deploy" (배포 끝나면: a change asked for later is
 * still asked), a how-to or what-is question put in English order ("비용 조회는 어떻게 해요?" how do I look up the cost?,
 * "액세스 키가 뭐예요?" what is an access key?), and a quoted line before the message's own ("> 토큰 발급은 봇한테 직접 요청하세요\n아 넵! …"):
 * only the writer's lines are read.
 */
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
function koreanPhrases(text: string): string {
  return (
    text
      .replace(/^>[^\n]*\n(?=[^>])/gm, '')
      .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
      // (fix48c: a laugh, ㅎㅎ and ㅋㅋ, and the tilde that softens an ending, "부탁드려요~".)
      .replace(/[ㅠㅜㅎㅋ]+|ㄱㄱ+|(?<=[\uac00-\ud7af])~+/g, ' ')
      // (fix48c: how the bot works asked in Korean, in English order: "누가 승인해요?" who approves, "키 요청한 지 한 시간
      // 됐는데" I asked for a key an hour ago, "누구한테 재촉해야 하나요" whom do I chase, "어떤 모델 호출할 수 있어요?" which
      // models can it call, "토큰 받을 수 있긴 한가요?" can one get a token at all, "넣어도 괜찮아요?" is it fine to put it
      // there, "키 만드는 방법 알려주세요" how do I make a key; "교체랑 폐기" rotate and revoke.)
      .replace(/(?:요청|신청)한\s*지\s*(.+?)\s*됐는데/g, ' requested $1 ago, but ')
      .replace(/누구한테\s*재촉해야\s*(?:하나요|해요|돼요|할까요)/g, ' who do i chase ')
      .replace(/승인(?:은|는)?\s*누가\s*(?:해요|하나요|하죠|해)(?=\s*\?)/g, ' who approves ')
      .replace(/호출할\s*수\s*있(?:어요|나요)/g, ' can call ')
      .replace(/받을\s*수\s*있긴\s*한가요/g, ' can i even get ')
      .replace(/넣어도\s*(?:괜찮아요|되나요|돼요)/g, ' is it ok to put ')
      .replace(/^([^?\n]+?)\s*만드는\s*방법\s*(?:알려\s*주세요|알려줘|알려주세요)/, ' how do i create $1?')
      .replace(/(?<=[\uac00-\ud7af])랑(?=\s)/g, ' and ')
      .replace(/일주일/g, ' 1 weeks ')
      .replace(
        /(?<!\d)(1[0-2]|[1-9])\s*월(?![\uac00-\ud7af])/g,
        (_m, n: string) => ` in ${MONTHS[Number(n) - 1] as string} `,
      )
      .replace(
        /(<@\w+>|\S+@\S+)\s*(?:가|이)\s*(?:오너|소유자|담당자)인\s*유닛(?:\s*목록)?/g,
        ' units owned by $1 ',
      )
      .replace(/(?:내|제)\s*유닛\s*목록/g, ' list my units ')
      .replace(/둘\s*다/g, ' both ')
      .replace(/\s*주실\s*수\s*있(?:나요|을까요|으세요)/g, ' 주세요')
      .replace(/써\s*보려고\s*하는데/g, ' i want to try ')
      .replace(/(?:[\uac00-\ud7af]+\s*){1,2}아니(?:라|고)(?=\s)/g, ' ')
      .replace(/^\s*팀\s*:\s*/, '')
      .replace(/배포\s*(?:끝나면|끝나고|후에)/g, ' after the deploy ')
      .replace(
        /^([^?\n]+?)\s*어떻게\s*(해요|하나요|봐요|보나요|봐야\s*해요)\s*\?/,
        (_m, what: string, verb: string) =>
          ` how do i ${verb.startsWith('봐') || verb.startsWith('보') ? 'see' : 'do'} ${what}?`,
      )
      .replace(/^([^?\n]+?)(?:이|가)\s*뭐예요\s*\?/, ' what is $1?')
      .replace(/바보\s*같은\s*질문(?:이라|이어서|이지만)?\s*죄송(?:해요|합니다)/g, ' sorry ')
  );
}
