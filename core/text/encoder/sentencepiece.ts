/**
 * The Universal Sentence Encoder lite's tokenizer: SentencePiece unigram, Viterbi over a lattice of
 * vocabulary pieces, exactly as tfjs-models' universal-sentence-encoder tokenises (NFKC, a leading
 * "▁" and every space as "▁", reserved ids 0-5 never matched, an unknown character as id 0, runs of
 * unknowns merged). The vocabulary is the model's `vocab.json`: `[piece, log-probability]` pairs,
 * the id being the index.
 */
export type Vocabulary = readonly (readonly [string, number])[];

const SEPARATOR = '\u2581';
const RESERVED = 6;
const UNKNOWN = 0;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Id and score of the piece ending here, if one does. */
  piece?: { id: number; score: number; length: number };
}

export class SentencePieceTokenizer {
  private readonly root: TrieNode = { children: new Map() };

  constructor(vocabulary: Vocabulary) {
    for (let id = RESERVED; id < vocabulary.length; id++) {
      const [text, score] = vocabulary[id]!;
      const symbols = [...text];
      let node = this.root;
      for (const symbol of symbols) {
        let next = node.children.get(symbol);
        if (!next) node.children.set(symbol, (next = { children: new Map() }));
        node = next;
      }
      node.piece = { id, score, length: symbols.length };
    }
  }

  encode(text: string): number[] {
    const normalized = text.normalize('NFKC');
    if (normalized.length === 0) return [];
    const symbols = [...(SEPARATOR + normalized.replace(/ /g, SEPARATOR))];
    const n = symbols.length;
    // best[i]: score of the best segmentation of symbols[0, i); last[i]: the piece ending at i.
    const best = new Float64Array(n + 1).fill(-Infinity);
    const lastId = new Int32Array(n + 1).fill(UNKNOWN);
    const lastLength = new Int32Array(n + 1).fill(1);
    best[0] = 0;
    for (let start = 0; start < n; start++) {
      if (best[start] === -Infinity) continue;
      let node: TrieNode | undefined = this.root;
      let matched = false;
      for (let end = start; end < n && node; end++) {
        node = node.children.get(symbols[end]!);
        const piece = node?.piece;
        if (!piece) continue;
        matched = true;
        const score = best[start]! + piece.score;
        if (score >= best[end + 1]!) {
          best[end + 1] = score;
          lastId[end + 1] = piece.id;
          lastLength[end + 1] = piece.length;
        }
      }
      // A character no piece starts with becomes one unknown symbol, as the reference does.
      if (!matched && best[start + 1] === -Infinity) {
        best[start + 1] = best[start]!;
        lastId[start + 1] = UNKNOWN;
        lastLength[start + 1] = 1;
      }
    }
    const ids: number[] = [];
    for (let end = n; end > 0; end -= lastLength[end]!) ids.push(lastId[end]!);
    ids.reverse();
    return ids.filter((id, i) => !(id === UNKNOWN && ids[i - 1] === UNKNOWN));
  }
}
