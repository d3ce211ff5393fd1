import { decoderView } from '../features/decoder';
import { encoderView } from '../features/encoder';
import { explainerView } from '../features/explainer';
import { keysView } from '../features/keys';
import { timestampView } from '../features/timestamp';
import type { ViewDefinition } from '../runtime/view';

/**
 * Every view, in the navigation's order. The navigation, the page switch, the pre-rendered
 * files, the offline copy's `?view=` names, the footer, the not-found links and the
 * first-view budget checks are all made from this list: a new view is a feature folder
 * whose index.ts describes it, and one line here.
 */
export const VIEWS: readonly ViewDefinition[] = [decoderView, encoderView, timestampView, explainerView, keysView];

/** The view at the app's root. */
export const HOME_VIEW = decoderView;
