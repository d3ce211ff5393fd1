import type { ComponentType } from 'react';
import { CsrfAndSameSite } from './sections/csrf-and-samesite';
import { Debugging } from './sections/debugging';
import { HowJwtWorks } from './sections/how-jwt-works';
import { HowSessionsWork } from './sections/how-sessions-work';
import { HybridPatterns } from './sections/hybrid-patterns';
import { PracticalRule } from './sections/practical-rule';
import { RefreshTokenRotation } from './sections/refresh-token-rotation';
import { Revocation } from './sections/revocation';
import { StorageAndXss } from './sections/storage-and-xss';

export interface SectionInfo {
  /** The section's id and the fragment of its link: stable, since links to it are shared. */
  slug: string;
  title: string;
  Text: ComponentType;
}

/** The explainer's sections, in reading order. */
export const SECTIONS: readonly SectionInfo[] = [
  { slug: 'how-sessions-work', title: 'How server-side sessions work', Text: HowSessionsWork },
  { slug: 'how-jwt-works', title: 'How JWTs work', Text: HowJwtWorks },
  { slug: 'revocation', title: 'Revocation: taking access away', Text: Revocation },
  { slug: 'refresh-token-rotation', title: 'Refresh-token rotation', Text: RefreshTokenRotation },
  { slug: 'storage-and-xss', title: 'Where the browser keeps it: storage and XSS', Text: StorageAndXss },
  { slug: 'csrf-and-samesite', title: 'CSRF and SameSite', Text: CsrfAndSameSite },
  { slug: 'hybrid-patterns', title: 'Hybrid patterns: sessions in front, tokens behind', Text: HybridPatterns },
  { slug: 'debugging', title: 'Debugging cookies and tokens', Text: Debugging },
  { slug: 'practical-rule', title: 'The practical rule', Text: PracticalRule },
];
