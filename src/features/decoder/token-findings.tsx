import { decodeToken } from '../../lib/jwt/decode';
import { findFindings } from '../../lib/jwt/findings';
import { strayFinding } from '../../lib/jwt/stray-finding';
import type { FoundToken } from '../../lib/jwt/extract';
import { Panel } from '../../ui/panel';
import { FindingsList } from './findings-list';

/** The findings about one token, in a panel. */
export function TokenFindings({ token, now, idPrefix, stray }: { token: string; now: Date; idPrefix: string; stray?: FoundToken['stray'] | undefined }) {
  const result = decodeToken(token);
  if (!result.ok) return null;
  const findings = findFindings(result.value, now);
  // Characters after the token that make it malformed come first: no other finding matters as much.
  if (stray) findings.unshift(strayFinding({ readable: token, stray: stray.text, offset: stray.offset }));
  return (
    <Panel labelledBy={`${idPrefix}-findings`} title="Findings">
      <FindingsList
        findings={findings}
        partial={result.value.errors.length > 0}
        {...(result.value.type === 'JWE' && { noneText: 'No problems found in its header. Decrypt it to check what it carries.' })}
      />
    </Panel>
  );
}
