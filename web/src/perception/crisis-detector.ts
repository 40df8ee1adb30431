/**
 * The page's copy of the crisis detector, in a chunk of its own: crisis-check.ts imports it when a
 * call or a check starts, so the rules and the classifier's weights are not parsed with the page.
 */
export { detectCrisis } from '../../../core/text/crisis';
