/** What signing up agrees to, in plain words; the checkbox below it is the consent itself. */
export function ConsentNotice({ id }: { id: string }) {
  return (
    <section className="consent-notice" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>What RIVION keeps, and why</h2>
      <ul>
        <li>
          <strong>Your journal</strong> — mood scores, tags and text, so they are on every device
          you sign in to. Journal text is stored encrypted on our server.
        </li>
        <li>
          <strong>Emotion labels and scores</strong> (for example “calm, 0.8”), so you can see how
          you have been over time.
        </li>
        <li>
          <strong>Camera and microphone</strong> are processed only on this device. Video and audio
          are never uploaded.
        </li>
        <li>
          Conversations and emotion readings are kept for <strong>90 days</strong> unless you choose
          otherwise in Settings; your journal stays until you delete it. You can delete all of it,
          or your whole account, at any time.
        </li>
      </ul>
    </section>
  );
}
