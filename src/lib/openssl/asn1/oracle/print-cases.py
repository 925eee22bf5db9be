# Sessions (DER) for print-harness.c: python3 print-cases.py > variants.inc
import os
exec(open(os.path.join(os.path.dirname(__file__), 'd2i-cases.py')).read().split("cases = {")[0])
def sess(proto, cid, sid, mk, *extra): return seq(i(1), i(proto), o(cid), o(sid), o(mk), *extra)
V = {
 'tls12-full': sess(0x303, b'\xc0\x2c', bytes(range(32)), bytes(range(48)), x(1,i(1700000000)), x(2,i(7200)), x(4,o(b'ctx')), x(5,i(18)), x(6,o(b'host.example')), x(7,o(b'hint')), x(8,o(b'ident')), x(9,i(7200)), x(10,o(bytes(range(0x40,0x40+70)))), x(12,o(b'srpuser')), x(13,i(1)), x(16,o(b'h2')), x(19,i(29))),
 'tls13-ticket': sess(0x304, b'\x13\x02', bytes(range(32)), bytes(range(48)), x(1,i(1700000000)), x(2,i(7200)), x(9,i(1)), x(10,o(bytes(range(16)))), x(14,i(0xb286bba2)), x(15,i(16384)), x(19,i(29))),
 'compression': sess(0x303, b'\x00\x2f', b'\x01', b'\x02', x(11,o(b'\x01'))),
 'sslv3': sess(0x300, b'\x00\x2f', b'', b''),
 'tls1': sess(0x301, b'\x00\x2f', b'', b''),
 'tls11': sess(0x302, b'\x00\x2f', b'', b''),
 'dtls1': sess(0xfeff, b'\x00\x2f', b'', b''),
 'dtls12': sess(0xfefd, b'\x00\x2f', b'', b''),
 'dtls-bad-ver': sess(0x0100, b'\x00\x2f', b'', b''),
 'unknown-protocol': sess(0x03ff, b'\x00\x2f', b'', b''),
 'ticket-15': sess(0x304, b'\x13\x01', b'', b'', x(10,o(bytes(15)))),
 'ticket-16': sess(0x304, b'\x13\x01', b'', b'', x(10,o(bytes(16)))),
 'ticket-17-spaces': sess(0x304, b'\x13\x01', b'', b'', x(10,o(b'\x20'*17))),
 'ticket-empty': sess(0x304, b'\x13\x01', b'', b'', x(10,o(b''))),
 'negative-time-compression-ticket': sess(0x303, b'\x00\x2f', b'\x01', b'\x02', x(1,i(-5)), x(2,i(-7)), x(6,o(b'')), x(9,i(5)), x(10,o(b'ab')), x(11,o(b'\x07')), x(13,i(2))),
 'empty-psk-hint': sess(0x304, b'\x13\x01', b'', b'', x(5,i(-1)), x(7,o(b'')), x(15,i(0xffffffff))),
 'verify-codes': sess(0x303, b'\xcc\xa8', b'\xff', b'', x(5,i(20))),
}
for n,v in V.items(): print('    { "%s", "%s" },' % (n, v.hex()))
