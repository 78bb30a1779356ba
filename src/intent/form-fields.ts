/**
 * Structured messages: a request typed or pasted as a form ("Team: risk-ml / Duration: 3h", a Slack
 * workflow submission with each label on its own line and the value on the next, YAML-ish or
 * JSON-ish fields, bullets, a checklist of kinds). `readForm` finds the fields and their role by the
 * label's meaning, and writes the form as plain `label: value` lines (one field a line; an unticked
 * box of a checklist left out), so that the rest of the parser reads each value next to its label.
 *
 * Roles: team / BU / unit / project / service / system / app → `unit`; owner / contact / for →
 * `owner`; requested by / submitted by / requester / approver → `asker` (never the owner); duration /
 * TTL / lifetime / valid for / how long → `duration`; expiry / expires in / rotation period → `expiry`;
 * region / location → `region`; type / kind / credential / request / action → `kind`; key ID → `keyId`;
 * purpose / justification / reason / notes / ticket / cost centre / environment → `story` (never a
 * slot); status / progress / blockers / attendees / decision / impact / … → `report` (a form of a
 * report, no request).
 */

import { BEDROCK_EVENT_NOUNS } from './bedrock-events.js';
import { titleCaseLine } from './title-case-field.js';

export type FieldRole =
  | 'unit'
  | 'owner'
  | 'asker'
  | 'duration'
  | 'expiry'
  | 'region'
  | 'kind'
  | 'keyId'
  | 'story'
  | 'report';

export interface FormField {
  label: string;
  role: FieldRole;
  value: string;
}

export interface Form {
  /** The text with the form written as `label: value` lines (the same text when nothing moved). */
  text: string;
  fields: FormField[];
  /** A checklist of tasks (boxes, some ticked, no fields). */
  tasks?: boolean;
  /** The lines that are no field ("please revoke the ads key now"), joined. */
  plain?: string;
  /**
   * A form that states what it asks for, with its story kept (each field ending its sentence), when it
   * has a story: a withdrawal, negation, put-off or question there stops or questions the action.
   */
  full?: string;
  /** The story lines' values alone (with `full`), each ending its sentence. */
  story?: string;
}

const ROLE_LABELS: Record<FieldRole, string> = {
  unit: 'team|team name|bu|business unit|unit|unit name|department|dept|project|project name|service|service name|system|app|application|squad|unit should be|team should be|unit is|team is',
  owner: 'owner|owner email|owned by|contact|point of contact|poc|for|key owner',
  asker: 'requested by|submitted by|requester|requestor|requesting user|approver|approved by|manager',
  duration: 'duration|ttl|lifetime|valid for|validity|how long|token duration|token ttl',
  expiry: 'expiry|expires in|expiration|expires|expiry days|rotation period|rotation|key expiry|key lifetime',
  region: 'region|location|aws region',
  kind: 'type|kind|credential|credential type|credentials|request type|key type|action|request|what|access type|auth|ticket type|form type|access needed|need',
  keyId: 'key id|access key id',
  story:
    'purpose|justification|reason|why|notes|note|context|ticket|chg|change|change ticket|cost centre|cost center|environment|env|description|use case|details|comments',
  report:
    'status|progress|blockers|blocker|blocked|doing|wip|in progress|working on|yesterday|today|attendees|decision|decisions|impact|what happened|incidents|incident|agenda|open|open items|next|next steps|follow-up|follow up|went well|to improve|action items|eta|date|topic|goal|goals|done|summary|outcome' +
    // (fix54c, tuned-marketplace: a retro's other headings, "Retro — went well: … Didn't: … Actions: rotate keys after
    // every partner demo, owner Gemma": a report, its actions agreed, not asked of the bot.)
    "|didn't|didnt|did not|didn't go well|went badly|went wrong|could be better|actions|learnings|lessons|lessons learned|wins|kudos|shoutouts|challenges|risks|what went well|what didn't go well|to try",
};

/**
 * fix45d, tuned-styles-nusantara: the labels of a form typed in Indonesian or Malay ("Tim: x / Pemilik: y / Jenis: access
 * key / Masa berlaku: 30 hari", "Tempoh: 90 hari"), read as their English labels are.
 */
const NUSANTARA_LABELS: Partial<Record<FieldRole, string>> = {
  unit: 'tim|nama unit|sistem|aplikasi|projek|proyek',
  owner: 'pemilik|pemiliknya|penanggung jawab|pic',
  duration: 'masa berlaku|durasi',
  expiry: 'tempoh|kedaluwarsa|kadaluarsa|tamat tempoh',
  region: 'lokasi',
  kind: 'jenis|jenis key|tipe',
};

/**
 * fix56: the labels of a form typed in Spanish ("*Unidad*: x / *Tipo*: API key / *Expira*: 30 / Vence: 90"), read as
 * their English labels are (unaccented: a label is ASCII letters).
 */
const SPANISH_LABELS: Partial<Record<FieldRole, string>> = {
  unit: 'unidad|nombre de la unidad|unidad de negocio|equipo',
  expiry: 'expira|vence|vencimiento|caducidad|expiracion|dias de vigencia|vigencia',
  kind: 'tipo|tipo de key|tipo de llave|tipo de credencial',
  story: 'justificacion|motivo|razon|contexto|notas|comentarios',
};

const ROLE_OF = new Map<string, FieldRole>();
for (const [role, labels] of Object.entries(ROLE_LABELS) as [FieldRole, string][])
  for (const label of labels.split('|')) ROLE_OF.set(label, role);
for (const [role, labels] of Object.entries(NUSANTARA_LABELS) as [FieldRole, string][])
  for (const label of labels.split('|')) ROLE_OF.set(label, role);
for (const [role, labels] of Object.entries(SPANISH_LABELS) as [FieldRole, string][])
  for (const label of labels.split('|')) if (!ROLE_OF.has(label)) ROLE_OF.set(label, role);

/** A label's words: markup, bullets and numbering off, lowercase, underscores as spaces. */
function labelOf(raw: string): string {
  return raw
    .replace(/[*_`~]/g, ' ')
    .replace(/^\s*(?:[-•·]|\d{1,2}[.)])\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** "Team: x", "*Team*: x", "- team: x", "1. Type: x", "ttl = 6h" (the label at most four words). */
const FIELD =
  /^\s*((?:(?:[-•·]|\d{1,2}[.)])\s*)?[*_]{0,2}[A-Za-z][A-Za-z _/'’-]{0,30}?[*_]{0,2})\s*[:=]\s*(\S[^]*)$/;

/** A line that is only a label: "*Request type*", "Team:" (a workflow form's label, the value below). */
const LABEL_ALONE =
  /^\s*[*_]{0,2}([A-Za-z][A-Za-z _/-]{0,30}?)(?:\s{0,2}\(\s?([a-z]{1,7})\s?\))?[*_]{0,2}\s*(?::\s*)?$/i;

/**
 * units28: the measure a label gives its value in brackets ("*Expires in (days)*", "TTL (hours)", "Duration
 * (h)"): a bare number below it is in that measure. Only the measures of a lifetime; any other bracket leaves
 * the line to the prose reading.
 */
const MEASURES = new Set(
  'd day days h hr hrs hour hours m min mins minute minutes w wk wks week weeks month months'.split(' '),
);
/** The value with its label's measure, when the value is a bare number and the measure one of a lifetime. */
function measured(value: string, measure: string | undefined): string {
  const m = measure?.toLowerCase();
  return m !== undefined && MEASURES.has(m) && /^\d{1,5}$/.test(value) ? `${value} ${m}` : value;
}

/** A checklist box: "[x] token", "- [ ] long-term key". */
const BOX = /^\s*(?:[-•*]\s*)?\[([ xX✓])\]\s*/;

/**
 * Separators of fields on one line: " / ", " | ", "; "; (fix54c, tuned-marketplace) and a sentence's end before a
 * capitalised label, "… fast. Didn't: … share. Actions: rotate keys …" (a report's headings run on in prose; only
 * where two fields or more are found so).
 */
const INLINE = /(?<!\s)\s+[/|]\s+|;\s+|\.\s+(?=[A-Z][A-Za-z'’ ]{1,24}:\s)/;

/** JSON-ish pairs: "team": "x", "expiry_days": 30. */
const JSON_PAIR = /"([A-Za-z][\w -]{0,30})"\s*:\s*(?:"([^"]*)"|([\w.-]+))/g;

/** A line that ends its sentence already. */
const ENDED = /[.!?,;:]\s*$/;

/**
 * A kind field's value that is one of ours (a token, a key, an action on keys or units). Any other
 * ("Type: question", "Type: bug") leaves the text to the prose reading.
 */
const OUR_KIND =
  /\b(?:tok(?:en|n)?s?|keys?|credentials?|creds?|access|api|iam|long[\s-]?term|short[\s-]?term|permanent|temporary|rotat\w*|revok\w*|deprovision\w*|offboard\w*|decommission\w*|new|create|issue|renew\w*|delete|remove|disable|bu|unit)\b/i;

/** fix46d: a kind of ours alone as a "Key:" field's value ("API", "api key", "access", "IAM access key"). */
const KEY_KIND_VALUE = /^(?:(?:bedrock\s+)?api|(?:iam\s+|aws\s+)?access)(?:[\s-]+keys?)?[.!]?$/i;

interface Line {
  segment: string;
  asker: boolean;
  story: boolean;
  field: boolean;
}

function fieldOf(segment: string): FormField | null {
  const m = FIELD.exec(segment);
  if (m === null) return null;
  const label = labelOf(m[1] ?? '');
  const value = (m[2] ?? '').replace(/^[*_]+\s*/, '').trim();
  // (fix46d, tuned-forms: "Key: API", "Key: access key": a field labelled "key" whose value is a kind of ours is the
  // kind field; "Key: AKIA…" or "Key: growth" are not.)
  const role = label === 'key' && KEY_KIND_VALUE.test(value) ? 'kind' : ROLE_OF.get(label);
  // (The value's own markup is off: "*Unit:* growth" has the value "growth".)
  if (role === undefined) return null;
  // ("action: create_key", "type: api_key": a kind written as an identifier is read in words.)
  return { label, role, value: role === 'kind' ? value.replace(/_/g, ' ') : value };
}

/** The segments of a line: fields joined by separators are split; any other line is one segment. */
function segmentsOf(line: string): string[] {
  if (!INLINE.test(line)) return [line];
  const parts = line.split(INLINE);
  const fields = parts.filter((p) => fieldOf(p) !== null).length;
  return fields >= 2 ? parts : [line];
}

/** JSON-ish object written as `label: value` lines, or null when the text is none. */
function jsonLines(text: string): string[] | null {
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return null;
  const lines: string[] = [];
  JSON_PAIR.lastIndex = 0;
  for (let m = JSON_PAIR.exec(t); m !== null; m = JSON_PAIR.exec(t))
    lines.push(
      `${(m[1] ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ')}: ${m[2] ?? m[3] ?? ''}`,
    );
  return lines.length >= 2 ? lines : null;
}

/** The label a line is alone ("*Request type*", "Team:"), when its meaning is known; else null. */
function labelAlone(line: string): string | null {
  const alone = LABEL_ALONE.exec(line);
  if (alone === null) return null;
  const label = labelOf(alone[1] ?? '');
  return ROLE_OF.has(label) && (alone[2] === undefined || MEASURES.has(alone[2].toLowerCase()))
    ? label
    : null;
}

/** The lines of a text, with a workflow form's label lines joined to the value below them. */
function joinedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const label = labelAlone(line);
    const next = lines[i + 1];
    if (label !== null && next !== undefined && next.trim() !== '' && labelAlone(next) === null) {
      out.push(`${label}: ${measured(next.trim(), LABEL_ALONE.exec(line)?.[2])}`);
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * The form a text is, or null: two fields or more with labels of known meaning. Cheap for prose:
 * a text without a colon, an equals sign or a line break is no form.
 */
export function readForm(text: string): Form | null {
  if (!text.includes(':') && !text.includes('\n') && !text.includes('=')) return null;
  // (A form in one code fence is read only when the own words around it ask for it; any other block,
  // "```yaml team: growth``` the labels are wrong, ignore them", is pasted.ts's: fencedForm.)
  if (text.includes('```')) return fencedForm(text);
  // (units24: a JSON object typed first, own words after it, "{\"unit\": \"x\", \"expiry_days\": 90} ← that's
  // what I need": read as the same object in a code fence, by the words around it.)
  const t = text.trimStart();
  if (t.startsWith('{') && !t.trimEnd().endsWith('}')) {
    const end = t.lastIndexOf('}') + 1;
    if (end > 0) return fencedForm(`\`\`\`${t.slice(0, end)}\`\`\`${t.slice(end)}`);
  }
  const lines = jsonLines(text) ?? joinedLines(text.split('\n')).flatMap(segmentsOf);
  const fields: FormField[] = [];
  const out: Line[] = [];
  const ticked = lines.some((l) => /^\s*(?:[-•*]\s*)?\[[xX✓]\]/.test(l));
  for (const line of lines) {
    const box = BOX.exec(line);
    // A checklist of choices: the unticked ones are not chosen (when one is ticked).
    if (box !== null && ticked && box[1] === ' ') continue;
    const segment = box === null ? line : line.slice(box[0].length);
    const field = fieldOf(segment);
    if (field !== null) fields.push(field);
    out.push({
      // ("Business unit: Temporary Works": a name in capitals is read as one, not as our words.)
      segment: field?.role === 'unit' ? titleCaseLine(segment, field.value) : segment,
      asker: field?.role === 'asker',
      story: field?.role === 'story',
      field: field !== null,
    });
  }
  headline(fields, out);
  // A checklist with ticked boxes and no fields is a record of tasks done and to do, not a request.
  if (fields.length < 2)
    return ticked && lines.filter((l) => BOX.test(l)).length >= 2 ? { text, fields: [], tasks: true } : null;
  // A kind field that is not ours ("Type: question", "Type: bug"): the prose reads the text.
  const kinds = fields.filter((f) => f.role === 'kind');
  if (kinds.length > 0 && !kinds.some((f) => OUR_KIND.test(f.value))) return null;
  // A form that states what it asks for: its story and requester are not read for the request (a
  // report's are: it asks nothing), but the story is read in `full` for what stops or questions it.
  // Else the story may hold the request ("Team: growth / Why: the key leaked, please rotate it"): each
  // field then ends its sentence, so that no name runs into the next.
  const request = !fields.some((f) => f.role === 'report') && kinds.length > 0;
  const ended = (l: Line): string => (l.field && !ENDED.test(l.segment) ? `${l.segment}.` : l.segment);
  const kept = out
    .filter((l) => !(request && (l.asker || l.story)))
    .map((l) => (request ? l.segment : ended(l)));
  const full =
    request && out.some((l) => l.story)
      ? out
          .filter((l) => !l.asker)
          .map(ended)
          .join('\n')
      : undefined;
  const plain = out
    .filter((l) => !l.field && l.segment.trim() !== '')
    .map((l) => l.segment)
    .join('\n');
  if (full === undefined) return { text: kept.join('\n'), fields, plain };
  const story = fields
    .filter((f) => f.role === 'story')
    .map((f) => (ENDED.test(f.value) ? f.value : `${f.value}.`))
    .join('\n');
  return { text: kept.join('\n'), fields, plain, full, story };
}

/** Labels of a ticket's line that says what it is about ("*Summary:* rotate the key for ads"). */
const HEADLINE_LABELS = new Set([
  'summary',
  'change',
  'title',
  'subject',
  'short description',
  'request summary',
]);
/**
 * A headline that names one of our credentials or actions on them. (fix41d, tuned-styles-lay: or Bedrock itself, "Summary:
 * Bedrock costs per team, previous month", "Summary: Fully remove Bedrock setup for bristol-depot"; post41b: not an event
 * of Bedrock, "Summary: Bedrock workshop for the growth team".)
 */
const HEADLINE_OURS = new RegExp(
  String.raw`\b(?:tok(?:en|n)?s?|keys?|credentials?|creds|access|rotat\w*|revok\w*|deprovision\w*|offboard\w*|decommission\w*|bedrock(?![^\S\n]+(?:${BEDROCK_EVENT_NOUNS})\b))\b`,
  'i',
);

/**
 * A headline that reports what was done or names a document, not a request: a past tense or participle
 * ("Keys revoked last week", "Summary: revoked the growth key after the leak", "growth key rotated by
 * Dana"), or a list's or policy's noun ("Offboarding checklist", "Rotation schedule", "Key policy"); a word of a unit's name ("log-summarizer") is none.
 * (fix41d, tuned-styles-lay: nor an audit trail asked for, "Summary: audit trail of key creations for payroll".)
 */
const HEADLINE_REPORTS =
  /(?<![\w-])(?:revoked|rotated|deprovisioned|offboarded|decommissioned|created|issued|renewed|deleted|removed|disabled|expired|leaked|done|completed|finished|checklist|schedule|policy|policies|postmortem|post-mortem|report|notes|retro|runbook|playbook|audit(?!\s+(?:trail|log)s?\s+of\b)|review|incident)(?![\w-])/i;

/**
 * A form whose request is said in its headline, not in a kind field: a ticket's "*Summary:* Bedrock API
 * key for Support Bot" or "*Change:* rotate the key for `payments`", or a first line before the fields
 * ("Access key for unit `billing-recon`\nExpiry: 90 days"). The headline is then the form's kind field
 * (so that its story and requester are not read for the request); not in a report's shape (other report
 * fields) nor when a kind field states the request.
 */
function headline(fields: FormField[], out: Line[]): void {
  if (fields.some((f) => f.role === 'kind' || (f.role === 'report' && !HEADLINE_LABELS.has(f.label)))) return;
  const ours = (value: string): boolean =>
    HEADLINE_OURS.test(value) && !value.includes('?') && !HEADLINE_REPORTS.test(value);
  const titled = fields.find((f) => HEADLINE_LABELS.has(f.label) && ours(f.value));
  if (titled !== undefined) {
    titled.role = 'kind';
    // (Its line is read as the sentence it is: "Summary: API key for x" is no question about a summary.)
    const line = out.find((l) => l.field && l.segment.includes(titled.value));
    if (line !== undefined) {
      line.story = false;
      line.segment = titled.value;
    }
    return;
  }
  const first = out.find((l) => l.segment.trim() !== '');
  if (first === undefined || first.field || !ours(first.segment) || fields.length < 1) return;
  fields.unshift({ label: 'headline', role: 'kind', value: first.segment.trim() });
}

/** Own words that show a pasted form without asking for it: "the config schema from our old portal, fyi". */
const SHOWN_ONLY =
  /\b(?:fyi|for\s+reference|schema|example|sample|docs?|documentation|old|legacy|ignore|wrong|broken|error|fails?|failing|why)\b|\?/i;
/** Own words that ask for something of ours themselves ("ignore them. key for growth please"). */
const OWN_REQUEST = /\b(?:keys?|tokens?|credentials?|creds|access|rotate|revoke|deprovision)\b/i;
/**
 * Own words around a fenced form that ask for it: a plea or question to the bot ("please", "can you",
 * "that's what I need"), or a verb of ours in the imperative ("rotate this one", "create it").
 */
const OWN_ASKS =
  /\b(?:please|pls|plz|can\s+(?:you|u)|could\s+(?:you|u)|would\s+(?:you|u)|i\s+(?:need|want|would\s+like|'d\s+like)|we\s+(?:need|want)|need(?:ed)?\s+(?:this|it|one)|that'?s\s+what\s+(?:i|we)\s+need|go\s+ahead|do\s+(?:this|it)\s+(?:now|pls|please)|submit(?:ting)?|here'?s\s+(?:my|the|our)\s+request|request(?:ing)?\s*:?$)\b|^(?:rotate|revoke|deprovision|create|issue|make|run|process|handle|apply)\b/im;
/** A language tag on a fence's first line ("```yaml"). */
const FENCE_TAG = /^[^\S\n]*(?:json|yaml|yml|txt|text|http)?[^\S\n]*\n/i;

/**
 * A form pasted in one code fence as the request ("```yaml\naction: rotate\nunit: search-infra```",
 * "```{ \"unit\": \"vision-2\", \"kind\": \"api-key\" }``` that's what I need"): read as the form typed
 * out, with the own words around it. A form shown for something else ("the config schema from our old
 * portal, just fyi") asks nothing; any other block is pasted material (pasted.ts).
 */
function fencedForm(text: string): Form | null {
  const parts = text.split('```');
  if (parts.length !== 3) return null;
  const block = (parts[1] ?? '').replace(FENCE_TAG, '');
  const brace = block.indexOf('{');
  const json = brace >= 0 ? jsonLines(block.slice(brace, block.lastIndexOf('}') + 1)) : null;
  // (A config nests its settings, "labels:\n  team: growth": no form.)
  if (json === null && /\n[^\S\n]{2,}\S/.test(block)) return null;
  const inner = json ?? block.split('\n').filter((l) => FIELD.test(l));
  const form = inner.length >= 2 ? readForm(inner.join('\n')) : null;
  // (Our fields must be most of the block's: "app: x\nreplicas: 3\nteam: y" is a config.)
  if (form === null || form.fields.length < 2 || form.fields.length * 2 <= inner.length) return null;
  const own = `${parts[0] ?? ''}\n${parts[2] ?? ''}`.trim();
  if (SHOWN_ONLY.test(own)) return OWN_REQUEST.test(own) ? null : { text, fields: [], tasks: true };
  // (Own words that neither are empty nor ask tell a story of the form: "Dana pasted this in #infra
  // yesterday, she's handling it herself". Pasted material, as any other block.)
  const words = own.replace(/<[@!#][^>]*>|@\w[\w-]*/g, ' ').trim();
  if (words !== '' && !OWN_ASKS.test(words)) return null;
  return readForm(
    [parts[0]?.trim() ?? '', ...inner, parts[2]?.trim() ?? ''].filter((l) => l !== '').join('\n'),
  );
}

/** Whether a label is one of a form's fields ("Team", "key type", "*Expiry*"). */
export function isFieldLabel(raw: string): boolean {
  return ROLE_OF.has(labelOf(raw));
}

/** The value of the first field of a role, or null. */
export function fieldValue(form: Form, role: FieldRole): string | null {
  return form.fields.find((f) => f.role === role)?.value ?? null;
}

export function hasField(form: Form, role: FieldRole): boolean {
  return form.fields.some((f) => f.role === role);
}
