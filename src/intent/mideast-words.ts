/**
 * fix49f, tuned-styles-mideast: the everyday words of a request in Gulf, Egyptian and Levantine Arabic and in Persian,
 * for greek-arabic.ts's reader ("ابي توكن ساعتين الحين", I want a token for two hours now; "سو لي مفتاح لـ kyc_ocr
 * الله يعافيك", make me a key for kyc_ocr, God keep you; "یه توکن ۲ ساعته میخوام لطفا", I want a two-hour token
 * please; "کلید support-copilot رو عوض کن", change support-copilot's key).
 *
 * The reader's condition holds: a message is read in English only when every word of it in the script is known, so a
 * word of a story, a refusal or a negation ("ما", "مش", "مو", "لا" alone; Persian "نمیخوام", I don't want) is not
 * here and such a message stays unread (parse-request.ts asks before acting on one). Only a command's imperative is
 * known ("سوي", make; "امسح", wipe): the second person asking a colleague ("تسوي", "تقدر تلغي", can you cancel) is
 * not, so a message put to a person stays unread.
 */

/** Arabic words of the dialects and of formal requests (no vowel marks) → English. */
export const ARABIC_MORE_WORDS: Record<string, string> = {
  // The article and "for the" written alone before a Latin word, its tatweel read off ("الـ endpoint", "للـ batch").
  ال: 'the',
  لل: 'for the',
  // Wanting, needing and asking, and please.
  ابغى: 'i want',
  أبغى: 'i want',
  ابغا: 'i want',
  عاوز: 'i want',
  محتاج: 'i need',
  محتاجة: 'i need',
  يرجى: 'please',
  نرجو: 'please',
  إصدار: 'issue',
  اصدار: 'issue',
  // A command's imperative: make (Gulf "سو", "سوي"; Egyptian "اعمل", "اعملي"), show, change, wipe, stop, withdraw.
  سو: 'create',
  سوي: 'create',
  سويلي: 'create me',
  اعمل: 'create',
  اعملي: 'create me',
  اعمللي: 'create me',
  اعطيني: 'give me',
  عطني: 'give me',
  وريني: 'show me',
  عند: 'at',
  اعرض: 'show',
  اعرضلي: 'show me',
  غيرلي: 'change',
  امسح: 'delete',
  اوقف: 'stop',
  أوقف: 'stop',
  اسحب: 'revoke',
  ابطل: 'revoke',
  أبطل: 'revoke',
  استبدال: 'rotate',
  لي: 'me',
  // Now, quickly, just.
  الحين: 'now',
  هلق: 'now',
  هلأ: 'now',
  دلوقتي: 'now',
  فورا: 'now',
  // (fix50e: "asap", as the English reader takes it: "quickly" after a unit's name hid it, "غيّرلي المفتاح بتاع X بسرعة".)
  بسرعة: 'asap',
  بس: 'just',
  // Our nouns and their adjectives.
  نظام: 'system',
  دائم: 'permanent',
  ثابت: 'permanent',
  تفاصيل: 'details',
  قائمة: 'list',
  ليستة: 'list',
  كاملة: 'full',
  بالكامل: 'entirely',
  مدته: 'expiry',
  مدتها: 'expiry',
  صلاحيته: 'expiry',
  مصاريف: 'spend',
  تكلفة: 'cost',
  كلفة: 'cost',
  الصرف: 'the spend',
  // Question words of the dialects (what, which, who, where).
  وش: 'what',
  شو: 'what',
  اي: 'which',
  أي: 'which',
  مين: 'who',
  عندنا: 'do we have',
  نقدر: 'can we',
  نستخدمها: 'use',
  // Or, and, then, between: "api key ولا توكن للـ cron job؟" (an API key or a token for the cron job?).
  ولا: 'or',
  و: 'and',
  بعدين: 'then',
  بين: 'between',
  فرق: 'difference',
  مع: 'with',
  بتاع: 'of',
  الخاص: 'of',
  يخص: 'of',
  // More of our nouns and commands: the command, the admin, the docs, a file, the code, creations and rotations.
  أمر: 'command',
  امر: 'command',
  أدمن: 'admin',
  ادمن: 'admin',
  دوكيومنتيشن: 'documentation',
  ملف: 'file',
  كود: 'code',
  عمليات: 'operations',
  إنشاءات: 'creations',
  انشاءات: 'creations',
  تدويرات: 'rotations',
  نوع: 'type',
  تعطيل: 'revoke',
  شيل: 'remove',
  اقفل: 'shut down',
  سكر: 'shut down',
  انلغى: 'was cancelled',
  اندار: 'was rotated',
  هاكاثون: 'hackathon',
  تدريب: 'training',
  نهاية: 'end',
  زميلي: 'my colleague',
  فريقي: 'my team',
  جميع: 'all',
  مفاتيحها: 'its keys',
  عشان: 'so',
  اجرب: 'test',
  أجرب: 'test',
  نجرب: 'test',
  يعني: '',
  قصدي: 'i meant',
  // A question's verbs: can (it), runs, shows, where, store, see, get, ask.
  يقدر: 'can',
  اقدر: 'can i',
  أقدر: 'can i',
  ينفع: 'can i',
  يسوي: 'make',
  يشتغل: 'works',
  بيشتغل: 'runs',
  يعرض: 'shows',
  اللي: 'that',
  وين: 'where',
  فين: 'where',
  أحفظ: 'do i store',
  احفظ: 'do i store',
  اشوف: 'do i see',
  أشوف: 'do i see',
  اطلع: 'get',
  اخذ: 'get',
  آخذ: 'get',
  اسأل: 'asking',
  كانت: 'was',
  قديش: 'how much',
  بالضبط: 'exactly',
  هالبوت: 'this bot',
  // Months, for a span asked ("في مارس", in March).
  يناير: 'january',
  فبراير: 'february',
  مارس: 'march',
  أبريل: 'april',
  ابريل: 'april',
  مايو: 'may',
  يونيو: 'june',
  يوليو: 'july',
  أغسطس: 'august',
  اغسطس: 'august',
  سبتمبر: 'september',
  أكتوبر: 'october',
  اكتوبر: 'october',
  نوفمبر: 'november',
  ديسمبر: 'december',
  شهور: 'months',
  أشهر: 'months',
  اشهر: 'months',
  // fix50e, tuned-aircargo: the words of a leak told as a rotation's reason ("غير مفتاح X، انتشر في الجروب بالغلط",
  // change X's key, it spread in the group by mistake; "انكشف في الـ logs", it was exposed in the logs), of a unit done
  // with ("احذف unit X كله، المشروع انتهى", delete all of unit X, the project is over) and of approval ("مين يوافق على
  // طلبات المفاتيح؟", who approves key requests?).
  انتشر: 'got shared',
  انتشرت: 'got shared',
  انكشف: 'was exposed',
  انكشفت: 'was exposed',
  تسرب: 'leaked',
  اتسرب: 'leaked',
  تسربت: 'leaked',
  بالغلط: 'by mistake',
  بالخطأ: 'by mistake',
  بالخطا: 'by mistake',
  جروب: 'group',
  قروب: 'group',
  كروب: 'group',
  واتساب: 'whatsapp',
  شافه: 'saw it',
  حدا: 'someone',
  عالشاشة: 'on the screen',
  شاشة: 'screen',
  كله: 'entirely',
  كلها: 'entirely',
  انتهى: 'is over',
  انتهت: 'is over',
  يوافق: 'approves',
  يوافقون: 'approve',
  بيوافق: 'approves',
  يعتمد: 'approves',
  موافقة: 'approval',
  طلبات: 'requests',
  طلبي: 'my request',
  // (fix50e: the places of the writers' offices, no Region's: "يقدر البوت يعطيني توكن في القاهرة؟", in Cairo.)
  قاهرة: 'cairo',
  مصر: 'egypt',
  دوحة: 'doha',
  قطر: 'qatar',
  كويت: 'kuwait',
  جدة: 'jeddah',
  أردن: 'jordan',
  اردن: 'jordan',
  يعطيني: 'give me',
  // (fix50e: the words of a question about the bot: usually, share, the same, keeps, a copy, sends it, must, the
  // channel, know, write, a form, directly: "التوكن كم يعيش بالعادة؟", "ممكن أشارك التوكن مع زميلي في نفس الفريق؟", "البوت
  // بيحتفظ بنسخة من المفتاح بعد ما يبعته؟", "بدي أعرف كيف بطلب مفتاح لفريقنا، في فورم ولا بكتب للبوت مباشرة؟".)
  بالعادة: 'usually',
  عادة: 'usually',
  عادةً: 'usually',
  أشارك: 'share',
  اشارك: 'share',
  نفس: 'same',
  بيحتفظ: 'keeps',
  بنسخة: 'a copy',
  // (fix50e: a new one asked after a leak, "ابي واحد جديد"; what a unit cost us, "قديش كلفتنا X"; a revoke told.)
  جديد: 'new',
  جديدة: 'new',
  كلفتنا: 'did we spend on',
  كلفنا: 'did we spend on',
  ألغى: 'revoked',
  يحتفظ: 'keep',
  نسخة: 'a copy',
  يبعته: 'sends it',
  يرسله: 'sends it',
  لازم: 'must',
  قناة: 'channel',
  أعرف: 'to know',
  اعرف: 'to know',
  بطلب: 'do i request',
  بكتب: 'do i write',
  فورم: 'a form',
  مباشرة: 'directly',
  فريقنا: 'our team',
  // (fix50e: a shipment's history asked of a colleague, "ممكن تبعتلي الهيستوري بتاع الشحنة 607-88234512؟ العميل بيسأل"
  // (can you send me the shipment's history? the customer asks): read whole, it is another trade's history.)
  تبعتلي: 'send me',
  ابعتلي: 'send me',
  هيستوري: 'history',
  شحنة: 'shipment',
  شحنات: 'shipments',
  عميل: 'customer',
  بيسأل: 'asks',
  يسأل: 'asks',
};

/** Arabic phrases read before the words: thanks, address, the asker's own units, halves and quarters of an hour. */
export const ARABIC_MORE_PHRASES: [RegExp, string][] = [
  [/الله\s+(?:يعافيك|يخليك|يسلمك)|يسلمو|تسلم|لو\s+تكرمت|لو\s+سمحتوا|لو\s+سمحتي/g, ' please '],
  [/(?<![\u0621-\u064a])يا\s+(?:باشا|معلم|شباب|جماعة|بوت)(?![\u0621-\u064a])/g, ' '],
  // (fix50e, tuned-aircargo: the greetings and the address around a request, "يعطيك العافية" (God give you health),
  // "السلام عليكم", "صباح الخير", "يا أخي" (brother), "يا غالي".)
  [
    /(?:(?:الله\s+)?يعطيك\s+(?:ال)?عافي[ةه]|(?:ال)?سلام\s+عليكم|صباح\s+(?:الخير|النور)|مساء\s+(?:الخير|النور))/g,
    ' ',
  ],
  [/(?<![\u0621-\u064a])يا\s+(?:أخي|اخي|اخوي|أخوي|حبيبي|غالي|ريس|طويل\s+العمر)(?![\u0621-\u064a])/g, ' '],
  // (fix50e: a lifetime in the dialects' words: "دقايق" (minutes), "ساعة وربع" (an hour and a quarter), "ساعتين ونص",
  // "ساعة الا ربع" (a quarter to an hour); a correction between two, "ساعتين لا ثلاث ساعات" (two hours, no, three);
  // a night shift as the purpose.)
  [/(\d+)\s*(?:دقايق|دقيقة|دقيقه|دقائق)(?![\u0621-\u064a])/g, ' $1 minutes '],
  [/(\d+)\s*ساعته(?![\u0621-\u06d3])/g, ' $1 hours '],
  [/(?<![\u0621-\u064a])(?:ساعتين|ساعتان)\s+(?:و\s*نص|ونصف)(?![\u0621-\u064a])/g, ' 150 minutes '],
  [/(?<![\u0621-\u064a])(?:ساعتين|ساعتان)\s+و\s*ربع(?![\u0621-\u064a])/g, ' 135 minutes '],
  [/(?<![\u0621-\u064a\d])(?:ساعة|ساعه)\s+و\s*ربع(?![\u0621-\u064a])/g, ' 75 minutes '],
  [/(?<![\u0621-\u064a\d])(?:ساعة|ساعه)\s+(?:الا|إلا)\s+ربع(?![\u0621-\u064a])/g, ' 45 minutes '],
  [/(?<![\u0621-\u064a])(?:ساعتين|ساعتان)\s+(?:الا|إلا)\s+ربع(?![\u0621-\u064a])/g, ' 105 minutes '],
  [
    /((?:ساعتين|ساعتان|ساعة|ساعه|\d+\s*(?:ساعات|ساعة|ساعه|hours|minutes|days|يوم|ايام|أيام))\s*,?\s*)لا\s+(?=\d+\s*(?:ساعات|ساعة|ساعه|hours|minutes|days|يوم|ايام|أيام)|ساعتين|ساعة)/g,
    '$1 no ',
  ],
  [/(?:شفت|مناوبة|مناوبه|دوام)\s+(?:ليلية|ليليه|ليلي|الليل|مسائية|مسائي)/g, ' night shift '],
  [/رمز\s+(?:وصول|مؤقت|دخول)/g, ' token '],
  [/طويل\s+(?:ال)?(?:أمد|امد|مدى)|طويلة\s+(?:ال)?(?:أمد|امد|مدى)/g, ' long-term '],
  [/(?:ال)?وحدات\s+(?:حقتي|بتاعتي|تبعي|تبعتي|حقي)/g, ' my units '],
  [/(?<![\u0621-\u064a])كل\s+(?:شي|شيء|حاجة)(?![\u0621-\u064a])/g, ' everything '],
  [/(?:ساعة|ساعه)\s+ونص|(?:ساعة|ساعه)\s+و\s*نص/g, ' 90 minutes '],
  [/(?<![\u0621-\u064a])(?:ل|ل\s+)?(?:نص|نصف)\s+(?:ساعة|ساعه)/g, ' 30 minutes '],
  [/(?<![\u0621-\u064a])(?:ل)?ربع\s+(?:ساعة|ساعه)/g, ' 15 minutes '],
  [/(?:ب|في\s+)?(?:آخر|اخر)\s+(\d+)\s*(?:شهور|أشهر|اشهر)/g, ' in the last $1 months '],
  [/(?:ب|في\s+)?(?:آخر|اخر)\s+(\d+)\s*(?:أيام|ايام|يوم)/g, ' in the last $1 days '],
  [/(?:آخر|اخر)\s+مرة/g, ' last time '],
  // (A correction, "لا آسف قصدي X" (no sorry, I meant X), "لا لا خليها ٤ ساعات" (no no, make it four hours); a
  // command negated, "لا تحذف الوحدة X، بس غيّر المفتاح" (don't delete the unit, just change the key).)
  [
    /(?<![\u0621-\u064a])لا\s+(?:لا\s+)?(?:(?:آسف|اسف)\s*,?\s*)?قصدي(?![\u0621-\u064a])/g,
    ' no sorry i meant ',
  ],
  [/(?<![\u0621-\u064a])لا\s+(?:لا\s+)?(?:خليها|خليه|خلها)(?![\u0621-\u064a])/g, ' no make it '],
  [/(?<![\u0621-\u064a])لا\s+(?:تحذف|تمسح|تلغي)(?![\u0621-\u064a])/g, " don't delete "],
  // (How long a token lives, more than, what they are, what the bot does, what a command does; a form's fields.)
  [/كم\s+يعيش/g, ' how long does it last '],
  // (fix50e: "access key يعني ايش؟", access key means what?)
  [/(?<![\u0621-\u064a])يعني\s+(?:ايش|إيش|شو|وش|ايه|إيه|ايه)(?![\u0621-\u064a])/g, ' means what '],
  // (fix50e: a key named by its unit in the construct, "مفتاح tarjama" (tarjama's key), read "the key of tarjama" as
  // the English reader takes a unit after a key; not "مفتاح api"/"مفتاح access" (a kind), nor an ID in capitals.)
  [
    /(?:ال)?مفتاح\s+(?=[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*(?![\w-]))(?!(?:api|access|bedrock|aws|iam)(?![\w-]))/g,
    ' the key of ',
  ],
  // (fix50e: "خلص المشروع" (the project is over), the verb first; everything of a unit, "كل شي عند/يخص X"; what my
  // units are, "وش الوحدات حقتي؟"; in a DM, "في الخاص"; another Region, "منطقة ثانية"; a minimum, "حد أدنى"; for
  // someone else, "لشخص ثاني"; after, "بعد ما"; a lifetime of a week or a month after "لمدة"/"مدته".)
  [
    /(?<![\u0621-\u064a])(?:خلص|انتهى|خلصنا)\s+(?:ال)?(مشروع|هاكاثون|عقد)(?![\u0621-\u064a])/g,
    ' the $1 is over ',
  ],
  [/\beverything\s+(?:عند|يخص|تبع|حق|بتاع)(?![\u0621-\u064a])/g, ' everything for '],
  [/(?<![\u0621-\u064a])(?:وش|شو|ايش|إيش)\s+(?=my\s+units\b)/g, ' what are '],
  [/(?<![\u0621-\u064a])مين\s+(?=ال[\u0621-\u064a])/g, ' who is '],
  [/(?<![\u0621-\u064a])في\s+الخاص(?![\u0621-\u064a])/g, ' in a dm '],
  [/(?<![\u0621-\u064a])منطقة\s+(?:ثانية|تانية|ثانيه|أخرى|اخرى)(?![\u0621-\u064a])/g, ' another region '],
  [
    /(?<![\u0621-\u064a])(?:هل\s+)?(?:في|فيه)\s+حد\s+(?:أدنى|ادنى)(?![\u0621-\u064a])/g,
    ' is there a minimum ',
  ],
  [/(?<![\u0621-\u064a])حد\s+(?:أدنى|ادنى)(?![\u0621-\u064a])/g, ' a minimum '],
  [/(?<![\u0621-\u064a])(?:ل|ل\s+)?شخص\s+(?:ثاني|تاني|آخر|اخر)(?![\u0621-\u064a])/g, ' for someone else '],
  [/(?<![\u0621-\u064a])بعد\s+ما\s+(?=يبعته|يرسله)/g, ' after '],
  [/(?<![\u0621-\u064a])(لمدة|مدته|مدتها)\s+(?:أسبوع|اسبوع)(?![\u0621-\u064a])/g, ' $1 1 week '],
  [/(?<![\u0621-\u064a])(لمدة|مدته|مدتها)\s+(?:أسبوعين|اسبوعين)(?![\u0621-\u064a])/g, ' $1 2 weeks '],
  [/(?<![\u0621-\u064a])(لمدة|مدته|مدتها)\s+شهر(?![\u0621-\u064a])/g, ' $1 1 month '],
  [/(?<![\u0621-\u064a])(لمدة|مدته|مدتها)\s+شهرين(?![\u0621-\u064a])/g, ' $1 2 months '],
  [/(?<![\u0621-\u064a])بدي\s+(?:أعرف|اعرف)(?![\u0621-\u064a])/g, ' i want to know '],
  // (fix50e: a request on a condition, "دوّر مفتاح X بعد ما نخلص الـ release" (once we finish the release), "ابطل مفتاح X
  // بعد ما يشتغل الجديد" (once the new one is live); a new one, "واحد جديد"; a question put to the channel, "حد يعرف …
  // ولا لسا؟" (does anyone know if … or not yet?).)
  [/(?<![\u0621-\u064a])بعد\s+ما\s+(?:نخلص|نخلّص|نخلص\s+من)(?![\u0621-\u064a])/g, ' once we finish '],
  [/(?<![\u0621-\u064a])بعد\s+ما\s+يشتغل\s+(?:ال)?جديد(?![\u0621-\u064a])/g, ' once the new one is live '],
  [/(?<![\u0621-\u064a])واحد\s+جديد(?![\u0621-\u064a])/g, ' a new one '],
  [/(?<![\u0621-\u064a])(?:حد|أحد|احد)\s+(?:يعرف|يدري)(?![\u0621-\u064a])/g, ' does anyone know if '],
  [/(?<![\u0621-\u064a])ولا\s+(?:لسا|لسه|لسة)(?![\u0621-\u064a])/g, ' or not yet '],
  [/(?:أكتر|اكتر|أكثر|اكثر)\s+من/g, ' more than '],
  [/(?<![\u0621-\u064a])(?:ايش|إيش|شو|وش)\s+(?:هي|هو)(?![\u0621-\u064a])/g, ' what are they '],
  [/(?<![\u0621-\u064a])(?:وش|شو|ايش)\s+(?:يسوي|بيعمل|يعمل)(?![\u0621-\u064a])/g, ' what does '],
  [/مفتاح\s+(?:ال)?وصول/g, ' access key '],
  [/إلغاء\s+(?:ال)?تفعيل|الغاء\s+(?:ال)?تفعيل/g, ' deactivate '],
  [/(?:ال)?مالك(?=\*?\s*:)/g, 'owner'],
  [/(?:ال)?صلاحية(?=\*?\s*:)/g, 'expiry'],
  [/(?:ال)?فريق(?=\*?\s*:)/g, 'team'],
  [/(?:ال)?نوع(?=\*?\s*:)/g, 'type'],
  [/قبل\s+(\d+)\s*(?:شهور|أشهر|اشهر)/g, ' $1 months ago '],
  [/قبل\s+شهرين/g, ' 2 months ago '],
];

/** Arabic numbers from three to twelve before hours, days or months ("تلات شهور", three months). */
const ARABIC_NUMBERS: Record<string, number> = {
  ثلاث: 3,
  ثلاثة: 3,
  تلات: 3,
  تلاتة: 3,
  اربع: 4,
  أربع: 4,
  اربعة: 4,
  أربعة: 4,
  خمس: 5,
  خمسة: 5,
  ست: 6,
  ستة: 6,
  سبع: 7,
  سبعة: 7,
  ثمان: 8,
  ثماني: 8,
  تمن: 8,
  تسع: 9,
  تسعة: 9,
  عشر: 10,
  عشرة: 10,
};

/** fix50e: the tens, for a count of minutes or days ("خمس وأربعين دقيقة", forty-five minutes; "تسعين يوم"). */
const ARABIC_TENS: Record<string, number> = {
  عشرين: 20,
  ثلاثين: 30,
  تلاتين: 30,
  تلاثين: 30,
  أربعين: 40,
  اربعين: 40,
  خمسين: 50,
  ستين: 60,
  سبعين: 70,
  ثمانين: 80,
  تمانين: 80,
  تسعين: 90,
};
const COUNT_UNITS = 'ساعات|ساعة|ساعه|ايام|أيام|يوم|يوما|شهور|أشهر|اشهر|دقائق|دقايق|دقيقة|دقيقه';
/** A count of the tens, with its ones before it ("خمس وأربعين"), before its unit. */
const TENS_COUNT = new RegExp(
  `(?<![\\u0621-\\u064a])(?:(${Object.keys(ARABIC_NUMBERS).join('|')}|واحد|اثنين|اتنين)\\s+و\\s*)?(${Object.keys(ARABIC_TENS).join('|')})\\s+(${COUNT_UNITS})(?![\\u0621-\\u064a])`,
  'g',
);
const ONES_EXTRA: Record<string, number> = { واحد: 1, اثنين: 2, اتنين: 2 };

/**
 * The message with a count in words read as digits ("ثلاث ساعات" → "3 ساعات", "تلات شهور" → "3 شهور"), and a count of
 * hours and a half as minutes ("ثلاث ساعات ونص", three and a half hours → "210 minutes").
 */
export function arabicCountsRead(text: string): string {
  return text
    .replace(
      TENS_COUNT,
      (_, one: string | undefined, ten: string, unit: string) =>
        ` ${(ARABIC_TENS[ten] ?? 0) + (one === undefined ? 0 : (ARABIC_NUMBERS[one] ?? ONES_EXTRA[one] ?? 0))} ${unit} `,
    )
    .replace(NUMBER_COUNT, (_, n: string, unit: string) => ` ${ARABIC_NUMBERS[n]} ${unit} `)
    .replace(
      /(\d+)\s*(?:ساعات|ساعة|ساعه)\s+(?:ونص|ونصف|و\s+نص)(?![\u0621-\u064a])/g,
      (_, n: string) => ` ${Number(n) * 60 + 30} minutes `,
    )
    .replace(
      /(\d+)\s*(?:ساعات|ساعة|ساعه)\s+و\s*ربع(?![\u0621-\u064a])/g,
      (_, n: string) => ` ${Number(n) * 60 + 15} minutes `,
    );
}

const NUMBER_COUNT = new RegExp(
  `(?<![\\u0621-\\u064a])(${Object.keys(ARABIC_NUMBERS).join('|')})\\s+(${COUNT_UNITS})(?![\\u0621-\\u064a])`,
  'g',
);

/** A Persian letter Arabic lacks (پ چ ژ گ ک ی) and no letter only Urdu writes (ٹ ڈ ڑ ں ے ہ ھ): the message is Persian. */
export const PERSIAN_LETTER = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;
export const URDU_ONLY_LETTER = /[\u0679\u0688\u0691\u06ba\u06d2\u06c1\u06be]/;

/** Persian words → English (a verb's "می" joined to it first: "می‌خوام" is read as "میخوام"). */
export const PERSIAN_WORDS: Record<string, string> = {
  توکن: 'token',
  کلید: 'key',
  کلیدها: 'keys',
  کلیدهای: 'keys of',
  کلیدم: 'my key',
  یه: 'a',
  یک: 'a',
  میخوام: 'i want',
  میخواهم: 'i want',
  میخواستم: 'i would like',
  لطفا: 'please',
  بده: 'give me',
  بدید: 'give me',
  بدهید: 'give me',
  بساز: 'create',
  بسازید: 'create',
  بسازین: 'create',
  ممکنه: 'could you',
  برای: 'for',
  با: 'with',
  در: 'in',
  توی: 'in',
  از: 'from',
  رو: '',
  را: '',
  کن: '',
  کنید: '',
  ها: '',
  های: '',
  هایی: '',
  تیم: 'team',
  یونیت: 'unit',
  همه: 'all',
  لیست: 'list',
  مدل: 'model',
  دسترسی: 'access',
  صاحبش: 'owner',
  مالکش: 'owner',
  مالک: 'owner',
  صاحب: 'owner',
  هست: '',
  انقضا: 'expiry',
  انقضای: 'expiry',
  منقضی: 'expires',
  میشه: '',
  عوض: 'rotate',
  چرخش: 'rotate',
  باطل: 'revoke',
  پاک: 'delete',
  پاکش: 'delete',
  حذف: 'delete',
  کلا: 'entirely',
  نشون: 'show',
  نشان: 'show',
  تاریخچه: 'history',
  هزینه: 'cost',
  چقدر: 'how much',
  شد: '',
  گذشته: 'last',
  اخیر: 'last',
  این: 'this',
  هفته: 'week',
  ماه: 'month',
  کی: 'when',
  ساخت: 'created',
  چه: 'which',
  داریم: 'do we have',
  کدوم: 'which',
  چطوری: 'how',
  چطور: 'how',
  بگیرم: 'do i get',
  تیمم: 'my team',
  دقیقا: 'exactly',
  سلام: '',
  مرسی: 'thanks',
  ممنون: 'thanks',
  ببخشید: 'sorry',
  نه: 'no',
  تست: 'test',
  فرانکفورت: 'frankfurt',
  بحرین: 'bahrain',
  دبی: 'dubai',
  لندن: 'london',
  ایرلند: 'ireland',
  آلمان: 'germany',
  // fix50e, tuned-aircargo: a unit deleted whole ("یونیت X رو کامل حذف کن", delete unit X entirely), a month ago ("ماه
  // پیش"), the bot and what it does ("این بات چیکار میکنه؟", what does this bot do?), the one asking ("من", I).
  کامل: 'entirely',
  کاملا: 'entirely',
  پیش: 'ago',
  بات: 'bot',
  ربات: 'bot',
  من: 'i',
  تازه: 'new',
  اومدم: 'came',
  اجرای: 'run',
  شبانه: 'nightly',
  چیه: 'is what',
  هم: 'also',
  تا: 'until',
  درخواست: 'request',
  تیمی: 'team',
};

/** Persian phrases read before the words: counts of hours, halves, spans, the plural and ezafe after a ZWNJ. */
/** Persian counts in words (not "نه", nine, which is also "no"; "یک" is read with its unit above). */
const PERSIAN_COUNTS: Record<string, string> = {
  دو: '2',
  سه: '3',
  چهار: '4',
  پنج: '5',
  شش: '6',
  هفت: '7',
  هشت: '8',
  ده: '10',
  یازده: '11',
  دوازده: '12',
  بیست: '20',
  سی: '30',
  چهل: '40',
  پنجاه: '50',
  شصت: '60',
  نود: '90',
};

export const PERSIAN_PHRASES: [RegExp, string][] = [
  [/می\u200c/g, 'می'],
  [/یک\s+ساعت\s+و\s+نیم/g, ' 90 minutes '],
  [/(?<![\u0621-\u06d3])نیم\s+ساعت(?![\u0621-\u06d3])/g, ' 30 minutes '],
  [/(?<![\u0621-\u06d3])یک\s+ساعت(?![\u0621-\u06d3])/g, ' 1 hour '],
  // (fix49l: a count in words before its unit, "یه توکن دو ساعته میخوام" (I want a two-hour token), "سه ساعت", "ده
  // روز", read as its digits; and the adjective's "‌ای" after a unit, "توکن ۹۰ دقیقه‌ای" (a 90-minute token). Without
  // them the message held a word the reader does not know and was left unread, the lifetime lost.)
  ...Object.entries(PERSIAN_COUNTS).map(([w, n]): [RegExp, string] => [
    new RegExp(String.raw`(?<![\u0621-\u06d3])${w}\s+(?=(?:ساعته?|دقیقه|روزه?)(?![\u0621-\u06d3]))`, 'g'),
    `${n} `,
  ]),
  [/(\d+\s*(?:دقیقه|ساعته?|روزه?))\u200cای(?![\u0621-\u06d3])/g, '$1'],
  // (fix50e: a time ago, "ماه پیش" (a month ago, last month), "۲ ماه پیش", "هفته پیش", "۳ روز پیش"; the asker's own
  // units and keys, "یونیت‌های من"; what the bot does, "چیکار میکنه"; the weekend, "آخر هفته".)
  [/(\d+)\s*ماه\s+پیش/g, ' $1 months ago '],
  [/(?<![\u0621-\u06d3])(?:یک\s+|یه\s+)?ماه\s+پیش/g, ' last month '],
  [/(?<![\u0621-\u06d3])(?:یک\s+|یه\s+)?هفته\s+پیش/g, ' last week '],
  [/(\d+)\s*روز\s+پیش/g, ' $1 days ago '],
  [/(?:یونیت|واحد)\u200c?های?\s+(?:من|خودم)(?![\u0621-\u06d3])/g, ' my units '],
  [/کلید\u200c?های?\s+(?:من|خودم)(?![\u0621-\u06d3])/g, ' my keys '],
  [/(?:چیکار|چه\s*کار|چکار)\s+(?:می\s*)?(?:کنه|کند|میکنه|میکند)/g, ' what does it do '],
  [/آخر\s+هفته/g, ' the weekend '],
  // (fix50e: a question's shapes, "آیا X میشه توکن گرفت؟" (can one get a token X?), "چقدر طول میکشه تا … تایید بشه"
  // (how long until … is approved), "چطوری برای X کلید بگیرم" (how do I get a key for X), "X چیه" (X is what).)
  [/(?<![\u0621-\u06d3])آیا(?![\u0621-\u06d3])/g, ' '],
  [/میشه\s+(توکن|کلید)\s+(?:گرفت|بگیرم|گرفتن|بگیریم)/g, ' can i get a $1 '],
  [/چقدر\s+طول\s+میکشه/g, ' how long does it take '],
  [/(?:تایید|تأیید)\s+(?:بشه|بشود|میشه|شه)/g, ' approved '],
  [/(?:چطوری|چطور)\s+برای\s+(\S+)\s+کلید\s+بگیرم/g, ' how do i get a key for $1 '],
  [/(?:چطوری|چطور)\s+برای\s+(\S+)\s+توکن\s+بگیرم/g, ' how do i get a token for $1 '],
  [/من\s+تازه\s+(?:اومدم|آمدم|اومده\u200c?ام|واردم|وارد\s+شدم|هستم)/g, ' i am new here '],
  [/(\d+)\s*روزه(?![\u0621-\u06d3])/g, ' $1 days '],
  [/(\d+)\s*ساعته?(?![\u0621-\u06d3])/g, ' $1 hours '],
  [/(\d+)\s*دقیقه(?![\u0621-\u06d3])/g, ' $1 minutes '],
  [/(\d+)\s*روز(?![\u0621-\u06d3])/g, ' $1 days '],
  [/(\d+)\s*هفته\s+(?:اخیر|گذشته)/g, ' last $1 weeks '],
  [/ماه\s+گذشته/g, ' last month '],
  [/این\s+ماه/g, ' this month '],
  [/(?:تو|در)\s+این\s+هفته|این\s+هفته/g, ' this week '],
  [/یونیت\u200c?(?:هایی|های|ها)/g, ' units '],
  [/مدل\u200c?(?:هایی|های|ها)/g, ' models '],
  [/هزینه\u200c?(?:های|ی)?/g, ' cost '],
  [/تاریخچه\u200c?ی?/g, ' history '],
  [/مال\s+منه/g, ' mine '],
  [/نشون\s+بده|نشان\s+بده/g, ' show '],
  [/انجام\s+(?:بدید|بدهید|بده|بدین)/g, ' '],
];

/**
 * Kurdish (Sorani), in the Arabic script with letters of its own (ە ێ ۆ ڵ ڕ): "تکایە تۆکنێک بۆ دوو کاتژمێر" (please, a
 * token for two hours), "کلیلی erbil-ocr بگۆڕە" (change erbil-ocr's key). Its words hold "ە", which Arabic's word
 * pattern lacks, so a Kurdish message is split into words by KURDISH_WORD.
 */
export const KURDISH_LETTER = /[\u0695\u06b5\u06c6\u06ce\u06d5]/;
export const KURDISH_WORD = /[\u0621-\u064a\u066e-\u06d5]+/g;

/** Kurdish words → English: asking and thanks, our nouns and commands, how, which, how much. */
export const KURDISH_WORDS: Record<string, string> = {
  تکایە: 'please',
  سڵاو: '',
  سوپاس: 'thanks',
  دەوێت: 'i need',
  تۆکن: 'token',
  تۆکنێک: 'a token',
  تۆکنێکم: 'a token',
  کلیل: 'key',
  کلیلێک: 'a key',
  کلیلی: 'key of',
  کلیلەکانی: 'keys of',
  تیمی: 'team',
  بۆ: 'for',
  کاتژمێر: 'hours',
  زانیاری: 'details',
  چ: 'which',
  مۆدێلێک: 'models',
  مۆدێل: 'models',
  هەیە: 'are there',
  خەرجی: 'spend',
  چەندە: 'how much',
  بگۆڕە: 'rotate',
  هەڵبوەشێنەوە: 'revoke',
  بسڕەوە: 'delete',
  چۆن: 'how',
  وەربگرم: 'do i get',
};

/** Kurdish phrases read before the words: counts of hours, make (create), everything, this month. */
export const KURDISH_PHRASES: [RegExp, string][] = [
  [/(?<![\u0621-\u06d5])یەک\s+کاتژمێر(?![\u0621-\u06d5])/g, ' 1 hour '],
  [/(?<![\u0621-\u06d5])دوو\s+کاتژمێر(?![\u0621-\u06d5])/g, ' 2 hours '],
  [/(?<![\u0621-\u06d5])سێ\s+کاتژمێر(?![\u0621-\u06d5])/g, ' 3 hours '],
  [/(\d+)\s*کاتژمێر/g, ' $1 hours '],
  [/دروست\s+(?:بکە|بکەن)/g, ' create '],
  [/هەموو\s+شتێک/g, ' everything '],
  [/ئەم\s+مانگە/g, ' this month '],
];
