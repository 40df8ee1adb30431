import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MESSAGE_MAX_CHARS as MESSAGE_CONTENT_MAX } from './parts';

/** Shown once a message gets this close to the limit, so the count is not noise the rest of the time. */
const COUNT_FROM = MESSAGE_CONTENT_MAX - 400;

/** The message box: Enter sends, Shift+Enter starts a new line; the limit is said up front. */
export function MessageInput({ busy, onSend }: { busy: boolean; onSend(text: string): void }) {
  const [text, setText] = useState('');
  const id = useId();
  const trimmed = text.trim();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!trimmed || busy) return;
    onSend(trimmed);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };

  return (
    <form className="chat-input" onSubmit={submit} aria-label="Send a message">
      <label htmlFor={id} className="visually-hidden">
        Your message
      </label>
      <textarea
        id={id}
        rows={2}
        value={text}
        maxLength={MESSAGE_CONTENT_MAX}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-hint`}
        placeholder="Write what is on your mind…"
        data-testid="chat-input"
      />
      <button
        type="submit"
        className="button button--primary"
        disabled={!trimmed || busy}
        data-testid="chat-send"
      >
        Send
      </button>
      <p id={`${id}-hint`} className="field-hint chat-input-hint">
        A message can be up to {MESSAGE_CONTENT_MAX.toLocaleString('en')} characters. Enter sends;
        Shift+Enter starts a new line.
        {text.length >= COUNT_FROM &&
          ` ${text.length.toLocaleString('en')} of ${MESSAGE_CONTENT_MAX.toLocaleString('en')} used.`}
      </p>
    </form>
  );
}
