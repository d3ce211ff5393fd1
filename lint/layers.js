import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Which folder of src may import which, as zones for import-x/no-restricted-paths. Paths are
 * relative to the project root; each message is appended to the plugin's "Unexpected path …
 * imported in restricted zone", so it names the boundary crossed and what to do instead.
 */

const ENTRIES = ['src/main.tsx', 'src/entry-server.tsx'];

/** One zone per forbidden folder, so the message names the very boundary crossed. */
function forbid(target, froms, advice) {
  return froms.map((from) => ({ target, from, message: `${target} must not import from ${from}: ${advice}` }));
}

const LIB_ADVICE =
  'src/lib is pure TypeScript that the shell, features, ui and runtime build on, never the reverse. ' +
  'Move the logic you need into src/lib, or pass the value in as a parameter.';

const libZones = [
  ...forbid('src/lib', ['src/app', 'src/features', 'src/ui', 'src/runtime', ...ENTRIES], LIB_ADVICE),
  {
    target: 'src/lib/core',
    from: 'src/lib',
    except: ['./core'],
    message:
      'src/lib/core must not import from another src/lib folder: core is what every domain shares, so it depends on none of them. ' +
      'Move the shared part into src/lib/core, or keep the code in its domain.',
  },
  ...forbid(
    'src/lib/time',
    ['src/lib/jwt'],
    'time is a domain of its own that jwt builds on. Move what both need into src/lib/core, or let jwt pass the values to time.',
  ),
];

const uiZones = [
  ...forbid(
    'src/ui',
    ['src/features', 'src/app'],
    'src/ui holds presentational components only. Take the data and callbacks as props, or move the component into the feature or shell that needs it.',
  ),
  ...forbid(
    'src/ui',
    ['src/runtime'],
    'src/ui holds presentational components only. Let the feature or shell that renders the component call the hook or read and pass its result in as props.',
  ),
];

const runtimeZones = [
  ...forbid(
    'src/runtime',
    ['src/features', 'src/app'],
    'src/runtime is shared by the shell and every feature, so it depends on none of them. Move the shared part into src/runtime, or pass it in.',
  ),
  ...forbid(
    'src/runtime',
    ['src/ui'],
    'src/runtime is non-visual. Return data, and let the feature or shell render it with src/ui components.',
  ),
];

const featureZones = forbid(
  'src/features',
  ['src/app', ...ENTRIES],
  'the shell assembles the features, not the reverse. Move what the feature needs into src/runtime (non-visual) or src/ui (components), or receive it through the view contract.',
);

/**
 * A feature uses another only through that one's index.ts. The zones follow the folders that
 * exist, so a new feature is covered without editing the config.
 */
function crossFeatureZones(root) {
  const featuresDir = path.join(root, 'src/features');
  if (!existsSync(featuresDir)) return [];
  const features = readdirSync(featuresDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return features
    .map((feature) => ({
      target: `src/features/${feature}`,
      others: features.filter((other) => other !== feature).map((other) => `src/features/${other}`),
    }))
    .filter(({ others }) => others.length > 0)
    .map(({ target, others }) => ({
      target,
      from: others,
      except: ['./index.ts'],
      message:
        `${target} may use another feature only through its public entry, index.ts: ` +
        "import the folder ('../other'), and export what you need from that feature's index.ts.",
    }));
}

export function layerZones(root) {
  return [...libZones, ...uiZones, ...runtimeZones, ...featureZones, ...crossFeatureZones(root)];
}
