import { JWT_LOGIN, JWT_LOGOUT, JWT_REQUEST } from './flows-jwt';
import { SESSION_LOGIN, SESSION_LOGOUT, SESSION_REQUEST } from './flows-session';
import type { Flow, FlowKind, FlowStep, Model } from './flow-types';
import { byteLength, fieldLine, requestByteLength } from './http-message';

/** Every flow: for each kind (login, request, logout), the session model first, then the JWT model. */
export const FLOWS: readonly Flow[] = [SESSION_LOGIN, JWT_LOGIN, SESSION_REQUEST, JWT_REQUEST, SESSION_LOGOUT, JWT_LOGOUT];

/** The flow of one model and kind. */
export function findFlow(model: Model, kind: FlowKind): Flow {
  // FLOWS holds every pair, as its test checks.
  return FLOWS.find((flow) => flow.model === model && flow.kind === kind)!;
}

/** A step by its slug, with its flow; undefined for an unknown slug. */
export function findStep(slug: string): { flow: Flow; step: FlowStep } | undefined {
  for (const flow of FLOWS) {
    const step = flow.steps.find((s) => s.slug === slug);
    if (step) return { flow, step };
  }
  return undefined;
}

/** What the browser sends in one step, in bytes as HTTP/1.1 (request line, fields and body, CRLFs included). */
interface BrowserRequestSize {
  slug: string;
  /** The whole request as shown. Browsers add fields the examples leave out (User-Agent, Accept-Language …). */
  totalBytes: number;
  /** The field lines carrying a credential (Cookie, Authorization), each with its CRLF. */
  credentialBytes: number;
}

const CREDENTIAL_FIELDS = new Set(['cookie', 'authorization']);

/** The size of each request the browser itself sends in a flow (not the attacker's, not server-to-store). */
export function browserRequestSizes(flow: Flow): BrowserRequestSize[] {
  return flow.steps.flatMap((step) => {
    if (step.from !== 'browser' || step.exchange.kind !== 'http') return [];
    const { request } = step.exchange;
    const credentialBytes = request.headers
      .filter(([name]) => CREDENTIAL_FIELDS.has(name.toLowerCase()))
      .reduce((sum, field) => sum + byteLength(fieldLine(field)) + 2, 0);
    return [{ slug: step.slug, totalBytes: requestByteLength(request), credentialBytes }];
  });
}
