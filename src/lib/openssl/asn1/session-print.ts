/**
 * SSL_SESSION_print / SSL_SESSION_print_fp output (semantics.md 8.1), with the variants observed on
 * OpenSSL 3.0.22: TLS 1.3 sessions say "Resumption PSK" and add "Max Early Data"; optional lines for
 * the ticket lifetime hint, the ticket dump, compression, start time and timeout.
 *
 * OpenSSL writes the dump piece by piece and gives up (returning 0) at the first piece that writes
 * nothing: an empty PSK identity / hint / SRP user name, an empty ticket, or a compressed session
 * without cipher. The text written up to that point stays written, so the result carries both.
 */
import type { SessionFields } from '../session-fields';
import { findCipher } from './ciphers';
import { hexDumpIndent } from './hex-dump';
import { verifyErrorString } from './verify-strings';

const PROTOCOL_NAMES = new Map<number, string>([
	[0x0300, 'SSLv3'],
	[0x0301, 'TLSv1'],
	[0x0302, 'TLSv1.1'],
	[0x0303, 'TLSv1.2'],
	[0x0304, 'TLSv1.3'],
	[0xfeff, 'DTLSv1'],
	[0xfefd, 'DTLSv1.2'],
	[0x0100, 'DTLSv0.9']
]);

export function protocolName(version: number): string {
	return PROTOCOL_NAMES.get(version) ?? 'unknown';
}

const upperHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, '0')).join('');

export interface PrintResult {
	/** What was written, complete or cut where OpenSSL stopped. */
	readonly text: string;
	/** The return value: 1, or 0 when a piece wrote nothing. */
	readonly ok: boolean;
}

export function printSession(f: SessionFields): PrintResult {
	let text = '';
	/** A blank line that follows the ticket dump; it goes out with the next piece. */
	let pending = '';
	const put = (s: string) => {
		text += pending + s;
		pending = '';
	};
	const stop = (): PrintResult => ({ text, ok: false });
	const tls13 = f.sslVersion === 0x0304;
	const cipher = findCipher(f.cipherId);
	put('SSL-Session:\n');
	put(`    Protocol  : ${protocolName(f.sslVersion)}\n`);
	// No cipher pointer: the kept cipher_id in hex (0000 when there is none either).
	const hexId = f.cipherId !== 0 ? f.cipherId : (f.keptCipherId ?? 0);
	put(`    Cipher    : ${f.cipherId !== 0 && cipher ? cipher.name : (hexId & 0xffff).toString(16).toUpperCase().padStart(4, '0')}\n`);
	put(`    Session-ID: ${upperHex(f.sessionId)}\n`);
	put(`    Session-ID-ctx: ${upperHex(f.sidCtx)}\n`);
	put(`    ${tls13 ? 'Resumption PSK' : 'Master-Key'}: ${upperHex(f.masterKey)}\n`);
	for (const [label, value] of [
		['PSK identity', f.pskIdentity],
		['PSK identity hint', f.pskIdentityHint],
		['SRP username', f.srpUsername]
	] as const) {
		put(`    ${label}: `);
		if (value === '') return stop();
		put(`${value ?? 'None'}\n`);
	}
	if (f.ticketLifetimeHint > 0) put(`    TLS session ticket lifetime hint: ${f.ticketLifetimeHint} (seconds)\n`);
	if (f.ticket !== null) {
		put('    TLS session ticket:\n');
		if (f.ticket.length === 0) return stop();
		put(hexDumpIndent(f.ticket, 4));
		pending = '\n';
	}
	if (f.compressMeth !== 0) {
		if (f.cipherId === 0) return stop();
		put(`    Compression: ${f.compressMeth}\n`);
	}
	if (f.time !== 0) put(`    Start Time: ${f.time}\n`);
	if (f.timeout !== 0) put(`    Timeout   : ${f.timeout} (sec)\n`);
	put(`    Verify return code: ${f.verifyResult} (${verifyErrorString(f.verifyResult)})\n`);
	put(`    Extended master secret: ${f.flags & 1 ? 'yes' : 'no'}\n`);
	if (tls13) put(`    Max Early Data: ${f.maxEarlyData >>> 0}\n`);
	return { text, ok: true };
}
