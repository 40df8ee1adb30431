/**
 * The README's sample exchanges are the built-in responder's own output: regenerate them with
 * `npm run samples:chat` when the responder changes (headings one level down in the README).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSamples } from './core/conversation/renderSamples';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function readmeSamples(): string {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('<!-- samples:chat start -->');
  const end = readme.indexOf('<!-- samples:chat end -->');
  return readme.slice(start + '<!-- samples:chat start -->'.length, end);
}

describe('README', () => {
  it('shows the sample exchanges the responder gives today', () => {
    const generated = renderSamples().replace(/^(#{2,3}) /gm, '#$1 ');
    expect(squash(readmeSamples())).toBe(squash(generated));
  });
});
