import { decodeToken } from '../../lib/jwt/decode';
import { findFindings } from '../../lib/jwt/findings';
import { Panel } from '../../ui/panel';
import { FindingsList } from './findings-list';

/** The findings about one token, in a panel. */
export function TokenFindings({ token, now, idPrefix }: { token: string; now: Date; idPrefix: string }) {
  const result = decodeToken(token);
  if (!result.ok) return null;
  return (
    <Panel labelledBy={`${idPrefix}-findings`} title="Findings">
      <FindingsList findings={findFindings(result.value, now)} partial={result.value.errors.length > 0} />
    </Panel>
  );
}
