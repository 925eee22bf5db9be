/** Shared state of one check: scopes, the current function, the library, diagnostics. */
import type { NativeLibrary } from '../abi';
import type { CType, FunctionDef, FunctionType, Span, VarDecl } from './ast';
import type { Diagnostics } from './diagnostics';

export type Entry =
	| { kind: 'var'; decl: VarDecl }
	| { kind: 'function'; name: string; type: FunctionType; defined: boolean; span: Span };

export class Scope {
	readonly names = new Map<string, Entry>();
	constructor(readonly parent: Scope | null) {}
	lookup(name: string): Entry | undefined {
		const e = this.names.get(name);
		return e ?? this.parent?.lookup(name);
	}
}

export const MAX_NAMES = 16384;

export interface FunctionState {
	name: string;
	returns: CType;
	locals: VarDecl[];
	loops: number;
	/** Nesting of switches; each collects its labels. */
	switches: { values: Set<bigint>; hasDefault: boolean }[];
	/** Statement depth at which the innermost switch's own block lives (labels must be there). */
	switchDepth: number[];
	blockDepth: number;
}

export interface Ctx {
	src: string;
	diags: Diagnostics;
	library: NativeLibrary;
	/** Parsed library signatures (cached by name). */
	nativeType(name: string): FunctionType | null;
	globals: VarDecl[];
	globalScope: Scope;
	scope: Scope;
	fn: FunctionState | null;
	functions: Map<string, FunctionDef>;
	natives: Map<string, FunctionType>;
	/** Names of snippet functions each snippet function calls, and natives it calls (for order-dependence). */
	calls: Map<string, Set<string>>;
	names: number;
	/** Functions defined anywhere in the file (for a better message when one is called before its declaration). */
	definedLater: Set<string>;
	/** Functions whose definition had errors: calls to them are not reported again. */
	broken: Set<string>;
	/** Parsing library prototypes: `...` and callback parameters are allowed. */
	allowVariadic: boolean;
	/** A sink for diagnostics of speculative checks. */
	quiet: Diagnostics;
	span(from: number, to: number): Span;
}
