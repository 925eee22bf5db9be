/**
 * The handshake simulation's public surface. Importing it also registers the SSL_clear hook that
 * resets a connection's state machine (the transport stays attached, as a BIO does).
 */
import { sslClearHooks } from '../ssl-ops';
import { resetHs } from './state';

// A module body runs once, so the hook is registered once however often this is imported.
sslClearHooks.push((_w, ssl) => {
	if (ssl.ext?.hs) resetHs(ssl, false);
});

export { doHandshake, readEx, shutdown, getError, renegotiate, renegotiatePending, newSessionTicket, setRole } from './driver';
export { connectPair, shutdownPair } from './pair';
export { hsOf } from './state';
