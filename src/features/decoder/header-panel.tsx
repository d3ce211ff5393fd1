import { memo, Suspense } from 'react';
import type { JsonObject } from '../../lib/core/json';
import { CopyButton } from '../../ui/copy-button';
import { prettyJson } from '../../lib/core/cached-stringify';
import { JsonView } from '../../ui/json-view';
import { Panel } from '../../ui/panel';
import { HeaderParams } from './lazy-details';

interface Props {
  header: JsonObject;
  /** The header as decoded, shown when it is nested too deeply to print again. */
  headerText: string;
  idPrefix: string;
  /** Whether to explain each parameter below the JSON. */
  explained: boolean;
}

/** The protected header as JSON, then what each parameter means. */
export const HeaderPanel = memo(function HeaderPanel({ header, headerText, idPrefix, explained }: Props) {
  const json = prettyJson(header, headerText);
  return (
    <Panel labelledBy={`${idPrefix}-header`} title="Header" titleClassName="seg-header" actions={<CopyButton text={json} label="Copy the header JSON" />}>
      <JsonView text={json} testId="header-json" label="Header JSON" />
      {explained && (
        <Suspense fallback={null}>
          <HeaderParams header={header} />
        </Suspense>
      )}
    </Panel>
  );
});
