import { createContext } from 'react';

/** The token the decoder showed last on this page, offered by the size comparison; null when none. */
export const DecoderTokenContext = createContext<string | null>(null);
