import { describe, expect, it } from 'vitest';
import { mentionsPlanOrMeans } from './means';

describe('mentionsPlanOrMeans', () => {
  it('hears plans and means said in ordinary words', () => {
    for (const text of [
      "I've got a full bottle of paracetamol in the cupboard",
      'I have been saving up my pills',
      "I know how I'd do it",
      "I've worked out where I would go",
      "I've been looking up how many tablets",
      'I have a plan',
      "I've written a note",
      "there's a bridge near my flat",
      "I've been going to the bridge at night",
      "there's a gun in my dad's closet",
    ]) {
      expect(mentionsPlanOrMeans(text), text).toBe(true);
    }
  });

  it('leaves a pet, a course and everyday plans alone', () => {
    for (const text of [
      'I have a plan for the weekend trip',
      'I made a plan to revise every evening',
      "I've got my dog's pills from the vet",
      'we crossed the bridge on the way to the park',
      'I have a meeting at ten',
      'the pharmacology exam asks how many tablets of paracetamol are enough',
    ]) {
      expect(mentionsPlanOrMeans(text), text).toBe(false);
    }
  });
});
