import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'bin', 'session-lab.js');
const dir = mkdtempSync(join(tmpdir(), 'session-lab-cli-'));

function run(name: string, source: string, ...flags: string[]) {
	const file = join(dir, name);
	writeFileSync(file, source);
	const r = spawnSync(process.execPath, [BIN, 'run', ...flags, file], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, file };
}

describe('session-lab run', () => {
	it('exits 0 and prints the program output with trace lines interleaved', () => {
		const r = run(
			'ok.c',
			`#include <openssl/ssl.h>
#include <stdio.h>
int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    printf("made ");
    SSL_SESSION_free(s);
    printf("done %p\\n", NULL);
    return 3;
}
`,
			'--trace',
			'--now',
			'1700000000'
		);
		expect(r.stdout).toBe('# new SSL_SESSION#1\nmade # free SSL_SESSION#1\ndone (nil)\n');
		expect(r.status).toBe(0);
	});

	it('exits 1 on a memory-safety violation and prints # error: KIND at line N', () => {
		const r = run(
			'df.c',
			`#include <openssl/ssl.h>
#include <stdio.h>
int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    SSL_SESSION_free(s);
    SSL_SESSION_free(s);
    return 0;
}
`,
			'--trace'
		);
		expect(r.status).toBe(1);
		expect(r.stdout).toContain('# error: ');
		expect(r.stdout).toMatch(/at line 6\n$/);
		expect(r.stderr).toContain('==ERROR: session-lab:');
	});

	it('exits 2 on a compile error with FILE:LINE:COL: error:', () => {
		const r = run('ce.c', `#include <stdio.h>\nint main(void) {\n    struct x y;\n    return 0;\n}\n`);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/ce\.c:3:\d+: error: /);
	});

	it('exits 3 when the step budget runs out, naming the loop line', () => {
		const r = run('loop.c', `int main(void) {\n    int i = 0;\n    while (1)\n        i++;\n    return 0;\n}\n`, '--max-steps', '100000');
		expect(r.status).toBe(3);
		expect(r.stderr).toContain('loop at line 3');
	});

	it('reports leaks on stderr, not in the trace', () => {
		const r = run('leak.c', `#include <stdlib.h>\nint main(void) {\n    char *p = malloc(4);\n    p[0] = 1;\n    return 0;\n}\n`, '--trace');
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('==LEAK: heap#1');
	});
});
