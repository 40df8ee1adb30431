/** The first-run welcome: marked pending at sign-up, cleared when it is finished or skipped. */
import { readLocalSetting, writeLocalSetting } from '../settings/local-settings';

const KEY = 'welcome-pending';

export function markWelcomePending(): void {
  writeLocalSetting(KEY, true);
}

export function welcomePending(): boolean {
  return readLocalSetting(KEY, false);
}

export function finishWelcome(): void {
  writeLocalSetting(KEY, false);
}
