import { useMemo, useState } from 'react';
import { ExportForm } from '../export/ExportForm';
import { BurnoutCard } from './BurnoutCard';
import { CrisisEventsSection } from './CrisisEventsSection';
import { DistributionSection } from './DistributionSection';
import { EffectivenessSection } from './EffectivenessSection';
import { EmptyState } from './EmptyState';
import { dashboardFigures, type TrendDays } from './figures';
import { JournalStressSection } from './JournalStressSection';
import { useLocalRecords } from './local-records';
import { SessionTimeline } from './SessionTimeline';
import { StressGauge } from './StressGauge';
import { TrendSection } from './TrendSection';
import './dashboard.css';

/** The person's patterns, worked out on this device from what it holds, online or not. */
export function DashboardPage() {
  const local = useLocalRecords();
  const records = local?.records;
  const [days, setDays] = useState<TrendDays>(7);
  const figures = useMemo(
    () =>
      local &&
      dashboardFigures(
        local.records,
        days,
        local.readAt,
        -new Date(local.readAt).getTimezoneOffset(),
      ),
    [local, days],
  );

  return (
    <div className="dashboard" data-testid="dashboard">
      <h1>Dashboard</h1>
      {!records || !figures ? (
        <p role="status">Reading your data on this device…</p>
      ) : figures.isEmpty ? (
        <>
          <EmptyState />
          <CrisisEventsSection events={figures.crisisEvents} />
        </>
      ) : (
        <div className="dashboard-grid">
          <StressGauge current={figures.current} />
          <BurnoutCard estimate={figures.burnout} />
          <TrendSection
            points={figures.summary.avg_stress_trend}
            period={figures.period}
            days={days}
            onDays={setDays}
          />
          <SessionTimeline sessions={figures.sessions} logs={records.emotion_logs} />
          <DistributionSection distribution={figures.distribution} days={days} />
          <JournalStressSection pairs={figures.journalStress} days={days} />
          <EffectivenessSection rows={figures.effectiveness} />
          <CrisisEventsSection events={figures.crisisEvents} />
        </div>
      )}
      {records && <ExportForm records={records} />}
    </div>
  );
}
