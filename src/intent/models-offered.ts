/**
 * Which models the bot gives access to: "which AI models does the bot give access to?", "what models
 * does bedrock give us access to", "which models do you give access to". "give … access" reads as a
 * credential given (rules.ts `makes` with "access"), but the question asks for the models there are
 * (README: `models`), whatever follows ("not the Revit ones").
 */
const MODELS_GIVEN =
  /\b(?:which|what)[ \t]+(?:ai[ \t]+|llm[ \t]+|genai[ \t]+|foundation[ \t]+)?models[ \t]+(?:does|do|can|will)[ \t]+(?:the[ \t]+bot|this[ \t]+bot|bedrock|you|u|it)[ \t]+(?:give|grant|provide|offer)[ \t]+(?:(?:us|me|people|staff)[ \t]+)?access[ \t]+to\b/;

/** Whether the lowercase text asks which models the bot gives access to. */
export const modelsOffered = (text: string): boolean =>
  text.includes('models') && text.includes('access') && MODELS_GIVEN.test(text);
