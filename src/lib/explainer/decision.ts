/**
 * A few yes/no questions to the practical rule: a server-side session in a __Host- cookie
 * for one site with its own backend, a backend-for-frontend when OAuth tokens are needed,
 * short-lived audience-restricted access tokens between services and for native apps, and
 * tokens in memory, with more risk, for a browser-only app (OWASP JWT Cheat Sheet; BBA).
 */

import { EXPLAINER_SECTIONS, type SectionSlug } from './sections';
import { SOURCES, type Source } from './sources';

export type QuestionId = 'own-backend' | 'same-site' | 'browser-only' | 'third-party-apis' | 'instant-revocation' | 'native-clients';

export interface Question {
  id: QuestionId;
  text: string;
  /** One sentence that helps answer. */
  help: string;
  /** Asked only when another question got this answer; otherwise its answer is ignored. */
  askedWhen?: { question: QuestionId; answer: boolean };
}

/** The questions, in the order to ask them. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'own-backend',
    text: 'Does the web app have a backend of its own, a server you run that its pages talk to?',
    help: 'A static single-page app that talks only to other people’s APIs has none.',
  },
  {
    id: 'same-site',
    text: 'Are the pages and that backend on one site?',
    help: 'One site means one registrable domain: app.example.com and api.example.com are one site; example.com and example-api.net are two.',
    askedWhen: { question: 'own-backend', answer: true },
  },
  {
    id: 'browser-only',
    text: 'Must the app stay browser-only, with no backend you could add, not even a small backend-for-frontend?',
    help: 'A backend-for-frontend can be a few routes on any server or platform that runs code.',
    askedWhen: { question: 'own-backend', answer: false },
  },
  {
    id: 'third-party-apis',
    text: 'Does it call third-party APIs, or several services, that expect OAuth access tokens?',
    help: 'For example a calendar or storage API, or your own services behind one sign-in.',
  },
  {
    id: 'instant-revocation',
    text: 'Must signing out, or locking an account, take effect at once?',
    help: 'At once means on the next request, not when a token expires minutes later.',
  },
  {
    id: 'native-clients',
    text: 'Do mobile or desktop apps call the same API?',
    help: 'Native apps cannot share the browser’s cookies.',
  },
];

export type Answers = Readonly<Record<QuestionId, boolean>>;

/** Every answer no: a starting point for a form. */
export const DEFAULT_ANSWERS: Answers = {
  'own-backend': false,
  'same-site': false,
  'browser-only': false,
  'third-party-apis': false,
  'instant-revocation': false,
  'native-clients': false,
};

/** Whether a question is asked, given the answers so far. */
export function isAsked(question: Question, answers: Answers): boolean {
  return question.askedWhen === undefined || answers[question.askedWhen.question] === question.askedWhen.answer;
}

type RecommendationCode = 'session-cookie' | 'session-and-access-tokens' | 'bff' | 'browser-only-tokens';

export const RECOMMENDATION_CODES: readonly RecommendationCode[] = ['session-cookie', 'session-and-access-tokens', 'bff', 'browser-only-tokens'];

export interface Reason {
  text: string;
  /** The explainer section that tells more. */
  section: SectionSlug;
  source: Source;
}

interface Recommendation {
  code: RecommendationCode;
  title: string;
  summary: string;
  reasons: Reason[];
  /** Risks that remain even when the recommendation is followed. */
  cautions: Reason[];
  /** Every section behind the reasons and cautions, in the explainer's order. */
  sections: SectionSlug[];
}

const COOKIE_REASON: Reason = {
  text: 'The cookie is __Host- prefixed, Secure, HttpOnly, Path=/, without Domain, with SameSite set explicitly.',
  section: 'how-sessions-work',
  source: SOURCES.hostPrefix,
};

const SESSION_ID_REASON: Reason = {
  text: 'Its value is a random ID with at least 64 bits of entropy from a CSPRNG.',
  section: 'how-sessions-work',
  source: SOURCES.sessionIdEntropy,
};
const CSRF_REASON: Reason = {
  text: 'The browser sends the cookie by itself, so state-changing requests also need a CSRF token or an Origin / Sec-Fetch-Site check; SameSite is defence in depth.',
  section: 'csrf-and-samesite',
  source: SOURCES.csrfSameSite,
};
const XSS_CAUTION: Reason = {
  text: 'HttpOnly keeps scripts from reading the cookie, not from using it: an XSS can still act as the user while the page is open.',
  section: 'storage-and-xss',
  source: SOURCES.httpOnly,
};
const SERVICE_TOKENS_REASON: Reason = {
  text: 'Between the backend and the APIs: short-lived access tokens, each restricted to one audience and to the scopes it needs.',
  section: 'hybrid-patterns',
  source: SOURCES.audienceRestriction,
};
const NATIVE_REASON: Reason = {
  text: 'Native apps sign in through the system browser (code flow with PKCE) and call the API with short-lived, audience-restricted access tokens; the API accepts those and the web app keeps its cookie.',
  section: 'hybrid-patterns',
  source: SOURCES.nativeApps,
};

function session(answers: Answers): Omit<Recommendation, 'sections'> {
  const withNative = answers['native-clients'];
  const reasons: Reason[] = [
    {
      text: 'One site with its own backend: the backend keeps the session and the browser holds only its ID. Nothing readable sits in the browser, and logout deletes the record.',
      section: 'practical-rule',
      source: SOURCES.logout,
    },
    COOKIE_REASON,
    SESSION_ID_REASON,
    CSRF_REASON,
  ];
  if (answers['instant-revocation']) {
    reasons.push({ text: 'Deleting the session record takes effect on the very next request.', section: 'revocation', source: SOURCES.logout });
  }
  const cautions = [XSS_CAUTION];
  if (withNative) {
    reasons.push(NATIVE_REASON);
    if (answers['instant-revocation']) {
      cautions.push({
        text: 'The native apps’ access tokens work until they expire: keep them to minutes, or have the API check a deny list keyed on (iss, jti) or introspect them.',
        section: 'revocation',
        source: SOURCES.jwtRevocation,
      });
    }
    return {
      code: 'session-and-access-tokens',
      title: 'A server-side session for the browser, access tokens for the native apps',
      summary: 'The web app signs in to a server-side session in a __Host- cookie; native apps get short-lived, audience-restricted JWT access tokens for the same API.',
      reasons,
      cautions,
    };
  }
  return {
    code: 'session-cookie',
    title: 'A server-side session in a __Host- cookie',
    summary: 'Keep the session on the server and give the browser only a random ID in a __Host- HttpOnly Secure SameSite cookie.',
    reasons,
    cautions,
  };
}

function bff(answers: Answers): Omit<Recommendation, 'sections'> {
  const reasons: Reason[] = [];
  if (!answers['own-backend']) {
    reasons.push({
      text: 'For browser apps of any sensitivity BBA strongly recommends a backend-for-frontend, and you can add one: a few routes that run the OAuth flow and hold the tokens.',
      section: 'hybrid-patterns',
      source: SOURCES.bbaBff,
    });
  } else if (!answers['same-site']) {
    reasons.push({
      text: 'The pages and the backend are on different sites, so a cookie for the backend would be a third-party cookie, which browsers restrict. A backend-for-frontend on the pages’ own site holds the session and calls the other site with access tokens.',
      section: 'csrf-and-samesite',
      source: SOURCES.sameSite,
    });
  }
  if (answers['third-party-apis']) {
    reasons.push({
      text: 'The APIs need OAuth access tokens: a backend-for-frontend gets and refreshes them, and the browser never sees them.',
      section: 'hybrid-patterns',
      source: SOURCES.bbaBff,
    });
  }
  reasons.push(
    {
      text: 'The browser holds only the backend’s session cookie: __Host- prefixed, Secure, HttpOnly, SameSite=Strict, Path=/, without Domain.',
      section: 'how-sessions-work',
      source: SOURCES.bbaCookies,
    },
    SERVICE_TOKENS_REASON,
    CSRF_REASON,
  );
  if (answers['instant-revocation']) {
    reasons.push({
      text: 'Logout deletes the backend’s session at once and revokes the refresh token it holds; the access tokens never left the server.',
      section: 'revocation',
      source: SOURCES.revocationRequest,
    });
  }
  if (answers['native-clients']) reasons.push(NATIVE_REASON);
  return {
    code: 'bff',
    title: 'A backend-for-frontend: a session cookie in the browser, the tokens on the server',
    summary: 'A small backend runs the OAuth flow, keeps the access and refresh tokens, and gives the browser only a __Host- session cookie; it calls the APIs with short-lived, audience-restricted tokens.',
    reasons,
    cautions: [XSS_CAUTION],
  };
}

function browserOnly(answers: Answers): Omit<Recommendation, 'sections'> {
  const reasons: Reason[] = [
    {
      text: 'With no backend the app is itself the OAuth client: it keeps the tokens in memory, never in localStorage or sessionStorage, where any script in the page can read them.',
      section: 'storage-and-xss',
      source: SOURCES.bbaTokenStorage,
    },
    {
      text: 'Short access tokens (BBA\'s example uses 10 minutes) restricted to one API audience, and refresh tokens that rotate on every use, with a maximum or idle lifetime that rotation never extends.',
      section: 'refresh-token-rotation',
      source: SOURCES.bbaRefreshTokens,
    },
    {
      text: 'With rotation, a refresh token used twice reveals a theft: the server revokes the whole family and the user signs in again.',
      section: 'refresh-token-rotation',
      source: SOURCES.refreshTokenRotation,
    },
  ];
  if (answers['third-party-apis']) reasons.push(SERVICE_TOKENS_REASON);
  if (answers['native-clients']) reasons.push(NATIVE_REASON);
  const cautions: Reason[] = [
    {
      text: 'Memory shortens the exposure, but a script running in the page can still use the tokens, or fetch new ones.',
      section: 'storage-and-xss',
      source: SOURCES.bbaTokenStorage,
    },
    {
      text: 'This carries more risk: BBA does not recommend a browser-only client for business or personal data.',
      section: 'practical-rule',
      source: SOURCES.bbaBrowserOnly,
    },
    {
      text: 'Sender-constrained tokens (DPoP) make a stolen copy useless elsewhere, where the servers support them.',
      section: 'hybrid-patterns',
      source: SOURCES.senderConstraint,
    },
  ];
  if (answers['instant-revocation']) {
    cautions.push({
      text: 'An access token works until its exp even after logout: keep it to minutes, have the API check a deny list keyed on (iss, jti) or introspect, or add a backend-for-frontend.',
      section: 'revocation',
      source: SOURCES.jwtRevocation,
    });
  }
  return {
    code: 'browser-only-tokens',
    title: 'Tokens in memory, short-lived, with rotating refresh tokens',
    summary: 'A browser-only app keeps short access tokens and rotating, capped refresh tokens in memory, and accepts the extra risk that brings.',
    reasons,
    cautions,
  };
}

const ORDER: readonly SectionSlug[] = EXPLAINER_SECTIONS.map((s) => s.slug);

/** The one recommendation for a set of answers. Answers to questions not asked are ignored. */
export function recommend(answers: Answers): Recommendation {
  const base = !answers['own-backend']
    ? answers['browser-only']
      ? browserOnly(answers)
      : bff(answers)
    : !answers['same-site'] || answers['third-party-apis']
      ? bff(answers)
      : session(answers);
  const used = new Set<SectionSlug>(['practical-rule', ...[...base.reasons, ...base.cautions].map((r) => r.section)]);
  return { ...base, sections: ORDER.filter((slug) => used.has(slug)) };
}
