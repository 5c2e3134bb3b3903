/** A shuffled copy of `items` (Fisher–Yates), drawing from `random` (0 ≤ x < 1). */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    // 0 ≤ j ≤ i < a.length: both are items.
    [a[i], a[j]] = [a[j], a[i]] as [T, T];
  }
  return a;
}
