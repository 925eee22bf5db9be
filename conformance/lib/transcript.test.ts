import { describe, expect, it } from 'vitest';
import { swallowedProgramLines, formatTranscript, normalizeRealOutput, normalizeSimOutput, parseExpected, sameTranscript, splitLines } from './transcript';

const invalidRead = [
	'==4242== Invalid read of size 4',
	'==4242==    at 0x4A1B2C3: SSL_SESSION_free (ssl_sess.c:830)',
	'==4242==    by 0x10A2B4: helper (prelude.h:40)',
	'==4242==    by 0x109876: main (snippet.c:27)',
	'==4242==  Address 0x5b8e040 is 0 bytes inside a block of size 712 free\'d',
	'==4242==    at 0x48431CF: free (vg_replace_malloc.c:872)',
	'==4242==    by 0x109800: main (snippet.c:25)',
	'==4242== '
];

describe('normalizeRealOutput', () => {
	it('keeps program lines and drops valgrind lines that are not errors', () => {
		const raw = ['# new SSL_CTX#1', '==77== Warning: set address range perms', 'hello', '# free SSL_CTX#1', ''].join('\n');
		expect(normalizeRealOutput(raw)).toEqual(['# new SSL_CTX#1', 'hello', '# free SSL_CTX#1']);
	});

	it('cuts the transcript at the first error and names the innermost frame in the snippet', () => {
		const raw = ['before', ...invalidRead, 'after the error', '==4242== Invalid free() / delete', ''].join('\n');
		expect(normalizeRealOutput(raw)).toEqual(['before', '# error at line 27']);
	});

	it('reports line ? when no frame of the report is in the snippet', () => {
		const raw = ['x', '==9== Invalid write of size 8', '==9==    at 0x1: f (ssl_lib.c:1)', '==9== ', '==9==    by 0x2: main (snippet.c:3)'].join('\n');
		expect(normalizeRealOutput(raw)).toEqual(['x', '# error at line ?']);
	});

	it('recognises invalid free and uninitialised-value reports as errors', () => {
		for (const head of ['Invalid free() / delete / delete[] / realloc()', 'Conditional jump or move depends on uninitialised value(s)']) {
			const raw = [`==1== ${head}`, '==1==    at 0x1: main (snippet.c:9)', '==1== '].join('\n');
			expect(normalizeRealOutput(raw)).toEqual(['# error at line 9']);
		}
	});

	it('loses a program line that starts with == (the oracle quirk snippets must avoid)', () => {
		expect(normalizeRealOutput('== marker\nok\n')).toEqual(['ok']);
	});

	it('lets the suite find program lines it swallowed', () => {
		expect(swallowedProgramLines('==12== Invalid read\n== marker\n==> arrow\nok\n')).toEqual(['== marker', '==> arrow']);
	});

	it('splits lines as Python splitlines does, including CRLF', () => {
		expect(normalizeRealOutput('a\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
	});
});

describe('normalizeSimOutput', () => {
	it('turns "# error: KIND at line N" into the oracle spelling', () => {
		expect(normalizeSimOutput('ok\n# error: use-after-free at line 31\n')).toEqual(['ok', '# error at line 31']);
		expect(normalizeSimOutput('# error: null-dereference at line 4\n')).toEqual(['# error at line 4']);
	});

	it('leaves other lines that mention errors alone', () => {
		expect(normalizeSimOutput('# error at line 3\nprinted # error: x\n')).toEqual(['# error at line 3', 'printed # error: x']);
	});
});

describe('transcript files', () => {
	it('round-trips through the stored format with one trailing newline', () => {
		const lines = ['# new SSL_CTX#1', '', 'x'];
		expect(formatTranscript(lines)).toBe('# new SSL_CTX#1\n\nx\n');
		expect(parseExpected(formatTranscript(lines))).toEqual(lines);
	});

	it('treats a missing final newline as the same transcript', () => {
		expect(sameTranscript(splitLines('a\nb'), splitLines('a\nb\n'))).toBe(true);
		expect(sameTranscript(splitLines('a\nb\n\n'), splitLines('a\nb\n'))).toBe(false);
	});

	it('compares line by line, including spacing', () => {
		expect(sameTranscript(['a ', 'b'], ['a', 'b'])).toBe(false);
		expect(sameTranscript(['a'], ['a', 'b'])).toBe(false);
	});
});
