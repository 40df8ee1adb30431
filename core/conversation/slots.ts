import { reflectableClause } from './clause';
import type { Feeling } from './extract';
import { recalled, type Remembered, type SessionMemory } from './memory';
import type { Slots } from './pick';
import type { Tone } from './tone';
import { BIG_TASKS, TOPIC_PHRASES } from './words';

const GENERIC = new Set(['work', 'job']);

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
  // The message just before is not "earlier": it is still the conversation.
  const candidates = memory.earlier.filter(
    (item) =>
      item.lastTurn <= memory.userTurns - 3 &&
      !now.includes(item.key) &&
      !recalled(memory, item.phrase),
  );
  // A worry or a person matters more than a passing noun, and "work" least of all.
  const specific = candidates.filter((item) => !GENERIC.has(item.key));
  return specific.find((item) => item.worry) ?? specific[0] ?? candidates[0] ?? null;
}

/**
 * What the person has talked about in the session, in their words, in the order they raised it:
 * the main thing of each message (a specific worry, else a person), then the rest.
 */
export function sessionTopics(memory: SessionMemory, limit = 3): string[] {
  const main: string[] = [];
  const rest: string[] = [];
  for (const message of memory.byMessage) {
    const specific = message.filter((m) => !GENERIC.has(m.key));
    const lead = specific.find((m) => m.worry) ?? specific[0];
    if (lead) main.push(lead.phrase);
    rest.push(...specific.map((m) => m.phrase));
  }
  return [...new Set([...main, ...rest])].slice(0, limit);
}

/** The slot values for this reply, all in the person's own words. */
export function slotsFor(memory: SessionMemory, tone: Tone): Slots {
  const { mentions } = memory;
  // "the deadline" says more than "work" when both are there.
  const specific = mentions.things.filter((t) => !GENERIC.has(t.key));
  const person = mentions.people[0]?.phrase;
  // "work" says less than the person it happened with: leave it to the person.
  const thing =
    specific.find((t) => t.worry) ??
    specific[0] ??
    (person ? undefined : (mentions.things.find((t) => t.worry) ?? mentions.things[0]));
  // A stressor's area ("work", "your sleep") stands in only when nothing else was named: next to
  // a feeling it reads oddly ("your sleep, and feeling tired about it").
  const area =
    mentions.topics[0] && !person && mentions.feelings.length === 0
      ? TOPIC_PHRASES[mentions.topics[0]]
      : undefined;
  const topic = thing?.phrase ?? area;
  const returning = [...mentions.things, ...mentions.people].find((m) =>
    memory.earlier.some((item) => item.key === m.key && item.times >= 2),
  );
  // The task a split would start on: something big they are worried about, now or earlier.
  const task = [...mentions.things, ...memory.earlier].find((m) => m.worry && BIG_TASKS.has(m.key));
  const recall = memoryToRecall(memory);
  const named = mentions.people.length + mentions.things.length > 0;
  // What the previous message was about, when this one goes on about it without naming it.
  const ongoing = named
    ? undefined
    : (memory.earlier.find((item) => item.lastTurn === memory.userTurns - 2 && item.worry) ??
      memory.earlier.find((item) => item.lastTurn === memory.userTurns - 2));
  const clause = reflectableClause(memory.latest);
  const glad = mentions.feelings.find((feeling) => feeling.family === 'happy');
  const distress = mentions.feelings.find((feeling) => feeling.family !== 'happy');
  return {
    feeling: feelingFor(mentions.feelings, tone)?.word,
    gladFeeling: glad?.word,
    mixed: glad && distress ? `${glad.word} and ${distress.word}` : undefined,
    topic,
    task: task?.phrase,
    person,
    news: mentions.achievement ?? undefined,
    earlier: recall?.phrase,
    list: listed(sessionTopics(memory)),
    returning: returning?.phrase,
    ongoing: ongoing?.phrase,
    clause: clause?.text,
    // Glad only when the words themselves are: "there's too much to do" scores 0, and a smiling
    // face must not turn it into "that's good to hear".
    gladClause: clause && clause.valence > 0 ? clause.text : undefined,
  };
}
