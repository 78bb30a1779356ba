/**
 * Words that team, project and product names are made of ("DataLake2Team3", "Web3Labs2025",
 * "GenAI4Retail", "CloudOps24"): secrets.ts keeps a CamelCase word with digits as a name only when every
 * letter piece of it is one of these (never any other word of the lexicon) or an acronym below, at
 * least one piece is a unit or trade word (UNIT_WORDS), and no piece is a credential word
 * (CREDENTIAL_WORDS). A password made of words ("SecretPassword1", "BlueMoon2024", "TigerLion2024",
 * "PizzaParty2024") is so masked: a name shown back that was a password is a leak, a masked name only
 * a question. Random secrets almost never split into such pieces (secrets.ts's property tests: 0 of
 * many thousands kept). Two-letter words are few on purpose: a random string has many two-letter pieces.
 */

const WORDS =
  // Things a team works on
  'data lake lakes house warehouse mart hub base core stack cloud clouds edge web net mesh grid graph ' +
  'platform platforms infra infrastructure ops devops mlops finops secops sec security guard shield ' +
  'app apps api apis portal portals site sites store stores shop shops pay payment payments billing ' +
  'bill invoice ledger bank banking card cards wallet cash credit risk fraud claims claim loan loans ' +
  'search rank ranking recs recommend feed feeds ads ad growth market marketing sales lead leads crm ' +
  'retail commerce order orders cart checkout supply chain logistics fleet ship shipping cargo freight ' +
  'health care med bio lab labs clinic pharma genomics vision voice speech text chat bot bots agent ' +
  'agents assist assistant copilot pilot model models learn learning brain mind smart sense insight ' +
  'insights analytics metrics report reports dash dashboard stats stat signal signals trend trends ' +
  'gen genai vector embed index docs doc intel legal policy comply compliance audit trust privacy ' +
  'people talent hire hiring recruit recruiting pulse news media studio studios game games play ' +
  'content creative design brand story stories social community support service services help desk ' +
  'mobile phone device devices iot sensor sensors factory plant energy power grid solar wind water ' +
  'city cities farm agri food travel trip hotel air auto car cars fleet drive map maps geo route ' +
  'stream streams flow flows pipe pipeline event events queue batch job jobs task tasks sync link ' +
  'code dev devs test tests build builds release ship deploy forge works work worx hack hacks ' +
  // Team words and qualifiers
  'team teams squad squads crew pod pods group groups unit units tribe guild cell office hub lab ' +
  'project projects program programme initiative venture ventures studio works org division dept ' +
  'alpha beta gamma delta omega sigma nova star stars sun moon sky blue red green black gold silver ' +
  'north south east west global local central prime next new old big small fast quick open one ' +
  'first last future digital cyber quantum neural deep machine auto smart super hyper ultra meta ' +
  'phoenix falcon eagle hawk tiger lion wolf fox bear rocket atlas titan apollo orion zeus ' +
  'customer customers client clients partner partners user users member members consumer ' +
  'enterprise business corp group finance fin tech fintech health insure insurance underwriting ' +
  'edu school campus learning research science sci math stat core lab x';

/** Two-letter words and acronyms a name may hold (few: a random string has many two-letter pieces). */
const SHORT = 'ai ml bi hr it qa ux ui io ar vr go';

/** Acronyms written in capitals inside a name ("GenAI4Retail", "MLOps", "IoTHub"). */
const ACRONYMS =
  'ai ml bi hr it qa ux ui io ar vr api aws gcp llm nlp cv iot crm erp kyc aml dpo seo sre sdk cdn ' +
  'saas ops dev devops sec fin gen rnd ibm nyc uk us eu apac emea latam hq cx dx px';

export const NAME_WORDS: ReadonlySet<string> = new Set(
  `${WORDS} ${SHORT}`.split(/\s+/).filter((w) => w.length >= 2),
);
export const NAME_ACRONYMS: ReadonlySet<string> = new Set(ACRONYMS.split(/\s+/).filter(Boolean));

/**
 * Words that say a team or a line of work (the most common words of the corpus's and the tuned files'
 * business units: team 787, ml 441, ops 417, growth, search, analytics, marketing, bot, fraud, ai, data,
 * risk, legal, …): a name keeps only with one of these. Colours, animals, sky, food and party words,
 * seasons and qualifiers ("Blue", "Tiger", "Moon", "Pizza", "Summer", "Super") are never enough.
 */
const UNITS =
  'team teams squad squads crew crews pod pods group groups unit units tribe guild lab labs studio ' +
  'studios project projects program programme division dept org office desk hub works ' +
  'ops devops mlops finops secops chatops sre data ai ml genai nlp llm bi dev devs eng platform ' +
  'platforms infra api apis app apps bot bots chatbot cloud web retail commerce growth search ' +
  'analytics marketing fraud risk legal support pricing sales claims payments payment billing recsys ' +
  'recs kyc aml hr insights ads ranking automation finance fintech treasury checkout ledger portal ' +
  'pipeline research science logistics supply procurement payroll compliance audit crm erp iot ' +
  'qa cx ux health factory';
export const UNIT_WORDS: ReadonlySet<string> = new Set(UNITS.split(/\s+/).filter(Boolean));

/**
 * Words of credentials: a CamelCase word holding one ("SecretKey2024", "WifiPassword2024",
 * "LoginSecret99", "AdminTeam2024") is masked, whatever else it holds.
 */
const CREDENTIALS =
  'password passwords passwd pass pwd secret secrets key keys token tokens login logins access cred ' +
  'creds credential credentials pin pins auth admin root welcome qwerty letmein changeme master ' +
  'private';
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(CREDENTIALS.split(/\s+/).filter(Boolean));
