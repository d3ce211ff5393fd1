import type { JsonObject } from '../../lib/core/json';
import { describeAlgorithm } from '../../lib/jwt/algorithms';
import { headerParamInfo } from '../../lib/jwt/header-registry';
import { SourceLink } from '../../ui/source-link';
import { VisibleText } from '../../ui/visible-text';

/** What each header parameter means, and the algorithm in words. */
export function HeaderParams({ header }: { header: JsonObject }) {
  return (
    <dl className="mt-3 space-y-1.5 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
      {Object.keys(header).map((name) => {
        const info = headerParamInfo(name);
        const value = header[name];
        return (
          <div key={name} data-testid={`header-param-${name}`}>
            <dt className="inline font-mono font-semibold [overflow-wrap:anywhere]">
              <VisibleText text={name} />
            </dt>
            {name === 'alg' && typeof value === 'string' && <dd className="ml-2 inline font-medium">{describeAlgorithm(value)}</dd>}
            <dd className="text-slate-700 dark:text-slate-300">
              {info ? info.meaning : 'Not a registered header parameter: its meaning is private to the token’s issuer.'}
              {info && (
                <>
                  {' '}
                  <SourceLink href={info.sourceUrl}>{info.source}</SourceLink>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
