/**
 * Names of a workbook's sheets, as Excel accepts them: at most 31 characters, none of `[ ] : * ? / \`, not starting
 * or ending with an apostrophe, not "History" (Excel keeps it for itself), and no two alike — Excel compares names
 * ignoring case. A name Excel would refuse makes it "repair" the whole file, so every name passes through here.
 */

export const MAX_SHEET_NAME = 31;

/** Cut to `max` UTF-16 units (Excel's count) without splitting an emoji's surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/** `wanted` as a name Excel accepts; the ending (` v2`, ` (2)`) is kept whole and the start shortened. */
function acceptable(start: string, ending = ''): string {
  const clean = (text: string) => text.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ');
  // An ending longer than a name (a very long version) keeps its last characters, where ` (2)` is.
  const end = clean(ending).slice(-(MAX_SHEET_NAME - 1));
  const name = (cut(clean(start).trim(), MAX_SHEET_NAME - end.length).trimEnd() + end).replace(/^'+|'+$/g, '').trim();
  return name === '' || name.toLowerCase() === 'history' ? `Sheet${end}` : name;
}

/** Hands out each sheet's name once: a name already given gets ` (2)`, ` (3)`… within the 31 characters. */
export function sheetNames(): (start: string, ending?: string) => string {
  const given = new Set<string>();
  return (start, ending = '') => {
    let name = acceptable(start, ending);
    for (let n = 2; given.has(name.toLowerCase()); n += 1) name = acceptable(start, `${ending} (${n})`);
    given.add(name.toLowerCase());
    return name;
  };
}
