import { memo } from 'react';
import type { JsonObject } from '../../lib/core/json';
import { CopyButton } from '../../ui/copy-button';
import { prettyJson } from '../../lib/core/cached-stringify';
import { JsonView } from '../../ui/json-view';
import { Panel } from '../../ui/panel';
import { SourceLink } from '../../ui/source-link';
import { VisibleText } from '../../ui/visible-text';
import { useExplanations } from './use-explanations';

interface Props {
  header: JsonObject;
  /** The header as decoded, shown when it is nested too deeply to print again. */
  headerText: string;
  idPrefix: string;
  /** Whether to explain each parameter below the JSON. */
  explained: boolean;
}

/** What each header parameter means, and the algorithm in words. */
function HeaderParams({ header }: { header: JsonObject }) {
  const explain = useExplanations();
  return (
    <dl className="mt-3 space-y-1.5 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
      {Object.keys(header).map((name) => {
        const info = explain?.headerParamInfo(name);
        const value = header[name];
        return (
          <div key={name} data-testid={`header-param-${name}`}>
            <dt className="inline font-mono font-semibold [overflow-wrap:anywhere]">
              <VisibleText text={name} />
            </dt>
            {name === 'alg' && typeof value === 'string' && explain && <dd className="ml-2 inline font-medium">{explain.describeAlgorithm(value)}</dd>}
            <dd className="text-slate-700 dark:text-slate-300">
              {info ? info.meaning : explain && 'Not a registered header parameter: its meaning is private to the token’s issuer.'}
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

/** The protected header as JSON, then what each parameter means. */
export const HeaderPanel = memo(function HeaderPanel({ header, headerText, idPrefix, explained }: Props) {
  const json = prettyJson(header, headerText);
  return (
    <Panel labelledBy={`${idPrefix}-header`} title="Header" titleClassName="seg-header" actions={<CopyButton text={json} label="Copy the header JSON" />}>
      <JsonView text={json} testId="header-json" label="Header JSON" />
      {explained && <HeaderParams header={header} />}
    </Panel>
  );
});
