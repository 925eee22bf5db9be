/** SSL_METHOD singletons: TLS_method / TLS_client_method / TLS_server_method. */
import type { OpaqueObject } from '../../snippet/abi';

export type MethodSide = 'generic' | 'client' | 'server';

export class SslMethod implements OpaqueObject {
	readonly cType = 'SSL_METHOD';
	constructor(
		readonly side: MethodSide,
		/** The C function that returns it. */
		readonly name: string
	) {}
}

export const TLS_METHOD = new SslMethod('generic', 'TLS_method');
export const TLS_CLIENT_METHOD = new SslMethod('client', 'TLS_client_method');
export const TLS_SERVER_METHOD = new SslMethod('server', 'TLS_server_method');

/** The method default session timeout (ssl/t1_lib.c tls1_default_timeout): 7200 s for TLS methods. */
export const METHOD_DEFAULT_TIMEOUT = 7200;
