/**
 * fix54d (tuned-grocery): the words of South and Southeast Asia's chat languages for what the bot does, glossed into
 * English as whole paradigms so the English readers do the rest. (debt55: Vietnamese typed without its marks is no
 * longer read here: vietnamese-marks.ts gives the marks back for more-languages.ts's Vietnamese, which took what only
 * this file read, the words and phrases of fix54d.)
 *
 * - Indonesian and Malay questions about tokens rather than for one: "token bisa 2 hari ga?" (can a token last two
 *   days?), "… ada nggak?" (is there …?), "beda X sama Y apa?" (the difference), "gimana caranya minta X" (how do I
 *   get), "nanya dulu" (just asking first); and an age told, "udah 90 hari" (90 days old already), never a lifetime.
 * - Tagalog verbs of English roots in their aspect forms ("nag-aapprove" approves, "nag-rotate" rotated, "mag-rotate"),
 *   "paki-" requests of Tagalog roots ("pakitanggal" please remove, "pakibura", "pakipalitan" please replace),
 *   "hindi na ginagamit" (no longer used), a correction "gawin mo nang 5" (make it 5).
 *
 * Wired into surface.ts after iberian-words.ts: the phrases after IBERIAN_PHRASES (with their trigger).
 */
import type { Lang } from './more-languages.js';

const NO_L = String.raw`(?![\p{L}])`;
const NOT_AFTER_L = String.raw`(?<![\p{L}])`;
const ID_NO = String.raw`(?:nggak|ngga|gak|ga|enggak|engga|tidak|tak|ndak|kah)`;
const ID_UNIT = String.raw`(?:hari|minggu|bulan|tahun|jam|menit|days?|weeks?|months?|years?|hours?|minutes?)`;

/**
 * Read before more-languages.ts's phrases, whose "rotate kiya" (rotated) would take the verb from the one who did it:
 * "kisne key rotate kiya" is who rotated the key.
 */
export const SEA_PHRASES_FIRST: [RegExp, string, Lang][] = [
  // Who did it, the verb last: "kisne key rotate kiya?" (who rotated the key?), "kisne checkout ka key revoke kiya".
  [
    /(?<![\p{L}])kisne\s+(?:(?:ye|yeh|is|us|woh|wo)\s+)?([\p{L}\p{N}][\p{L}\p{N}_-]*)\s+(?:ka|ki|ke)\s+(keys?|tokens?)\s+(rotate|revoke|delete|create|generate|renew)\s+(?:kiya|kiye|ki|kari|kar\s+(?:diya|di|diye))(?![\p{L}])/giu,
    'who $3d the $2 of $1',
    'hi',
  ],
  [
    /(?<![\p{L}])kisne\s+(?:(?:ye|yeh|is|us|woh|wo)\s+)?(keys?|tokens?)\s+(rotate|revoke|delete|create|generate|renew)\s+(?:kiya|kiye|ki|kari|kar\s+(?:diya|di|diye))(?![\p{L}])/giu,
    'who $2d the $1',
    'hi',
  ],
  // "kal" is yesterday and tomorrow: with a verb in the past ("kal kisne key rotate kiya", "kal revoke hua tha"),
  // yesterday.
  [
    /(?<![\p{L}])kal(?=\s[^.?!\n]{0,60}?(?<![\p{L}])(?:kiya|kiye|kari|hua|hui|huyi|gaya|gayi|gaye|diya|diye|tha|thi|the)(?![\p{L}]))/giu,
    'yesterday',
    'hi',
  ],
  [/(?<![\p{L}])bot\s+se\s+(naya|nayi|naye|new|ek)\s+(token|key)\s+/giu, 'a new $2 from the bot ', 'hi'],
  [
    /(?<![\p{L}])(\p{Lu}\p{L}+)\s+(?:wala|wali|wale|ka|ki)\s+(?:hi\s+)?(?=use(?![\p{L}]))/gu,
    "just $1's ",
    'hi',
  ],
  // Weighing two ways, the Hinglish subjunctive: "bot se naya token lein ya Priya wala hi use kar lein?" (should we get a
  // new token from the bot or just use Priya's?), "naya key banayein ya purana rotate karein?": asked of people.
  [
    /(?<![\p{L}])([^?.!\n\s](?:[^?.!\n]{0,58}?[^?.!\n\s])?)\s+(?:lein|len|le\s+lein)\s+ya\s+([^?.!\n\s](?:[^?.!\n]{0,58}?[^?.!\n\s])?)\s+(?:lein|len|le\s+lein|karein|karen|kar\s+lein|kar\s+len|banayein|banaye|banaen)(?=\s*\?)/giu,
    'should we get $1 or $2',
    'hi',
  ],
  [
    /(?<![\p{L}])([^?.!\n\s](?:[^?.!\n]{0,58}?[^?.!\n\s])?)\s+(?:banayein|banaye|banaen|bana\s+lein)\s+ya\s+([^?.!\n\s](?:[^?.!\n]{0,58}?[^?.!\n\s])?)\s+(?:lein|len|le\s+lein|karein|karen|kar\s+lein|kar\s+len|banayein|banaye|banaen)(?=\s*\?)/giu,
    'should we make $1 or $2',
    'hi',
  ],
  [
    /(?<![\p{L}])([^?.!\n\s](?:[^?.!\n]{0,58}?[^?.!\n\s])?)\s+(?:karein|karen|kar\s+lein|kar\s+len)\s+ya\s+([^?.!\n\s](?:[^?.!\n]{0,58}?[^?.!\n\s])?)\s+(?:lein|len|le\s+lein|karein|karen|kar\s+lein|kar\s+len|banayein|banaye|banaen)(?=\s*\?)/giu,
    'should we $1 or $2',
    'hi',
  ],
  // ("purana hi": just the old one.)
  [/(?<![\p{L}])(?:purana|purani|purane)\s+hi(?![\p{L}])/giu, 'just the old one', 'hi'],
];

export const SEA_PHRASES: [RegExp, string, Lang][] = [
  // ---- Indonesian and Malay.
  // An age told, "udah 90 hari" (90 days already: its age), never a lifetime asked for.
  [
    new RegExp(
      String.raw`${NOT_AFTER_L}(?:udah|udh|sudah|sdh|dah)\s+(\d+)\s*(hari|minggu|bulan|tahun|days?|weeks?|months?|years?)${NO_L}(?!\s+(?:lagi|lg)${NO_L})`,
      'giu',
    ),
    '$1 $2 old already',
    'id',
  ],
  // A token asked about, not for: "token bisa 2 hari ga?" (can a token last 2 days?), "bisa ga token 12 jam?".
  [
    new RegExp(
      String.raw`${NOT_AFTER_L}(tokens?|keys?)\s+(?:bisa|boleh|blh)\s+(\d+\s*${ID_UNIT}|\d+\s*[hmd])\s+${ID_NO}${NO_L}`,
      'giu',
    ),
    'can a $1 last $2',
    'id',
  ],
  [
    new RegExp(
      String.raw`${NOT_AFTER_L}(?:bisa|boleh|blh)\s+${ID_NO}\s+(tokens?|keys?)\s+(\d+\s*${ID_UNIT}|\d+\s*[hmd])${NO_L}`,
      'giu',
    ),
    'can a $1 last $2',
    'id',
  ],
  [
    new RegExp(
      String.raw`${NOT_AFTER_L}(?:(?:aku|saya|sy|gw|gue)\s+)?(?:nanya|tanya|cuma\s+nanya|cuma\s+tanya|nanya\s+aja|tanya\s+je)(?:\s+(?:dulu|dlu|je|aja|saja))?${NO_L}`,
      'giu',
    ),
    'just asking first',
    'id',
  ],
  // "… ada nggak (sih)?" (is there …, or not?): a question about what there is, "token di region Jakarta ada nggak?".
  [
    new RegExp(
      String.raw`^(\s*)([^?\n]{1,80}?)\s+(?:ada|tersedia)\s+${ID_NO}(?:\s+(?:sih|ya|yah|nih))?(?=\s*\?)`,
      'giu',
    ),
    '$1is there $2 available',
    'id',
  ],
  // The difference: "beda token sama api key apa (sih)?", "apa bedanya X dan Y".
  [
    new RegExp(
      String.raw`${NOT_AFTER_L}(?:apa\s+)?(?:beda|bedanya|perbedaan|bezanya|beza)\s+((?:api\s+|access\s+)?\S+?)\s+(?:sama|dan|dengan|dgn|ama|ma|vs|dengan)\s+((?:api\s+|access\s+)?[^\s?]+)(?:\s+apa(?:an)?)?(?:\s+(?:sih|ya|ni|nih))?(?=\s*(?:\?|$))`,
      'giu',
    ),
    'what is the difference between $1 and $2',
    'id',
  ],
  // How do I get: "gimana caranya minta api key", "bagaimana cara dapat token", "macam mana nak minta key".
  [
    new RegExp(
      String.raw`${NOT_AFTER_L}(?:gimana|bagaimana|gmn|gmna|gmana|macam\s+mana|camne|cemana)(?:\s+(?:caranya|cara))?(?:\s+(?:nak|mau|untuk|utk|buat))?\s+(?:minta|dapet|dapat|dapetin|request|ambil|bikin)${NO_L}`,
      'giu',
    ),
    'how do i get',
    'id',
  ],
  [
    new RegExp(String.raw`${NOT_AFTER_L}(?:caranya|cara)\s+(?:minta|dapet|dapat|request)${NO_L}`, 'giu'),
    'how to get',
    'id',
  ],

  // ---- Tagalog.
  // Verbs of English roots in their aspects: "nag-aapprove"/"nagrorotate" (does, habitually: approves), "nag-rotate"
  // (did: rotated), "mag-rotate"/"i-rotate" (to rotate).
  [
    /(?<![\p{L}\p{N}_-])nag-?(?:[a-z]{1,3}-)?(?:a|ro|re|de|cre|ge|ap|ex)-?(approve|rotate|revoke|delete|create|generate|expire)(?![\p{L}\p{N}_-])/giu,
    '$1s',
    'tl',
  ],
  [/(?<![\p{L}\p{N}_-])nag-?(approve)(?![\p{L}\p{N}_-])/giu, '$1d', 'tl'],
  [/(?<![\p{L}\p{N}_-])mag-?(approve|rotate|revoke|delete|create|generate)(?![\p{L}\p{N}_-])/giu, '$1', 'tl'],
  // "paki-" and the Tagalog roots of our commands: please remove/delete/replace/make/show.
  [
    /(?<![\p{L}\p{N}_-])paki-?(?:tanggal(?:in)?|alis(?:in)?|bura(?:hin)?|bawiin|bawi)(?![\p{L}])/giu,
    'please remove',
    'tl',
  ],
  [/(?<![\p{L}\p{N}_-])paki-?(?:palit(?:an)?|palitan)(?![\p{L}])/giu, 'please replace', 'tl'],
  [/(?<![\p{L}\p{N}_-])paki-?(?:gawa(?:n|in)?)(?![\p{L}])/giu, 'please create', 'tl'],
  [/(?<![\p{L}\p{N}_-])paki-?(?:pakita|kita)(?![\p{L}])/giu, 'please show', 'tl'],
  [/(?<![\p{L}\p{N}_-])(?:tinanggal|inalis|binura)(?![\p{L}])/giu, 'removed', 'tl'],
  [/(?<![\p{L}])hindi\s+na\s+(?:ginagamit|gagamitin|kailangan)(?![\p{L}])/giu, 'no longer used', 'tl'],
  // A correction by "make it": "gawin mo nang 5", "gawing 5", "gawin mong 4h".
  [
    /(?<![\p{L}])(?:gawin\s+(?:mo\s+)?(?:na(?:ng)?\s+)?|gawin\s+mong\s+|gawing\s+)(?=\d)/giu,
    'make it ',
    'tl',
  ],
  // "access ng key" (the key's access): the key, no access key.
  [/(?<![\p{L}])(?:(?:yung|ang)\s+)?access\s+ng\s+(?=(?:api\s+)?keys?(?![\p{L}]))/giu, 'the ', 'tl'],
  // "pwede ko bang …?", "puwede ba akong …?" (can I …?): asked, with "bang" (ba + ng) no word of its own.
  [
    /(?<![\p{L}])(?:pwede|puwede|pwd|pede|maaari|pwedeng)\s+(?:ko\s+|akong\s+)?(?:po\s+)?(?:bang|ba|ba\s+ako|ba\s+akong)\s+/giu,
    'can i ',
    'tl',
  ],
  // Lending one's own: "i-share yung token ko sa vendor" (share my token with the vendor), "ipahiram".
  [
    /(?<![\p{L}\p{N}_-])(?:i-?share|ipahiram|ibigay|ipasa)\s+(?:(?:yung|ang)\s+)?(token|key)(?:\s+ko)?\s+sa\s+/giu,
    'share my $1 with ',
    'tl',
  ],

  // ---- Hindi and Hinglish.
  // Lending one's own, asked: "teammate ko apna token de sakta hoon?" (can I give my token to a teammate?), "share kar
  // sakti hoon", "bhej sakte hain".
  [
    /(?<![\p{L}])([\p{L}\p{N}_-]+)\s+ko\s+(?:apna|apni|mera|meri|hamara)\s+(token|key)\s+(?:de|dena|share\s+kar|bhej|forward\s+kar)\s+(?:sakta|sakti|sakte|skta|skti|skte)\s+(?:hoon|hu|hun|hain|hai|h|hu?n)(?![\p{L}])/giu,
    'can i give my $2 to $1',
    'hi',
  ],
  // What the bot keeps: "bot apne paas mera token save karke rakhta hai kya?" (does the bot keep a copy of my token?).
  [
    /(?<![\p{L}])(?:kya\s+)?(?:(bot|aap|tum)\s+)?(?:apne\s+paas\s+)?(?:mera|meri|hamara|humara|mere)\s+(token|key)s?\s+(?:(?:save|store)\s+(?:karke\s+|kar\s+ke\s+|kar\s+)?)?(?:rakhta|rakhti|rakhte|save\s+karta|store\s+karta|save\s+karte|store\s+karte)\s+(?:hai|h|hain|ho)(?:\s+kya)?(?![\p{L}])/giu,
    'does the bot keep a copy of my $2',
    'hi',
  ],
  // The compound verbs in every form: "dikha do/dijiye/dena", "dikhado" (show), "ghuma do", "ghumao", "ghumana" (turn:
  // rotate); "X ka key ghumana hai", "key ghumana hai X ka" (X's key is to be rotated).
  [
    /(?<![\p{L}])(?:dikha\s+(?:do|dijiye|dijie|dena|de|den|dein|doge|dijiyega)|dikhado|dikhaao)(?![\p{L}])/giu,
    'show',
    'hi',
  ],
  [
    /(?<![\p{L}])(keys?|tokens?)\s+(?:ghumana|ghumani|ghumaana|badalna|badalni|rotate\s+karna|rotate\s+karni)\s+(?:hai|h|hain)\s+([\p{L}\p{N}][\p{L}\p{N}_-]*)\s+(?:ka|ki|ke)(?![\p{L}])/giu,
    'rotate the $1 of $2',
    'hi',
  ],
  [
    /(?<![\p{L}])(?:ghuma\s+(?:do|dijiye|dijie|dena|de|den|dein|doge)|ghumado|ghumao|ghumaiye|ghumana|ghumani|ghumaana)(?![\p{L}])/giu,
    'rotate',
    'hi',
  ],
  // Others asking: "audit wale pooch rahe hain" (the audit people are asking), "puchenge" (will ask): told, no name.
  [
    /(?<![\p{L}])(?:(?:pooch|puch|pooc)\s+(?:rahe|raha|rahi)\s+(?:hain|hai|the|thi|tha|h)|(?:poochenge|puchenge|poochega|puchega|poochegi|puchegi|pooch\s+rahe|puch\s+rahe))(?![\p{L}])/giu,
    'are asking',
    'hi',
  ],
  // How much was spent on what, the Hinglish and Taglish way: "spend kitna hua rider incentives pe?", "X pe kitna
  // kharcha hua", "magkano na spend natin sa X?" (how much is our spend on X): English's, so the spend readers decide
  // whether X is ours.
  // (Whose it is first, "delivery partners ke refunds pe kitna …": the thing alone, as the spend readers take it.)
  [
    /(?<![\p{L}])[\p{L}\p{N}_-]+(?:\s+[\p{L}\p{N}_-]+)?\s+(?:ke|ki|ka)\s+(?=[\p{L}\p{N}_-]+\s+(?:pe|par)\s+kitna\s)/giu,
    '',
    'hi',
  ],
  [
    /(?<![\p{L}])(?:spend|kharcha|kharch|kharchaa)\s+kitna\s+(?:hua|huwa|hai|h|ho\s+gaya|gaya|laga)\s+((?:[\p{L}\p{N}_-]+\s+){0,3}?[\p{L}\p{N}_-]+)\s+(?:pe|par|mein|me)(?![\p{L}])/giu,
    'how much is our spend on $1',
    'hi',
  ],
  [
    /(?<![\p{L}])((?:[\p{L}\p{N}_-]+\s+){0,3}?[\p{L}\p{N}_-]+)\s+(?:pe|par)\s+kitna\s+(?:spend|kharcha|kharch|paisa)\s+(?:hua|huwa|hai|h|ho\s+gaya|gaya|laga)(?![\p{L}])/giu,
    'how much is our spend on $1',
    'hi',
  ],
  [
    /(?<![\p{L}])magkano\s+(?:na\s+)?(?:ang\s+|yung\s+)?(?:spend|gastos|ginastos|nagastos|gastusin)\s+(?:natin|namin|ko|nila|ng\s+team)?\s*sa\s+/giu,
    'how much is our spend on ',
    'tl',
  ],
  // Told to others: "finance ko kisi ne bataya ki …?" (has anyone told finance that …?), "double ho gaya" (doubled).
  [
    /(?<![\p{L}])([\p{L}\p{N}_-]+)\s+ko\s+(?:kisi\s+ne|kisine|kisi\s+ne\s+bhi)\s+(?:bataya|bola|kaha|inform\s+kiya)(?:\s+(?:ki|ke))?(?![\p{L}])/giu,
    'has anyone told $1 that',
    'hi',
  ],
  [/(?<![\p{L}])(?:double|dugna|doguna)\s+ho\s+(?:gaya|gayi|gaye)(?![\p{L}])/giu, 'doubled', 'hi'],
  // A person's access to another system: "paki-revoke yung access ni Jomar sa rider app" (Jomar's access to the rider
  // app), "tanggalin ang access ni Ana sa CRM": English's "X's access to", which the readers of other systems take.
  [
    /(?<![\p{L}])(?:(?:yung|ang|ung)\s+)?access\s+(?:ni|nina|kay)\s+(\p{L}[\p{L}.'-]*)\s+sa\s+/giu,
    "$1's access to the ",
    'tl',
  ],
];

export const SEA_TRIGGER = String.raw`(?:udah|udh|sudah|sdh|dah)\s+\d|(?:bisa|boleh|blh)\s|nanya|tanya|\s(?:ada|tersedia)\s+(?:nggak|ngga|gak|ga|enggak|engga|tidak|tak|ndak|kah)|beda[a-z]*|bezanya|caranya|cara\s|gimana|bagaimana|gmn|macam\s+mana|camne|cemana|nag-?[a-z-]*|mag-[a-z]*|paki-?[a-z]*|tinanggal|inalis|binura|hindi\s+na|gawin|gawing|access\s+ng|pwede|puwede|pwd|pede|maaari|ipahiram|ibigay|ipasa|i-?share|\sko\s+(?:apna|apni|mera|meri|hamara)|(?:mera|meri|hamara|humara|mere)\s+(?:token|key)|dikha[a-z]*|ghum[a-z]*|pooch[a-z]*|puch[a-z]*|badalna|badalni|rotate\s+karn|kisne|kal\s|kitna|magkano|kisi\s+ne|kisine|ho\s+ga|access\s+(?:ni|nina|kay)|\sya\s|bot\s+se`;

/**
 * Singlish and Malaysian English sentence particles closing a clause ("kill the whole X unit lah, trial done", "how much
 * bedrock money X burn last week ah", "14 days is enough lah", "can or not leh"): a tone, no word of the request, never a
 * unit's name. Read in any text (Singlish is English, with no language to detect), only where the particle follows a
 * word and ends its clause.
 */
export const SG_PARTICLE_GATE = /\s(?:lah|leh|lor|meh|hor|sia|ah)\b/i;
const SG_PARTICLE_RE = /(?<=[\p{L}\p{N}])\s+(?:lah|leh|lor|meh|hor|sia|ah)(?=\s*(?:[,.!?…;:]|$))/giu;
export const withoutSinglishParticles = (s: string): string => s.replace(SG_PARTICLE_RE, '');
