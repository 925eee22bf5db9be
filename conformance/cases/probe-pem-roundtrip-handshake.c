/* A handshake session (client and server side, TLS 1.2 tickets, TLS 1.2 ids,
 * TLS 1.3) written as PEM to a memory BIO and read back: every getter of the
 * copy agrees with the original; only deterministic facts are printed
 * (lengths, equality, flags). The copy is never cached and has its own ref. */
#include <openssl/ssl.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <string.h>

static long num(SSL_SESSION *s) { return s ? (long)SSL_SESSION_get_ex_data(s, 1) : 0; }

static void compare(const char *label, SSL_SESSION *a) {
    BIO *bio = BIO_new(BIO_s_mem());
    SSL_SESSION *b;
    unsigned int alen, blen, aclen, bclen;
    const unsigned char *aid, *bid, *actx, *bctx;
    const unsigned char *atick, *btick;
    size_t atlen, btlen;
    unsigned char akey[64], bkey[64];
    size_t aklen, bklen;
    int w = PEM_write_bio_SSL_SESSION(bio, a);
    b = PEM_read_bio_SSL_SESSION(bio, NULL, NULL, NULL);
    printf("%s #%ld: write %d, read #%ld\n", label, num(a), w, num(b));
    aid = SSL_SESSION_get_id(a, &alen);
    bid = SSL_SESSION_get_id(b, &blen);
    actx = SSL_SESSION_get0_id_context(a, &aclen);
    bctx = SSL_SESSION_get0_id_context(b, &bclen);
    SSL_SESSION_get0_ticket(a, &atick, &atlen);
    SSL_SESSION_get0_ticket(b, &btick, &btlen);
    aklen = SSL_SESSION_get_master_key(a, akey, sizeof(akey));
    bklen = SSL_SESSION_get_master_key(b, bkey, sizeof(bkey));
    printf("  version %x/%x cipher %s/%s\n", SSL_SESSION_get_protocol_version(a), SSL_SESSION_get_protocol_version(b),
           SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(a)), SSL_CIPHER_get_name(SSL_SESSION_get0_cipher(b)));
    printf("  id %u/%u same %d; id ctx %u/%u; key %zu/%zu same %d\n", alen, blen, alen == blen && memcmp(aid, bid, alen) == 0,
           aclen, bclen, aklen, bklen, aklen == bklen && memcmp(akey, bkey, aklen) == 0);
    printf("  ticket %zu/%zu same %d; has_ticket %d/%d; hint %lu/%lu\n", atlen, btlen,
           atlen == btlen && (atlen == 0 || memcmp(atick, btick, atlen) == 0), SSL_SESSION_has_ticket(a),
           SSL_SESSION_has_ticket(b), SSL_SESSION_get_ticket_lifetime_hint(a), SSL_SESSION_get_ticket_lifetime_hint(b));
    printf("  time same %d; timeout %ld/%ld; peer %d/%d; resumable %d/%d; max_early %u/%u\n",
           SSL_SESSION_get_time(a) == SSL_SESSION_get_time(b), SSL_SESSION_get_timeout(a), SSL_SESSION_get_timeout(b),
           SSL_SESSION_get0_peer(a) != NULL, SSL_SESSION_get0_peer(b) != NULL, SSL_SESSION_is_resumable(a),
           SSL_SESSION_is_resumable(b), SSL_SESSION_get_max_early_data(a), SSL_SESSION_get_max_early_data(b));
    SSL_SESSION_free(b);
    BIO_free(bio);
}

static void trial(const char *label, int version, int no_ticket) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    int r;
    printf(">> %s\n", label);
    SSL_CTX_set_max_proto_version(cctx, version);
    if (no_ticket)
        SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    SSL_CTX_set_session_id_context(sctx, (const unsigned char *)"lab", 3);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d\n", r);
    compare("client", SSL_get0_session(c));
    compare("server", SSL_get0_session(s));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
}

int main(void) {
    trial("TLS 1.2 tickets", TLS1_2_VERSION, 0);
    trial("TLS 1.2 session ids", TLS1_2_VERSION, 1);
    trial("TLS 1.3", TLS1_3_VERSION, 0);
    return 0;
}
