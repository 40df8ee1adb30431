/**
 * Talking and spoken replies: a Talk button when the browser can recognise speech on the device,
 * otherwise the sentence saying typing works; a switch for spoken replies with on-device voices.
 */
import type { SpokenReplies } from './useSpokenReplies';
import type { Talking } from './useTalking';

export function TalkControls({
  talking,
  spoken,
  busy,
}: {
  talking: Talking;
  spoken: SpokenReplies;
  busy: boolean;
}) {
  return (
    <div className="call-talk">
      {talking.available ? (
        <button
          type="button"
          className="button"
          aria-pressed={talking.listening}
          disabled={busy && !talking.listening}
          onClick={talking.listening ? talking.stopListening : talking.listen}
          data-testid="call-talk"
        >
          {talking.listening ? 'Listening… (tap to stop)' : 'Talk'}
        </button>
      ) : (
        talking.sentence && (
          <p className="field-hint" data-testid="call-talk-unavailable">
            {talking.sentence}
          </p>
        )
      )}
      <label className="call-spoken">
        <input
          type="checkbox"
          checked={spoken.on}
          onChange={(event) => spoken.setOn(event.target.checked)}
          data-testid="call-spoken-replies"
        />{' '}
        Speak replies aloud (with a voice on this device)
      </label>
      {spoken.sentence && (
        <p className="field-hint" data-testid="call-spoken-unavailable">
          {spoken.sentence}
        </p>
      )}
    </div>
  );
}
