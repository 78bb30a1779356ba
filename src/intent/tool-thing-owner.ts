/**
 * dev28: whose a thing of another tool is ("Who is the owner of the SharePoint 'Brand Guidelines'?", "who owns the
 * Confluence space for onboarding?", "the owner of the jira project PLAT"): a page, a space, a folder or a project
 * in an office tool is owned in that tool, and the bot's details know only our units and their keys. Read as the
 * owner of a unit, the tool's name or a word after it became a unit asked about. Not when a credential or a unit
 * is named with the tool ("who owns the sharepoint connector key?", "the notion-sync unit"): that is ours.
 */

/** Office and developer tools whose pages, spaces, folders, boards and projects have owners of their own. */
const TOOLS = String.raw`(?:sharepoint|confluence|jira|notion|google\s+(?:drive|docs?|sheets?|slides|folder|site|group|calendar)|gdrive|onedrive|dropbox|box\s+folder|figma|miro|trello|asana|airtable|smartsheet|monday\s+board|tableau|power\s*bi|looker|github|gitlab|bitbucket|servicenow|zendesk|salesforce|hubspot|teams\s+channel|slack\s+channel|wiki)`;

/** What makes the tool's thing ours: a credential or a unit named right after the tool. */
const OURS_AFTER = String.raw`(?:[a-z0-9_]+\s+)?(?:keys?|tokens?|api|api_keys?|creds|credentials?|connector|integration|bot|sync|service|unit|team|bu)\b`;

/**
 * "owner of [the] [one or two words] TOOL …", "who owns [the] … TOOL …": the owner asked of the tool's thing
 * (bounded gaps, one word at a time).
 */
const TOOL_THING_OWNER = new RegExp(
  String.raw`\b(?:owners?\s+(?:of|for)|owns)\s+(?:(?:the|our|this|that|a|an)\s+)?(?:(?!(?:keys?|tokens?|creds|credentials?|unit|team|bu)\b)[a-z0-9_]+\s+){0,2}?${TOOLS}(?![a-z0-9_-])(?!\s+${OURS_AFTER})`,
);

/** Whether the text asks whose a thing of another tool is. */
export function asksToolThingOwner(text: string): boolean {
  return text.includes('own') && TOOL_THING_OWNER.test(text);
}
