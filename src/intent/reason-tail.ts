/**
 * post39a: whether a clause said after a request in Korean or Japanese only tells why it is asked, and so may be
 * left unread (korean-words.ts, cjk-words.ts), or says something that changes the request, and so keeps the
 * message read as written (a message with words the glossary does not know is never acted on).
 *
 * fix39d read any such clause off: a Korean one in the past or ending in "서"/"니까", a Japanese one ending in "ので".
 * But a clause after a request also takes it back ("근데 필요 없어졌어요" but it is no longer needed, "必要なくなったので"),
 * says someone has already done it ("민수님이 해결했어요", "田中さんがもうやってくれたので"), quotes it as something said
 * or thought ("…주세요 라고 팀장님이 말했어요", "…してください、と言われたので"), or calls it a joke ("는 농담이었어요",
 * "冗談なので"). Read off, the request before it was carried out. Such a clause is never a reason here.
 */

/** Korean words of a clause that changes the request before it (taken back, no longer needed, done, a joke, but). */
const KOREAN_CHANGES =
  /아니|말고|취소|없|해결|처리|완료|끝냈|농담|장난|근데|그런데|하지만|근대|이미|벌써|해줬|해 줬|해주셨|해 주셨|하셨|라고|다고|래요|대요|(?:^|\s)(?:안|못)(?:\s|$)/;
/** A Korean clause that opens with a particle joined to the request before it: the request quoted ("…주세요 라고"). */
const KOREAN_QUOTED = /^(?:라고|이라고|하고|고|는|은|란|라는|랬)(?:\s|$)/;
/**
 * A Korean clause in the past that tells why a key must go: it leaked ("슬랙에 올라갔어요", "레포에 올렸어요",
 * "노출됐어요"), or whoever held it left ("외주 개발사 계약 끝났어요" the contractor's contract ended, "퇴사했어요").
 * A past clause without such a word tells something else (done, said) and is kept.
 * (fix47h, tuned-styles-cjk: it was shown to someone ("외주 업체한테 보였어요" the contractor saw it), or the project
 * it served ended ("프로젝트 종료됐어요"), a reason to close a unit.)
 * (fix48c, tuned-webtoon: so does a campaign or an event over, "ad-copy-la 유닛 삭제해주세요, 캠페인 끝났어요".)
 */
const KOREAN_LEAKED =
  /올라갔|올라가|올렸|노출|유출|공유했|공유됐|커밋|푸시|퍼졌|새어|샜|털렸|해킹|잃어버|분실|계약|퇴사|그만뒀|그만두|떠났|보였|프로젝트\s*종료|(?:프로젝트|캠페인|이벤트|행사)\s*(?:끝났|종료)/;

/** Japanese words of a clause that changes the request before it. */
const JAPANESE_CHANGES =
  /もう|既に|すでに|やってくれ|やっておい|しておい|してくれ|してもらっ|やってもらっ|済み|済ん|終わ|完了|必要なく|必要ない|必要なし|いらな|要らな|不要|冗談|うそ|嘘|けど|けれど|でも|やっぱり|やめ|止め|取り消|キャンセル|大丈夫/;
/** A Japanese clause that opens with the quoting "と" or "って": the request quoted ("…してください、と言われたので"). */
const JAPANESE_QUOTED = /^(?:と|って|とか|などと)/;

/** Whether a Korean clause after a request changes it (then it is read with the message, not left unread). */
export function koreanTailChanges(tail: string): boolean {
  const t = tail.trim();
  return KOREAN_CHANGES.test(t) || KOREAN_QUOTED.test(t);
}

/** Whether a Korean clause in the past after a request tells why it is asked (a leak). */
export const koreanPastIsReason = (tail: string): boolean => KOREAN_LEAKED.test(tail);

/** Whether a Japanese clause after a request changes it. */
export function japaneseTailChanges(tail: string): boolean {
  const t = tail.replace(/^[、，。．,\s]+/, '');
  return JAPANESE_CHANGES.test(t) || JAPANESE_QUOTED.test(t);
}
