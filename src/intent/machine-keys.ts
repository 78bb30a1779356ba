/**
 * fix50d, tuned-vending: the metal key of a vending machine, a locker, a store or a door, in Polish, Czech, Slovak,
 * Ukrainian, Russian, Serbian, Croatian and Romanian: "potrzebuję klucza do automatu na 2 godziny, serwisant
 * przyjedzie o 14" (I need the key to the machine for two hours, the service man comes at two), "klucze od automatów
 * z trasy 14 zostawiłem w szafce", "klíče od automatů jsou v trezoru", "ключі від кавових автоматів в кого?", "cheia de
 * la automatul din Mega Mall s-a rupt în yală", "ai cheia de la depozit?". A key *to* or *from* (do, od, k, від, до,
 * от, de la) a thing one opens is carried in a pocket: the message asks nothing of the bot, however much it reads
 * like a key asked for, rotated or revoked once glossed ("need key for automate for 2 hours" was a key made).
 * lost-key-abroad.ts reads such keys only when lost or found; this reads them whatever is said of them.
 * A key of ours is never written so: it is "for" a unit (dla, pro, для, pentru), and a unit's name is hyphenated
 * ("klucz do ml-pricing-engine", "cheia de la planogram-ai-ro": no thing of the list, so read as before). A message
 * that names a credential of ours as well (API, Bedrock, AWS, a token, access) is read as usual.
 */

/** A key, any case and number, in the languages above (Latin and Cyrillic letters). */
const KEY = String.raw`(?:klucz\p{L}*|kl[íi][čc]\p{L}*|k[ľl][úu][čc]\p{L}*|klju[čc]\p{L}*|ключ\p{L}*|кључ\p{L}*|klyuch\p{L}*|chei(?:a|e|le)?)`;

/** To, from, of: what the key opens. */
const TO = String.raw`(?:do|od|ode|k|ke|від|вiд|до|от|од|de\s+la|la)`;

/** The things with a lock, as the first letters of their words (any case ending after them). */
const THING = String.raw`(?:automat|автомат|kávovar|kavovar|кавоварк|szaf|skří|skri|skrin|шаф|шкаф|sklad|склад|magazyn|magazin|depozit|trezor|sejf|сейф|dveř|dver|drzw|двер|dulap|ușă|usa|uşa|yal|lacăt|lacat|kłódk|klodk|visac|auta|auto|samochod|mašin|mașin|masin|машин|biur|kancel|кабінет|офіс|офис|серверн|serwerown|serverovn|garaż|garaz|гараж|skrzynk|kasy|kasa|kase|кас|pokoj|pokoj|sali|sala|sál|zaplecz|piwnic|sklep|obchod|magazinul|trafik|kiosk|кіоск|киоск|vitrin|witryn)`;

const KEY_TO_THING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${KEY}\s+${TO}\s+(?:[\p{L}]+\s+){0,2}?${THING}[\p{L}]*(?![\p{L}\p{N}_-])`,
  'iu',
);

/** A credential of ours named as well: the message is read as usual. */
const OURS_NAMED =
  /(?<![\p{L}])(?:api|bedrock|aws|tokens?|токен\p{L}*|token\p{L}*|dost[ęe]p\p{L}*|p[řr][íi]stup\p{L}*|доступ\p{L}*|acces\p{L}*|access|credential\p{L}*|unit\p{L}*|юніт\p{L}*|юнит\p{L}*)(?![\p{L}])/iu;

/** A cheap look before KEY_TO_THING: a key word of one of the languages. */
const KEY_LOOK = /klucz|kl[íi][čc]|k[ľl][úu][čc]|klju[čc]|ключ|кључ|klyuch|chei/iu;

/** A metal key to a machine, a locker, a store or a door, nothing of ours named. */
export function keyToThingEast(text: string): boolean {
  return KEY_LOOK.test(text) && KEY_TO_THING.test(text) && !OURS_NAMED.test(text);
}
