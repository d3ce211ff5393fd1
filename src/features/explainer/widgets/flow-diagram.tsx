import { ACTORS, type ActorId, type Flow } from '../../../lib/explainer/flow-types';

/**
 * One scale for every diagram: drawn one unit to a CSS pixel, never stretched to its box,
 * so a session flow beside a JWT flow has the same type size, lane spacing and step height
 * and the two read as one comparison.
 */
const LANE_GAP = 86;
/** Half the widest word of an actor's name ("Authorization", 92 px in DejaVu Sans semibold at 12 px) and a little air: an edge lane's label is never cut. */
const EDGE = 50;
const LABEL_LINE = 14;
/** Every name takes two lines at most ("Authorization" over "server"), so steps start at the same height in every diagram. */
const LABEL_LINES = 2;
const LIFELINE_TOP = LABEL_LINES * LABEL_LINE + 6;
const FIRST_STEP = LIFELINE_TOP + 16;
const ROW = 26;

/** A name word by word, one line each, the rest on the last line. */
function labelLines(name: string): string[] {
  const words = name.split(' ');
  return words.length <= LABEL_LINES ? words : [...words.slice(0, LABEL_LINES - 1), words.slice(LABEL_LINES - 1).join(' ')];
}

/**
 * A sequence diagram of a flow: one lane per actor, one arrow per step, the current one
 * drawn strong. One image for screen readers, labelled with the current step in words.
 */
export function FlowDiagram({ flow, current }: { flow: Flow; current: number }) {
  const used = new Set<ActorId>(flow.steps.flatMap((step) => [step.from, step.to]));
  const lanes = ACTORS.filter((actor) => used.has(actor.id));
  const laneX = (id: ActorId) => EDGE + lanes.findIndex((actor) => actor.id === id) * LANE_GAP;
  const width = 2 * EDGE + (lanes.length - 1) * LANE_GAP;
  const height = FIRST_STEP + (flow.steps.length - 1) * ROW + 14;
  const step = flow.steps[current]!;
  const name = (id: ActorId) => ACTORS.find((actor) => actor.id === id)?.name ?? id;
  // Never narrower than its labels can be read at: on a phone the drawing scrolls sideways in its box.
  return (
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label="Sequence diagram">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Step ${current + 1} of ${flow.steps.length}: ${name(step.from)} to ${name(step.to)}, ${step.title}`}
        className="mx-auto block max-w-none text-slate-800 dark:text-slate-200"
        data-testid="flow-diagram"
      >
        {lanes.map((actor) => {
          const lines = labelLines(actor.name);
          // A shorter name sits on the lower line, just above its lifeline.
          const firstLine = (LABEL_LINES - lines.length + 1) * LABEL_LINE - 2;
          return (
            <g key={actor.id}>
              <text x={laneX(actor.id)} y={firstLine} textAnchor="middle" className="fill-current text-xs font-semibold" data-testid="flow-lane-label">
                {lines.map((line, index) => (
                  <tspan key={line} x={laneX(actor.id)} dy={index === 0 ? 0 : LABEL_LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              <line x1={laneX(actor.id)} x2={laneX(actor.id)} y1={LIFELINE_TOP} y2={height - 4} className="stroke-slate-300 dark:stroke-slate-600" />
            </g>
          );
        })}
        {flow.steps.map((s, index) => {
          const y = FIRST_STEP + index * ROW;
          const x1 = laneX(s.from);
          const x2 = laneX(s.to);
          const direction = x2 >= x1 ? 1 : -1;
          const state = index === current ? 'current' : index < current ? 'done' : 'later';
          const stroke = state === 'current' ? 'stroke-indigo-600 dark:stroke-indigo-300' : state === 'done' ? 'stroke-slate-500 dark:stroke-slate-400' : 'stroke-slate-300 dark:stroke-slate-700';
          const fill = state === 'current' ? 'fill-indigo-600 dark:fill-indigo-300' : state === 'done' ? 'fill-slate-500 dark:fill-slate-400' : 'fill-slate-300 dark:fill-slate-700';
          return (
            <g key={s.slug}>
              <line x1={x1} x2={x2 - direction * 6} y1={y} y2={y} strokeWidth={state === 'current' ? 2.5 : 1.5} className={stroke} />
              <path d={`M ${x2} ${y} l ${-direction * 7} -4 v 8 z`} className={fill} />
              <text x={Math.min(x1, x2) + 4} y={y - 4} className={`text-[10px] ${state === 'later' ? 'fill-slate-400 dark:fill-slate-500' : 'fill-current'}`}>
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
