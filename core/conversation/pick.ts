/**
 * Seeded choices and template filling. Every choice is seeded from the session's own words, so the
 * same conversation always gets the same replies (tests reproduce) and different ones vary.
 */

/** FNV-1a over the strings, with a separator so ["ab","c"] and ["a","bc"] differ. */
export function seedFrom(parts: readonly string[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The items in a seeded order (Fisher-Yates), so callers can walk to the next-best choice. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type Slots = Partial<Record<string, string>>;

const SLOT = /\{(\w+)\}/g;

/** Fills `{name}` slots; null when the template needs a slot this reply does not have. */
export function fill(template: string, slots: Slots): string | null {
  let missing = false;
  const text = template.replace(SLOT, (_, name: string) => {
    const value = slots[name];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : capitalise(text);
}

export const capitalise = (text: string): string =>
  text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);

/**
 * The filled templates in seeded order, the ones not yet said in this session first: a person
 * notices a sentence they have already heard long before they notice a repeated whole reply.
 */
export function freshFirst(
  templates: readonly string[],
  slots: Slots,
  said: string,
  random: () => number,
): string[] {
  const filled = shuffled(templates, random)
    .map((template) => fill(template, slots))
    .filter((text): text is string => text !== null);
  const unsaid = filled.filter((text) => !said.includes(text));
  const saidBefore = filled.filter((text) => said.includes(text));
  return [...new Set([...unsaid, ...saidBefore])];
}
