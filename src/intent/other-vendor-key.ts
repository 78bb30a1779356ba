/**
 * Another vendor's key, or a joke, as the object of our verbs (review E of round twenty-two, fix22e):
 * "please generate an Anthropic API key for me on console.anthropic.com, Jamal" (the vendor's console),
 * "pls rotate the OpenAI key for the chatbot project" (the vendor's own key, whoever it is for), "need an
 * access key for the Backblaze bucket" (another cloud's storage), "revoke Mondays please 🙏" (a weekday is
 * no unit). A unit found after "for the …" made each an action. Not when Bedrock or AWS is named: "an
 * anthropic key on bedrock for the chatbot" is ours. Cheap word tests first; anchored or bounded patterns,
 * no nested quantifiers.
 */

/** A model vendor's console or site: "console.anthropic.com", "platform.openai.com", "aistudio.google.com". */
const VENDOR_SITE =
  /\b(?:(?:console|platform|dashboard|aistudio|studio|app)\.)?(?:anthropic|openai|cohere|mistral|groq|together|perplexity|deepseek|huggingface|aistudio\.google|console\.cloud\.google|makersuite\.google)\.(?:com|ai|co)\b/;
/** A vendor's own key as the verb's object (not "the agency's Azure OpenAI key is being retired"): "rotate the OpenAI key", "an Anthropic API key", "my hugging face token", "a b2 key" (fix53e: "revoke the Azure OpenAI key", another cloud's name before it). */
const VENDOR_OWN_KEY =
  /\b(?:rotate|rotating|revoke|revoking|create|creating|generate|generating|make|get|need|new|renew|regenerate|delete|disable|cycle|issue|reissue)[ \t]+(?:(?:the|an?|my|our|new|fresh|another|one)[ \t]+){0,2}(?:(?:azure|google|gcp|vertex)[ \t]+)?(?:openai|open[ \t]+ai|anthropic|chatgpt|gemini|mistral|cohere|groq|perplexity|huggingface|hugging[ \t]+face|hf|replicate|backblaze|wasabi|b2|r2|minio)[ \t]+(?:(?:api|access|secret|app|application)[ \t]+)?(?:keys?|tokens?|creds|credentials?)\b/;
/** Another cloud's storage: "the Backblaze bucket", "our wasabi buckets", "a b2 bucket". */
const OTHER_STORAGE =
  /\b(?:backblaze|wasabi|b2|minio|cloudflare[ \t]+r2|r2|gcs|google[ \t]+cloud[ \t]+storage|azure[ \t]+blob)[ \t]+(?:b2[ \t]+)?(?:buckets?|storage|containers?)\b/;
/** A weekday, or the weekend, as the object: "revoke Mondays please", "cancel tuesdays". */
const WEEKDAY_OBJECT =
  /^[ \t]*(?:(?:please|pls|plz|can[ \t]+we|let's)[ \t]+)?(?:revoke|cancel|deprovision|delete|rotate|remove|kill|ban)[ \t]+(?:all[ \t]+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|meetings)(?![\w-])/;
/** Ours named: the message is about a Bedrock credential after all. */
const OURS_NAMED = /\b(?:bedrock|aws|iam|sigv4)\b/;

/** Why the credential asked for is another vendor's, or the object a joke, or null (lowercase text). */
export function otherVendorKey(lower: string): string | null {
  if (WEEKDAY_OBJECT.test(lower)) return 'a weekday is no unit: a joke';
  const key = lower.includes('key') || lower.includes('token') || lower.includes('cred');
  if (!key) return null;
  if (OURS_NAMED.test(lower)) return null;
  if (lower.includes('.') && VENDOR_SITE.test(lower)) return "another vendor's console named";
  if (VENDOR_OWN_KEY.test(lower)) return "another vendor's own key";
  if (OTHER_STORAGE.test(lower)) return "another cloud's storage key";
  return null;
}
