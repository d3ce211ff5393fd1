import { useState } from 'react';
import { prettyJson, readJsonObject, saysNestedJwt, type ContentEncryption, type EncoderMode, type KeyManagementAlgorithm } from '../../lib/encode';
import type { JsonObject, JsonValue } from '../../lib/core/json';
import type { SecretEncoding } from '../../lib/verify/types';
import type { IncomingJwe } from './edited-token';

/**
 * What the encoder holds for encrypting: the JWE header as typed, the chosen algorithms and
 * the recipient's key. It lives in the page, so switching modes loses nothing typed.
 */
export interface EncryptionState {
  mode: EncoderMode;
  headerText: string;
  /** The algorithms last chosen; the header's own "alg" and "enc", when it names them, win. */
  alg: KeyManagementAlgorithm;
  enc: ContentEncryption;
  keyText: string;
  encoding: SecretEncoding;
  incoming: IncomingJwe | null;
}

export interface EncryptionActions {
  setMode: (mode: EncoderMode) => void;
  setHeaderText: (text: string) => void;
  chooseAlg: (alg: KeyManagementAlgorithm) => void;
  chooseEnc: (enc: ContentEncryption) => void;
  setKeyText: (text: string) => void;
  setEncoding: (encoding: SecretEncoding) => void;
  /** A claim template's "typ", kept with the header's own members. */
  applyHeader: (members: JsonObject) => void;
}

const DEFAULT_ALG: KeyManagementAlgorithm = 'RSA-OAEP-256';
const DEFAULT_ENC: ContentEncryption = 'A256GCM';

/** The header text with members set (or removed, for undefined); as typed when it is not a JSON object. */
function withMembers(text: string, members: Readonly<Record<string, JsonValue | undefined>>): string {
  const read = readJsonObject(text, 'header');
  if (!read.ok) return text;
  const next: JsonObject = { ...read.value };
  for (const [name, value] of Object.entries(members)) {
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  return prettyJson(next);
}

function initialState(incoming: IncomingJwe | null): EncryptionState {
  const base = { keyText: '', encoding: 'utf8' as const, incoming, alg: DEFAULT_ALG, enc: DEFAULT_ENC };
  if (!incoming) return { ...base, mode: 'jws', headerText: prettyJson({ alg: DEFAULT_ALG, enc: DEFAULT_ENC }) };
  return { ...base, mode: incoming.mode, headerText: incoming.headerText };
}

export function useEncryptionState(incoming: IncomingJwe | null): [EncryptionState, EncryptionActions] {
  const [state, setState] = useState(() => initialState(incoming));
  const update = (change: (state: EncryptionState) => Partial<EncryptionState>) => setState((current) => ({ ...current, ...change(current) }));
  const actions: EncryptionActions = {
    // RFC 7519 §5.2: a nested token's header says "cty": "JWT"; a JWE of claims must not.
    setMode: (mode) =>
      update((s) => {
        if (mode === 'nested') return { mode, headerText: withMembers(s.headerText, { cty: 'JWT' }) };
        const read = readJsonObject(s.headerText, 'header');
        return mode === 'jwe' && read.ok && saysNestedJwt(read.value.cty) ? { mode, headerText: withMembers(s.headerText, { cty: undefined }) } : { mode };
      }),
    setHeaderText: (headerText) => update(() => ({ headerText })),
    // RFC 7516 §4.1.1, §4.1.2: the algorithms are named in the header, so the header follows the choice.
    chooseAlg: (alg) => update((s) => ({ alg, headerText: withMembers(s.headerText, { alg }) })),
    chooseEnc: (enc) => update((s) => ({ enc, headerText: withMembers(s.headerText, { enc }) })),
    setKeyText: (keyText) => update(() => ({ keyText })),
    setEncoding: (encoding) => update(() => ({ encoding })),
    applyHeader: (members) => update((s) => ({ headerText: withMembers(s.headerText, members) })),
  };
  return [state, actions];
}
