/**
 * Terms: the prepared text (lowercase, values already lifted into placeholder words) cut into words
 * with the punctuation around them, and the lexicon tag of each word. A small tokenizer of our own:
 * the prepared text needs no more than splitting at spaces and peeling punctuation off each end,
 * and doing it here costs a fraction of a general NLP library's document model.
 */
import { FUNCTION_WORDS, LEXICON } from './lexicon.js';

export interface Term {
  w: string;
  tag: string | undefined;
  /** Punctuation after the term (a comma, a full stop, a closing bracket). */
  brk: boolean;
  /** A phrase ends after this term: punctuation after it, or an opening bracket or quote before the next. */
  stop: boolean;
  possessive: boolean;
  /** A sentence ends after this term. */
  end?: boolean;
  /** An opening bracket stands right before this term ("(kyc)"). */
  paren?: boolean;
  /** A closing bracket stands right after this term. */
  close?: boolean;
  /** A colon stands right after this term ("qualite: rotate the key"). */
  colon?: boolean;
  /** A question mark stands right after this term ("revoke? brave"). */
  asked?: boolean;
  /** This word and the next are neighbours in a name written in Title Case ("Llama Drama"): title-names.ts. */
  title?: boolean;
}

/**
 * A line that names a credential and ends on a word, before a line that opens with a field's label ("…rotate Bedrock key
 * for payments⏎window: today"). (Not a field's own value, "course: cs 231n⏎credential: …": another reader takes it.)
 */
const FIELD_LINE_AFTER =
  /(\b(?:keys?|api_keys?|tokens?|credentials?|creds)\b[^\n]*[a-z0-9_])[ \t]*\n(?=[ \t]*[*_]*[a-z][a-z_-]*[*_]*:(?:\s|$))/g;
/**
 * Any line before a unit's field ("*Spend query*⏎• unit: npc-dialogue"): the line's last word is no name before the
 * field's unit noun ("query unit", "query team").
 */
const UNIT_FIELD_AFTER =
  /([a-z0-9_])[ \t]*\n(?=[^\w\n]*(?:unit|team|bu|business\s+unit|project|service|system|app)[*_]*:(?:\s|$))/g;

/** A chunk between spaces: punctuation before, the word, punctuation after. */
const CHUNK = /^([^a-z0-9_']*)(.*?)([^a-z0-9_]*)$/;
/** Most chunks are a plain word: no punctuation to peel off. */
const PLAIN = /^[a-z0-9_]+$/;
const BREAK = /[,;:.!?)\]}>"]/;
const OPENING = /[([{<"]/;

/**
 * A term with every field present from the start: terms of one shape keep the property reads of the
 * unit finder and the rules monomorphic (a field added later gives the object another hidden class).
 */
function newTerm(w: string, brk: boolean, possessive: boolean): Term {
  return {
    w,
    tag: LEXICON[w],
    brk,
    stop: brk,
    possessive,
    end: undefined,
    paren: undefined,
    close: undefined,
    colon: undefined,
    asked: undefined,
    title: undefined,
  };
}

/** Cuts prepared text into terms. Sentence ends count as breaks; nothing else is lost. */
export function tokenize(text: string): Term[] {
  // (fix45c: "Change: rotate Bedrock key for payments\nWindow: today 14:00": a line that opens with a field's label
  // ends the phrase of the line before it, as a semicolon joining fields does, where that line names a credential: the
  // name is "payments", never "payments-window"; and any line before a unit's field ("*Spend query*⏎• unit: x": the
  // unit is x, never "query"). Other line breaks read as spaces, as before.)
  const fields = text.includes('\n')
    ? text.replace(FIELD_LINE_AFTER, '$1 ;\n').replace(UNIT_FIELD_AFTER, '$1 ;\n')
    : text;
  const out: Term[] = [];
  // ("Copilot ( underwriting-copilot )", as a name in backticks is prepared: a bracket on its own opens on the next word.)
  let opened = false;
  for (const chunk of fields.split(/\s+/)) {
    if (chunk === '') continue;
    if (PLAIN.test(chunk)) {
      const term = newTerm(chunk, false, false);
      if (opened && !chunk.startsWith('xx')) term.paren = true;
      opened = false;
      out.push(term);
      continue;
    }
    const m = CHUNK.exec(chunk);
    const pre = m?.[1] ?? '';
    let core = m?.[2] ?? '';
    let post = m?.[3] ?? '';
    // ("last month's spend": prepare.ts lifts the period out as a word, its "'s" stands alone and is
    // no word, let alone a unit's name.)
    if (core === "'s" || core === '’s') continue;
    // Trailing apostrophes belong to the word only as a possessive ("sales'"); quotes are punctuation.
    const previous = out[out.length - 1];
    if (core === '') {
      // Punctuation on its own ends the phrase before it.
      if (previous && BREAK.test(chunk)) {
        previous.brk = previous.stop = true;
        if (/[.!?]/.test(chunk)) previous.end = true;
        // ("(cc <@U…> )": a bracket closed after a lifted value closes it on the word before.)
        if (chunk.includes(')')) previous.close = true;
      }
      if (chunk === '(') {
        opened = true;
      }
      continue;
    }
    // Inner punctuation other than apostrophes and underscores is no part of the word.
    if (/[^a-z0-9_']/.test(core)) {
      const inner = /^(.*?[a-z0-9_'])([^a-z0-9_']+)$/.exec(core);
      if (inner) {
        core = inner[1] ?? core;
        post = (inner[2] ?? '') + post;
      }
    }
    let w = core.replace(/^'+/, '');
    let possessive = false;
    if (w.endsWith("'s") && !FUNCTION_WORDS.has(w)) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (w.endsWith("s'")) {
      w = w.slice(0, -1);
      possessive = true;
    } else if (w.endsWith("'")) w = w.replace(/'+$/, '');
    if (w === '') continue;
    if (previous && OPENING.test(pre)) previous.stop = true;
    const brk = BREAK.test(post);
    const term = newTerm(w, brk, possessive);
    if (/[.!?]/.test(post)) term.end = true;
    if ((opened && !w.startsWith('xx')) || pre.includes('(')) term.paren = true;
    opened = false;
    if (post.includes(')')) term.close = true;
    if (post.includes(':')) term.colon = true;
    if (post.includes('?')) term.asked = true;
    out.push(term);
  }
  // (fix23a: "Jan van der Berg": "van" before a Dutch name's article is part of the name, no vehicle.)
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i];
    if (t?.w === 'van' && NAME_ARTICLE.has(out[i + 1]?.w ?? '')) t.tag = undefined;
  }
  return out;
}

/** What follows "van" in a Dutch or Flemish surname ("van der Berg", "van den Broek", "van de Ven"). */
const NAME_ARTICLE = new Set(['der', 'den', 'de', 'het', 'dem', 't']);

/**
 * The words of the terms joined by single spaces, with " | " where a sentence ends: regular
 * expressions over this string stand in for phrase patterns ("who (rotated|revoked)").
 */
export function phraseText(terms: Term[]): string {
  let s = ' ';
  for (const t of terms) s += t.end ? `${t.w} | ` : `${t.w} `;
  return s;
}
