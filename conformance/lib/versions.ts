/**
 * Documented version differences: a stored transcript was recorded with
 * OpenSSL 3.0.22; when the installed libssl prints something else for a
 * case, the run is a failure unless conformance/version-differences.json
 * lists (case, libssl version) with the reason and the transcript that version
 * prints (a file under conformance/cases/versions/<version>/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface VersionDifference {
	case: string;
	libssl: string;
	reason: string;
	/** path, relative to the repository root, of the transcript this libssl prints */
	transcript: string;
}

export function loadVersionDifferences(root: string): VersionDifference[] {
	const file = join(root, 'conformance', 'version-differences.json');
	if (!existsSync(file)) return [];
	const data = JSON.parse(readFileSync(file, 'utf8')) as { differences?: VersionDifference[] };
	return data.differences ?? [];
}

export function findVersionDifference(
	list: readonly VersionDifference[],
	caseName: string,
	libssl: string
): VersionDifference | undefined {
	return list.find((d) => d.case === caseName && d.libssl === libssl);
}
