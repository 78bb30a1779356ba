/**
 * Round thirty-one: which model, asked of a kind of thing, read by the rules either way. The classifier trained on
 * the tuned files too leans on the words around "model" ("should we use", "for support") and overruled the rules'
 * models read both ways: a model of our kind of thing read as chit-chat, and a model of a car, a laptop or a list of
 * guests read as ours. These readings stand whatever the classifier makes of the rest (parse-request RULES_DECIDE).
 *
 * Ours (the models read):
 *  - a model "of" a kind of AI thing or a family of ours: "what model of chatbot should we use for support?", "which
 *    model of embeddings …", "which model of sonnet should I use?";
 *  - a family named as what the model is: "which model is claude 3?", "what model is llama 3.1?";
 *  - a model to use for work a model does on text: "what model should I use for summarising donor letters?" (not
 *    when a thing bought is named: "which model should we use for the kitchen tap?" is rules.ts BOUGHT_THING's);
 *  - the models a team runs on one of our credentials: "which models are they running on the grid-planning key?".
 *
 * Not ours (nothing asked of the bot):
 *  - models of a thing named in Spanish, Portuguese, Italian or French ("¿qué modelos de coche hay disponibles?",
 *    "los modelos de la pasarela eran muy altos"), as rules.ts OTHER_THING_MODELS reads English;
 *  - a model family's name on a list of people or of an event ("is titan on the list for the offsite?", "is mistral
 *    in the list of invitees"): a colleague, a guest; "is titan on the list?" still asks about models.
 */
import { OUR_MODEL_WORDS } from './others-things.js';

/** Kinds of AI thing a model may be "of" (besides others-things.ts OUR_MODEL_WORDS). */
const OUR_KIND =
  /^(?:ai|llms?|genai|gen_ai|chatbots?|bots?|assistants?|vision|embeddings?|reasoning|coding|code|language|foundation|text|image|speech|transcription|translation|summari[sz]ation|rerank\w*|sonnet|opus|haiku|claude|llama|titan|nova|mistral|mixtral|cohere|command|jamba|deepseek|qwen|gpt|gpt_oss|palmyra|stability|sdxl|anthropic|meta|amazon|bedrock)$/;
/** "which model of X", "what models of X". */
const MODEL_OF = /\b(?:which|what)\s+models?\s+of\s+(?:an?\s+)?([a-z_]+)\b/;
/** "which model is claude 3?": a family named as what the model is. */
const MODEL_IS_FAMILY =
  /^\W*(?:which|what)\s+model\s+(?:is|was)\s+(?:the\s+)?(?:claude|llama|titan|nova|mistral|mixtral|cohere|jamba|deepseek|qwen|gpt|gpt_oss|palmyra|sonnet|opus|haiku)\b/;
/** Work a model does on text or images, after "which model should I use for …". */
const MODEL_FOR_WORK =
  /\b(?:which|what)\s+model\s+(?:should|would|could|can|do)\s+(?:i|we|you)\s+use\s+(?:for|to)\s+(?:summar|translat|classif|extract|transcri|draft|generat|answer|caption|triag|tagg|chatbot|rag\b|ocr\b|sentiment|redact|proofread|rewrit|paraphras|writ)\w*/;
/** The models a team runs on a credential of ours. */
const MODELS_RUN_ON_CREDENTIAL =
  /\b(?:which|what)\s+models?\s+(?:are|is|do|does)\s+(?:they|we|you|the\s+[a-z0-9_-]+(?:\s+(?:team|unit|squad))?)\s+(?:running|using|calling|run|use|call)\s+(?:on|with|through|via)\s+(?:the|our|their|this|that|its)\s+(?:[a-z0-9_-]+\s+)?(?:keys?|tokens?|api_keys?|access_keys?)\b/;
/** A thing bought or kept: its models are the maker's (rules.ts BOUGHT_THING, the few that follow "for"). */
const THING_FOR =
  /\bfor\s+(?:a|an|the|our|my|their)\s+(?:new\s+|old\s+)?(?:car|van|laptop|phone|printer|kitchen|tap|boiler|bike|tv|fridge|camera|monitor|tablet|kettle|office|house|home)\b/;

/** A model of our kind of thing, a family of ours, work of ours or a credential of ours asked about. */
export function ourModelAsked(text: string): boolean {
  if (!text.includes('model')) return false;
  const of = MODEL_OF.exec(text);
  if (of !== null && OUR_KIND.test(of[1] ?? '')) return true;
  if (MODEL_IS_FAMILY.test(text)) return true;
  if (MODEL_FOR_WORK.test(text) && !THING_FOR.test(text)) return true;
  return text.includes(' on ') && MODELS_RUN_ON_CREDENTIAL.test(text);
}

/** Things of everyday life a model of which is asked in Spanish, Portuguese, Italian or French. */
const FOREIGN_THING = String.raw`(?:coches?|carros?|autos?|automoviles|motos?|bicis?|bicicletas?|telefonos?|moviles?|celulares?|portatiles?|ordenadores?|impresoras?|zapatos|zapatillas|ropa|vestidos?|pasarela|moda|neveras?|lavadoras?|televisores?|tele|voitures?|telephones?|ordinateurs?|imprimantes?|chaussures|velos?|robes?|mode|defile|macchine|macchina|scarpe|vestiti|cellulari|stampanti|sfilata|carros|sapatos|roupas?|geladeiras?|celulares|passarela)`;
const FOREIGN_MODELS_OF_THING = new RegExp(
  String.raw`\b(?:modelos|modelo|modeles|modele|modelli|modello)\s+(?:de|di|da|do|del|della|dei|des|du)\s+(?:(?:la|el|los|las|le|les|il|lo|gli|a|o|os|as|l')\s*)?${FOREIGN_THING}\b`,
);

/** Models of an everyday thing named in another language: a maker's range, not ours. */
export function foreignThingModels(text: string): boolean {
  return text.includes('model') && FOREIGN_MODELS_OF_THING.test(text) && !OUR_MODEL_WORDS.test(text);
}

/** A list of people or of an event: "the list of invitees", "on the list for the offsite", "the speakers list". */
const PEOPLE_OR_EVENT_LIST =
  /\b(?:on|in)\s+(?:the|that|this|your|our)\s+list\s+(?:of\s+(?:the\s+)?(?:invitees|guests|speakers|attendees|delegates|volunteers|participants|winners|nominees|candidates|applicants|finalists|panellists|panelists|judges|people|names|players|members|staff|donors|sponsors|recipients|students|hires)|for\s+(?:the\s+|our\s+|this\s+|that\s+|next\s+|friday'?s?\s+)?(?:[a-z]+\s+)?(?:offsite|off_site|party|trip|dinner|lunch|drinks|conference|event|meeting|retreat|wedding|bbq|barbecue|summit|awards?|gala|panel|workshop|hackathon|raffle|draw|tournament|match|game|team\s+building|away\s*day|kickoff|kick_off|celebration|fundraiser|ceremony|launch\s+party))\b/;

/** A model family's name on a list of people or of an event, not the list of models. */
export function familyOnOthersList(text: string): boolean {
  return text.includes('list') && PEOPLE_OR_EVENT_LIST.test(text);
}
