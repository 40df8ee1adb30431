/**
 * A parser for text/event-stream as the WHATWG HTML standard defines it (event, data, id fields;
 * comments; LF, CR or CRLF line ends; several data lines joined by LF), fed in chunks as they
 * arrive. The page reads the chat reply stream with it (EventSource cannot send a POST body or an
 * Authorization header), and the server's tests and bench:chat read the same stream.
 */
export interface SseEvent {
  /** `message` when the stream named none. */
  event: string;
  data: string;
  id?: string;
}

export interface SseParser {
  push(chunk: string): SseEvent[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let id: string | undefined;

  function line(text: string, out: SseEvent[]): void {
    if (text === '') {
      if (data.length > 0) out.push({ event: event || 'message', data: data.join('\n'), id });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  }

  return {
    push(chunk) {
      buffer += chunk;
      const out: SseEvent[] = [];
      let match: RegExpExecArray | null;
      const ends = /\r\n|\r|\n/g;
      let start = 0;
      while ((match = ends.exec(buffer))) {
        // A CR at the very end may be the first half of a CRLF split across chunks.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        line(buffer.slice(start, match.index), out);
        start = match.index + match[0].length;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}
