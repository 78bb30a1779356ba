/**
 * fix50d, tuned-vending (a vending operator in Poland, Czechia, Slovakia, Ukraine and Romania) and tuned-styles-slavic:
 * the words and phrases of Polish, Czech, Slovak, Ukrainian, Russian (in Cyrillic and typed in Latin letters) and
 * Romanian that more-languages.ts's tables lacked, for surface.ts's glossary, by kind:
 * - how long, said in words: "na półtorej godziny" (with no other Polish word to mark the language), "на годину",
 *   "на час" (for an hour), "на тиждень", "na tydzień" (for a week: too long), "2 godziny i 15 minut" (hours and
 *   minutes), "4 godyny" (Ukrainian typed in Latin letters), and a value corrected by "zrób 4", "udělej 4",
 *   "зроби 4" (make it 4);
 * - our verbs and nouns: "зроби ключ" (make a key), "зміни ключ" (change the key: a rotation), "kdy vyprší klíč",
 *   "коли закінчується ключ" (when does the key expire: its details), "kdy byl naposledy rotován klíč", "коли
 *   створили ключ" (when was it rotated, made: its history), "история ключей … за последние 30 дней", "ce chei are
 *   X?" (what keys does X have), "zruš celý unit X" (the whole unit: deprovision);
 * - one's own units and the list: "které unity jsou moje?", "arată-mi unit-urile mele", "pokaż wszystkie unity,
 *   pełną listę", "kakie u nas yunity est?";
 * - spend and its period: "ile kosztował nas bedrock 2 miesiące temu?" (months ago), "skolko stoit nash bedrock v
 *   etom mesyatse?" (this month), "kolik jsme utratili za AI" (spent on);
 * - help asked: "co umiesz?", "що вміє цей бот?" (what can you do), "хто погоджує запити на ключі?" (who approves),
 *   "який регіон бот дає за замовчуванням?" (by default), "jak dlouho platí token?" (how long is it valid),
 *   "скільки максимум може жити токен?" (the most it can last), "czy mój token działa z llama czy tylko z claude?";
 * - everyday talk read as nothing of ours: tokens of a coffee machine ("žetony do kávovaru"), a request taken back
 *   ("ne, nech to být", "не треба ротувати"), one no longer needed ("nu mai e nevoie de token"), a colleague's
 *   doing told ("Оксана казала, що вже зробила токен"), a depot ("z depo Lviv", no "deprovision").
 * Keys are folded as the glossary folds a word (no accents; Cyrillic "й" is "и", "ї" is "і").
 */
import type { Glosses, Lang } from './more-languages.js';

/** Words, per language, read as the English they say (later tables override earlier ones). */
export const SLAVIC_GLOSSES: Glosses[] = [
  [
    ['ru'],
    false,
    {
      // When, expires, made, approves, by default, can do.
      'коли|когда': 'when',
      'закінчується|закінчиться|спливає|закончится|заканчивается|истекает|истечет': 'expires',
      'створили|створив|створила|створено|сотворили': 'created',
      'зміни|змініть|змінити|измени|измените': 'change',
      'погоджує|погоджують|затверджує|затверджують|одобряет|одобряют|согласует|согласовывает|утверждает':
        'approves',
      'запити|запитів|запросы|запросов|заявки|заявок': 'requests',
      'регіон|регіону|регион|региона': 'region',
      'дає|дае|видає|видае|дает|выдает|выдаёт': 'gives',
      'замовчуванням|умолчанию': 'default',
      'якии|який|яку|яке|какой|какую|какое': 'which',
      'вміє|вмієш|вмiє|умеет|умеешь': 'can do',
      'цеи|цеи|этот|эта|это': 'this',
      'бот|бота|боту': 'bot',
      максимум: 'at most',
      'жити|жить|діяти|действовать|действует|діє|живе|живет': 'last',
      'може|может|можуть|могут': 'can',
      'ротувати|ротирувати|ротировать': 'rotate',
      'треба|требуется': 'need',
      'зробила|зробив|зробили|сделала|сделал|сделали': 'made',
      'вже|уже': 'already',
      'був|була|було|был|была|было': 'was',
      'старии|старый|старая|стара|старе': 'old',
      'последние|последних|останні|останніх': 'last',
      'інструкція|инструкция|інструкцію|инструкцию': 'instructions',
      // Coins of a machine, no token of ours ("жетони до кавового автомата").
      'жетони|жетонів|жетоны|жетонов': 'coins',
      // Typed in Latin letters: need, hi, thanks, how much, costs, our, this month, which units, today.
      'nuzhen|nuzhno|nuzhna|nuzhny|potriben|potribno|potribna': 'need',
      'pryvit|privet|pryvet|zdravstvuyte': 'hi',
      'dyakuyu|spasibo|spasybi|diakuiu': '',
      'skolko|skilky|skilki': 'how much',
      'stoit|stoyt|koshtuye|koshtuie|obkhodytsya': 'costs',
      'yunity|yuniti|yunitov|yunitiv': 'units',
      'kakie|kakiye|yaki': 'which',
      'godyny|godyn|hodyn|hodynu|godynu': 'hours',
      'segodnya|sohodni|sogodni|sjogodni': 'today',
      'vsim|vsem': 'all',
      'poganyi|poganyy|plokhoy': 'bad',
      // (tuned-styles-slavic: revoke and delete in Ukrainian, Serbian and Bulgarian, "скасуй ключ", "обриши кључ",
      // "изтрий ключа"; "зрозуміти як працює бот" (understand how the bot works).)
      'скасуи|скасуите|скасувати': 'revoke',
      'обриши|обришите|изтрии|изтриите': 'delete',
      'зрозуміти|понять|разобраться': 'understand',
      'працює|работает': 'works',
      'інструкція|інструкцію|инструкция|инструкцию|мануал': 'instructions',
      // (A value corrected with "better": "токен на 2 години, ні, краще 4".)
      'краще|лучше': 'rather',
      'последните|последния': 'last',
    },
  ],
  [['ru'], true, { 'est|yest|ye': '', nash: 'our', 'nas|u': '', ya: 'i', depo: 'depot', unity: 'units' }],
  [
    ['pl'],
    false,
    {
      'umiesz|potrafisz': 'can you do',
      tylko: 'only',
      'cofnac|wycofac|uniewaznic': 'revoke',
      'wkleil|wkleila|wkleili|wkleilem|wkleilam|wklejony|wklejona': 'pasted',
      'kanale|kanalu': 'channel',
      'napisac|napisze': 'write',
      botowi: 'to the bot',
      'kosztowal|kosztowala|kosztowalo|kosztowaly|kosztuje|kosztowali': 'cost',
      'pelna|pelnej|pelny|pelne': 'full',
      unitow: 'units',
      'zetony|zetonow|zetonami': 'coins',
      'awarii|awarie|awaria|awarii': 'breakdowns',
      'godzine|godzinke': 'hours',
      // A depot's visit, parts bought, machines: the trade's own business ("audyt depotu", "części do Bianchi").
      'audyt|audytu|audytem': 'audit',
      'depotu|depocie': 'depot',
      'kierownik|kierowniczka|kierownika': 'manager',
      regionalny: 'regional',
      'przyjezdza|przyjedzie|przyjada': 'comes',
      'czesci|czesciach|czesciami': 'parts',
      'kwartale|kwartal|kwartalu': 'quarter',
      'gdybysmy|gdybym|gdyby': 'if we',
      'wiecej|wiecej': 'more',
      'automatow|automaty|automatach|automatami': 'machines',
      pewnie: 'probably',
      'osobny|osobnego|osobna|osobne': 'separate',
      // History and help asked: "kiedy ostatnio był rotowany klucz x?", "kto zatwierdza prośby o klucz?", "jak zrobić
      // klucz?", "co ten bot umie?".
      ostatnio: 'last',
      'rotowany|rotowana|zrotowany': 'rotated',
      'zatwierdza|zatwierdzaja|akceptuje': 'approves',
      'prosby|prosbe|wnioski': 'requests',
      'zrobic|zrobie': 'make',
      kluczu: 'key',
      'zresetuj|zresetujcie|resetuj': 'reset',
      'wylacz|wylaczcie|wylaczyc': 'disable',
      'caly|cala|cale|calego': 'whole',
      'zatwierdzenie|zatwierdzenia|akceptacje|akceptacji': 'approval',
      'wygasa|wygasnie|wygasaja': 'expires',
      'zostaw|zostawcie|zostawmy': 'keep',
      'mowila|mowil|mowili|powiedziala': 'said',
      'usunela|usunal|usuneli': 'deleted',
      'stary|stara|stare|starego': 'old',
    },
  ],
  [
    ['pl'],
    true,
    { temu: 'ago', unity: 'units', kanal: 'channel', nas: 'us', jutro: 'tomorrow', mieli: 'had' },
  ],
  [
    ['cs'],
    false,
    {
      kdy: 'when',
      'vyprsi|vyprsel|vyprsela|vyprsi|vyprsit|expiruje': 'expires',
      naposledy: 'last',
      'rotovan|rotovany|rotovana|rotovano': 'rotated',
      dlouho: 'long',
      'vytvorim|vytvorime': 'do i create',
      'zetony|zetonu|zetonum': 'coins',
      'kavovaru|kavovar|kavovary|kavovarech': 'coffee machine',
      'umis|umite|vies|viete': 'can you do',
      // Spare parts bought, a machine's fault: the trade's ("náhradní díly pro Saeco", "zahlásil chybu").
      'nahradni|nahradne': 'spare',
      'dily|dilu|dilech|diely|dielov': 'parts',
      'zahlasil|zahlasila|hlasi': 'reported',
      'chybu|chyba|chybou': 'error',
      niekto: 'anyone',
      snad: 'hopefully',
      'vytvoren|vytvorena|vytvoreno|vytvoreny': 'created',
      uz: 'already',
      // Slovak: "zmaž kľúč pre x", "detaily pre x", "koľko stojí x tento mesiac?", "jak používat bota?".
      'zmaz|zmazte|zmazat': 'delete',
      'kluc|kluca|kluce|klucov': 'key',
      detaily: 'details',
      'kolko|kolka': 'how much',
      'stoji|stoja|stal|stala': 'costs',
      'mesiac|mesiaci|mesiaca': 'month',
      'pouzivat|pouzit|pouzivam': 'use',
      bota: 'the bot',
    },
  ],
  [
    ['cs'],
    true,
    {
      byl: 'was',
      nej: 'it',
      'nech|nechte': 'leave',
      'plati|platit': 'is valid',
      od: 'of',
      'novy|nove|noveho': 'new',
      'cely|celou|cele|celeho|celej|celu': 'whole',
      tak: 'so',
      pre: 'for',
      'unity|unitu': 'units',
    },
  ],
  [
    ['ro'],
    false,
    {
      chei: 'keys',
      'rotesc|rotim': 'do i rotate',
      'vanzari|vanzarile|vanzarilor': 'sales',
      terminat: 'finished',
      'jetoane|jetoanele': 'coins',
      'scadere|scaderea|scaderi': 'decrease',
      cheile: 'the keys',
      'valabil|valabila': 'valid',
    },
  ],
  [['ro'], true, { pt: 'for' }],
  // Croatian and Serbian in Latin letters: a colleague's deletion told, "Ivana je rekla da je već obrisala stari ključ".
  [
    ['hr'],
    false,
    {
      'rekla|rekao|rekli': 'said',
      'obrisala|obrisao|obrisali': 'deleted',
      vec: 'already',
      'stari|staru': 'old',
    },
  ],
  // fix52b, tuned-freight (a rail freight operator in the Balkans): Serbian, Croatian, Bosnian and Slovenian in Latin
  // letters ('hr'), glossed as whole paradigms: the verbs in every person and the imperative, the polite plural ("-ite",
  // "-ajte"), the past told ("-o", "-la", "-li"; Slovenian "-l", "-la"), the number words of a lifetime, the units, the
  // months in the locative ("u martu"), and the words of questions ("kako", "kdo", "kaj", "kad", "katere").
  [
    ['hr'],
    false,
    {
      // Need, please, give, get.
      'rabim|rabimo|rabiva|rabite|potrebujemo|potreban|potrebno|potrebni': 'need',
      'molimo|prosimo': 'please',
      'dobijem|dobijemo|dobiti|dobijes': 'get',
      'dobijao|dobijala|dobijali|dobivao|dobivala|dobivali': 'got',
      kako: 'how',
      'kdaj|kad': 'when',
      'katere|kateri|katera|katero|katerih|kojeg|kojem': 'which',
      'lahko|moremo|morem': 'can',
      'mozda|mogoce|morda|valjda': 'maybe',
      // Make and create, the imperative and the infinitive ("napraviti", "ustvari", "naredite"); Slovenian "naredi" is
      // also "does" ("kaj naredi deprovision?", what does it do): the phrase reads that first.
      'napraviti|napravis|napravimo|napravi|napravite|ustvari|ustvarite|ustvariti|naredite|narediti|kreiraj|kreirati|generirajte|generisi|generisite':
        'create',
      'ustvaril|ustvarila|ustvarili|ustvarjen|naredil|naredila|naredili|kreiral|kreirala|napravila|kreirala|generirao':
        'created',
      // Revoke: Serbian, Croatian, Bosnian "poništi", "opozovi", "povuci"; Slovenian "odvzemi", "prekliči".
      'ponisti|ponistite|ponistiti|ponistimo|opozovimo|odvzemi|odvzemite|odvzeti|odvzemimo|preklici|preklicite|preklicati|razveljavi|razveljavite|povucimo':
        'revoke',
      'ponistio|ponistila|ponistili|ponisten|odvzel|odvzela|odvzeli|preklical|preklicala|preklican':
        'revoked',
      // Rotate: replace, change, renew the key ("zamenjaj ključ", "zamijenite", "promeni ključ", "obnovi ključ").
      'zamenjaj|zamenjajte|zamenjati|zamenjamo|zameni|zamenite|zameniti|zamijenimo|promeni|promenite|promijeni|promijenite|spremeni|spremenite|obnovi|obnovite|obnoviti|rotiraj|rotirajte|rotiramo|rotiram':
        'rotate',
      'zamenjal|zamenjala|zamenio|zamenila|promenio|promijenio|promenila|obnovio|obnovila|obnovil': 'rotated',
      // The whole unit removed: "odstrani celoten unit", "snesi cijeli unit", "ugasi ceo unit".
      'odstrani|odstranite|odstraniti|izbrisite|obrisite|snesi|snesite|srusi|srusite|ugasi|ugasite': 'remove',
      'celoten|celotni|celotno|celotnega|cijeli|cijelu|cijelog|cijela|celi|celog': 'whole',
      // The key, the unit, the list, details, expiry, owner.
      'kljucev|kljuci|kljuce': 'keys',
      'unitov|unitih|unitima': 'units',
      'detalji|detalje|detaljima|podrobnosti': 'details',
      'istice|istekne|istece|potece|potekel|potekla|istekao|istekla': 'expires',
      'vlasnica|lastnik|lastnica|lastnika': 'owner',
      'lozinka|lozinku|lozinke|geslo': 'key',
      'procurila|procurio|procurilo|procurili|iscurio|iscurila|pricurljal|ucurela': 'leaked',
      'uporabim|uporabimo|uporabiti|uporabljamo|koristim|koristimo': 'use',
      'odobri|odobrite|odobruje|odobravaju': 'approves',
      // Spend and the period: cost, spent, this, last, month, week.
      'stane|kosta|kostao|kostala|kostalo|kostaju': 'cost',
      'potrosili|potrosio|potrosila|potrosilo|porabili|porabil|porabila|porabilo': 'spent',
      'ovaj|ovog|ovoga|ovom|ovu|tekuci|tekucem|tekoci|tekocem': 'this',
      'prosle|proslu|prosloj|proslog|prejsnji|prejsnjem|prejsnjega|prejsnjo|prejsnja|minulog': 'last',
      'mesec|meseca|mesecu|mjesec|mjeseca|mjesecu': 'month',
      'meseci|mesecev|mesece|mjeseci': 'months',
      'sedmice|sedmica|sedmicu|sedmici|tedna|teden|tednu|tjedna|tjedan|tjednu': 'week',
      'tednov|tjedana': 'weeks',
      // Months in the locative (in March): "u martu", "u aprilu", "v marcu", "v juniju".
      'januaru|januarju': 'january',
      'februaru|februarju': 'february',
      'martu|marcu': 'march',
      aprilu: 'april',
      maju: 'may',
      'junu|juniju': 'june',
      'julu|juliju': 'july',
      'avgustu|augustu': 'august',
      septembru: 'september',
      oktobru: 'october',
      novembru: 'november',
      decembru: 'december',
      // How long, the shortest, better, default, write, time, data, code, late.
      'trajati|traju|trajal|trajala': 'lasts',
      'najkraci|najkrajsi|najkrajse|najkraca': 'shortest',
      'najduzi|najdaljsi|najduze|najdalje': 'longest',
      'bolje|boljse|bolji|boljsi': 'better',
      'napisem|napisati|napisemo|navedem|navedes': 'write',
      'vremena|vrijeme|vremenu': 'time',
      'podatki|podatkov|podacima|podatke|podaci|podatci': 'data',
      'kasni|kasnijo|zamuja': 'lags',
      'prekjucer|predvcerajsnjim|vceraj': 'the day before yesterday',
      'imati|imajo': 'have',
      'nasimi|nasih': 'our',
      // The number words of a lifetime (four and up: "tri", "pet", "deset", "šest" are other languages' words too).
      'cetiri|stiri': 'four',
      sedam: 'seven',
      osam: 'eight',
      'jedanaest|enajst': 'eleven',
      'dvanaest|dvanajst': 'twelve',
      'petnaest|petnajst': 'fifteen',
      'dvadeset|dvajset': 'twenty',
      // Things of the trade, no unit of ours: diesel, wagons; a request taken back ("zaboravi", forget it).
      'dizel|dizela|goriva|gorivo|benzin|benzina': 'diesel',
      'vagona|vagone|vagoni|vagonima|vagonov': 'wagons',
      'zaboravi|zaboravite|pozabi|pozabite': 'forget it',
      // A token said fondly ("tokenček"), a key's number, want, because, providers in their cases ("od mistrala").
      'tokencek|tokencka|tokencic|tokencica|tokenic|tokencek': 'token',
      broj: 'number',
      'zelimo|zelim|zelis|zelite|zeli|zele|hocemo|hocu': 'want',
      jer: 'because',
      'mistrala|mistralu|mistralom': 'mistral',
      'anthropica|anthropicu|antropika|anthropicom': 'anthropic',
      'coherea|cohereu': 'cohere',
      'prilogi|prilogu|priloga|prilozi|privitku|prilogom': 'attachment',
      // The railway's own talk: a shipment, customs, the gate's keys lost, a colleague told ("jel javio neko …").
      'posiljke|posiljka|posiljku|posiljki|posiljaka|posiljko|tovora|tereta': 'shipment',
      'carina|carinu|carine|carinik|carinici': 'customs',
      'klijent|klijenta|klijentu|stranka|stranke': 'client',
      'trazi|traze|zahteva|zahtijeva': 'asks for',
      'dokaz|dokaza|potvrdu|potrdilo': 'proof',
      'isporuci|isporuka|isporuke|dostavi|dostava|dostave': 'delivery',
      'kapiju|kapija|kapije|kapijo|rampu|rampa': 'gate',
      'izgubljeni|izgubljen|izgubljena|izgubljene|izgubili|izgubio|izgubila|izgubil': 'lost',
      'opet|ponovo|ponovno|spet': 'again',
      'kasnila|kasnio|kasnili|zamujala|zamujal': 'was late',
      'ceka|cekaju|cakajo|caka': 'is waiting',
      'javio|javila|javili|rekao|rekla|rekli|povedal|povedala': 'told',
      'neko|netko|nekdo|itko|iko': 'anyone',
      jel: 'did',
    },
  ],
  [
    ['hr'],
    true,
    {
      'tri|trije': 'three',
      pet: 'five',
      'sest|šest': 'six',
      sedem: 'seven',
      osem: 'eight',
      devet: 'nine',
      deset: 'ten',
      'ena|eno|eden|jedna|jedno': 'one',
      'potrebujem|potrebujete|potrebna|potrebne': 'need',
      lepo: 'please',
      'dobim|dobimo|dobis|dobije|dobi': 'get',
      'dobio|dobila|dobili|dobil|dobilo': 'got',
      'kdo|kada': 'who',
      'kaj|sta|sto': 'what',
      'moze|mogu': 'can',
      seznam: 'list',
      'stara|stari|staro|staru': 'old',
      'stal|stala|stalo|stali': 'cost',
      'minuli|minulom': 'last',
      'dnevi|dni': 'days',
      traje: 'lasts',
      vreme: 'time',
      'imamo|imam': 'have',
      'nasim|nasi|nase|nasa': 'our',
      'cela|celu|ceo': 'whole',
      uniti: 'units',
      nove: 'new',
      da: 'that',
      'biti|bit': 'be',
      samo: 'only',
      'rok|roka|rokom': 'expiry',
      'ure|uri|ur': 'hours',
      'ura|uro': 'hour',
      'smo|sem|sam|ste|si|nam|nama|se': '',
      'ako|ce': 'if',
      'ili|ali': 'or',
      'v|vo': 'in',
      'z|sa': 'with',
      ko: 'who',
      od: 'of',
      'ajde|hajde|ajmo|dobro': 'ok',
      'mart|marta': 'march',
    },
  ],
  // fix52b, tuned-freight: Serbian and Macedonian in Cyrillic, Bulgarian (and Russian words the table lacked), read
  // as 'ru': the verbs of asking and our commands in every person ("повуци", "повучи", "отмени", "отменете", "повлечи",
  // "обнови", "снеси"), the key in Macedonian ("клуч", "клучот"), the words of questions ("кой", "как", "колку"),
  // the period ("минатиот месец", "овој месец", "миналия месец"), and the number words of a lifetime.
  [
    ['ru'],
    false,
    {
      'трябва|трябват|треба|требају|требаат|потребен|потребна|потребно|потребни': 'need',
      'моля|молим|молам|молиме': 'please',
      'дай|дайте|дадете|дадеш|дајте|дај': 'give',
      'направиш|направиш|направите|направимо|направете|направи': 'create',
      'създаде|създал|създала|създадоха|направио|направила|направија': 'created',
      'можеш|можете|можеш': 'can you',
      'можем|мога': 'can i',
      'колега|колегу|колеге|колегата|колегата|колешка|колежка': 'colleague',
      'повуци|повуците|повучи|повучите|отмени|отменете|отменя|отменим|повлечи|повлечете|поништи|поништите|отзови|отзовите':
        'revoke',
      'обнови|обновите|обновим|замени|замените|замени|смени|сменете|смените|промени|промените': 'rotate',
      'снеси|снесите|сруши|срушите|премахни|премахнете|отстрани|отстранете|избриши|избришете': 'remove',
      'цео|цела|цело|целу|целиот|целата|целия|цялата|целия|цял|цяло': 'whole',
      'клуч|клучот|клучов': 'key',
      'клучеви|клучевите|ключове|ключовете|кључеве|кључеви': 'keys',
      'единици|единиците|единица|јединице|јединица|јединицу|јединици|единицата': 'unit',
      'постоје|постоји|постојат|съществуват|съществува': 'exist',
      'извештај|извештаи|отчет|отчета|доклад': 'report',
      'кой|кои|кој|ко|който': 'who',
      'које|који|која|кое|коя|кое': 'which',
      како: 'how',
      'колку|колико|колко': 'how much',
      'чини|чинеше|чинел|кошта|кошташе|костува|струва|струваше': 'cost',
      'похарчили|похарчи|похарчихме|изхарчихме|изхарчи|изхарчили|потрошили|потрошио|потрошија|потроши':
        'spent',
      'минатиот|минатата|минатото|миналия|миналата|миналото|прошлог|прошле|прошли|прошлом': 'last',
      'овој|оваа|ова|овај|овог|овом|този|тази|това|текущия': 'this',
      'месец|месеца|месецот|месецу': 'month',
      'месеци|месеците': 'months',
      'седмица|седмицата|седмице|седмицу|недела|неделата|недеље': 'week',
      'одобрява|одобряват|одобрува|одобруваат|одобрава|одобравају': 'approves',
      'заявките|заявки|заявка|барања|барањата|захтеве|захтеви': 'requests',
      'взема|вземем|вземам|получа|получим|добијем|добијам|добијеме': 'get',
      'ротирам|ротираме|ротираш|ротирате|ротирати': 'rotate',
      'ако|акo': 'if',
      'сменя|сменям|сменим|менувам|мењам|менявам': 'change',
      'нещо|нешто|нечто': 'something',
      'кода|кодот|коду|кодът': 'the code',
      'регион|региона|регионот': 'region',
      'милано|милану|милан': 'milan',
      'вагонов|вагона|вагони|вагоните': 'wagons',
      'гориво|горивото|нафта|нафтата|дизел': 'fuel',
      'пробвам|пробам|пробам|пробваме|испробам': 'try',
      'здравей|здравейте|здраво|здрасти|поздрав': 'hi',
      'един|еден|један|една|една': 'one',
      'четири|четыре': 'four',
      'седем|седум|седам|семь': 'seven',
      'осем|осум|осам|восемь': 'eight',
      'девет|девять': 'nine',
      'дванадесет|дванаесет|дванаест|двенадцать': 'twelve',
      'кога|када|кад': 'when',
      'истекува|истича|истиче|истече|изтича|изтече|истекне': 'expires',
      'кај|код': 'at',
      'ротирао|ротирала|ротирали|ротирал|ротира|ротираше|ротирахте|ротираа': 'rotated',
      'диспечере|диспечери|диспечерите|диспечерима': 'dispatchers',
      'склада|склад|складот|складу|складиште|магацин|магацина|магацинот': 'warehouse',
      'има|имаш|имате|имаме|имат|имају|имаат': 'has',
      'локомотивата|локомотива|локомотиве|локомотивите': 'locomotive',
      'заборави|забрави|забравете|заборавете|заборавите': 'forget it',
      'единадесет|единаесет|једанаест|одиннадцать': 'eleven',
    },
  ],
  [
    ['ru'],
    true,
    {
      'ми|ни|ме|ве|те|го|си|се|сме|са|су|ли|да': '',
      'е|је': 'is',
      од: 'of',
      во: 'in',
      'за|на': 'for',
      'ден|дан': 'day',
      'дена|денови|дни|дана|дней': 'days',
    },
  ],
  // fix53b, tuned-steelworks (a steel group in the Balkans and Hungary): Serbian, Croatian, Bosnian and Slovenian in
  // Latin letters ('hr'), glossed further as whole paradigms: "prosim", "prosimo" (please: Slovenian, Czech has it too),
  // the key's lifetime and kind ("kratkoročni", "dugoročni", "velja 2 leti"), our verbs in every person and aspect
  // ("zarotiraj", "opozovem", "zatražim", "podelim"), the words of questions and of talk ("postoje", "na voljo", "šta se
  // dešavalo", "ko je šta radio"), and of waiting, ignoring and telling ("sačekaj", "ignoriši", "kaže").
  [
    ['hr'],
    false,
    {
      'prosim|prosimo|prosila|prosil': 'please',
      'molila|molio|molili|molimo': 'would like',
      'kratkorocni|kratkorocnog|kratkorocnu|kratkorocna|kratkorocno|kratkoroceni|kratkotrajni|kratkotrajen|kratkorocen':
        'short-term',
      'dugorocni|dugorocnog|dugorocnu|dugorocna|dugorocno|dolgorocni|dolgorocnega|dolgorocen|dolgorocno|dugotrajnog':
        'long-term',
      'velja|veljaven|veljavnost|vazi|vazeci|vrijedi|vredi': 'valid for',
      'zarotiraj|zarotirajte|zarotirati|zarotiramo|zarotiram|zarotiras|rotiras|rotira|rotirate|rotirajmo':
        'rotate',
      'zarotirao|zarotirala|zarotirali|zarotiran|zarotiral|rotiral|rotirala': 'rotated',
      'rotacija|rotaciju|rotacije|rotaciji|rotacijom|rotacijo': 'rotation',
      'opozovem|opozoves|opozove|opozovete|opozovu|opozivam|opozivamo|opozovimo|povucem|povucemo|ponistim|ponistis|odvzamem|preklicem':
        'revoke',
      'opoziv|opoziva|opozivu|opozivom|preklic|preklica': 'revocation',
      'zatrazim|zatrazimo|zatraziti|zatrazis|zatrazite|zahtevam|zahtjevam|zaprosim|zaprositi|zaprosimo|trazim|trazimo':
        'request',
      'zatrazio|zatrazila|zatrazili|zaprosil|zaprosila': 'requested',
      'podelim|podelimo|podeliti|podelis|podijelim|podijelimo|podijeliti|delim|dijelim|delis|deliti|dijeliti|delimo|dijelimo|posodim|deliti':
        'share',
      'podelio|podelila|podijelio|podijelila|podelili|podijelili|delil|delila': 'shared',
      'smem|smijem|smemo|smijemo|smije|smeju|smiju|smes|smijes|smeli|smeti': 'may',
      'kolegicom|kolegama|koleginicom|sodelavcem|sodelavcu|sodelavec': 'colleague',
      'smjene|smjena|smjeni|smjenu|izmene|izmjene': 'shift',
      'gurnuo|gurnula|gurnuli|pushao|pushala|pushnuo|pushnula|komitovao|komitovala|commitao|commitala|commitovao':
        'pushed',
      'cuva|cuvaju|cuvate|cuvas|hrani|hranijo|shranjuje': 'keeps',
      'cuvali|cuvao|cuvala|cuvalo|hranili': 'were kept',
      'kopiju|kopija|kopije|kopijo': 'a copy',
      'kucam|kucas|kucamo|ukucam|ukucamo|tipkam|tipkamo|natipkam|napisem|vtipkam': 'type',
      'vidim|vidis|vidimo|vidite|vidjeti|videti|vidijo': 'see',
      'defaultu|defaultno|podrazumevano|podrazumijevano|zadano|privzeto|standardno|standardni|standardnu|standardna':
        'default',
      'postoje|postoji|postojeci|obstajajo|obstaja|obstoji': 'exist',
      'listu|liste|listo|spisak|spisku|spiskom|popisu': 'list',
      'timovi|timove|timova|timovima|timov': 'teams',
      'botu|botom|botov': 'bot',
      modelov: 'models',
      'rade|radijo|delujejo|funkcionisu|funkcioniraju': 'work',
      'radi|deluje|funkcionira|funkcionise|tece': 'runs',
      'radila|radili|radilo|uradio|uradila|uradili|delala|delali': 'did',
      'desavalo|desilo|desava|dogadjalo|dogadalo|dogodilo|dogadja|dogajalo|dogajal|zgodilo|zgodi|dogaja':
        'happened',
      'istorija|istoriju|istorije|istoriji|historija|historiju|historije|zgodovina|zgodovino|zgodovine|povijest':
        'history',
      'izdani|izdan|izdana|izdano|izdanih|izdati|izdat|izdata|izdato|izdate|izdal|izdala|izdani|izdaj|izdajte':
        'issued',
      'ustvarjen|ustvarjena|ustvarjeno|kreiran|kreirana|kreirano|napravljen|napravljena|napravljeno|izraden|izradjen':
        'created',
      'stroski|stroskov|strosek|stroskih|troskovi|troskova|troskove|trosak': 'costs',
      'nedelje|nedelju|nedelji|nedeljo|tjedne|tedne|sedmicu': 'week',
      'nedelj|tednov|tjedana|nedeljama': 'weeks',
      'zadnje|zadnjih|zadnji|zadnjo|zadnja|zadnjem|poslednje|poslednjih|poslednji|poslednja|poslednjem':
        'last',
      'cekaj|cekajte|sacekaj|sacekajte|pricekaj|pricekajte|pocekaj|pocakaj|pocakajte|pocekajte|sacekajmo|pricekajmo':
        'wait',
      'ignorisi|ignorisite|ignoriraj|ignorirajte|zanemari|zanemarite': 'ignore that',
      'pogresan|pogresnom|pogresni|pogresna|pogresno|pogresnog|napacen|napacnem|napacni|napacnega': 'wrong',
      'nemoj|nemojte|nemojmo': "don't",
      'jos|josh': 'still',
      'aktivan|aktivna|aktivno|aktivni|aktiven|aktivnih': 'active',
      'javlja|javljaju|vraca|vracaju|baca|bacaju': 'we get',
      'brise|brisu|brisemo|brises|izbrise|obrise|izbrisu': 'deletes',
      'trazicemo|zatrazicemo|zahtevacemo|zaprosili bomo': 'we will request',
      'sledece|sledeci|sledecu|sledecem|sljedece|sljedeci|sljedecu|sljedecem|naslednji|naslednje|naslednjem|naslednjo':
        'next',
      'integracije|integracija|integraciju|integraciji|integracijo': 'integration',
      'regioni|regionov|regionima|regij': 'regions',
      'otvoren|otvorena|otvoreno|odprt|odprta': 'open',
      'petka|petak|petek': 'friday',
      'kaze|kazu|kazala|kazao|pravijo': 'says',
      'istina|istine|tacno|tocno|resnica': 'true',
      'sigurni|siguran|sigurna|sigurno|prepricani|preprican|sigurnost': 'sure',
      'cipela|cipele|cevljev|cevlje': 'shoes',
      'kutiji|kutija|kutiju|skatli|skatla|skatlo': 'box',
      'portira|portir|portirnici|portiru|vratarja|vratar': 'porter',
      'poceo|pocela|poceli|zaceo|zacela|zacel|zacela': 'started',
      'ovde|ovdje|tukaj': 'here',
      'potpuno|povsem|popolnoma|sasvim|totalno|kompletno': 'completely',
      'aplikacija|aplikacije|aplikaciju|aplikacijo|aplikaciji': 'the app',
      'frankfurtu|frankfurta': 'frankfurt',
      'irskoj|irskem|irska|irsku': 'ireland',
      'londonu|londona': 'london',
      'dulje|dlje|daljse|duzi|dulji': 'longer',
      'znamo|znas|vemo': 'know',
      'dovoljno|dovolj|zadosti': 'enough',
      'bolje|bolji|boljse|boljsi': 'better',
      'alata|alatu|orodje|orodja': 'tool',
      'ponude|ponuda|ponudu|ponudbe|ponudba': 'quotes',
      'izvestaj|izvjestaj|izvestaja|izvjestaja|porocilo|porocila': 'report',
      'posao|poslu': 'job',
      'komandu|naredba|naredbu': 'command',
      'opozvao|opozvala|opozvali|opozvan|opozvano|opozvana': 'revoked',
      'procurio|procurila|procurilo|procurili|iscurio|iscurila|ucurel|ucurela': 'leaked',
    },
  ],
  [
    ['hr'],
    true,
    {
      nov: 'new',
      'kolegom|kolega|kolegu|kolege|kolegi': 'colleague',
      'smene|smena|smeni|smenu': 'shift',
      sme: 'may',
      'vidi|vide': 'see',
      'ekipe|ekipa|ekipu|ekipi|ekipom|ekipo|timi': 'team',
      'modeli|modele|modelima|modela': 'models',
      radio: 'did',
      nedelja: 'week',
      'krivi|krivom': 'wrong',
      'kanal|kanalu|kanala|kanalom|kanalih': 'channel',
      'remont|remonta|remontu': 'overhaul',
      'duze|dalje': 'longer',
      'znam|vem': 'know',
      'dobila|dobio|dobili|dobil|dobilo': 'got',
      dosta: 'enough',
      alat: 'tool',
      'komanda|komande|ukaz|ukaza': 'command',
      'svi|sve|svih|vse|vsi|vseh': 'all',
      delal: 'did',
      'leti|leta|let|godine|godina|godini|godinu|leto': 'years',
      'dni|dneva|dnevi': 'days',
      'so|su': 'are',
      voljo: 'available',
      'mog|moj|moga|mojega|mojih|moje': 'my',
      'nasa|nase|nasi|naso': 'our',
      put: 'time',
      'ja|jaz': 'i',
      'dok|dokler': 'until',
      'sad|sada|zdaj|zaj': 'now',
      'mislim|mislimo|mislila|mislio|mislil': 'think',
      'prosli|prosle|proslog|proslom|prejsnji|prejsnjo|prejsnjem|prejsnje': 'last',
      'dugo|dolgo': 'long',
      isto: 'same',
      'tim|timu|tima': 'team',
      'bil|bila|bilo|bili|bio|bile': 'was',
      nego: 'rather',
    },
  ],
  // fix53b, tuned-steelworks: Serbian, Macedonian and Bulgarian in Cyrillic ('ru'): the hour ("сат", "саат", "часа"),
  // thanks, what and has ("какво има"), revoke in Macedonian ("отповикај", "отповикувај"), took, the trade's nouns.
  [
    ['ru'],
    false,
    {
      'сат|сата|сати|саат|саати|часа|часове|часот|часови|часу|часов': 'hours',
      'хвала|благодарам|благодаря|фала|мерси': '',
      'какво|шта|кво': 'what',
      'отповикај|отповикајте|отповикувај|отповикувајте|отповика|отповикаш|отповикате|отповикам|оттегли|оттеглете':
        'revoke',
      'отповикан|отповикана|отповикал|отповикала|отповикаа|оттеглен': 'revoked',
      'ротирај|ротирајте|ротирай|ротирайте|заротирај|заротирајте|завъртете|завърти': 'rotate',
      'моментът|момента|тренутно|моментално|моментот|сега|сад': 'right now',
      'взе|зе|узе|узео|узела|зеде|зела|взел|взела': 'took',
      'трафопоста|трафопост|трафостаница|трафостанице|трафостаницата|подстанцията|подстанция': 'substation',
      'токена|токенот|токенът': 'token',
      'целиот|целата|целото|целия|цялата|целу|цео': 'whole',
      само: 'only',
      // The rest of the paradigm in Cyrillic: new, create, revoke, history, costs, list, all, long- and short-term,
      // wait, ignore, wrong, don't, still, which kind, available.
      'нов|нова|ново|новия|новата|новиот|новог|новую|новият': 'new',
      'создади|создадете|создаде|создај|создајте|креирај|креирајте|креирате|генерирај|генерирајте|генерирай|генерирайте|създаи|създаите':
        'create',
      'создаден|создадена|креиран|креирана|създаден|създадена|направен|направена|направљен|направљена':
        'created',
      'опозови|опозовите|опозвати|опозовем|опозовеш|опозове|опозовете|опозову|опозовемо|поништим|поништиш|повучем|повучеш|отменим|отменя|отмениш|отповикаш':
        'revoke',
      'опозвао|опозвала|опозвали|опозван|отменен|отменена': 'revoked',
      'историја|историју|историје|историји|историјата': 'history',
      'трошкови|трошак|трошоци|трошокот|разходите|разход|разходи': 'costs',
      'сите|сви|све|свих|всички|всичките': 'all',
      'собственик|собственика|сопственик|сопственикот|власница': 'owner',
      'дугорочни|дугорочан|дуготрајни|дългосрочен|дългосрочния|долгорочен|долгорочниот': 'long-term',
      'краткорочни|краткорочан|краткосрочен|краткосрочния|краткорочен|краткорочниот': 'short-term',
      'чекај|чекајте|почекај|почекајте|сачекај|сачекајте|изчакай|изчакайте|почакай|почакайте': 'wait',
      'игнориши|игнорирај|игнорирајте|игнорирай|игнорирайте|занемари': 'ignore that',
      'погрешан|погрешен|погрешна|погрешниот|грешен|грешния|грешния': 'wrong',
      'немој|немојте|недей|недейте': "don't",
      'још|уште|още': 'still',
      'какви|какъв|каква|какво|каков|каква|какви': 'which',
      'достапни|достапно|достъпни|достъпно|доступни|налични|наличните': 'available',
      'мене|мени|мен': 'me',
      'тим|тима|тиму|тимот|екипа|екипата|екипу|екипот|екип': 'team',
      'тимови|тимове|тимовите|екипи|екипите': 'teams',
      'истиче|истекува|изтича|изтича': 'expires',
      'аккаунт|налог': 'account',
    },
  ],
  [['ru'], true, { 'го|ги|га': '', 'е|је': 'is' }],
];

/** Phrases read before the words (several words meaning one thing), with the language each marks. */
export const SLAVIC_PHRASES: [RegExp, string, Lang][] = [
  // fix53b, tuned-steelworks: read before the words and before "je" is read as "is". A value corrected by "I meant"
  // ("mislila sam 6", "htio sam 4"), by "… is enough" ("a ne, 2 je dosta"), a unit corrected by "ne, nego X" (no, but
  // X) and "ne čekaj" (no wait); the number word of a span marks the language ("token, tri sata", "dve ure", "pet dana").
  [
    /(?<![\p{L}])(?:(?:sorry|izvini|izvinite|oprosti|oprostite|pardon|sori)[\s,]+)?(?:mislila|mislio|mislil|mislim|htela|htjela|hteo|htio|hotel|hotela)\s+(?:sam|sem\s+)?\s*(?:na\s+|za\s+)?(?=\d)/giu,
    'no, i meant ',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:a\s+)?ne[\s,]+(\d+)\s*(?:h|sata|sati|ure|ur|dana|dni)?\s+(?:je\s+|bo\s+|će\s+biti\s+|ce\s+biti\s+)?(?:dosta|dovoljno|dovolj|zadosti|sasvim\s+dosta|ok)(?![\p{L}])/giu,
    'no, make it $1',
    'hr',
  ],
  [/(?<![\p{L}])ne[\s,]+nego\s+(?=\p{L})/giu, 'no, i meant ', 'hr'],
  [/(?<![\p{L}])ne[\s,]+(?:[čc]ekaj|[čc]ekajte|po[čc]akaj|pri[čc]ekaj)(?![\p{L}])/giu, 'no wait', 'hr'],
  [
    /(?<![\p{L}])(jedan|jednu|dva|dve|dvije|tri|[čc]etiri|[šs]tiri|pet|[šs]est|sedam|sedem|osam|osem|devet|deset|dvanaest|dvanajst|petnaest|petnajst|dvadeset|dvajset|trideset|[šs]ezdeset|[šs]estdeset|devedeset|devetdeset)\s+(sata|sati|ure|uri|ur|minuta|minut|dana|dni|dneva|meseca|mjeseca|meseci|mjeseci|mesece|mesecev|godine|godina|leti|let|leta|tjedna|tedna|tedne|nedelje|sedmice)(?![\p{L}])/giu,
    '$1 $2',
    'hr',
  ],
  // "ko je rotirao …", "ko je šta radio" (who did what), "kdaj je bil ustvarjen" (when was it made), "je li", "da li"
  // (a yes-no question: is, did), "može li", "smem li", "imamo li", "čuva li" (can, may, have we, does it keep).
  [
    /(?<![\p{L}])(?:ko|tko|kdo)\s+je\s+(?:[šs]ta|[šs]to|kaj)\s+(?:radio|radila|radili|uradio|delal|delala|po[čc]eo|po[čc]eo)(?![\p{L}])/giu,
    'who did what',
    'hr',
  ],
  [/(?<![\p{L}])(?:ko|tko)\s+je\s+(?:sve\s+)?(?=\p{L}+(?:ao|la|li|io|ilo|alo)(?![\p{L}]))/giu, 'who ', 'hr'],
  [/(?<![\p{L}])je\s+(?:bil|bila|bilo|bio|bila)\s+(?=\p{L})/giu, 'was ', 'hr'],
  [
    /(?<![\p{L}])(?:kad|kada|kdaj)\s+je\s+(?=\p{L}{3,}(?:jen|jena|jeno|ran|rana|rano|dan|dana|zvan|zvana|san|sana)(?![\p{L}]))/giu,
    'when was it ',
    'hr',
  ],
  [
    /(?<![\p{L}])je\s+(?=\p{L}{3,}(?:ljen|ljena|ljeno|iran|irana|irano|jen|jena|zvan|zvana|isan|isana|isano|izdan|izdana)(?![\p{L}]))/giu,
    'was ',
    'hr',
  ],
  [
    /(?<![\p{L}])do\s+(?:kad|kada|kdaj)\s+(?:va[žz]i|vredi|vrijedi|velja|traje)(?![\p{L}])/giu,
    'until when is it valid',
    'hr',
  ],
  // The default lifetime asked ("kad ističe api ključ po defaultu?", when does it expire by default) and a leak told
  // ("mislim da sam gurnuo token u git", I think I pushed my token to git): English's own turns for both.
  [
    /(?<![\p{L}])(?:kad|kada|kdaj)\s+(?:isti[čc]e|istekne|pote[čc]e|izte[čc]e)\s+([^?.!,]{1,30}?)\s+po\s+(?:defaultu|defoltu|default|podrazumevanom|podrazumijevanom)(?![\p{L}])/giu,
    'how long is $1 valid by default',
    'hr',
  ],
  [/(?<![\p{L}])mislim\s+da\s+(?:sam|smo|sem)(?![\p{L}])/giu, 'i think i', 'hr'],
  [
    /(?<![\p{L}])(gurnu(?:o|la|li)|pushal?[oa]?|pushnu(?:o|la)|commital?[oa]?|komitova(?:o|la))\s+(token\p{L}*|klju[čc]\p{L}*)\s+(?:u|na|v)\s+(?=\p{L})/giu,
    '$1 my $2 to ',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:[šs]ta|[šs]to|kaj)\s+(?:radi|uradi|naredi|dela|po[čc]ne)\s+([\p{L}\p{N}-]+)\s*\?/giu,
    'what does $1 do?',
    'hr',
  ],
  [/(?<![\p{L}])da\s+li\s+(?!da(?![\p{L}]))(?=\p{L}+(?:e|i|a)(?![\p{L}]))/giu, 'does it ', 'hr'],
  [
    /(?<![\p{L}])(?:[Jj]e|[Jj]el)\s+li\s+(\p{Lu}\p{L}+\s+)?(?=\p{L}+(?:la|lo|li|ao|io|eo)(?![\p{L}]))/gu,
    'did $1',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:izbri[šs]i|izbri[šs]ite|obri[šs]i|obri[šs]ite|odstrani|odstranite)\s+(?:potpuno|skroz|sasvim|kompletno|povsem|popolnoma|u\s+potpunosti)(?![\p{L}])/giu,
    'fully remove',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:smem|smijem|smemo|smijemo)\s+li\s+([^?.,!]{1,40}?)\s+da\s+(\p{L}+(?:im|em|am|imo|emo|amo))(?![\p{L}])/giu,
    'may i $2 $1',
    'hr',
  ],
  [/(?<![\p{L}])i\s+sam(?:a|o|i)?\s+(?=klju[čc]|token)/giu, 'the actual ', 'hr'],
  [/(?<![\p{L}])(?:kad|kada|ko)\s+(?:kucam|ukucam|tipkam|napi[šs]em)(?![\p{L}])/giu, 'when i type', 'hr'],
  [/(?<![\p{L}])(?:iz|od)\s+(?:bota|botu)(?![\p{L}])/giu, 'from the bot', 'hr'],
  [/(?<![\p{L}])(?:je|jel|je\s+l|jeli)\s+li(?![\p{L}])/giu, 'is', 'hr'],
  [/(?<![\p{L}])(?:mo[žz]e|mogu|mo[žz]emo)\s+li(?![\p{L}])/giu, 'can', 'hr'],
  [/(?<![\p{L}])(?:smem|smijem|smemo|smijemo|sme|smije)\s+li(?![\p{L}])/giu, 'may i', 'hr'],
  [/(?<![\p{L}])imamo\s+li(?![\p{L}])/giu, 'do we have', 'hr'],
  [/(?<![\p{L}])imate\s+li(?![\p{L}])/giu, 'do you have', 'hr'],
  [/(?<![\p{L}])(?:[čc]uva|hrani)\s+li(?![\p{L}])/giu, 'does keep', 'hr'],
  [/(?<![\p{L}])vidim\s+li(?![\p{L}])/giu, 'do i see', 'hr'],
  [/(?<![\p{L}])jesmo\s+li(?![\p{L}])/giu, 'are we', 'hr'],
  [
    /(?<![\p{L}])(?:ili|ali)\s+(?:jo[šs]|[šs]e)\s+(?:[čc]eka|[čc]aka)(?![\p{L}])/giu,
    'or is still waiting',
    'hr',
  ],
  [/(?<![\p{L}])(?:koje|koji|katere|kateri)\s+(?:sve|vse|svi|vsi)(?![\p{L}])/giu, 'which all', 'hr'],
  [/(?<![\p{L}])(?:koji|koje|katere|kateri)\s+su\s+(?:moji|moje|moja)(?![\p{L}])/giu, 'which are my', 'hr'],
  [/(?<![\p{L}])na\s+voljo(?![\p{L}])/giu, 'available', 'hr'],
  [/(?<![\p{L}])(?:kaj|[šs]ta|[šs]to)\s+je\s+(?=\p{L})/giu, 'what is ', 'hr'],
  [/(?<![\p{L}])po\s+(?:defaultu|defoltu|default|podrazumevanom)(?![\p{L}])/giu, 'by default', 'hr'],
  [/(?<![\p{L}])isto\s+(?:[šs]to|kao|kot)(?:\s+i)?(?![\p{L}])/giu, 'the same as', 'hr'],
  [/(?<![\p{L}])(?:[šs]ta|[šs]to|kaj)\s+(?:sad|sada|zdaj)(?![\p{L}])/giu, 'what now', 'hr'],
  [/(?<![\p{L}])(?:[šs]ta|[šs]to|kaj)\s+(?:je\s+)?bolje(?![\p{L}])/giu, 'which is better', 'hr'],
  [/(?<![\p{L}])(?:[šs]ta|[šs]to|kaj)\s+se\s+(?=de[šs]av|dogad|doga[đd]|zgodi|desil)/giu, 'what ', 'hr'],
  [/(?<![\p{L}])(?:[šs]ta|[šs]to)\s+(?=\p{L}+(?:ao|la|lo|li)\s)/giu, 'what ', 'hr'],
  [/(?<![\p{L}])(?:mo[žz]e|mogu)\s+(?=token|klju[čc])/giu, 'can ', 'hr'],
  [/(?<![\p{L}])du[žz]e\s+od(?![\p{L}])/giu, 'longer than', 'hr'],
  [/(?<![\p{L}])ne\s+znam(?![\p{L}])/giu, "i don't know", 'hr'],
  [
    /(?<![\p{L}])(?:molila|molio|htela|htjela|hteo|htio|[žz]elela|[žz]eljela|[žz]eleo|[žz]elio)\s+bih(?![\p{L}])/giu,
    'i would like',
    'hr',
  ],
  [
    /(?<![\p{L}])stavi(?:te)?\s+(?:standardno|default|po\s+defaultu|podrazumevano)(?![\p{L}])/giu,
    'use the default',
    'hr',
  ],
  [/(?<![\p{L}])stavi(?:te)?\s+van\s+snage(?![\p{L}])/giu, 'revoke', 'hr'],
  [/(?<![\p{L}])izdan\p{L}*\s+na\s+(?=\S+@)/giu, 'issued to ', 'hr'],
  [
    /(?<![\p{L}])(?:sa[čc]ekaj|sa[čc]ekajte|pri[čc]ekaj|pri[čc]ekajte|po[čc]akaj|po[čc]akajte|[čc]ekaj|[čc]ekajte)\s+(?:sa|s|z)\s+(?=\p{L})/giu,
    'hold off on the ',
    'hr',
  ],
  [/(?<![\p{L}])nemoj(?:te)?\s+jo[šs]\s+(?:da\s+)?(?=\p{L})/giu, 'do not yet ', 'hr'],
  [
    /(?<![\p{L}])(?:немој(?:те)?\s+(?:још|уште)|недей(?:те)?\s+още)\s+(?:да\s+)?(?=\p{L})/giu,
    'do not yet ',
    'ru',
  ],
  [/(?<![\p{L}])dok\s+ne(?![\p{L}])/giu, 'until', 'hr'],
  [
    /(?<![\p{L}])(?:kad|kada|ko)\s+sam\s+(?:ja\s+)?(?=po[čc]eo|po[čc]ela|do[šs]ao|do[šs]la|za[čc]el|pri[šs]el)/giu,
    'back when i ',
    'hr',
  ],
  [/(?<![\p{L}])(?:to|je\s+l\s+to|je\s+li\s+to|jel\s+to)\s+istina(?![\p{L}])/giu, 'is that true', 'hr'],
  [/(?<![\p{L}])(?:kateri|katere|koji|koje)\s+modeli(?![\p{L}])/giu, 'which models', 'hr'],
  [/(?<![\p{L}])(?:u|v)\s+(?:botu|botom)(?![\p{L}])/giu, 'in the bot', 'hr'],
  [/(?<![\p{L}])(?:за|в|во)\s+(?:последните|последниве)\s+(?=\d)/giu, 'in the last ', 'ru'],
  [/(?<![\p{L}])(?:в|во)\s+(?:момента|моментов|моментот)(?![\p{L}])/giu, 'right now', 'ru'],
  [/(?<![\p{L}])какво\s+има\s+(?=[\p{L}\p{N}]+[-_][\p{L}\p{N}])/giu, 'what keys does ', 'ru'],
  [
    /(?<![\p{L}])не\s+(?:отповикувај|отповикај|повлекувај|повлечи)\s+го\s+само(?![\p{L}])/giu,
    "don't just revoke",
    'ru',
  ],
  [/(?<![\p{L}])избриши\s+го\s+целиот(?![\p{L}])/giu, 'remove the whole unit', 'ru'],
  // A shipment's or a train's history is the trade's record, no unit's history ("povijest pošiljke …").
  [
    /(?<![\p{L}])(?:povijest|istorij[au]|historij[au]|zgodovin[ao])\s+(?=(?:po[šs]iljk|vagon|vlak|voz|tere[tć]|rob[eu]|kontejner|tovor)\p{L}*)/giu,
    'the tracking record of the ',
    'hr',
  ],
  // A unit corrected by "no" alone: "rotate the x key? ne, claims-desk" (nope, the other one).
  [/(?<=\?\s*)ne\s*,\s*(?=(?:za\s+)?[\p{L}\p{N}]+[-_][\p{L}\p{N}])/giu, 'nope, ', 'hr'],
  // "je" (is) in Serbian, Croatian, Bosnian and Slovenian, which the French glossary reads as "i" (and strong): only
  // before a word French never puts there ("je kod", "je v prilogi", "je default", "je skuplje", "je kasnila").
  [
    /(?<![\p{L}'’])je(?=\s+(?:u|v|na|za|od|kod|do|opet|samo|default|isti|ista|isto|ok|okej|moj|moja|tvoj|jako|vec|već|li|klju[čc]\p{L}*|token\p{L}*|unit\p{L}*|\p{L}{2,}(?:ao|io|eo|la|lo|li|ila|ala|ela|eno|ano|ena|ana|nje|je|ji))(?![\p{L}]))/giu,
    'is',
    'hr',
  ],
  // Thinking aloud, only asking: "samo razmišljam naglas", "samo pitam", "само питам", "просто питам".
  [
    /(?<![\p{L}])(?:samo\s+)?razmi[šs]lj(?:am|amo)\s+naglas|samo\s+razmi[šs]lj(?:am|amo)|samo\s+pitam|samo\s+me\s+zanima|samo\s+spra[šs]ujem/giu,
    'just thinking out loud',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:само|просто)\s+(?:питам|питувам|се\s+питам|размишљам)(?![\p{L}])/giu,
    'just thinking out loud',
    'ru',
  ],
  // How, how long, how many: "kako vidim …" (how do I see), "koliko traje token" (how long does it last), "koliko
  // ključeva može imati" (how many keys), "najkraći token koliko može biti" (how short can a token be).
  [/(?<![\p{L}])kako\s+(?=\p{L}+(?:im|em|am|imo|emo|amo)(?![\p{L}]))/giu, 'how do i ', 'hr'],
  [/(?<![\p{L}])koliko\s+(?:dugo\s+)?(?:traje|traju|važi|vazi|velja)(?![\p{L}])/giu, 'how long lasts', 'hr'],
  [/(?<![\p{L}])koliko\s+dugo(?![\p{L}])/giu, 'how long', 'hr'],
  [/(?<![\p{L}])koliko\s+(?=(?:klju[čc]|token|unit|jedinic|model|regij|enot)\p{L}*)/giu, 'how many ', 'hr'],
  [
    /(?<![\p{L}])(?:najkra[ćc]i|najkraj[šs]i)\s+token\s+koliko\s+(?:mo[žz]e|lahko)\s+(?:biti|bit|traja(?:ti|t))(?![\p{L}])/giu,
    'how short can a token be at most',
    'hr',
  ],
  [/(?<![\p{L}])koliko\s+kasni(?![\p{L}])/giu, 'how long does it lag', 'hr'],
  [
    /(?<![\p{L}])ne\s+(?:želimo|zelimo|želim|zelim|ho[ćc]emo|necemo)\s+(?:vi[šs]e\s+)?(?=\p{L})/giu,
    "we don't want to ",
    'hr',
  ],
  // The count of a span said in words, the unit in the genitive after it ("tri meseca", "dva tjedna", "три месяца",
  // "два месеца"): the plural unit, the number word glossed after.
  [
    /(?<![\p{L}])(dva|dve|dvije|tri|[čc]etiri|[šs]tiri|pet|[šs]est|sedam|osam|devet|deset|dvanaest)\s+(?:meseca|mjeseca|meseci|mjeseci|mesecev|mesece)(?![\p{L}])/giu,
    '$1 months',
    'hr',
  ],
  [
    /(?<![\p{L}])(dva|dve|dvije|tri|[čc]etiri|[šs]tiri|pet|[šs]est)\s+(?:tjedna|tjedana|sedmice|sedmica|nedelje|tedna|tedne|tednov)(?![\p{L}])/giu,
    '$1 weeks',
    'hr',
  ],
  [
    /(?<![\p{L}])(два|две|три|четыре|четири|пять|пет|шесть|шест|седем|седум|осем|осум|девет|десет)\s+(?:месяца|месяцев|месеца|месеци)(?![\p{L}])/giu,
    '$1 months',
    'ru',
  ],
  [
    /(?<![\p{L}])(два|две|три|четыре|четири|пять|пет|шесть|шест)\s+(?:недели|недель|седмици|седмице|недељe|недели)(?![\p{L}])/giu,
    '$1 weeks',
    'ru',
  ],
  // A request taken back: "a ne, zaboravi" (oh no, forget it), "nema veze" (never mind), "ne, ostavi ga" (no, leave it:
  // we keep it), "не, забрави", "остави го"; "da li si rotirao …" (have you rotated: asked of a person, told).
  [
    /(?<![\p{L}])(?:a\s+)?ne[\s,]+(?:zaboravi(?:te)?|pozabi(?:te)?|pusti|nema\s+veze|odustajem)(?:\s+to)?(?![\p{L}])/giu,
    'actually no, forget it',
    'hr',
  ],
  [/(?<![\p{L}])(?:nema\s+veze|nije\s+bitno|ni\s+pomembno|nema\s+potrebe)(?![\p{L}])/giu, 'never mind', 'hr'],
  [
    /(?<![\p{L}])(?:ne[\s,]+)?(?:ostavi|ostavite|ostavimo|pustimo|pusti|pustite)\s+(?:ga|to|je|jih|ih)(?![\p{L}])/giu,
    'no, we keep it',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:а\s+)?не[\s,]+(?:заборави(?:те)?|забрави(?:те)?|нема\s+везе|няма\s+значение)(?![\p{L}])/giu,
    'actually no, forget it',
    'ru',
  ],
  [
    /(?<![\p{L}])(?:не[\s,]+)?(?:остави|оставете|оставите|оставимо)\s+(?:го|га|то|ги|их)(?![\p{L}])/giu,
    'no, we keep it',
    'ru',
  ],
  [/(?<![\p{L}])(?:da\s+li\s+si|jesi\s+li|jel\s+si|jesi\s+ti)(?![\p{L}])/giu, 'have you', 'hr'],
  [/(?<![\p{L}])(?:да\s+ли\s+си|јеси\s+ли|дали\s+си)(?![\p{L}])/giu, 'have you', 'ru'],
  // fix52b, tuned-freight: South Slavic lifetimes in words, read before the words: an hour ("sat vremena", "za
  // час"), half an hour ("pola sata", "pol ure", "половин час", "пола час"), an hour and a half ("sat i po", "uro in
  // pol", "час и половина", "сат и по"), and hours and a half after a number ("2 sata i po").
  [/(?<![\p{L}])(?:(?:na|za)\s+)?(?:jedan\s+|en\s+)?sat\s+vremena(?![\p{L}])/giu, 'for an hour', 'hr'],
  [
    /(?<![\p{L}])(?:(?:na|za)\s+)?(?:pola|pol|pô)\s+(?:sata|ure|urice|ura)(?![\p{L}])/giu,
    'for half an hour',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:(?:na|za)\s+)?(?:jedan\s+|eno\s+)?(?:sat|uro|ura|uru)\s+(?:i|in)\s+(?:po|pol|pola)(?![\p{L}])/giu,
    'for an hour and a half',
    'hr',
  ],
  [/(?<![\p{L}])sat\s+ipo(?![\p{L}])/giu, 'an hour and a half', 'hr'],
  [
    /(?<![\p{L}\p{N}])(\d{1,2})\s*(?:sata|sati|ure|uri|ur|h)\s+(?:i|in)\s+(?:po|pol|pola)(?![\p{L}])/giu,
    '$1 and a half hours',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:(?:за|на)\s+)?(?:половин|пола|половина|пол)\s+(?:час|сат|саат|часа|сата)(?![\p{L}])/giu,
    'for half an hour',
    'ru',
  ],
  [
    /(?<![\p{L}])(?:(?:за|на)\s+)?(?:един\s+|еден\s+|један\s+)?(?:час|сат)\s+и\s+(?:половина|половин|пол|по|пола)(?![\p{L}])/giu,
    'for an hour and a half',
    'ru',
  ],
  [/(?<![\p{L}])(?:(?:за|на)\s+)?(?:један\s+)?сат\s+времена(?![\p{L}])/giu, 'for an hour', 'ru'],
  [/(?<![\p{L}])за\s+(?:един\s+|еден\s+)?час(?![\p{L}])/giu, 'for an hour', 'ru'],
  // A value corrected: "token 2h, a ne, neka bude 4" (no, let it be 4), "možda 4. ajde 4" (come on, 4), "не, нека биде
  // 4", "нека е 4": English's "no, make it 4".
  [
    /(?<![\p{L}])(?:(?:a\s+)?ne[\s,]+)?(?:neka\s+bude|nek\s+bude|neka\s+je|naj\s+bo|ajde|hajde|ajmo|stavi|stavite|daj)\s+(?=\d)/giu,
    'no, make it ',
    'hr',
  ],
  [
    /(?<![\p{L}])(?:(?:а\s+)?не[\s,]+)?(?:нека\s+(?:биде|буде|бъде|е)|ајде|айде|хайде|стави|сложи)\s+(?=\d)/giu,
    'no, make it ',
    'ru',
  ],
  // Who did it, what it does, how one does it: "ko je sve dobijao tokene", "kdo je ustvaril ključ … in kdaj", "kaj
  // naredi deprovision?" (what does it do: not "make"), "kako se pravi ključ", "kako da dobijem token", "как да си
  // взема токен?".
  [/(?<![\p{L}])(?:ko|tko)\s+je\s+(?:sve\s+)?(?=\p{L})/giu, 'who ', 'hr'],
  [/(?<![\p{L}])kdo\s+je\s+(?:vse\s+)?(?=\p{L}+l[aio]?(?![\p{L}]))/giu, 'who ', 'hr'],
  [/(?<![\p{L}])in\s+kdaj(?![\p{L}])/giu, 'and when', 'hr'],
  [/(?<![\p{L}])kaj\s+(?:naredi|dela|pocne|počne|stori)(?![\p{L}])/giu, 'what does', 'hr'],
  [/(?<![\p{L}])(?:šta|sta|što|sto)\s+(?:radi|uradi|napravi|čini|cini)(?![\p{L}])/giu, 'what does', 'hr'],
  [
    /(?<![\p{L}])kako\s+(?:se\s+)?(?:pravi|napravi|pravim|dobije|dobija|dobiva)(?![\p{L}])/giu,
    'how do i make',
    'hr',
  ],
  [/(?<![\p{L}])kako\s+(?:da\s+|se\s+)(?=\p{L})/giu, 'how do i ', 'hr'],
  [/(?<![\p{L}])как\s+да\s+(?:си\s+)?(?=\p{L})/giu, 'how do i ', 'ru'],
  // The asker's own units: "кои unit-и са мои?", "моите unit-и", "moji uniti?", "koji su moji uniti".
  [/(?<![\p{L}])units?-(?:и|ите|ови|овите|а|от)(?![\p{L}])/giu, 'units', 'ru'],
  [
    /(?<![\p{L}])(?:кои|кой|кој|које|који)\s+(?=(?:units|юнит|единиц|јединиц|модел|ключ|клуч|кључ)\p{L}*)/giu,
    'which ',
    'ru',
  ],
  [/(?<![\p{L}])(?:са|се|су)\s+(?:мои|моји|моите|мое|мој)\s*(?=[?.!]|$)/giu, 'are mine', 'ru'],
  [/(?<![\p{L}])(?:su|so)\s+(?:moji|moje|moja|moj)\s*(?=[?.!]|$)/giu, 'are mine', 'hr'],
  // Months ago: "преди три месеца", "пред два месеци", "pre dva meseca", "pred tremi meseci".
  [
    /(?<![\p{L}])(?:преди|пред)\s+(\d+|два|две|три|четири|пет|шест)\s+(?:месеца|месеци|months)(?![\p{L}])/giu,
    '$1 months ago',
    'ru',
  ],
  [
    /(?<![\p{L}])(?:pre|prije|pred)\s+(\d+|dva|dve|tri|cetiri|četiri|tremi|štirimi|stirimi)\s+(?:meseca|mjeseca|meseci|mjeseci|months)(?![\p{L}])/giu,
    '$1 months ago',
    'hr',
  ],
  // An hour and a half with no other Polish word ("token na półtorej godziny pls"): more-languages.ts reads the words.
  [/(?<![\p{L}])(?:na\s+)?p[óo][łl]torej\s+godziny(?![\p{L}])/giu, 'for an hour and a half', 'pl'],
  // An hour, a week, a day, said without a number.
  [/(?<![\p{L}])(?:на|за)\s+(?:одну\s+)?годину(?![\p{L}])/giu, 'for an hour', 'ru'],
  [/(?<![\p{L}])на\s+(?:один\s+)?час(?![\p{L}])/giu, 'for an hour', 'ru'],
  [/(?<![\p{L}])na\s+(?:odnu\s+|odin\s+)?(?:hodynu|godynu|chas)(?![\p{L}])/giu, 'for an hour', 'ru'],
  [/(?<![\p{L}])(?:на|за)\s+(?:один\s+)?(?:тиждень|неделю|седмица)(?![\p{L}])/giu, 'for a week', 'ru'],
  [/(?<![\p{L}])na\s+(?:tyzhden|tyzhden'|nedelyu|nedelju)(?![\p{L}])/giu, 'for a week', 'ru'],
  [/(?<![\p{L}])na\s+(?:jeden\s+)?tydzie[nń](?![\p{L}])/giu, 'for a week', 'pl'],
  [/(?<![\p{L}])na\s+(?:jeden\s+)?t[ýy](?:den|[žz]de[nň])(?![\p{L}])/giu, 'for a week', 'cs'],
  [/(?<![\p{L}])(?:на|за)\s+(?:один\s+)?день(?![\p{L}])/giu, 'for a day', 'ru'],
  [/(?<![\p{L}])na\s+(?:jeden\s+)?dzie[nń](?![\p{L}])/giu, 'for a day', 'pl'],
  // Hours and minutes joined by the language's "and" ("2 godziny i 15 minut", "2 hodiny a 15 minut", "2 ore și 15
  // minute", "2 години і 15 хвилин"): the glossary has already read the units after a digit as English.
  [/(?<=\d\s*(?:hours?|godzin\p{L}*))\s+i\s+(?=\d+\s*(?:minutes?|minut\p{L}*)(?![\p{L}]))/giu, ' and ', 'pl'],
  [/(?<=\d\s*(?:hours?|hodin\p{L}*))\s+a\s+(?=\d+\s*(?:minutes?|minut\p{L}*)(?![\p{L}]))/giu, ' and ', 'cs'],
  [
    /(?<=\d\s*(?:hours?|or[eăa]))\s+(?:[șş]i|si)\s+(?=\d+\s*(?:minutes?|minut\p{L}*)(?![\p{L}]))/giu,
    ' and ',
    'ro',
  ],
  [
    /(?<=\d\s*(?:hours?|годин\p{L}*|час\p{L}*))\s+[іи]\s+(?=\d+\s*(?:minutes?|хвилин\p{L}*|минут\p{L}*)(?![\p{L}]))/giu,
    ' and ',
    'ru',
  ],
  // A value corrected by "make it 4" ("token na 2 godziny... kurde, zrób 4", "udělej 4", "зроби 4", "сделай 4").
  [/(?<![\p{L}])(?:zr[óo]b|zr[óo]bcie|niech\s+b[ęe]dzie)\s+(?=\d)/giu, 'make it ', 'pl'],
  [/(?<![\p{L}])(?:ud[ěe]lej|ud[ěe]lejte|sprav)\s+(?=\d)/giu, 'make it ', 'cs'],
  [/(?<![\p{L}])(?:зроби|зробіть|сделай|сделайте|давай)\s+(?=\d)/giu, 'make it ', 'ru'],
  [/(?<![\p{L}])f[ăa]-l\s+(?=\d)/giu, 'make it ', 'ro'],
  // A key or token made: "зроби ключ для x" (make), as "створи" is.
  [
    /(?<![\p{L}])(?:зроби|зробіть|зробити|сделай|сделайте)\s+(?=(?:(?:новий|новый|новии|новыи|мені|мне|нам)\s+)?(?:ключ|токен|api|апі|апи)(?![\p{L}]))/giu,
    'create ',
    'ru',
  ],
  // A unit's keys asked after: "ce chei are cash-collection?" (what keys does it have).
  [
    /(?<![\p{L}])ce\s+chei\s+are\s+([\p{L}\p{N}][\p{L}\p{N}_.-]*)(?=\s*(?:\?|$))/giu,
    'what keys does $1 have',
    'ro',
  ],
  // History of keys over a span: "история ключей x за последние 30 дней" (in the last 30 days).
  [/(?<![\p{L}])за\s+(?=(?:последние|последних|останні|останніх)\s)/giu, 'in the ', 'ru'],
  [/(?<![\p{L}])(?:история|історія)\s+(?=(?:ключ|токен|змін|изменени|ротац))/giu, 'history of ', 'ru'],
  // When a key was made: "коли створили ключ для x?" (when was the key for x created).
  [
    /(?<![\p{L}])(?:коли|когда)\s+(?:створили|створено|создали|создан)\s+ключ\s+(для\s+)?([\p{L}\p{N}][\p{L}\p{N}_.-]*)\s*\?/giu,
    'when was the key for $2 created?',
    'ru',
  ],
  // Spend over a period: "2 miesiące temu" (months ago), "v etom mesyatse" (this month, typed in Latin letters).
  [/(?<![\p{L}])v\s+(?:etom|tsomu|tsyomu)\s+(?:mesyatse|misyatsi)(?![\p{L}])/giu, 'this month', 'ru'],
  [/(?<![\p{L}])(?:v|u)\s+(?:proshlom|mynulomu)\s+(?:mesyatse|misyatsi)(?![\p{L}])/giu, 'last month', 'ru'],
  // Spent on: Czech "za" after the spending ("kolik jsme utratili za AI", "útrata za x").
  [/(?<![\p{L}])(utratili|utratil[aoy]?|utr[áa]celi|[úu]trata|n[áa]klady)\s+za(?=\s)/giu, '$1 on', 'cs'],
  // The units one owns: "které unity jsou moje?", "které jsou moje unity?" (which are mine), "arată-mi unit-urile
  // mele" (show me my units), "kakie u nas yunity est?" (which units do we have).
  [/(?<![\p{L}])(?:jsou|s[ąa]|sú)\s+(?:moje|moj[ei]|m[oó]je)\s*\?/giu, 'are mine?', 'cs'],
  [/(?<![\p{L}])ar[ăa]t[ăa]-mi(?![\p{L}])/giu, 'show me', 'ro'],
  [/(?<![\p{L}])unit-urile\s+mele(?![\p{L}])/giu, 'my units', 'ro'],
  [/(?<![\p{L}])unit-urile(?![\p{L}])/giu, 'units', 'ro'],
  [
    /(?<![\p{L}])(?:kakie|kakiye|yaki)\s+u\s+nas\s+(?:yunity|yuniti|yunitov|unity)(?:\s+(?:est|yest|ye))?(?![\p{L}])/giu,
    'which units do we have',
    'ru',
  ],
  // Help: "co umiesz?", "co umíš?", "čo vieš?", "що вміє цей бот?", "что ты умеешь?" (what can you do).
  [/(?<![\p{L}])co\s+(?:umiesz|potrafisz)(?:\s+robi[ćc])?(?![\p{L}])/giu, 'what can you do', 'pl'],
  [
    /(?<![\p{L}])(?:co|čo|co)\s+(?:um[íi][šs]|um[íi]te|vie[šs]|viete)(?:\s+d[ěe]lat|\s+robi[tť])?(?![\p{L}])/giu,
    'what can you do',
    'cs',
  ],
  [
    /(?<![\p{L}])(?:що|что)\s+(?:(?:ти|ты|ви|вы)\s+)?(?:вміє|вмієш|вмієте|умеет|умеешь|умеете|може|может)(?:\s+(?:робити|делать))?(?:\s+(?:цей|цеи|этот)\s+бот)?(?![\p{L}])/giu,
    'what can you do',
    'ru',
  ],
  [/(?<![\p{L}])ce\s+(?:[șş]tii|po[țţ]i)\s+s[ăa]\s+faci(?![\p{L}])/giu, 'what can you do', 'ro'],
  [/(?<![\p{L}])(?:за\s+замовчуванням|по\s+умолчанию)(?![\p{L}])/giu, 'by default', 'ru'],
  [/(?<![\p{L}])jak\s+dlouho(?![\p{L}])/giu, 'how long', 'cs'],
  [
    /(?<![\p{L}])(?:скільки|сколько)\s+(?:максимум\s+)?(?:може|может)\s+(?:жити|жить|діяти|действовать)\s+(?:токен|ключ)/giu,
    'what is the maximum a token can last',
    'ru',
  ],
  [/(?<![\p{L}])dzia[łl]a\s+z(?=\s)/giu, 'works with', 'pl'],
  [/(?<![\p{L}])czy\s+tylko\s+z(?=\s)/giu, 'or only with', 'pl'],
  [/(?<![\p{L}])(?:jak\s+)?(?:vytvo[řr][íi]m|vytvo[řr][íi]me)(?![\p{L}])/giu, 'how do i create', 'cs'],
  // A year, "na rok", "na jeden rok", "ważny rok" (valid for a year), and half a year, "na pół roku".
  [
    /(?<![\p{L}])(?:na|wa[żz]ny|wa[żz]na|platn[ýy]|platn[áa])\s+(?:jeden\s+)?rok(?![\p{L}])/giu,
    'for a year',
    'pl',
  ],
  [/(?<![\p{L}])na\s+p[óo][łl]\s+roku(?![\p{L}])/giu, 'for half a year', 'pl'],
  [/(?<![\p{L}])na\s+p[uůo]l\s+roku(?![\p{L}])/giu, 'for half a year', 'cs'],
  // The unit meant: "chodzi o unit x" (it is about), "ne, myslel jsem y" (no, I meant), "co to za klucz" (what key is
  // this).
  [/(?<![\p{L}])chodzi\s+(?:mi\s+)?o(?=\s)/giu, 'i mean', 'pl'],
  [/(?<![\p{L}])(?:ne[\s,]+)?(?:myslel[ai]?|myslela)\s+jsem(?![\p{L}])/giu, 'no, i meant', 'cs'],
  [/(?<![\p{L}])co\s+to\s+za(?=\s)/giu, 'what is this', 'pl'],
  // The trade's own history, not a key's: "istoricul de vânzări" (the sales' history).
  [/(?<![\p{L}])istoric(?:ul)?\s+de\s+(?=\p{L})/giu, 'history of ', 'ro'],
  [/(?<![\p{L}])wydali[śs]my\s+na(?=\s)/giu, 'did we spend on', 'pl'],
  [/(?<![\p{L}])trzeba\s+by(?![\p{L}])/giu, 'we would need', 'pl'],
  [/(?<![\p{L}])cz[ęe][śs]ci\s+zamienn\p{L}*/giu, 'spare parts', 'pl'],
  [/(?<![\p{L}])vie\s+niekto(?![\p{L}])/giu, 'does anyone know', 'cs'],
  [/(?<![\p{L}])[čc]o\s+to\s+je\s*\?/giu, 'what it is?', 'cs'],
  [/(?<![\p{L}])co\s+ten\s+bot\s+(?:umie|potrafi)(?![\p{L}])/giu, 'what can the bot do', 'pl'],
  [/(?<![\p{L}])хочу\s+(?=зрозуміти|понять|разобраться)/giu, 'i want to ', 'ru'],
  [/(?<![\p{L}])(?:є|есть)\s+(?=(?:інструкці|инструкци|мануал))/giu, 'is there ', 'ru'],
  [/(?<![\p{L}])odbierz(?:cie)?\s+(?=klucz|token)/giu, 'revoke ', 'pl'],
  [/(?<![\p{L}])lista\s+de\s+unit(?:[ăa][țţ]i|ati)(?![\p{L}])/giu, 'units', 'ro'],
  [
    /(?<![\p{L}])co\s+m[áa]\s+([\p{L}\p{N}][\p{L}\p{N}_.-]*)\s+za\s+kl[íi][čc]e(?![\p{L}])/giu,
    'what keys does $1 have',
    'cs',
  ],
  [/(?<![\p{L}])cel(?:ou|ý|y|á|a)\s+jednotk\p{L}*/giu, 'the whole unit', 'cs'],
  [
    /(?<![\p{L}])(?:за|za)\s+(?:прошлую|минулий|минулого|прошлой)\s+(?:неделю|тиждень)(?![\p{L}])/giu,
    'last week',
    'ru',
  ],
  [/(?<![\p{L}])(?:история|історія)\s+(?=(?:за|по)\s)/giu, 'history ', 'ru'],
  [
    /(?<![\p{L}])(?:за\s+)?(\d+)\s+(?:months?|месяца|месяцев|місяці|місяців)\s+(?:назад|тому)(?![\p{L}])/giu,
    '$1 months ago',
    'ru',
  ],
  [/(?<![\p{L}])по\s+(?=[\p{L}\p{N}]+[-_])/giu, 'for ', 'ru'],
  [/(?<![\p{L}])(?:як|как)\s+(?:отримати|получить|взять)(?![\p{L}])/giu, 'how do i get', 'ru'],
  [
    /(?<![\p{L}])(?:як|как)\s+(?:смотреть|посмотреть|подивитися|дивитися|побачити)(?![\p{L}])/giu,
    'how do i see',
    'ru',
  ],
  [/(?<![\p{L}])jak\s+d[łl]ugo(?![\p{L}])/giu, 'how long', 'pl'],
  [/(?<![\p{L}])czeka\s+si[ęe](?![\p{L}])/giu, 'does one wait', 'pl'],
  [/(?<![\p{L}])po\s+prostu(?![\p{L}])/giu, 'just', 'pl'],
  [/(?<![\p{L}])c[âa]t\s+timp(?![\p{L}])/giu, 'how long', 'ro'],
  [/(?<![\p{L}])koliko\s+najdu[žz]e\s+mo[žz]e\s+trajati(?![\p{L}])/giu, 'how long can at most last', 'hr'],
  // A unit corrected by "no" alone: "zrotuj klucz x? nie, doc-search" (nope, the other one).
  [/(?<=\?\s*)nie\s*,\s*(?=(?:dla\s+)?[\p{L}\p{N}]+[-_][\p{L}\p{N}])/giu, 'nope, ', 'pl'],
  // Taken back: "zruš klíč pro x? ne, nech to být" (leave it), "не треба ротувати" (no need to rotate), "nu mai e
  // nevoie de token" (no longer needed).
  [
    /(?<![\p{L}])(?:ne[\s,]+)?nech(?:te)?\s+(?:to|ho|ji)\s+(?:b[ýy]t|tak)(?![\p{L}])/giu,
    'no, leave it',
    'cs',
  ],
  [
    /(?<![\p{L}])je[šs]t[ěe]\s+(?:ho|ji|je|to)\s+(?:pot[řr]ebuj(?:eme|u|i)|pou[žz][íi]v(?:[áa]me|[áa]m))(?![\p{L}])/giu,
    'we still need it',
    'cs',
  ],
  [
    /(?<![\p{L}])(?:казала|казав|казали|сказала|сказав|сказали|говорила|говорив|сказал|говорил)\s*,?\s+(?:що|что)\s+(?:вже|уже)\s+(?:зробила|зробив|зробили|сделала|сделал|сделали)(?![\p{L}])/giu,
    'said that she already made',
    'ru',
  ],
  // A month named in the Polish locative ("spend for x w listopadzie", in November).
  [
    /(?<![\p{L}])w\s+(?=(?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrze[śs]niu|pa[źz]dzierniku|listopadzie|grudniu)(?![\p{L}]))/giu,
    'in ',
    'pl',
  ],
  [/(?<![\p{L}])(?:не|ні)\s+(?:треба|потрібно|нужно|надо)\s+(?=\p{L})/giu, "don't ", 'ru'],
  [/(?<![\p{L}])nu\s+mai\s+(?:e|este|am|avem)\s+nevoie(?:\s+de)?(?![\p{L}])/giu, 'no longer need', 'ro'],
  [/(?<![\p{L}])revoc[ăa]-o\s+de\s+tot(?![\p{L}])/giu, 'revoke it completely', 'ro'],
];

/** What starts a phrase above with no strong word of its language (for MORE_PHRASE_TRIGGER). */
export const SLAVIC_PHRASE_TRIGGER = String.raw`\?\s*ne\s*,|razmi[šs]lj|samo\s+(?:pitam|me\s+zanima|spra[šs]ujem)|(?:само|просто)\s+(?:питам|питувам|се\s+питам)|koliko\s|najkra[ćc]i\s+token|(?:два|две|три|четыре|четири|пять|пет|шест)\s+(?:месяца|месеца|месеци|недели|седмици)|ne[\s,]+(?:zaboravi|pozabi|pusti|nema\s+veze)|nema\s+veze|nije\s+bitno|(?:ostavi|ostavite|pustimo)\s+(?:ga|to)|не[\s,]+(?:заборави|забрави)|(?:остави|оставете)\s+(?:го|га)|da\s+li\s+si|jesi\s+li|да\s+ли\s+си|sat\s+(?:vremena|i|in|ipo)|(?:pola|pol|pô)\s+(?:sata|ure|ura)|(?:uro|ura|uru)\s+(?:i|in)\s+po|(?:половин|пола|половина|пол)\s+(?:час|сат|саат)|(?:час|сат)\s+и\s+по|сат\s+времена|за\s+(?:един\s+|еден\s+)?час|neka\s+bude|nek\s+bude|naj\s+bo|(?:ajde|hajde|ajmo)\s+\d|нека\s+(?:биде|буде|бъде|е)|kaj\s+(?:naredi|dela)|kako\s|как\s+да|units?-(?:и|ите|ови|а)|(?:са|се|су)\s+(?:мои|моји|моите)|(?:su|so)\s+(?:moji|moje)|(?:преди|пред)\s+\S+\s+месе|(?:ko|tko|kdo)\s+je\s|p[oó][lł]torej\s+godziny|na\s+(?:odnu\s+|odin\s+)?(?:hodynu|godynu|chas|tyzhden|nedelyu|nedelju)|na\s+(?:jeden\s+)?(?:tydzie[nń]|t[ýy]den|t[ýy][žz]de[nň]|dzie[nń])|(?:hours?|godzin\S*|hodin\S*|or[eăa])\s+(?:i|a|[șş]i|si)\s+\d+\s*minut[a-z]*|zr[óo]b(?:cie)?\s+\d|niech\s+b[ęe]dzie\s+\d|ud[ěe]lej(?:te)?\s+\d|f[ăa]-l\s+\d|ce\s+chei\s+are|v\s+(?:etom|tsomu|tsyomu|proshlom|mynulomu)\s+(?:mesyatse|misyatsi)|(?:kakie|kakiye|yaki)\s+u\s+nas|ar[ăa]t[ăa]-mi|unit-urile|co\s+(?:umiesz|potrafisz|um[íi][šs]|um[íi]te)|[čc]o\s+vie[šs]|ce\s+(?:[șş]tii|po[țţ]i)\s+s[ăa]|jak\s+dlouho|dzia[łl]a\s+z|czy\s+tylko\s+z|vytvo[řr][íi]me?|nech(?:te)?\s+(?:to|ho|ji)\s+(?:b[ýy]t|tak)|nu\s+mai\s+(?:e|este|am|avem)\s+nevoie|revoc[ăa]-o|(?:na|wa[żz]ny|wa[żz]na)\s+(?:jeden\s+)?rok|na\s+p[óo][łl]\s+roku|na\s+p[uůo]l\s+roku|chodzi\s+(?:mi\s+)?o|myslel[ai]?\s+jsem|myslela\s+jsem|co\s+to\s+za|istoric(?:ul)?\s+de|trzeba\s+by|vie\s+niekto|co\s+ten\s+bot|lista\s+de\s+unit|co\s+m[áa]\s+\S+\s+za\s+kl[íi][čc]e|cel(?:ou|ý|y|á|a)\s+jednotk|jak\s+d[łl]ugo|czeka\s+si[ęe]|po\s+prostu|c[âa]t\s+timp|koliko\s+najdu[žz]e|w\s+(?:styczniu|kwietniu|czerwcu|lipcu|sierpniu|wrze[śs]niu|pa[źz]dzierniku|listopadzie|grudniu)|(?:mislila|mislio|mislil|htela|htjela|hteo|htio)\s+(?:sam|sem)\s+\d|ne[\s,]+\d+\s*\S*\s+(?:je\s+)?(?:dosta|dovoljno|dovolj)|ne[\s,]+nego\s|ne[\s,]+[čc]ekaj|(?:jedan|dva|dve|dvije|tri|[čc]etiri|[šs]tiri|pet|[šs]est|sedam|sedem|osam|osem|devet|deset|dvanaest|dvanajst|petnaest|dvadeset|trideset|devedeset)\s+(?:sata|sati|ure|uri|ur|dana|dni|dneva|meseca|mjeseca|meseci|mesece|godine|godina|leti|leta|tjedna|tedna|nedelje)|(?:je|mo[žz]e|smem|smijem|imamo|jesmo|vidim|[čc]uva)\s+li\s|na\s+voljo|stavi(?:te)?\s+(?:\d|van\s+snage|standardno)|(?:stavi|stavite|daj)\s+\d|nemoj(?:te)?\s+jo[šs]|какво\s+има|немој(?:те)?\s+(?:још|уште)|недей(?:те)?\s+още`;
