import { describe, expect, it } from 'vitest';
import { reflectableClause } from './clause';
import { extractMentions } from './extract';
import { swapPerson } from './swap';

const things = (text: string) => extractMentions(text).things.map((t) => t.phrase);
const people = (text: string) => extractMentions(text).people.map((p) => p.phrase);
const feelings = (text: string) => extractMentions(text).feelings.map((f) => f.word);

describe('extractMentions', () => {
  it("keeps the person's own phrase for what they talk about, in second person", () => {
    expect(things("I'm so stressed about the deadline on the project")).toEqual([
      'the deadline on the project',
    ]);
    expect(things("I'm worried about my exam tomorrow")).toEqual(['your exam tomorrow']);
    expect(things("My sister hasn't spoken to me since our argument at Christmas")).toEqual([
      'your argument at Christmas',
    ]);
    expect(things('Work is really busy')).toEqual(['work']);
  });

  it('turns events told with a verb into something that can be said back', () => {
    expect(things('My girlfriend broke up with me last night')).toContain('the breakup');
    expect(things('I got laid off on Monday')).toContain('losing your job');
  });

  it('does not take a verb for a topic', () => {
    expect(things("I can't move, I'm so tired")).toEqual([]);
  });

  it('finds the people they name, with a name when they give one', () => {
    expect(people('My coworker Dave took credit for my work')).toEqual(['your coworker Dave']);
    expect(people('I miss my little brother and my mum')).toEqual([
      'your little brother',
      'your mum',
    ]);
  });

  it('reads feelings, but not denied ones or everyday uses of the same words', () => {
    expect(feelings("I'm not angry, just exhausted")).toEqual(['exhausted']);
    expect(feelings('I feel so low today')).toEqual(['low']);
    expect(feelings('sit down, my phone is on low battery')).toEqual([]);
    expect(feelings("I'm completely burnt out")).toEqual(['burnt out']);
  });

  it('recognises good news, and not bad news told with the same verbs', () => {
    expect(extractMentions('I passed my driving test!!').achievement).toBe(
      'you passed your driving test',
    );
    expect(extractMentions('I got the job!').achievement).toBe('you got the job');
    expect(extractMentions('I got fired today').achievement).toBeNull();
    expect(extractMentions('I got home and cried').achievement).toBeNull();
  });

  it('notices effort worth affirming', () => {
    expect(extractMentions('I tried calling her yesterday').effort).toBe(true);
    expect(extractMentions('She called me yesterday').effort).toBe(false);
  });
});

describe('saying their words back', () => {
  it('swaps first and second person', () => {
    expect(swapPerson('I was scared my boss would shout at me')).toBe(
      'you were scared your boss would shout at you',
    );
  });

  it('picks the most telling short first-person clause', () => {
    expect(reflectableClause('We were together three years. I keep checking my phone.')?.text).toBe(
      'you keep checking your phone',
    );
    expect(reflectableClause("Yeah I guess I'm completely burnt out")?.text).toBe(
      "you're completely burnt out",
    );
  });

  it('leaves out what would not survive the swap', () => {
    expect(reflectableClause('Do you think I should call her?')).toBeNull();
    expect(reflectableClause('The weather is nice')).toBeNull();
  });
});
