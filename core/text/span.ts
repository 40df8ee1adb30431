/** A stretch of the user's original text, by UTF-16 offsets, so the UI can highlight it. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export function spanOf(original: string, start: number, end: number): TextSpan {
  return { start, end, text: original.slice(start, end) };
}
