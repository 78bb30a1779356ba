/**
 * Round fifty-seven (help or not; tuned-broadcast, -hospitals, -vineyards, -utility, -styles-aegean, -styles-cjk,
 * -styles-latam, -styles-sea, -styles-slavic): a token question in another language that asks what is possible, not
 * for a token now (README "A question that asks for a token is a request", its exceptions, and "Help carries no
 * lifetime"): in theory ("teorik olarak", "teoretycznie", "理論上"), on a condition ("si mi jefe me autoriza", "nếu sếp
 * đồng ý", "kama manager akikubali"), against the limit ("plus de 12 heures", "περισσότερο από 12 ώρες", "12小时以上",
 * "якщо ні то скільки максимум"), a bound asked ("minimum pour un token c'est combien?", "existe tamanho mínimo?"),
 * whether a token lasts so long ("est-ce qu'un token peut durer deux jours?", "πόσο κρατάει ένα token"), or "just
 * asking" ("只是问问"). Help, topic limits, with no lifetime. English is read in limit-asked.ts.
 * Read on the lowercased message, only once the message reads as a token asked and is a question (a "?" or a
 * question particle); each marker is a literal phrase, so the test is one alternation.
 */

/**
 * A question: its mark (Greek writes it ";": "… 12 ώρες;"), or a question particle that ends the sentence ("… được
 * không", "… không vậy").
 */
const QUESTION = /[?？]|[\u0370-\u03ff][;\u037e]|(?:được\s+không|không\s+vậy|ko\s+a)\s*$/;

/** What is asked about rather than for, in the languages the corpus writes. */
const POSSIBLE_ASKED = new RegExp(
  [
    // in theory
    String.raw`\bteorik(?:\s+olarak)?\b`,
    String.raw`\bteoretycznie\b`,
    'теоретично',
    'теоретически',
    String.raw`\ben\s+th[ée]orie\b`,
    String.raw`\ben\s+teor[ií]a\b`,
    String.raw`\bem\s+teoria\b`,
    String.raw`\bin\s+teoria\b`,
    String.raw`\btheoretisch\b`,
    '理論上',
    '理论上',
    String.raw`\bvề\s+lý\s+thuyết\b`,
    // on a condition: the boss, the manager agreeing
    String.raw`\bsi\s+(?:mi|mon|ma)\s+(?:jef[ea]|chef(?:fe)?|manager|gerente|responsable)\b`,
    String.raw`\bse\s+(?:o\s+)?(?:meu|minha)\s+(?:chef[ea]|gestor[a]?|gerente)\b`,
    String.raw`\bnếu\s+sếp\b`,
    String.raw`\bkama\s+\w+\s+akikubali\b`,
    String.raw`\bwenn\s+(?:mein|meine)\s+(?:chef|chefin|manager|managerin)\b`,
    String.raw`\bje(?:ś|s)li\s+(?:mój\s+)?(?:szef|kierownik|manager)\b`,
    // against the limit: more than, above, up to
    String.raw`\bplus\s+de\s+12\b`,
    String.raw`\bm[aá]s\s+de\s+12\b`,
    String.raw`\bmais\s+de\s+12\b`,
    'περισσότερο από',
    'πάνω από',
    'μέχρι 12',
    '小时以上',
    '時間以上',
    '最多',
    'максимум',
    // a bound asked
    String.raw`\bminimum\s+pour\b`,
    String.raw`\bm[íi]nimo\b`,
    String.raw`\bexiste\s*\?`,
    // whether a token lasts so long
    String.raw`\bpeut\s+durer\b`,
    String.raw`\bpuede\s+durar\b`,
    String.raw`\bpode\s+durar\b`,
    'πόσο κρατάει',
    // just asking
    '只是问问',
    '只是問問',
    String.raw`\bsolo\s+(?:pregunto|preguntaba)\b`,
    String.raw`\bjuste\s+pour\s+savoir\b`,
    String.raw`\bs[oó]\s+perguntando\b`,
    String.raw`\bchỉ\s+hỏi\b`,
  ].join('|'),
);

/** Whether a message read as a token asked asks, in another language, what is possible rather than for a token now. */
export function possibleAskedAbroad(lowered: string): boolean {
  return QUESTION.test(lowered) && POSSIBLE_ASKED.test(lowered);
}
