import type { ComponentType } from 'react';
import { EXPLAINER_SECTIONS, type SectionSlug } from '../../lib/explainer/sections';
import { CsrfAndSameSite } from './sections/csrf-and-samesite';
import { Debugging } from './sections/debugging';
import { HowJwtWorks } from './sections/how-jwt-works';
import { HowSessionsWork } from './sections/how-sessions-work';
import { HybridPatterns } from './sections/hybrid-patterns';
import { PracticalRule } from './sections/practical-rule';
import { RefreshTokenRotation } from './sections/refresh-token-rotation';
import { Revocation } from './sections/revocation';
import { StorageAndXss } from './sections/storage-and-xss';

interface SectionInfo {
  /** The section's id and the fragment of its link: stable, since links to it are shared. */
  slug: SectionSlug;
  title: string;
  Text: ComponentType;
}

const TEXTS: Record<SectionSlug, ComponentType> = {
  'how-sessions-work': HowSessionsWork,
  'how-jwt-works': HowJwtWorks,
  revocation: Revocation,
  'refresh-token-rotation': RefreshTokenRotation,
  'storage-and-xss': StorageAndXss,
  'csrf-and-samesite': CsrfAndSameSite,
  'hybrid-patterns': HybridPatterns,
  debugging: Debugging,
  'practical-rule': PracticalRule,
};

/** The explainer's sections, in reading order, each with its text. */
export const SECTIONS: readonly SectionInfo[] = EXPLAINER_SECTIONS.map(({ slug, title }) => ({ slug, title, Text: TEXTS[slug] }));
