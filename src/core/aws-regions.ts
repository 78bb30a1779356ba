/**
 * Every AWS Region, in one table shared by the parser, validation, settings and renderers.
 *
 * `code` and `description` are AWS's own (the Region list the AWS SDK ships; a test keeps this table in
 * step with the installed SDK). `places` are the names people type for a Region: its city, and its
 * country or area where that names one Region clearly ("japan" is Tokyo; Osaka must be named).
 * Places are lowercase, without accents; a place's name in another language people write in ("tokio",
 * "mailand", "francfort", "londres") is a place too, and so are an old name still in use ("bombay",
 * "peking"), the metro area, state or province a Region sits in ("bay area", "ashburn", "quebec",
 * "pacific northwest"), and a short name people type ("pnw", "norcal"). A city with no Region of its
 * own (Munich, Warsaw, Berlin, Seattle) is none, nor is a word with another everyday meaning: "NoVa"
 * (Northern Virginia) is also Amazon Nova, a model family.
 * (fix41h: the Latin-script names of other languages include a case ending people type, Polish "w Londynie",
 * "w Mediolanie", Czech "v Londýně", Finnish "Tukholmassa"; a name that is also an English word or a given name is
 * left out: French "Chili" and Turkish "Şili" (a chili), "Le Cap", "Sidney", "Virginie", "Francie", Polish
 * "Indie", Spanish/Portuguese "EAU" (French water). Names in other scripts (Cyrillic "Лондон", Arabic "لندن",
 * Chinese "伦敦") are glossed to these names by the script's reader: more-languages.ts, greek-arabic.ts,
 * hebrew-words.ts, cjk-words.ts, korean-words.ts.)
 */
export type Partition = 'aws' | 'aws-us-gov' | 'aws-cn' | 'aws-eusc';

export interface AwsRegion {
  code: string;
  partition: Partition;
  description: string;
  places: readonly string[];
}

function r(code: string, description: string, places: string[], partition: Partition = 'aws'): AwsRegion {
  return { code, partition, description, places };
}

const REGIONS_AS_NAMED: readonly AwsRegion[] = [
  r('us-east-1', 'US East (N. Virginia)', [
    'n. virginia',
    'northern virginia',
    'north virginia',
    'virginia',
    'ashburn',
    'northern va',
  ]),
  r('us-east-2', 'US East (Ohio)', ['ohio']),
  r('us-west-1', 'US West (N. California)', [
    'n. california',
    'northern california',
    'california',
    'bay area',
    'san francisco',
    'silicon valley',
    'norcal',
  ]),
  r('us-west-2', 'US West (Oregon)', ['oregon', 'portland', 'pacific northwest', 'pnw']),
  r('af-south-1', 'Africa (Cape Town)', [
    'cape town',
    'south africa',
    'kaapstad',
    'sudafrica',
    'afrique du sud',
    'sudafrika',
  ]),
  r('ap-east-1', 'Asia Pacific (Hong Kong)', ['hong kong', 'hongkong']),
  r('ap-east-2', 'Asia Pacific (Taipei)', ['taipei', 'taiwan']),
  r('ap-northeast-1', 'Asia Pacific (Tokyo)', [
    'tokyo',
    'japan',
    'tokio',
    'toquio',
    'japon',
    'japao',
    'giappone',
    'nippon',
  ]),
  r('ap-northeast-2', 'Asia Pacific (Seoul)', [
    'seoul',
    'south korea',
    'korea',
    'corea',
    'coree',
    'seul',
    'seoel',
    'sudkorea',
    'coree du sud',
    'corea del sur',
  ]),
  r('ap-northeast-3', 'Asia Pacific (Osaka)', ['osaka']),
  // (post41d: Danish "inde" (inside), "Pekin" (a duck, a town), Czech "Milane" (the name Milan called), Italian
  // "Israele" and Vietnamese "Thai Lan"/"Luan Don" without their accents (a name in English text) left out;
  // Vietnamese "Luân Đôn" and "Thái Lan" with their accents: prepare.ts.)
  r('ap-south-1', 'Asia Pacific (Mumbai)', ['mumbai', 'india', 'indien', 'bombay', 'bombaim']),
  r('ap-south-2', 'Asia Pacific (Hyderabad)', ['hyderabad']),
  r('ap-southeast-1', 'Asia Pacific (Singapore)', [
    'singapore',
    'singapur',
    'singapour',
    'singapura',
    'cingapura',
  ]),
  r('ap-southeast-2', 'Asia Pacific (Sydney)', ['sydney', 'australia', 'australien', 'australie']),
  r('ap-southeast-3', 'Asia Pacific (Jakarta)', [
    'jakarta',
    'indonesia',
    'yakarta',
    'indonesie',
    'indonesien',
  ]),
  r('ap-southeast-4', 'Asia Pacific (Melbourne)', ['melbourne']),
  r('ap-southeast-5', 'Asia Pacific (Malaysia)', ['malaysia', 'kuala lumpur', 'malasia', 'malaisie']),
  r('ap-southeast-6', 'Asia Pacific (New Zealand)', [
    'new zealand',
    'auckland',
    'aotearoa',
    'nueva zelanda',
    'nouvelle zelande',
    'neuseeland',
    'nova zelandia',
  ]),
  r('ap-southeast-7', 'Asia Pacific (Thailand)', ['thailand', 'bangkok', 'tailandia', 'thailande']),
  r('ca-central-1', 'Canada (Central)', ['canada', 'montreal', 'central canada', 'kanada', 'quebec']),
  r('ca-west-1', 'Canada West (Calgary)', ['calgary', 'alberta']),
  r('eu-central-1', 'Europe (Frankfurt)', [
    'frankfurt',
    'germany',
    'francfort',
    'francoforte',
    'frankfurt am main',
    'deutschland',
    'alemania',
    'allemagne',
    // (fix41c, tuned-styles-southern: Turkish, "Almanya bölgesinde".)
    'germania',
    'duitsland',
    // (fix36b: Polish and Croatian, as typed in the yards of tuned-shipyard: "modele w Frankfurcie?", "u Frankfurtu".)
    'frankfurcie',
    'frankfurtu',
    'niemczech',
    'njemackoj',
  ]),
  r('eu-central-2', 'Europe (Zurich)', [
    'zurich',
    'switzerland',
    'zurigo',
    'zurique',
    'schweiz',
    'suisse',
    'svizzera',
    'suiza',
    'zwitserland',
    'zuerich',
    'zurychu',
    'zurichu',
    'szwajcarii',
    'svicarskoj',
  ]),
  r('eu-north-1', 'Europe (Stockholm)', [
    'stockholm',
    'sweden',
    'estocolmo',
    'stoccolma',
    'schweden',
    'suecia',
    'zweden',
    'sverige',
    'sztokholm',
    'sztokholmie',
    'stockholmu',
  ]),
  r('eu-south-1', 'Europe (Milan)', ['milan', 'italy', 'mailand', 'milano', 'italia', 'italien', 'italie']),
  r('eu-south-2', 'Europe (Spain)', [
    'spain',
    'aragon',
    'espana',
    'spanien',
    'espagne',
    'spagna',
    'spanje',
    'zaragoza',
  ]),
  r('eu-west-1', 'Europe (Ireland)', [
    'ireland',
    'dublin',
    'irlanda',
    'irlande',
    'irland',
    'ierland',
    'dublino',
    'eire',
    'irlandii',
    'irlandia',
    'irska',
    'irskoj',
  ]),
  r('eu-west-2', 'Europe (London)', [
    'london',
    'united kingdom',
    'uk',
    'britain',
    'londres',
    'londra',
    'londen',
    'england',
    'great britain',
    'angleterre',
    'inglaterra',
    'inghilterra',
    'londyn',
    'londynie',
    'londonu',
  ]),
  r('eu-west-3', 'Europe (Paris)', [
    'paris',
    'france',
    'parigi',
    'parijs',
    'frankreich',
    'francia',
    'frankrijk',
    'paryz',
    'paryzu',
    'parizu',
    'francji',
  ]),
  r('il-central-1', 'Israel (Tel Aviv)', ['tel aviv', 'israel']),
  r('me-central-1', 'Middle East (UAE)', ['uae', 'united arab emirates', 'dubai', 'abu dhabi', 'emiraten']),
  r('me-south-1', 'Middle East (Bahrain)', ['bahrain', 'manama']),
  r('me-west-1', 'Middle East (Saudi Arabia)', ['saudi arabia', 'riyadh', 'saudi']),
  r('mx-central-1', 'Mexico (Central)', ['mexico', 'queretaro', 'mexiko']),
  r('sa-east-1', 'South America (Sao Paulo)', [
    'sao paulo',
    'brazil',
    'brasil',
    'brasilien',
    'bresil',
    'brasile',
  ]),
  r('sa-west-1', 'South America (Chile)', ['chile', 'santiago']),
  r('us-gov-east-1', 'AWS GovCloud (US-East)', ['govcloud east', 'govcloud us-east'], 'aws-us-gov'),
  r(
    'us-gov-west-1',
    'AWS GovCloud (US-West)',
    ['govcloud', 'govcloud west', 'govcloud us-west'],
    'aws-us-gov',
  ),
  r('cn-north-1', 'China (Beijing)', ['beijing', 'peking'], 'aws-cn'),
  r('cn-northwest-1', 'China (Ningxia)', ['ningxia'], 'aws-cn'),
  r('eusc-de-east-1', 'AWS European Sovereign Cloud (Germany)', ['european sovereign cloud'], 'aws-eusc'),
];

/**
 * The Regions' cities and countries as people write them in another language, in the Latin script without accents
 * (round forty-one: fix41h, fix41a, fix41c; Polish "w Mediolanie", Welsh "Llundain", Finnish "Lontoossa", Turkish
 * "Tayvan", Swahili "Afrika Kusini"): places like any other, and the list the parser reads a text again without
 * (src/intent/other-language-places.ts: a place's name is no word of the language around it). Names read in other
 * scripts are in the readers of those scripts.
 */
export const PLACES_ABROAD: Readonly<Record<string, readonly string[]>> = {
  'us-east-1': ['wirginia', 'wirginii'],
  'us-west-1': ['kalifornien', 'californie', 'kalifornia', 'kalifornii', 'kaliforniya'],
  'af-south-1': [
    'afrika kusini',
    'kapstadt',
    'kapsztad',
    'ciudad del cabo',
    'cidade do cabo',
    'citta del capo',
    'africa do sul',
  ],
  'ap-east-2': ['tajwan', 'tayvan'],
  'ap-northeast-1': ['japonia', 'japonii', 'japonya', 'jepang', 'nhat ban'],
  'ap-northeast-2': ['seulu', 'korei', 'guney kore', 'han quoc'],
  'ap-south-1': ['indiach', 'hindistan'],
  'ap-south-2': ['hajdarabad', 'haidarabad'],
  'ap-southeast-1': ['singapurze', 'xingapo'],
  'ap-southeast-2': ['australii', 'avustralya'],
  'ap-southeast-3': ['dzakarta', 'dzakarcie', 'cakarta', 'indonezja', 'indonezji', 'endonezya'],
  'ap-southeast-5': ['malezja', 'malezji', 'malezya'],
  'ap-southeast-6': [
    'nowa zelandia',
    'nowej zelandii',
    'nuova zelanda',
    'selandia baru',
    'nieuw-zeeland',
    'nieuw zeeland',
  ],
  'ap-southeast-7': ['tajlandia', 'tajlandii', 'tayland', 'bangkoku', 'krung thep'],
  'ca-central-1': ['kanadzie', 'montrealu'],
  // (fix45d, tuned-styles-nusantara: Indonesian and Malay "Jerman", Germany: "token 2 jam region Jerman".)
  'eu-central-1': ['almanya', 'frankfurtissa', 'nemecko', 'nemecku', 'tyskland', 'almaen', 'jerman'],
  'eu-central-2': ['zurych', 'curych', 'szwajcaria', 'isvicre', 'svycarsko', 'svycarsku'],
  'eu-north-1': ['tukholma', 'tukholmassa', 'stokholm', 'szwecja', 'szwecji', 'isvec', 'svedsko', 'svedsku'],
  'eu-south-1': [
    'mediolan',
    'mediolanie',
    'mediolanu',
    'milao',
    'wlochy',
    'wloszech',
    'italya',
    'italii',
    'eidal',
  ],
  'eu-south-2': [
    'hiszpania',
    'hiszpanii',
    'ispanya',
    'spanelsko',
    'spanelsku',
    'saragosse',
    'saragossa',
    'sbaen',
  ],
  'eu-west-1': [
    'dublinie',
    'dublinu',
    'baile atha cliath',
    'irsko',
    'irsku',
    'iwerddon',
    'dulyn',
    'ddulyn',
    'nulyn',
  ],
  'eu-west-2': [
    'llundain',
    'londain',
    'lontoo',
    'lontoossa',
    'lundunir',
    'londyne',
    'londynu',
    'londona',
    'wielka brytania',
    'wielkiej brytanii',
    'ingiltere',
    'grossbritannien',
    'reino unido',
    'regno unito',
    'verenigd koninkrijk',
    'lundain',
    'lloegr',
    'prydain',
    'deyrnas unedig',
  ],
  'eu-west-3': ['pariz', 'parizi', 'pariisi', 'pariisissa', 'francja', 'fransa', 'ffrainc'],
  'il-central-1': ['tel awiw', 'tel-aviv', 'izrael', 'izraelu', 'israil'],
  'me-central-1': [
    'dubaj',
    'dubaju',
    'emiratos arabes unidos',
    'emirats arabes unis',
    'emirati arabi uniti',
    'emirados arabes unidos',
    'zjednoczone emiraty arabskie',
    'birlesik arap emirlikleri',
    'abu zabi',
    'abou dabi',
  ],
  'me-south-1': ['bahrein', 'barein', 'bahreyn', 'bahrajn', 'bahrajnie'],
  'me-west-1': [
    'arabia saudita',
    'arabie saoudite',
    'arabia saudi',
    'arab saudi',
    'arabia saudyjska',
    'arabii saudyjskiej',
    'suudi arabistan',
    'rijad',
  ],
  'mx-central-1': ['meksyk', 'meksyku', 'meksika', 'mexique', 'messico'],
  'sa-east-1': ['brazylia', 'brazylii', 'brezilya'],
  'cn-north-1': ['pekinie', 'pequim', 'pechino', 'bac kinh'],
};

export const AWS_REGIONS: readonly AwsRegion[] = REGIONS_AS_NAMED.map((region) => ({
  ...region,
  places: [...region.places, ...(PLACES_ABROAD[region.code] ?? [])],
}));

/**
 * The airport code AWS staff and SREs use for a Region ("IAD" is us-east-1, "PDX" us-west-2, "FRA"
 * eu-central-1): AWS names its Regions' data centres after the nearest airport. GovCloud's ("PDT",
 * "OSU") are left out: those are a time zone and a university first. Lowercase; which of them are
 * also everyday words ("sin", "dub", "bom", "arn") is the parser's business (src/intent/regions.ts).
 */
export const REGION_AIRPORT_CODES: Readonly<Record<string, string>> = {
  iad: 'us-east-1',
  cmh: 'us-east-2',
  sfo: 'us-west-1',
  pdx: 'us-west-2',
  cpt: 'af-south-1',
  hkg: 'ap-east-1',
  tpe: 'ap-east-2',
  nrt: 'ap-northeast-1',
  icn: 'ap-northeast-2',
  kix: 'ap-northeast-3',
  bom: 'ap-south-1',
  hyd: 'ap-south-2',
  sin: 'ap-southeast-1',
  syd: 'ap-southeast-2',
  cgk: 'ap-southeast-3',
  mel: 'ap-southeast-4',
  kul: 'ap-southeast-5',
  akl: 'ap-southeast-6',
  bkk: 'ap-southeast-7',
  yul: 'ca-central-1',
  yyc: 'ca-west-1',
  fra: 'eu-central-1',
  zrh: 'eu-central-2',
  arn: 'eu-north-1',
  mxp: 'eu-south-1',
  zaz: 'eu-south-2',
  dub: 'eu-west-1',
  lhr: 'eu-west-2',
  cdg: 'eu-west-3',
  tlv: 'il-central-1',
  dxb: 'me-central-1',
  bah: 'me-south-1',
  qro: 'mx-central-1',
  gru: 'sa-east-1',
  bjs: 'cn-north-1',
  zhy: 'cn-northwest-1',
};

/** What a Region code looks like (us-east-1, us-gov-west-1, eusc-de-east-1); whether it exists is `findRegion`. */
export const REGION_CODE_SYNTAX = /^[a-z]{2,4}(?:-[a-z]{2,4})?-[a-z]+-\d{1,2}$/;

const BY_CODE = new Map(AWS_REGIONS.map((region) => [region.code, region]));

/** The Region with this code, or undefined when AWS has no such Region. */
export function findRegion(code: string): AwsRegion | undefined {
  return BY_CODE.get(code);
}

export function isAwsRegion(code: string): boolean {
  return BY_CODE.has(code);
}

/** "eu-central-1 (Europe (Frankfurt))" reads badly; this gives "Europe (Frankfurt), eu-central-1". */
export function regionLabel(code: string): string {
  const region = BY_CODE.get(code);
  return region ? `${region.description}, ${code}` : code;
}

/**
 * Per partition: the prefix of its Region codes (so a Region newer than this table still finds its
 * partition) and the one Region its global IAM is served from.
 */
const PARTITIONS: Record<
  Partition,
  { codePrefix: string; iamRegion: string; costExplorerRegion: string | null }
> = {
  aws: { codePrefix: '', iamRegion: 'us-east-1', costExplorerRegion: 'us-east-1' },
  'aws-cn': { codePrefix: 'cn-', iamRegion: 'cn-north-1', costExplorerRegion: 'cn-northwest-1' },
  // GovCloud has no Cost Explorer: its usage is seen in the associated standard account's.
  'aws-us-gov': { codePrefix: 'us-gov-', iamRegion: 'us-gov-west-1', costExplorerRegion: null },
  'aws-eusc': { codePrefix: 'eusc-', iamRegion: 'eusc-de-east-1', costExplorerRegion: 'eusc-de-east-1' },
};

/** The partition's ARN prefix (arn:aws, arn:aws-us-gov, arn:aws-cn) for a Region; commercial when unknown. */
export function partitionOf(code: string): Partition {
  const known = BY_CODE.get(code)?.partition;
  if (known !== undefined) return known;
  const byPrefix = (Object.keys(PARTITIONS) as Partition[]).find((p) => {
    const prefix = PARTITIONS[p].codePrefix;
    return prefix !== '' && code.startsWith(prefix);
  });
  return byPrefix ?? 'aws';
}

/** IAM is global, served from one Region per partition: the one for this Region's partition. */
export function iamRegionFor(code: string): string {
  return PARTITIONS[partitionOf(code)].iamRegion;
}

/**
 * Cost Explorer has one endpoint per partition: us-east-1 for the commercial Regions, cn-northwest-1
 * for China, eusc-de-east-1 for the European Sovereign Cloud; null for AWS GovCloud (US), whose usage
 * is billed to, and seen in Cost Explorer of, its associated standard account.
 */
export function costExplorerRegionFor(code: string): string | null {
  return PARTITIONS[partitionOf(code)].costExplorerRegion;
}
