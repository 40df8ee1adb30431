import { useMemo } from 'react';
import type { SuggestionEffectiveness } from '../../../core/dashboard/suggestions';
import { effectivenessData, effectivenessText } from './chart-data';
import { ChartView } from './ChartView';
import { effectivenessChart } from './charts';
import { suggestionName } from './suggestion-name';
import { Section } from './Section';

/** Which suggestions helped, from the person's helpful / not helpful answers and ratings. */
export function EffectivenessSection({ rows }: { rows: readonly SuggestionEffectiveness[] }) {
  const build = useMemo(() => {
    const { labels, values } = effectivenessData(rows, suggestionName);
    return effectivenessChart(labels, values);
  }, [rows]);
  const answered = rows.some((r) => r.rated > 0);
  return (
    <Section testId="dashboard-effectiveness" title="What helped">
      {!answered ? (
        <p>
          When the companion suggests something during a call, tell it whether it helped. The
          suggestions that work for you will show here.
        </p>
      ) : (
        <ChartView
          build={build}
          height={Math.max(120, 48 * rows.length)}
          label="Share of answers that said a suggestion helped"
          text={effectivenessText(rows, suggestionName)}
        />
      )}
    </Section>
  );
}
