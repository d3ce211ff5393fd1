import { PlainTextarea } from '../../ui/plain-textarea';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** RFC 7797: "b64": false, so the content is signed as it is rather than base64url-encoded. */
  unencoded: boolean;
}

/** The content of a JWS whose payload part is empty: it may have been sent apart from the token (RFC 7515 Appendix F). */
export function DetachedPayloadField({ value, onChange, unencoded }: Props) {
  return (
    <div className="space-y-1">
      <label htmlFor="verify-detached-payload" className="block text-sm font-semibold">
        Detached content (optional)
      </label>
      <PlainTextarea id="verify-detached-payload" testId="detached-payload-input" value={value} onChange={onChange} aria-describedby="verify-detached-payload-hint" />
      <p id="verify-detached-payload-hint" className="text-xs text-slate-600 dark:text-slate-400">
        The token’s payload part is empty. If its content was sent apart from it (RFC 7515 Appendix F), paste the content itself here:{' '}
        {unencoded ? 'the header says "b64": false (RFC 7797), so it is checked exactly as typed.' : 'it is base64url-encoded here, as the signer did, before the check.'} Left empty, the
        signature is checked over an empty payload.
      </p>
    </div>
  );
}
