/**
 * `export NAME="value"` lines for secrets, as code-block sections. A value too long for one
 * Slack section (a bearer token signed with a long session token can be) is split into parts
 * that each stay a valid shell line: the later parts append to the variable.
 */
import { BLOCK_LIMITS } from './block-kit.js';
import type { SectionBlock } from './block-kit.js';
import { codeBlock } from './format.js';
import { mrkdwn } from './limits.js';

export interface EnvVar {
  name: string;
  value: string;
}

const OVERHEAD = 6 + 64; // fences + room for the longest `export NAME="${NAME}…"` wrapper

function exportLines(v: EnvVar, maxLine: number): string[] {
  const whole = `export ${v.name}="${v.value}"`;
  if (codeBlock(whole).length <= maxLine) return [whole];
  const lines: string[] = [];
  let piece = Math.floor((BLOCK_LIMITS.sectionText - OVERHEAD) * 0.8);
  let parts: string[] = [];
  for (;;) {
    parts = [];
    for (let i = 0; i < v.value.length; i += piece) parts.push(v.value.slice(i, i + piece));
    if (
      parts.every((p) => codeBlock(`export ${v.name}="\${${v.name}}${p}"`).length <= maxLine) ||
      piece < 100
    )
      break;
    piece = Math.floor(piece / 2);
  }
  parts.forEach((p, i) =>
    lines.push(i === 0 ? `export ${v.name}="${p}"` : `export ${v.name}="\${${v.name}}${p}"`),
  );
  return lines;
}

/** Sections of code blocks with the exports, one copyable block when it fits. */
export function exportSections(vars: EnvVar[]): SectionBlock[] {
  const max = BLOCK_LIMITS.sectionText;
  const lines = vars.flatMap((v) => exportLines(v, max));
  const bodies: string[][] = [];
  for (const line of lines) {
    const last = bodies[bodies.length - 1];
    if (last && codeBlock([...last, line].join('\n')).length <= max) last.push(line);
    else bodies.push([line]);
  }
  const split = bodies.length > 1 && lines.length > vars.length;
  const out: SectionBlock[] = bodies.map((b) => ({ type: 'section', text: mrkdwn(codeBlock(b.join('\n'))) }));
  if (split) {
    out.unshift({
      type: 'section',
      text: mrkdwn(
        '_The value is long, so it comes in parts: run every block below in the same shell, in order._',
      ),
    });
  }
  return out;
}
