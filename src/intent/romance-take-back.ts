/**
 * fix49j (hunt of look-alikes in Italian, Spanish of Spain, Catalan and Portuguese of Portugal): a request taken back by
 * a clause of its own after it, in those languages, where no language need be detected first (the surface glossary
 * reads "olvídalo" and "lascia perdere" only in a text it knows as Spanish or Italian, and Catalan it does not know):
 * "revoca la clave de X. bueno no, déjalo" (leave it), "token de 2h sisplau... oblida-ho, ja està solucionat" (forget it,
 * it's sorted), "revoga a chave de X. afinal não, esquece" (forget it), "dammi un token di 2h — scherzo, non mi serve"
 * (just kidding, I don't need it), "dame un token de 2h, es broma". Only after a mark that ends the request (a comma, a
 * full stop, a dash), as a clause of its own ("lascia stare quella di X", leave X's alone, and "déjalo a mi nombre",
 * leave it in my name, take nothing back), and only when what follows asks for nothing: no number, none of our words
 * and no "instead" ("…, olvídalo, mejor la de crm-ia" corrects the request); "scherzo a parte" (joking aside) neither.
 */

/** A cheap test first: one of the take-back words' stems. (fix55: and "déjalo así", leave it as it is.) */
const WORDS =
  /cancela|equivo|engan|jalo|jala|dalo|-ho|esque|deixa|lascia|broma|brinca|scherz|espera|aspett|momento|ignor|sbagliat|equivocad|errad|equivocat|teniamo|manten|dai/;

const TAKE_BACK = new RegExp(
  String.raw`(?:[,.;:!?…—–-]|\n\n)[ \t]*(?:(?:ah|oh|eh|bueno|bé|be|bo|anzi|afinal|vale|ok|mira|ops|oops|ups|uy|ui|uff|scusate|scusa|perd[oó]n|desculp[ae]|disculp[ae]d?|na[ \t]+verdade|pensando[ \t]+bem)[ \t,.!…]+)?(?:(?:no|não|nao)[ \t,.!…]+(?:dai[ \t,.!…]+)?)*(?:(?:mejor|millor|melhor|mellor|meglio)[ \t,.!…]+)?` +
    // fix52a: "deixa" alone, "deixa quieto", "deixa pra lá" (leave it), "cancela" alone (cancel it) after "não".
    String.raw`(?:d[ée]jal[oa]s?(?:[ \t]+(?:as[ií]|tal[ \t]+cual|como[ \t]+est[áa]n?|estar))?(?:[ \t]+(?:por[ \t]+ahora|de[ \t]+momento|por[ \t]+el[ \t]+momento))?|olv[ií]dalo|deixa-ho(?:[ \t]+c[óo]rrer)?|oblida-ho|esquece(?:-o)?|esque[çc]a|deixa(?:[ \t]+(?:estar|l[áa]|quieto|pra[ \t]+l[áa]|para[ \t]+l[áa]))?|cancela|` +
    String.raw`lascia(?:mo)?[ \t]+(?:stare|perdere)|(?:[ée]s|era)[ \t]+broma|(?:[ée]|estou|era|tava|estava)[ \t]+a[ \t]+brincar|` +
    String.raw`scherzo(?![ \t]+a[ \t]+parte)|st(?:o|avo)[ \t]+scherzando|` +
    // fix50c: "lasciala", "déjala", "deixa-a"; "ignorate", "ignorad", "ignorem", "ignoreu"; the wrong channel; "wait, no"
    // with the reason the thing is kept ("espera, não, ainda estão a usar"); "no dai, teniamo la unit" (we keep it).
    String.raw`lascia(?:la|lo|le|li|mola|molo)|d[ée]ja(?:la|las|los)|deixa-(?:a|o|as|os)|ignora(?:te|teci|temi|telo)(?:[ \t]+(?:il|el|o|la|lo)[ \t]+(?:messaggio|mensaje|mensagem|missatge))?|ignorad(?:lo|la)?|` +
    String.raw`(?:me[ \t]+equivoqu[ée]|ho[ \t]+sbagliato|m['’]he[ \t]+equivocat|enganei-me)[ \t]+(?:de[ \t]+|di[ \t]+|no[ \t]+)?canale?|` +
    String.raw`ignor(?:em|eu)(?:-ho)?|(?:canale|canal)[ \t]+(?:sbagliato|equivocado|errado|equivocat|incorrecto|incorrecte|err[oó]neo)|` +
    String.raw`(?:espera|esperad|esperem|aspetta|aspettate|un[ \t]+momento|um[ \t]+momento)[ \t,.!…]+(?:no|não|nao)(?=[ \t,.!…]+(?:ainda|ancora|todav[ií]a|a[uú]n|encara|(?:la|lo|a|o)[ \t]+(?:stanno|est[áa]n|est[ãa]o|usan|usano|usam))[ \t])|` +
    String.raw`(?:teniamo|manteniamo|mantenemos|mantemos|mantenim|la[ \t]+teniamo|la[ \t]+mantenemos)[ \t]+(?:la|el|a|o|l['’])[ \t]*(?:unit|unidad|unidade|unitat|unità|chiave|clave|chave|clau|key)\b)` +
    String.raw`(?=[ \t]*(?:[,.;:!?…—–-]|$))([^\n]{0,80})$`,
  'u',
);

/** What may follow the take-back: no value and none of our request words ("…, ho risolto", "…, ya está"). */
const ASKS_AGAIN =
  /\d|token|key|chiav|clave|clau|chave|rot|revo|crea|cria|dame|dammi|d[áa]-me|dona'?m|mejor|millor|invece|antes|lugar|vez|per[òo]/;

/** Whether the text's end takes back the request before it (lowercase text). */
/**
 * fix50c: what follows the take-back telling when it will be done, not asking it: a clitic before one of our verbs, which
 * an imperative never has ("la rotamos el lunes", "que Jordi la rotó ayer", "la ruotiamo a fine mese", "ainda a estão a
 * usar"); and the wrong channel or a reason the thing is still used ("ainda estão a usar", "ancora la usano"). fix53a
 * (tuned-vineyards): the reason as a clause of its own, "déjala, que la usa el robot de la línea 2", "deixa, que a usa o
 * parceiro 2", "lasciala, che la usano in produzione" (it is used by…): its numbers and names ask for nothing; and "no,
 * mejor déjala" (better leave it), the take-back after "mejor", "melhor", "millor".
 */
const PLAN_LATER =
  /(?:^|[\s,;])(?:la|lo|las|los|le|li|a|o|as|os|l['’])[ \t]+(?:rot|ruot|rod|revoc|revog|anul|borr|cancell|elimin|apag|cri|cre)\p{L}*|(?:ainda|ancora|todav[ií]a|a[uú]n|encara)[ \t]+[^,.;!?]{0,40}|(?:^|[\s,;])(?:que|porque|pois|perch[ée]|che|ja[ \t]+que|ya[ \t]+que)[ \t]+(?:la|lo|las|los|a|o|as|os|l['’])[ \t]*(?:usa|usan|usamos|usam|usano|usiamo|necesita|necesitan|necesitamos|precisa|precisam|precisamos|utiliza|utilizan|utilizam|utilizzano|fa[ \t]+servir|fan[ \t]+servir|fem[ \t]+servir)(?![\p{L}])[^,.;!?]{0,60}/gu;

/** Whether the text's end takes back the request before it (lowercase text). */
export function romanceTakesBack(lower: string): boolean {
  if (!WORDS.test(lower)) return false;
  const m = TAKE_BACK.exec(lower.trimEnd());
  if (m === null || ASKS_AGAIN.test((m[1] ?? '').replace(PLAN_LATER, ' '))) return false;
  // Something asked before the take-back: "déjalo" alone is a reply, not a request taken back.
  return /\p{L}{3}/u.test(lower.slice(0, m.index).replace(/<[@#!][^>]{0,80}>/g, ''));
}
