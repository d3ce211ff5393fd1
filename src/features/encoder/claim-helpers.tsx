import { useState } from 'react';
import {
  CLAIM_TEMPLATES,
  LIFETIMES,
  browserRandom,
  epochSeconds,
  setExpiry,
  setIssuedAt,
  setJwtId,
  setNotBefore,
  type ClaimTemplate,
} from '../../lib/encode';
import type { JsonObject } from '../../lib/core/json';
import { BUTTON_CLASS, SELECT_CLASS } from './styles';

interface Props {
  /** The payload as it stands, or null while its JSON is broken. */
  payload: JsonObject | null;
  onPayload: (payload: JsonObject) => void;
  onTemplate: (template: ClaimTemplate) => void;
  /** False until the page is hydrated: a click before would do nothing. */
  ready?: boolean;
}

/** Buttons that set the usual claims from the clock and the platform's random numbers. */
export function ClaimHelpers({ payload, onPayload, onTemplate, ready = true }: Props) {
  const [lifetime, setLifetime] = useState('1h');
  const seconds = LIFETIMES.find((l) => l.id === lifetime)?.seconds ?? 3600;
  const now = () => epochSeconds(new Date());
  const disabled = payload === null;
  const apply = (change: (payload: JsonObject) => JsonObject) => {
    if (payload) onPayload(change(payload));
  };
  return (
    <fieldset disabled={!ready} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Claims</legend>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON_CLASS} disabled={disabled} onClick={() => apply((p) => setIssuedAt(p, now()))}>
          iat = now
        </button>
        <button type="button" className={BUTTON_CLASS} disabled={disabled} onClick={() => apply((p) => setNotBefore(p, now()))}>
          nbf = now
        </button>
        <button type="button" className={BUTTON_CLASS} disabled={disabled} onClick={() => apply((p) => setJwtId(p, browserRandom))}>
          Random jti
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON_CLASS} disabled={disabled} onClick={() => apply((p) => setExpiry(p, now(), seconds))} data-testid="encoder-set-exp">
          exp = now +
        </button>
        <label htmlFor="encoder-lifetime" className="sr-only">
          Lifetime for exp
        </label>
        <select id="encoder-lifetime" value={lifetime} onChange={(event) => setLifetime(event.target.value)} className={SELECT_CLASS}>
          {LIFETIMES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="encoder-template" className="text-sm">
          Start from
        </label>
        <select
          id="encoder-template"
          data-testid="encoder-template"
          value=""
          onChange={(event) => {
            const template = CLAIM_TEMPLATES.find((t) => t.id === event.target.value);
            if (template) onTemplate(template);
          }}
          className={SELECT_CLASS}
        >
          <option value="">a template…</option>
          {CLAIM_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Templates follow{' '}
        {CLAIM_TEMPLATES.map((t, i) => (
          <span key={t.id}>
            {i > 0 && ' and '}
            <a href={t.source.url} target="_blank" rel="noreferrer noopener" className="text-indigo-700 underline dark:text-indigo-300">
              {t.source.title}
            </a>
          </span>
        ))}
        ; their times are set from now.
      </p>
    </fieldset>
  );
}
