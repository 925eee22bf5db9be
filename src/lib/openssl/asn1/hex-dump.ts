/**
 * The hex dump SSL_SESSION_print uses for tickets (BIO_dump_indent with indent 4): 16 bytes a line,
 * a '-' between the 8th and 9th byte, then the printable ASCII column.
 */
export function hexDumpIndent(bytes: Uint8Array, indent: number): string {
	let out = '';
	const pad = ' '.repeat(indent);
	for (let at = 0; at < bytes.length; at += 16) {
		let line = `${pad}${at.toString(16).padStart(4, '0')} - `;
		let ascii = '';
		for (let j = 0; j < 16; j++) {
			if (at + j >= bytes.length) {
				line += '   ';
				continue;
			}
			const b = bytes[at + j];
			line += b.toString(16).padStart(2, '0') + (j === 7 ? '-' : ' ');
			ascii += b >= 0x20 && b <= 0x7e ? String.fromCharCode(b) : '.';
		}
		out += `${line}  ${ascii}\n`;
	}
	return out;
}
