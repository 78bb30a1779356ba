/**
 * fix61 units: the small words of other languages that join a unit's name to the rest of a sentence, never a name
 * themselves. A request typed in Turkish, Swedish, Polish, Spanish, Portuguese, Vietnamese, Hindi/Marathi, Tagalog
 * or Indonesian puts them right next to the unit ("iptal et şu izmir-bookings key'ini", "vad har store-listing-loc
 * för nycklar?", "zrotuj mu klucz", "api key cho medInfoBot", "unit parksense band karna hai", "pakirevoke na po
 * agad"), and read as name words they became the unit ("vad", "mu") or were joined to it ("su-izmir-bookings",
 * "cho-med-info-bot", "parksense-band-karna"). README "No unit": a word of the sentence names none.
 * Only words no team would be called by: pronouns, demonstratives, particles, postpositions, question words and
 * the verbs of asking ("karna", "quiere"). Words that could also be a short name in English ("sa", "band") are left out.
 */
export const FOREIGN_GLUE_WORDS: ReadonlySet<string> = new Set(
  [
    // Turkish: "this/that", the question particle, "for", "and".
    'şu su şunu bunu icin için mı mi mu mü ve',
    // Swedish, Danish, Norwegian: "what", "has", "and", "it", "shall", "for the".
    'vad har och og det skal ska skall',
    // The article "a/an" of Danish, Swedish and Dutch, and "in" of Spanish and French ("have en access key").
    'en',
    // Polish: "him/it", "only", "for", "her".
    'tylko dla jej',
    // Spanish and Portuguese: "but", "by/for", "how many", "this", "urgent", "wants", "for the" ("pro time de X").
    'pero por cuantas cuantos cuanto cuanta cuántas cuántos cuánto esto eso urgente quiere quieren pro pra pros pras',
    // Vietnamese: "for", "of", the softening "nha".
    'cho của cua nha',
    // Hindi, Urdu and Marathi in Latin letters: postpositions and the verbs "do/make", "give".
    'karna karni karo karun kariye dya dyaa sathi liye ka ki ke ko se bhi aur wala wale wali',
    // Tagalog and Indonesian/Malay: "at once", "the", "of", "for", "please".
    'agad ng yung namin buat untuk utk yg yang dong lah',
  ]
    .join(' ')
    .split(' '),
);
