/**
 * The crisis copy the app shows next to an elevated or severe reading. Plain words, the most
 * urgent step first; numbers are written as people dial them. Checked: 988 (US and Canada, call
 * or text), 116 123 (Samaritans, UK and Republic of Ireland, free, 24/7), findahelpline.com.
 */
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
  headline: string;
  emergency: string;
  lines: readonly CrisisLine[];
  elsewhere: string;
  closing: string;
}

export const CRISIS_RESOURCES: CrisisResources = {
  headline: "You don't have to go through this alone. Please reach out to someone now.",
  emergency:
    'If you are in danger now, or might act on thoughts of ending your life, call your local emergency number (such as 911, 999, 112 or 000) or go to the nearest emergency department.',
  lines: [
    {
      region: 'United States and Canada',
      name: '988 Suicide & Crisis Lifeline',
      contact: '988',
      href: 'tel:988',
      how: 'Call or text 988, any time, free.',
    },
    {
      region: 'United Kingdom and Republic of Ireland',
      name: 'Samaritans',
      contact: '116 123',
      href: 'tel:116123',
      how: 'Call 116 123, any time, free.',
    },
  ],
  elsewhere:
    'In another country? findahelpline.com lists free, confidential helplines near you (https://findahelpline.com).',
  closing:
    'If you can, tell someone you trust how you are feeling and stay with them. RIVION is not an emergency service.',
};

/** Softer copy for elevated readings: support first, emergency still one line away. */
export const ELEVATED_SUPPORT_MESSAGE =
  'It sounds like things are really heavy right now. Talking to someone can help: you can call or text a helpline below at any time, and if you ever feel you might act on these thoughts, call your local emergency number.';
