/**
 * Cookie names that carry a session or a credential, with who uses them: the default names
 * of common frameworks (from each one's documentation) and generic names for tokens. Matched
 * case-insensitively against the name without a `__Host-` or `__Secure-` prefix.
 */

interface SessionNameRow {
  /** An exact name (any case) or a pattern. */
  match: string | RegExp;
  /** Who sets it. */
  source: string;
}

export const SESSION_COOKIE_NAMES: readonly SessionNameRow[] = [
  { match: 'JSESSIONID', source: 'Java servlet containers' },
  { match: 'PHPSESSID', source: 'PHP' },
  { match: 'ASP.NET_SessionId', source: 'ASP.NET' },
  { match: /^ASPSESSIONID/i, source: 'classic ASP' },
  { match: '.ASPXAUTH', source: 'ASP.NET forms authentication' },
  { match: /^\.AspNetCore\.(?:Session|Cookies|Identity\.Application)$/i, source: 'ASP.NET Core' },
  { match: 'connect.sid', source: 'Express (express-session)' },
  { match: 'appSession', source: 'Auth0 (express-openid-connect)' },
  { match: 'sessionid', source: 'Django' },
  { match: 'session', source: 'Flask and others' },
  { match: 'laravel_session', source: 'Laravel' },
  { match: 'ci_session', source: 'CodeIgniter' },
  { match: /^_[a-z0-9-]*_?session(?:_id)?$/i, source: 'Rails (_app_session)' },
  { match: /^wordpress_(?:logged_in|sec)_/i, source: 'WordPress' },
  { match: /^(?:next-auth|authjs)\.session-token$/i, source: 'Auth.js (NextAuth)' },
  { match: /^sb-.+-auth-token/i, source: 'Supabase' },
  { match: /^KEYCLOAK_(?:IDENTITY|SESSION)$/i, source: 'Keycloak' },
  { match: /^(?:CFID|CFTOKEN)$/i, source: 'ColdFusion' },
  { match: /^(?:sid|sess|sessid|session[_-]?id|session[_-]?token)$/i, source: 'a common session name' },
  {
    match: /^(?:auth|auth[_-]?token|access[_-]?token|id[_-]?token|refresh[_-]?token|token|jwt|bearer|remember[_-]?token)$/i,
    source: 'a common token name',
  },
];
