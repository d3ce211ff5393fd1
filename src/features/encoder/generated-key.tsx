import { CopyButton } from '../../ui/copy-button';
import type { GeneratedPair } from './generate-key';

function KeyBlock({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <div className="min-w-0 space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">{title}</h3>
        <CopyButton text={text} label={`Copy the ${title.toLowerCase()}`} className="ml-auto" />
      </div>
      <pre
        data-testid={testId}
        tabIndex={0}
        className="max-h-48 overflow-auto rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs leading-5 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
      >
        {text}
      </pre>
    </div>
  );
}

/** The public half of a generated pair, to verify the token elsewhere. */
export function GeneratedKey({ pair }: { pair: GeneratedPair }) {
  return (
    <section aria-labelledby="encoder-public-key" className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <h2 id="encoder-public-key" className="text-sm font-semibold">
        Public key of the generated {pair.alg} pair
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Verify the token with either form. The private key is in the key field above; it is lost when you leave or reload the page.
      </p>
      <KeyBlock title="Public key (PEM)" text={pair.publicPem} testId="encoder-public-pem" />
      <KeyBlock title="Public key (JWK)" text={pair.publicJwk} testId="encoder-public-jwk" />
    </section>
  );
}
