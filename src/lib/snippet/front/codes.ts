/**
 * Every diagnostic the Snippet C front end can emit, with a stable code. The docs site renders /errors/ from
 * this table, so each entry says what went wrong and what to write instead.
 * SC01xx syntax and preprocessor, SC02xx features outside the dialect, SC03xx names, SC04xx types,
 * SC05xx warnings, SC09xx limits.
 */
export interface CodeInfo {
	title: string;
	severity: 'error' | 'warning';
	explanation: string;
}

export const DIAGNOSTIC_CODES = {
	SC0101: { title: 'syntax error', severity: 'error', explanation: 'The parser expected something else at this point (a missing `;`, `)` or `}` is the usual cause).' },
	SC0102: { title: 'stray character', severity: 'error', explanation: 'A character that cannot start any C token (e.g. `@`, `$`, a backquote or binary data).' },
	SC0103: { title: 'unterminated literal or comment', severity: 'error', explanation: 'A string, character literal or `/* comment` is not closed.' },
	SC0104: { title: 'invalid number', severity: 'error', explanation: 'Integer constants are decimal, octal (`017`) or hex (`0x1F`) with optional `u`/`l` suffixes; floating point is not part of Snippet C.' },
	SC0105: { title: 'invalid character constant or escape', severity: 'error', explanation: "A character constant holds exactly one character (`'a'`, `'\\n'`, `'\\x41'`); escapes are `\\n \\t \\r \\0 \\\\ \\' \\\" \\a \\b \\f \\v \\?`, octal and hex." },
	SC0110: { title: 'header not available', severity: 'error', explanation: 'Only openssl/ssl.h, err.h, pem.h, bio.h, crypto.h, evp.h, x509.h and stdio.h, stdlib.h, string.h, time.h, unistd.h can be included.' },
	SC0111: { title: 'malformed #include', severity: 'error', explanation: 'Write `#include <header.h>` with angle brackets.' },
	SC0112: { title: 'unsupported macro', severity: 'error', explanation: 'Only object-like macros whose value is an integer constant expression are supported: `#define N 32`.' },
	SC0113: { title: 'unsupported preprocessor directive', severity: 'error', explanation: 'Snippet C supports `#include` and `#define` only (no `#if`, `#ifdef`, `#undef`, `#pragma`, ...).' },
	SC0114: { title: 'macro redefined', severity: 'error', explanation: 'Each macro may be defined once (with a different value C would warn; Snippet C refuses).' },
	SC0201: { title: 'struct or union', severity: 'error', explanation: '`struct` and `union` are not part of Snippet C; use separate variables or arrays.' },
	SC0202: { title: 'typedef', severity: 'error', explanation: '`typedef` is not part of Snippet C; spell the type out.' },
	SC0203: { title: 'enum', severity: 'error', explanation: '`enum` is not part of Snippet C; use `#define` constants.' },
	SC0204: { title: 'goto or label', severity: 'error', explanation: '`goto` and statement labels are not part of Snippet C; use loops with `break`/`continue`.' },
	SC0205: { title: 'variadic function definition', severity: 'error', explanation: 'Snippet functions cannot take `...`; only library functions such as printf are variadic.' },
	SC0206: { title: 'function pointer variable', severity: 'error', explanation: 'Variables, parameters and casts of function pointer type are not part of Snippet C; pass a function by name where a callback is expected.' },
	SC0207: { title: 'not C', severity: 'error', explanation: 'C++ or other syntax that Snippet C does not have (classes, templates, `::`, `new`, `->`, `.`, references, lambdas, ...).' },
	SC0208: { title: 'floating point', severity: 'error', explanation: '`float`, `double` and floating constants are not part of Snippet C.' },
	SC0209: { title: 'unsupported specifier', severity: 'error', explanation: 'Only `static` and `const` are supported (no `extern`, `register`, `volatile`, `inline`, `_Bool`, ...).' },
	SC0210: { title: 'unsupported case placement', severity: 'error', explanation: '`case` and `default` labels must be directly inside the braces of their `switch`.' },
	SC0211: { title: 'unsupported type', severity: 'error', explanation: 'The type is not part of Snippet C (see the dialect: integer types, size_t, time_t, uint8_t/uint32_t/uint64_t, pointers to them and to the opaque OpenSSL types).' },
	SC0212: { title: 'unsupported declaration', severity: 'error', explanation: 'A declaration form Snippet C does not support (a prototype inside a function, an abstract declarator, an array of arrays, an array parameter size, ...).' },
	SC0301: { title: 'unknown identifier', severity: 'error', explanation: 'The name is not declared here: not a variable in scope, a function of the snippet, a library function, a library constant or a macro.' },
	SC0302: { title: 'unknown function', severity: 'error', explanation: 'The called function is neither defined in the snippet nor provided by the library.' },
	SC0303: { title: 'unknown type name', severity: 'error', explanation: 'The name is not a type Snippet C knows.' },
	SC0304: { title: 'redefinition', severity: 'error', explanation: 'The name is already declared in the same scope (or a function is defined twice).' },
	SC0305: { title: 'no main', severity: 'error', explanation: 'A snippet needs `int main(void)`.' },
	SC0306: { title: 'function not defined', severity: 'error', explanation: 'The function is declared by a prototype and used, but never defined in the snippet.' },
	SC0307: { title: 'conflicting declaration', severity: 'error', explanation: 'The declaration does not match an earlier one, or redeclares a library function with another type.' },
	SC0401: { title: 'wrong number of arguments', severity: 'error', explanation: 'The call passes more or fewer arguments than the function takes.' },
	SC0402: { title: 'incompatible argument', severity: 'error', explanation: 'An argument cannot be converted to the parameter type (e.g. an `SSL *` where an `SSL_SESSION *` is expected, or an integer where a pointer is expected).' },
	SC0403: { title: 'assignment to const', severity: 'error', explanation: 'The object is declared `const` (or is an array, or a string literal) and cannot be modified.' },
	SC0404: { title: 'non-constant array size', severity: 'error', explanation: 'Array sizes must be integer constant expressions (literals, macros, sizeof, library constants); variable-length arrays are not part of Snippet C.' },
	SC0405: { title: 'not assignable', severity: 'error', explanation: 'The left side of an assignment (or the operand of `++`, `--`, `&`) must name an object: a variable, `*p` or `a[i]`.' },
	SC0406: { title: 'incompatible types', severity: 'error', explanation: 'The value cannot be converted to the target type in an assignment, initialization or return.' },
	SC0407: { title: 'invalid operands', severity: 'error', explanation: 'The operator does not apply to these operand types (e.g. multiplying pointers, adding two pointers).' },
	SC0408: { title: 'invalid operand', severity: 'error', explanation: 'The unary operator does not apply to this operand (e.g. `*` on an integer, `*` on a `void *` or on an opaque pointer such as `SSL *`).' },
	SC0409: { title: 'not a function', severity: 'error', explanation: 'Only names of functions can be called; there are no function pointer variables.' },
	SC0410: { title: 'bad return', severity: 'error', explanation: 'A `void` function returns a value, or a non-void function has `return;` without one.' },
	SC0411: { title: 'invalid array size', severity: 'error', explanation: 'An array needs a positive size, at most 16 MiB in total.' },
	SC0412: { title: 'bad initializer', severity: 'error', explanation: 'Too many elements in a `{...}` initializer, a braced list for a pointer, or a string too long for its char array.' },
	SC0413: { title: 'non-constant initializer', severity: 'error', explanation: 'Global and static variables need constant initializers (integer constants, string literals, NULL, addresses of globals or functions).' },
	SC0414: { title: 'break or continue outside a loop', severity: 'error', explanation: '`break` must be inside a loop or switch; `continue` inside a loop.' },
	SC0415: { title: 'bad case label', severity: 'error', explanation: 'A case value must be an integer constant, unique within its switch, and inside a switch (only one `default`).' },
	SC0416: { title: 'void value', severity: 'error', explanation: 'The expression has type void (e.g. the result of a void function) and has no value to use.' },
	SC0417: { title: 'bad main', severity: 'error', explanation: '`main` must be `int main(void)` or `int main()`.' },
	SC0418: { title: 'not a scalar', severity: 'error', explanation: 'A condition (`if`, `while`, `?:`, `!`, `&&`, `||`) must be an integer or a pointer.' },
	SC0419: { title: 'incompatible pointer types', severity: 'error', explanation: 'The pointer types do not match (e.g. `SSL *` and `SSL_SESSION *`); a `void *` converts to any object pointer and back.' },
	SC0420: { title: 'discarded qualifier or pointer sign', severity: 'warning', explanation: 'Like gcc: a `const` pointee becomes writable, or `char *` and `unsigned char *` are mixed. It runs, but real compilers warn.' },
	SC0421: { title: 'division by zero', severity: 'error', explanation: 'A constant expression divides by zero.' },
	SC0422: { title: 'missing return', severity: 'warning', explanation: 'Control can reach the end of a non-void function (other than main) without a return.' },
	SC0501: { title: 'format mismatch', severity: 'warning', explanation: 'Like gcc -Wformat: a printf conversion does not match the type of its argument, the conversion is unsupported, or the argument count is wrong.' },
	SC0502: { title: 'order-dependent arguments', severity: 'warning', explanation: 'Two arguments of one call each call library functions; C leaves their order unspecified (gcc evaluates right to left). Compute them into variables first.' },
	SC0901: { title: 'source too large', severity: 'error', explanation: 'A snippet is limited to 256 KiB of source (262,144 characters).' },
	SC0902: { title: 'nesting too deep', severity: 'error', explanation: 'Brackets, blocks and expressions may nest at most 256 levels deep, and a declarator may have at most 32 levels of `*`, `[]` and `()`.' },
	SC0903: { title: 'too many diagnostics', severity: 'error', explanation: 'After 100 errors the compiler stops reporting.' },
	SC0904: { title: 'too many declarations', severity: 'error', explanation: 'A snippet may declare at most 16,384 variables.' }
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
