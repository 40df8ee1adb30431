/**
 * Vocabulary by document frequency: a feature is kept when at least `minDocs` training messages
 * use it, written by at least `minGroups` different authors. The second condition is the one that
 * matters here: a feature only one writer used is that writer's habit, not how people say it.
 */
export interface VocabularyOptions {
  minDocs: number;
  minGroups: number;
  /** Keep at most this many, the most frequent first. */
  maxFeatures: number;
}

export function selectVocabulary(
  docs: { features: string[]; group: number }[],
  options: VocabularyOptions,
): string[] {
  const counts = new Map<string, { docs: number; groups: Set<number> }>();
  for (const doc of docs) {
    for (const feature of doc.features) {
      let count = counts.get(feature);
      if (!count) counts.set(feature, (count = { docs: 0, groups: new Set() }));
      count.docs += 1;
      count.groups.add(doc.group);
    }
  }
  const kept = [...counts].filter(
    ([, count]) => count.docs >= options.minDocs && count.groups.size >= options.minGroups,
  );
  // Ties broken by the feature itself, so the vocabulary never depends on reading order.
  kept.sort(([a, ca], [b, cb]) => cb.docs - ca.docs || (a < b ? -1 : a > b ? 1 : 0));
  return kept.slice(0, options.maxFeatures).map(([feature]) => feature);
}
