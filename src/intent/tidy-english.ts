/**
 * English words joined from the glosses of a reader of another script (other-scripts.ts), tidied: no space before
 * a stop, a comma, a question mark or a closing bracket, none after an opening one, one space between words, nothing
 * before the first word.
 */
export function tidyEnglish(glossed: string): string {
  return glossed
    .replace(/ +([?,.:!)])/g, '$1')
    .replace(/\( +/g, '(')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s,.]+/, '')
    .trim();
}
