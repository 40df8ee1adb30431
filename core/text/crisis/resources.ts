/**
 * The crisis copy the app shows next to an elevated or severe reading, for the person's region.
 * Plain words, the most urgent step first; numbers are written as people dial them. Checked: 988
 * (US and Canada, call or text), Crisis Text Line (US, text HOME to 741741), 116 123 (Samaritans,
 * UK and Republic of Ireland, free, 24/7), Lifeline Australia 13 11 14, 1737 (New Zealand, call
 * or text), findahelpline.com (every other country). Danger from another person has its own
 * copy: danger-resources.ts.
 */
import { emergencyNumberFor, type Region } from './regions';

export interface CrisisLine {
  region: string;
  name: string;
  /** What to dial or text, as shown. */
  contact: string;
  /** tel:, sms: or https: link for the button. */
  href: string;
  how: string;
}

export interface CrisisResources {
  /** The region the copy is for; null shows every line (nothing said where the person is). */
  region: Region | null;
  headline: string;
  emergency: string;
  lines: readonly CrisisLine[];
  elsewhere: string;
  closing: string;
}

const LIFELINE_988 = (region: string): CrisisLine => ({
  region,
  name: '988 Suicide & Crisis Lifeline',
  contact: '988',
  href: 'tel:988',
  how: 'Call or text 988, any time, free.',
});

const CRISIS_TEXT_LINE: CrisisLine = {
  region: 'United States',
  name: 'Crisis Text Line',
  contact: '741741',
  href: 'sms:741741?body=HOME',
  how: 'Text HOME to 741741, any time, free.',
};

const SAMARITANS = (region: string): CrisisLine => ({
  region,
  name: 'Samaritans',
  contact: '116 123',
  href: 'tel:116123',
  how: 'Call 116 123, any time, free.',
});

const FIND_A_HELPLINE: CrisisLine = {
  region: 'Every other country',
  name: 'Find A Helpline',
  contact: 'findahelpline.com',
  href: 'https://findahelpline.com',
  how: 'Free, confidential helplines in your country, by phone, text or chat.',
};

/** The lines a region's own people call; the rest of the world gets findahelpline.com. */
const LINES: Record<Region, readonly CrisisLine[]> = {
  US: [LIFELINE_988('United States'), CRISIS_TEXT_LINE],
  CA: [LIFELINE_988('Canada')],
  GB: [SAMARITANS('United Kingdom')],
  IE: [SAMARITANS('Republic of Ireland')],
  AU: [
    {
      region: 'Australia',
      name: 'Lifeline',
      contact: '13 11 14',
      href: 'tel:131114',
      how: 'Call 13 11 14, any time.',
    },
  ],
  NZ: [
    {
      region: 'New Zealand',
      name: 'Need to talk?',
      contact: '1737',
      href: 'tel:1737',
      how: 'Call or text 1737, any time, free.',
    },
  ],
};

/** Nothing said where the person is: the lines of the countries we know, and the directory. */
const EVERY_LINE: readonly CrisisLine[] = [
  LIFELINE_988('United States and Canada'),
  SAMARITANS('United Kingdom and Republic of Ireland'),
];

/** "call 911", or the words for a country whose number we do not know for sure. */
export function emergencyCall(region: Region | null): string {
  const known = emergencyNumberFor(region);
  return known
    ? `call ${known.say}`
    : 'call your local emergency number (such as 911, 999, 112 or 000)';
}

/** The crisis copy for a region: its own helplines first, its emergency number named. */
export function crisisResourcesFor(region: Region | null): CrisisResources {
  const own = region ? LINES[region] : EVERY_LINE;
  return {
    region,
    headline: "You don't have to go through this alone. Please reach out to someone now.",
    emergency: `If you are in danger now, or might act on thoughts of ending your life, ${emergencyCall(region)} or go to the nearest emergency department.`,
    lines: own ?? [FIND_A_HELPLINE],
    // Where findahelpline.com is already the line, it is not said twice.
    elsewhere: own
      ? 'In another country? findahelpline.com lists free, confidential helplines near you (https://findahelpline.com).'
      : '',
    closing:
      'If you can, tell someone you trust how you are feeling and stay with them. RIVION is not an emergency service.',
  };
}

/** Every line, for a page that does not know the region. */
export const CRISIS_RESOURCES: CrisisResources = crisisResourcesFor(null);

/** Softer copy for elevated readings: support first, emergency still one line away. */
export const ELEVATED_SUPPORT_MESSAGE =
  'It sounds like things are really heavy right now. Talking to someone can help: you can call or text a helpline below at any time, and if you ever feel you might act on these thoughts, call your local emergency number.';
