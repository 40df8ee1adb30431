/** The conversation: the built-in responder, the LLM prompt and streaming chunks. */
export { respond } from './respond';
export { buildSystemPrompt } from './systemPrompt';
export { buildChatMessages, recentMessages, HISTORY_LIMITS, type ChatMessage } from './history';
export { replyChunks } from './chunks';
export { describeMood, stressInWords } from './tone';
export * from './types';
