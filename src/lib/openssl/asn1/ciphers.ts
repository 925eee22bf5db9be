/**
 * SSL_CIPHER objects. There is one immutable object per suite, shared by every session and
 * connection, as in OpenSSL (SSL_CIPHER pointers are never freed by applications).
 */
import type { OpaqueObject } from '../../snippet/abi';
import { CIPHER_TABLE } from './cipher-table';

export class SslCipher implements OpaqueObject {
	readonly cType = 'SSL_CIPHER';
	constructor(
		/** 16-bit suite id as on the wire (0x1301, 0xC02C, ...). */
		readonly id: number,
		/** OpenSSL's name (SSL_CIPHER_get_name): ECDHE-ECDSA-AES256-GCM-SHA384, TLS_AES_256_GCM_SHA384, ... */
		readonly name: string,
		/** RFC name (SSL_CIPHER_standard_name): TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, ... */
		readonly standardName: string,
		/** SSL_CIPHER_get_version: the protocol version that introduced it (TLSv1.2, SSLv3, ...). */
		readonly version: string
	) {}

	/** TLS 1.3 suites live in 0x13xx. */
	get isTls13(): boolean {
		return this.id >> 8 === 0x13;
	}
}

const BY_ID = new Map<number, SslCipher>();
const BY_NAME = new Map<string, SslCipher>();
for (const line of CIPHER_TABLE.split('\n')) {
	const [hex, name, standardName, version] = line.split(' ');
	const c = new SslCipher(parseInt(hex, 16), name, standardName, version);
	BY_ID.set(c.id, c);
	BY_NAME.set(name, c);
}

/** The suite with this 16-bit id, or null (SSL_CIPHER_find). */
export function findCipher(id: number): SslCipher | null {
	return BY_ID.get(id & 0xffff) ?? null;
}

/** By OpenSSL name, for the handshake model's configuration. */
export function cipherByName(name: string): SslCipher | null {
	return BY_NAME.get(name) ?? null;
}

/** SSL_CIPHER_get_name(NULL) */
export const NO_CIPHER_NAME = '(NONE)';
