import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse';

describe('createSseParser', () => {
  it('reads named events, joins data lines and skips comments, whatever the chunking', () => {
    const stream =
      ': connected\n\nevent: token\ndata: {"text":"Hi "}\n\nevent: done\r\ndata: line one\r\ndata: line two\r\nid: 7\r\n\r\ndata: plain\n\n';
    const whole = createSseParser().push(stream);
    expect(whole).toEqual([
      { event: 'token', data: '{"text":"Hi "}', id: undefined },
      { event: 'done', data: 'line one\nline two', id: '7' },
      { event: 'message', data: 'plain', id: '7' },
    ]);
    for (const size of [1, 2, 3, 7]) {
      const parser = createSseParser();
      const events = [];
      for (let at = 0; at < stream.length; at += size) {
        events.push(...parser.push(stream.slice(at, at + size)));
      }
      expect(events, `chunks of ${size}`).toEqual(whole);
    }
  });

  it('holds an event back until its blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('event: token\ndata: {"text":"a"}\n')).toEqual([]);
    expect(parser.push('\n')).toHaveLength(1);
  });
});
