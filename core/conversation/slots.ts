import type { Feeling } from './extract';
import { recalled, type Remembered, type SessionMemory } from './memory';
import type { Slots } from './pick';
import type { Tone } from './tone';
import { TOPIC_PHRASES } from './words';

export const isSoft = (tone: Tone): boolean => tone === 'stressed' || tone === 'low';

/** Their feeling word: a distress word first when the reply is soft ("relieved but exhausted"). */
function feelingFor(feelings: readonly Feeling[], tone: Tone): Feeling | undefined {
  const distress = feelings.find((feeling) => feeling.family !== 'happy');
  return isSoft(tone) ? (distress ?? feelings[0]) : (feelings[0] ?? distress);
}

/** "a, b and c" */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The earlier mention worth bringing back now: not in this message, not recalled before. */
export function memoryToRecall(memory: SessionMemory): Remembered | null {
  const now = [...memory.mentions.people, ...memory.mentions.things].map((m) => m.key);
  const candidates = memory.earlier.filter(
    (item) => !now.includes(item.key) && !recalled(memory, item.phrase),
  );
  // A worry or a person matters more than a passing noun.
  return candidates.find((item) => item.worry) ?? candidates[0] ?? null;
}

/** Everything the person has talked about in the session, in their words, oldest first. */
export function sessionTopics(memory: SessionMemory, limit = 3): string[] {
  const current = [...memory.mentions.people, ...memory.mentions.things];
  const earlierKeys = new Set(memory.earlier.map((item) => item.key));
  const all = [
    ...[...memory.earlier].reverse().map((item) => item.phrase),
    ...current.filter((m) => !earlierKeys.has(m.key)).map((m) => m.phrase),
  ];
  return [...new Set(all)].slice(-limit);
}

/** The slot values for this reply, all in the person's own words. */
export function slotsFor(memory: SessionMemory, tone: Tone): Slots {
  const { mentions } = memory;
  const thing = mentions.things.find((t) => t.worry) ?? mentions.things[0];
  const topic =
    thing?.phrase ?? (mentions.topics[0] ? TOPIC_PHRASES[mentions.topics[0]] : undefined);
  const person = mentions.people[0]?.phrase;
  const returning = [...mentions.things, ...mentions.people].find((m) =>
    memory.earlier.some((item) => item.key === m.key && item.times >= 2),
  );
  const earlierWorry = memory.earlier.find((item) => item.worry);
  const recall = memoryToRecall(memory);
  return {
    feeling: feelingFor(mentions.feelings, tone)?.word,
    topic,
    task: topic ?? earlierWorry?.phrase,
    person,
    news: mentions.achievement ?? undefined,
    earlier: recall?.phrase,
    list: listed(sessionTopics(memory)),
    returning: returning?.phrase,
  };
}
