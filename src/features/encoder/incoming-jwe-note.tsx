import { hrefTo } from '../../runtime/view-href';
import { decoderView } from '../decoder';
import type { IncomingJwe } from './edited-token';
import { CAUTION_BOX_CLASS } from './styles';

/** What can and cannot be edited of an encrypted token that was opened here. */
export function IncomingJweNote({ incoming }: { incoming: IncomingJwe }) {
  const nested = incoming.mode === 'nested';
  return (
    <div role="status" data-testid="encoder-jwe-incoming" className={CAUTION_BOX_CLASS}>
      <p>
        <strong>This token is encrypted (JWE{nested ? ', with a signed token inside' : ''}).</strong> Its payload cannot be shown or edited here without decrypting it: open
        it in the decoder with the recipient’s private key or shared key. Its protected header is in the {nested ? 'JWE protected header' : 'header'} editor, with its alg and enc
        chosen; the payload editor starts empty, and what you type there is encrypted into a new token.
      </p>
      <p className="mt-1">
        <a
          href={hrefTo(decoderView, `#token=${encodeURIComponent(incoming.token)}`)}
          data-testid="encoder-jwe-incoming-decoder"
          className="font-semibold text-indigo-800 underline dark:text-indigo-200"
        >
          Decrypt it in the decoder
        </a>
      </p>
    </div>
  );
}
