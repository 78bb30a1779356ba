/**
 * Units written the way dashboards and code name services (round fourteen): dotted (`ml.search.rank`),
 * camelCase (`fraudDetector`) or a Kubernetes namespace (`ns/search-indexer`). Each is rewritten into the
 * hyphenated word the unit finder reads, so the unit comes out as `ml-search-rank`, `fraud-detector`,
 * `search-indexer`. File names, domains,
 * versions, model IDs and function calls keep their shape.
 */
import { isSecretShaped } from './business-unit.js';
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';

/**
 * A lowerCamelCase word ("fraudDetector", "mlPlatform"; a head of two letters or more, so "iPhone" and
 * "eDiscovery" stay), or a PascalCase one in backticks (`FraudDetector`: code, where prose's "ClaimsVision"
 * is a brand written as one word; an error's name, `ExpiredTokenException`, is none). Not inside a path, an address or a dotted name, nor a call
 * ("getToken()") or a field's label ("expiryDays": 60, `maxTokens: 512`).
 */
const CAMEL_WORD =
  /(?<![\w.@/$-])(?:[a-z]{2,}[a-z0-9]*(?:[A-Z][a-z0-9]+)+|(?<=`)(?![A-Za-z0-9]*(?:Exception|Error|Errors|Fault|Warning|Exceeded|Denied|Failed)`)[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+(?=`))(?![\w@/(-]|\.\w|"?\s*:)/g;
/** A lowercase letter before a capital: the cheap first test. */
const CAMEL_HINT = /[a-z][A-Z]/;

/** Tags of our own words: a camelCase word with one of them is a field or a call ("expiryDays"). */
const OUR_TAGS = new Set([
  'TokenNoun',
  'KeyNoun',
  'Expiry',
  'Api',
  'Aws',
  'Bedrock',
  'Create',
  'Question',
  'Help',
]);

/**
 * fix53d: nouns of documents, which the lexicon tags Help, name a service's subject ("docsSearch", "faqBot",
 * "guideWriter"), not a field of ours.
 */
const DOC_NOUNS = new Set([
  'doc',
  'docs',
  'faq',
  'faqs',
  'guide',
  'guides',
  'manual',
  'manuals',
  'wiki',
  'kb',
]);

function isOurWord(part: string): boolean {
  const tag = LEXICON[part];
  return (
    FUNCTION_WORDS.has(part) ||
    (tag !== undefined && OUR_TAGS.has(tag) && !(tag === 'Help' && DOC_NOUNS.has(part)))
  );
}

/**
 * Brands and words written in lowerCamel ("gitHub", "devOps", "payPal"): one name as written, never two
 * words (a registry knows the unit as "devops").
 */
const JOINED_BRANDS = new Set(
  'devops devsecops mlops finops dataops gitops github gitlab bitbucket youtube linkedin javascript typescript iphone ipad ebay paypal dynamodb mongodb postgresql mysql graphql nodejs openai chatgpt hubspot mailchimp wordpress salesforce dropbox cloudflare cloudwatch cloudfront sharepoint onedrive powerpoint playstation macos webhook webhooks backend frontend database datadog pagerduty'.split(
    ' ',
  ),
);

/**
 * units21: a lowerCamelCase name in backticks whose head has a digit (`f1Companion`, `b2bPortal`): code,
 * so it splits at its capitals as `fraudDetector` does ("f1-companion"); prose's "f1Companion" is left.
 */
const CODE_CAMEL = /(?<=`)[a-z][a-z]?\d[a-z0-9]{0,6}(?:[A-Z][a-z]+){1,4}(?=`)/g;

function codeCamel(m: string): string {
  const parts = m
    .replace(/([a-z0-9])(?=[A-Z])/g, '$1 ')
    .toLowerCase()
    .split(' ');
  return isSecretShaped(m.toLowerCase()) || parts.some(isOurWord) ? m : parts.join('-');
}

/**
 * (fix36a, tuned-winery: and "docs", "exportDocs", a documents service; "getDocs", "apiDocs" put a verb or a word of
 * ours before it.)
 * (fix35a, tuned-fashion: "lookbookGen", "captionGen": "gen" last is the service's kind, a generator, as "help"
 * is; "keyGen", "tokenGen" put a word of ours before it.)
 * req29: "visitorHelp", "ticketHelp": "help" last after a plain name word is what the service is (a help line),
 * as "visitor help" said in words; a field or a call puts a word of ours or a verb before it ("showHelp",
 * "getHelp", "tokenHelp").
 */
function helpNamed(parts: string[], k: number): boolean {
  return (
    k === parts.length - 1 &&
    k > 0 &&
    (parts[k] === 'help' || parts[k] === 'gen' || parts[k] === 'docs') &&
    parts
      .slice(0, k)
      .every((p) => !FUNCTION_WORDS.has(p) && (LEXICON[p] === undefined || LEXICON[p] === 'Everyday'))
  );
}

/** fix41a: the last part of a field's name about a time ("stockExpiryDate", "customExpiryWindow"). */
const FIELD_TAIL =
  /^(?:date|time|ts|at|ms|secs?|seconds|value|setting|settings|policy|period|window|limit|field)$/;
/**
 * fix41a, tuned-ambulance: "stockExpiryCheck", "drugExpiryAlerts": "expiry" inside a name, between a plain name word
 * and the kind of service (a check, an alert), is a stock's or a drug's expiry the service watches, not ours; a field
 * puts a word of ours first or a time last ("keyExpiryDays", "tokenExpiry", "customExpiryDate").
 */
function everydayExpiry(parts: string[], k: number): boolean {
  return (
    parts[k] === 'expiry' &&
    k > 0 &&
    k < parts.length - 1 &&
    !FIELD_TAIL.test(parts.at(-1) ?? '') &&
    parts
      .slice(0, k)
      .every((p) => !FUNCTION_WORDS.has(p) && (LEXICON[p] === undefined || LEXICON[p] === 'Everyday'))
  );
}

/** A part a camelCase name splits into: letters only, two or more ("fraud", "detector"). */
const NAME_PART = /^[a-z]{2,}$/;
/**
 * fix35a (tuned-fashion): a version last, after two name words or more ("sizeAdvisorV2" → "size-advisor-v2", as
 * "recs-v2" keeps its version); "modelV2" or "apiV3", one word and a version, is a field or a call's name.
 */
const versionLast = (parts: string[], k: number): boolean =>
  k === parts.length - 1 && k >= 2 && /^v\d{1,3}$/.test(parts[k] ?? '');

/**
 * fix38c (tuned-pension): a state last, after two name words or more ("esgScreeningOld" → "esg-screening-old", as
 * "recs-v2" keeps its version): "old" or "new" is a function word, which alone would make it a field's name.
 */
const stateLast = (parts: string[], k: number): boolean =>
  k === parts.length - 1 && k >= 2 && /^(?:old|new|legacy)$/.test(parts[k] ?? '');

/**
 * fix41c (tuned-styles-eastwest): a country or language code last, after two name words or more ("tastingNotesIt" →
 * "tasting-notes-it", as "review-summarizer-kr" keeps its code): "it", "my", "us", "in" are function words, which alone
 * would make it a field's name.
 */
const localeLast = (parts: string[], k: number): boolean =>
  k === parts.length - 1 && k >= 2 && /^(?:it|my|us|in|id|no)$/.test(parts[k] ?? '');

/**
 * fix46a (tuned-rides): "menu" first, before a name word of the service ("menuTranslate" → "menu-translate",
 * "menuTranslateMy" → "menu-translate-my", as "menu translate" said in words): a restaurant's menu the service works
 * on, where a help menu is last or alone ("showMenu", "helpMenu", "menu").
 */
const menuFirst = (parts: string[], k: number): boolean =>
  k === 0 && parts[k] === 'menu' && parts.length >= 2;

/**
 * fix46c (tuned-styles-long): "and" or "of" between two name words ("lostAndFound" → "lost-and-found", "bedAndBreakfast",
 * "voiceOfGuest") is part of the name, as in "the lost-and-found service"; a field of ours still has a word of ours
 * beside it ("keyAndToken").
 */
const joinerInside = (parts: string[], k: number): boolean =>
  k > 0 && k < parts.length - 1 && /^(?:and|of)$/.test(parts[k] ?? '');

/**
 * Whether a camelCase word is shaped like a pasted secret. (fix37c, tuned-edtech: its version last is no part of a
 * long mixed run, "parentNewsletterV1" is "parent-newsletter-v1", whose name alone is letters.)
 */
function secretLike(m: string, parts: string[]): boolean {
  const whole = m.toLowerCase();
  return isSecretShaped(versionLast(parts, parts.length - 1) ? whole.replace(/v\d{1,3}$/, '') : whole);
}

/**
 * "fraudDetector" → "fraud-detector" (the text is lower-cased after this). A pasted secret has the same
 * shape ("sk9aQ2mLx7Rt0pZw4Nc"): the hyphens would hide it from isSecretShaped and echo it as a unit,
 * so a word is split only when every part is letters (two or more) and the whole is no secret's shape.
 */
export function splitCamelCase(text: string): string {
  if (text.includes('`')) text = text.replace(CODE_CAMEL, codeCamel);
  if (!CAMEL_HINT.test(text)) return text;
  return text.replace(CAMEL_WORD, (m: string) => {
    const parts = m
      .replace(/([a-z0-9])(?=[A-Z])/g, '$1 ')
      .toLowerCase()
      .split(' ');
    if (!parts.every((p, k) => NAME_PART.test(p) || versionLast(parts, k)) || secretLike(m, parts)) return m;
    if (JOINED_BRANDS.has(parts.join(''))) return m.toLowerCase();
    // ("expiryDays", "maxTokens", "getToken": a field or a function of our words, never a unit's name.)
    return parts.some(
      (p, k) =>
        isOurWord(p) &&
        !helpNamed(parts, k) &&
        !stateLast(parts, k) &&
        !localeLast(parts, k) &&
        !menuFirst(parts, k) &&
        !joinerInside(parts, k) &&
        !everydayExpiry(parts, k),
    )
      ? m
      : parts.join('-');
  });
}

/** Last parts of a file's name or a domain: "config.yaml", "api.example.com" keep their dots. */
const FILE_OR_DOMAIN =
  /^(?:com|io|org|net|co|dev|ai|app|cloud|local|internal|corp|lan|svc|cluster|js|ts|py|md|txt|yaml|yml|json|toml|ini|cfg|conf|env|sh|csv|tf|tfvars|html|css|xml|lock|log|ipynb|sql|go|rs|java|rb|php|zip|gz|tar|pdf|png|jpg|exe)$/;
/** Model providers and inference profiles: "us.anthropic.claude…" is a model's ID. */
const MODEL_PART =
  /^(?:anthropic|amazon|meta|mistral|cohere|ai21|stability|deepseek|openai|qwen|writer|us|eu|apac|global)$/;
/**
 * Parts of a call in code ("boto3.client.invoke", "os.environ.get", "logger.debug.dump"): a library, an
 * object or a method, never a service's name.
 */
const CODE_PART =
  /^(?:os|sys|self|this|boto3|botocore|np|pd|json|logger|logging|log|console|math|re|requests|torch|client|session|resource|environ|path|invoke|invoke_model|get|set|put|post|run|call|debug|info|warn|error|dump|dumps|load|loads|read|write|send|open|close|connect|init|main|exports|module|prototype|window|document|process|env|config|settings|util|utils|lib|src|test|tests|spec)$/;
/** Three parts or more joined by dots: "ml.search.rank", "ads.bidding.core". */
const DOTTED_CHAIN = /(?<![\w.@/-])[a-z][a-z0-9]*(?:\.[a-z][a-z0-9]*){2,}(?![\w@/-]|\.[a-z0-9])/g;

/** Our nouns and courtesy words: "growth key.thanks.bye" is a missing space, no name. */
const NOT_A_PART = /^(?:keys?|tokens?|creds?|thanks|thank|thx|ty|bye|cheers|please|pls|plz|ok|okay|asap)$/;
/** A chain right after these is a host or a module the key is used on ("on db.prod.local", "in pandas.core.frame"). */
const PLACE_BEFORE = /\b(?:on|in|at|used\s+by)\s+$/;

/** A dotted name's parts that keep it as written: a file's, a domain's, a model's or code's, an abbreviation's. */
function partsKept(parts: string[]): boolean {
  return parts.some(
    (p, i) =>
      p.length < 2 ||
      (FILE_OR_DOMAIN.test(p) && !recordWordInside(parts, i)) ||
      (i < 2 && MODEL_PART.test(p) && (i === 0 || GEO_PREFIX.test(parts[0] ?? ''))) ||
      (CODE_PART.test(p) && !recordWordInside(parts, i)) ||
      NOT_A_PART.test(p),
  );
}
/**
 * fix45c, tuned-airport: "log" inside a service's name, neither first nor last ("key for ops.log.digest" → ops-log-digest):
 * a file's ending or a logger stands last or first ("app.log", "log.info"), never between two words of a name.
 */
function recordWordInside(parts: string[], i: number): boolean {
  return i > 0 && i < parts.length - 1 && (parts[i] === 'log' || parts[i] === 'logs');
}
/**
 * units25: a model's ID opens with its maker, after an inference profile's geography at most
 * ("us.anthropic.claude…", "writer.palmyra…"); a maker's word further on is a word of a service's name
 * (`shift.handover.writer`).
 */
const GEO_PREFIX = /^(?:us|eu|apac|global)$/;

/**
 * "ml.search.rank" → "ml-search-rank"; a domain, a file's name, a model's ID, code, an abbreviation
 * ("a.k.a.": every part is two letters or more), a missing space ("key.thanks.bye") or a host or module
 * named as a place ("on db.prod.local") is kept.
 */
export function joinDottedNames(s: string): string {
  return s.replace(DOTTED_CHAIN, (m: string, offset: number) => {
    const parts = m.split('.');
    const kept = partsKept(parts) || PLACE_BEFORE.test(s.slice(Math.max(0, offset - 12), offset));
    return kept ? m : parts.join('-');
  });
}

/**
 * One pair "a/b" or "a.b" (prepare's rewrite): "growth/experiments" → "growth-experiments" (a path is
 * one name: the data README); a namespace ("ns/search-indexer") names the part after the slash; a domain
 * or a file keeps its dot. (A repository named as one, "repo: acme/ml-scratch", is a place for code and
 * names no unit: unit-finder.ts.)
 */
export function joinPair(m: string, a: string, b: string): string {
  if (FILE_OR_DOMAIN.test(b) || /^x+(?:email|url)$/.test(a)) return m;
  if (m[a.length] === '/' && (a === 'ns' || a === 'namespace')) return b;
  return `${a}-${b}`;
}

/** A dotted name alone in backticks: "`tasking.api`", "`orbit.sim.core`". */
const BACKTICKED_DOTTED = /`([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*){1,4})`/g;

/**
 * units24: a dotted name in backticks is code's name for a service ("the `tasking.api` key" → tasking-api),
 * joined before our own words inside it ("api key") are read; a file's, a domain's, a model's or code's
 * parts keep it as it is, as joinDottedNames keeps them.
 */
export function joinBacktickedDotted(s: string): string {
  return s.replace(BACKTICKED_DOTTED, (m: string, name: string) => {
    const parts = name.toLowerCase().split('.');
    return partsKept(parts) ? m : `\`${parts.join('-')}\``;
  });
}
