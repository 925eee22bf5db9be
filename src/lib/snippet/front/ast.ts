/**
 * The checked AST of Snippet C: the contract between the front end (parse → check, this folder) and the
 * interpreter (src/lib/snippet/*). Every expression carries its resolved C type; implicit conversions are
 * explicit `cast` nodes with `implicit: true`; identifiers are resolved to what they name. Sizes are those of
 * x86-64 Linux (LP64), the reference platform: char 1, short 2, int 4, long / long long / pointers 8.
 * Integer constants are bigints (exact for 64-bit values); the interpreter converts them as it likes.
 */

/** A source range. line/col are 1-based (as a C compiler prints them); from/to are 0-based UTF-16 offsets. */
export interface Span {
	line: number;
	col: number;
	endLine: number;
	endCol: number;
	from: number;
	to: number;
}

// ---------------------------------------------------------------- types

/** Integer kinds. Spelled aliases (size_t, time_t, uint8_t, ...) are kept in `name` for display and for the ABI's ScalarType. */
export type IntName =
	| 'char' | 'signed char' | 'unsigned char'
	| 'short' | 'unsigned short'
	| 'int' | 'unsigned int'
	| 'long' | 'unsigned long'
	| 'long long' | 'unsigned long long'
	| 'size_t' | 'time_t' | 'uint8_t' | 'uint32_t' | 'uint64_t';

export type OpaqueName = 'SSL_CTX' | 'SSL' | 'SSL_SESSION' | 'SSL_METHOD' | 'SSL_CIPHER' | 'BIO' | 'X509' | 'FILE' | 'BIO_METHOD' | 'EVP_PKEY';

export type CType = VoidType | IntType | PointerType | ArrayType | OpaqueType | FunctionType;

export interface VoidType {
	kind: 'void';
	const: boolean;
}
export interface IntType {
	kind: 'int';
	name: IntName;
	/** Bytes: 1, 2, 4 or 8. */
	size: 1 | 2 | 4 | 8;
	signed: boolean;
	/** Conversion rank (C11 6.3.1.1): char 1, short 2, int 3, long 4, long long 5. */
	rank: number;
	const: boolean;
}
export interface PointerType {
	kind: 'pointer';
	to: CType;
	/** The pointer itself is const (`char *const p`). */
	const: boolean;
}
export interface ArrayType {
	kind: 'array';
	of: CType;
	/** Element count; null only for a parameter or an `x[] = {…}` before its initializer sized it (never after checking). */
	length: number | null;
	const: boolean;
}
/** An OpenSSL / libc object that C code only handles through pointers. */
export interface OpaqueType {
	kind: 'opaque';
	name: OpaqueName;
	const: boolean;
}
export interface FunctionType {
	kind: 'function';
	returns: CType;
	params: CType[];
	/** `...` (only library prototypes: printf, fprintf). */
	variadic: boolean;
	/** `int main()`: no prototype, any arguments accepted (C89 style); only allowed for definitions without parameters. */
	unprototyped: boolean;
	const: false;
}

// ---------------------------------------------------------------- declarations

/** What an identifier refers to after name resolution. */
export type Ref =
	/** A parameter or local variable: `slot` indexes the function's frame (FunctionDef.locals). */
	| { kind: 'local'; slot: number; decl: VarDecl }
	/** A file-scope variable or a `static` local: `index` indexes CheckedProgram.globals. */
	| { kind: 'global'; index: number; decl: VarDecl }
	/** A function defined in the snippet (used as a call target or passed by name as a callback). */
	| { kind: 'function'; name: string }
	/** A library function (NativeLibrary.functions or the interpreter's libc). */
	| { kind: 'native'; name: string }
	/** A library constant (NativeLibrary.constants: SSL_SESS_CACHE_CLIENT, stdout, ...). */
	| { kind: 'constant'; name: string }
	/** Reserved: macros are currently expanded token-wise (C precedence), so this is not produced. */
	| { kind: 'macro'; name: string; value: bigint };

export interface VarDecl {
	kind: 'var';
	name: string;
	type: CType;
	/** 'global' = file scope; 'static' = static local (lives in globals); 'auto' = local/parameter. */
	storage: 'global' | 'static' | 'auto';
	/** `static` at file scope (internal linkage; no behavioural difference here). */
	isStatic: boolean;
	/** Frame slot for 'auto', index into globals for 'global'/'static'. */
	slot: number;
	init: Initializer | null;
	isParam: boolean;
	span: Span;
}

export type Initializer =
	/** A single expression, converted to the declared type (or a string literal initializing a char array). */
	| { kind: 'expr'; expr: Expr; span: Span }
	/** `{ a, b, … }` for arrays; missing elements are zero. For scalars `{ x }` is accepted as in C. */
	| { kind: 'list'; items: Initializer[]; span: Span };

export interface ParamDecl extends VarDecl {
	isParam: true;
}

export interface FunctionDef {
	kind: 'function';
	name: string;
	type: FunctionType;
	isStatic: boolean;
	params: ParamDecl[];
	body: Block;
	/** Every parameter and local of the function, by slot (parameters first, in order). */
	locals: VarDecl[];
	span: Span;
	/** Span of the name in the definition, for diagnostics and "step into". */
	nameSpan: Span;
}

// ---------------------------------------------------------------- statements

export type Stmt =
	| Block
	| DeclStmt
	| ExprStmt
	| IfStmt
	| WhileStmt
	| DoWhileStmt
	| ForStmt
	| SwitchStmt
	| CaseLabel
	| BreakStmt
	| ContinueStmt
	| ReturnStmt
	| EmptyStmt;

export interface Block {
	kind: 'block';
	body: Stmt[];
	span: Span;
}
/** `int a = 1, *b;` — each declarator in order. Static locals appear with storage 'static' (initialized once, before main). */
export interface DeclStmt {
	kind: 'decl';
	decls: VarDecl[];
	span: Span;
}
export interface ExprStmt {
	kind: 'expr';
	expr: Expr;
	span: Span;
}
export interface IfStmt {
	kind: 'if';
	/** Scalar condition (compare with 0 / NULL). */
	test: Expr;
	then: Stmt;
	else: Stmt | null;
	span: Span;
}
export interface WhileStmt {
	kind: 'while';
	test: Expr;
	body: Stmt;
	span: Span;
}
export interface DoWhileStmt {
	kind: 'do';
	body: Stmt;
	test: Expr;
	span: Span;
}
export interface ForStmt {
	kind: 'for';
	init: DeclStmt | ExprStmt | null;
	test: Expr | null;
	update: Expr | null;
	body: Stmt;
	span: Span;
}
/**
 * `switch (x) { … }`. Case labels are CaseLabel statements directly in `body` (nested labels deeper than the
 * switch's own block are rejected); `cases` maps each label to its index in `body`, so the interpreter jumps
 * there and runs on (fallthrough) until `break`.
 */
export interface SwitchStmt {
	kind: 'switch';
	/** Already promoted (integer promotions); case values are converted to this type. */
	test: Expr;
	body: Stmt[];
	cases: { value: bigint | null; index: number }[];
	span: Span;
}
/** `case V:` / `default:` (value null). A no-op when reached by fallthrough. */
export interface CaseLabel {
	kind: 'case';
	value: bigint | null;
	span: Span;
}
export interface BreakStmt {
	kind: 'break';
	span: Span;
}
export interface ContinueStmt {
	kind: 'continue';
	span: Span;
}
export interface ReturnStmt {
	kind: 'return';
	/** Converted to the function's return type; null for `return;`. */
	value: Expr | null;
	span: Span;
}
export interface EmptyStmt {
	kind: 'empty';
	span: Span;
}

// ---------------------------------------------------------------- expressions

interface ExprBase {
	/** The C type of the value after checking. */
	type: CType;
	span: Span;
	/** True when the expression designates an object (assignable if its type is not const and not an array). */
	lvalue: boolean;
}

export type Expr =
	| IntLit
	| StringLit
	| NullLit
	| Ident
	| UnaryExpr
	| DerefExpr
	| AddrOfExpr
	| IncDecExpr
	| BinaryExpr
	| PtrArithExpr
	| PtrDiffExpr
	| LogicalExpr
	| CondExpr
	| AssignExpr
	| CallExpr
	| CastExpr
	| IndexExpr
	| CommaExpr;

/** Integer and character constants, and folded `sizeof` (origin tells which, for display). */
export interface IntLit extends ExprBase {
	kind: 'int';
	value: bigint;
	origin: 'literal' | 'char' | 'sizeof';
	/** Source text ('0x13', "'a'", 'sizeof(id)'). */
	text: string;
}
/** A string literal: an lvalue of type char[N] (N includes the NUL); it decays to `char *` through a cast node. */
export interface StringLit extends ExprBase {
	kind: 'string';
	/** Bytes without the terminating NUL (escapes resolved, adjacent literals concatenated). */
	bytes: Uint8Array;
}
/** `NULL` (type void *). */
export interface NullLit extends ExprBase {
	kind: 'null';
}
export interface Ident extends ExprBase {
	kind: 'ident';
	name: string;
	ref: Ref;
}
/** `+x -x ~x !x`. Operand already promoted; `!` yields int and accepts pointers. */
export interface UnaryExpr extends ExprBase {
	kind: 'unary';
	op: '+' | '-' | '~' | '!';
	operand: Expr;
}
/** `*p` (operand is a pointer; the result is an lvalue of the pointee type). */
export interface DerefExpr extends ExprBase {
	kind: 'deref';
	operand: Expr;
}
/** `&x` (operand is an lvalue, or a function name). */
export interface AddrOfExpr extends ExprBase {
	kind: 'addrOf';
	operand: Expr;
}
/** `++x x++ --x x--` on an integer or pointer lvalue; for pointers the step is `elemSize` bytes. */
export interface IncDecExpr extends ExprBase {
	kind: 'incDec';
	op: '++' | '--';
	prefix: boolean;
	operand: Expr;
	/** 1 for integers, sizeof(*p) for pointers. */
	elemSize: number;
}
/**
 * Integer arithmetic, bitwise, shift and comparison operators. Both operands are already converted (usual
 * arithmetic conversions; for shifts each operand is promoted separately). Comparisons yield int and may compare
 * two pointers (or pointer and NULL): `operandType` is the type the comparison is done in.
 */
export interface BinaryExpr extends ExprBase {
	kind: 'binary';
	op: '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '<' | '<=' | '>' | '>=' | '==' | '!=' | '&' | '^' | '|';
	left: Expr;
	right: Expr;
	operandType: CType;
}
/** `p + n`, `n + p`, `p - n`: pointer moved by `index * elemSize` bytes (`index` converted to long, negated for '-'). */
export interface PtrArithExpr extends ExprBase {
	kind: 'ptrArith';
	op: '+' | '-';
	pointer: Expr;
	index: Expr;
	elemSize: number;
}
/** `p - q` (same pointee type): byte difference / elemSize, type long. */
export interface PtrDiffExpr extends ExprBase {
	kind: 'ptrDiff';
	left: Expr;
	right: Expr;
	elemSize: number;
}
/** `&&` / `||`: short-circuit, operands scalar, result int 0/1. */
export interface LogicalExpr extends ExprBase {
	kind: 'logical';
	op: '&&' | '||';
	left: Expr;
	right: Expr;
}
/** `c ? a : b`; both branches converted to the result type. */
export interface CondExpr extends ExprBase {
	kind: 'cond';
	test: Expr;
	then: Expr;
	else: Expr;
}
/**
 * Assignment. For '=' `value` is converted to the target type. For compound ops (`a op= b`) the interpreter
 * computes `(computeType)a op b` then converts to the target type; `value` is converted to `computeType`
 * (for shifts: promoted on its own). For `p += n` / `p -= n` on a pointer, `elemSize` is set and value is long.
 */
export interface AssignExpr extends ExprBase {
	kind: 'assign';
	op: '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '<<=' | '>>=' | '&=' | '^=' | '|=';
	target: Expr;
	value: Expr;
	computeType: CType;
	elemSize: number | null;
}
/**
 * A call. The callee is always a name (no function pointer variables): a snippet function or a native.
 * Arguments are converted to the parameter types; extra variadic arguments get the default argument promotions.
 * Evaluate arguments right to left (gcc x86-64 order).
 */
export interface CallExpr extends ExprBase {
	kind: 'call';
	callee: { kind: 'function' | 'native'; name: string; span: Span };
	signature: FunctionType;
	args: Expr[];
}
/**
 * A conversion. `implicit` marks the ones the checker inserted. `conv` says which:
 * - 'integral': integer → integer (wrap to `type`'s width/signedness; omitted when the representation is the same);
 * (conditions are not cast: `if`/`while`/`!`/`&&` test a scalar against 0 / NULL themselves);
 * - 'decay': array → pointer to its first element (operand is the array lvalue);
 * - 'function': function name → pointer to function (callbacks);
 * - 'nullToPointer': integer constant 0 or NULL → pointer type;
 * - 'pointer': pointer → pointer (no change in value);
 * - 'pointerToInt' / 'intToPointer': explicit casts such as `(long)SSL_SESSION_get_ex_data(s, 1)`;
 * - 'toVoid': `(void)expr`.
 */
export interface CastExpr extends ExprBase {
	kind: 'cast';
	implicit: boolean;
	conv: 'integral' | 'decay' | 'function' | 'nullToPointer' | 'pointer' | 'pointerToInt' | 'intToPointer' | 'toVoid';
	operand: Expr;
}
/** `a[i]`: `base` is a pointer (arrays decayed), `index` converted to long; an lvalue of the element type. */
export interface IndexExpr extends ExprBase {
	kind: 'index';
	base: Expr;
	index: Expr;
	elemSize: number;
}
/** `a, b` (for-loop clauses). */
export interface CommaExpr extends ExprBase {
	kind: 'comma';
	left: Expr;
	right: Expr;
}

// ---------------------------------------------------------------- program

export interface CheckedProgram {
	fileName: string;
	source: string;
	/** Headers included, in order ('openssl/ssl.h', 'stdio.h', ...). */
	includes: string[];
	/** Object-like macros with their values. */
	macros: Map<string, bigint>;
	/** File-scope variables and static locals; initialize in order before main (zero when init is null). */
	globals: VarDecl[];
	/** Functions defined in the snippet, by name (prototypes without a definition are only an error if called). */
	functions: Map<string, FunctionDef>;
	/** Library functions the program refers to, with their parsed signatures. */
	natives: Map<string, FunctionType>;
	/** main(). */
	main: FunctionDef;
}
