import { Cite } from '../cite';

export function HowSessionsWork() {
  return (
    <>
      <p>
        With a server-side session, the server remembers who you are. At login it creates a record in a session store (memory, Redis, a database table) holding the user, their
        rights and when the session ends, and hands the browser only a random key to that record, the session ID, in a cookie. The ID means nothing by itself: it needs at least
        64 bits of entropy from a cryptographically secure generator so that nobody can guess a live one.
        <Cite id="sessionIdEntropy" />
      </p>
      <p>
        On every request the browser sends the cookie; the server looks the ID up and knows the user. Issue a new ID at login and whenever the user’s rights change, so that an
        ID planted before login (session fixation) is worthless after it.
        <Cite id="renewSessionId" />
      </p>
      <p>
        The server decides when a session ends. Idle timeouts of 2–5 minutes suit high-value applications and 15–30 minutes low-risk ones; an absolute timeout of 4–8 hours
        suits a working-day application.
        <Cite id="sessionExpiration" /> Logout deletes the record on the server, so the ID stops working at once, everywhere; the response also sends{' '}
        <code>Cache-Control: no-store</code> and may send <code>Clear-Site-Data</code>.
        <Cite id="logout" />
      </p>
      <p>
        The cost: every request needs a look-up in the store, and every server that handles requests must reach the same store. The benefit: the server holds the truth, and
        taking a session away takes effect on the very next request.
      </p>
    </>
  );
}
