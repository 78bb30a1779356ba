/**
 * Decodes text as Slack delivers it (mrkdwn markup and HTML entities) into plain text, keeping
 * what matters to the parser: mentioned user IDs, e-mail addresses, channel and link labels.
 */
import { STRUCK_MARKER } from './correction-markers.js';

export interface DecodedText {
  /** Plain text; user mentions are replaced by the placeholder word `xxuser`. */
  text: string;
  /** Slack user IDs mentioned in the text (in order), excluding a leading mention of the bot. */
  mentions: string[];
}

/** A mention at the start, or after a greeting ("hey <@U0BOT> can you…"), addresses the bot. */
const LEADING_MENTION =
  /^(\s*(?:(?:hey|hi|hello|hiya|yo|ok|okay|thanks|thx|morning|good\s+morning)[\s,!]+)?)<@([UW][A-Z0-9]+)(?:\|[^>]*)?>[\s,:]*/i;
/**
 * A leading mention followed by a third-person verb is the subject of the sentence, not the bot being
 * addressed: "<@U…> needs a token", "<@U…> is on the call with the customer and her token expired",
 * "<@U…>'s token ran out". ("<@U…> is there a way …", "<@U…> has anyone …" ask the bot.)
 */
export const PERSON_SUBJECT =
  /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>(?:\s*(?:needs|wants|requires|would\s+like|(?:will|'ll|shall)\s+(?:own|be\s+(?:the\s+)?owner|need|use)|is\s+going\s+to\s+own)\b|\s+(?:is|was|has)\s+(?!(?:there|it|this|that|anyone|anybody|someone|somebody|everyone|any|a\s+way)\b)[a-z]|'s\s)/i;
const MARKUP = /<([^<>]*)>/g;
/** A quoted line that opens with a mention: a request put to the bot, quoted ("> <@U0BOT> token 2h"). */
const QUOTED_BOT = /^\s*(?:>|&gt;)\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>(?!'s)/m;
/**
 * The mention of the quoted request's addressee when the reply speaks to it, opening a sentence
 * ("too short. ok <@U0BOT> another one, 4h"); not one named as a person ("owner <@U…>", "for <@U…>").
 */
function spokenToIn(raw: string, id: string): string | null {
  if (!raw.includes(id)) return null;
  const at = new RegExp(
    String.raw`(?:^|[.!?:]\s+|\n\s*)(?:(?:ok|okay|so|then|hey|and|but)[\s,]+)?<@${id}(?:\|[^>]*)?>`,
    'i',
  );
  return at.test(raw) ? id : null;
}

/** A leading mention thanked, its sentence ended: "thanks <@U…>!", "thx <@U…>." */
const THANKED = /^\s*(?:thanks|thank\s+you|thx|ty)[\s,!]+<@[^>]+>\s*[!.]/i;
/** A mention opening a later sentence: "… ! <@U0BOT> then please …". */
const SENTENCE_MENTION = /[.!?\n]\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** The mention that opens a later sentence, other than the leading one: the bot spoken to. */
function laterAddressed(raw: string, leading: RegExpExecArray): string | null {
  for (const m of raw.slice(leading[0].length).matchAll(SENTENCE_MENTION))
    if (m[1] !== undefined && m[1] !== leading[2]) return m[1];
  return null;
}

/** A unit's name as a link's label: lowercase, a hyphen inside, not a ticket's letters and number ("ops-441"). */
const LINKED_UNIT = /^(?![a-z]{2,10}-\d+$)[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
/** Where a unit's name stands, right before the link: "for", "unit", "team", "bu", "does", a verb of ours. */
const UNIT_STANDS = /\b(?:for|unit|team|bu|does|deprovision|offboard)\s*:?\s*$/i;

/**
 * Slack sends the text of a message with `&`, `<` and `>` escaped, so a quoted line ("> rotate the ads
 * key") arrives as "&gt; rotate the ads key". The quote mark is structure, not text: it is restored first,
 * so that every step reads a quote as one (a quoted request is someone else's words, never acted on).
 * A block quote (">>> …") quotes its line and every line after it, as Slack shows it: each of those
 * lines is marked as a quote.
 */
export function slackQuoteMarks(text: string): string {
  if (typeof text !== 'string') return text;
  const marked = text.includes('&gt;')
    ? text.replace(
        /^([^\S\n]*)((?:&gt;)+)/gm,
        (_m, lead: string, marks: string) => `${lead}${'>'.repeat(marks.length / 4)}`,
      )
    : text;
  const block = marked.includes('>>>') ? blockQuoteAt(marked) : null;
  if (block === null) return marked;
  const rest = marked.slice(block.index).replace(/^[^\S\n]*>>>[^\S\n]?/, '');
  return `${marked.slice(0, block.index)}${rest
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}`;
}

/** The first line that opens a block quote (">>>"), outside a code block ("```…```": a prompt's ">>>"). */
function blockQuoteAt(text: string): { index: number } | null {
  const opening = /^[^\S\n]*>>>/gm;
  for (let m = opening.exec(text); m !== null; m = opening.exec(text)) {
    const fences = text.slice(0, m.index).split('```').length - 1;
    if (fences % 2 === 0) return { index: m.index };
  }
  return null;
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Struck-through text (~x~, and the Markdown ~~x~~ people type out of habit: round twenty-four). */
const STRUCK = /(^|[\s(])(~~?)([^~\n]+)\2(?=$|[\s).,!?:;])/g;

/** Decodes Slack markup. A mention at the very start addresses the bot (app mentions) and is dropped. */
export function decodeSlackText(input: string): DecodedText {
  const mentions: string[] = [];
  // Quoted lines ("> what you said") are someone else's words, struck-through text (~x~) is taken back.
  let raw = input;
  // "> <@bot> token for 2h\nugh, too short. <@bot> another one, 4h": the one a quoted request spoke to
  // is the bot wherever the reply mentions it.
  let quotedBot: string | null = null;
  if (raw.includes('>')) {
    quotedBot = QUOTED_BOT.exec(raw)?.[1] ?? null;
    raw = raw
      .split('\n')
      .filter((line) => !/^\s*(?:>|&gt;)/.test(line))
      .join('\n');
  }
  // Struck text is taken back; a struck marker word between two names ("rotate sales-ops ~no~
  // sales-eng") says that the one after replaces the one before.
  if (raw.includes('~'))
    raw = raw.replace(
      STRUCK,
      (m: string, lead: string, _tildes: string, struck: string, at: number, all: string) =>
        STRUCK_MARKER.test(struck) &&
        /\S[^\S\n]*$/.test(all.slice(0, at)) &&
        /^[^\S\n]*[a-z0-9<@]/i.test(all.slice(at + m.length))
          ? `${lead} , actually `
          : `${lead} `,
    );
  // "<@U024BE7LH> needs a token" (a slash command or DM) names a person, not the bot. A leading
  // mention that addresses the bot names the bot wherever else it appears: never an owner.
  const leading = !raw.includes('<@') || PERSON_SUBJECT.test(raw) ? null : LEADING_MENTION.exec(raw);
  // "thanks <@U…>! <@bot> then please create …": a person thanked first, the bot spoken to after.
  const thanked = leading !== null && THANKED.test(raw) ? laterAddressed(raw, leading) : null;
  const addressed = thanked ?? leading?.[2] ?? (quotedBot !== null ? spokenToIn(raw, quotedBot) : null);
  const withoutBot =
    addressed === null || thanked !== null || leading === null ? raw : raw.replace(LEADING_MENTION, '$1 ');
  // (Most texts have no markup at all.)
  if (!withoutBot.includes('<')) return { text: decodeEntities(withoutBot), mentions };
  const text = withoutBot.replace(MARKUP, (_all, inner: string, at: number) => {
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = bar >= 0 ? inner.slice(bar + 1) : '';
    if (target.startsWith('@')) {
      const id = target.slice(1);
      if (id === addressed) return ' ';
      if (/^[UW][A-Z0-9]+$/.test(id)) {
        mentions.push(id);
        return ' xxuser ';
      }
      return ' ';
    }
    if (target.startsWith('#')) return label ? ` ${label} ` : ' ';
    if (target.startsWith('!')) return ' '; // <!here>, <!channel>, <!subteam^…>, dates
    if (target.startsWith('mailto:')) return ` ${decodeEntities(target.slice('mailto:'.length))} `;
    // Links: the label is prose about the link, not part of the request. (fix53f, English styles: except a unit's
    // name linked where a unit stands, "create key for <https://wiki…/risk-ml|risk-ml>, 30d": a lowercase name with a
    // hyphen after "for"/"unit"/"team", no ticket ID, "OPS-441", nor words, "the wiki".)
    if (/^[a-z][a-z0-9+.-]*:/i.test(target))
      return LINKED_UNIT.test(label) && UNIT_STANDS.test(withoutBot.slice(Math.max(0, at - 16), at))
        ? ` ${label} `
        : ' xxurl ';
    return ` ${decodeEntities(inner)} `;
  });
  return { text: decodeEntities(text), mentions };
}
