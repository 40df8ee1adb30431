/**
 * `npm run samples:chat`: ten sample sessions across moods, replied to by the built-in responder,
 * printed as Markdown for the README (readme.test.ts keeps them equal).
 */
import { renderSamples } from './renderSamples';

// core/ has no Node types (it runs in the page too); this script only needs to print.
declare const console: { log: (text: string) => void };

console.log(renderSamples());
