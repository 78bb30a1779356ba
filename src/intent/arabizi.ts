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
  [
    /\bkont\s+(?:3ayez|3ayza|3awez|3awza|bidi|baddi|biddi|baghi|bghit|n7eb|nheb|n7ebb|nebghi|nbghi|7abeb|7abb)\b/giu,
    'i wanted',
  ],
  // (fix53c, tuned-carrier: the request taken back with "but", "walakin safi" / "bas khalas" / "mais blach" (but never
  // mind); not understanding, "mesh fahem" / "ma fhemtch"; "kefaya" (is enough).)
  [
    /\b(?:walakin|walaken|walakine|lakin|laken|lakine|bas|mais|w)\s*,?\s*(?:safi|khalas|5alas|khlas|blach|balach|ensa|insa|ma3lich|ma3lish|mab9itch|ma\s+b9itch)\b/giu,
    'but never mind',
  ],
  [
    /\b(?:ana\s+)?(?:mesh|mish|msh|mech|mch|ma)\s+(?:fahem|fahma|fahmin|fahmeen|fahmen)\b/giu,
    "i don't understand",
  ],
  [/\b(?:kefaya|kfaya|kifaya|yekfi|yikfi|ykafi|ykfi)\b/giu, 'is enough'],
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
  // (fix53c: at the start it is a greeting, "3amel eh ya bot" (how are you, bot).)
  [/^\s*(?:3amel|3amla|3amlin|3amlen)\s+eh\b/giu, 'hi,'],
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
  // (fix53c: "key le tower-tickets", "e3mel key li care-chatbot-eg": for, before a unit's name; "el marra di" (this time).)
  [/\b(keys?|tokens?|mifta7|cl[eé]s?)\s+(?:le|li|la|lel|lil)\s+(?=[a-z0-9]+[-_][\w-]+)/giu, '$1 for '],
  [/\b(?:el\s+)?(?:marra|mara|merra)\s+(?:di|de|dih|hadi|hedhi|hedi|hadhi)\b/giu, 'this time'],
  [/\b(?:abl|2abl|9bal|qbal|kbal|gbal)\s+ma\b/giu, 'before'],
  // "la2 khalliha" with nothing after it: no, leave it (the request taken back); "khalliha sa3tein": make it two.
  [/\b(?:kh|5)all?(?:i|ee|ie|y)(?:ha|h|hom)\b(?=\s*(?:\d|sa3|nos|rob3))/giu, 'make it'],
  [/\b(?:kh|5)all?(?:i|ee|ie|y)(?:ha|h|hom)\b/giu, 'leave it'],
  // "kol el keys" (all the keys), "kol 7aga" (everything).
  [/\bkol\s+7aga\b/giu, 'everything'],
  // A command's verb after "do" ("te3mel rotate", "n3mel revoke"): the command itself.
  // (fix53c: the address "ya bot" read off, as the Arabic "يا بوت" is: "ya bot, el units …".)
  [/\bya\s+(?:bot|botty|boty)\b\s*[,.!…]*/giu, ' '],
  // (fix53c: "3ayez a3mel cleanup" (I want to do a cleanup): want to do, not "I need do I".)
  [
    /\b(?:3ayez|3ayza|3awez|3awza|bidi|baddi|baghi|bghit|nbghi|abi|abgha|n7eb|nheb)\s+(?:a3mel|n3mel|ne3mel|ndir|nsawi|nsawwi|a3mil)\s+(?!rotate|revoke|deprovision)/giu,
    'i want to do ',
  ],
  [/\b(?:te3mel|a3mel|n3mel|ne3mel)\s+(?=rotate|revoke|deprovision)/giu, ''],
  [
    /\b(?:et3amal|et3amalo|et3amalu|et3amlo|et3mal|et3emel|et3emlo|it3amal|it3amalo)\s+(rotate|revoke)\b/giu,
    'was $1d',
  ],
  // "emta et3amal el key bta3 X?" (when was X's key made?): a creation asked about, history.
  [/\bet3amal\s+(el\s+(?:key|mifta7)\s+(?:bta3|taba3|dyal|7ag)\s+[\w.-]*\w)/giu, 'was $1 created'],
  // "el key bta3 X lessa valid walla expired?" (is X's key still valid or expired?).
  [
    /^\s*(el\s+(?:key|mifta7)\s+(?:bta3|taba3|dyal|7ag)\s+[\w.-]*\w)\s+lessa\s+(?=valid|sha8al|shaghal)/giu,
    'is $1 still ',
  ],
  [/\btalabt\s+mar2ein\b/giu, 'i ordered twice'],
  [
    /\b(?:shu|eh|chno)\s+(?:el\s+)?units?\s+(?:(?:elli|illi|li|lli)\s+(?:3andi|3ndi|3andy|3ndy)(?:\s+ana)?|bta3ti|bta3i|taba3i|dyali)\b/giu,
    'what are my units',
  ],
  [
    /\b(?:el\s+|les\s+|l\s+)?units?\s+(?:(?:elli|illi|li|lli)\s+(?:3andi|3ndi|3andy|3ndy)(?:\s+ana)?|bta3ti|bta3i|taba3i|dyali)\b/giu,
    'my units',
  ],
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
  [
    /\b(?:elli|illi|li|lli)\s+(?:ana\s+)?owner\s+3(?:a|e)?l(?:a|e|i)?(?:ihum|ihom|yhom|ehom|hom|hum|iha|yha|eha|ha|ih|eh|ah)\b/giu,
    'that i own',
  ],
  [
    /\b(?:elli|illi|li)\s+(<@\w+>)\s+owner\s+3al(?:a|e)?(?:ihum|ihom|yhom|ehom|iha|yha|eha|ha|hum)\b/giu,
    '$1 owns',
  ],
  [/\b(?:3ayez|3ayza|abi|abgha|bidi|baghi|bghit)\s+(?:ashoof|ashouf|nshouf|nshoof)\b/giu, 'show me'],
  // (fix53c: "el units elli ana owner 3aleha eh?" (what are the units I own?), the question word last.)
  [/\b(?:el\s+|les\s+)?units\s+that i own\s+(?:eh|eih|ayh|chnou|shu)\b/giu, 'what are my units'],
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
  [
    /\b(?:shu|shou|eh|chno|chnou|chnouma|chnowa|ach|wesh|wech)\s+(?:homa|huma|hiya|houma|hia|hoa)\b/giu,
    'what are',
  ],
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
 * fix52d, tuned-fintech: Maghrebi (Moroccan, Algerian, Tunisian) and Levantine Arabizi, whole paradigms rather than
 * the example sentences: "bghit token dyal jouj swaye3 3afak" (I want a token of two hours please), "n7eb token l
 * sa3tin brabi", "baddi token la tlet se3at", "key l Growth Squad, 3 chhour", "baddel l key dyal X" (change), "wa9ef /
 * 7ayed / elghi el clé mte3 X" (stop, remove, cancel), "mse7 kolchi dyal X" (wipe everything of X), "chkoun li rotate
 * l key dyal X?" (who rotated), "9addech / bch7al / kaddeh srafna had chhar?" (how much did we spend this month), "ma
 * bghitch / mab9itch / mech lazem / safi / blach / khallih" (the request taken back). Words no English or French text
 * has mark the message (MAGHREB_STRONG); the rest is read only then, so a text without one pays one regex test.
 */
const MAGHREB_STRONG = [
  // Want, need, can, give, make (every person the writers use: I, we, you).
  'n7eb',
  'nheb',
  'n7ebb',
  'nhebb',
  'n7ab',
  'n7ebou',
  'n7ebbou',
  'nhebbou',
  'nhebou',
  'n7ebbo',
  'bghit',
  'bghiit',
  'bghina',
  'bghiti',
  'baghya',
  'baghin',
  'badna',
  'baddna',
  'baddak',
  'baddik',
  'bddi',
  'khassni',
  'khessni',
  'khasni',
  'khassna',
  'khessna',
  'lazemni',
  'lazmni',
  'yelzemni',
  'ne7taj',
  'n7taj',
  'n7tej',
  'ne7tej',
  'm7taj',
  'mehtaj',
  'n9der',
  'n9dar',
  'nqder',
  'nqdar',
  'n9adrou',
  'n9adro',
  'nqedro',
  'ne2dar',
  'fiya',
  'najem',
  'nnajem',
  'njem',
  'nejjem',
  'tnajem',
  't9der',
  'tqder',
  'te2dar',
  'ta3tini',
  't3tini',
  '3atini',
  '3atine',
  '3tine',
  '3ateni',
  'a3tine',
  '3tina',
  'a3tina',
  '3tiwni',
  'a3tiwni',
  'jibli',
  'jiblna',
  'dirli',
  'dirlna',
  'sawili',
  'sawwili',
  'sawwi',
  'nkhle9',
  'nkhleq',
  'nkhla9',
  'nkhlqou',
  'nkhel9o',
  'khle9',
  'khla9',
  'nsawi',
  'nsawwi',
  'ncreyi',
  'ncréyi',
  'nakhod',
  'nakhdo',
  'nekhou',
  'nekhdo',
  'nakhed',
  'n5od',
  'nakhou',
  'na3ti',
  // Change, stop, remove, cancel, wipe, see.
  'baddel',
  'baddal',
  'baddil',
  'beddel',
  'bddel',
  'nbaddel',
  'nbeddel',
  'nbadel',
  'tbaddel',
  'ybaddel',
  'baddlo',
  'baddlou',
  'baddelha',
  'baddlha',
  'baddelli',
  'beddelli',
  'ghayer',
  'ghayyir',
  'nghayyar',
  'nghayer',
  'wa9ef',
  'wa9af',
  'wqef',
  'wa9fo',
  'wa9fou',
  'wa9ffo',
  'n9ef',
  'nwa9ef',
  '7ayed',
  '7ayyed',
  '7aydo',
  '7aydou',
  'na7i',
  'n7i',
  'ne7i',
  'n7iw',
  'lghi',
  'nelghi',
  'nalghi',
  'battal',
  'battel',
  'battil',
  'mse7',
  'msa7',
  'ms7',
  'emsa7',
  'imsa7',
  'nmse7',
  'nmsa7',
  'tmse7',
  'mse7li',
  'fassakh',
  'fasakh',
  'fassa5',
  'fsakh',
  'nfassakh',
  'fasskh',
  '7adhef',
  '7dhef',
  'e7zef',
  'i7zef',
  '7zef',
  '7ezf',
  'n7ezef',
  'supprimih',
  'nsupprimi',
  'nchouf',
  'nshouf',
  'tchouf',
  'nchoufou',
  'werrini',
  'werini',
  'warili',
  'warrili',
  'n3ref',
  'na3ref',
  'n3raf',
  'ne3ref',
  // Of, mine, our, for, with.
  'dyal',
  'diyal',
  'dyali',
  'dyalna',
  'dyalek',
  'dyalkom',
  'dyawli',
  'ta3',
  'ta3i',
  'ta3ek',
  'ta3na',
  'ta3hom',
  'ta3kom',
  'ta3ha',
  'mte3',
  'mta3',
  'mte3i',
  'mte3ek',
  'mte3na',
  'mte3hom',
  'mtaa',
  'tab3',
  'tab3et',
  'tab3it',
  'tab3i',
  'tab3na',
  'tab3ak',
  'm3a',
  'm3aya',
  'm3ana',
  // Time: hours, minutes, days, weeks, months, years, now, today.
  'se3a',
  'se3at',
  'se3tein',
  'se3tin',
  'sa3tin',
  'se3ten',
  's3atin',
  'swaye3',
  'swa3',
  'sway3',
  'dqi9a',
  'd9i9a',
  'dqiqa',
  'd2i2a',
  'dqay9',
  'd9aye9',
  'd9ay9',
  'dqayeq',
  'dqaye9',
  'd2aye2',
  'd9i9tin',
  'dqiqtin',
  'nharin',
  'yumin',
  'youmin',
  'chhar',
  'chahr',
  'ch7ar',
  'chhour',
  'chhor',
  'chhoura',
  'chahrin',
  'chahrein',
  'chharin',
  'shahrin',
  'simana',
  'simanat',
  'simanatin',
  'jem3a',
  'jom3a',
  'jem3tein',
  'jom3tin',
  'snin',
  'snine',
  'hala2',
  'daba',
  'dorka',
  'tawa',
  'lyoum',
  'lyouma',
  'ilyoum',
  'lbare7',
  'lbara7',
  'ghodwa',
  'ghedwa',
  // Question words: what, who, when, where, how, how much, why, there is.
  'chnowa',
  'chnouwa',
  'chnoua',
  'chnou',
  'chniya',
  'chniwa',
  'chnia',
  'shnu',
  'shnou',
  'shnowa',
  'ashnu',
  'chkoun',
  'chkon',
  'meen',
  'mnou',
  'imta',
  'waqtach',
  'wa9tach',
  'wa9tech',
  'kifach',
  'kifech',
  'kifesh',
  'kifeh',
  'kifah',
  '9addech',
  '9adech',
  'qaddech',
  '9addach',
  '9adach',
  'kaddech',
  'kaddeh',
  'qaddeh',
  'addesh',
  'adesh',
  '2addesh',
  '2adesh',
  '9dach',
  'ch7al',
  'sh7al',
  'bch7al',
  'b9addech',
  'bi2addesh',
  '3lach',
  '3lah',
  '3lech',
  'famma',
  'mafamach',
  'kayen',
  'kayna',
  'makaynch',
  'mafich',
  'wach', // Please, sorry, hello, thanks; take-backs and negations.
  '3afak',
  '3afakom',
  '3afik',
  'brabi',
  '3aychek',
  '3aychk',
  'ykhallik',
  'smahli',
  'smah',
  'sme7li',
  'smahlia',
  '3aslema',
  'aslema',
  'yatik',
  'mab9itch',
  'mab9itsh',
  'b9itch',
  'bqitch',
  'bghitch',
  'mabghitch',
  'bghitech',
  'n7ebch',
  'nhebch',
  'man7ebch',
  'n7ebech',
  'mabaddi',
  'blach',
  'balach',
  'khallih',
  'khalliha',
  'khalli',
  '5allih',
  'mch',
  'fhemtch',
  'fhmtch',
  'fhemtsh',
  'fhmtsh',
  'mafhemtch',
  'ma3lich',
  'ma3lish',
  'kolchi',
  'kulchi',
  'kolshi',
  'kulshi',
  'ga3',
  'gaa3',
  'barcha',
  'bzaf',
  'bezzaf',
  'kteer',
  'chwiya',
  'shwaya',
  'ghir',
  'brk',
  'barka',
  'kter',
  'shu',
  'shou',
  'wallah',
  'akid',
  'enno',
  'kaybayen',
  'kayban',
  'ybayen',
  'a7san',
  'a7sen',
  '3ndha',
  '3andha',
  'tbeddletch',
  'ndemandiw',
  'ndemandi',
  'nakhdo',
  'aktar',
  'akthar',
  'a9al',
  'a2al',
  'aqal',
  'a9sa',
  'a2sa',
  'aqsa',
  'mouda',
  'moudda',
  'ykhdem',
  'yemchi',
  'kaykhdem',
  'khdam',
  'yemchich',
  'ykhdemch',
  'hatta',
  'stenna',
  'kankhdmo',
  'b9inach',
  'srafna',
  'sarrafna',
  'khlesna',
  'kalfatna',
  'kalfetna',
  'kallfatna',
  'dfa3na',
  'tkalef',
  'rotateina',
  'rotatena',
  'rotitna',
  'rotaw',
  '3amalneh',
  '3amalnah',
  'daret',
  'sarat',
  't7at',
  't7atet',
  'tsreb',
  'tsarbet',
  'ba9i',
  'ba2i',
  'mazal',
  'mazel',
  'lissa',
  'ra2yekom',
  'ra2yek',
  'ya3tik',
  'lekhrin',
  'lkhrin',
  'lakhrin',
  'elli',
  'iza',
  'la2',
  'bdina',
  // fix53c, tuned-carrier: the rest of each paradigm the carrier's writers use. Want (Moroccan "nbghi", "kanbghi",
  // Levantine "bdi"), have (you, we), give and make (Egyptian "iddini", "e3mel"), change, stop, cancel, remove
  // (Tunisian "badel", "fas5", Egyptian "wa22ef", "el2y"), see ("chof lia", check for me), work, approve, before.
  'nbghi',
  'nebghi',
  'nabghi',
  'kanbghi',
  'kanbghiw',
  'nbghiw',
  'bghitek',
  'bdi',
  'bdna',
  '3andkom',
  '3andkum',
  '3ndkom',
  '3andek',
  '3andik',
  '3ndek',
  '3andna',
  '3ndna',
  'iddini',
  'eddini',
  'iddeeni',
  'addini',
  'e3mel',
  'e3mely',
  'e3mili',
  'e3melna',
  'a3melli',
  'badel',
  'bdel',
  'bedel',
  'badelha',
  'badlo',
  'badlou',
  'bedelha',
  'bedlo',
  'fas5',
  'fase5',
  'fas5ha',
  'fas5o',
  'wa22ef',
  'wa22af',
  'wa22fo',
  'wa22efha',
  'wa2afha',
  'el2y',
  'el2i',
  'il2i',
  'el2eeh',
  'el2ih',
  'el2iha',
  'chof',
  'chouf',
  'chofli',
  'choufli',
  'shoufli',
  'shofli',
  'khddam',
  'khaddam',
  'ya5dem',
  'ye5dmo',
  'ma7adesh',
  'ma7adsh',
  'ma7adish',
  'mafroud',
  'mafrod',
  'elmafroud',
  'yewafe2',
  'ywafa2',
  'yewafa2',
  'ghadi',
  'ghad',
  'nkhdem',
  'nekhdem',
  'nkhdmo',
  'khouya',
  'khoya',
  'khouti',
  'fawran',
  '5eles',
  '5eless',
  'khles',
  'e5er',
  'ekher',
  'asafer',
  'nsafer',
  'jama3a',
  'swaya3',
  'shohour',
  'shohor',
  // (Egyptian spellings of the week, two hours and two years; bring me, renew, shut.)
  'osbo3',
  'esbo3',
  'esbou3',
  'osbou3',
  'usbou3',
  'osbo3ein',
  'osbo3en',
  'esbo3en',
  'sa3teen',
  'sa3tain',
  'sa3tayn',
  'sanateen',
  'santen',
  'sanatein',
  'hatli',
  'hatly',
  'hatlna',
  '3teeni',
  'a3teni',
  'jadded',
  'jaded',
  'jaddid',
  'jaddedli',
  'jadedli',
  'ghayyarli',
  'ghayyerli',
  'ghayirli',
  '2fel',
  'i2fel',
  'em7i',
  'im7i',
  'ma7i',
];

/** Maghrebi and Levantine numbers in words (Arabizi): read as digits before a lifetime's unit is read. */
const MAGHREB_NUMBERS: Record<string, number> = {};
for (const [words, n] of [
  ['jouj|zouj|zouz|jooj|zoj|joj|jouge|zoudj|tnin|tnein|itnen|etnen|tnine|tneen|etnein|itnein', 2],
  ['tlata|tlat|tlet|tleta|tlete|tlate|tletha|thlatha|talata|talat|thalatha|thalath|tlatha', 3],
  ['arba3|arb3a|rb3a|reb3a|arba3a|rab3a|arb3', 4],
  ['khamsa|khamse|5amsa|5amse|khemsa|5msa|khmsa|khamas|5ams|khamas', 5],
  ['stta|sitta|sette|setta|seta|sitte|sitta|setta', 6],
  ['sab3a|seb3a|sb3a|sab3', 7],
  ['tmanya|tmenya|tmene|tmanye|thmanya|tmenia|tmanie|tamanya|tamania|tamanye', 8],
  ['ts3a|tis3a|tes3a|tesa3|tis3|tesa3a', 9],
  ['3achra|3ashra|3ashara|3achera|3ashre|3ashar|3ashra', 10],
  ['tnach|tnache|itnash|tna3ch|tnash|tna3sh|tnechr|etna3ch|etnashar|itnashar|etnashr|tna3sher', 12],
  ['khamstach|5mestach|khamsta3ch|khamsta3ech|khamastashar|5amastashar|khmasta3ch', 15],
  ['3ichrin|3eshrin|3ishrin|3chrin|3ichrine|3echrin|3shrin|3eshreen|3ishreen', 20],
  ['tlatin|tleteen|tletin|tlatine|thlathin|tlateen|tlatiin|tletine|talateen|talatin|thalatheen', 30],
  ['sittin|settin|stin|sitteen|settine|stine', 60],
  ['tis3in|tes3in|ts3in|tis3een|tes3een|tes3in', 90],
] as const)
  for (const w of words.split('|')) MAGHREB_NUMBERS[w] = n;
const HOUR_WORDS =
  'se3a|sa3a|sa3|se3at|sa3at|sa3aat|saat|swaye3|swaya3|swayaa3|swa3|sway3|swayeh|swaye|hours?|h';
const MAGHREB_NUMBER_RE = new RegExp(
  String.raw`\b(${Object.keys(MAGHREB_NUMBERS).join('|')})\b(?=\s*(?:${HOUR_WORDS}|dqi9a|d9i9a|dqiqa|d2i2a|d9aye9|dqayeq|dqaye9|d9ay9|dqay9|d2aye2|da2aye2|da2i2a|nhar|nharat|yum|yom|youm|iyam|ayam|ayyam|jours?|days?|chhour|chhor|chhar|chahr|shhour|ashhor|months?|mois|simanat|simana|jem3at|weeks?|snin|snine|sanawat|years?|ans?)\b|\s*[,.!?]*\s*$)`,
  'giu',
);
const HOUR_PART_RE = new RegExp(
  String.raw`\b(?:(\d+)\s*(?:${HOUR_WORDS})|(se3a|sa3a|sa3)|(sa3tin|sa3tein|se3tein|se3tin|sa3ten|se3ten|s3atin))\s+(w|wa|ou|ila|illa|lla|gher|ghir)\s*(nos|nss|noss|nouss|ness|nus|rob3|reb3|rb3|rub3|tulut|tolt|tult|tholt)\b`,
  'giu',
);
/** "sa3a w nos" (1½ hours), "3 swaye3 w rob3" (3¼), "sa3tin ila rob3" (a quarter to two), "sa3a w tulut" (1⅓). */
function hourParts(s: string): string {
  return s.replace(
    HOUR_PART_RE,
    (
      _m,
      n: string | undefined,
      one: string | undefined,
      _two: string | undefined,
      op: string,
      part: string,
    ) => {
      const hours = n !== undefined ? Number(n) : one !== undefined ? 1 : 2;
      const p = part.toLowerCase();
      const minutes = /^n/.test(p) ? 30 : /^r/.test(p) ? 15 : 20;
      const minus = /^(?:ila|illa|lla|gher|ghir)$/i.test(op);
      return `${hours * 60 + (minus ? -minutes : minutes)} minutes`;
    },
  );
}

/** Maghrebi and Levantine phrases, read before the older ones (which read "sa3a" bare as an hour). */
const MAGHREB_PHRASES: [RegExp, string][] = [
  // A number and its unit: "3 swaye3", "12 se3a", "20 dqi9a", "60 nhar", "90 yum", "3 chhour", "2 simanat".
  [
    /\b(?:a5er|akher|a5ir|akhir|ekher)\s+(\d+)\s+(?:chhour|chhor|shhour|ashhor|ashhur|shuhur|months?)\b/giu,
    'the last $1 months',
  ],
  [
    /(?<![\w-])(\d+)\s*(?:se3a|sa3|se3at|swaye3|swaya3|swayaa3|swa3|sway3|swayeh|swaye|saa3at)\b/giu,
    '$1 hours',
  ],
  [
    /(?<![\w-])(\d+)\s*(?:dqi9a|d9i9a|dqiqa|d2i2a|dkika|d9ay9|dqay9|d9aye9|dqayeq|dqaye9|d2aye2|dqaye2|da2i2a|da2aye2)\b/giu,
    '$1 minutes',
  ],
  [
    /(?<![\w-])(\d+)\s*(?:nhar|nharat|yum|yom|youm|iyam|ayam|ayyam|iyyam)\b(?!\s+(?:5elsu|khelsu|5elso|khelso|khalasu))/giu,
    '$1 days',
  ],
  [
    /(?<![\w-])(\d+)\s*(?:chhour|chhor|chhoura|ch7our|sh7our|shhur|shhour|ashhor|chhar|chahr|shahr|shohour|shohor|shehour|shoho?ur|sh-hour|ch-hour|sh-hor)\b/giu,
    '$1 months',
  ],
  [
    /(?<![\w-])(\d+)\s*(?:simanat|simana|semana|jem3at|jem3a|jom3a|usbu3|osbo3|esbo3|asabee3|asabi3)\b/giu,
    '$1 weeks',
  ],
  // A key's age told as why ("3andha 8 chhour", it is 8 months old) and a change not made ("ma tbeddletch").
  [
    /\b(?:3andha|3ndha|3ando|3ndo|3andou|3ndou|3andaha|3omrha|3mrha|3omro|3mro)\s+(\d+\s+(?:months|days|weeks|years))\b/giu,
    'it is $1 old',
  ],
  [
    /\bma\s*t(?:beddlet|baddlet|bdlet|beddel|baddel|ghayret|ghayyret|rotat|rotata)(?:ch|sh)\b/giu,
    'it was not rotated',
  ],
  // (fix53c, tuned-carrier: a command with its object glued, "rotate-li el key" (rotate the key for me), "rotate-iha"
  // (rotate it), "revoki-h".)
  [/\b(rotate|revoke|deprovision|delete|create)-(?:li|lia|lya|ly|lna|lena|lina)\b/giu, '$1'],
  [/\b(rotate|revoke|deprovision|delete|create)-(?:iha|ih|ha|hom|h|lo|lha|ho|ha)\b/giu, '$1 it'],
  // Only one command: "revoke ghir l key" (just revoke the key).
  [/\b(rotate|revoke|deprovision)\s+(?:ghir|gher|bas|bark|bss)\s+/giu, 'just $1 '],
  // A request made a while ago and still waiting: "talabt key mn sa3tein w mazal" (I asked for a key two hours ago
  // and it is still pending).
  [
    /\b(?:mn|men|min)\s+(\d+\s+(?:hours|minutes|days)|sa3tin|sa3tein|se3tein|se3tin|nharin|yumin|youmin|yomein)\s+(?:w|wa)\s+(?:mazal|mazel|lissa|lessa|ba9i|ba2i|mazal\s+walou)\b/giu,
    '$1 ago and it is still pending',
  ],
  // Approval, better, shown, security; a question to the channel, "chno ra2yekom" (what do you think).
  [/\bl['’]\s*accord\b/giu, 'the approval'],
  [/\b(?:a7san|a7sen|ahsan|a7sn)\s+(?:men|mn|min|m)\b/giu, 'better than'],
  [
    /\b(?:men|mn|min)\s+(?:na7iet|na7yet|na7ia|na7iyat|jiht|jihet)\s+(?:el\s+|l\s*)?(?:amen|aman|sécurité|securite|security|amn)\b/giu,
    'for security',
  ],
  [
    /\b(?:chno|shu|ach|chnowa|wach)\s+(?:ra2yekom|ra2yek|ra2yak|ra2ykom|ban\s+likom|ban\s+lik|t9olo|t2olo)\b/giu,
    'what do you think',
  ],
  [
    /\b(?:mish|mech|mch|msh|machi|mashi)\s+(?:akid|akkid|mit2akked|met2aked|mt2aked)\s*(?:enno|eno|inno|belli|billi)?\b/giu,
    "i'm not sure that",
  ],
  [/\b(?:wallah|walla\s+hi)\b\s*,?/giu, ''],
  [/\b(?:kel|kol|kull)\s+(?:shi|chi|shy)\b/giu, 'everything'],
  [/\bcl[eé]\s+usb\b/giu, 'usb stick'],
  // When was it made, and who: "imta 3amalneh? w meen?".
  [
    /\b(?:imta|emta|waqtach|wa9tach)\s+(?:3amalneh|3amalnah|3malnah|3melneh|dernah|derna|t3mel|t3amal|tsawa|dernaha|khla9nah)\b/giu,
    'when was it created',
  ],
  [/\b(?:w|wa)\s+(?:meen|min|chkoun|chkon|mnou)\s*(?=[?!.]*\s*$)/giu, 'and by whom'],
  // The shortest or longest lifetime asked: "token a9al mouda ch7al?" (what is the shortest token?).
  [
    /\b(token|key|api\s+key|access\s+key)\s+(?:a9al|a2al|aqal|a9sar|a2sar)\s+(?:mouda|modde|moudda|modda|mudda)\s+(?:ch7al|sh7al|9addech|kam|chhal|addesh)\b/giu,
    'what is the minimum $1 duration',
  ],
  [
    /\b(token|key|api\s+key|access\s+key)\s+(?:a9sa|a2sa|aqsa|atwal|akbar)\s+(?:mouda|modde|moudda|modda|mudda)\s+(?:ch7al|sh7al|9addech|kam|chhal|addesh)\b/giu,
    'what is the maximum $1 duration',
  ],
  // A new one or another's: "ndemandiw l bot key jdida wela nakhdo dyal l'équipe Casa?" (should we ask the bot for a
  // new key or take the Casa team's?).
  [/\b(keys?|tokens?|cl[eé]s?|mifta7)\s+(?:jdida|jdid|jdide|jdidin|jdad)\b/giu, 'a new $1'],
  [/\b(?:nakhdo|nakhdou|nekhdo|nekhou)\s+(?:dyal|ta3|mte3|tab3)\b/giu, 'take the one of'],
  [/\b(?:ndemandiw|ndemandou|nt9ablo|ntalbo|ntalbou|n6albo)\b/giu, 'should we ask'],
  // Whose units: "les units dyali" / "l units ta3i" (my units).
  [
    /\b(?:shu|eh|chno|chnou|chnowa|ach|ashnu)\s+(?:homa\s+|huma\s+|hiya\s+)?(?:les|el|l)\s+units?\s+(?:dyali|ta3i|mte3i|tab3i|dyawli)\b/giu,
    'what are my units',
  ],
  [/\b(?:les|el|l)\s+units?\s+(?:dyali|ta3i|mte3i|tab3i|dyawli)\b/giu, 'my units'],
  // Not knowing, told: "ma ba3rif shu sar bel key" (I don't know what happened with the key), "ma n3refch".
  [
    /\b(?:ma\s*ba3rif|ma\s*ba3ref|ma\s*b3rf|ma\s*na3refch|ma\s*n3refch|man3refch|ma\s*3reftch|ma\s*3raftch|ma\s*ba3rafsh|ma\s*ba3refsh)\b/giu,
    "i don't know",
  ],
  [/\b3am\s+(?:yfattesh|yfatesh|ydawwer|ydawer|yshouf|ychouf)\b/giu, 'is looking'],
  // A half or a quarter of an hour alone, "nos sa3a", "rob3 se3a", "tulut sa3a".
  [/\b(?:nos|nss|noss|nouss|ness|nus)\s+(?:se3a|sa3a|sa3)\b/giu, '30 minutes'],
  [/\b(?:rob3|reb3|rb3|rub3)\s+(?:se3a|sa3a|sa3)\b/giu, '15 minutes'],
  [/\b(?:tulut|tolt|tult|tholt)\s+(?:se3a|sa3a|sa3)\b/giu, '20 minutes'],
  // How many hours, how long: "kam se3a byo2ta3?" (how many hours does it last), "a9al mouda ch7al?" (the shortest
  // lifetime, how much?), "a9sa mouda" (the longest), "kter mn 12 sa3a" (more than 12 hours).
  [
    /\b(?:kam|ch7al|sh7al|chhal|9addech|9adech|qaddech|kaddech|addesh|2addesh)\s+(?:men\s+|mn\s+)?(?:se3a|sa3a|swaye3|se3at|sa3at)\b/giu,
    'how many hours',
  ],
  [
    /\b(?:a9al|a2al|aqal|a9sar|a2sar|aqsar)\s+(?:mouda|modde|moudda|modda|mudda|wa9t)\b/giu,
    'the minimum duration',
  ],
  [
    /\b(?:a9sa|a2sa|aqsa|akbar|atwal|a6wal)\s+(?:mouda|modde|moudda|modda|mudda|wa9t)\b/giu,
    'the maximum duration',
  ],
  [/\b(?:kter|ktar|akter|aktar|akthar|ekter|ekthar)\s+(?:mn|men|min)\b/giu, 'longer than'],
  [/\b(?:a9al|a2al|aqal|a9el)\s+(?:mn|men|min)\b/giu, 'shorter than'],
  // Bytes of a period: "had chhar" / "hal chahr" (this month), "chhar li fat" / "l'mois li fat" / "el chhar elli fet"
  // (last month), "had simana" / "hal jem3a" (this week), "simana li fatet" / "el jem3a el madye" (last week), "had 30
  // youm lkhrin" (these last 30 days), "lyoum" (today), "lbare7" (yesterday), "had l'3am" (this year).
  [
    /\b(?:(?:el|l)\s+)?(?:chhar|chahr|ch7ar|shahr|shhar|sh-har|ch-har|l['’]mois|le\s+mois|mois)\s+(?:(?:li|elli|illi|lli|el|l)\s*)?(?:fat|fet|faat|fa2et|daz|dez|madi|madiy|madye|fayet|fayt|passé|dernier|li\s+fat)\b/giu,
    'last month',
  ],
  [
    /\b(?:had|hal|hed|hadh|hadha)\s+(?:el\s+|l['’]?\s*)?(?:chhar|chahr|ch7ar|shahr|shhar|sh-har|ch-har|s-har|mois)(?![\w-])/giu,
    'this month',
  ],
  [/\b(?:el\s+)?(?:chhar|chahr|shahr)\s+(?:hada|hadha|hedha|hadi|hedi)\b/giu, 'this month'],
  [
    /\b(?:(?:el|l)\s+)?(?:simana|semana|jem3a|jom3a|usbu3|l['’]simana|semaine)\s+(?:(?:li|elli|illi|lli|el|l)\s*)?(?:fatet|fatt|fat|fet|fetet|dazet|daz|madye|madya|madiya|madi|fayta|passée|derni[eè]re)\b/giu,
    'last week',
  ],
  [
    /\b(?:had|hal|hed|hadh|hadha)\s+(?:el\s+|l['’]?\s*)?(?:simana|semana|jem3a|jom3a|usbu3|semaine)\b/giu,
    'this week',
  ],
  [/\b(?:had|hal|hed)\s+(?:el\s+|l['’]?\s*)?(?:3am|sna|sana|sene|l3am)\b/giu, 'this year'],
  [
    /\b(?:(?:el|l)\s+)?(?:3am|l['’]3am|sna|sene|l3am)\s+(?:(?:li|elli|lli|el|l)\s*)?(?:fat|fet|daz|madi|madye|fayet)\b/giu,
    'last year',
  ],
  [
    /\b(?:had|hal|hed|fi|f|el)?\s*(\d+)\s+(?:youm|yom|yum|nhar|iyam|ayam|ayyam|jours?|days?)\s+(?:lkhrin|lekhrin|lakhrin|lkhrine|el\s+akhira|lli\s+fatou|li\s+fatou|li\s+fatet|elli\s+fetu|elli\s+fatu|el\s+madye)\b/giu,
    'the last $1 days',
  ],
  [
    /\b(?:a5er|akher|a5ir|akhir|ekher)\s+(\d+)\s+(?:youm|yom|yum|nhar|iyam|ayam|ayyam|jours?|days?)\b/giu,
    'the last $1 days',
  ],
  [/\b(?:lyoum|lyouma|ilyoum|el\s+youm|el\s+yom|lyom|el\s+yum|l\s+youm)\b/giu, 'today'],
  [/\b(?:lbare7|lbara7|el-bare7|el\s+bare7|lbar7|el\s+bere7)\b/giu, 'yesterday'],
  // Last time: "a5er marra" / "akher marra".
  [/\b(?:a5er|akher|a5ir|akhir|ekher|e5er)\s+(?:marra|mara|merra)\b/giu, 'last time'],
  // A whole year: "sana kamla", "3am kamel".
  [/\b(?:sana|sna|3am|l3am)\s+(?:kamla|kamel|kaml|kemla)\b/giu, '1 year'],
  [/(?<![\w-])(\d+)\s+(?:3am|snin|snine|sanawat|snawat|sna)\b/giu, '$1 years'],
  // The article and "for" glued: "l'IA" stays; "l key" is the key, "key l X" for X, "la X-y" for X-y (Levantine).
  [
    /\bl\s+(?=(?:key|keys|clé|clés|cle|cles|token|api\s+key|access\s+key|unit|units|bot|owner|secret|spend|cost|history|historique|accès|acces|doc)\b)/giu,
    'the ',
  ],
  [/\b(key|keys|token|cl[eé]s?|clef)\s+l\s+(?=[\p{L}\x60])/giu, '$1 for '],
  [/\bla\s+(?=[a-z0-9]+[-_][\w-]+)/giu, 'for '],
  [/\b(?:3a|3al|3la|3ala)\s+(?=[a-z0-9]+[-_][\w-]+)/giu, 'to '],
  // Everything / entirely: "kolchi dyal X", "kamel", "bel kamel".
  [/\b(?:kolchi|kulchi|kolshi|kulshi|kol\s+shi|kel\s+shi|kel\s+chi|kol\s+chi|ga3\s+chi)\b/giu, 'everything'],
  [/\b(?:bel\s+kamel|b\s*kamlo|b\s*kamelha|kamel|kamla|kemla)\b/giu, 'entirely'],
  // Who did it: "chkoun li rotate" (who rotated), "chkoun dar chi haja" (who did something), "shu sar 3a X" (what
  // happened to X), "imta 3amalneh? w meen?" (when did we make it? and who?).
  [
    /\b(?:chkoun|chkon|chkun|shkoun|meen|mnou|min)\s+(?:li|elli|illi|lli)?\s*(?=rotate|revoke|revoka|rotaw|deprovision|baddel|dar|3mal|3amal|7ayed|creya)/giu,
    'who ',
  ],
  [/\b(?:dar|3mal|3amal|3mel)\s+(?:chi|shi)\s+(?:haja|7aja|7aga|haga)\b/giu, 'did something'],
  [/\b(?:shu|chnowa|chnou|ach|eh|wesh|wech)\s+(?:sar|sarat|sra|t3mel|sar\s+m3a)\b/giu, 'what happened'],
  [/\b(?:rotateina|rotatena|rotitna|rotinah|rotatinah)\b/giu, 'we rotated'],
  [/\b(?:revoka|revokaw|revokina|revokah)\b/giu, 'revoked'],
  [/\brotaw\b/giu, 'rotated'],
  [/\b(?:3amalneh|3amalnah|3malnah|3melneh|dernah|derna)\b/giu, 'we made it'],
  // What is there: "chnowa famma fi X?" (what is there in X), "shu fi keys la X?" (what keys are there for X),
  // "famma X walla le?" (is there X or not?).
  [
    /\b(?:chnowa|chnouwa|chnoua|chnou|shu|chou|sho|chno|ach|ashnu)\s+(?:famma|fama|fi|kayen|kayn|kayna)\s+(?:fi|f|fil|fel)\s+/giu,
    'what is there in ',
  ],
  [
    /\b(?:shu|shou|chou|sho|shu|chnowa|chnou|chno|ach|wesh|wech|eh|ayh)\s+(?:fi|famma|kayen|kayn)\s+(?=keys?|tokens?|units?|models?)/giu,
    'what ',
  ],
  // (fix53c, tuned-carrier: "fi llama 3al bedrock 3andna?" (is there llama on bedrock, do we have it?).)
  [/^\s*(?:fi|famma|kayen|kayn|fama)\s+(?=[\w.-]+\s+(?:3al|3ala|3la|f|fi|fel)\s+bedrock\b)/giu, 'is there '],
  [
    /^\s*(?:famma|fama|kayen|kayn|fi)\s+(?=[\p{L}\d-]+\s+(?:walla|wela|wala|wella|ola|wlla|aw)\s+(?:le|la|lala|la2|lla)\b)/giu,
    'is there ',
  ],
  [/\b(?:walla|wela|wala|wella|ola|wlla)\s+(?:le|la|lla)\s*(?=[?!.]|$)/giu, 'or not'],
  // Questions of how much: "9addech 3mer l key" (how old is the key), "bch7al kalfatna X" (how much did X cost us),
  // "kaddeh srafna 3al AI" (how much did we spend on AI), "addesh el cost" (how much is the cost).
  [
    /\b(?:9addech|9adech|qaddech|9addach|9adach|kaddech|kaddeh|qaddeh|addesh|adesh|2addesh|2adesh|9dach|ch7al|sh7al|chhal|kam)\s+(?:3mer|3mor|3omr|3omor)\b/giu,
    'how old is',
  ],
  [
    /\b(?:b9addech|bch7al|bsh7al|bi2addesh|b2addesh|9addech|9adech|qaddech|9addach|9adach|kaddech|kaddeh|qaddeh|addesh|adesh|2addesh|2adesh|ch7al|sh7al|chhal)\s+(?:kalfatna|kalfetna|kallfatna|kalfetna|tkalef|klafna)\s+([\w.-]*\w)/giu,
    'how much did $1 cost us',
  ],
  [/\b(?:kalfatna|kalfetna|kallfatna|klafna)\b/giu, 'cost us'],
  [
    /\b(?:b9addech|bch7al|bsh7al|bi2addesh|b2addesh|9addech|9adech|qaddech|9addach|9adach|kaddech|kaddeh|qaddeh|addesh|adesh|2addesh|2adesh|ch7al|sh7al|chhal|9dach)\s+(?:srafna|sarrafna|sarafna|khlesna|khlsna|khallasna|dfa3na|dafa3na)\b/giu,
    'how much did we spend',
  ],
  [/\b(?:srafna|sarrafna|khlesna|khallasna|dfa3na)\b/giu, 'we spent'],
  [
    /\b(?:ch7al|sh7al|chhal|9addech|9adech|qaddech|kam|addesh|2addesh)\s+(?:men|mn|min)\s+(?=api|access|keys?|tokens?|units?)/giu,
    'how many ',
  ],
  [
    /\b(?:b9addech|bch7al|bsh7al|bi2addesh|b2addesh|9addech|9adech|qaddech|9addach|9adach|kaddech|kaddeh|qaddeh|addesh|adesh|2addesh|2adesh|ch7al|sh7al|chhal|9dach)\b/giu,
    'how much',
  ],
  // The request taken back: "ma bghitch" / "mab9itch bghit" / "ma n7ebch" / "mech lazem" / "ma 3ad baddi" (I don't
  // want / no longer / no need), "safi / khalas / blach / nsa" at the end (never mind), "la la, khallih" (no, leave it).
  [
    /\b(?:ma\s*b9itch|mab9itsh|ma\s*bqitch|ma\s*b9itsh|ma\s*3adch|ma\s*3ad|ma\s*3adesh)\s+(?:bghit|baddi|n7eb|nheb|bdi|badna|n7ebbou|7ajti|m7taj)\w*/giu,
    "don't need it anymore",
  ],
  [/\b(?:ma\s*b9itch|mab9itsh|ma\s*bqitch|ma\s*b9inach|mab9inach|ma\s*bqinach)\b/giu, 'no longer'],
  [
    /\b(?:ma\s*bghitch|mabghitch|ma\s*bghitech|ma\s*bghitsh|ma\s*bghinach|ma\s*n7ebch|man7ebch|ma\s*nhebch|manhebch|ma\s*n7ebech|ma\s*n7ebbech|ma\s*baddi|mabaddi|ma\s*badde|ma\s*badna|mabadna|ma\s*bdi)\b/giu,
    "don't need",
  ],
  [
    /\b(?:mech|mch|mosh|mesh|mish|msh|machi|mashi)\s+(?:lazem|lazim|darori|daroori|daruri|mouhim|muhim)\b/giu,
    'not needed',
  ],
  [
    /\b(?:safi|khalas|5alas|khlas|blach|balach|nsa|ensa|insa)\b(?=\s*[.!?]*\s*$|\s*,?\s*(?:ma\s|mab|mech|mch|la\b|khallih|khalliha|khalli|5allih))/giu,
    'never mind',
  ],
  // (fix53c: "la2 la2 5aleeha 3" / "la la khalliha 3 swaye3" (no no, make it three): a correction, as "no wait, make
  // it" is; "no, leave it" only with no count after it.)
  [
    /\b(?:la\s+la|lala|la2|la)(?:\s*,?\s*(?:la2|la))*\s*,?\s*(?=(?:kh|5)all?(?:i|ee|ie|y)(?:ha|h|hom)\b\s*(?:\d|sa3|se3|nos|rob3))/giu,
    'no wait, ',
  ],
  [
    /\b(?:la\s+la|lala|la2\s+la2|la2|la)\s*,?\s*(?:khallih|khalliha|khalli|5allih|5alliha|khelli|khalliha|seb|sibou|sibha)\b(?!\s*(?:\d|sa3|se3|nos|rob3))/giu,
    'no, leave it',
  ],
  [/\b(?:khallih|khalliha|5allih|5alliha|khelli|sibou|sibha)\b(?!\s*(?:\d|sa3|se3|nos|rob3))/giu, 'leave it'],
  [/\b(?:la\s+la|lala|la2\s+la2)\b/giu, 'no no'],
  [/\b(?:smah\s*(?:liya|lia|li|lya)|smahli|smahlia|sme7li|sme7\s+li|sama7ni|sam7ni)\b/giu, 'sorry'],
  // A command not to do one thing, "ma tdeprovisionich X, revoke ghir l key" (don't deprovision X, just revoke).
  [/\bma\s*t(rotate|revoke|deprovision|supprime|delete)(?:i|e|y)?(?:ch|sh|che)\b/giu, "don't $1"],
  [
    /\b(?:ghir|gher|ghi|bas)\s+(?=rotate|revoke|deprovision|create|renew|the\s+key|l\s+key|el\s+key)/giu,
    'just ',
  ],
  // How to, can I, must I: "kifach nchouf" (how do I see), "kifach nkhle9 key" (how do I create a key), "wach n9der"
  // / "wach momkin" / "momkin" (can I), "wach khass" (is … needed), "fin kayna" (where is).
  [
    /\b(?:kifach|kifech|kifesh|kifash|kifeh|kifah|kif|keef|kif\s+ma)\s+(?:n|ne|na)?(?:khle9|khleq|khla9|sawi|sawwi|3mel|a3mel|dir|creyi|créyi|creer|créer)\b/giu,
    'how do i create',
  ],
  [
    /\b(?:kifach|kifech|kifesh|kifash|kifeh|kifah|kif|keef)\s+(?:nchouf|nshouf|nchoof|nshoof|ncheck|nchecki)\b/giu,
    'how do i see',
  ],
  [
    /\b(?:kifach|kifech|kifesh|kifash|kifeh|kifah|kif|keef)\s+(?:ntalab|n6lob|ntlob|ndatabi|ndemandi|btalab|batlob|a6lob|bo6lob|b6lob)\w*/giu,
    'how do i request',
  ],
  [/\b(?:kifach|kifech|kifesh|kifash|kifeh|kifah|keef)\b/giu, 'how'],
  [
    /\b(?:kifak|kifek|kifkom|kifik|labas|la\s+bas|3aslema|aslema|salam|slm|ahla|ahlan|marhaba|sba7\s+l?khir|wesh\s+rak|wach\s+rak)\b\s*,?/giu,
    'hi,',
  ],
  [/^\s*(?:wesh|wech)\s*,/giu, 'hi,'],
  [
    /\b(?:wach|wesh|wech|ya3ni)\s+(?:momkin|momken|mumkin|n9der|n9dar|nqder|nqdar|ne2dar|najem|nnajem|njem|fina|fiya)\b/giu,
    'can i',
  ],
  [
    /\b(?:momkin|momken|mumkin)\s+(?=na3ti|n3ti|nsharik|nparteji|nparetaji|nekhdem|nesta3mel|nakhod|nakhdo)/giu,
    'can i ',
  ],
  [/\b(?:wach|wesh|wech)\s+(?:khass|khas|khess|lazem)\b/giu, 'do i need'],
  [
    /\b(?:n9der|n9dar|nqder|nqdar|ne2dar|najem|nnajem|njem|fina|fiya|n9adrou|n9adro|nqedro|fina\s+n)\b/giu,
    'can i',
  ],
  [/\b(?:t9der|tqder|te2dar|tnajem|tnajjem|t9dar)\b/giu, 'can you'],
  [/\b(?:fin|fein|wen|wein|win|ween|feen)\s+(?=kayna|kayen|kayn|famma|l|el|la)/giu, 'where is '],
  [/\b(?:kayna|kayen|kayn|kaynin|famma|fama)\b/giu, 'there is'],
  [
    /\b(?:shu|chou|sho|chnowa|chnou|ach)\s+(?:bya3mel|ya3mel|bi3mel|ta3mel|kaydir|ydir|idir)\s+(?:hal|had|hed|el|l)\s+bot\b/giu,
    'what does the bot do',
  ],
  [/\b(?:el|l)?\s*far2\s+(?:bein|bin|ben|bayn|bine|mabin|ma\s+bin)\b/giu, 'the difference between'],
  [
    /\b(?:ma\s*fhemtch|mafhemtch|ma\s*fhmtch|ma\s*fhemtsh|ma\s*fhmtsh|ma\s*fhemtech|ma\s*fhemt)\b/giu,
    "i don't understand",
  ],
  [
    /\b(?:m3a|ma3)\s+(?:men|meen|min|chkoun)\s+(?:ntkalem|nehki|nhder|nahdar|n7ki|netkallem)\b/giu,
    'who do i talk to',
  ],
  // (fix53c: how long ago, "talabt key men sa3a" (I asked for a key an hour ago).)
  [
    /\b(?:talabt|tlabt|demandit|tlebt)\s+(key|token|cl[eé]|api\s+key)\s+(?:mn|men|min)\s+(nos\s+sa3a|rob3\s+sa3a|sa3a|se3a|sa3tein|sa3tin|se3tin|yom|youm|nhar|yomein|yumin|nharin|usbu3|simana|jem3a|\d+\s*[a-z0-9]+)\b/giu,
    'i requested a $1 $2 ago',
  ],
  [
    /\b(?:talabt|tlabt|demandit|tlebt)\s+(key|token|cl[eé]|api\s+key)\s+(?:mn|men|min)\s+/giu,
    'i requested a $1 ',
  ],
  // (fix53c: who should, "meen el mafroud yewafe2?" (who is supposed to approve?); someone else, "chi wa7ed akhor";
  // has not, "ma 3ndouch"; what do I do to, "wesh ndir bach"; must I ask, "lazem atlob"; its maximum, "akhro 12"; how
  // long a token may be, "momken el token yeb2a 16 sa3a?"; "walla ya5dem b" (now works with).)
  [/\b(?:meen|min|chkoun|chkon|mnou)\s+(?:el\s+|l)?(?:mafroud|mafrod|elmafroud)\b/giu, 'who is supposed to'],
  [
    /\b(?:chi|shi|7ad|had)\s+(?:wa7ed|wahed|wa7d)\s+(?:akhor|akhour|akhr|a5or|a5our|e5er|ekher|tani|tany|ghiri|5or)\b/giu,
    'someone else',
  ],
  [/\b(?:chi|shi)\s+(?:wa7ed|wahed|wa7d)\b/giu, 'someone'],
  [
    /\b(?:ma\s*3ndouch|ma\s*3andouch|ma\s*3andoush|ma\s*3ndosh|ma\s*3andosh|ma3ndouch|ma3andoush|ma3andosh|ma\s*3andoush)\b/giu,
    'does not have',
  ],
  [
    /\b(?:wesh|wech|ach|chno|chnou|shu|eh)\s+(?:ndir|n3mel|na3mel|ne3mel|a3mel|ne3mlou)\s+(?:bach|bech|bash|besh|3ashan|3shan)\b/giu,
    'how do i',
  ],
  [
    /\b(?:lazem|lazim|khass(?:ni)?|khess(?:ni)?)\s+(?:atlob|a6lob|n6lob|ntlob|nutlub|natlob|n9dem|ndemandi)\b/giu,
    'do i have to request',
  ],
  [/\b(?:atlob|a6lob|n6lob|ntlob|natlob)\b/giu, 'request'],
  [
    /\b(?:momken|mumkin|momkin|ynfa3|yenfa3)\s+el\s+(token|key|api\s+key|access\s+key)\s+(?:yeb2a|yb2a|yeb2o|ykhdem|yo93od|y9ed)(?:\s+(?:le|l|la|lel))?\b/giu,
    'can a $1 last',
  ],
  [/\b(?:walla|wella|wala|aw)\s+(?:akhro|a5ro|akhru|akhreto|a5reto|akhrou)\s+/giu, 'or is the maximum '],
  [/\b(?:akhro|a5ro|akhru|akhreto|a5reto|akhrou)\s+/giu, 'the maximum is '],
  [/\bwalla\s+(?=ya5dem|ye5dem|yekhdem|ykhdem|kaykhdem|yesta3mel|ysta3mel|yekhdmou|ye5dmo)/giu, 'now '],
  [/\b(?:et|it|t)-?(?:leaka|leakat|leaked|leak|lika)\b/giu, 'leaked'],
  [
    /\b(rotate|revoke|deprovision|delete)\s+(?:wala|walla|wella|wela|wla|willa)\s+(?=rotate|revoke|deprovision|delete)/giu,
    '$1 or ',
  ],
  // A thing leaked: "t7at f screenshot" (it was put in a screenshot), "7atha fil repo" (put it in the repo).
  [/\b(?:t7at|t7atet|tsreb|tsarbet|tsarreb|tsarbat|t7ot)\b/giu, 'it leaked'],
  [/\b(?:7atha|7atou|7attha|7atto|hatha)\s+(?:fil|fel|f|fi)\b/giu, 'put it in'],
  // A car's key, not ours: "el key beta3 el 3arabeya", "l key dyal tomobil", "clé ta3 karhba".
  [
    /\b(?:key|cl[eé]|mifta7)\s+(?:beta3|bta3|dyal|ta3|mte3|tab3)\s+(?:el\s+|l\s*)?(?:3arabeya|3arabiya|sayyara|tomobil|tonobil|tomobile|watura|lwatura|karhba|karhaba|siyara)\b/giu,
    'car key',
  ],
  // Who wants it (a thing offered to people, no request): "meen 3ayzo?", "chkoun bghah?", "meen baddo?".
  [
    /\b(?:meen|min|chkoun|chkon|shkoun)\s+(?:3ayzo|3ayzu|3ayzah|bghah|bghaha|baddo|baddu|bado|y7ebbo|y7ebou|yhebbo)\b/giu,
    'who wants it',
  ],
  [/\bbel\s+(?:ghalta|ghalat|ghalt)\b/giu, 'by mistake'],
  // An hour alone, once its parts and counts are read ("token se3a").
  [/\b(?:se3a|sa3)\b(?!\s+(?:w|wa|ila|lla)\s)/giu, '1 hour'],
];

/** Maghrebi and Levantine words, read once the message is known as Arabizi. */
const MAGHREB_WORDS: Record<string, string> = {
  // Hours, minutes, days, weeks, months, years; the dual is two of them.
  'se3a|sa3|s3a': 'hour',
  'se3at|swaye3|swa3|sway3|swayeh|saa3at': 'hours',
  'sa3tin|se3tein|se3tin|se3ten|s3atin|sa3tine|se3tine': '2 hours',
  'dqi9a|d9i9a|dqiqa|d2i2a|dkika|d9ay9|dqay9|d9aye9|dqayeq|dqaye9|d2aye2|dqaye2': 'minutes',
  'd9i9tin|dqiqtin|da2i2tein|d2i2tein': '2 minutes',
  'nhar|nharat|yum|iyyam|ayyam': 'days',
  'nharin|yumin|youmin|yomin|yumayn|youmein|yomain': '2 days',
  'chhar|chahr|ch7ar|shhar': 'month',
  'chhour|chhor|chhoura|ch7our|sh7our|shhur|ash-hor': 'months',
  'chahrin|chahrein|chharin|shahrin|chahrayn': '2 months',
  'simana|semana|jem3a|jom3a': 'week',
  'simanat|asabi3|jem3at': 'weeks',
  'simanatin|jem3tein|jom3tin|simantin|usbu3in': '2 weeks',
  'snin|snine|sanawat|snawat': 'years',
  sna: 'year',
  // Want, need, can, give, make, take; the persons the writers use.
  'n7eb|nheb|n7ebb|nhebb|n7ab|bghiit|baghya|bddi|badde': 'i want',
  'n7ebou|n7ebbou|nhebbou|nhebou|n7ebbo|bghina|badna|baddna|baghin': 'we want',
  'bghiti|baddak|baddik': 'you want',
  'khassni|khessni|khasni|lazemni|lazmni|yelzemni|ne7taj|n7taj|n7tej|ne7tej|m7taj|mehtaj': 'i need',
  'khassna|khessna': 'we need',
  'khass|khas|khess': 'needs',
  'ta3tini|t3tini': 'give me',
  '3atini|3atine|3tine|3ateni|a3tine|3tiwni|a3tiwni|jibli': 'give me',
  '3tina|a3tina|jiblna': 'give us',
  'dirli|dir-li|sawili|sawwili': 'create me',
  dirlna: 'create us',
  'sawwi|nsawi|nsawwi|ncreyi|ncréyi|nkhle9|nkhleq|nkhla9|khle9|khla9': 'create',
  'nkhlqou|nkhel9o': 'create',
  'nakhod|nakhdo|nekhou|nekhdo|nakhed|n5od|nakhou': 'get',
  na3ti: 'give',
  // Change, stop, remove, cancel, wipe, see, know.
  'baddel|baddal|baddil|beddel|bddel|baddlo|baddlou|baddelha|baddlha|ghayer|ghayyir': 'change',
  'nbaddel|nbeddel|nbadel|tbaddel|ybaddel|nghayyar|nghayer': 'change',
  'baddelli|beddelli': 'change',
  'wa9ef|wa9af|wqef|wa9fo|wa9fou|wa9ffo|n9ef|nwa9ef|battal|battel|battil': 'stop',
  '7ayed|7ayyed|7aydo|7aydou|na7i|n7i|ne7i|n7iw': 'remove',
  'lghi|nelghi|nalghi|alghi': 'cancel',
  'mse7|msa7|ms7|emsa7|imsa7|nmse7|nmsa7|tmse7|mse7li|7adhef|7dhef|e7zef|i7zef|7zef|n7ezef|supprimih|nsupprimi':
    'delete',
  'fassakh|fasakh|fassa5|fsakh|nfassakh|fasskh': 'delete',
  'nchouf|nshouf|tchouf|nchoufou|nchoof': 'see',
  'werrini|werini|warili|warrili': 'show me',
  'n3ref|na3ref|n3raf|ne3ref': 'know',
  // Question words, there is.
  'chnowa|chnouwa|chnoua|chnou|chniya|chniwa|chnia|shnu|shnou|shnowa|ashnu|ach|chou|sho|wech': 'what',
  'chkoun|chkon|meen|mnou': 'who',
  'imta|waqtach|wa9tach|wa9tech': 'when',
  '3lach|3lah|3lech': 'why',
  'famma|fama|kayen|kayna': 'there is',
  'mafamach|makaynch|mafich|mafi': 'there is no',
  wach: 'does',
  // Of, for, with, in, to, and, or, only, in order to, until.
  'dyal|dial|diyal|ta3|mte3|mta3|mtaa|tab3|tab3et|tab3it': 'of',
  'dyalek|dyalkom|ta3ek|ta3kom|mte3ek|tab3ak': 'yours',
  'ta3hom|mte3hom': 'theirs',
  ta3ha: 'hers',
  m3a: 'with',
  bel: 'with the',
  'taba3na|ta3na|mte3na|dyalna|tab3na': 'our',
  m3aya: 'with me',
  m3ana: 'with us',
  'fil|fel': 'in the',
  wa: 'and',
  'ghir|gher': 'just',
  'bach|bech|bash': 'to',
  hatta: 'until',
  'ila|eza|ida': 'if',
  // Now, today, tomorrow; please, thanks, sorry; a lot, a bit.
  'wela|wala|wella|wlla': 'or',
  'hala2|hala|halla|daba|dorka|drk|tawa': 'now',
  'ghodwa|ghedwa|bokra': 'tomorrow',
  '3al': 'on the',
  '3andha|3ndha|3ndo|3andou|3ndhom': 'has',
  'kaybayen|kayban|ybayen|ybayyen|yban|ywarri|kaywarri|bayyen': 'show',
  '3afak|3afakom|3afik|brabi|3aychek|3aychk|ykhallik|yatik|saha|ya3tik|merci': '',
  'barcha|bzaf|bezzaf|ktir|kteer': 'a lot of',
  'chwiya|shwaya': 'a bit',
  'bark|brk|barka|berk|bss': 'just',
  // Works, still, not yet, other, new.
  'ykhdem|yemchi|kaykhdem|khdam|ykhdmo|ye5dem|yemchiw|khdama': 'works',
  'yemchich|ykhdemch': "doesn't work",
  'ba9i|ba2i|mazal|mazel|lissa': 'still',
  'jdida|jdidin|jdide': 'new',
  'lekhrin|lkhrin|lakhrin': 'last',
  'mech|mch|mosh|machi|mashi': 'not',
  'stenna|sanna|tsenna|stana': 'wait for',
  'dar|daret|3mal|3mel': 'did',
  'sar|sarat': 'happened',
  'li|lli': 'that',
  'hiya|hia': 'is',
  'huwa|houwa': 'is',
  'homa|huma': 'they',
  'ana|ena': 'i',
  '7na|e7na|n7na|ne7na|a7na|i7na': 'we',
  'nta|enta|inta|nti|enti|inti': 'you',
  'ra2yekom|ra2yek|ra2yak': 'your opinion',
  'wahed|wahda': 'one',
  // (fix53c, tuned-carrier: the rest of each paradigm, with MAGHREB_STRONG's.)
  'nbghi|nebghi|nabghi|kanbghi|bdi': 'i want',
  'kanbghiw|nbghiw|bdna': 'we want',
  '3andkom|3andkum|3ndkom|3andek|3andik|3ndek': 'do you have',
  '3andna|3ndna': 'do we have',
  'iddini|eddini|iddeeni|addini': 'give me',
  'e3mel|e3mely|e3mili|e3melna|a3melli': 'create',
  'badel|bdel|bedel|badelha|badlo|badlou|bedelha|bedlo': 'change',
  'fas5|fase5|fas5ha|fas5o': 'delete',
  'wa22ef|wa22af|wa22fo|wa22efha|wa2afha': 'stop',
  'el2y|el2i|il2i|el2eeh|el2ih|el2iha': 'revoke',
  'chof|chouf|shouf': 'check',
  'chofli|choufli|shoufli|shofli': 'check for me',
  'lia|lya': 'for me',
  'khddam|khaddam|ya5dem|ye5dmo': 'works',
  'ma7adesh|ma7adsh|ma7adish': 'no one',
  rad: 'replied',
  'mafroud|mafrod|elmafroud': 'is supposed to',
  'yewafe2|ywafa2|yewafa2': 'approve',
  'ghadi|ghad': 'going to',
  'nkhdem|nekhdem|nkhdmo': 'work',
  ndir: 'do',
  b: 'with',
  "n'affichi|naffichi|n'afichi|nafichi": 'display',
  'khouya|khoya|khouti|jama3a': '',
  fawran: 'right now',
  '5eles|5eless|khles': 'is over',
  'e5er|ekher': 'other',
  'asafer|nsafer': 'i travel',
  'tamam|kolo': 'fine',
  dayem: 'permanent',
  'osbo3|esbo3|esbou3|osbou3|usbou3': 'week',
  'osbo3ein|osbo3en|esbo3en': '2 weeks',
  'sa3teen|sa3tain|sa3tayn': '2 hours',
  'sanateen|santen|sanatein': '2 years',
  'hatli|hatly|3teeni|a3teni': 'give me',
  hatlna: 'give us',
  'jadded|jaded|jaddid|jaddedli|jadedli': 'renew',
  'ghayyarli|ghayyerli|ghayirli': 'change',
  '2fel|i2fel': 'shut down',
  'em7i|im7i|ma7i': 'delete',
};
for (const [words, en] of Object.entries(MAGHREB_WORDS))
  for (const w of words.split('|')) WORD_MAP.set(w, en);

/** A word of MAGHREB_STRONG as a word of the text (not inside a name, an address or a path): a Set, one pass. */
const MAGHREB_SET: ReadonlySet<string> = new Set(MAGHREB_STRONG);
const MAGHREB_TOKEN_RE = /(?<![\p{L}\p{N}_@.\-/])[\p{L}\p{N}]+(?![\p{L}\p{N}_@\-/])/gu;
const SPLIT_RE = /[^\p{L}\p{N}]+/u;
function maghrebIn(s: string): boolean {
  const lower = s.toLowerCase();
  // A split and a Set first (most texts stop here); a word found is then checked as a word of its own.
  if (!lower.split(SPLIT_RE).some((w) => MAGHREB_SET.has(w))) return false;
  for (const m of lower.matchAll(MAGHREB_TOKEN_RE)) if (MAGHREB_SET.has(m[0])) return true;
  return false;
}

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
const MARKS = String.raw`\b(?:key|keys|token|cl[eé]s?)\s+l\s+[a-z0-9_\x60]|\bbas\s+(?:rotate|revoke|deprovision|create|delete|renew|reset)\b|\bmn\s+el\s|^\s*fi\s+\S+\s+fi\s+el\s+bot\b|\bl\s+\x60`;
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

const MAKE_IT_RE = /(\d+\s*(hours|days|minutes|months|weeks)\b[^\n]*?\bmake\s+it\s+)(\d+)(?=\s*[?!.]*\s*$)/iu;
/**
 * fix53c, tuned-carrier: two commands weighed with the dialects' "or", "rotate wala revoke law el key et-leak?" (rotate
 * or revoke if the key leaks?): a question between two, Arabizi with no strong word.
 */
const CHOICE_RE =
  /\b(?:rotate|revoke|deprovision|delete)\s+(?:wala|walla|wella|wela|wla|willa)\s+(?:rotate|revoke|deprovision|delete)\b/i;

/** Whether the text (in lower case) has a strong word: the step's test. */
const ARABIZI_WHEN = new RegExp(String.raw`\b(?<![@.\-/])(?:${STRONG_WORDS.join('|')})(?![\w@\-/])`, 'i');

/**
 * The message read into English words (a message with no strong word is left as it is). parse-request.ts reads the
 * English before anything else, as it reads a message in another script (other-scripts.ts): the tests on the text as
 * typed (a request put to a person, a request taken back) read it too.
 */
export function arabizi(s: string): string {
  const maghreb = maghrebIn(s);
  const choice = CHOICE_RE.test(s);
  if (!maghreb && !choice && !mayBeArabizi(s) && !(s.includes(' l ') && MARKS_RE.test(s))) return s;
  let out = s;
  const arabic = maghreb || choice || ARABIZI_WHEN.test(s) || MARKS_RE.test(s);
  if (arabic) {
    // (fix52d: Maghrebi and Levantine numbers, parts of an hour and phrases first.)
    out = hourParts(
      out.replace(MAGHREB_NUMBER_RE, (_m, w: string) => String(MAGHREB_NUMBERS[w.toLowerCase()])),
    );
    for (const [re, en] of MAGHREB_PHRASES) out = out.replace(re, en);
    for (const [re, en] of PHRASES) out = out.replace(re, en);
    out = out.replace(WORD_RE, (m, word: string) => {
      const en = WORD_MAP.get(word.toLowerCase());
      return en === undefined ? m : en === '' ? ' ' : en;
    });
    // (fix53c: a correction of a count alone, "token sa3tein.. la2 la2 5aleeha talata" (no no, make it three): the unit
    // said before, read once the words are.)
    out = out.replace(MAKE_IT_RE, '$1$3 $2');
  }
  const read = egyptian(out);
  return arabic || read !== out ? read.replace(/[ \t]{2,}/g, ' ') : s;
}

/** The message read into English words, or null when it has no Arabizi word (parse-request.ts). */
export function arabiziAsEnglish(s: string): string | null {
  const out = arabizi(s);
  return out === s ? null : out;
}
