import { ENCODER_MODES, isEncoderMode, type EncoderMode } from '../../lib/encode';
import { SELECT_CLASS } from './styles';

const MODE_LABEL: Readonly<Record<EncoderMode, string>> = {
  jws: 'Signed (JWS)',
  jwe: 'Encrypted (JWE)',
  nested: 'Signed, then encrypted (nested JWT)',
};

const MODE_HINT: Readonly<Record<EncoderMode, string>> = {
  jws: 'The header and payload are signed: anyone can read them, no one can change them unnoticed.',
  jwe: 'The payload is encrypted to the recipient’s key (RFC 7516): only they can read it.',
  nested: 'The claims are signed as a JWS, and that token is encrypted with "cty": "JWT" (RFC 7519 §5.2).',
};

interface Props {
  value: EncoderMode;
  onChange: (mode: EncoderMode) => void;
  /** Called when the control is about to be used, to start loading what encrypting needs. */
  onIntent?: () => void;
  /** Until the page is hydrated: a choice made before would be lost to it. */
  disabled?: boolean;
}

/** What the encoder makes: a signed token, an encrypted one, or a signed one encrypted. */
export function ModeSelect({ value, onChange, onIntent, disabled = false }: Props) {
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="encoder-mode" className="text-sm font-semibold">
          Token
        </label>
        <select
          id="encoder-mode"
          data-testid="encoder-mode"
          value={value}
          disabled={disabled}
          aria-describedby="encoder-mode-hint"
          onFocus={onIntent}
          onPointerDown={onIntent}
          onChange={(event) => {
            if (isEncoderMode(event.target.value)) onChange(event.target.value);
          }}
          className={SELECT_CLASS}
        >
          {ENCODER_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABEL[mode]}
            </option>
          ))}
        </select>
      </div>
      <p id="encoder-mode-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {MODE_HINT[value]}
      </p>
    </div>
  );
}
