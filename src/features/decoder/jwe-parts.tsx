import type { DecodedJwe } from '../../lib/jwt/types';
import { Panel } from '../../ui/panel';
import { SEGMENT_CLASS, SEGMENT_LABEL } from './segment-colours';

/** RFC 7516 §7.1: the five parts of a compact JWE, named, with their sizes. */
export function JweParts({ token, idPrefix }: { token: DecodedJwe; idPrefix: string }) {
  const alg = typeof token.header.alg === 'string' ? token.header.alg : '?';
  const enc = typeof token.header.enc === 'string' ? token.header.enc : '?';
  return (
    <Panel labelledBy={`${idPrefix}-jwe`} title="Encrypted content">
      <p className="text-sm text-slate-800 dark:text-slate-200" data-testid="jwe-note">
        The content is encrypted ({alg} for the key, {enc} for the content). Without a key only the header can be read: give the recipient’s
        key below to open it. The key stays in this page.
        {typeof token.header.cty === 'string' && token.header.cty.toUpperCase() === 'JWT' && ' The header’s “cty”: “JWT” says the plaintext is itself a token (a nested JWT).'}
      </p>
      <ol className="mt-3 space-y-1 text-sm">
        {token.segments.map((segment, i) => (
          <li key={segment.name} data-testid={`jwe-part-${segment.name}`} className="flex flex-wrap gap-x-2">
            <span className={`font-semibold ${SEGMENT_CLASS[segment.name]}`}>
              {i + 1}. {SEGMENT_LABEL[segment.name]}
            </span>
            <span className="text-slate-700 dark:text-slate-300">
              {segment.byteLength === undefined ? 'not decodable' : segment.byteLength === 0 ? 'empty' : `${segment.byteLength} bytes`}
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
