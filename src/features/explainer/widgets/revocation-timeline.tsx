import type { RevocationWindows, SegmentKind } from '../../../lib/explainer/revocation-types';
import { TIMELINE_LANES } from '../../../lib/explainer/revocation-window';
import { durationText } from './duration';

const WIDTH = 640;
const LABEL_WIDTH = 150;
const LANE_HEIGHT = 30;
const TOP = 24;

const SEGMENT_CLASS: Record<SegmentKind, string> = {
  'signed-in': 'fill-slate-400 dark:fill-slate-500',
  usable: 'fill-amber-500 dark:fill-amber-400',
  'usable-after-logout': 'fill-red-600 dark:fill-red-400',
};

/**
 * The simulator's result drawn as lanes on a time axis from sign-in. The SVG is one image
 * with a summary for screen readers; the same facts are in the list beside it.
 */
export function RevocationTimeline({ windows, summary }: { windows: RevocationWindows; summary: string }) {
  const lanes = TIMELINE_LANES.filter(({ lane }) => windows.segments.some((segment) => segment.lane === lane));
  const end = Math.max(windows.end, 1);
  const x = (at: number) => LABEL_WIDTH + ((WIDTH - LABEL_WIDTH - 10) * at) / end;
  const height = TOP + lanes.length * LANE_HEIGHT + 8;
  // Never narrower than its labels can be read at: on a phone the drawing scrolls sideways in its box.
  return (
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label="Timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} className="w-full min-w-[32rem] text-slate-800 dark:text-slate-200" data-testid="sim-timeline">
        {lanes.map(({ lane, title }, index) => {
          const y = TOP + index * LANE_HEIGHT;
          return (
            <g key={lane}>
              <text x={0} y={y + LANE_HEIGHT / 2 + 4} className="fill-current text-[11px]">
                {title}
              </text>
              {windows.segments
                .filter((segment) => segment.lane === lane)
                .map((segment) => (
                  <rect
                    key={`${segment.start}-${segment.kind}`}
                    x={x(segment.start)}
                    y={y + 6}
                    width={Math.max(1.5, x(segment.end) - x(segment.start))}
                    height={LANE_HEIGHT - 12}
                    rx={3}
                    className={SEGMENT_CLASS[segment.kind]}
                  >
                    <title>{`${segment.label}: ${durationText(segment.start)} to ${durationText(segment.end)} after sign-in`}</title>
                  </rect>
                ))}
            </g>
          );
        })}
        {windows.markers.map((marker) => (
          <g key={`${marker.kind}-${marker.at}`}>
            <line x1={x(marker.at)} x2={x(marker.at)} y1={14} y2={height - 4} className={marker.kind === 'logout' ? 'stroke-indigo-600 dark:stroke-indigo-300' : 'stroke-slate-400 dark:stroke-slate-500'} strokeDasharray={marker.kind === 'logout' ? undefined : '3 3'} />
            {(marker.kind === 'logout' || marker.kind === 'theft') && (
              <text x={x(marker.at) + 3} y={11} className="fill-current text-[10px]">
                {marker.label}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
