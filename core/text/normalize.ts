/**
 * Lower-cases and folds curly apostrophes and quotes one character at a time, so every offset
 * in the result points at the same character in the original and matches become spans directly.
 */
export function normalizeForMatching(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(APOSTROPHES, "'");
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    // Some capitals lower-case to two code units (İ -> i̇); keep the original to keep offsets.
    out += folded.length === char.length ? folded : char;
  }
  return out.replace(APOSTROPHES, "'");
}

const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;
