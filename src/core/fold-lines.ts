/**
 * A table-driven fold for indexing large texts (the question bank's search): the same
 * result as `fold` (fold.ts) line by line, several times faster than normalize + regex on
 * long text, and it keeps line breaks so that a search index can tell the parts of a
 * question apart. It is a module of its own so that it ships with the bank only, not with
 * registration, which needs `fold` before the first question.
 */
import { fold } from './fold.ts';

/** Characters below this code point are folded by table; above, through a small cache. */
const TABLE_SIZE = 0x2000;
/** Table entries that are no character: folds to nothing, to several characters, not yet known. */
const DROP = 0xfffd;
const UNKNOWN = 0xfffe;
const MANY = 0xffff;
const SPACE = 0x20;
const NEWLINE = 0x0a;
let table: Uint16Array | undefined;
const wide = new Map<number, string>();
let buffer = new Uint16Array(1024);

/** Filled on demand: a character is folded the first time it is met. */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(TABLE_SIZE).fill(UNKNOWN);
  return table;
}

function learn(t: Uint16Array, c: number): number {
  const ch = String.fromCharCode(c);
  let f: number;
  if (/\s/.test(ch)) f = c === NEWLINE ? NEWLINE : SPACE;
  else {
    // One character that is not white space: `fold` gives what it folds to (nothing, one or several characters).
    const folded = fold(ch);
    f = folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : MANY;
  }
  t[c] = f;
  return f;
}

/** The string of `codes[0 … length)`, built in chunks (argument lists have a limit). */
export function stringFromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 4096) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  }
  return out;
}

/**
 * `fold` that keeps line breaks: each line folded as `fold` would, empty lines dropped,
 * the lines joined by "\n". `foldLines(t).replace(/\n/g, ' ') === fold(t)` for ordinary
 * text (it folds character by character, so it ignores the few context-dependent case
 * mappings, like the Greek final sigma).
 */
export function foldLines(text: string): string {
  const t = foldTable();
  if (buffer.length < text.length * 2 + 2) buffer = new Uint16Array(text.length * 2 + 1024);
  const out = buffer;
  let n = 0;
  /** 0: nothing pending, SPACE or NEWLINE: a separator to write before the next character. */
  let pending = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f: number;
    let many: string | undefined;
    if (c < TABLE_SIZE) {
      f = t[c]!; // the table has TABLE_SIZE entries
      if (f === UNKNOWN) f = learn(t, c);
      if (f === MANY) many = fold(text.charAt(i));
    } else {
      many = wide.get(c);
      if (many === undefined) {
        const ch = text.charAt(i);
        many = /\s/.test(ch) ? ' ' : fold(ch);
        wide.set(c, many);
      }
      f = many === ' ' ? SPACE : many.length === 0 ? DROP : MANY;
    }
    if (f === DROP) continue;
    if (f === SPACE || f === NEWLINE) {
      if (pending !== NEWLINE) pending = f;
      continue;
    }
    if (pending !== 0) {
      if (n > 0) out[n++] = pending;
      pending = 0;
    }
    if (many !== undefined) {
      if (n + many.length >= out.length) return foldLinesSlow(text);
      for (let k = 0; k < many.length; k++) out[n++] = many.charCodeAt(k);
    } else {
      out[n++] = f;
    }
  }
  const folded = stringFromCodes(out, n);
  // One long text must not keep a large buffer alive.
  if (buffer.length > 1 << 16) buffer = new Uint16Array(1024);
  return folded;
}

/** The fallback for text whose folding outgrows the buffer (characters folding to several). */
function foldLinesSlow(text: string): string {
  return text.split('\n').map(fold).filter(Boolean).join('\n');
}
