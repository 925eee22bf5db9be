/**
 * Server Name Indication as far as sessions see it. Without a servername callback (none can be set in
 * the simulation) the server does not acknowledge the name, so neither side stores it in its session
 * (SSL_SESSION_get0_hostname stays NULL — observed); only SSL_get_servername reports it.
 */
import type { Ssl } from '../objects/ssl';

/** SSL_set_tlsext_host_name's value (client) and the name a server received: s->ext.hostname, ssl.serverName. */
export function ownServerName(ssl: Ssl): string | null {
	return ssl.serverName;
}
export function setServerName(ssl: Ssl, name: string | null): void {
	ssl.serverName = name;
}
export function receivedServerName(ssl: Ssl, name: string): void {
	ssl.serverName = name;
}

/**
 * SSL_get_servername(s, host_name) of OpenSSL 3.0 (checked with real runs, engine-sni.c): a resumed
 * TLS <= 1.2 connection answers its session's hostname; a client before its handshake without a
 * name of its own answers the hostname of a TLS <= 1.2 session it was given; else the SSL's own name.
 */
export function servername(ssl: Ssl): string | null {
	const own = ownServerName(ssl);
	const sess = ssl.session;
	const tls13 = ssl.version === 0x0304;
	if (ssl.side === 'server') {
		if (ssl.hit && !tls13 && sess) return sess.fields.hostname;
		return own;
	}
	if (ssl.handshake === 'before') {
		if (own === null && sess && sess.fields.sslVersion !== 0x0304) return sess.fields.hostname;
	} else if (!tls13 && ssl.hit && sess && sess.fields.hostname !== null) return sess.fields.hostname;
	return own;
}
