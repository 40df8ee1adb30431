import { describe, expect, it } from 'vitest';
import { judgeConversation, type ConversationRisk, type JudgedTurn } from './conversation';
import { asksDirectly } from './direct-question';
import { safetyReply } from './safety-reply';

const risk = (over: Partial<ConversationRisk>): ConversationRisk => ({
  level: 'elevated',
  reason: 'elevated-message',
  askDirectly: true,
  danger: [],
  answer: null,
  respond: 'safety',
  keepVisible: { crisis: 'elevated', danger: false },
  ...over,
});

const SEVERE = risk({ level: 'severe', reason: 'severe-message', askDirectly: false });
const ELEVATED = risk({});
const DANGER = risk({ level: 'none', reason: 'danger', askDirectly: false, danger: ['violence'] });

describe('safetyReply', () => {
  it('answers severe risk with warmth, a question about safety and the region’s lines', () => {
    const us = safetyReply(SEVERE, 'US');
    expect(us.source).toBe('safety');
    expect(us.suggestion).toBeNull();
    expect(us.text).toMatch(/glad|here with you|reached out/);
    expect(us.text).toMatch(/\?/);
    expect(us.text).toMatch(/988/);
    expect(us.text).toMatch(/HOME to 741741/);
    expect(us.text).toMatch(/911/);
    const gb = safetyReply(SEVERE, 'GB').text;
    expect(gb).toMatch(/116 123/);
    expect(gb).toMatch(/999/);
    expect(gb).not.toMatch(/988/);
    const de = safetyReply(SEVERE, 'DE').text;
    expect(de).toMatch(/findahelpline\.com/);
    expect(de).toMatch(/112/);
  });

  it('asks the direct question on elevated risk, with support and the lines', () => {
    const reply = safetyReply(ELEVATED, 'CA');
    expect(asksDirectly(reply.text)).toBe(true);
    expect(reply.text).toMatch(/988/);
  });

  it('answers danger from another person with its own lines and the emergency number', () => {
    const us = safetyReply(DANGER, 'US').text;
    expect(us).toMatch(/1-800-799-7233/);
    expect(us).toMatch(/911/);
    expect(us).not.toMatch(/Suicide/);
    const gb = safetyReply(DANGER, 'GB').text;
    expect(gb).toMatch(/0808 2000 247/);
    expect(gb).toMatch(/999/);
    expect(safetyReply(DANGER, 'NZ').text).toMatch(/call 111/);
  });

  it('keeps support on offer after a no, without asking again', () => {
    const reply = safetyReply(risk({ reason: 'answered-no', askDirectly: false }), 'IE');
    expect(asksDirectly(reply.text)).toBe(false);
    expect(reply.text).toMatch(/116 123/);
  });

  it('gives someone worried about a friend the lines, and the emergency number for the friend', () => {
    const reply = safetyReply(risk({ reason: 'someone-else', askDirectly: false }), 'FR').text;
    expect(asksDirectly(reply)).toBe(false);
    expect(reply).toMatch(/findahelpline\.com/);
    expect(reply).toMatch(/If they are in danger right now, call 112\./);
  });

  it('answers "not safe" with a step to take and the lines, the abuse line first after danger', () => {
    const notSafe = risk({ level: 'severe', reason: 'says-not-safe', askDirectly: false });
    const reply = safetyReply(notSafe, 'US').text;
    expect(reply).toMatch(/safer place|where other people are/);
    expect(reply).toMatch(/988/);
    const afterDanger = safetyReply(
      { ...notSafe, keepVisible: { crisis: 'severe', danger: true } },
      'GB',
    ).text;
    expect(afterDanger.indexOf('0808 2000 247')).toBeGreaterThan(-1);
    expect(afterDanger.indexOf('0808 2000 247')).toBeLessThan(afterDanger.indexOf('116 123'));
  });

  it('does not repeat a wording within a session, and always gives the lines', () => {
    const said: string[] = [];
    for (let turn = 0; turn < 3; turn += 1) {
      const reply = safetyReply(SEVERE, 'US', said).text;
      expect(said).not.toContain(reply);
      expect(reply).toMatch(/988/);
      said.push(reply);
    }
  });

  it('follows the conversation judge end to end', () => {
    const turns: JudgedTurn[] = [
      {
        sender: 'user',
        content: 'I feel so hopeless about everything',
        at: 1,
        crisis: { level: 'elevated', reasons: ['hopelessness'] },
      },
    ];
    const first = safetyReply(judgeConversation(turns), 'US');
    expect(asksDirectly(first.text)).toBe(true);
    turns.push({ sender: 'ai', content: first.text, at: 2 });
    turns.push({ sender: 'user', content: 'yes', at: 3, crisis: { level: 'none', reasons: [] } });
    const second = judgeConversation(turns);
    expect(second.level).toBe('severe');
    expect(safetyReply(second, 'US', [first.text]).text).toMatch(/Thank you|glad/);
  });
});
