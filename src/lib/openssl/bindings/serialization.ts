/**
 * Serialization bindings (owner: asn1): i2d/d2i, PEM, SSL_SESSION_print, SSL_CIPHER lookup, the ERR
 * queue and memory BIOs. bindings/index.ts calls register() after the core bindings.
 */
import type { BindingTable } from './table';
import type { World } from '../world';
import { registerDer } from '../asn1/bind-der';
import { registerErrorText } from '../asn1/bind-err-text';
import { registerBio, registerCiphers, registerErrors, registerPrint } from '../asn1/bind-misc';

export function register(table: BindingTable, world: World): void {
	registerCiphers(table, world);
	registerErrors(table, world);
	registerBio(table, world);
	registerPrint(table, world);
	registerDer(table, world);
	registerErrorText(table, world);
}
