import random, sys
# Random mutations of valid session encodings, one hex line each (usage: d2i-mutate.py SEED COUNT).
import os
exec(open(os.path.join(os.path.dirname(__file__), 'd2i-cases.py')).read().split("cases = {")[0])
def sess(proto, cid, sid, mk, *extra): return seq(i(1), i(proto), o(cid), o(sid), o(mk), *extra)
seeds = [
 sess(0x304, b'\x13\x01', b'\xaa\xbb', b'\x01\x02\x03'),
 sess(0x303, b'\xc0\x2c', bytes(range(32)), bytes(range(48)), x(1,i(1700000000)), x(2,i(7200)), x(4,o(b'ctx')), x(5,i(18)), x(6,o(b'host.example')), x(7,o(b'hint')), x(8,o(b'ident')), x(9,i(7200)), x(10,o(bytes(range(0x40,0x40+70)))), x(12,o(b'srpuser')), x(13,i(1)), x(16,o(b'h2')), x(19,i(29))),
 sess(0x304, b'\x13\x02', bytes(range(32)), bytes(range(48)), x(1,i(1700000000)), x(2,i(7200)), x(9,i(1)), x(10,o(bytes(range(16)))), x(11,o(b'\x01')), x(14,i(0xb286bba2)), x(15,i(16384)), x(17,i(255)), x(18,o(b'app')), x(19,i(29))),
 bytes.fromhex('305c02010102020304040213010404aabbccdd0403010203a10602046553f100a20402021c20a40404025152a503020101a60d040b6578616d706c652e636f6daf0402024000b00404026832b104020200ffb2050403617070b303020100'),
]
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
for _ in range(N):
    b = bytearray(random.choice(seeds))
    for _ in range(random.choice([1,1,1,2,3])):
        op = random.randrange(7); k = random.randrange(len(b)) if b else 0
        if not b: break
        if op == 0: b[k] ^= 1 << random.randrange(8)
        elif op == 1: b[k] = random.randrange(256)
        elif op == 2: del b[random.randrange(1, len(b)+1):]
        elif op == 3: b.insert(k, random.randrange(256))
        elif op == 4: del b[k]
        elif op == 5: b[k] = (b[k] + random.choice([-1,1,0x80,-0x80])) & 255
        else:
            j = random.randrange(len(b)); b[k:k] = b[j:j+random.randrange(1,6)]
    print(b.hex())
