/**
 * The dialect's two helpers, connect_pair and shutdown_pair, doing exactly what the oracle prelude
 * does (semantics.md 0.3): the same calls in the same order, so events interleave as in real runs.
 */
import type { World } from '../world';
import type { Ssl } from '../objects/ssl';
import { link } from './state';
import { doHandshake, getError, readEx, setRole, shutdown } from './driver';
import { SSL_ERROR_WANT_READ, SSL_ERROR_WANT_WRITE } from './constants';

const MAX_ROUNDS = 100;

function retryable(w: World, ssl: Ssl, r: number): boolean {
	const e = getError(w, ssl, r);
	return e === SSL_ERROR_WANT_READ || e === SSL_ERROR_WANT_WRITE;
}

export function connectPair(w: World, client: Ssl, server: Ssl): number {
	// The throwaway certificate is installed on the server: nothing observable.
	link(client, server);
	setRole(w, client, 'client');
	setRole(w, server, 'server');
	let cdone = false;
	let sdone = false;
	for (let i = 0; i < MAX_ROUNDS && !(cdone && sdone); i++) {
		if (!cdone) {
			const r = doHandshake(w, client);
			if (r === 1) cdone = true;
			else if (!retryable(w, client, r)) return 0;
		}
		if (!sdone) {
			const r = doHandshake(w, server);
			if (r === 1) sdone = true;
			else if (!retryable(w, server, r)) return 0;
		}
	}
	if (!(cdone && sdone)) return 0;
	for (let i = 0; i < 2; i++) {
		if (readEx(w, client) <= 0 && getError(w, client, 0) !== SSL_ERROR_WANT_READ) return 0;
		if (readEx(w, server) <= 0 && getError(w, server, 0) !== SSL_ERROR_WANT_READ) return 0;
	}
	w.errors.length = 0; // ERR_clear_error
	return 1;
}

export function shutdownPair(w: World, client: Ssl, server: Ssl): void {
	shutdown(w, client);
	shutdown(w, server);
	shutdown(w, client);
	shutdown(w, server);
	w.errors.length = 0;
}
