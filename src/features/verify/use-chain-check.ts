import { useEffect, useMemo, useState } from 'react';
import type { JsonObject } from '../../lib/core/json';
import type { AnchorLink, ChainFacts, ChainVerdict } from '../../lib/verify/x5c-chain-types';
import { judgeChain } from '../../lib/verify/x5c-verdict';
import { useDebounced } from './use-debounced';

const ANCHOR_TYPING_DELAY_MS = 150;

type ChainChecks = typeof import('../../lib/verify/x5c-checks');

let loading: Promise<ChainChecks> | null = null;

/** The X.509 code is a chunk of its own, fetched the first time a token with "x5c" is shown. */
function loadChainChecks(): Promise<ChainChecks> {
  if (!loading) {
    loading = import('../../lib/verify/x5c-checks');
    // A chunk that failed to arrive (the network dropped) is asked for again next time.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

interface Linked {
  facts: ChainFacts;
  anchorText: string;
  link: AnchorLink;
}

export interface ChainCheck {
  /** The latest verdict reached, at `now`; kept while a newer check runs. */
  verdict: ChainVerdict | null;
  /** The chain and anchor that verdict is for. */
  facts: ChainFacts | null;
  link: AnchorLink | null;
  /** The pasted anchor text the link was made from. */
  anchorText: string | null;
  /** From the moment the token or the anchor changes until their verdict is in. */
  checking: boolean;
  /** Why the checks could not run at all (their code failed to load). */
  failure: string | null;
}

function reason(error: unknown): string {
  return `The certificate chain could not be checked: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Reads and checks the token's chain after the first paint, then links it to the pasted
 * anchor; both asynchronously, each run tagged with its inputs so a slow one never stands in
 * for newer ones. The verdict itself follows `now` without repeating any cryptography.
 */
export function useChainCheck(token: string, header: JsonObject, anchorText: string, now: Date): ChainCheck {
  const settledAnchor = useDebounced(anchorText, ANCHOR_TYPING_DELAY_MS);
  const [read, setRead] = useState<{ token: string; header: JsonObject; facts: ChainFacts } | null>(null);
  const [linked, setLinked] = useState<Linked | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadChainChecks()
      .then((checks) => checks.readChain(header, token))
      .then(
        (facts) => {
          if (!live) return;
          setRead({ token, header, facts });
          // The code arrived after all (the network came back): an earlier failure no longer holds.
          setFailure(null);
        },
        (error: unknown) => {
          if (live) setFailure(reason(error));
        },
      );
    return () => {
      live = false;
    };
  }, [token, header]);

  const facts = read !== null && read.token === token && read.header === header ? read.facts : null;
  useEffect(() => {
    if (facts === null) return;
    let live = true;
    void loadChainChecks()
      .then((checks) => checks.linkAnchor(facts, settledAnchor))
      .then(
        (link) => {
          if (live) setLinked({ facts, anchorText: settledAnchor, link });
        },
        (error: unknown) => {
          if (live) setFailure(reason(error));
        },
      );
    return () => {
      live = false;
    };
  }, [facts, settledAnchor]);

  const current = linked !== null && linked.facts === facts && linked.anchorText === settledAnchor && settledAnchor === anchorText;
  const verdict = useMemo(() => (linked ? judgeChain(linked.facts, linked.link, now) : null), [linked, now]);
  return {
    verdict,
    facts: linked?.facts ?? null,
    link: linked?.link ?? null,
    anchorText: linked?.anchorText ?? null,
    checking: !current,
    failure,
  };
}
