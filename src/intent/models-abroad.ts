/**
 * Which models there are, asked in Spanish, Portuguese, German, French or Dutch as the message's opening
 * (round twenty-two): "qué modelos hay disponibles? queremos uno bueno para traducir al español", "welche
 * Modelle gibt es?", "quels modèles sont disponibles ?", "quais modelos estão disponíveis?", "welke modellen
 * zijn beschikbaar?". The models read (README: `models`); what follows is what they want one for. The
 * classifier, trained on English, reads these as nothing. The question word must stand right before the
 * word for models, and a verb of being or having after it: "qué modelos de coche hay" (cars) and "welche
 * Laptop-Modelle gibt es" (laptops) name another thing's models.
 */
const MODELS_ABROAD =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?(?:(?:hola|hallo|bonjour|salut|ol[aá]|hoi|hi|hey)[ \t,:!-]+)?[¿]?[ \t]*(?:qu[eé]|cu[aá]les|quais|que|welche|quels|quelles|welke|wat[ \t]+voor)[ \t]+(?:(?:ki|ia|ai|llm|genai)[- \t]+)?(?:modelos|modelle|mod[eè]les|modellen)(?:[- \t]+(?:de[ \t]+)?(?:ki|ia|ai|llm))?[ \t]+(?:hay|tienen|ten[eé]is|tenemos|est[aá]n|son|existen|ofrecen|ofrec[eé]is|podemos|puedo|gibt[ \t]+es|sind|habt|haben|hast|bietet|bietest|k[oö]nnen|sont|avez|existent|y[ \t]+a|propose[sz]?|peut|pouvons|existem|est[aã]o|h[aá]|t[eê]m|temos|oferecem|podemos|zijn|hebben|heb|hebt|bieden|kunnen)\b/;

/**
 * "cuáles son los modelos (disponibles)?", "quels sont les modèles ?", "quais são os modelos?", "was für
 * Modelle …", "welke zijn de modellen": which are the models; "modelos disponibles?": the models there are.
 */
const WHICH_ARE_MODELS =
  /^\W{0,3}(?:<@\w+>[ \t,:]*)?[¿]?[ \t]*(?:(?:cu[aá]les|qu[eé])[ \t]+son[ \t]+los|(?:quels|quelles)[ \t]+sont[ \t]+les|quais[ \t]+s[aã]o[ \t]+os|was[ \t]+f[uü]r|welke[ \t]+zijn[ \t]+de|wat[ \t]+zijn[ \t]+de)[ \t]+(?:modelos|modelle|mod[eè]les|modellen)\b(?![ \t]+(?:de|von|van|du|des|do|da)\b)|^\W{0,3}[¿]?[ \t]*(?:modelos|modelle|mod[eè]les|modellen)[ \t]+(?:disponibles|dispon[ií]veis|verf[uü]gbar|beschikbaar)[ \t]*\?/;

/**
 * fix41b, tuned-tollroad: the models a credential of ours may call, asked with it ("¿qué modelos puedo usar con el
 * token?", "quais modelos posso usar com a minha chave?", "welche Modelle kann ich mit dem Token nutzen?"): what the
 * credential allows, help's models topic as in English ("which models can I use with the token?"), not the list.
 */
const WITH_CREDENTIAL =
  /\b(?:con|com|mit|avec|met)[ \t]+(?:(?:el|la|los|las|mi|mis|un|una|o|a|os|as|meu|minha|um|uma|dem|der|meinem|meiner|einem|einer|le|les|mon|ma|mes|une|de|het|mijn|een)[ \t]+)?(?:tokens?|keys?|api[ \t-]+keys?|claves?|chaves?|schl(?:ü|u|ue)ssel|cl(?:é|e)s?|sleutels?)\b/;

/** Whether the lowercased message opens by asking, in another language, which models there are. */
export const modelsAskedAbroad = (lowered: string): boolean =>
  lowered.includes('mod') &&
  (MODELS_ABROAD.test(lowered) || WHICH_ARE_MODELS.test(lowered)) &&
  !WITH_CREDENTIAL.test(lowered);
