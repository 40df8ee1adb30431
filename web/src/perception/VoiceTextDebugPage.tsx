/**
 * /debug/voice-text: the voice worker's live readings from this device's microphone, and the text
 * worker on typed messages. Audio and text are analysed on this device; only labels and scores
 * come back from the workers, and nothing is stored or sent anywhere.
 */
import { useState, type FormEvent } from 'react';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';
import { TextReadingView } from './TextReadingView';
import { useTextWorker } from './useTextWorker';
import { useVoiceWorker } from './useVoiceWorker';
import { VoiceReadingView } from './VoiceReadingView';

export function VoiceTextDebugPage() {
  const voice = useVoiceWorker();
  const text = useTextWorker(import.meta.env.VITE_TEXT_MODEL);
  const [draft, setDraft] = useState('');

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    void text.analyse(draft.trim());
    setDraft('');
  };

  return (
    <section className="debug-perception" aria-labelledby="voice-text-title">
      <h1 id="voice-text-title">Voice and text debug</h1>
      <p>
        Audio and messages are analysed on this device; only labels and scores leave the workers.
      </p>

      <h2>Voice</h2>
      <button type="button" data-testid="voice-start" onClick={() => void voice.start()}>
        Start microphone
      </button>
      <button type="button" data-testid="voice-stop" onClick={voice.stop}>
        Stop
      </button>
      <p data-testid="voice-status" data-state={voice.status?.state ?? 'idle'} role="status">
        {voice.sentence}
      </p>
      {voice.detail && (
        <p className="debug-detail" data-testid="voice-detail">
          {voice.detail}
        </p>
      )}
      <VoiceReadingView reading={voice.reading} />

      <h2>Text</h2>
      <form onSubmit={send}>
        <label htmlFor="debug-text">Message</label>
        <textarea
          id="debug-text"
          data-testid="text-input"
          value={draft}
          onFocus={text.prepare}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" data-testid="text-submit">
          Analyse
        </button>
      </form>
      <p data-testid="text-status" data-state={text.status?.state ?? 'idle'} role="status">
        {text.sentence}
      </p>
      {text.detail && (
        <p className="debug-detail" data-testid="text-detail">
          {text.detail}
        </p>
      )}
      <CrisisResourcesPanel level={text.crisis?.level ?? 'none'} />
      <TextReadingView message={text.last} />
    </section>
  );
}
