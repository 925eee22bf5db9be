/* SSL_has_matching_session_id keys on the SSL's current protocol version: a
 * fresh SSL reports 0x304 even after SSL_set_max_proto_version(TLS1_2), so it
 * does not see a cached TLS 1.2 session; a server SSL after a TLS 1.2
 * handshake (version 0x303) does. Length > 32 and length 0 return 0. */
#include <openssl/ssl.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s, *fresh;
    SSL_SESSION *m = SSL_SESSION_new();
    unsigned char id[40];
    const unsigned char *sid;
    unsigned int sid_len;
    int r;
    memset(id, 0x22, sizeof(id));
    SSL_SESSION_set1_id(m, id, 32);
    SSL_SESSION_set_protocol_version(m, TLS1_2_VERSION);
    SSL_CTX_add_session(sctx, m);
    fresh = SSL_new(sctx);
    printf("fresh version 0x%x: matching %d\n", SSL_version(fresh), SSL_has_matching_session_id(fresh, id, 32));
    r = SSL_set_max_proto_version(fresh, TLS1_2_VERSION);
    printf("set_max_proto_version -> %d, version 0x%x: matching %d\n", r, SSL_version(fresh),
           SSL_has_matching_session_id(fresh, id, 32));
    SSL_SESSION_set_protocol_version(m, TLS1_3_VERSION);
    printf("after set_protocol_version(m, TLS1_3) on the cached session: matching %d\n",
           SSL_has_matching_session_id(fresh, id, 32));
    SSL_SESSION_set_protocol_version(m, TLS1_2_VERSION);
    printf(">> TLS 1.2 handshake with session ids\n");
    SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);
    SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    r = connect_pair(c, s);
    printf("connect_pair -> %d, server version 0x%x, client version 0x%x\n", r, SSL_version(s), SSL_version(c));
    sid = SSL_SESSION_get_id(SSL_get0_session(s), &sid_len);
    printf("server SSL: planted id %d, own id %d, own id len 40 %d, len 0 %d\n", SSL_has_matching_session_id(s, id, 32),
           SSL_has_matching_session_id(s, sid, sid_len), SSL_has_matching_session_id(s, sid, 40),
           SSL_has_matching_session_id(s, sid, 0));
    printf("fresh SSL: own id %d\n", SSL_has_matching_session_id(fresh, sid, sid_len));
    printf("client SSL (its ctx caches nothing): %d\n", SSL_has_matching_session_id(c, sid, sid_len));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_free(fresh);
    SSL_SESSION_free(m);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
