/**
 * The C ABI between the Snippet C interpreter and the native library (the simulated OpenSSL + libc).
 *
 * The interpreter owns program memory; the library owns OpenSSL objects. A library function receives
 * its C arguments as CValues and a NativeContext through which it reads and writes program memory,
 * allocates heap buffers, writes to stdout/stderr and calls back into C functions. Every access goes
 * through the context so that the memory checker sees it (null dereference, out-of-bounds,
 * use-after-free of buffers) and reports it at the snippet line of the call.
 *
 * This file is a contract shared by src/lib/snippet (implements NativeContext) and
 * src/lib/openssl/bindings (implements NativeFunction for every Library function).
 */

/** An opaque library object that a C pointer can point at (SSL_CTX, SSL, SSL_SESSION, SSL_METHOD, ...). */
export interface OpaqueObject {
	/** C type name, e.g. 'SSL_SESSION', 'SSL_METHOD', 'BIO', 'FILE'. */
	readonly cType: string;
}

/** A pointer into program memory (a heap buffer, an array, a local whose address was taken, a string literal) or to an opaque object. */
export type Pointer =
	| { readonly kind: 'mem'; readonly block: MemoryBlock; readonly offset: number }
	| { readonly kind: 'obj'; readonly object: OpaqueObject }
	| { readonly kind: 'fn'; readonly name: string };

/** Identity of a memory block; the interpreter's blocks carry more, but the library needs only this. */
export interface MemoryBlock {
	readonly id: number;
	/** e.g. 'heap', 'stack', 'global', 'literal', 'interior' */
	readonly region: string;
	readonly size: number;
}

/** Integers of every width are JS numbers (already wrapped to their C type); NULL is null. */
export type CValue = number | Pointer | null;

export type ScalarType = 'char' | 'uchar' | 'short' | 'ushort' | 'int' | 'uint' | 'long' | 'ulong' | 'size_t' | 'time_t' | 'uint8_t' | 'uint32_t' | 'uint64_t';

export interface NativeContext {
	/** Read len bytes at p. Faults (null-dereference / out-of-bounds / use-after-free) end the run. */
	readBytes(p: CValue, len: number): Uint8Array;
	/** Write bytes at p (same checks). */
	writeBytes(p: CValue, bytes: Uint8Array): void;
	/** Read a NUL-terminated string at p. */
	readCString(p: CValue): string;
	/** Load / store a scalar through a pointer (e.g. `unsigned int *len`, `int *copy`). */
	loadScalar(p: CValue, type: ScalarType): number;
	storeScalar(p: CValue, type: ScalarType, value: number): void;
	/** Load / store a pointer through a pointer-to-pointer (e.g. `unsigned char **pp`, `SSL_SESSION **a`). */
	loadPointer(p: CValue): CValue;
	storePointer(p: CValue, value: CValue): void;
	/** Move a memory pointer by n bytes (i2d/d2i advance *pp). */
	offsetPointer(p: CValue, n: number): CValue;
	/** Allocate a program-visible heap buffer (OPENSSL_malloc, i2d with *pp == NULL); `what` names the allocating call. */
	allocHeap(bytes: Uint8Array, what: string): Pointer;
	/** Free a heap buffer (OPENSSL_free / free): double-free and invalid-free are reported. */
	freeHeap(p: CValue, what: string): void;
	/**
	 * A pointer into an object's interior storage (SSL_SESSION_get_id, get0_hostname, get0_ticket, ...).
	 * It is valid for reading while `owner` is alive; `read` returns the current bytes (C strings without
	 * the terminating NUL, which the interpreter appends). `read` gets the owner as its argument and
	 * must not capture library objects itself: time-travel checkpoints restore the owner as a new
	 * object, and a captured one would be a stale copy.
	 */
	interiorPointer(owner: OpaqueObject, label: string, read: (owner: OpaqueObject) => Uint8Array, cString?: boolean): Pointer;
	/** Call a C function of the program (a callback passed by name). Runs to completion. */
	callFunction(fn: CValue, args: CValue[]): CValue;
	/** Program output streams ('stdout' / 'stderr'); lifecycle trace lines go through the same stdout. */
	write(stream: 'stdout' | 'stderr', text: string): void;
	/** Snippet source line of the call being executed (for attribution of events and faults). */
	readonly line: number;
}

/** One library function as the interpreter sees it. */
export interface NativeFunction {
	/** Its C prototype, parsed by the checker for argument count/types, e.g. 'int SSL_CTX_add_session(SSL_CTX *ctx, SSL_SESSION *c)'. */
	readonly prototype: string;
	call(ctx: NativeContext, args: CValue[]): CValue;
}

/** A library: function table + named constants (SSL_SESS_CACHE_CLIENT, TLS1_3_VERSION, stdout, ...). */
export interface NativeLibrary {
	readonly functions: ReadonlyMap<string, NativeFunction>;
	readonly constants: ReadonlyMap<string, { readonly type: string; readonly value: CValue }>;
}
