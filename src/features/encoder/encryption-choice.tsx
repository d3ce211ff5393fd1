import {
  CONTENT_ENCRYPTION_ALGORITHMS,
  DEFAULT_PBES2_COUNT,
  KEY_MANAGEMENT,
  KEY_MANAGEMENT_ALGORITHMS,
  isContentEncryption,
  isKeyManagementAlgorithm,
  type ContentEncryption,
  type KeyManagementAlgorithm,
} from '../../lib/encode/encryption';
import { SourceLink } from '../../ui/source-link';
import { SELECT_CLASS } from './styles';

interface Props {
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  onAlg: (alg: KeyManagementAlgorithm) => void;
  onEnc: (enc: ContentEncryption) => void;
}

/** The JWE's "alg" (how the content key reaches the recipient) and "enc" (how the content is encrypted). */
export function EncryptionChoice({ alg, enc, onAlg, onEnc }: Props) {
  const info = KEY_MANAGEMENT[alg];
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="encoder-enc-alg" className="text-sm font-semibold">
            Key management (alg)
          </label>
          <select
            id="encoder-enc-alg"
            data-testid="encoder-enc-alg"
            value={alg}
            onChange={(event) => {
              if (isKeyManagementAlgorithm(event.target.value)) onAlg(event.target.value);
            }}
            className={SELECT_CLASS}
          >
            {KEY_MANAGEMENT_ALGORITHMS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="encoder-enc" className="text-sm font-semibold">
            Content encryption (enc)
          </label>
          <select
            id="encoder-enc"
            data-testid="encoder-enc"
            value={enc}
            onChange={(event) => {
              if (isContentEncryption(event.target.value)) onEnc(event.target.value);
            }}
            className={SELECT_CLASS}
          >
            {CONTENT_ENCRYPTION_ALGORITHMS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {alg}: <SourceLink href={info.ruleUrl}>{info.rule}</SourceLink>.
        {info.family === 'pbes2' &&
          ` PBKDF2 runs ${DEFAULT_PBES2_COUNT.toLocaleString('en-US')} iterations, the most jose accepts when it decrypts unless told otherwise; a "p2c" in the header asks for more.`}
        {info.family === 'dir' && ' The shared key is the content key itself: nothing is wrapped, and the encrypted key part is empty.'}
      </p>
    </div>
  );
}
