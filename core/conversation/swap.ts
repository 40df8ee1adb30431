import { SWAP } from './words';

/** The person's words turned to second person, for saying them back. */
export const swapPerson = (text: string): string =>
  text
    // "my flatmate and I" reads better as "you and your flatmate" than "your flatmate and you".
    .replace(/\b(?:my|our) ([\p{L}-]+) and (?:I|i|me)\b/giu, 'you and your $1')
    .replace(/\b(?:I|i) (?:am)\b/g, 'you are')
    .replace(/\b(?:I|i) (?:was)\b/g, 'you were')
    .replace(/[\p{L}']+/gu, (word) => SWAP[word.toLowerCase()] ?? word);
