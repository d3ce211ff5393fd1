/**
 * A small subset of the Public Suffix List, https://publicsuffix.org/list/ — the suffixes
 * under which anyone can register a name, so that two names under one of them are two
 * different sites. The app ships no copy of the full list (it is large and changes weekly);
 * these rows are common multi-label suffixes a developer is likely to meet. A suffix missing
 * here is taken to be one label (the TLD): `a.example.unknown` has the registrable domain
 * `example.unknown`. Wildcard and exception rules of the list are not modelled.
 *
 * `section` is the list's: `icann` for suffixes run by registries, `private` for those
 * companies submitted for their hosting services (`owner` names them).
 */

interface PublicSuffixRow {
  suffix: string;
  section: 'icann' | 'private';
  owner?: string;
}

const icann = (...suffixes: string[]): PublicSuffixRow[] => suffixes.map((suffix) => ({ suffix, section: 'icann' }));
const hosted = (owner: string, ...suffixes: string[]): PublicSuffixRow[] => suffixes.map((suffix) => ({ suffix, section: 'private', owner }));

export const PUBLIC_SUFFIXES: readonly PublicSuffixRow[] = [
  ...icann('co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'sch.uk'),
  ...icann('com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'asn.au', 'id.au'),
  ...icann('co.nz', 'net.nz', 'org.nz', 'ac.nz', 'govt.nz'),
  ...icann('co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'go.jp'),
  ...icann('com.br', 'net.br', 'org.br', 'gov.br'),
  ...icann('com.cn', 'net.cn', 'org.cn', 'edu.cn', 'gov.cn'),
  ...icann('co.in', 'net.in', 'org.in', 'firm.in', 'gen.in', 'ind.in'),
  ...icann('co.za', 'org.za', 'co.kr', 'or.kr', 'co.il', 'co.th'),
  ...icann('com.mx', 'com.ar', 'com.tr', 'com.sg', 'com.hk', 'com.tw', 'com.ua', 'com.es'),
  ...hosted('GitHub', 'github.io', 'githubusercontent.com'),
  ...hosted('GitLab', 'gitlab.io'),
  ...hosted('Heroku', 'herokuapp.com'),
  ...hosted('Vercel', 'vercel.app', 'now.sh'),
  ...hosted('Netlify', 'netlify.app'),
  ...hosted('Cloudflare', 'pages.dev', 'workers.dev'),
  ...hosted('Google', 'appspot.com', 'web.app', 'firebaseapp.com', 'blogspot.com'),
  ...hosted('Amazon', 'cloudfront.net', 's3.amazonaws.com', 'amplifyapp.com'),
  ...hosted('Microsoft', 'azurewebsites.net', 'azurestaticapps.net'),
  ...hosted('ngrok', 'ngrok.io'),
  ...hosted('Fly.io', 'fly.dev'),
  ...hosted('Render', 'onrender.com'),
  ...hosted('Glitch', 'glitch.me'),
  ...hosted('Surge', 'surge.sh'),
  ...hosted('Read the Docs', 'readthedocs.io'),
];
