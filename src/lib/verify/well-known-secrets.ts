/**
 * HMAC secrets that attackers try first. Where such lists come from: the placeholder
 * secrets printed in library READMEs, framework documentation, tutorials and sample
 * `.env` files (which end up in production when copied as they are), and the passwords
 * that head every published password-frequency study. Compiled here by hand as data;
 * no published list is copied. Matching is exact and case-sensitive.
 */

// Placeholders from documentation, tutorials, starter projects and sample configuration.
const DOCUMENTATION_SECRETS = [
  'your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret', 'your_jwt_secret', 'your-jwt-secret',
  'your_secret_key', 'your-secret-key', 'yoursecretkey', 'your_secret', 'your-secret', 'your secret',
  'your_jwt_secret_key', 'your-jwt-secret-key', 'your_super_secret_key', 'your-super-secret-key',
  'your_very_secret_key', 'your-very-secure-secret', 'your_secret_here', 'your-secret-here', 'YOUR_SECRET_KEY',
  'YOUR_JWT_SECRET', 'JWT_SECRET', 'jwt_secret', 'jwt-secret', 'jwtsecret', 'jwtSecret', 'JwtSecret',
  'jwt_secret_key', 'jwt-secret-key', 'jwtsecretkey', 'jwtSecretKey', 'jwt', 'JWT', 'jwtkey', 'jwt_key',
  'jwt-key', 'jwtpassword', 'jwt_token_secret', 'token_secret', 'tokensecret', 'tokenSecret', 'token-secret',
  'secret', 'Secret', 'SECRET', 'secret1', 'secret12', 'secret123', 'secret1234', 'secret!', 'secret-key',
  'secret_key', 'secretkey', 'secretKey', 'SecretKey', 'SECRET_KEY', 'secretkey123', 'secret_key_123',
  'secretpassword', 'secret-password', 'secretsecret', 'mysecret', 'mySecret', 'MySecret', 'my_secret',
  'my-secret', 'mysecretkey', 'mySecretKey', 'my_secret_key', 'my-secret-key', 'my-super-secret',
  'mysupersecret', 'my_super_secret', 'mysupersecretkey', 'my-32-character-ultra-secure-and-ultra-long-secret',
  'my-very-secret-key', 'myjwtsecret', 'myJwtSecret', 'my_jwt_secret', 'my-jwt-secret', 'mytoken', 'mykey',
  'supersecret', 'superSecret', 'SuperSecret', 'super_secret', 'super-secret', 'supersecretkey',
  'super-secret-key', 'super_secret_key', 'supersecret123', 'supersecretpassword', 'topsecret', 'top_secret',
  'top-secret', 'TopSecret', 'verysecret', 'very-secret', 'very_secret', 'verysecretkey', 'notsosecret',
  'not-so-secret', 'not_a_secret', 'notasecret', 'nosecret', 'shhhhh', 'shhhh', 'shhh', 'shh', 'shhhhhared-secret',
  'keyboard cat', 'keyboardcat', 'keyboard-cat', 'changeme', 'changeit', 'change_me', 'change-me', 'changethis',
  'change-this', 'change_this', 'CHANGE_ME', 'changeme123', 'change-this-secret', 'change_this_secret',
  'change-me-in-production', 'changeme-in-production', 'replace-me', 'replaceme', 'replace_me', 'please-change-me',
  'insecure', 'insecure-secret', 'unsafe', 'default', 'default-secret', 'default_secret', 'defaultsecret',
  'dev', 'dev-secret', 'dev_secret', 'devsecret', 'development', 'development-secret', 'local', 'localsecret',
  'local-secret', 'test', 'test-secret', 'test_secret', 'testsecret', 'testing', 'testkey', 'test-key',
  'example', 'example-secret', 'examplesecret', 'sample', 'sample-secret', 'demo', 'demo-secret', 'demosecret',
  'key', 'Key', 'KEY', 'private', 'privatekey', 'private-key', 'private_key', 'hmac', 'hmac-secret', 'hmacsecret',
  'hs256', 'HS256', 'hs256-secret', 'signing-key', 'signing_key', 'signingkey', 'sign-key', 'signature',
  'app-secret', 'app_secret', 'appsecret', 'AppSecret', 'APP_SECRET', 'application-secret', 'api-secret',
  'api_secret', 'apisecret', 'api-key', 'api_key', 'apikey', 'auth-secret', 'auth_secret', 'authsecret',
  'access-token-secret', 'access_token_secret', 'refresh-token-secret', 'refresh_token_secret', 'session-secret',
  'session_secret', 'sessionsecret', 'cookie-secret', 'cookie_secret', 'server-secret', 'serversecret',
  'node-secret', 'express-secret', 'flask-secret', 'django-insecure', 'rails-secret', 'laravel-secret',
  'spring-secret', 'nestjs-secret', 'next-auth-secret', 'nextauth-secret', 's3cr3t', 's3cret', 'secr3t',
  'S3cr3t', 'S3cr3tK3y', '$ecret', 'p@ssw0rd', 'P@ssw0rd', 'P@ssword1', 'passw0rd', 'Passw0rd',
  'qwertyuiopasdfghjklzxcvbnm123456', '12345678901234567890123456789012', '00000000000000000000000000000000',
  'abcdefghijklmnopqrstuvwxyz123456', 'abcdefghijklmnopqrstuvwxyz', 'abcdef', 'abcdef123456', 'abc123', 'xyz',
  'foo', 'bar', 'foobar', 'baz', 'hello', 'helloworld', 'hello-world', 'HelloWorld', 'hello123', 'world',
  'gsdfgsdfgsdf', 'asdfasdfasdf', 'ThisIsMySecret', 'thisismysecret', 'this-is-my-secret', 'thisisasecret',
  'this-is-a-secret', 'this_is_a_secret', 'this-is-a-very-long-secret', 'ThisIsASecret', 'secretOrPrivateKey',
  'secretOrKey', 'somesecret', 'some-secret', 'some_secret', 'some-secret-key', 'anysecret', 'a-string-secret-at-least-256-bits-long',
  'random', 'randomsecret', 'random-secret', 'random_string', 'randomstring', 'RANDOM_STRING', 'xxxxxxxx',
  'XXXXXXXX', 'todo', 'TODO', 'placeholder', 'none', 'null', 'undefined', 'password', 'token', 'auth',
  'admin', 'root', 'user', 'guest', 'login', 'access', 'master', 'server', 'client', 'client-secret',
  'client_secret', 'clientsecret', 'oauth', 'oauth-secret', 'openid', 'keycloak', 'auth0', 'firebase',
  'supabase', 'super-secret-jwt-token-with-at-least-32-characters-long', 'jwt-secret-change-me',
  'dGhpcyBpcyBhIHNlY3JldA', 'c2VjcmV0', 'bXlzZWNyZXQ=',
] as const;

// Passwords at the top of password-frequency studies, for secrets chosen like passwords.
const COMMON_PASSWORDS = [
  '123456', '123456789', '12345678', '1234567', '12345', '1234567890', '1234', '123123', '111111', '000000',
  '654321', '666666', '121212', '112233', '123321', '7777777', '987654321', '1q2w3e4r', '1q2w3e', '1qaz2wsx',
  'qwerty', 'qwerty123', 'qwertyuiop', 'qwe123', 'asdfgh', 'asdfghjkl', 'asdf', 'zxcvbnm', 'zaq12wsx',
  'password1', 'password123', 'Password', 'Password1', 'Password123', 'PASSWORD', 'pass', 'pass123',
  'passwd', 'letmein', 'welcome', 'welcome1', 'welcome123', 'iloveyou', 'monkey', 'dragon', 'football',
  'baseball', 'soccer', 'hockey', 'basketball', 'master123', 'sunshine', 'princess', 'shadow', 'superman',
  'batman', 'trustno1', 'starwars', 'pokemon', 'freedom', 'whatever', 'michael', 'jennifer', 'jordan',
  'charlie', 'thomas', 'hunter', 'hunter2', 'ranger', 'buster', 'tigger', 'cookie', 'killer', 'pepper',
  'ginger', 'summer', 'flower', 'lovely', 'loveme', 'love', 'secure', 'security', 'letmein123', 'admin123',
  'administrator', 'root123', 'toor', 'qazwsx', 'access14', 'mustang', 'harley', 'computer', 'internet',
  'samsung', 'google', 'apple', 'azerty', 'matrix', 'cheese', 'chocolate', 'banana', 'orange', 'purple',
  'yellow', 'silver', 'golden', 'diamond', 'maggie', 'ashley', 'daniel', 'jessica', 'andrew', 'robert',
  'nicole', 'matthew', 'joshua', 'anthony', 'william', 'zxcvbn', 'zxcvbnm123', 'aa123456', 'abc12345',
  'abcd1234', 'a123456', 'qwerty1', '1qazxsw2', 'q1w2e3r4', 'q1w2e3r4t5', 'login123', 'test123', 'test1234',
  'testtest', 'default123', 'guest123', 'user123', 'demo123', 'changeme1', 'Welcome1', 'Welcome123',
  'Qwerty123', 'Abc123', 'Aa123456', 'P@55w0rd', 'Pa$$w0rd', 'pa$$word', 'letmein!', 'iloveyou1',
] as const;

export const WELL_KNOWN_SECRETS: readonly string[] = [...new Set<string>([...DOCUMENTATION_SECRETS, ...COMMON_PASSWORDS])];

const WELL_KNOWN_SET: ReadonlySet<string> = new Set(WELL_KNOWN_SECRETS);

export function isWellKnownSecret(text: string): boolean {
  return WELL_KNOWN_SET.has(text);
}
