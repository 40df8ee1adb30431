import { describe, it } from 'vitest';
import { expectLevel } from './testing';

describe('crisis warning signs beyond talk of dying', () => {
  it('reads slang for suicide as severe and its denials and look-alikes as none', () => {
    expectLevel('severe', [
      'i want to ctb',
      'thinking about ctb again',
      'gonna unalive tonight',
      'might just rope',
      'having sewerslide thoughts',
      'feeling sewerslidal ngl',
      'su1cidal again',
      'time to self-delete',
    ]);
    expectLevel('elevated', ['he told me he wants to ctb', 'my friend wants to unalive herself']);
    expectLevel('none', [
      "I'd never unalive myself",
      'kmsl this video',
      'I deleted myself from the group chat',
      "we'll rope in some volunteers",
      'sewerslide prevention month starts tomorrow',
    ]);
  });

  it('reads final arrangements as severe, and the same arrangements for a trip as none', () => {
    expectLevel('severe', [
      "I've been getting my affairs in order",
      "I've found someone to take my cat once I'm gone",
      'my sister knows my passwords for when I am not around anymore',
      "I've worked out who gets my records",
      "I've been giving my friends all my stuff",
    ]);
    expectLevel('elevated', [
      'I gave my brother my bank details in case something happens to me',
      'my uncle has been giving away all his things',
    ]);
    expectLevel('none', [
      "when I'm gone for the weekend my mum feeds the fish",
      "when I'm not around the dog chews everything",
      'I gave my mum my bank details in case anything happens to me on the trip',
      'we wrote our wills when the baby came',
      'I decided who gets my old desk',
      'gave away my old clothes to charity',
      'my nan gave away all her things before moving into the care home',
    ]);
  });

  it('reads expecting not to be around, and calm after a decision, as severe', () => {
    expectLevel('severe', [
      "don't worry, I won't be your problem much longer",
      'soon I will no longer be a burden',
      "I can't picture myself still alive next year",
      'it will all be over soon',
      "I'm finally at peace now that I've made my decision. No more pain.",
      "after months of depression I've made up my mind and I feel calm",
    ]);
    expectLevel('none', [
      "I won't be a bother for long, I'm heading home soon",
      "it'll all be over soon, the exam is on Friday",
      "I can't see myself being here next year, I want to move to Spain",
      "after months of depression I've decided to see a doctor and I feel calm",
      'made up my mind about the house and I feel so relieved',
    ]);
  });

  it('reads researching methods and lethal doses as severe, outside study and pets', () => {
    expectLevel('severe', [
      "I've been googling ways to overdose",
      'searching online for methods to kill myself',
      "what's a lethal amount of insulin",
      'how long would it take to bleed out',
    ]);
    expectLevel('none', [
      'what is a lethal dose of chocolate for a dog',
      'I bought some paracetamol for my headache',
      'just ordered a new rope for climbing',
      'I ordered a gun safe for the farm',
    ]);
  });

  it('reads being a burden, feeling trapped and unbearable pain as elevated', () => {
    expectLevel('elevated', [
      "I'm just a drain on everyone",
      "I'm ruining everyone's lives",
      "I'm sick of being a burden",
      'I feel so trapped',
      "I can't escape my own head",
      'this emptiness is more than I can bear',
      "I can't live with this pain anymore",
    ]);
    expectLevel('severe', [
      'it would be easier for my family if I was gone',
      'the world would be a better place without me',
    ]);
    expectLevel('none', [
      'the burden of proof is on them',
      'trapped in a meeting that could have been an email',
      'my back pain is unbearable today',
      'this heat is unbearable',
      "I'm not a burden",
    ]);
  });
});
