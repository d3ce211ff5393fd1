import { ACTORS, type ActorId, type Flow } from '../../../lib/explainer/flow-types';

const LANE_GAP = 120;

/**
 * Three quarters of the drawing's width (120 + (lanes - 1) × LANE_GAP), by lane count: a
 * class, not a style attribute, which the page's security policy would refuse in the
 * pre-rendered markup.
 */
const MIN_WIDTH_BY_LANES: Readonly<Record<number, string>> = {
  1: 'min-w-[90px]',
  2: 'min-w-[180px]',
  3: 'min-w-[270px]',
  4: 'min-w-[360px]',
  5: 'min-w-[450px]',
  6: 'min-w-[540px]',
  7: 'min-w-[630px]',
};
const ROW = 26;
const TOP = 34;

/**
 * A sequence diagram of a flow: one lane per actor, one arrow per step, the current one
 * drawn strong. One image for screen readers, labelled with the current step in words.
 */
export function FlowDiagram({ flow, current }: { flow: Flow; current: number }) {
  const used = new Set<ActorId>(flow.steps.flatMap((step) => [step.from, step.to]));
  const lanes = ACTORS.filter((actor) => used.has(actor.id));
  const laneX = (id: ActorId) => 60 + lanes.findIndex((actor) => actor.id === id) * LANE_GAP;
  const width = 120 + (lanes.length - 1) * LANE_GAP;
  const height = TOP + flow.steps.length * ROW + 10;
  const step = flow.steps[current]!;
  const name = (id: ActorId) => ACTORS.find((actor) => actor.id === id)?.name ?? id;
  // Never narrower than its labels can be read at: on a phone the drawing scrolls sideways in its box.
  return (
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label="Sequence diagram">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Step ${current + 1} of ${flow.steps.length}: ${name(step.from)} to ${name(step.to)}, ${step.title}`}
        className={`w-full max-w-xl text-slate-800 dark:text-slate-200 ${MIN_WIDTH_BY_LANES[lanes.length] ?? ''}`}
      >
        {lanes.map((actor) => (
          <g key={actor.id}>
            <text x={laneX(actor.id)} y={14} textAnchor="middle" className="fill-current text-[11px] font-semibold">
              {actor.name}
            </text>
            <line x1={laneX(actor.id)} x2={laneX(actor.id)} y1={22} y2={height - 4} className="stroke-slate-300 dark:stroke-slate-600" />
          </g>
        ))}
        {flow.steps.map((s, index) => {
          const y = TOP + index * ROW;
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
              <text x={Math.min(x1, x2) + 4} y={y - 4} className={`text-[9px] ${state === 'later' ? 'fill-slate-400 dark:fill-slate-500' : 'fill-current'}`}>
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
