/**
 * A request written in Greek or Arabic (round thirty-five): "token για 3 ώρες στην Ιρλανδία", "ανάκληση
 * του κλειδιού για το loyalty-chat-gr-pilot", "أحتاج توكن لمدة ساعتين من فضلك", "إلغاء مفتاح menu-copy-ar-test".
 * (Korean, which two fixers read in the same round, is korean-words.ts's.)
 *
 * surface.ts's word glossary reads Latin and Cyrillic words; these scripts it does not see, so such a request was
 * read as nothing (the guard for a message mostly in a script the parser does not read keeps it from being acted
 * on). This reads the message into English words the way cjk-words.ts reads Japanese and Chinese, and on the same
 * condition: only when every word of it in these scripts is one this knows (our words, asking and politeness,
 * question words, articles and prepositions, a number of hours or days, a few Regions' cities). A message with any
 * other word (a story, a refusal, a negation: "δεν χρειάζομαι token", "لا أحتاج مفتاح") is left
 * as written, so the guard still keeps it from being acted on. A noun of an action said as the request ("ανάκληση
 * του κλειδιού", "إلغاء مفتاح", "تدوير مفتاح") reads as the command, the way the writers use it.
 *
 * Greek is read folded (lowercase, no accents, final sigma as sigma) and its question mark ";" as "?"; Arabic
 * without its vowel marks, with its digits as ASCII, its "؟" and "،" as "?" and ",", and a word's leading "و"
 * (and), "ال" (the), "لل" (for the), "ل" (for) or "ب" (in) read off when the word is not known whole.
 */

import {
  ARABIC_MORE_PHRASES,
  ARABIC_MORE_WORDS,
  KURDISH_LETTER,
  KURDISH_PHRASES,
  KURDISH_WORD,
  KURDISH_WORDS,
  PERSIAN_LETTER,
  PERSIAN_PHRASES,
  PERSIAN_WORDS,
  URDU_ONLY_LETTER,
  arabicCountsRead,
} from './mideast-words.js';
import { tidyEnglish } from './tidy-english.js';

/** Any letter of the scripts read here: a cheap look before anything else. */
const SCRIPTS = /[\u0370-\u03ff\u1f00-\u1fff\u0600-\u06ff]/;
/** A word in one of them (Arabic without its vowel marks and tatweel, which are read off first). */
const WORD = /[\u0370-\u03ff\u1f00-\u1fff]+|[\u0621-\u064a\u066e-\u06d3]+/g;
/** A Greek letter (the message holds Greek; parse-request.ts asks before acting on one with a Greek word unread). */
export const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;

/** Greek words (folded) → English. */
const GREEK_WORDS: Record<string, string> = {
  τοκεν: 'token',
  κλειδι: 'key',
  κλειδια: 'keys',
  κλειδιου: 'key',
  κλειδιων: 'keys',
  ανακληση: 'revoke',
  ανακαλεσε: 'revoke',
  ανακαλεστε: 'revoke',
  ακυρωση: 'revoke',
  ακυρωσε: 'revoke',
  ακυρωστε: 'revoke',
  διαγραφη: 'delete',
  διαγραψε: 'delete',
  διαγραψτε: 'delete',
  εναλλαγη: 'rotate',
  ανανεωση: 'rotate',
  ανανεωσε: 'rotate',
  ανανεωστε: 'rotate',
  δημιουργια: 'create',
  δημιουργησε: 'create',
  δημιουργηστε: 'create',
  φτιαξε: 'create',
  φτιαξτε: 'create',
  δωσε: 'give me',
  δωστε: 'give me',
  δειξε: 'show',
  δειξτε: 'show',
  λιστα: 'list',
  χρειαζομαι: 'i need',
  χρειαζομαστε: 'we need',
  θελω: 'i want',
  θελουμε: 'we want',
  μπορω: 'can i',
  μπορουμε: 'can we',
  μπορεισ: 'can you',
  μπορειτε: 'can you',
  να: '',
  εχω: 'have',
  εχουμε: 'have',
  παρω: 'get',
  παρουμε: 'get',
  ενα: 'a',
  μια: 'a',
  ωρα: 'hour',
  ωρεσ: 'hours',
  ωρων: 'hours',
  λεπτα: 'minutes',
  μερα: 'day',
  ημερα: 'day',
  μερεσ: 'days',
  ημερεσ: 'days',
  ημερων: 'days',
  μηνα: 'month',
  μηνασ: 'month',
  εβδομαδα: 'week',
  για: 'for',
  σε: 'in',
  στην: 'in',
  στη: 'in',
  στο: 'in',
  στον: 'in',
  στα: 'in',
  του: 'of',
  τησ: 'of',
  των: 'of',
  το: '',
  τα: '',
  η: '',
  ο: '',
  οι: '',
  τον: '',
  την: '',
  τη: '',
  και: 'and',
  με: 'with',
  ποτε: 'when',
  ποσα: 'how much',
  ποσο: 'how much',
  πωσ: 'how',
  ποια: 'which',
  ποιεσ: 'which',
  ποιοι: 'which',
  ποιο: 'which',
  τι: 'what',
  ποιοσ: 'who',
  ληγει: 'expires',
  ληξη: 'expiry',
  ξοδεψαμε: 'did we spend',
  ξοδεψα: 'did i spend',
  προηγουμενο: 'last',
  προηγουμενη: 'last',
  περασμενο: 'last',
  περασμενη: 'last',
  αυτο: 'this',
  αυτον: 'this',
  αυτη: 'this',
  αυτην: 'this',
  ολοκληρου: 'whole',
  ολοκληρο: 'whole',
  ολοκληρη: 'whole',
  ολησ: 'all',
  ολα: 'all',
  ολεσ: 'all',
  μοναδα: 'unit',
  μοναδασ: 'unit',
  μοναδεσ: 'units',
  μοναδων: 'units',
  μοντελα: 'models',
  περιοχη: 'region',
  ιδιοκτητησ: 'owner',
  ιστορικο: 'history',
  παρακαλω: 'please',
  ευχαριστω: 'thanks',
  καλημερα: '',
  καλησπερα: '',
  γεια: '',
  ιρλανδια: 'ireland',
  φρανκφουρτη: 'frankfurt',
  λονδινο: 'london',
  παρισι: 'paris',
  στοκχολμη: 'stockholm',
  μιλανο: 'milan',
  ισπανια: 'spain',
  γερμανια: 'germany',
  // fix41h: the other Regions' cities and countries, and the genitive people write after "του"/"της" ("στο κέντρο
  // του Λονδίνου"), folded ("Τόκιο" is "τοκιο").
  λονδινου: 'london',
  φρανκφουρτησ: 'frankfurt',
  ιρλανδιασ: 'ireland',
  γερμανιασ: 'germany',
  δουβλινο: 'dublin',
  δουβλινου: 'dublin',
  παρισιου: 'paris',
  γαλλια: 'france',
  γαλλιασ: 'france',
  στοκχολμησ: 'stockholm',
  σουηδια: 'sweden',
  ζυριχη: 'zurich',
  ζυριχησ: 'zurich',
  ελβετια: 'switzerland',
  μιλανου: 'milan',
  ιταλια: 'italy',
  ιταλιασ: 'italy',
  ισπανιασ: 'spain',
  βρετανια: 'britain',
  αγγλια: 'england',
  τοκιο: 'tokyo',
  ιαπωνια: 'japan',
  σεουλ: 'seoul',
  κορεα: 'korea',
  οσακα: 'osaka',
  βομβαη: 'mumbai',
  μουμπαι: 'mumbai',
  ινδια: 'india',
  σιγκαπουρη: 'singapore',
  σινγκαπουρη: 'singapore',
  σιδνει: 'sydney',
  αυστραλια: 'australia',
  μελβουρνη: 'melbourne',
  τζακαρτα: 'jakarta',
  ινδονησια: 'indonesia',
  μαλαισια: 'malaysia',
  μπανγκοκ: 'bangkok',
  ταιλανδη: 'thailand',
  χονγκ: 'hong',
  κονγκ: 'kong',
  ταιπει: 'taipei',
  ταιβαν: 'taiwan',
  καναδα: 'canada',
  καναδασ: 'canada',
  μοντρεαλ: 'montreal',
  ισραηλ: 'israel',
  ντουμπαι: 'dubai',
  μπαχρειν: 'bahrain',
  ριαντ: 'riyadh',
  μεξικο: 'mexico',
  βραζιλια: 'brazil',
  πεκινο: 'beijing',
  βιργινια: 'virginia',
  καλιφορνια: 'california',
  ορεγκον: 'oregon',
  οχαιο: 'ohio',
  // fix48f, tuned-styles-aegean: the words of asking, of our commands and of our questions that Greek writers in Greece
  // and Cyprus put around them, so that such a message is read whole ("μπορείς να μου δώσεις ένα token για 2 ώρες;",
  // can you give me a token for 2 hours; "άλλαξε το κλειδί του crew-roster-ai", change its key; "πόσο μας κόστισε το
  // triage-assist;", what it cost us; Cypriot "ίντα μου δίνεις ένα token ρε κουμπάρε;"). A word of a story (a ship, a
  // passport, a cabin, a name) is still unknown, so a story is still left as written.
  μου: '',
  μασ: 'us',
  σασ: '',
  δωσεισ: 'give me',
  δινεισ: 'give me',
  παρε: 'get me',
  θα: 'will',
  ηθελα: 'i would like',
  ηθελαμε: 'we would like',
  ρε: '',
  κουμπαρε: '',
  ιντα: '',
  οχι: 'no',
  περιμενε: 'wait',
  σορι: 'sorry',
  συγγνωμη: 'sorry',
  ειναι: 'is',
  ομαδα: 'team',
  ομαδασ: 'team',
  ομαδεσ: 'teams',
  νεο: 'new',
  νεα: 'new',
  νεοσ: 'new',
  καινουργιο: 'new',
  καινουργια: 'new',
  μονιμο: 'permanent',
  μονιμη: 'permanent',
  μιαμιση: '1.5',
  δυομιση: '2.5',
  δυο: 'two',
  τρεισ: 'three',
  τεσσερισ: 'four',
  πεντε: 'five',
  εξι: 'six',
  οκτω: 'eight',
  ενενηντα: 'ninety',
  μηνεσ: 'months',
  μηνων: 'months',
  χρονο: 'year',
  χρονια: 'years',
  εβδομαδεσ: 'weeks',
  εβδομαδων: 'weeks',
  μονο: 'only',
  αρκει: 'is enough',
  τρεχει: 'runs',
  τρεξει: 'run',
  θελει: 'wants',
  προσβαση: 'access',
  απογευμα: 'afternoon',
  σημερα: 'today',
  αυριο: 'tomorrow',
  χθεσ: 'yesterday',
  αμεσα: 'immediately',
  τωρα: 'now',
  πρεπει: 'must',
  στησουμε: 'set up',
  κρατησεων: 'bookings',
  υπαρχουν: 'are there',
  υπαρχει: 'is there',
  εχει: 'has',
  πεσ: 'tell',
  εληξε: 'expired',
  φτιαχτηκε: 'was created',
  μοντελων: 'models',
  χρησιμοποιησω: 'use',
  χρησιμοποιω: 'do i use',
  χρησιμοποιει: 'uses',
  τελευταια: 'last',
  τελευταιεσ: 'last',
  τελευταιουσ: 'last',
  τισ: 'the',
  τουσ: 'the',
  εκανε: 'did',
  αλλαγων: 'changes',
  αλλαγεσ: 'changes',
  κοστοσ: 'cost',
  κοστισε: 'cost',
  εξοδα: 'spend',
  εφαγε: 'spent',
  ρωταει: 'asks',
  ιανουαριο: 'in january',
  ιανουαριοσ: 'in january',
  φεβρουαριο: 'in february',
  φεβρουαριοσ: 'in february',
  μαρτιο: 'in march',
  μαρτιοσ: 'in march',
  απριλιο: 'in april',
  απριλιοσ: 'in april',
  μαιο: 'in may',
  ιουνιο: 'in june',
  ιουλιο: 'in july',
  αυγουστο: 'in august',
  σεπτεμβριο: 'in september',
  οκτωβριο: 'in october',
  νοεμβριο: 'in november',
  δεκεμβριο: 'in december',
  κανε: '',
  καμε: '',
  αλλαξε: 'change',
  σταματα: 'stop',
  καταργησε: 'remove',
  κλεισε: 'close',
  τελειωσ: 'entirely',
  ξηλωσε: 'tear down',
  τελειωσε: 'is over',
  τελειωσει: 'is over',
  οταν: 'when',
  κλεινει: 'is closing',
  ανακληθουν: 'be revoked',
  ασκουμενοι: 'interns',
  εφυγαν: 'left',
  εφυγε: 'left',
  απο: 'from',
  εταιρεια: 'company',
  καποιοσ: 'someone',
  εξω: 'outside',
  εβαλε: 'put',
  κρατα: 'keep',
  χρειαζεται: 'needs',
  χρηση: 'use',
  απλωσ: 'just',
  εγκρινει: 'approves',
  ζητησα: 'i asked for',
  ζηταω: 'do i request',
  ερωτηση: 'question',
  χαζη: 'stupid',
  ιδιο: 'same',
  γενικα: 'at all',
  υποστηριζει: 'supports',
  μπορει: 'can',
  καλεσει: 'call',
  μοιραστω: 'share',
  συναδελφο: 'colleague',
  εκανα: 'i did',
  καναλι: 'channel',
  κανω: 'do i',
  εντολη: 'command',
  βλεπω: 'do i see',
  βοηθεια: 'help',
  ποσεσ: 'how many',
  ποσουσ: 'how many',
  ισχυει: 'be valid',
  πολυ: 'very',
  αγνοηστε: 'ignore it',
  λαθοσ: 'wrong',
  διευθυντησ: 'director',
  σαββατοκυριακο: 'weekend',
};

/** Arabic words (no vowel marks) → English. */
const ARABIC_WORDS: Record<string, string> = {
  توكن: 'token',
  مفتاح: 'key',
  مفاتيح: 'keys',
  إلغاء: 'revoke',
  الغاء: 'revoke',
  ألغ: 'revoke',
  الغ: 'revoke',
  ألغي: 'revoke',
  تدوير: 'rotate',
  دور: 'rotate',
  تجديد: 'rotate',
  جدد: 'rotate',
  حذف: 'delete',
  احذف: 'delete',
  إنشاء: 'create',
  انشاء: 'create',
  أنشئ: 'create',
  انشئ: 'create',
  أحتاج: 'i need',
  احتاج: 'i need',
  نحتاج: 'we need',
  أريد: 'i want',
  اريد: 'i want',
  نريد: 'we want',
  أرجو: 'please',
  ارجو: 'please',
  رجاء: 'please',
  ممكن: 'can i have',
  أعطني: 'give me',
  اعطني: 'give me',
  // fix45a, tuned-bpo: Egyptian Arabic's want, how and ask for ("عايز token لمدة ساعتين من فضلك", I want a token for two
  // hours please; "إزاي أطلب token من البوت؟", how do I ask the bot for a token?), and "from".
  عايز: 'i want',
  عايزة: 'i want',
  عايزين: 'we want',
  إزاي: 'how',
  ازاي: 'how',
  أطلب: 'do i request',
  اطلب: 'do i request',
  نطلب: 'do we request',
  من: 'from',
  لمدة: 'for',
  // fix40a, tuned-airport: the preposition written alone, its tatweel taken off ("مفتاح API لـ pax-assist": for).
  ل: 'for',
  في: 'in',
  كيف: 'how',
  أحصل: 'do i get',
  احصل: 'do i get',
  نحصل: 'do we get',
  على: '',
  ماذا: 'what',
  وحدات: 'units',
  وحدة: 'unit',
  فريق: 'team',
  موجودة: 'existing',
  موجود: 'existing',
  متاحة: 'available',
  متاح: 'available',
  بوت: 'bot',
  كم: 'how much',
  أنفقنا: 'did we spend',
  انفقنا: 'did we spend',
  صرفنا: 'did we spend',
  شهر: 'month',
  أسبوع: 'week',
  اسبوع: 'week',
  ماضي: 'last',
  هذا: 'this',
  متى: 'when',
  ينتهي: 'expires',
  تنتهي: 'expires',
  صلاحية: 'expiry',
  نماذج: 'models',
  منطقة: 'region',
  مالك: 'owner',
  سجل: 'history',
  شكرا: 'thanks',
  مرحبا: '',
  ساعة: '1 hour',
  ساعه: '1 hour',
  ساعتين: '2 hours',
  ساعتان: '2 hours',
  يوم: '1 day',
  يومين: '2 days',
  واحدة: '',
  واحد: '',
  // fix45e, tuned-styles-arabizi: the dialects' words of asking and of our commands (Levantine "بدي", Gulf "ابي",
  // Egyptian "عايز", I want; "ورني", show me; "غير المفتاح حق X", change X's key; "الغي المفتاح تبع X", cancel X's key;
  // "ايش الموديلات المتوفرة؟", which models are available; "ازاي اطلب توكن؟", how do I ask for a token).
  بدي: 'i want',
  ابي: 'i want',
  أبي: 'i want',
  ورني: 'show me',
  كل: 'all',
  يونتس: 'units',
  ايش: 'what',
  إيش: 'what',
  موديلات: 'models',
  متوفرة: 'available',
  تغييرات: 'changes',
  هالشهر: 'this month',
  غير: 'change',
  حق: 'of',
  تبع: 'of',
  الغي: 'revoke',
  نظريا: 'in theory',
  هل: 'is',
  يمكن: 'it possible',
  حصول: 'to get',
  استخدم: 'do i use',
  مشروع: 'project',
  خلص: 'is over',
  // fix41h: the cities and countries of AWS's Regions, read off their "ال" (the) as the reader reads a word's
  // prefixes ("البحرين" Bahrain, "في لندن" in London, "بدبي" in Dubai); "أبو ظبي" and "تل أبيب" are PHRASES.
  لندن: 'london',
  بريطانيا: 'britain',
  فرانكفورت: 'frankfurt',
  فرانكفورد: 'frankfurt',
  ألمانيا: 'germany',
  المانيا: 'germany',
  دبلن: 'dublin',
  أيرلندا: 'ireland',
  ايرلندا: 'ireland',
  إيرلندا: 'ireland',
  باريس: 'paris',
  فرنسا: 'france',
  ستوكهولم: 'stockholm',
  سويد: 'sweden',
  زيورخ: 'zurich',
  سويسرا: 'switzerland',
  ميلانو: 'milan',
  ميلان: 'milan',
  إيطاليا: 'italy',
  ايطاليا: 'italy',
  إسبانيا: 'spain',
  اسبانيا: 'spain',
  طوكيو: 'tokyo',
  يابان: 'japan',
  سيول: 'seoul',
  كوريا: 'korea',
  أوساكا: 'osaka',
  اوساكا: 'osaka',
  مومباي: 'mumbai',
  حيدرآباد: 'hyderabad',
  سنغافورة: 'singapore',
  سنغافوره: 'singapore',
  سيدني: 'sydney',
  أستراليا: 'australia',
  استراليا: 'australia',
  ملبورن: 'melbourne',
  جاكرتا: 'jakarta',
  إندونيسيا: 'indonesia',
  اندونيسيا: 'indonesia',
  ماليزيا: 'malaysia',
  كوالالمبور: 'kuala lumpur',
  بانكوك: 'bangkok',
  تايلاند: 'thailand',
  تايبيه: 'taipei',
  تايوان: 'taiwan',
  كندا: 'canada',
  مونتريال: 'montreal',
  إسرائيل: 'israel',
  اسرائيل: 'israel',
  دبي: 'dubai',
  إمارات: 'uae',
  امارات: 'uae',
  بحرين: 'bahrain',
  منامة: 'manama',
  رياض: 'riyadh',
  سعودية: 'saudi arabia',
  مكسيك: 'mexico',
  برازيل: 'brazil',
  تشيلي: 'chile',
  بكين: 'beijing',
  فرجينيا: 'virginia',
  كاليفورنيا: 'california',
  أوريغون: 'oregon',
  اوريغون: 'oregon',
  أوهايو: 'ohio',
  اوهايو: 'ohio',
};

/**
 * fix41a, tuned-ambulance: Urdu, written in the same script with its own letters (post41c: looked up only in a message
 * with a letter Arabic lacks, URDU_LETTER, so an Arabic word that is also Urdu keeps its Arabic reading or none).
 */
const URDU_WORDS: Record<string, string> = {
  // Urdu, written in the same script with its own letters ("مجھے تین گھنٹے کے لیے ٹوکن چاہیے":
  // I need a token for three hours): asking (me, us, need, want, give, please), our nouns and commands, how long, all,
  // which and how much, a time gone. A word of a refusal or a story ("نہیں", not; "نے", the past's agent) is not here,
  // so such a message stays unread.
  ٹوکن: 'token',
  ٹوکنز: 'tokens',
  چابی: 'key',
  چابیاں: 'keys',
  مجھے: 'i',
  ہمیں: 'we',
  چاہیے: 'need',
  چاہئے: 'need',
  چاہیئے: 'need',
  دیں: 'give me',
  دیجیے: 'give me',
  دیجئے: 'give me',
  دے: '',
  کیلئے: 'for',
  کیلیے: 'for',
  لیے: 'for',
  لئے: 'for',
  کا: 'of',
  کی: 'of',
  کے: 'of',
  میں: 'in',
  ہے: 'is',
  ہیں: 'are',
  گھنٹے: 'hours',
  گھنٹہ: 'hour',
  گھنٹوں: 'hours',
  منٹ: 'minutes',
  دن: 'days',
  دنوں: 'days',
  ایک: 'a',
  نیا: 'new',
  نئی: 'new',
  بنائیں: 'create',
  کریں: '',
  کر: '',
  دکھائیں: 'show',
  تمام: 'all',
  سارے: 'all',
  سب: 'all',
  یونٹس: 'units',
  یونٹ: 'unit',
  ماڈلز: 'models',
  کتنا: 'how much',
  کتنے: 'how much',
  خرچ: 'spend',
  کیسے: 'how',
  پچھلے: 'last',
  مہینے: 'month',
  شکریہ: 'thanks',
};

/** The Arabic table with Urdu's words over it, for an Urdu message. */
const ARABIC_AND_URDU: Record<string, string> = { ...ARABIC_MORE_WORDS, ...ARABIC_WORDS, ...URDU_WORDS };
/** fix49f: the Arabic tables with the dialects' words (mideast-words.ts), and with Persian's over them. */
const ARABIC_ALL: Record<string, string> = { ...ARABIC_MORE_WORDS, ...ARABIC_WORDS };
const ARABIC_AND_PERSIAN: Record<string, string> = { ...ARABIC_ALL, ...PERSIAN_WORDS };
const ARABIC_AND_KURDISH: Record<string, string> = { ...ARABIC_AND_PERSIAN, ...KURDISH_WORDS };

/** post41c: a letter Urdu writes and Arabic lacks (ٹ ڈ ڑ ں ے ہ ھ گ چ پ ک ی): the message is Urdu. */
const URDU_LETTER = /[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be\u06af\u0686\u067e\u06a9\u06cc]/;

/** fix41a: Urdu numbers from one to twelve, before a count of hours, minutes or days ("تین گھنٹے", three hours). */
const URDU_NUMBERS: [number, string][] = [
  [1, 'ایک'],
  [2, 'دو'],
  [3, 'تین'],
  [4, 'چار'],
  [5, 'پانچ'],
  [6, 'چھ'],
  [7, 'سات'],
  [8, 'آٹھ'],
  [9, 'نو'],
  [10, 'دس'],
  [11, 'گیارہ'],
  [12, 'بارہ'],
];

/** fix41a: Urdu's counts, the number in words or digits (post41c: read only in Urdu). */
const URDU_COUNTS: [RegExp, string][] = [
  ...URDU_NUMBERS.flatMap(([n, word]): [RegExp, string][] => [
    [
      new RegExp(`(?<![\u0621-\u06d3])${word}\\s+(?:گھنٹے|گھنٹہ|گھنٹوں)(?![\u0621-\u06d3])`, 'g'),
      ` ${n} hours `,
    ],
    [new RegExp(`(?<![\u0621-\u06d3])${word}\\s+منٹ(?![\u0621-\u06d3])`, 'g'), ` ${n} minutes `],
    [new RegExp(`(?<![\u0621-\u06d3])${word}\\s+(?:دن|دنوں)(?![\u0621-\u06d3])`, 'g'), ` ${n} days `],
  ]),
  [/(\d+)\s*(?:گھنٹے|گھنٹہ|گھنٹوں)/g, ' $1 hours '],
];

/** A count of hours, minutes or days in Arabic: "٣ ساعات" (its digits read as ASCII first). */
const COUNTS: [RegExp, string][] = [
  [/(\d+)\s*(?:ساعات|ساعة|ساعه)/g, ' $1 hours '],
  [/(\d+)\s*(?:دقائق|دقيقة|دقيقه)/g, ' $1 minutes '],
  [/(\d+)\s*(?:أيام|ايام|يوما|يوم)/g, ' $1 days '],
];

/** fix41a: Urdu's phrases (post41c: read only in Urdu). */
const URDU_PHRASES: [RegExp, string][] = [
  // (fix41a: Urdu "کے لیے" (for), "براہ کرم", "برائے مہربانی" (please), "پچھلے مہینے", "اس مہینے" (last, this month).)
  [/(\d+\s+(?:hours|minutes|days))\s+کے\s+(?:لیے|لئے|لیئے)/g, ' for $1 '],
  [/کے\s+(?:لیے|لئے|لیئے)/g, ' for '],
  // (fix48b, tuned-styles-southasia: "ٹوکن کیسے ملتا ہے؟" (how does one get a token?), as its Hindi twin in Devanagari.)
  [
    /(?<![\u0621-\u06d3])(?:ٹوکن)\s+کیسے\s+(?:ملتا|ملتی|ملے\s+گا|ملے\s+گی|ملے)(?:\s+ہے)?(?![\u0621-\u06d3])/g,
    ' how do i get a token ',
  ],
  [/براہ\s+کرم|برائے\s+مہربانی|مہربانی\s+(?:کر\s+کے|کرکے|فرما\s+کر)/g, ' please '],
  [/پچھلے\s+مہینے/g, ' last month '],
  [/اس\s+مہینے/g, ' this month '],
  // (post41c: "منسوخ" (cancelled) and "بنا" (made) are a command only with their imperative, "منسوخ کریں", "منسوخ کر
  // دیں", "بنا دیں" (cancel it, make it), or after please with no "ہے"/"ہیں"/"ہو گیا" (is, are, has been) after them:
  // "ٹوکن منسوخ ہے" (the token is revoked) and "ٹوکن بنا ہے" (a token was made) tell a state, and stay unread.)
  [/منسوخ\s+(?:کر\s*دیں|کر\s*دیجیے|کر\s*دیجئے|کر\s*دو|کریں|کیجیے|کیجئے|کرو)(?![\u0621-\u06d3])/g, ' revoke '],
  // (post41c: "ٹوکن کا خرچ" is the tokens' spend, told as a thing, not a token asked for.)
  [
    /(?<![\u0621-\u06d3])(?:ٹوکن|ٹوکنز)\s+(?:کا|کی|کے)\s+خرچ(?![\u0621-\u06d3])/g,
    ' the spend of the tokens ',
  ],
  [/(?<![\u0621-\u06d3])(?:چابی|چابیاں)\s+(?:کا|کی|کے)\s+خرچ(?![\u0621-\u06d3])/g, ' the spend of the keys '],
  [/(?<![\u0621-\u06d3])بنا\s+(?:دیں|دیجیے|دیجئے|دو)(?![\u0621-\u06d3])/g, ' create '],
];

/** fix48f: Greek halves and quarters of an hour, and minutes written with a prime ("30'"), folded. */
const GREEK_COUNTS: [RegExp, string][] = [
  [/μιαμιση\s+ωρα/g, ' 90 minutes '],
  [/δυομιση\s+ωρεσ/g, ' 150 minutes '],
  [/μιση\s+ωρα/g, ' 30 minutes '],
  [/ενοσ\s+τεταρτου/g, ' 15 minutes '],
  [/(\d+)'(?=[\s,.;?!]|$)/g, ' $1 minutes '],
];

/** Phrases read before the words: "من فضلك" (please), "الشهر الماضي" (last month), "مفتاح API" (an API key). */
const PHRASES: [RegExp, string][] = [
  [/من\s+فضلك|لو\s+سمحت/g, ' please '],
  // (fix45e: "ساعة وحدة", one hour, not a unit; "شيل كل شي", remove everything.)
  [/(?:ساعة|ساعه)\s+(?:وحدة|واحدة)/g, ' 1 hour '],
  [/شيل\s+كل\s+(?:شي|شيء)/g, ' remove everything '],
  // ("ما" alone is also a dialect's "not": "ما أحتاج توكن" is "I don't need a token", left unknown.)
  [/(?<![\u0621-\u064a])ما\s+(?:هي|هو)(?![\u0621-\u064a])/g, ' what are '],
  [/(?:ال)?شهر\s+(?:ال)?ماضي/g, ' last month '],
  [/(?:ال)?أسبوع\s+(?:ال)?ماضي/g, ' last week '],
  [/هذا\s+(?:ال)?شهر/g, ' this month '],
  [/مفتاح\s+(api|access)\b/gi, ' $1 key '],
  // (fix41h: two-word places, "أبو ظبي" Abu Dhabi, "تل أبيب" Tel Aviv, "كيب تاون" Cape Town, "هونغ كونغ" Hong Kong.)
  [/(?:أبو|ابو)\s*ظبي/g, ' abu dhabi '],
  [/تل\s+(?:أبيب|ابيب)/g, ' tel aviv '],
  [/كيب\s+تاون/g, ' cape town '],
  [/هونغ\s*كونغ|هونج\s*كونج/g, ' hong kong '],
  [/ساو\s+باولو/g, ' sao paulo '],
  // (fix48f, tuned-styles-aegean: Greek halves and quarters of an hour, "μιάμιση ώρα" (an hour and a half), "δυόμιση
  // ώρες", "μισή ώρα", "ενός τετάρτου" (of a quarter); "N μήνες πριν" (N months ago); "τις τελευταίες N εβδομάδες"; a
  // request's asides, "αν γίνεται" (if possible), "ό,τι υπάρχει" (everything there is), "πάρε πίσω" (take back),
  // "κατά λάθος" (by mistake), "μην κάνεις" (don't), "δικές μου" (mine), "το πολύ" (at most), "κάποιον άλλον".)
  ...GREEK_COUNTS,
  [/σε\s+παρακαλω/g, ' please '],
  [/(\d+)\s+(?:μηνεσ|μηνασ)\s+πριν/g, ' $1 months ago '],
  [/αν\s+ειναι\s+δυνατον|αν\s+γινεται/g, ' if possible '],
  [/ο\s*,\s*τι\s+υπαρχει/g, ' everything '],
  [/παρε\s+πισω/g, ' take back '],
  [/κατα\s+λαθοσ/g, ' by mistake '],
  [/μην\s+κανεισ/g, " don't "],
  [/(?:δικεσ|δικα|δικο|δικη)\s+μου/g, ' mine '],
  [/(token|τοκεν|ομαδα)\s+μου/g, ' my $1 '],
  [/το\s+πολυ/g, ' at most '],
  [/καποιον\s+αλλον/g, ' someone else '],
  [/περισσοτερο\s+απο/g, ' more than '],
  [/ειναι\s+το\s+ιδιο\s+με/g, ' is the same as '],
  [/ποσο\s+πισω\s+παει/g, ' how far back does it go '],
  [/τι\s+μπορεισ\s+να\s+κανεισ/g, ' what can you do '],
  [/ιντα\s+καμνεισ/g, ' how are you '],
  [/δοθηκαν\s+(?:στην|στον|στο|σε)/g, ' were issued to '],
  [/τον\s+προηγουμενο\s+μηνα|τον\s+περασμενο\s+μηνα/g, ' last month '],
  [/αυτον\s+τον\s+μηνα/g, ' this month '],
  [/αυτη\s+την\s+εβδομαδα/g, ' this week '],
];

/**
 * fix48f, tuned-styles-aegean: the values of a Greek message not read whole, a count of hours, minutes, days or months
 * after a number ("2 ώρες", "3 ωρών", "δύο ωρών", "μιάμιση ώρα", "90 λεπτά", "30'") and a Region's city or country
 * ("Φρανκφούρτη", "Ιρλανδία"), from "ώρα" to the places' end in GREEK_WORDS.
 */
const GREEK_VALUES = ((): ReadonlySet<string> => {
  const keys = Object.keys(GREEK_WORDS);
  const values = [
    ...keys.slice(keys.indexOf('ωρα'), keys.indexOf('εβδομαδα') + 1),
    ...keys.slice(keys.indexOf('ιρλανδια'), keys.indexOf('οχαιο') + 1),
    ...['δυο', 'τρεισ', 'τεσσερισ', 'πεντε', 'εξι', 'οκτω', 'ενενηντα', 'μηνεσ', 'μηνων', 'χρονο', 'χρονια'],
  ];
  return new Set(values);
})();

/**
 * fix48f, tuned-styles-aegean: a message in Greek with words the glossary does not know, so not read whole ("token για
 * μιάμιση ώρα παρακαλώ, έχω demo στον πελάτη", a demo at the customer's; "token σε Dubai για 2 ώρες, ο πελάτης είναι
 * στα Εμιράτα"), still says its lifetime and its Region in words the English reader cannot see; read those, the way
 * cjk-words.ts reads a Japanese or Chinese message's counts and places, and leave every other Greek word as written,
 * so the message is still one the parser does not read whole (parse-request.ts asks before acting on it). Only with a
 * Latin word the English reader sees ("token", "key"): a message wholly in Greek with a count ("η πτήση καθυστέρησε
 * 2 ώρες", the flight is two hours late) has nothing else it reads. Null when nothing is read.
 */
export function greekCountsAndPlaces(text: string): string | null {
  if (!GREEK.test(text) || !/[A-Za-z]/.test(text)) return null;
  let out = text.replace(/[\u0370-\u03ff\u1f00-\u1fff]+/g, foldGreek);
  const folded = out;
  for (const [re, en] of GREEK_COUNTS) out = out.replace(re, en);
  out = out.replace(/[\u0370-\u03ff\u1f00-\u1fff]+/g, (w) =>
    GREEK_VALUES.has(w) ? ` ${GREEK_WORDS[w]} ` : w,
  );
  return out === folded ? null : out;
}

/** Greek folded: lowercase, no accents, final sigma as sigma. */
function foldGreek(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ς/g, 'σ');
}

/** An Arabic word, whole or with "و", "ال", "لل", "ل" or "ب" read off, or undefined. */
function arabicWord(word: string, words: Record<string, string> = ARABIC_WORDS): string | undefined {
  const whole = words[word];
  if (whole !== undefined) return whole;
  const and = word.startsWith('و') && word.length > 2 ? arabicWord(word.slice(1), words) : undefined;
  if (and !== undefined) return `and ${and}`;
  for (const [prefix, en] of [
    ['لل', 'for the'],
    ['ال', 'the'],
    ['ل', 'for'],
    ['ب', 'in'],
  ] as const) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const rest = word.slice(prefix.length);
    const gloss = words[rest] ?? (prefix === 'ل' && rest.startsWith('ل') ? words[`ا${rest}`] : undefined);
    if (gloss !== undefined) return gloss === '' ? en : `${en} ${gloss}`;
    if (prefix !== 'ال' && rest.startsWith('ال') && words[rest.slice(2)] !== undefined)
      return `${en} the ${words[rest.slice(2)]}`;
  }
  return undefined;
}

/**
 * The message read into English words when it has Greek or Arabic and every word of it in those scripts is
 * known; null when it has none, or a word this does not know (then it is left as written).
 */
export function greekArabicAsEnglish(text: string): string | null {
  if (!SCRIPTS.test(text)) return null;
  const greek = GREEK.test(text);
  let out = text
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/؟/g, '?')
    .replace(/،/g, ',')
    .replace(/\u037e/g, '?');
  // (fix48f: "ή" alone is "or", which folded would be the article "η": "έχει access key ή api key;".)
  if (greek)
    out = out
      .replace(/;(?=\s|$)/g, '?')
      .replace(/(?<![\u0370-\u03ff\u1f00-\u1fff])ή(?![\u0370-\u03ff\u1f00-\u1fff])/g, ' or ')
      .replace(/[\u0370-\u03ff\u1f00-\u1fff]+/g, foldGreek);
  // (fix49f, tuned-styles-mideast: a message with a letter of Persian and none only Urdu writes is Persian,
  // "یه توکن ۲ ساعته میخوام لطفا", mideast-words.ts; Arabic's counts in words and its halves of an hour.)
  const persian = PERSIAN_LETTER.test(text) && !URDU_ONLY_LETTER.test(text);
  const urdu = !persian && URDU_LETTER.test(text);
  // (Kurdish, with letters of its own, "تکایە تۆکنێک بۆ دوو کاتژمێر": Persian's words and its own.)
  const kurdish = KURDISH_LETTER.test(text);
  if (kurdish) for (const [re, en] of KURDISH_PHRASES) out = out.replace(re, en);
  if (persian) for (const [re, en] of PERSIAN_PHRASES) out = out.replace(re, en);
  if (urdu) for (const [re, en] of URDU_COUNTS) out = out.replace(re, en);
  out = arabicCountsRead(out);
  for (const [re, en] of ARABIC_MORE_PHRASES) out = out.replace(re, en);
  for (const [re, en] of COUNTS) out = out.replace(re, en);
  if (urdu) {
    for (const [re, en] of URDU_PHRASES) out = out.replace(re, en);
    // (post41c: "منسوخ" after please, no state word after it, is the command: "براہ کرم ٹوکن منسوخ".)
    if (/\bplease\b/.test(out))
      out = out.replace(
        /منسوخ(?!\s*(?:ہے|ہیں|ہو|ہوا|ہوئی|ہوئے|تھا|تھی|تھے|گیا|گئی|گئے)(?![\u0621-\u06d3]))/g,
        ' revoke ',
      );
  }
  for (const [re, en] of PHRASES) out = out.replace(re, en);
  const words = kurdish
    ? ARABIC_AND_KURDISH
    : persian
      ? ARABIC_AND_PERSIAN
      : urdu
        ? ARABIC_AND_URDU
        : ARABIC_ALL;
  let unknown = false;
  out = out.replace(kurdish ? KURDISH_WORD : WORD, (w) => {
    const en = GREEK.test(w) ? GREEK_WORDS[w] : arabicWord(w, words);
    if (en === undefined) unknown = true;
    return en === undefined || en === '' ? ' ' : ` ${en} `;
  });
  return unknown ? null : tidyEnglish(out);
}
