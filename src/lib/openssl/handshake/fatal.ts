/**
 * Fatal alerts (semantics.md 2.4): sending or receiving one removes the connection's session from its
 * session_ctx's cache (remove_session_cb, not-resumable mark) and ends the handshake in failure.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import { removeEntry } from '../cache/ops';
import type { AlertReason } from './messages';
import type { HsState } from './state';
import { R, SSL_RECEIVED_SHUTDOWN } from './constants';

const ERR_LIB_SSL = 20;

function fail(w: World, ssl: Ssl, hs: HsState, via: string): void {
	if (ssl.session) removeEntry(w, ssl.sessionCtx, ssl.session, 'remove', via);
	hs.phase = 'failed';
	hs.reading = false;
	ssl.handshake = 'failed';
	w.touch(ssl);
}

/** SSLfatal: queue the reason, send the alert, remove the session. */
export function sendFatal(w: World, ssl: Ssl, hs: HsState, reason: number, alert: AlertReason, fn: string): void {
	w.pushError(ERR_LIB_SSL, reason, fn);
	hs.out?.push({ t: 'Alert', fatal: true, reason: alert });
	fail(w, ssl, hs, `fatal alert sent (${alert})`);
}

const ALERT_REASON: Record<AlertReason, number> = {
	protocol_version: R.TLSV1_ALERT_PROTOCOL_VERSION,
	handshake_failure: R.SSLV3_ALERT_HANDSHAKE_FAILURE,
	illegal_parameter: 1047,
	no_renegotiation: 1100,
	unexpected_message: 1010,
	bad_record_mac: 1020,
	decrypt_error: 1051
};

/** A fatal alert from the peer. */
export function receiveFatal(w: World, ssl: Ssl, hs: HsState, alert: AlertReason): void {
	w.pushError(ERR_LIB_SSL, ALERT_REASON[alert], 'ssl3_read_bytes');
	ssl.shutdown |= SSL_RECEIVED_SHUTDOWN;
	w.touch(ssl); // before fail() runs the remove callback, which may look at the SSL
	fail(w, ssl, hs, `fatal alert received (${alert})`);
}
