/**
 * BIO_s_mem(): a growable byte buffer read from the front. Only the memory BIO is modelled; PEM and
 * print functions that take a FILE write straight to the program's output instead.
 */
import type { OpaqueObject, Pointer } from '../../snippet/abi';
import type { World } from '../world';
import { latin1Bytes, latin1String } from './der-writer';

/** The BIO_METHOD that BIO_s_mem() returns (one static object, as in OpenSSL). */
export const MEM_METHOD: OpaqueObject = Object.freeze({ cType: 'BIO_METHOD', name: 'memory buffer' } as OpaqueObject);

export class MemBio implements OpaqueObject {
	readonly cType = 'BIO';
	/** Per-run label for messages ("BIO#2"), numbered by the World (w.bioCount). */
	readonly label: string;
	freed = false;
	/**
	 * A program-heap block standing for the BIO's allocation, so that the interpreter's leak report
	 * lists a BIO that is never freed (BIOs are not engine objects with trace numbers).
	 */
	allocation: Pointer | null = null;
	private data: number[] = [];

	constructor(w: World) {
		this.label = `BIO#${++w.bioCount}`;
	}

	get pending(): number {
		return this.data.length;
	}

	write(bytes: Uint8Array): number {
		for (const b of bytes) this.data.push(b);
		return bytes.length;
	}

	writeText(text: string): number {
		return this.write(latin1Bytes(text));
	}

	read(max: number): Uint8Array {
		return Uint8Array.from(this.data.splice(0, Math.max(0, Math.min(max, this.data.length))));
	}

	/** The unread contents as a byte string (PEM parsing works on text). */
	peekText(): string {
		return latin1String(Uint8Array.from(this.data));
	}

	/** Drop n bytes from the front (what a PEM read consumed). */
	consume(n: number): void {
		this.data.splice(0, n);
	}
}
