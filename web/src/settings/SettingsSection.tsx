import type { ReactNode } from 'react';

/** One titled block of the settings page. */
export function SettingsSection({
  title,
  description,
  danger = false,
  children,
}: {
  title: string;
  description?: ReactNode;
  danger?: boolean;
  children?: ReactNode;
}) {
  const id = `settings-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section
      className={`card settings-section${danger ? ' settings-section--danger' : ''}`}
      aria-labelledby={id}
    >
      <h2 id={id}>{title}</h2>
      {description && <p className="section-description">{description}</p>}
      {children}
    </section>
  );
}
