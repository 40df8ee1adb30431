import { useEffect } from 'react';
import { db } from '../store/db';
import { deleteExpiredLocalData } from '../store/retention';
import { usePreferences } from './preferences';

/**
 * Applies the retention period on this device when the app starts and whenever the period
 * changes (here or on another device), so old session data does not outlive it here.
 */
export function useLocalRetention(): void {
  const days = usePreferences()?.data_retention_days;
  useEffect(() => {
    if (!days) return;
    deleteExpiredLocalData(db, days).catch((error: unknown) =>
      console.warn('Old session data could not be deleted on this device', error),
    );
  }, [days]);
}
