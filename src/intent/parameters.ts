/**
 * Requests written like a command line or a config ("/bedrock create-key -bu risk-engine -kind api",
 * "create_key bu=search-api kind=api-key exp=90", "/bedrock show vega --json", "team: ad-ranker\n
 * auth: access_key"), and units of time from other languages people mix in ("por 6 meses", "für 6
 * Monate"): rewritten, on the lowercase text, into the words the rest of the parser reads. Switches that change nothing about
 * the request (--json, --force) are dropped.
 */

/** Key kinds as a parameter's value: "api", "api-key", "access_key", "iam", "sigv4". */
function kindWords(value: string): string {
  if (/^(?:api|api[-_]?keys?|apikey|bearer)$/.test(value)) return ' api_key ';
  if (/^(?:access|access[-_]?keys?|iam|sigv4|ak|akia|keypair)$/.test(value)) return ' access_key ';
  return ` ${value} `;
}

/**
 * Units of time in Spanish, German, French and Portuguese requests ("por 6 meses", "für 6 Monate",
 * "2 Stunden"). Only these are read: the verbs of such a text are not understood, so nothing here
 * may make it look more like an order than it did (the parser asks instead of acting).
 */
const FOREIGN: Record<string, string> = {
  meses: 'months',
  mois: 'months',
  monate: 'months',
  monaten: 'months',
  dias: 'days',
  jours: 'days',
  tage: 'days',
  tagen: 'days',
  horas: 'hours',
  heures: 'hours',
  stunden: 'hours',
  std: 'hours',
  minuten: 'minutes',
  minutos: 'minutes',
};

const FOREIGN_RE = new RegExp(`\\b(?:${Object.keys(FOREIGN).join('|')})\\b`, 'g');

/** A text with foreign words needs more than one of them to be read as foreign ("para" alone can be a name). */
const FOREIGN_MARKERS =
  /\b(?:necesitamos|necesito|una|por\s+favor|gracias|para|wir|ich|brauchen|brauche|einen|bitte|danke|nous|avons|besoin|merci|s'il|precisamos|obrigad[oa])\b/;

/** Requests that look back over a span of time. */
const LOOKS_BACK = /\b(?:history|hist|audit|log|logs|activity|spend|spent|cost|costs|usage)\b/;

export function readParameters(lower: string): string {
  let s = lower;
  if (s.includes('-') && /(?:^|\s)--?[a-z]/.test(s))
    s = s
      // Switches that say how to answer, not what to do.
      .replace(/(?:^|\s)--?(?:json|force|yes|verbose|quiet|dry[-_]?run|f|y|v|q|debug)(?=\s|$)/g, ' ')
      // "--period last-30-days": a look-back written as one word.
      .replace(
        /(?:^|\s)--?(?:period|since|range|window)(?:\s*[=:]\s*|\s+)(?:last|past)[-_ ](\d+)[-_ ](days?|weeks?|months?)\b/g,
        ' in the last $1 $2 ',
      )
      // "--bu growth", "-team=mobile-apps", "--owner ana@…".
      .replace(/(?:^|\s)--?(bu|team|unit|name|owner)(?:\s*[=:]\s*|\s+)/g, ' $1: ')
      .replace(/(?:^|\s)--?(kind|type|auth)(?:\s*[=:]\s*|\s+)([a-z0-9_-]+)/g, (_m, _k: string, v: string) =>
        kindWords(v),
      )
      // ("--days 30" looks back in a history or spend request; elsewhere it is a key's lifetime.)
      .replace(
        /(?:^|\s)--?(exp|expiry|expires|validity|days)(?:\s*[=:]\s*|\s+)(\d+)(?![\w.]|,\d)/g,
        (_m, k: string, n: string) =>
          k === 'days' && LOOKS_BACK.test(s) ? ` in the last ${n} days ` : ` ${n} days `,
      );
  if ((s.includes('=') || s.includes(':')) && /\b(?:kind|type|auth|exp|expiry|validity)\s*[=:]/.test(s))
    s = s
      .replace(/\b(?:kind|type|auth)\s*[=:]\s*([a-z0-9_-]+)/g, (_m, v: string) => kindWords(v))
      // ("expiry: 10,000 days": a number grouped in thousands is one number, with its unit.)
      .replace(/\b(?:exp|expiry|validity)\s*[=:]\s*(\d+)(?![\w.]|,\d|\s*[a-z])/g, ' $1 days ');
  // ("l'equipe", "d'une": French elisions are cut off.)
  if (FOREIGN_MARKERS.test(s))
    s = s.replace(/\b[ld]'(?=[a-z])/g, '').replace(FOREIGN_RE, (w) => FOREIGN[w] ?? w);
  return s;
}

/** Common words of Spanish, Portuguese, German, French and Hindi (romanised) requests. */
const FOREIGN_WORDS = new Set(
  (
    'hola hoy el la los las del para por una que con necesito necesitamos gracias favor uma com precisamos obrigado ' +
    'der die das und ich wir bitte fur einen eine brauche brauchen danke kannst mir geben ' +
    'le les des pour avec je nous besoin merci vous ' +
    'mujhe chahiye ke liye hamari hamara ki banao dikhao karo kya hai'
  ).split(' '),
);

/**
 * Is the text written in another language (two or more of its common words)? Its verbs are not
 * understood, so a reading of it is never sure enough to act on without asking.
 */
const FOREIGN_WORD_RE = new RegExp(`\\b(?:${[...FOREIGN_WORDS].join('|')})\\b`, 'g');

export function isForeign(lower: string): boolean {
  FOREIGN_WORD_RE.lastIndex = 0;
  if (FOREIGN_WORD_RE.exec(lower) === null) return false;
  const second = FOREIGN_WORD_RE.exec(lower) !== null;
  FOREIGN_WORD_RE.lastIndex = 0;
  return second;
}
