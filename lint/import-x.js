import { importX } from 'eslint-plugin-import-x';

/**
 * no-cycle reports only "Dependency cycle detected" and takes no message option; its messages
 * are extended here with what to do, like every other boundary's. The rule itself is unchanged
 * and keeps its id, import-x/no-cycle.
 */
const CYCLE_ADVICE =
  'Modules in a cycle can see each other half-initialised and cannot be understood or moved apart. ' +
  'Move what both need into a third module that both import, or pass it in as a parameter.';

const noCycle = importX.rules['no-cycle'];

const noCycleWithAdvice = {
  ...noCycle,
  meta: {
    ...noCycle.meta,
    messages: Object.fromEntries(
      Object.entries(noCycle.meta.messages).map(([id, text]) => [id, `${text}. ${CYCLE_ADVICE}`]),
    ),
  },
};

export const importXPlugin = { ...importX, rules: { ...importX.rules, 'no-cycle': noCycleWithAdvice } };
