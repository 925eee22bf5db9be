/* Sweep template: mutate one byte of a DER-encoded session at every position
 * (MUT: 0 xor 0x01, 1 set 0x00, 2 set 0xff, 3 xor 0x80, 4 truncate at the
 * position) and report what d2i_SSL_SESSION makes of it. FIELDS picks which
 * optional fields the session carries. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

#define MUT 0
#define FIELDS 1
#define PROTO TLS1_3_VERSION

static unsigned long sum(const unsigned char *p, int n) {
    unsigned long h = 5381;
    int i;
    for (i = 0; i < n; i++) h = (h * 33 + p[i]) & 0xffffffUL;
    return h;
}

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new(), *t;
    unsigned char buf[1024], m[1024], re[1024], key[48], id[32];
    unsigned char *p;
    const unsigned char *q;
    const unsigned char cs13[2] = { 0x13, 0x02 };
    const unsigned char cs12[2] = { 0xc0, 0x2f };
    unsigned int len;
    int n, i, k, r;
    unsigned long e;

    for (i = 0; i < 48; i++) key[i] = (unsigned char)(i + 1);
    for (i = 0; i < 32; i++) id[i] = (unsigned char)(0xa0 + i);
    SSL_SESSION_set_protocol_version(s, PROTO);
    SSL_SESSION_set_cipher(s, SSL_CIPHER_find(ssl, PROTO == TLS1_3_VERSION ? cs13 : cs12));
    SSL_SESSION_set1_id(s, id, FIELDS & 4 ? 0 : 32);
    SSL_SESSION_set1_master_key(s, key, 48);
    SSL_SESSION_set_time(s, 1700000000);
    SSL_SESSION_set_timeout(s, FIELDS & 8 ? 0 : 7200);
    if (FIELDS & 1) {
        SSL_SESSION_set1_hostname(s, "h.example");
        SSL_SESSION_set1_alpn_selected(s, (const unsigned char *)"h2", 2);
        SSL_SESSION_set1_id_context(s, (const unsigned char *)"ctx", 3);
    }
    if (FIELDS & 2) {
        SSL_SESSION_set_max_early_data(s, 16384);
        SSL_SESSION_set1_ticket_appdata(s, "appdata", 7);
    }
    p = buf;
    n = i2d_SSL_SESSION(s, &p);
    printf("encoded %d bytes sum %06lx\n", n, sum(buf, n));
    for (i = 0; i < n; i++) {
        memcpy(m, buf, n);
        k = n;
        if (MUT == 0) m[i] ^= 0x01;
        if (MUT == 1) m[i] = 0x00;
        if (MUT == 2) m[i] = 0xff;
        if (MUT == 3) m[i] ^= 0x80;
        if (MUT == 4) k = i;
        if (MUT != 4 && m[i] == buf[i]) continue;
        q = m;
        t = d2i_SSL_SESSION(NULL, &q, k);
        if (t == NULL) {
            e = ERR_peek_error();
            printf("%3d %02x: fail lib=%d reason=%d (%s) advanced %d\n", i, m[i], ERR_GET_LIB(e), ERR_GET_REASON(e),
                   e ? ERR_reason_error_string(e) : "-", (int)(q - m));
            ERR_clear_error();
            continue;
        }
        p = re;
        r = i2d_SSL_SESSION(t, &p);
        SSL_SESSION_get_id(t, &len);
        /* an absent time becomes "now": print only whether it is the encoded one, and no checksum then */
        printf("%3d %02x: ok adv %d proto %x idlen %u time %s timeout %ld early %u resumable %d re-encode %d sum %06lx\n", i, m[i],
               (int)(q - m), SSL_SESSION_get_protocol_version(t), len, SSL_SESSION_get_time(t) == 1700000000 ? "kept" : "other",
               SSL_SESSION_get_timeout(t), SSL_SESSION_get_max_early_data(t), SSL_SESSION_is_resumable(t), r,
               r > 0 && SSL_SESSION_get_time(t) == 1700000000 ? sum(re, r) : 0UL);
        ERR_clear_error();
        SSL_SESSION_free(t);
    }
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    return 0;
}
