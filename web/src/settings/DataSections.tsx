import type { ExportFormat } from '../sync/api-types';
import { FormError } from '../ui/FormError';
import { OfflineNote, useNeedsConnection } from '../ui/OfflineNote';
import { useAction } from '../ui/use-action';
import { deleteAllData, exportData } from './data-actions';
import { SettingsSection } from './SettingsSection';

export function ExportSection() {
  const { run, pending, error } = useAction((format: ExportFormat) => exportData(format));
  const connection = useNeedsConnection('export-offline');
  return (
    <SettingsSection
      title="Export my data"
      description="Download everything your account holds: journal entries, sessions and emotion logs."
    >
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={pending}
          {...connection.buttonProps}
          onClick={() => void run('json')}
        >
          Download JSON
        </button>
        <button
          type="button"
          className="button"
          disabled={pending}
          {...connection.buttonProps}
          onClick={() => void run('csv')}
        >
          Download CSV
        </button>
      </div>
      <OfflineNote id="export-offline" what="Exporting from the server" />
      <FormError message={error} />
    </SettingsSection>
  );
}

export function DeleteDataSection() {
  const { run, pending, error } = useAction(deleteAllData);
  const connection = useNeedsConnection('delete-data-offline');
  function confirmAndDelete() {
    const sure = window.confirm(
      'Delete all your journal entries and session data, on every device? Your account stays. This cannot be undone.',
    );
    if (sure) void run();
  }
  return (
    <SettingsSection
      title="Delete all my data"
      danger
      description="Removes every journal entry, session and emotion log from our server and from this device. Your other devices clear their copy when they next sync."
    >
      <button
        type="button"
        className="button button--danger"
        disabled={pending}
        {...connection.buttonProps}
        onClick={confirmAndDelete}
        data-testid="delete-all-data"
      >
        Delete all my data
      </button>
      <OfflineNote id="delete-data-offline" what="Deleting your data everywhere" />
      <FormError message={error} />
    </SettingsSection>
  );
}
