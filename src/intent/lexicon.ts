/**
 * The parser's own lexicon: words (after Slack decoding, lowercasing and placeholder substitution)
 * and the tags they carry: the rules and phrase patterns look for tags ("#Rotate"), the classifier
 * sees them as features, and the business-unit finder knows which words can never be part of a name.
 */

const groups: Record<string, string> = {
  // Actions
  Create:
    'create creating created make generate gen provision provisioning setup issue mint grant give get getting need needs needed require requires want wants wanna request requesting add enable obtain spin produce allocate apply gimme',
  Onboard: 'onboard onboarding enroll register',
  Rotate:
    'rotate rotating rotation rotated roll reroll cycle regenerate rekey re_key replace swap rot regen rollover replacing',
  Refresh: 'refresh renew renewal reissue re_issue',
  Revoke:
    'revoke revoking revoked revocation disable disabled deactivate invalidate kill cancel suspend block rev rvk yank zap ditch axe',
  Delete: 'delete deleting remove removing destroy drop nuke purge wipe erase rm del trash',
  Deprovision:
    'deprovision de_provision depro deprov offboard off_board offboarding decommission unprovision teardown tear_down retire sunset',
  List: 'list listing ls enumerate inventory overview',
  Show: 'show display view see check inspect describe desc lookup look find tell fetch',
  Details:
    'details detail dets deets info information status summary state exists exist owns whose configured attached permissions policies arn',
  Models: 'model models mdls model_wise modelwise llm llms fm fms foundation',
  Provider:
    'claude anthropic llama meta mistral mixtral titan nova amazon cohere command ai21 jamba deepseek stability sdxl openai gpt gpt_oss qwen writer palmyra',
  History: 'history hist audit audits log logs activity activities events trail changelog journal',
  Help: 'help usage commands cmds manual docs documentation instructions menu options',
  Greeting: 'hi hello hey hiya howdy yo sup morning afternoon evening greetings',
  Thanks: 'thanks thank thx ty tysm cheers appreciated appreciate',
  Ack: 'ok okay cool great awesome nice perfect lol bye cya yep yup yeah',
  // Things
  TokenNoun:
    'token tokens tokn tok tkn sts session temporary temp short_term shortterm short_lived ephemeral',
  KeyNoun:
    'key keys apikey api_key credential credentials creds cred access secret secrets login keypair key_pair ai_credential',
  Api: 'api bearer service_specific',
  Aws: 'aws iam sigv4 sig_v4 access_key access_keys aws_access_key_id secret_access_key',
  Bedrock: 'bedrock bedrock_bot',
  Unit: 'bu business unit units bus businesses teams configurations configs users',
  LongTerm:
    'long_term longterm long_lived permanent persistent production prod ci cd cicd ci_cd pipeline pipelines automation automated automate server servers system systems cron batch jenkins github gitlab lambda backend daemon long_running non_expiring deployment deploy deploying deployed workload integration headless ecs ec2 kubernetes k8s circleci',
  Service: 'service services',
  Purpose:
    'development dev develop developing testing test tests tested experimentation experiment experiments experimenting trying try demo demos hackathon prototyping prototype poc learning learn personal laptop local localhost playing play exploration exploring explore evaluation eval evaluating debugging debug notebook jupyter fun sandbox tinkering quick quickly purposes purpose workshop workshops tutorial course talk presentation meetup conference webinar hackday homework',
  Self: "me myself my mine i i'm im",
  All: 'all every everything everyone everybody each',
  Entire: 'entirely completely fully totally permanently altogether',
  Question: 'what which who whom how when where why',
  Polite: 'please pls plz kindly could would can will may might',
  Region: 'xxregion region regions',
  Owner: 'owner owned owners contact',
  Placeholder: 'xxemail xxuser xxdur xxkeyid xxurl xxperiod xxsecret',
  // Things of everyday life that share our words ("house keys", "rotate the coffee rota", "list your
  // favourite films", "delete the rows in the sheet"): with nothing else about Bedrock, no request.
  Everyday:
    'house home car cars door doors cupboard locker lockers bike bicycle desk cabinet drawer mailbox padlock garage apartment flat fridge kitchen coffee rota roster lunch dinner breakfast snack snacks pizza cake printer printers projector remote spreadsheet spreadsheets sheet sheets row rows column columns slide slides calendar film films movie movies song songs playlist playlists book books novel festival passes ticket tickets party toast game games boardgame tyres tires wifi wi_fi password passwords chair chairs plant plants holiday holidays vacation weekend flight hotel photo photos picture pictures shift shifts parking bathroom supply supplies mug room rooms building gate invoice invoices mailroom closet shed office offices badge badges floor canteen lobby elevator cleaning piano guitar legend crossword puzzle riddle quiz van vans truck trucks lorry lorries forklift forklifts minibus',
  Spend:
    'spend spends spent spending cost costs costing burn burned burnt burning bill bills billed invoice invoiced charges charged',
};

/**
 * Verbs and nouns of the other languages people mix in (Spanish, French, German, Italian, Portuguese),
 * as prepared (lowercase, accents folded), that surface.ts does not put into English: "anula a chave",
 * "desprovisionar fraude", "quelles clés a l'équipe facturation". The rules then read what is asked; a
 * text in another language is still asked about before anything is done (its frames are not read:
 * "je voudrais savoir comment obtenir une clé" asks how). Never targets of the typo corrector.
 */
const OTHER_LANGUAGES: Record<string, string> = {
  Create:
    'crear crea cree creame créame creer créer cree creez creare creami criar crie cria erstellen erstelle erstellt generar genera generer generez generieren generare gerar gere dame dammi donne donnez',
  Rotate: 'rotar rotate rotiere rotieren ruotare ruota rotacionar rotaciona roter tourner',
  Refresh: 'renovar renueva renouveler renouvelle rinnova rinnovare erneuern erneuere',
  Revoke:
    'anula anular anule annulla annullare annuler annule revoga revogue widerrufe widerruf sperre desactiva desactivar desactive desativar desative desactiver disattiva disattivare invalida invalidar',
  Delete: 'elimine eliminez losche loesche lösche cancella apaga apague efface effacer',
  Deprovision:
    'desprovisionar desprovisiona desaprovisionar desaprovisiona desaprovisione deprovisionar deprovisiona deprovisionner déprovisionner deprovisionare dismetti dismettere',
  List: 'listar elenca elencare auflisten',
  KeyNoun: 'claves cles clefs chiavi chaves schlussel schluessel',
  Models: 'modelos modeles modèles modelli modelle',
  Help: 'aide socorro',
  Question: 'quelles quels quel quelle welche welcher welches quali quale cuales cual quais',
  Greeting: 'ciao salve ola oi hallo servus moin hej',
};

/**
 * Past forms keep their tag (the typo corrector no longer turns "offboarded" into "offboard"): "who
 * deprovisioned legacy-bi" is about a deprovisioning; mood.ts tells the tense from the word itself.
 */
const PAST_FORMS: Record<string, string> = {
  Create: 'issued provisioned generated granted minted',
  Onboard: 'onboarded enrolled registered',
  Rotate: 'replaced regenerated cycled rekeyed',
  Refresh: 'renewed refreshed reissued',
  Delete: 'deleted removed destroyed wiped purged nuked',
  Deprovision: 'deprovisioned deprovisioning offboarded decommissioned decommissioning retired',
};

/** word → tag (no prototype: "constructor" or "toString" is no word of ours). */
export const LEXICON: Record<string, string> = Object.create(null);
for (const [tag, words] of Object.entries(groups)) {
  for (const w of words.split(/\s+/)) if (w && !(w in LEXICON)) LEXICON[w] = tag;
}
for (const [tag, list] of Object.entries(PAST_FORMS)) for (const w of list.split(' ')) LEXICON[w] ??= tag;
/** Words of other languages (above): read, never a target of the typo corrector. */
const OTHER_LANGUAGE_WORDS = new Set<string>();
for (const [tag, list] of Object.entries(OTHER_LANGUAGES))
  for (const w of list.split(' '))
    if (!(w in LEXICON)) {
      LEXICON[w] = tag;
      OTHER_LANGUAGE_WORDS.add(w);
    }
/** Tags of the verbs that change something: create, onboard, rotate, refresh, revoke, delete, deprovision. */
/**
 * What "the whole …" names as all of a unit's setup ("kill the whole setup for the drone pilot"): one list for
 * event-unit.ts (the unit an event names) and mood.ts (whether the order names something of ours).
 */
export const WHOLE_THINGS: readonly string[] = [
  'setup',
  'set-up',
  'set_up',
  'thing',
  'stack',
  'environment',
  'lot',
];

export const CHANGE_TAGS: readonly string[] = [
  'Create',
  'Onboard',
  'Rotate',
  'Refresh',
  'Revoke',
  'Delete',
  'Deprovision',
];
/** Tags of the verbs a business-unit name may follow ("rotate marketing", "list sales", "spend growth"). */
export const VERB_TAGS: ReadonlySet<string> = new Set([...CHANGE_TAGS, 'List', 'Show', 'Details', 'Spend']);
/** Tags of the words that name something the bot can do (create, rotate, list, …). */
export const ACTION_TAGS: readonly string[] = [...VERB_TAGS, 'Models', 'History'];

export const PROVIDER_OF: Record<string, string> = {
  claude: 'anthropic',
  anthropic: 'anthropic',
  llama: 'meta',
  meta: 'meta',
  mistral: 'mistral',
  mixtral: 'mistral',
  titan: 'amazon',
  nova: 'amazon',
  amazon: 'amazon',
  cohere: 'cohere',
  command: 'cohere',
  ai21: 'ai21',
  jamba: 'ai21',
  deepseek: 'deepseek',
  stability: 'stability',
  sdxl: 'stability',
  openai: 'openai',
  gpt_oss: 'openai',
  gpt: 'openai',
  qwen: 'qwen',
  writer: 'writer',
  palmyra: 'writer',
};

/** Function words: never part of a business-unit name. */
export const FUNCTION_WORDS = new Set(
  // (fix43c, tuned-styles-relay: "him" as "them" and "her" are, "could you check for him": whom for, never a name.)
  (
    'the a an this that these those some any our your their his her its you we they it he she us them him ' +
    'do does did doing done is are was were be been being am have has had got go going just also too very really so ' +
    'and or but if then than with without in on at by to from of for about as into onto over via per re regarding ' +
    "new another fresh one two some now today tonight tomorrow asap again up there here yes no not dont don't " +
    "cant can't wont won't should shall must let lets let's it's what's whats that's how's who's here's there's " +
    'named called name like use using used work working able allowed want wants wanting similar same other else ' +
    'know knowing having getting making asking needing ' +
    'hey guys own many much someone somebody anyone thing things stuff way ever ' +
    'set sets up down out back off already still yet soon right now current currently recent recently latest last ' +
    "i've we're we've we'll i'll you're you've they're they've it'll isn't aren't wasn't weren't doesn't didn't haven't hasn't " +
    "shouldn't wouldn't couldn't im ive youre theyre were " +
    'missing blocked stuck broken invalid existing working wrong bad ' +
    'available avail enabled access_to around hours minutes days weeks please thanks ' +
    'old older oldest previous both either neither changes change real rather whole max next day week month ' +
    'rest morning afternoon evening short anymore more less needing share receive run hit against fix ' +
    'sure enough ok okay maybe possible asap urgent urgently quick later ' +
    'plain proper classic normal regular standard usual most least whole ' +
    // (fix46d, tuned-cinema: "leave the event-theatres unit alone, just rotate its key": how a unit is left, no name;
    // "I mean bedrock spend: marketing-copy", "I meant the …": a correction's marker, never a name before "bedrock".)
    'alone mean meant ' +
    // (fix48d: "entire" as "whole", "deprovision the entire pricing unit": how much of it, never a word of the name.)
    'entire'
  ).split(/\s+/),
);

/** Words that alone never name a business unit. */
export const GENERIC_NOUNS = new Set(
  (
    'team group org organization organisation department dept depts squad project app application apps tool tools user account accounts person people folks job jobs script scripts repo code thing use case stuff work box machine env environment instance cluster bot ' +
    // (units23: "the bedrock spend for the whole co-op": the organisation itself, no unit of it.)
    'co_op coop cooperative'
  ).split(' '),
);

/** Vocabulary the typo corrector may map unknown words onto (long enough to be safe). */
export const TYPO_TARGETS: string[] = Object.keys(LEXICON).filter(
  (w) =>
    w.length >= 4 &&
    !OTHER_LANGUAGE_WORDS.has(w) &&
    /^[a-z]+$/.test(w) &&
    // (Slang verbs are read as written: "dutch" is no "ditch".)
    !['tokn', 'gimme', 'wanna', 'cred', 'creds', 'shortterm', 'longterm', 'ditch', 'yank'].includes(w) &&
    // Money words are near many others ("burner", "chargers", "billy"): only "spend" itself is corrected.
    (LEXICON[w] !== 'Spend' || w.startsWith('spen')) &&
    // Everyday words are recognised as written, never reached by correcting another word ("crawler").
    LEXICON[w] !== 'Everyday' &&
    // Long greetings are written as such: "meetings", "warning" and "opening" are no "greetings",
    // "morning" or "evening" ("hallo" is still "hello").
    (LEXICON[w] !== 'Greeting' || w.length < 7),
);

/** Common words that sit one edit from a keyword and must not be "corrected". */
export const TYPO_EXEMPT = new Set(
  (
    'taken woken lists modal medal moral roles role rolls tried trie tries tested teste last lost least fist mist kept keep keen kept cycles ' +
    'loge lodge logo logs long longer longs shown snow slow shoe shot show shew sow see seen seem teen tell tall tail tool cool pool ' +
    'model mode models modes node nodes note notes vote token tokens tone done gone give gave live love like life line lines site sites ' +
    'sale sales scale data date dates mail gmail email emails test text next rest best west east list lint mint hint ' +
    'access assess across recess excess success process asset assets makes maker taker faker takes make made mode more core score store ' +
    'ready read real reply rely role rule rules user users uses used usage useful about above abuse ' +
    'legal local vocal focal total metal petal delta delay relay display dismay ' +
    'sever serve nerve never fever river rover cover power tower lower newer ' +
    'reset resets reuse refuse remote remove removed revoked revert rotated rotator donate notary ' +
    'clause cause pause laude claud fiance finance france dance ' +
    'anything nothing something everything blocked blocking blocker missing logging requested ordered ' +
    // Everyday words one or two edits from a keyword ("suppose" ↛ "purpose", "channel" ↛ "cancel").
    'suppose company actions spain context content together reasons checker checks ' +
    // (units22: "the recall letter generator" is a system's kind, never "generate".)
    'generator generators ' +
    // (fix54a, tuned-adtech: "trying out Claude on the creative brief summaries" ↛ "create … summaries", an action on a
    // thing not ours: words that begin with our stem but name a person, a thing or a quality, not our action.)
    'creative creatives creativity creature creatures creator creators retiree retirees spender spenders listens ' +
    'channel think thinks thing things trial train auditors event product confluence release amazing section version confirm ' +
    'hits write general lean send contract contracts looks shows foundations laptops sense tense rotten opinion opinions ' +
    // ("a 12h token survives a whole day" ↛ "services".)
    'survive survives survived surviving ' +
    // (requests24: "which depts have bedrock set up?" ↛ "dets", details: departments, shortened.)
    'dept depts ' +
    // Words of other languages one edit from a keyword ("pessoal" ↛ "personal").
    'pessoal ' +
    // (fix47a, tuned-metro: Spanish "llamar" (to call) and its forms, "con mi token puedo llamar cualquier modelo?", can
    // I call any model with my token: the verb, never the model family "llama" and its maker.)
    'llamar llamo llame llamen llamas llamada llamadas llamando'
  ).split(/\s+/),
);

/** Words about a key's lifetime: they end a business-unit name ("for marketing expiring in 90 days"). */
for (const w of 'expire expired expiring expires expiry expiration valid validity lasting lasts ttl lifetime duration until because since while'.split(
  ' ',
)) {
  LEXICON[w] ??= 'Expiry';
}
