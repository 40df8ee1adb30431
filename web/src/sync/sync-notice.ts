import type { SyncResult } from '../../../core/sync/engine';

/** What a finished sync run should tell the person, if anything. */
export function syncNotice({ reset, rejected }: SyncResult): string | null {
  const sentences: string[] = [];
  if (reset) {
    sentences.push(
      'Your data was deleted from another device, so the copy on this device was cleared too.',
    );
  }
  const [first] = rejected;
  if (first) {
    const what = rejected.length === 1 ? 'One change' : `${rejected.length} changes`;
    sentences.push(
      `${what} couldn't be saved to your account (${first.message}) and will stay on this device only.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
