/**
 * The simulated OpenSSL as a NativeLibrary: core (engine), connection (handshake) and
 * serialization (asn1) bindings registered into one table over one World. Later registrations
 * win, so connection.ts / serialization.ts may replace a core binding with a richer one.
 */
import type { NativeLibrary } from '../../snippet/abi';
import { World, type RecordMode } from '../world';
import { BindingTable } from './table';
import { register as registerCore } from './core';
import { register as registerConnection } from './connection';
import { register as registerSerialization } from './serialization';

export { BindingTable } from './table';
export { CORE_CONSTANTS } from './core';

export type RegisterBindings = (table: BindingTable, world: World) => void;

/** Binding sets of the other areas (handshake, asn1), registered after core. */
const EXTRA: RegisterBindings[] = [registerConnection, registerSerialization];

export interface EngineLibraryOptions {
	now: number;
	/** 'full' (default), 'live' (no stored event log, bounded registry) or 'trace' (world.ts). */
	record?: RecordMode;
	/** 'live': freed objects the registry keeps (default 1000). */
	ghostLimit?: number;
}

export function createEngineLibrary(options: EngineLibraryOptions): { world: World; library: NativeLibrary; table: BindingTable } {
	const world = new World({ now: options.now, record: options.record ?? 'full', ghostLimit: options.ghostLimit });
	const table = new BindingTable(world);
	registerCore(table, world);
	for (const r of EXTRA) r(table, world);
	return { world, library: table.library(), table };
}
