import { hrefTo } from '../../../runtime/view-href';
import { decoderView } from '../../decoder';
import { formatRequest, formatResponse } from '../../../lib/explainer/http-message';
import type { Exchange } from '../../../lib/explainer/flow-types';
import { CopyButton } from '../../../ui/copy-button';

const COMPACT_JWS = /eyJ[\w-]*\.eyJ[\w-]*\.[\w-]+/g;

/** The tokens in a message, once each, to open in the decoder. */
function tokensIn(text: string): string[] {
  return [...new Set(text.match(COMPACT_JWS) ?? [])];
}

const PRE = 'max-h-80 overflow-auto whitespace-pre-wrap break-all rounded-lg border border-slate-200 bg-white p-3 font-mono text-xs leading-relaxed dark:border-slate-800 dark:bg-slate-950';

function Message({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <div className="mb-1 flex items-center gap-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</span>
        <CopyButton text={text} label={`Copy the ${label.toLowerCase()}`} />
      </div>
      <pre className={PRE} tabIndex={0} aria-label={label}>
        {text}
      </pre>
    </div>
  );
}

/** What goes over the wire in one step, exactly as sent, with its tokens one click from the decoder. */
export function ExchangeText({ exchange }: { exchange: Exchange }) {
  const parts =
    exchange.kind === 'http'
      ? [
          { label: 'Request', text: formatRequest(exchange.request).replaceAll('\r\n', '\n') },
          { label: 'Response', text: formatResponse(exchange.response).replaceAll('\r\n', '\n') },
        ]
      : [
          { label: 'Command', text: exchange.command },
          { label: 'Reply', text: exchange.reply },
        ];
  const tokens = tokensIn(parts.map((part) => part.text).join('\n'));
  return (
    <div className="space-y-2">
      {parts.map((part) => (
        <Message key={part.label} {...part} />
      ))}
      {tokens.map((token) => (
        <a
          key={token}
          href={hrefTo(decoderView, `#token=${token}`)}
          className="block text-sm text-indigo-700 underline dark:text-indigo-300"
          data-testid="open-token-in-decoder"
        >
          Open the token {token.slice(0, 16)}… in the decoder
        </a>
      ))}
    </div>
  );
}
