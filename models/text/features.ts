/**
 * Token ids -> rows of the embedding table: every token id is its own row, and every pair of
 * adjacent ids is hashed into one of `buckets` bigram rows after them. The ONNX graph computes the
 * same hash with int64 Mul/Add/Mod, so the exported model needs nothing but token ids.
 */

/** A prime, so (left * multiplier + right) spreads pairs over the buckets. */
export const BIGRAM_MULTIPLIER = 1_000_003;

export interface FeatureSpace {
  /** Vocabulary size, [PAD] and [UNK] included. */
  vocabulary: number;
  /** Hashed bigram rows after the vocabulary rows. */
  buckets: number;
}

export const tableRows = (space: FeatureSpace) => space.vocabulary + space.buckets;

/** The table row a pair of adjacent token ids lands in. */
export function bigramRow(space: FeatureSpace, left: number, right: number): number {
  return space.vocabulary + ((left * BIGRAM_MULTIPLIER + right) % space.buckets);
}

/** Unigram rows then bigram rows for one message's token ids ([PAD] never appears here). */
export function featureRows(space: FeatureSpace, ids: readonly number[]): Int32Array {
  const rows = new Int32Array(ids.length + Math.max(0, ids.length - 1));
  ids.forEach((id, t) => {
    rows[t] = id;
    if (t > 0) rows[ids.length + t - 1] = bigramRow(space, ids[t - 1]!, id);
  });
  return rows;
}
