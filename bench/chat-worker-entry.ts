/**
 * Bundled by bench:chat and run in a dedicated Web Worker in Chromium: the device's side of a
 * built-in reply (the crisis check, then the responder, then its first streamed piece), as the chat
 * page will run it. Answers each request with the first piece, then the rest.
 */
import { detectCrisis } from '../core/text/crisis';
import { chunkReply, respond } from '../edge-api/src/chat/responder';
import { benchContext } from './chat-messages';

self.onmessage = (event: MessageEvent<{ index: number }>) => {
  const context = benchContext(event.data.index);
  detectCrisis(context.history.at(-1)!.content);
  const [first, ...rest] = chunkReply(respond(context).text);
  postMessage({ first });
  postMessage({ rest: rest.length });
};
