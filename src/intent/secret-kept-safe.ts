/**
 * Keeping a secret safe, in the forms help-topic.ts's SAFETY list did not read (fix59-help; README "Help topics": keeping a
 * secret safe → `general`). Read on the prepared text, where the Romance and Slavic words people mix in are often glossed
 * ("el bot guarda mi token" → "el bot keeps mi token", Croatian "gurnuo sam token" → "i pushed my token"):
 *  - the credential pushed, uploaded or checked in to a repository ("i pushed my token to the git repo, what now?"),
 *    where SAFETY had only the bare verb ("push … to git");
 *  - the credential that ended up somewhere ("my api key ended up in #general, do I need to do something?");
 *  - the bot (or "you") keeping, saving or storing the asker's credential somewhere or a copy of it, as the languages
 *    put it ("is the bot saving my token somewhere in its database?", "le bot garde une copie de mon token quelque
 *    part?", "o bot fica com o meu token salvo em algum lugar?");
 *  - one's own token used by someone let to ("is it ok to let the person next to me use my token?");
 *  - whether it is safe to send it, in Romance words ("é seguro mandar o token por e-mail?"), and pasting or sharing
 *    it in the Slavic and French words glossed as written ("wkleić token", "sdílet token", "j'ai collé mon token").
 * Each needs a credential word of ours: "pushed the fix to the repo" asks nothing about a secret.
 */

const CREDENTIAL = String.raw`(?:tokens?|tok|keys?|api_keys?|access\s+keys?|secrets?|creds|credentials?)`;
const OWN = String.raw`(?:the\s+)?(?:my|mi|mon|ma|meu|o\s+meu|our|nuestr[ao]s?|notre|nos|the|a)`;

const PUSHED_TO_REPO = new RegExp(
  String.raw`\b(?:pushed|pushing|uploaded|uploading|checked\s+in|commit(?:ted|ei|ou|e|é)?)\b[^?.!]{0,30}\b${CREDENTIAL}\b[^?.!]{0,30}\b(?:git|github|gitlab|bitbucket|repo|repos|repository|remote)\b`,
);
const ENDED_UP = new RegExp(
  String.raw`\b${CREDENTIAL}\s+(?:(?:has|have|had|just|somehow)\s+)?(?:ended|wound|landed|got|went)\s+(?:up\s+)?(?:in|into|on)\b`,
);
const BOT_KEEPS = new RegExp(
  String.raw`\b(?:bot|you|u|tu)\b[^?.!]{0,20}?\b(?:keep|keeps|keeping|save|saves|saving|store|stores|storing|garde|gardes|garde_tu|guarda|guardas|fica\s+with|salva|retain|retains)\b\s+(?:(?:a|une|una|uma)\s+cop(?:y|ie|ia)\s+(?:of|de)\s+)?${OWN}\s+${CREDENTIAL}\b[^?.!]{0,30}?\b(?:somewhere|anywhere|quelque\s+part|algun\s+lado|algum\s+lugar|salvo|database|db)\b`,
);
const LET_USE_MINE = /\blet\s+(?:[\w']+\s+){1,5}?use\s+my\s+(?:tokens?|keys?|api_key)\b/;
const SAFE_TO_SEND =
  /\b(?:seguro|sur|sicuro)\s+(?:mandar|enviar|envoyer|inviare|partager|compartir|compartilhar|condividere)\b[^?.!]{0,20}\b(?:tokens?|keys?|api_key)\b/;
const PASTED_OR_SHARED = new RegExp(
  String.raw`\b(?:wklei\w*|wkleja\w*|colle|coll[eé]|sdilet|sdílet|sdilim|podeli\w*|podijeli\w*|udostepni\w*|compartir|compartilhar|partager|condividere)\b[^?.!]{0,20}\b${CREDENTIAL}\b`,
);

/** Whether the prepared help question asks how to keep one of our secrets safe, in one of these forms. */
export function secretKeptSafeAsked(text: string): boolean {
  if (!/\b(?:tok|token|key|api_key|secret|cred)/.test(text)) return false;
  return (
    PUSHED_TO_REPO.test(text) ||
    ENDED_UP.test(text) ||
    BOT_KEEPS.test(text) ||
    LET_USE_MINE.test(text) ||
    SAFE_TO_SEND.test(text) ||
    PASTED_OR_SHARED.test(text)
  );
}
