import type { HttpRequest, HttpResponse } from './http-message';
import type { SectionSlug } from './sections';
import type { Source } from './sources';

/** Who takes part in the flows. */
export type ActorId = 'browser' | 'attacker' | 'app-server' | 'auth-server' | 'api' | 'session-store' | 'deny-list';

interface Actor {
  id: ActorId;
  name: string;
  /** One sentence: what it is in the example. */
  role: string;
}

/** The actors, in the order a diagram draws their lanes. */
export const ACTORS: readonly Actor[] = [
  { id: 'attacker', name: 'Attacker', role: 'Anyone holding a copy of the cookie or a token, taken before logout.' },
  { id: 'browser', name: 'Browser', role: "The user's browser running the app's pages from app.example.com." },
  { id: 'app-server', name: 'App server', role: 'The backend at app.example.com: serves the pages, signs users in and answers /api.' },
  { id: 'session-store', name: 'Session store', role: 'A key-value store shared by the app servers (Redis commands here), one record per session.' },
  { id: 'auth-server', name: 'Authorization server', role: 'auth.example.com: signs the user in, and issues, refreshes and revokes tokens (/authorize, /token, /revoke).' },
  { id: 'api', name: 'API', role: 'api.example.com: accepts JWT access tokens sent as Authorization: Bearer.' },
  { id: 'deny-list', name: 'Deny list', role: 'A shared store of revoked access tokens, keyed on (iss, jti), each entry kept until the token expires.' },
];

/** An HTTP request and the response it got. */
export interface HttpExchange {
  kind: 'http';
  request: HttpRequest;
  response: HttpResponse;
}

/** A command to a key-value store (Redis syntax) and its reply, as redis-cli prints it. */
export interface StoreExchange {
  kind: 'store';
  command: string;
  reply: string;
}

export type Exchange = HttpExchange | StoreExchange;

export type Model = 'session' | 'jwt';
export type FlowKind = 'login' | 'request' | 'logout';

export interface FlowStep {
  /** Stable and linkable: `<model>-<flow>-<n>`, e.g. `session-login-1`. */
  slug: string;
  title: string;
  from: ActorId;
  to: ActorId;
  /** When the step happens, as a NumericDate (seconds since the epoch). */
  at: number;
  /** The step whose request stays open while this one runs (a lookup made before answering it). */
  within?: string;
  /** One or two sentences. */
  explanation: string;
  exchange: Exchange;
  /** Where the rules the step follows come from. */
  sources: readonly Source[];
}

export interface Flow {
  /** `<model>-<flow>`, e.g. `jwt-logout`; every step's slug starts with it. */
  id: `${Model}-${FlowKind}`;
  model: Model;
  kind: FlowKind;
  title: string;
  summary: string;
  /** The explainer section that tells this flow. */
  section: SectionSlug;
  steps: readonly FlowStep[];
}
