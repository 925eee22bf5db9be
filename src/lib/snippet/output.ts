/** Program output is kept as a byte string (one char per byte); shown to people as UTF-8. */
export function decodeOutput(bytes: string): string {
	if (!/[\u0080-\u00ff]/.test(bytes)) return bytes;
	const buf = new Uint8Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) buf[i] = bytes.charCodeAt(i);
	return new TextDecoder().decode(buf);
}

/** Source text → byte string (string literals may hold UTF-8). */
export function encodeUtf8(s: string): Uint8Array {
	return new TextEncoder().encode(s);
}
