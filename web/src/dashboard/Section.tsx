import type { ReactNode } from 'react';

/** One card of the dashboard: a heading and its content, named for tests by `testId`. */
export function Section({
  testId,
  title,
  children,
}: {
  testId: string;
  title: ReactNode;
  children: ReactNode;
}) {
  const id = `${testId}-title`;
  return (
    <section className="dashboard-card" data-testid={testId} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
