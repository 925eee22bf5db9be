/**
 * Transcripts: the normalized text both sides of a conformance comparison
 * produce. Real OpenSSL's raw output (program stdout/stderr interleaved with
 * valgrind's report on one fd) is cut at valgrind's first memory error, which
 * becomes `# error at line N`; the simulator's `--trace` stdout spells the same
 * event `# error: KIND at line N`. Both then become a list of lines.
 */

/** Valgrind reports that count as "the first invalid access". Kept identical to the
 * normalizer the reference transcripts were made with, so a stored transcript
 * and a fresh run are cut at the same place. */
const VALGRIND_ERROR_HEAD =
	/^==\d+== (Invalid (read|write|free)|Mismatched free|Use of uninitialised|Conditional jump|Syscall param|Source and destination)/;

/** Name of the snippet file inside the oracle's build directory: only stack
 * frames in this file (not the prelude, not libssl) give the error line. */
export const SNIPPET_FILE = 'snippet.c';

const FRAME = new RegExp(`^==\\d+==\\s+(?:at|by) 0x[0-9A-F]+: .*\\((${SNIPPET_FILE.replace('.', '\\.')}):(\\d+)\\)`);
const BLANK_VALGRIND_LINE = /^==\d+==\s*$/;

/** Line splitting as Python's str.splitlines() (what the reference normalizer used). */
export function splitLines(text: string): string[] {
	// the file/group/record separators (\x1c-\x1e) are line boundaries for Python too
	// eslint-disable-next-line no-control-regex
	const lines = text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
	if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** Raw real-OpenSSL output → transcript lines. Lines starting with `==` are
 * valgrind's and vanish (a snippet must therefore never print such lines). */
export function normalizeRealOutput(raw: string): string[] {
	const lines = splitLines(raw);
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (!line.startsWith('==')) {
			out.push(line);
			continue;
		}
		if (!VALGRIND_ERROR_HEAD.test(line)) continue;
		let where = '?';
		// the innermost frame in the snippet, within this report (it ends at a blank `==N==` line)
		for (let j = i + 1; j < lines.length && lines[j].startsWith('==') && !BLANK_VALGRIND_LINE.test(lines[j]); j++) {
			const m = FRAME.exec(lines[j]);
			if (m) {
				where = m[2];
				break;
			}
		}
		out.push(`# error at line ${where}`);
		break;
	}
	return out;
}

/** Program lines the oracle would swallow: they start with `==` but are not valgrind's
 * `==PID==` lines. A case that prints one cannot be compared faithfully. */
export function swallowedProgramLines(raw: string): string[] {
	return splitLines(raw).filter((line) => line.startsWith('==') && !/^==\d+==/.test(line));
}

const SIM_ERROR = /^# error: [a-z-]+ at line (\d+)$/;

/** Simulator `--trace` stdout → transcript lines. */
export function normalizeSimOutput(stdout: string): string[] {
	return splitLines(stdout).map((line) => {
		const m = SIM_ERROR.exec(line);
		return m ? `# error at line ${m[1]}` : line;
	});
}

/** A stored `.expected` file → transcript lines. */
export function parseExpected(text: string): string[] {
	return splitLines(text);
}

/** Transcript lines → the text stored in `.expected` files (one trailing newline). */
export function formatTranscript(lines: readonly string[]): string {
	return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

export function sameTranscript(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((line, i) => line === b[i]);
}
