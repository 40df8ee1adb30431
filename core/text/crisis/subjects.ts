/**
 * What a method word is about when it is not about the person: a pet's medicine, the news, a
 * pharmacology course. Rules and concepts that set such mentions aside share these lists.
 */
export const ANIMALS = [
  'dogs?',
  'cats?',
  'pets?',
  'vet',
  'puppy',
  'kitten',
  'horses?',
  'rabbits?',
  'hamsters?',
  'animals?',
];

export const STUDIES = [
  'news',
  'article',
  'documentary',
  'course',
  'lecture',
  'exam',
  'pharmacology',
  'homework',
  'nursing',
  'med school',
  'medical school',
  'textbook',
];
