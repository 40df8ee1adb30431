import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { useCrisisRegion } from '../safety/region';

/** The crisis lines for the person's region, as "Get help now" opens them. */
export default function HelpLines({ onClose }: { onClose: () => void }) {
  const region = useCrisisRegion();
  return (
    <CrisisResourcesPanel
      level="severe"
      region={region}
      title="Help, right now"
      onClose={onClose}
    />
  );
}
