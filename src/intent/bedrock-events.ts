/**
 * Events of people that Bedrock names: "Bedrock training for the growth team", "Summary: Bedrock workshop …". Said so,
 * Bedrock is the subject of a meeting, not a credential or a unit's setup (form-fields.ts HEADLINE_OURS, rules.ts
 * BEDROCK_EVENT).
 */
export const BEDROCK_EVENT_NOUNS = String.raw`workshops?|training|sessions?|demos?|meetups?|talks?|course|lunch|webinars?|hackathons?|events?|day|intro|101|presentations?|overview|office\s+hours|showcase|brown\s*bag|onboarding`;
