import type { SyncResult } from '../../../core/sync/engine';

/** What a finished sync run should tell the person, if anything. */
export function syncNotice({ reset, rejected }: SyncResult): string | null {
  const sentences: string[] = [];
  if (reset) {
    sentences.push(
      'Your data was deleted from another device, so the copy on this device was cleared too.',
    );
  }
  if (rejected.length > 0) {
    const what = rejected.length === 1 ? 'One change' : `${rejected.length} changes`;
    // The reason is shown beside each entry, with Fix and Discard; everything else kept syncing.
    sentences.push(
      `${what} couldn't be saved to your account. ${rejected.length === 1 ? 'It is' : 'They are'} marked in your journal, with a way to fix or discard ${rejected.length === 1 ? 'it' : 'them'}.`,
    );
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
