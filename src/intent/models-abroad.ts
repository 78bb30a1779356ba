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

/** Whether the lowercased message opens by asking, in another language, which models there are. */
export const modelsAskedAbroad = (lowered: string): boolean =>
  lowered.includes('mod') && MODELS_ABROAD.test(lowered);
