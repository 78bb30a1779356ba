/**
 * fix45e, tuned-styles-arabizi: Arabizi, Arabic (Gulf, Egyptian, Levantine, Maghrebi) written in Latin letters and
 * digits (3 = ع, 7 = ح, 2 = ء, 5 = خ) and mixed with English or French: "3ayez token sa3tein law sama7t" (I want a
 * token for two hours, please), "api key lel fraud scoring, 90 yom", "ghayyar el mifta7 bta3 churn_predictor",
 * "history el shahr elli fat lel crew-rostering". surface.ts's glossary reads words of letters only; Arabizi's words
 * hold digits ("sa3a", "la2", "mifta7"), so the message was read as English with unknown words in it, and "lel"
 * (for the), "bta3" (of) or "bidi" (I want) were taken for the unit's name.
 *
 * This reads such a message into English words, as more-languages.ts glosses Hinglish or Swahili, and only a message
 * with a strong word (one no English text has: "sa3a", "3ayez", "bta3", "lel", "momken"); the weak words ("el" the,
 * "w" and, "fi" in, "bas" only) are read only in such a message. Phrases first (a number of hours or days, a period,
 * "la2 khalliha" no, leave it), then the words.
 */

/** A word of Arabizi: letters and digits, not inside a name ("fraud-scoring", "souq.search", an e-mail, a mention). */
const WORD = String.raw`(?<![\p{L}\p{N}_@.\-/\x60'’:])([a-z0-9]*[a-z][a-z0-9]*|[a-z]*\d[a-z0-9]*[a-z])(?![\p{L}\p{N}_@\-/\x60'’]|\.[\p{L}\p{N}])`;
const WORD_RE = new RegExp(WORD, 'giu');

/** Words no English text has: one of them marks the message as Arabizi. */
const STRONG_WORDS = [
  'sa3a',
  'sa3at',
  'sa3aat',
  'sa3tein',
  'sa3ten',
  'da2i2a',
  'da2aye2',
  'da2ayi2',
  '3ayez',
  '3ayz',
  '3ayza',
  '3ayzeen',
  '3awez',
  '3awza',
  'bidi',
  'biddi',
  'badde',
  'baddi',
  'bidna',
  'baghi',
  'bghit',
  'bghina',
  'abgha',
  'abghi',
  'me7tag',
  'me7taga',
  'me7tageen',
  'momken',
  'mumkin',
  'mumken',
  'momkin',
  'lmodet',
  'modet',
  'lel',
  'lal',
  'bta3',
  'bta3et',
  'bta3t',
  'bta3ti',
  'bta3i',
  'taba3',
  'taba3i',
  'dyal',
  'dyali',
  '7ag',
  'mifta7',
  'mafatee7',
  'la2',
  'sama7t',
  'samaht',
  '3afak',
  'yalla',
  'yom',
  'yomein',
  'shahr',
  'shahrein',
  'ashhor',
  'shhour',
  'usbu3',
  'usbu3ein',
  'akher',
  'warrini',
  'warini',
  'a3tini',
  '3tini',
  'ghayyar',
  'ilghi',
  '2ilghe',
  'wa2afo',
  'e2fel',
  'sakker',
  '3ashan',
  'ezay',
  'kifash',
  'emta',
  'sarafna',
  'khlsna',
  'chhal',
  'gdeed',
  'jdid',
  '2asdi',
  'khalliha',
  'khaliha',
  '5alliha',
  'ensa',
  'e3melli',
  '3andak',
  '3amal',
  '3amalt',
  'et3amal',
  'te3mel',
  'a3mel',
  'n3mel',
  'ne3mel',
  'elli',
  'a5od',
  'ba3d',
  'ba3dein',
  'kamla',
  'ezay',
  '3omr',
  'far2',
  'bywafe2',
  'ywafe2',
  'wafa2',
  'a7ot',
  'btesta3mel',
  'bezabt',
  'byexpire',
  'mawgooda',
  'et2aggel',
  'iza',
  'lessa',
  'halla2',
  'dilwa2ti',
  'al7een',
  '3ando',
  '3andi',
  'shaghal',
  'ykoon',
  'ynfa3',
  '3an',
  'lazem',
  '7ad',
  'shafo',
  'kamlin',
  'tshoof',
  '3afak',
  'kallem',
  'chno',
  'chkoun',
  'chkun',
  'shkoun',
  'kayn',
  'byefdal',
  '2ad',
  'byerga3',
  'so2al',
  'ya3ni',
  'et3amal',
  'nafs',
  'howa',
];

/** Phrases, read before the words: several words that mean one thing. */
const PHRASES: [RegExp, string][] = [
  // fix46e, tuned-styles-arabizi: a question of what may be had, "momken el token ykoon le 2 days? ana bas bas2al"
  // (can a token last 2 days? I'm just asking: help), "kam key momken el unit ykoon 3andaha?" (how many keys can a
  // unit have?), "in theory momken token 10 saat?" (could I get a token for 10 hours?: "momken token N" asks for a token
  // for N, as "a token for N" does in English).
  [
    /\b(?:momken|mumkin)\s+el\s+(token|key|api\s+key|access\s+key)\s+(?:ykoon|yekoon|tkoon|ykon)(?:\s+(?:le|l|la|lel))?\b/giu,
    'can a $1 last',
  ],
  [/\bana\s+bas\s+(?:bas2al|bs2al)\b/giu, "i'm just asking"],
  [
    /\bkam\s+(key|token)s?\s+(?:momken|mumkin)\s+(?:el\s+)?(unit|team)\s+(?:ykoon|yekoon|tkoon)\s+3and(?:aha|ha|o|oh|hom)\b/giu,
    'how many $1s can a $2 have',
  ],
  [/\b(?:momken|mumkin)\s+token\s+(?=\d)/giu, 'can i get a token for '],
  // fix46e: what a unit cost, asked with the noun alone, "el takalif bta3et el e-invoice …?" (what's the cost of …?).
  [/^\s*el\s+(?:takalif|taklifa|sarf)\s+(?=bta3|taba3|dyal|7ag)/giu, "what's the cost "],
  // fix46e: a correction that keeps only part, "el takalif … lel sana di? la2 khalas, bas el shahr da" (the cost this
  // year? no, just this month), and "lel sana di" (for this year) as the period, not "for the this year".
  [/\bla2\s*,?\s*khala(?:s|ss)\s*,?\s*(?=bas\b)/giu, 'no, '],
  [/\b(?:el|lel|lil|lal)\s+sana\s+(?:di|de|hadi)\b/giu, 'this year'],
  // fix46e: a new key in the old one's place, "3ayzeen key gdeed lel e-invoice bdalo" (we need a new key for e-invoice
  // to replace it, after the contractor left with it: a rotation, as "a new one please" is).
  [/\b(keys?|mifta7|token)\s+(?:gdeed|gedid|jdid|jadid|jdide)\b/giu, 'new $1'],
  // fix46e: where a unit's key is, "ana 3ayez a3raf el key bta3 el tasheel-portal fi anhi region" (I want to know which
  // region the key of tasheel-portal is in: details).
  [
    /\b(?:ana\s+)?(?:3ayez|3ayza|bidi|baghi|abi|abgha)\s+a3raf\s+([^?,.;!\n]{1,80}?)\s+fi\s+(?:anhi|ayy|ayya|eh)\s+region\b/giu,
    'which region is $1 in',
  ],
  // fix46e: a key's days used up, told as why ("yalla rotate lel atlas-recs, el 90 yom 5elsu": the 90 days are over):
  // its age, no lifetime asked for.
  [/\bel\s+(\d+)\s+(?:yom|youm|ayam|iyam)\s+(?:5elsu|khelsu|5elso|khelso|khalasu)\b/giu, 'it is $1 days old'],
  // fix46e: the article of a unit's name after deprovision, "deprovision el sanabel ba3d el audit" (deprovision Sanabel
  // after the audit): a unit is what is deprovisioned, so "el" is no part of a unit's description there.
  [/\b(deprovision|offboard)\s+el\s+(?!(?:unit|team|project|keys?|squad|mifta7|bu)\b)/giu, '$1 '],
  // fix46e: from ("take away el key mn el Network Ops Crew"), where "min" before a verb is who (below).
  [/\b(?:mn|men)\s+el\b/giu, 'from the'],
  // fix46e: how to see one's units is the list's ("ezay ashoof el units bta3ti?").
  [/\b(?:ezay|kifash|kif)\s+(?:ashoof|ashouf|nshouf|nshoof)\s+(?=(?:el\s+)?units?\b)/giu, 'how do i list '],
  // A request taken back or put to a person: "la2 ensa" (no, never mind), "la2 mish lazem" (no, not needed), "mesh
  // 3ayez token" (I don't want a token), "momken te3mel … lamma tfda?" (can you … when you are free?), "e3melli token
  // men 3andak" (make me a token from your account).
  [/\bla2\s*,?\s*(?:ensa|insa|ensah)\b/giu, 'no, never mind'],
  [/\bla2\s*,?\s*(?:mish|mesh|msh)\s+lazem\b/giu, 'no, not needed'],
  [/\b(?:mesh|mish|msh|ma)\s+(?:3ayez|3ayza|3ayz|bidi|baddi|baghi|abi|abgha)\b/giu, "don't need"],
  [/\bkont\s+(?:3ayez|3ayza|bidi|baghi)\b/giu, 'wanted'],
  [/\b(?:momken|mumkin)\s+(?=te3mel|t3mel|ti3mel)/giu, 'can you '],
  [/\blamma\s+(?:tfda|tefda|tfadda|tkoun\s+fadi)\b/giu, 'when you get a sec'],
  [/\b(?:men|min|mn)\s+3andak\b/giu, 'from your account'],
  [/\bwalla\s+la2\b/giu, 'or not'],
  [/\b(?:3ala|3la|fi)\s+el\s+(?:mobile|phone|telefon|tel)\s+bas\b/giu, 'on my phone only'],
  [/\b7ad\s+(?:tani|tany|ghiri|ghayri)\b/giu, 'someone else'],
  [/\b(?:mifta7|mafatee7)\s+(?:el\s+)?(?:3arabeya|3arabiya|sayyara|tomobil)\b/giu, 'car key'],
  // How long: "sa3a w nos" (an hour and a half), "sa3tein w nos", "sa3a w rob3", "nos sa3a", "rob3 sa3a".
  [/\bsa3tein\s+w\s*nos\b/giu, '150 minutes'],
  [/\b(?:sa3a|sa3)\s+w\s*nos\b/giu, '90 minutes'],
  [/\b(?:sa3a|sa3)\s+w\s*rob3\b/giu, '75 minutes'],
  [/\bnos\s+sa3a\b/giu, '30 minutes'],
  [/\brob3\s+sa3a\b/giu, '15 minutes'],
  [/\b(?:wa7da|wa7ed)\s+sa3a\b/giu, '1 hour'],
  [/\b(?:talat|talata|tlata)\s+(?:sa3at|saat|sa3aat|sa['’]at|sa['’]aat)(?![\p{L}\p{N}'’])/giu, '3 hours'],
  [/\b(?:arba3|arba3a)\s+(?:sa3at|saat|sa3aat|sa['’]at|sa['’]aat)(?![\p{L}\p{N}'’])/giu, '4 hours'],
  // (What a thing of another trade is doing, "3ayez a3raf el token bta3 el bank 3amel eh": what the bank's token is up
  // to, told, not a question to us; merge45.)
  [/\b(3amel|3amla|3amlin)\s+eh\b/giu, 'is up to'],
  // A period: "hal shahr" / "el shahr da" (this month), "el shahr elli fat" (last month), "akher 7 ayam" (the last 7
  // days), "el usbu3 elli fat" (last week), "shahrein fatu" (two months ago).
  [/\b(?:hal|el)\s+shahr\s+(?:elli|illi|el)\s+(?:fat|fa2et|madi)\b/giu, 'last month'],
  [/\b(?:hal\s+shahr|el\s+shahr\s+(?:da|dah|di|hada|hadha))\b/giu, 'this month'],
  [/\b(?:el\s+)?usbu3\s+(?:elli|illi|el)\s+(?:fat|madi)\b/giu, 'last week'],
  [/\b(?:el\s+)?usbu3\s+(?:da|dah|hada)\b/giu, 'this week'],
  [/\bshahrein\s+fatu\b/giu, '2 months ago'],
  [/\bakher\s+usbu3ein\b/giu, 'the last 14 days'],
  [/\bakher\s+usbu3\b/giu, 'the last 7 days'],
  [/\bakher\s+(\d+)\s+(?:ayam|iyam|yom|youm)\b/giu, 'the last $1 days'],
  [/\bakher\s+(\d+)\s+(?:shhour|ashhor|ashhur|shuhur)\b/giu, 'the last $1 months'],
  [/\bsana\s+kamla\b/giu, '1 year'],
  [/\blaw\s+(?:sama7t|samaht|sama7ti|samahti)\b/giu, ''],
  [/\ble\s+(?=\d|modet|zamili|<@)/giu, 'for '],
  // "la2 khalliha" with nothing after it: no, leave it (the request taken back); "khalliha sa3tein": make it two.
  [/\b(?:khall?iha|5all?iha)\b(?=\s*(?:\d|sa3|nos|rob3))/giu, 'make it'],
  [/\b(?:khall?iha|5all?iha)\b/giu, 'leave it'],
  // "kol el keys" (all the keys), "kol 7aga" (everything).
  [/\bkol\s+7aga\b/giu, 'everything'],
  // A command's verb after "do" ("te3mel rotate", "n3mel revoke"): the command itself.
  [/\b(?:te3mel|a3mel|n3mel|ne3mel)\s+(?=rotate|revoke|deprovision)/giu, ''],
  [/\bet3amal\s+(rotate|revoke)\b/giu, 'was $1d'],
  // "emta et3amal el key bta3 X?" (when was X's key made?): a creation asked about, history.
  [/\bet3amal\s+(el\s+(?:key|mifta7)\s+(?:bta3|taba3|dyal|7ag)\s+[\w.-]*\w)/giu, 'was $1 created'],
  // "el key bta3 X lessa valid walla expired?" (is X's key still valid or expired?).
  [
    /^\s*(el\s+(?:key|mifta7)\s+(?:bta3|taba3|dyal|7ag)\s+[\w.-]*\w)\s+lessa\s+(?=valid|sha8al|shaghal)/giu,
    'is $1 still ',
  ],
  [/\btalabt\s+mar2ein\b/giu, 'i ordered twice'],
  [
    /\b(?:shu|eh|chno)\s+(?:el\s+)?units?\s+(?:elli\s+3andi|bta3ti|bta3i|taba3i|dyali)\b/giu,
    'what are my units',
  ],
  [/\b(?:el\s+)?units?\s+(?:elli\s+3andi|bta3ti|bta3i|taba3i|dyali)\b/giu, 'my units'],
  // How long, bare: "token sa3a" (an hour), "expiry shahr" (a month), "usbu3 bas" (a week), "sana" (a year); after a
  // number the word is the unit ("12 sa3a", "6 shhour").
  [/(?<![\w-])(\d+)\s*sa3a\b/giu, '$1 hours'],
  [/\bsa3a\b/giu, '1 hour'],
  [/\b(?:el\s+)?sana\s+(?:di|de|hadi)\b/giu, 'this year'],
  [/\b(?:el\s+)?usbu3\s+(?:el\s+)?(?:gay|gai|jay|jai|jayy|qadim|jaay)\b/giu, 'next week'],
  [/\b(?:el\s+)?shahr\s+(?:el\s+)?(?:gay|gai|jay|jai|jayy|qadim|jaay)\b/giu, 'next month'],
  [/\bbas\s+lessa\b(?!\s+(?:mesh|mish|msh)\b)/giu, 'but still'],
  [/\bbas\s+(?=lessa\s+(?:mesh|mish|msh)\b)/giu, 'but '],
  [/(?<!(?:\d|\bel)\s*)\bshahr\b/giu, '1 month'],
  [/(?<!(?:\d|\bel)\s*)\busbu3\b/giu, '1 week'],
  [/(?<!\d\s*)\bsana\b/giu, '1 year'],
  [/\bla\s+(?=\d|yomein|sa3tein|nos\s|rob3\s)/giu, 'for '],
  // Questions: "min 3amal rotate" (who rotated), "kam 3omr el key" (how old is the key), "el far2 ben" (the difference
  // between), "byakhod 2ad eh" (how long does it take), "fi X fi el bot?" (is there X in the bot?), "ezay ashoof"
  // (how do I see), "shu ya3ni" (what is), "akher marra" (last time).
  [/\bmin\s+(?=3amal|3amalo|did|revoked|rotated|bywafe2|ywafe2|biywafe2|el\s+admins|lazem)/giu, 'who '],
  [/\bkam\s+3omr\b/giu, 'how old is'],
  [/\b(?:el\s+)?far2\s+ben\b/giu, 'the difference between'],
  [/\b(el\s+history)\s+byerga3\s+(?:le|li|la)\s+wara\s+2ad\s+eh\b/giu, 'how far back does $1 go'],
  [/\b(?:byakhod|bta5od|byekhod)\s+2ad\s+eh\b/giu, 'how long does it take'],
  [/\b2ad\s+eh\b/giu, 'how long'],
  [/^\s*fi\s+(?=\S+\s+fi\s+el\s+bot\b|region|token\s+atwal)/giu, 'is there '],
  [/\b(?:ezay|kifash|kif)\s+(?:ashoof|ashouf|nshouf|nshoof)\b/giu, 'how do i see'],
  [/\b(?:ezay|kifash|kif)\s+(?:at2alab|atlob|a6lob|n6lob)\b/giu, 'how do i request'],
  [/\b(?:ezay|kifash|kif)\s+a3mel\b/giu, 'how do i'],
  [/\b(?:shu|eh|chno)\s+ya3ni\b/giu, 'what is'],
  [/\bakher\s+marra\b/giu, 'last time'],
  [/\beh\s+(?:elli|illi)\s+3amalo\s+(<@\w+>)/giu, 'what did $1 do'],
  [/\b(?:shu|eh|chno)\s+3and\b/giu, 'what does'],
  [/\b(?:atwal|a6wal)\s+(?:men|min|mn)\b/giu, 'longer than'],
  [/\bkol\s+(?=\d)/giu, 'every '],
  [/\bba3d\s+ma\b/giu, 'after'],
  // Whose units: "eh el units elli 3andi?" (what are my units?), "el units elli ana owner 3alaihum" (that I own),
  // "elli <@U…> owner 3aleha" (that he owns); "3ayez ashoof" (I want to see) is "show me".
  [/\b(?:elli|illi|li)\s+(?:ana\s+)?owner\s+3ala(?:ihum|ihom|yhom|ehom|iha|yha|eha)\b/giu, 'that i own'],
  [
    /\b(?:elli|illi|li)\s+(<@\w+>)\s+owner\s+3al(?:a|e)?(?:ihum|ihom|yhom|ehom|iha|yha|eha|ha|hum)\b/giu,
    '$1 owns',
  ],
  [/\b(?:3ayez|3ayza|abi|abgha|bidi|baghi|bghit)\s+(?:ashoof|ashouf|nshouf|nshoof)\b/giu, 'show me'],
  [/\bla\s+lista\b/giu, 'the list'],
  // (fix46e: Maghrebi with French, who approves, "chkoun li kay-approuvi les clés hna?"; and "f les 3 derniers mois"
  // (in the last 3 months), a period of the history.)
  [
    /\b(?:chkoun|chkun|shkoun)\s+(?:li|elli|lli)\s+kay-?(?:approuvi|approuve|validi|valide)\s+les\s+cl(?:é|e)s\b/giu,
    'who approves the keys',
  ],
  [
    /\b(?:chkoun|chkun|shkoun)\s+(?:li|elli|lli)\s+kay-?(?:approuvi|approuve|validi|valide)\b/giu,
    'who approves',
  ],
  [/\b(?:(?:f|fi)\s+)?les\s+(\d+)\s+derniers\s+mois\b/giu, 'in the last $1 months'],
  [/\b(?:(?:f|fi)\s+)?les\s+(\d+)\s+derniers\s+jours\b/giu, 'in the last $1 days'],
  [/\bles\s+units\b/giu, 'the units'],
  // Questions of what a unit has or what is offered: "chno kayn f unit X?" (what is there in X), "chno homa les modèles
  // li kaynin?" (what are the models that are available), "el token howa nafs el api key?" (is the token the same as),
  // "el history byerga3 le wara 2ad eh?" (how far back does the history go).
  [/\b(?:shu|eh|chno)\s+kayn\b/giu, 'what is there'],
  [/\b(?:shu|eh|chno)\s+(?:homa|huma|hiya)\b/giu, 'what are'],
  [/\b(?:li|elli)\s+(?:kaynin|kaynen|mawgooda|mawjoudin)\b/giu, 'that are available'],
  [/^(\s*el\s+\S+)\s+(?:howa|hiya)\s+nafs\b/giu, 'is $1 the same as'],
  [/\bbyefdal\s+sha(?:8|gh)al\b/giu, 'stays working'],
  [/\bmen\s+(?=sa3a|sa3tein|yom|usbu3)/giu, 'ago '],
  [/\ba\s+kallem\s+min\b/giu, 'who do i talk to'],
  [/\b3al\s+so2al\b/giu, 'for the question'],
  [/\bfiha\s+moshkela\b/giu, 'has a problem'],
  [/\bel\s+(order|talab|car|3arabeya)\s+(?:bta3i|taba3i|dyali)\b/giu, 'my $1'],
  // A person asked, or a thing not sure yet: "<@U…> 3afak dir revoke …, ana f taxi" (can you …, I'm in a taxi),
  // "Amine momken tshoof?" (can you have a look?), "lazem yet3amalo revoke" (must be revoked), "lessa mesh" (not yet).
  [/\b(?:3afak\s+)?dir\s+(?=rotate|revoke|deprovision)/giu, 'can you '],
  [/\bana\s+(?:f|fi)\s+(?=taxi|uber|careem|train|tren|el\s+taxi)/giu, "i'm in a "],
  [/\b(?:momken|mumkin)\s+(?=tshoof|tshouf|tbos)/giu, 'can you '],
  // (fix46e: whether a place to keep it is fine, "momken a7ot el token fi .env fi el repo walla 7aram?": is it ok to
  // put the token in .env, keeping it safe, not how to use it.)
  [
    /\b(?:momken|mumkin)\s+(?=(?:a7ot|a7ut)\s+el\s+(?:token|key|api\s+key|access\s+key|mifta7)\s+(?:fi|f)\s[^?\n]{0,80}\bwalla\s+(?:7aram|la2|mamnoo3|mamnou3)\b)/giu,
    'is it ok to ',
  ],
  [/\b(?:momken|mumkin)\s+(?=a7ot|ashare|asta3mel|el\s)/giu, 'can i '],
  [/\b(?:yet3amalo|yet3amal|yet3emlo)\s+(rotate|revoke)\b/giu, 'be $1d'],
  [/\blessa\s+(?:mesh|mish|msh)\b/giu, 'not yet'],
  [/\bma\s+7ad\b/giu, 'no one'],
  [/\bana\s+(?=3ayez|3ayza|bidi|baghi|abi|abgha|me7tag)/giu, ''],
  [/\b(?:mafi|mafish|mafeesh|ma\s+fi)\s+wa2t\b/giu, 'there is no time'],
];

/** Words, read once the message is known as Arabizi. */
const WORDS: Record<string, string> = {
  sa3a: 'hour',
  'sa3at|sa3aat|saat': 'hours',
  'sa3tein|sa3ten': '2 hours',
  'da2i2a|da2aye2|da2ayi2': 'minutes',
  'yom|youm|ayam|iyam': 'days',
  yomein: '2 days',
  shahr: 'month',
  shahrein: '2 months',
  'ashhor|shhour|ashhur|shuhur': 'months',
  usbu3: 'week',
  usbu3ein: '2 weeks',
  sana: 'year',
  '3ayez|3ayz|3ayza|3awez|3awza|bidi|biddi|badde|baddi|baghi|bghit|abgha|abghi|abi': 'i need',
  '3ayzeen|bidna|bghina': 'we need',
  'me7tag|me7taga|me7tageen': 'needs',
  'momken|mumkin|mumken|momkin': 'can i get',
  'lmodet|modet': '',
  l: 'for',
  'lel|lal|lil': 'for the',
  'bta3|bta3et|bta3t|taba3|dyal|dial|7ag': 'of',
  'bta3ti|bta3i|taba3i|dyali': 'mine',
  el: 'the',
  wel: 'and the',
  w: 'and',
  fi: 'in',
  f: 'in',
  ma3: 'with',
  '3ala|3la': 'on',
  kol: 'all',
  'mifta7|mafatee7': 'key',
  'gdeed|gedid|jdid|jdide|jadid': 'new',
  la2: 'no',
  ensa: 'forget it',
  '2asdi': 'i mean',
  ana: 'i',
  bas: 'just',
  ya3ni: '',
  'sama7t|samaht|3afak|yalla|inshallah': '',
  law: 'if',
  zamili: 'my colleague',
  'shokran|shukran|mersi': '',
  'warrini|warini|wareeni': 'show me',
  'a3tini|3tini|a3teeni': 'give me',
  'ashoof|ashouf|nshouf|yeshoof': 'see',
  ghayyar: 'change',
  'ilghi|2ilghe': 'cancel',
  wa2afo: 'stop',
  e2fel: 'stop',
  sakker: 'shut down',
  '3ashan': 'because',
  'ezay|kifash': 'how',
  emta: 'when',
  'sarafna|khlsna': 'we spent',
  chhal: 'how much',
  '3amal|3amalt': 'did',
  'te3mel|a3mel|n3mel|ne3mel': 'make',
  elli: 'that',
  a5od: 'get',
  'mesh|mish|msh': 'not',
  walla: 'or',
  '7ad': 'anyone',
  lw: 'if',
  '5adna|akhadna': 'we take',
  bukra: 'tomorrow',
  hayez3al: 'will be angry',
  e3melli: 'make me',
  'habibi|ya': '',
  '3andi': 'i have',
  '3andna': 'we have',
  'wa7ed|wa7da': 'one',
  'lih|leh|lesh|lech': 'why',
  a3raf: 'to know',
  wa2ef: 'is down',
  kont: 'was',
  a2ool: 'tell',
  '2ali|2alli': 'told me',
  '2al': 'said',
  estanna: 'to wait',
  lazem: 'must',
  et2aggel: 'got postponed',
  'tshoof|tshouf': 'have a look',
  metset: 'set',
  '7aram': 'is it forbidden',
  mawgooda: 'are available',
  'kamlin|kamlen|kolhom': 'all',
  '5elsu|khelsu': 'are over',
  byo2af: 'will stop',
  mar2ein: 'twice',
  'ajarrab|ajarreb|a-jarrab|jarreb': 'to try',
  'yemken|yimkin|yumkin': 'maybe',
  ba3d: 'after',
  ba3dein: 'then',
  a3mel: 'do i',
  'n3mel|ne3mel': 'we will',
  'shu|chno|chnou|eh': 'what',
  'chkoun|chkun|shkoun': 'who',
  // (fix49l: Egyptian "now" as most type it, "dlwa2ty"/"delwa2ti", and Gulf "el7een": "rotate el key bta3 growth? la2
  // msh dlwa2ty" (no, not now) takes the request back as "no not now" does.)
  'halla2|halla|daba|dilwa2ti|dilwa2ty|dlwa2ty|dlwa2ti|delwa2ty|delwa2ti|dlw2ty|al7een|el7een|il7een': 'now',
  kam: 'how many',
  lessa: 'still',
  'anhi|ayya|ayy': 'which',
  '3an': 'about',
  '3ando|3andaha|3andhom': 'has',
  'kayn|kaynin|kaynen': 'there is',
  mars: 'march',
  'yanayer|yanayir': 'january',
  'febrayer|fabrayer|febrayir': 'february',
  historique: 'history',
  sarf: 'spent',
  'takalif|taklifa': 'cost',
  fatura: 'bill',
  'bywafe2|ywafe2|biywafe2': 'approves',
  wafa2: 'approved',
  nafs: 'the same as',
  iza: 'if',
  eno: 'that',
  'bey2ool|bi2ool|bey2oul': 'says',
  'mit2akkedin|mit2akked|mit2akkeda': 'sure',
  ta2ool: 'tell',
  'by3tik|bya3tik': 'gives you',
  '7elwa|7elw': 'nice',
  '5alas|khalas': 'done',
  '2adim|2adeem': 'old',
  shaghal: 'works',
  bezabt: 'exactly',
  byemsa7: 'deletes',
  'byeshil|bye7tefez': 'keeps',
  'a7ot|a7ut': 'put',
  '3adi': 'is it ok to',
  ashare: 'share',
  ykoon: 'be',
  'ynfa3|yenfa3': 'is it possible',
  'btesta3mel|testa3mel|yesta3mel|asta3mel': 'use',
  hal: 'this',
  'hon|hna|hena': 'here',
  atwal: 'longer',
  byexpire: 'expires',
  'bas2al|bs2al': 'asking',
  talab: 'request',
  talabt: 'i requested',
  'shafo|shaf': 'saw',
  // (fix46e: "bdalo", in its place.)
  'bdalo|badalo|bdalha|badalha': 'to replace it',
};
const WORD_MAP = new Map<string, string>();
for (const [words, en] of Object.entries(WORDS)) for (const w of words.split('|')) WORD_MAP.set(w, en);

/**
 * fix45a, tuned-bpo (a glossary language 'arz' in more-languages.ts until fix46e, which moved it here so that one reader
 * reads Arabizi): Egyptian Arabic written in Latin letters, "Franco-Arabic" ("law samaht ya bot, token le modet
 * sa'teen", "ghayyar el key bta3 cairo-arabic-qa", "elghy el key", "shil kol haga bta3 unit X"). Read after the
 * reading above, on what it left, and only in a message with one of its strong words or phrases: the commands (change:
 * rotate; cancel: revoke; remove), please, how, the lifetime, yesterday; then its particles ("ya", "el", "le", "fi",
 * "w", "ana", "kam", "bas"), English or another language's words, so weak. Its words with digits for letters
 * ("3ayzin", "bta3", "embare7") or an apostrophe ("sa'teen", "mod'etha") are its phrases.
 */
const EGYPTIAN_STRONG: Record<string, string> = {
  samaht: 'please',
  'ghayyar|ghayar|ghayyer|ghayarly|ghayyarly': 'rotate',
  'elghy|elghi|elghee|alghy|elghih': 'revoke',
  'shil|sheel|sheil': 'remove',
  'ezay|ezzay|izay': 'how',
  'modet|moddet|modda|moddit': 'for',
  'yom|youm|ayam|ayyam': 'days',
  khalas: 'done',
  basha: '',
  haga: 'thing',
};
const EGYPTIAN_WEAK: Record<string, string> = {
  ya: '',
  el: 'the',
  le: 'for',
  lel: 'for the',
  fi: 'in',
  w: 'and',
  ana: 'i',
  kam: 'how much',
  bas: '',
  law: '',
};
/**
 * Egyptian words with digits for letters or an apostrophe: want ("3ayzin access key …"), of ("el key bta3 X"), the
 * hours ("sa'teen", two; "talat sa'at", three; "sa'a w nos", an hour and a half), its lifetime ("mod'etha 90 yom", for
 * 90 days), everything ("shil kol haga", remove everything), yesterday ("embare7") and a thing told as done ("ana
 * 3amalt rotate lel key …", I rotated the key: no request).
 */
const EGYPTIAN_PHRASES: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])3a[yw]e?z(?:in|een|ien|a|ah|ak)?(?![\p{L}\p{N}])/giu, 'we need'],
  [/(?<![\p{L}\p{N}_-])b(?:e)?ta3(?:et|t)?(?![\p{L}\p{N}_-])/giu, 'of'],
  [/(?<![\p{L}])sa['’]?a\s+w[ei]?\s*no[sṣ](?![\p{L}])/giu, 'an hour and a half'],
  [/(?<![\p{L}])sa['’]?(?:teen|tein|tin)(?![\p{L}])/giu, '2 hours'],
  [/(?<![\p{L}])talat\s+sa['’]?at(?![\p{L}])/giu, '3 hours'],
  [/(?<![\p{L}\p{N}])(\d{1,2})\s*sa['’]?at(?![\p{L}])/giu, '$1 hours'],
  [/(?<![\p{L}])sa['’]a(?![\p{L}])/giu, 'an hour'],
  [/(?<![\p{L}])mod['’]?(?:et|it)(?:ha|oh|o)(?![\p{L}])/giu, 'for'],
  [/(?<![\p{L}])kol\s+(?:haga|7aga)(?![\p{L}])/giu, 'everything'],
  [/(?<![\p{L}\p{N}])(?:e|i)mbare7(?:a)?(?![\p{L}\p{N}])/giu, 'yesterday'],
  [/(?<![\p{L}\p{N}])3amal(?:t|na)\s+(rotate|revoke|delete|create|renew)(?![\p{L}\p{N}_-])/giu, '$1d'],
];
const EGYPTIAN_MAP = new Map<string, string>();
for (const entries of [EGYPTIAN_STRONG, EGYPTIAN_WEAK])
  for (const [words, en] of Object.entries(entries))
    for (const w of words.split('|')) EGYPTIAN_MAP.set(w, en);
/** A word as the glossary reads one (surface.ts): letters only, not inside a name, an address or a path. */
const EGYPTIAN_WORD_RE = /(?<![\p{L}\p{N}_@.\-/'’])(\p{L}+)(?![\p{L}\p{N}_@\-/]|\.[\p{L}\p{N}_])/gu;
const EGYPTIAN_STRONG_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.\-/'’])(?:${Object.keys(EGYPTIAN_STRONG).join('|')})(?![\p{L}\p{N}_@\-/]|\.[\p{L}\p{N}_])`,
  'iu',
);
/** Whether a message is Egyptian as its glossary language was: a strong word or one of its phrases. */
const egyptianIn = (s: string): boolean =>
  EGYPTIAN_STRONG_RE.test(s) ||
  (EGYPTIAN_PART_RE.test(s) &&
    EGYPTIAN_PHRASES.some(([re]) => {
      re.lastIndex = 0;
      return re.test(s);
    }));
function egyptian(s: string): string {
  if (!egyptianIn(s)) return s;
  let out = s;
  for (const [re, en] of EGYPTIAN_PHRASES) out = out.replace(re, en);
  return out.replace(EGYPTIAN_WORD_RE, (m, word: string) => {
    const en = EGYPTIAN_MAP.get(word.toLowerCase());
    return en === undefined ? m : en === '' ? ' ' : en;
  });
}

/**
 * fix46e, tuned-styles-arabizi: Arabizi with no strong word, its particles around English commands: "don't deprovision
 * zakat-calc, bas rotate el key" (just rotate the key), "take away el key mn el Network Ops Crew" (from the), "fi claude
 * fi el bot?" (is there Claude in the bot?), "api key l `NoorAssistant`" (for, before a name in backticks). None is an
 * English phrase.
 */
const MARKS = String.raw`\bbas\s+(?:rotate|revoke|deprovision|create|delete|renew|reset)\b|\bmn\s+el\s|^\s*fi\s+\S+\s+fi\s+el\s+bot\b|\bl\s+\x60`;
const MARKS_RE = new RegExp(MARKS, 'i');

/**
 * Whether the text might be Arabizi at all, the one test on every message: a strong word of either reading or a
 * particle of MARKS, as a word; or, only in a text with a digit, an apostrophe or a backtick, the letters its
 * phrases' words are made of ("3a", "ta3", "mbare7", "sa'", "mod'", "l `"). Where it holds, the patterns decide.
 */
const ANY_WORD_RE = new RegExp(
  String.raw`\b(?:${[...STRONG_WORDS, ...Object.keys(EGYPTIAN_STRONG), 'bas', 'mn', 'fi'].join('|')})\b`,
  'i',
);
/** The letters of Egyptian words written with digits or an apostrophe: the glossary's trigger for its phrases. */
const EGYPTIAN_PART_RE = /3a[yw]|ta3|3amal|mbare7|(?:sa|mod)['’]/i;
const ANY_PART_RE = /3a[yw]|ta3|3amal|mbare7|(?:sa|mod)['’]|\bl\s+`/i;
const mayBeArabizi = (s: string): boolean =>
  ANY_WORD_RE.test(s) ||
  ((s.includes('3') || s.includes('7') || s.includes("'") || s.includes('’') || s.includes('`')) &&
    ANY_PART_RE.test(s));

/** Whether the text (in lower case) has a strong word: the step's test. */
const ARABIZI_WHEN = new RegExp(String.raw`\b(?<![@.\-/])(?:${STRONG_WORDS.join('|')})(?![\w@\-/])`, 'i');

/**
 * The message read into English words (a message with no strong word is left as it is). parse-request.ts reads the
 * English before anything else, as it reads a message in another script (other-scripts.ts): the tests on the text as
 * typed (a request put to a person, a request taken back) read it too.
 */
export function arabizi(s: string): string {
  if (!mayBeArabizi(s)) return s;
  let out = s;
  const arabic = ARABIZI_WHEN.test(s) || MARKS_RE.test(s);
  if (arabic) {
    for (const [re, en] of PHRASES) out = out.replace(re, en);
    out = out.replace(WORD_RE, (m, word: string) => {
      const en = WORD_MAP.get(word.toLowerCase());
      return en === undefined ? m : en === '' ? ' ' : en;
    });
  }
  const read = egyptian(out);
  return arabic || read !== out ? read.replace(/[ \t]{2,}/g, ' ') : s;
}

/** The message read into English words, or null when it has no Arabizi word (parse-request.ts). */
export function arabiziAsEnglish(s: string): string | null {
  const out = arabizi(s);
  return out === s ? null : out;
}
