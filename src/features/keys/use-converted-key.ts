import { useEffect, useState } from 'react';
import { convertKey, type ConvertResult } from '../../lib/keys';

type ConvertState = { status: 'empty' } | { status: 'busy'; previous: ConvertResult | null } | { status: 'done'; result: ConvertResult };

interface Finished {
  text: string;
  includePrivate: boolean;
  result: ConvertResult;
}

/**
 * Converts the pasted key whenever it or the choice changes. A newer edit wins over an
 * older one still running; until it is done the previous result stays on screen.
 */
export function useConvertedKey(text: string, includePrivate: boolean): ConvertState {
  const [finished, setFinished] = useState<Finished | null>(null);
  const empty = text.trim() === '';
  useEffect(() => {
    if (empty) return;
    let current = true;
    void convertKey(text, { includePrivate }).then((result) => {
      if (current) setFinished({ text, includePrivate, result });
    });
    return () => {
      current = false;
    };
  }, [text, includePrivate, empty]);
  if (empty) return { status: 'empty' };
  if (finished && finished.text === text && finished.includePrivate === includePrivate) return { status: 'done', result: finished.result };
  return { status: 'busy', previous: finished?.result ?? null };
}
