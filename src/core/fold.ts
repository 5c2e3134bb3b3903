/**
 * Vietnamese text folding for search: "Thủ tục hành chính" and "thu tuc hanh chinh"
 * fold to the same string. NFD splits the tone and vowel marks off; đ has no
 * decomposition, so it is mapped by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, both folded. */
export function matches(foldedText: string, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  return words.every((w) => foldedText.includes(w));
}
