/**
 * The function table every binding file registers into. Each call runs inside world.atLine(line)
 * (nested callbacks restore the outer line) and remembers the NativeContext so that callbacks
 * stored earlier (remove_session_cb during a later eviction) can call back into C.
 */
import type { CValue, NativeContext, NativeFunction, NativeLibrary } from '../../snippet/abi';
import type { World } from '../world';

export type BindingImpl = (args: CValue[], n: NativeContext) => CValue;

export class BindingTable {
	readonly functions = new Map<string, NativeFunction>();
	readonly constants = new Map<string, { readonly type: string; readonly value: CValue }>();
	private nativeStack: NativeContext[] = [];
	private lastNative: NativeContext | null = null;

	constructor(readonly world: World) {}

	/** Register `impl` under the name in its C prototype (a later registration of the same name wins). */
	fn(prototype: string, impl: BindingImpl): void {
		// The name is the first identifier followed by a parameter list: `int (*f(void))(int)` names f.
		const m = /([A-Za-z_][A-Za-z0-9_]*)\s*\((?!\s*\*)/.exec(prototype);
		if (!m) throw new Error(`bad prototype: ${prototype}`);
		const w = this.world;
		const stack = this.nativeStack;
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		const table = this;
		this.functions.set(m[1], {
			prototype,
			call(n: NativeContext, args: CValue[]): CValue {
				stack.push(n);
				table.lastNative = n;
				const saved = w.line;
				w.line = n.line;
				try {
					return impl(args, n);
				} finally {
					w.line = saved;
					stack.pop();
				}
			}
		});
	}

	constant(name: string, type: string, value: CValue): void {
		this.constants.set(name, { type, value });
	}

	/**
	 * The NativeContext of the innermost library call in progress (for invoking stored callbacks);
	 * engine code driven directly (tests, tools) falls back to the last one seen.
	 */
	native(): NativeContext {
		const n = this.nativeStack[this.nativeStack.length - 1] ?? this.lastNative;
		if (!n) throw new Error('no library call in progress');
		return n;
	}

	library(): NativeLibrary {
		return { functions: this.functions, constants: this.constants };
	}
}
