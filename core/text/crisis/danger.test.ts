import { describe, expect, it } from 'vitest';
import { detectDanger, type DangerKind } from './danger';

function expectKind(kind: DangerKind, texts: string[]): void {
  for (const text of texts) expect(detectDanger(text).kinds, text).toContain(kind);
}

function expectNoDanger(texts: string[]): void {
  for (const text of texts) expect(detectDanger(text), text).toMatchObject({ danger: false });
}

describe('detectDanger', () => {
  it('hears someone hurting the writer', () => {
    expectKind('violence', [
      'my husband hits me',
      'My boyfriend still hits me when he drinks.',
      'my dad beats me and I have bruises',
      'he beat me to a pulp',
      'She slapped me again last night',
      'he pushed me down the stairs',
      'my partner grabbed me by the throat',
      "I've been hit by my partner and I don't know who to tell",
      "I'm in an abusive relationship",
      'my ex-husband is violent',
    ]);
  });

  it('hears a threat', () => {
    expectKind('threat', [
      "he said he'd kill me",
      'He told me he would kill me if I left.',
      'my ex keeps threatening to hurt me',
      'he threatened to kill me last night',
      "I've been getting death threats",
      'he pulled a knife on me',
      'someone is trying to break in',
    ]);
  });

  it('hears fear of home or of someone', () => {
    expectKind('afraid', [
      "I'm scared to go home",
      "i'm terrified of going back home tonight",
      "I don't feel safe at home",
      "I'm afraid of what he'll do to me",
      "I'm scared he'll hurt me",
      "I'm not safe in my own house",
    ]);
  });

  it('hears being followed', () => {
    expectKind('followed', [
      'someone is following me',
      'A man has been following me home from the station',
      "my ex won't stop stalking me",
      "I think I'm being followed",
      "there's someone outside my house",
    ]);
  });

  it('hears sexual violence', () => {
    expectKind('sexual violence', ['he raped me', 'my stepdad molested me last week']);
  });

  it('gives the span it heard', () => {
    const found = detectDanger('Honestly I am tired. My husband hits me when he is angry.');
    expect(found.spans.map((span) => span.text)).toEqual(['My husband hits me']);
  });

  it('leaves figures of speech alone', () => {
    expectNoDanger([
      'my boss will kill me',
      'My mum is going to kill me when she sees the car',
      'this deadline is killing me',
      "she said she'd kill me if I was late again lol",
      'my sister always beats me at chess',
      'someone beat me to saying that',
      'She threatened to hurt you, I would file a police report.',
      'my landlord kicked me out',
      'he hit me up last night about the party',
      'someone is following me on instagram',
      'my cat keeps following me around the flat',
      'the realisation hit me at 3am',
      'it beats me why they changed the schedule',
      "I'm scared of spiders",
      "I'm afraid to go to the dentist",
      'my coach pushed me to do better',
      'That joke killed me',
    ]);
  });

  it('leaves denials and long-past history alone', () => {
    expectNoDanger([
      'my husband has never hit me',
      "he doesn't hit me, he just sulks",
      "I'm not scared to go home anymore",
      'my dad used to hit me',
      'my brother hit me when I was a kid',
      "I don't think he'd hurt me",
    ]);
  });

  it('leaves reports about someone else alone', () => {
    expectNoDanger(['her husband hits her', 'my friend said her ex threatened her']);
  });
});
