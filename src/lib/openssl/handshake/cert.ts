/**
 * connect_pair's throwaway server certificate, as DER: a self-signed P-256 certificate for
 * CN=localhost made the way the oracle prelude makes it (serial 1, v3, no extensions). Real runs
 * make a new key each time, so its bytes differ run to run; its size (281 bytes, ±1 with the ECDSA
 * signature) is what a client session's DER length depends on.
 */
const HEX =
	'308201153081bba003020102020101300a06082a8648ce3d04030230143112301006035504030c096c6f63616c686f7374' +
	'301e170d3236313132353138333430315a170d3236313132363139333430315a30143112301006035504030c096c6f63' +
	'616c686f73743059301306072a8648ce3d020106082a8648ce3d03010703420004f4fa8281177da55907271479fa9841' +
	'164e54c792a991af6d40f07ef6bd7347573c2a1bad55561a849dbfc08be11870519fe16acc2dd2b374b9162c2c8b5835' +
	'c7300a06082a8648ce3d0403020349003046022100fe68ea0d6ca4760dbc522161a2b9075b64a47e3339d32ab32f9244' +
	'c68cbc47a5022100a4457954ec77278a95b35092fd5d08a58e311abc26ace5a321fa917ce76b4347';

let der: Uint8Array | null = null;

export function serverCertDer(): Uint8Array {
	if (!der) {
		der = new Uint8Array(HEX.length / 2);
		for (let i = 0; i < der.length; i++) der[i] = parseInt(HEX.slice(i * 2, i * 2 + 2), 16);
	}
	return der.slice();
}
