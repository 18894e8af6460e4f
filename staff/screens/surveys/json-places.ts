/**
 * Where a path of a survey definition (`questions[1].options`, as src/core/parse.ts names a mistake) is in the text
 * the admin typed, so the console can put the caret there; and a JSON syntax error's line and column. Read from the
 * text itself, because the parsed object has forgotten where anything was.
 */

export interface Place {
  /** Offset of the member's key (or of the value, for an item of a list or the whole text). */
  start: number;
  /** Offset just after the value. */
  end: number;
}

/** Every value's place by its path, for text that `JSON.parse` accepts. */
function places(text: string): Map<string, Place> {
  const found = new Map<string, Place>();
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const from = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(from, i)) as string;
  };
  const value = (path: string, keyAt?: number): void => {
    space();
    const start = keyAt ?? i;
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      for (let n = 0; text[i] !== close && i < text.length; n++) {
        space();
        if (c === '{') {
          const at = i;
          const key = string();
          space();
          i++; // the colon
          value(path ? `${path}.${key}` : key, at);
        } else value(`${path}[${n}]`);
        space();
        if (text[i] === ',') i++;
      }
      i++;
    } else if (c === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    found.set(path, { start, end: i });
  };
  value('');
  return found;
}

/**
 * The place of `path` in `text`, or of the nearest enclosing value the text has (a missing `options` is shown at
 * its question). Undefined when the text is not JSON.
 */
export function placeOf(text: string, path: string): Place | undefined {
  let map: Map<string, Place>;
  try {
    JSON.parse(text);
    map = places(text);
  } catch {
    return undefined;
  }
  let p = path;
  for (;;) {
    const place = map.get(p);
    if (place || !p) return place ?? map.get('');
    p = p.replace(/(\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, '');
  }
}

/** The 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Where `JSON.parse` stopped reading `text` (V8 names the position), or its end when the browser does not say. */
export function syntaxErrorAt(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Math.min(Number(position), text.length);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) {
    const lines = text.split('\n').slice(0, Number(lineCol[1]) - 1);
    return Math.min(lines.reduce((n, l) => n + l.length + 1, 0) + Number(lineCol[2]) - 1, text.length);
  }
  return text.length;
}
