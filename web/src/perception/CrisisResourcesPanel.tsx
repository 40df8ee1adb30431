import {
  CRISIS_RESOURCES,
  ELEVATED_SUPPORT_MESSAGE,
  type CrisisLevel,
} from '../../../core/text/crisis';

/** The crisis copy next to an elevated or severe reading: urgent steps first. */
export function CrisisResourcesPanel({ level }: { level: CrisisLevel }) {
  if (level === 'none') return null;
  const resources = CRISIS_RESOURCES;
  return (
    <aside data-testid="crisis-resources" data-level={level} role="alert">
      <p>
        <strong>{level === 'severe' ? resources.headline : ELEVATED_SUPPORT_MESSAGE}</strong>
      </p>
      <p>{resources.emergency}</p>
      <ul>
        {resources.lines.map((line) => (
          <li key={line.contact}>
            {line.region}: <a href={line.href}>{line.name}</a> — {line.how}
          </li>
        ))}
      </ul>
      <p>{resources.elsewhere}</p>
      <p>{resources.closing}</p>
    </aside>
  );
}
