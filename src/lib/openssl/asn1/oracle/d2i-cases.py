# Hand-built SSL_SESSION DER cases (names, or hex lines with no argument) for d2i-harness.c.
import sys
def L(n):
    if n < 128: return bytes([n])
    b = n.to_bytes((n.bit_length()+7)//8,'big'); return bytes([0x80|len(b)])+b
def tlv(t, c): return bytes([t])+L(len(c))+c
def seq(*xs): return tlv(0x30, b''.join(xs))
def i(v, raw=None): return tlv(2, raw if raw is not None else v.to_bytes(max(1,(v.bit_length()+8)//8),'big',signed=True))
def o(b): return tlv(4,b)
def x(n, inner): return tlv(0xa0+n, inner)
base = [i(1), i(0x304), o(b'\x13\x01'), o(b'\x01\x02\x03\x04'), o(b'\x09')]
def S(*extra, b=None): return seq(*((b or base)+list(extra)))
cases = {
 'ok': S(),
 'trunc1': S()[:-1],
 'trunc_hdr': S()[:1],
 'outer31': b'\x31'+S()[1:],
 'ver_octet': seq(o(b'\x01'), *base[1:]),
 'ver_nonmin': seq(i(0,raw=b'\x00\x01'), *base[1:]),
 'ver_neg': seq(i(-1), *base[1:]),
 'ver_empty': seq(i(0,raw=b''), *base[1:]),
 'ver_big': seq(i(1<<32), *base[1:]),
 'proto_big': seq(base[0], i(1<<31), *base[2:]),
 'proto_neg': seq(base[0], i(-1), *base[2:]),
 'proto_0100': seq(base[0], i(0x100), *base[2:]),
 'proto_feff': seq(base[0], i(0xfeff), *base[2:]),
 'cipher_c02c': seq(base[0], i(0x303), o(b'\xc0\x2c'), *base[3:]),
 'cipher_empty': seq(base[0], base[1], o(b''), *base[3:]),
 'missing_mk': seq(*base[:4]),
 'expl_mismatch': S(x(1, i(5)+b'\x00')),
 'expl_inner_wrongtag': S(x(1, o(b'\x05'))),
 'extra_unknown_tag': S(tlv(0xb4, i(0))),
 'out_of_order': S(x(2,i(5)), x(1,i(5))),
 'dup': S(x(1,i(5)), x(1,i(6))),
 'trailing_in_seq': S(b'\x05\x00'),
 'indef_outer': b'\x30\x80'+b''.join(base)+b'\x00\x00',
 'cons_octet_id': seq(*base[:3], tlv(0x24, o(b'\x01\x02')+o(b'\x03')), base[4]),
 'longform_len': b'\x30\x81'+bytes([len(b''.join(base))])+b''.join(base),
 'longform_len2': b'\x30\x82\x00'+bytes([len(b''.join(base))])+b''.join(base),
 'time_neg': S(x(1,i(-5))),
 'time_big': S(x(1,i(1<<62))),
 'time_toobig': S(x(1,i(1<<63))),
 'time_zero': S(x(1,i(0))),
 'timeout_neg': S(x(2,i(-7))),
 'timeout_zero': S(x(2,i(0))),
 'comp2': S(x(11,o(b'\x01\x02'))),
 'comp1': S(x(11,o(b'\x01'))),
 'comp0': S(x(11,o(b''))),
 'host_nul': S(x(6,o(b'a\x00b'))),
 'host_empty': S(x(6,o(b''))),
 'alpn_empty': S(x(16,o(b''))),
 'appdata_empty': S(x(18,o(b''))),
 'ticket_empty': S(x(10,o(b''))),
 'keyarg': S(tlv(0x80,b'\xaa\xbb')),
 'keyarg_cons': S(tlv(0xa0,o(b'\xaa'))),
 'sidctx33': S(x(4,o(bytes(33)))),
 'mk513': seq(*base[:4], o(bytes(513))),
 'mk512': seq(*base[:4], o(bytes(512))),
 'verify_big': S(x(5,i(1<<31))),
 'verify_neg': S(x(5,i(-1))),
 'hint_big': S(x(9,i((1<<64)-1))),
 'hint_neg': S(x(9,i(-1))),
 'flags_big': S(x(13,i((1<<32)+1))),
 'ageadd_big': S(x(14,i(1<<32))),
 'maxfrag': S(x(17,i(3))),
 'kex_neg': S(x(19,i(-1))),
 'int_zero_len': S(x(2,b'\x02\x00')),
 'hightag': S(b'\xbf\x1f\x03\x02\x01\x00'),
 'psk': S(x(7,o(b'hint')), x(8,o(b'ident')), x(12,o(b'srp'))),
 'peer_garbage': S(x(3, seq(i(1)))),
 'octet_as_int_tag': S(x(6,i(5))),
 'expl_prim': S(tlv(0x81,i(5))),
 'len_indef_prim': seq(base[0], b'\x02\x80\x01\x00\x00', *base[2:]),
 'zero_id_longform': seq(*base[:3], b'\x04\x81\x00', base[4]),
 'expl_indef': S(b'\xa1\x80'+i(5)+b'\x00\x00'),
 'sid33': seq(*base[:3], o(bytes(33)), base[4]),
 'bool_tag': S(tlv(1,b'\x00')),
}
names = list(cases)
if len(sys.argv) > 1 and sys.argv[1] == 'names': print('\n'.join(names))
else: print('\n'.join(cases[k].hex() for k in names))
