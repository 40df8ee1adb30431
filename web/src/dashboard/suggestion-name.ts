import { SUGGESTION_NAMES } from '../chat/suggestion-names';
import { plainSuggestionName } from '../../../core/export/summary';

/** The name the person knows a suggestion by; an unknown kind reads as its code in words. */
export const suggestionName = (type: string): string =>
  (SUGGESTION_NAMES as Record<string, string>)[type] ?? plainSuggestionName(type);
