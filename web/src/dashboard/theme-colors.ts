/**
 * The theme's colours as chart.js needs them: read at draw time from tokens.css, so a chart drawn
 * in dark mode is dark. The tokens use light-dark(), which getComputedStyle returns unresolved on
 * a custom property, so each is resolved through a probe element's `color`.
 */
import type { Emotion } from '../../../core/emotions';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  primary: string;
  danger: string;
  surface: string;
  emotions: Record<Emotion, string>;
}

const EMOTION_TOKENS: Record<Emotion, string> = {
  angry: '--chart-angry',
  disgusted: '--chart-disgusted',
  fearful: '--chart-fearful',
  happy: '--chart-happy',
  neutral: '--chart-neutral',
  sad: '--chart-sad',
  surprised: '--chart-surprised',
};

/** `scheme` forces light colours (the PDF is printed on white) or follows the page. */
export function readChartColors(scheme: 'page' | 'light' = 'page'): ChartColors {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  if (scheme === 'light') probe.style.colorScheme = 'light';
  document.body.append(probe);
  const resolve = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  try {
    return {
      text: resolve('--text'),
      muted: resolve('--muted'),
      grid: resolve('--border'),
      primary: resolve('--primary'),
      danger: resolve('--danger'),
      surface: resolve('--surface'),
      emotions: Object.fromEntries(
        Object.entries(EMOTION_TOKENS).map(([emotion, token]) => [emotion, resolve(token)]),
      ) as Record<Emotion, string>,
    };
  } finally {
    probe.remove();
  }
}
