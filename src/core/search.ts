/**
 * Search over the question bank, in Vietnamese, ignoring diacritics and case: "thu tuc
 * hanh chinh", "THỦ TỤC" and "Thủ tục hành chính" find the same questions.
 *
 * The query is folded and split into words; an item matches when every word occurs in
 * it. A word of three or more letters also matches the initials of consecutive words
 * ("dvc" finds "dịch vụ công", "ubnd" finds "Ủy ban nhân dân", "tthc" finds "thủ tục
 * hành chính"); initials never run across a line or a sentence.
 *
 * Pure: no DOM. Everything that does not depend on the query (folded texts, initials) is
 * computed when the index is created; a search is one tight loop of `includes` over the
 * items (measured in Chromium: faster than `indexOf` scans over one concatenated string,
 * since most folded items are one-byte strings and the corpus as a whole is not). A query
 * that narrows an earlier one (one more letter typed) only re-checks that query's results.
 */
import { foldLines, stringFromCodes } from './fold-lines.ts';

export interface SearchIndex {
  /** Number of items indexed. */
  readonly size: number;
  /** Indices of the items matching `query`, ascending; every index for a blank query. */
  search(query: string): number[];
}

interface Word {
  text: string;
  /** Three or more letters: may also match initials. */
  initials: boolean;
}

interface CacheEntry {
  words: Word[];
  results: number[];
}

/** Earlier queries kept to narrow from (typing on) or to answer at once (deleting back). */
const CACHE_SIZE = 32;
const ABBREVIATION = /^[a-z]{3,}$/;

/** The words of a query, folded, as the index matches them. */
export function queryWords(query: string): string[] {
  return parseQuery(query).map((w) => w.text);
}

export function createSearchIndex(items: readonly string[]): SearchIndex {
  const folded = items.map((item) => foldLines(item));
  return indexOver(
    folded,
    folded.map((text) => initialsOf(text)),
  );
}

/**
 * `createSearchIndex` in slices of about `sliceMs`, awaiting `pause()` between them, so that
 * folding 10,000 questions on a slow phone never blocks typing or scrolling for long.
 */
export async function buildSearchIndex(
  items: readonly string[],
  pause: () => Promise<unknown> = () => new Promise((r) => setTimeout(r)),
  sliceMs = 8,
): Promise<SearchIndex> {
  const folded = new Array<string>(items.length);
  const initials = new Array<string>(items.length);
  let sliceStart = performance.now();
  for (const [i, item] of items.entries()) {
    const text = (folded[i] = foldLines(item));
    initials[i] = initialsOf(text);
    if ((i & 31) === 31 && performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return indexOver(folded, initials);
}

function indexOver(folded: readonly string[], initials: readonly string[]): SearchIndex {
  const size = folded.length;
  const all = new Array<number>(size);
  for (let i = 0; i < size; i++) all[i] = i;

  const cache = new Map<string, CacheEntry>();

  function run(words: Word[], candidates: readonly number[]): number[] {
    const out: number[] = [];
    outer: for (const i of candidates) {
      // Candidates are positions in folded (all of them, or the hits of a query this one extends):
      // one that were not would match nothing.
      const text = folded[i] ?? '';
      for (const w of words) {
        if (!text.includes(w.text) && !(w.initials && initials[i]?.includes(w.text))) continue outer;
      }
      out.push(i);
    }
    return out;
  }

  return {
    size,
    search(query: string): number[] {
      const words = parseQuery(query);
      if (words.length === 0) return all.slice();
      const key = words.map((w) => w.text).join(' ');
      const hit = cache.get(key);
      if (hit) {
        cache.delete(key);
        cache.set(key, hit);
        return hit.results.slice();
      }
      // The smallest earlier result that surely contains every match of this query.
      let base: readonly number[] = all;
      for (const entry of cache.values()) {
        if (entry.results.length < base.length && narrows(words, entry.words)) base = entry.results;
      }
      const results = run(words, base);
      cache.set(key, { words, results });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return results.slice();
    },
  };
}

/** Folded words, no duplicates and none implied by another, longest (most selective) first. */
function parseQuery(query: string): Word[] {
  const texts = foldLines(query).split(/[ \n]/);
  const words: Word[] = [];
  for (const text of texts) {
    if (text && !words.some((w) => w.text === text)) words.push({ text, initials: ABBREVIATION.test(text) });
  }
  const kept = words.filter((p) => !words.some((w) => w !== p && implies(w, p)));
  return kept.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
}

/**
 * Every item matching `w` matches `p`: `p` is part of `w`, and if `w` may match initials,
 * so may `p` (a part of an initials run is one too; a two-letter part is not searched there).
 */
function implies(w: Word, p: Word): boolean {
  return w.text.includes(p.text) && (p.initials || !w.initials);
}

/** Every match of `words` is a match of `earlier`: each earlier word is implied by one of them. */
function narrows(words: readonly Word[], earlier: readonly Word[]): boolean {
  return earlier.every((p) => words.some((w) => implies(w, p)));
}

/** Characters after which initials start again: line and sentence breaks, brackets, quotes. */
const BREAKS = '\n.?!;:()[]"“”…';
/** Per character code below 0x2100: 1 = a letter or digit of a folded word, 2 = a break. */
const KIND = new Uint8Array(0x2100);
for (let c = 0x30; c <= 0x39; c++) KIND[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) KIND[c] = 1;
for (const c of BREAKS) KIND[c.charCodeAt(0)] = 2;
let codes = new Uint16Array(256);

/**
 * The first letter or digit of each word of a folded text, with a space wherever a run of
 * consecutive words is broken: "thu tuc hanh chinh (tthc)\ndich vu cong" → "tthc t dvc".
 */
function initialsOf(text: string): string {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  let n = 0;
  let inWord = false;
  let broken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < 0x2100 ? KIND[c] : 0;
    if (kind === 1) {
      if (!inWord) {
        if (broken && n > 0) codes[n++] = 0x20;
        broken = false;
        codes[n++] = c;
        inWord = true;
      }
    } else {
      inWord = false;
      if (kind === 2) broken = true;
    }
  }
  return stringFromCodes(codes, n);
}
