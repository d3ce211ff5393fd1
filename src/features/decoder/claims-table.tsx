import { NUMERIC_DATE_CLAIMS, lifetimeSeconds, readTimeClaim } from '../../lib/jwt/time-claims';
import { claimInfo, isNumericDateClaim, type ClaimInfo } from '../../lib/jwt/claims-registry';
import type { JsonObject, JsonValue } from '../../lib/core/json';
import { memo } from 'react';
import { SourceLink } from '../../ui/source-link';
import { VisibleText } from '../../ui/visible-text';
import { ClaimValue } from './claim-value';
import { TimeClaim } from './time-claim';

const CORE_TIME_CLAIMS: ReadonlySet<string> = new Set(NUMERIC_DATE_CLAIMS);

function unknownMeaning(name: string): string {
  // RFC 7519 §4.2 / §4.3: public names should be collision-resistant; private ones are by agreement.
  if (/^https?:\/\//.test(name) || name.includes(':')) return 'A namespaced custom claim (a collision-resistant name, RFC 7519 §4.2): its issuer defines what it means.';
  return 'Not a registered or well-known claim: a private claim whose meaning the issuer and its clients agree on (RFC 7519 §4.3).';
}

interface Props {
  payload: JsonObject;
  now: Date;
}

interface RowProps {
  name: string;
  value: JsonValue;
  info: ClaimInfo | undefined;
  now: Date | null;
  lifetime: number | null;
}

const ClaimRow = memo(function ClaimRow({ name, value, info, now, lifetime }: RowProps) {
  const time = now ? readTimeClaim(name, value, now) : null;
  return (
    <tr data-testid={`claim-${name}`} className="border-b border-slate-200 align-top last:border-0 max-md:block max-md:py-2 dark:border-slate-800">
      <th scope="row" className="py-2 pr-3 font-mono font-semibold break-all max-md:block max-md:py-0.5 md:w-40">
        <VisibleText text={name} />
        {info && <div className="font-sans text-xs font-normal text-slate-600 dark:text-slate-400">{info.title}</div>}
      </th>
      <td className="py-2 pr-3 max-md:block max-md:py-0.5 md:w-[42%]">
        <ClaimValue value={value} />
        {time && (
          <div className="mt-1">
            <TimeClaim view={time} lifetimeSeconds={lifetime} />
          </div>
        )}
      </td>
      <td className="py-2 text-slate-700 max-md:block max-md:py-0.5 dark:text-slate-300">
        {info ? info.meaning : unknownMeaning(name)}
        {info && (
          <>
            {' '}
            <SourceLink href={info.sourceUrl}>{info.source}</SourceLink>
          </>
        )}
        {info?.sensitive && <div className="mt-1 text-xs text-amber-900 dark:text-amber-200">Personal data: think twice before logging or sharing this token.</div>}
      </td>
    </tr>
  );
});

/** One row a claim: its name, value and meaning, and for NumericDates every reading of the time. */
export function ClaimsTable({ payload, now }: Props) {
  const names = Object.keys(payload);
  if (names.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">The payload is an empty object: no claims.</p>;
  const lifetime = lifetimeSeconds(payload);
  const isTime = (name: string) => CORE_TIME_CLAIMS.has(name) || isNumericDateClaim(name);
  return (
    <table className="w-full border-collapse text-left text-sm max-md:block">
      <thead className="max-md:sr-only">
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="py-2 pr-3 font-semibold">
            Claim
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Value
          </th>
          <th scope="col" className="py-2 font-semibold">
            Meaning
          </th>
        </tr>
      </thead>
      <tbody className="max-md:block">
        {names.map((name) => (
          <ClaimRow
            key={name}
            name={name}
            value={payload[name]!}
            info={claimInfo(name)}
            // Only time claims take the clock, so the other rows skip its ticks.
            now={isTime(name) ? now : null}
            lifetime={name === 'exp' ? lifetime : null}
          />
        ))}
      </tbody>
    </table>
  );
}
