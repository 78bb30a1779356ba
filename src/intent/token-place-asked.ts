/**
 * Round fifty-seven (help or not, tuned-lab, -studio, -southasia, -styles-slavic): a token asked for in a place, as a
 * question with no lifetime, asks whether the bot offers tokens there, not for one now (README "Whether the bot
 * offers something"): "can I have a token in Bahrain? we work with folks over there", "czy mogę dostać token w
 * Sztokholmie w ogóle?", "чи можна отримати токен у Сінгапурі взагалі?". Help, topic regions, with the place.
 * Read on the message's first question (up to its first "?"), lowercased: it names a token and no lifetime (no digit,
 * no span word in the languages the corpus writes): "could I get a token in Sydney for the afternoon?" and "token in
 * eu-west-1 for 2h?" stay requests, and so does a token asked without a question mark. The place itself is read by
 * the caller's Region scan, on the same question.
 */

/** The credential a token question names, in the scripts the corpus writes ("token", "токен", "トークン"). */
const TOKEN_WORD = /\btok(?:e?n)s?\b|токен|τοκεν|トークン|토큰|令牌/;
/**
 * A lifetime or a span of the day, which makes the question a request for one: a digit, or a span word ("hours",
 * "afternoon", "tonight", "horas", "heures", "Stunden", "godzin", "годин", "ώρες", "giờ", "saa", "時間", "小时").
 */
const LIFETIME =
  /\d|\b(?:hours?|hrs?|minutes?|mins?|days?|weeks?|afternoon|morning|evening|tonight|night|overnight|shift|weekend|today|tomorrow|horas?|heures?|minutos?|jours?|d[ií]as?|stunden?|tage?|godzin\w*|dni|saa|siku|jam|hari|giờ|ngày)\b|годин|час|дн[яіи]|доб|ώρ|μέρ|時間|小时|小時|天|시간|일/;

/**
 * The message's first question when it asks for a token with no lifetime, or null: what the caller reads the
 * place in.
 */
export function tokenQuestionWithoutLifetime(lowered: string): string | null {
  const end = lowered.indexOf('?');
  if (end < 0) return null;
  const question = lowered.slice(0, end);
  return TOKEN_WORD.test(question) && !LIFETIME.test(question) ? question : null;
}
