/**
 * fix61 (chatter): a request taken back in Greek by a clause of its own after it, which no reader knew: "άκυρο" (cancel
 * that), "άσ' το" / "άστο" / "άφησ' το" (leave it), "ξέχασ' το" / "ξέχνα το" (forget it), "όχι, τελικά …" / "τελικά δεν
 * χρειάζεται" (no, after all; not needed after all), "μην το κάνεις" (don't do it): "token 2 ώρες… άσ' το, ο πελάτης
 * ακύρωσε", "κάνε rotate το κλειδί του x. άκυρο, το έκανε ήδη ο Νίκος", "api key για το demo; όχι, τελικά θα δείξουμε
 * βίντεο". "Άκυρο" only as a word of its own ("άκυρο το παλιό ticket" voids a ticket). Only after a mark that ends the request (a comma, a full stop, the Greek question mark ";", a dash, dots),
 * with something asked before it, and only when what follows asks for nothing: no number and none of our words ("…,
 * άκυρο, 4 ώρες" or "όχι, τελικά κάνε rotate" corrects the request).
 */

/** A cheap test first: the take-back words' stems. */
const WORDS = /άκυρο|ακυρο|άσ|ασ'|άστο|αστο|άφησ|ξέχ|ξεχ|τελικά|τελικα|μην/u;

const TAKE_BACK = new RegExp(
  String.raw`(?:[,.;;:!?…—–-]|\n)[ \t]*(?:(?:α+|ε+|ωχ|οκ|ok|ναι)[ \t,.!…]+)?(?:(?:όχι|οχι)[ \t,.!…]+)*` +
    String.raw`(?:(?:άκυρο|ακυρο)(?=[ \t]*(?:[,.;;:!…—–-]|$))|(?:άσ|ασ|άφησ|αφησ|ξέχασ|ξεχασ)['’ʼ]?[ \t]*το|άστο|αστο|άφησέ[ \t]+το|ξέχνα[ \t]+το|ξεχνα[ \t]+το|` +
    // "όχι, τελικά …" (no, after all) and "τελικά δεν …" (not … after all); "τελικά" alone may keep the request.
    String.raw`(?<=(?:όχι|οχι)[ \t,.!…]+)τελικ[άα]|τελικ[άα](?=[ \t,]+(?:δεν|όχι|οχι|μη)(?![\p{L}]))|` +
    String.raw`μην[ \t]+το[ \t]+(?:κάνεις|κανεις|κάνετε|κανετε))` +
    String.raw`(?![\p{L}])([^\n]{0,100})$`,
  'u',
);

/** What may follow the take-back: no value and none of our request words ("…, άκυρο, κάνε 4 ώρες" corrects it). */
const ASKS_AGAIN =
  /\d|token|key|κλειδ|rotate|revoke|(?<![\p{L}])(?:κάνε|κανε|δώσε|δωσε|φτιάξε|φτιαξε|βγάλε|βγαλε|αντί|αντι|θέλω|θελω|χρειάζομαι|χρειαζομαι)(?![\p{L}])/u;

/** Whether the text's end takes back the request before it (lowercase text). */
export function greekTakesBack(lower: string): boolean {
  if (!WORDS.test(lower)) return false;
  const m = TAKE_BACK.exec(lower.trimEnd());
  if (m === null || ASKS_AGAIN.test(m[1] ?? '')) return false;
  // Something asked before the take-back: "άκυρο" alone is a reply, not a request taken back.
  return /\p{L}{3}/u.test(lower.slice(0, m.index).replace(/<[@#!][^>]{0,80}>/g, ''));
}
