/**
 * What to show when someone else is hurting or threatening the person: the emergency number
 * first, then the region's domestic abuse line. Checked: US National Domestic Violence Hotline
 * 1-800-799-7233 (call) and text START to 88788; UK Refuge National Domestic Abuse Helpline 0808
 * 2000 247 (free, 24/7) and the 999 Silent Solution (press 55 on a mobile when you cannot speak);
 * Ireland Women's Aid 1800 341 900; Australia 1800RESPECT 1800 737 732; findahelpline.com
 * elsewhere.
 */
import { emergencyCall, type CrisisLine } from './resources';
import type { Region } from './regions';

export interface DangerResources {
  region: Region | null;
  headline: string;
  emergency: string;
  lines: readonly CrisisLine[];
  closing: string;
}

const LINES: Record<Region, readonly CrisisLine[]> = {
  US: [
    {
      region: 'United States',
      name: 'National Domestic Violence Hotline',
      contact: '1-800-799-7233',
      href: 'tel:18007997233',
      how: 'Call 1-800-799-7233 or text START to 88788, any time, free and confidential.',
    },
  ],
  GB: [
    {
      region: 'United Kingdom',
      name: 'Refuge National Domestic Abuse Helpline',
      contact: '0808 2000 247',
      href: 'tel:08082000247',
      how: 'Call 0808 2000 247, any time, free.',
    },
  ],
  IE: [
    {
      region: 'Republic of Ireland',
      name: "Women's Aid",
      contact: '1800 341 900',
      href: 'tel:1800341900',
      how: 'Call 1800 341 900, any time, free.',
    },
  ],
  AU: [
    {
      region: 'Australia',
      name: '1800RESPECT',
      contact: '1800 737 732',
      href: 'tel:1800737732',
      how: 'Call 1800 737 732, any time.',
    },
  ],
};

const FIND_A_HELPLINE: CrisisLine = {
  region: 'Every country',
  name: 'Find A Helpline',
  contact: 'findahelpline.com',
  href: 'https://findahelpline.com',
  how: 'Free, confidential support services in your country, including for abuse at home.',
};

/** Nothing said where the person is: the two lines named in our brief, and the directory. */
const EVERY_LINE = [LINES.US![0]!, LINES.GB![0]!, FIND_A_HELPLINE];

/** What to show for danger from another person, for a region. */
export function dangerResourcesFor(region: Region | null): DangerResources {
  const silent =
    region === 'GB'
      ? ' If you cannot speak on a 999 call from a mobile, press 55 when asked ' +
        'and the police will be put through.'
      : '';
  return {
    region,
    headline: 'You deserve to be safe. What you describe is not your fault.',
    emergency: `If you are in danger right now, ${emergencyCall(region)}.${silent}`,
    lines: region ? [...(LINES[region] ?? []), FIND_A_HELPLINE] : EVERY_LINE,
    closing:
      'If it is safer, reach out from a phone or browser the other person does not check. ' +
      'RIVION is not an emergency service.',
  };
}
