import { DeleteAccountSection } from './AccountSections';
import { ConversationSection } from './ConversationSection';
import { DeleteDataSection, ExportSection } from './DataSections';
import { ModalitiesSection } from './ModalitiesSection';
import { OfflineModelsSection } from './OfflineModelsSection';
import { usePreferences } from './preferences';
import { PreferencesSection } from './PreferencesSection';
import { SettingsSection } from './SettingsSection';
import { SignOutSection } from './SignOutSection';

export function SettingsPage() {
  const preferences = usePreferences();
  return (
    <div className="settings">
      <div className="page-heading">
        <h1>Settings</h1>
      </div>
      {preferences ? (
        <>
          <PreferencesSection saved={preferences} />
          <ConversationSection saved={preferences} />
        </>
      ) : (
        <SettingsSection
          title="Preferences"
          description="Your preferences load when you are online. Everything else here needs a connection too."
        />
      )}
      <ModalitiesSection />
      <OfflineModelsSection />
      <ExportSection />
      <DeleteDataSection />
      <SignOutSection />
      <DeleteAccountSection />
    </div>
  );
}
