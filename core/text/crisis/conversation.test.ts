import { describe, expect, it } from 'vitest';
import { judgeConversation, type JudgedTurn } from './conversation';
import { detectRulesCrisis } from './detect';
import { DIRECT_QUESTIONS } from './direct-question';

/**
 * What the detector says of each line, as the worker hands it over: the judge reads these, so the
 * tests state them rather than depend on how the per-message detector is tuned today. The lines
 * the rules rate by themselves are checked against the real detector below.
 */
const SAID: Record<string, 'none' | 'elevated' | 'severe'> = {
  'I feel so hopeless about everything': 'elevated',
  "I can't cope anymore": 'elevated',
  "I just can't cope anymore with work": 'elevated',
  'I feel like such a burden to everyone': 'elevated',
  'I want to kill myself': 'severe',
  'my friend told me she wants to kill herself': 'elevated',
};

/** A session written as it happens: person lines with their detector level, companion lines. */
function session(...lines: (string | { ai: string })[]): JudgedTurn[] {
  return lines.map((line, i) => {
    if (typeof line !== 'string') return { sender: 'ai', content: line.ai, at: i };
    const level = SAID[line] ?? 'none';
    const reasons = line.includes('friend') ? ['someone else is at risk'] : [];
    return { sender: 'user', content: line, at: i, crisis: { level, reasons } };
  });
}

const ASK = { ai: `That sounds so heavy. ${DIRECT_QUESTIONS[0]}` };
const LISTEN = { ai: 'Thank you for telling me. What has this week been like?' };

describe('judgeConversation', () => {
  it('is given the levels the rules give these lines', () => {
    for (const [line, level] of Object.entries(SAID)) {
      expect(detectRulesCrisis(line).level, line).toBe(level);
    }
  });

  it('stays calm on an ordinary conversation', () => {
    const risk = judgeConversation(
      session('The exam is tomorrow and I am nervous', LISTEN, 'I will revise tonight I think'),
    );
    expect(risk).toMatchObject({ level: 'none', respond: 'companion', askDirectly: false });
  });

  it('asks directly when a message is elevated', () => {
    const risk = judgeConversation(session('I feel so hopeless about everything'));
    expect(risk).toMatchObject({ level: 'elevated', askDirectly: true, respond: 'safety' });
  });

  it('escalates several elevated messages in a row to severe', () => {
    const lines = [
      'I feel so hopeless about everything',
      "I can't cope anymore",
      'I feel like such a burden to everyone',
    ];
    const two = judgeConversation(session(lines[0]!, LISTEN, lines[1]!));
    expect(two.level).toBe('elevated');
    const three = judgeConversation(session(lines[0]!, LISTEN, lines[1]!, LISTEN, lines[2]!));
    expect(three).toMatchObject({ level: 'severe', reason: 'elevated-streak', respond: 'safety' });
  });

  it('does not count a streak broken by an ordinary message', () => {
    const risk = judgeConversation(
      session(
        'I feel so hopeless about everything',
        LISTEN,
        'anyway I had pasta for dinner',
        LISTEN,
        "I can't cope anymore",
        LISTEN,
        'I feel like such a burden to everyone',
      ),
    );
    expect(risk.level).toBe('elevated');
  });

  it('reads a means mentioned after hopeless messages as severe', () => {
    const means = "I've got a full bottle of paracetamol in the cupboard";
    expect(judgeConversation(session(means)).level).toBe('none');
    const risk = judgeConversation(session('I feel so hopeless about everything', ASK, means));
    expect(risk).toMatchObject({ level: 'severe', reason: 'plan-after-hopelessness' });
    const place = judgeConversation(
      session("I can't cope anymore", LISTEN, "there's a bridge near my flat"),
    );
    expect(place.level).toBe('severe');
  });

  it('leaves a means alone when nothing hopeless came before', () => {
    const risk = judgeConversation(
      session('my back hurts', LISTEN, "I've got some painkillers in the cupboard"),
    );
    expect(risk.level).toBe('none');
  });

  it('raises the level when the direct question is answered yes or unsure', () => {
    for (const answer of ['yes', 'Sometimes', 'kind of', "I don't know", 'maybe', 'yeah, a lot']) {
      const risk = judgeConversation(session('I feel so hopeless about everything', ASK, answer));
      expect(risk.level, answer).toBe('severe');
      expect(risk.answer, answer).not.toBe('no');
      expect(risk.respond, answer).toBe('safety');
    }
  });

  it('lowers the urgency on a no, but keeps support offered', () => {
    const risk = judgeConversation(
      session('I feel so hopeless about everything', ASK, 'no, not like that'),
    );
    expect(risk).toMatchObject({
      level: 'elevated',
      reason: 'answered-no',
      answer: 'no',
      askDirectly: false,
      respond: 'safety',
    });
    expect(risk.keepVisible.crisis).toBe('elevated');
  });

  it('does not ask again right after the question was answered', () => {
    const risk = judgeConversation(
      session(
        'I feel so hopeless about everything',
        ASK,
        'no, not like that',
        { ai: 'Thank you for telling me. I am still here.' },
        "I just can't cope anymore with work",
      ),
    );
    expect(risk).toMatchObject({ level: 'elevated', askDirectly: false, respond: 'companion' });
  });

  it('hears "no" to "are you safe right now?" as the most urgent answer, and "yes" as relief', () => {
    const SAFE_Q = { ai: "I'm so glad you told me. Are you safe right now? Please reach out now." };
    const notSafe = judgeConversation(session('I want to kill myself', SAFE_Q, 'no'));
    expect(notSafe).toMatchObject({ level: 'severe', reason: 'says-not-safe', respond: 'safety' });
    expect(judgeConversation(session('I want to kill myself', SAFE_Q, "I don't know")).level).toBe(
      'severe',
    );
    const safe = judgeConversation(session('I want to kill myself', SAFE_Q, "yes, I'm at home"));
    expect(safe).toMatchObject({ level: 'elevated', reason: 'says-safe', respond: 'safety' });
    expect(safe.keepVisible.crisis).toBe('severe');
  });

  it('hears yes to "are you thinking about acting on these thoughts?" as severe', () => {
    const ACTING = { ai: 'Are you thinking about acting on these thoughts right now?' };
    const risk = judgeConversation(session('I feel so hopeless about everything', ACTING, 'yes'));
    expect(risk).toMatchObject({ level: 'severe', reason: 'answered-yes' });
  });

  it('does not read "yes" as an answer when nothing was asked', () => {
    const risk = judgeConversation(session('I feel so hopeless about everything', LISTEN, 'yes'));
    expect(risk).toMatchObject({ level: 'none', answer: null });
  });

  it('keeps the resources visible for the rest of the session after a severe moment', () => {
    const risk = judgeConversation(
      session('I want to kill myself', { ai: 'I am so glad you told me.' }, 'ok', LISTEN, 'thanks'),
    );
    expect(risk.level).toBe('none');
    expect(risk.keepVisible.crisis).toBe('severe');
  });

  it('answers danger from another person with its own reply', () => {
    const risk = judgeConversation(session("my husband hits me and I'm scared to go home"));
    expect(risk).toMatchObject({ reason: 'danger', respond: 'safety' });
    expect(risk.danger).toEqual(expect.arrayContaining(['violence', 'afraid']));
    expect(risk.keepVisible.danger).toBe(true);
  });

  it('does not ask the person about suicide when they worry about a friend', () => {
    const risk = judgeConversation(session('my friend told me she wants to kill herself'));
    expect(risk).toMatchObject({ askDirectly: false, reason: 'someone-else', respond: 'safety' });
  });
});
