/* Sweep template: one Library call with a NULL argument (WHICH picks it).
 * Prints the result, or real OpenSSL stops with a null dereference. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <stdio.h>

#define WHICH 0

int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL *ssl = SSL_new(ctx);
    SSL_SESSION *s = SSL_SESSION_new();
    unsigned char buf[64];
    unsigned char *p = buf;
    const unsigned char *cp = buf;
    unsigned int len = 7;
    size_t sz = 7;
    long r = -99;
    memset(buf, 1, sizeof(buf));
    SSL_SESSION_set1_id(s, buf, 32);
    printf("case %d\n", WHICH);
    switch (WHICH) {
    case 0: r = SSL_CTX_up_ref(NULL); break;
    case 1: r = SSL_CTX_set_session_cache_mode(NULL, 2); break;
    case 2: r = SSL_CTX_get_session_cache_mode(NULL); break;
    case 3: r = SSL_CTX_set_session_id_context(NULL, buf, 4); break;
    case 4: r = SSL_CTX_set_session_id_context(ctx, NULL, 0); break;
    case 5: r = SSL_CTX_set_options(NULL, SSL_OP_NO_TICKET); break;
    case 6: r = SSL_CTX_set_max_proto_version(NULL, TLS1_2_VERSION); break;
    case 7: r = SSL_CTX_set_num_tickets(NULL, 3); break;
    case 8: r = SSL_CTX_get_num_tickets(NULL); break;
    case 9: SSL_CTX_sess_set_new_cb(NULL, NULL); r = 0; break;
    case 10: SSL_CTX_sess_set_remove_cb(ctx, NULL); r = 0; break;
    case 11: r = SSL_CTX_add_session(NULL, s); break;
    case 12: r = SSL_CTX_add_session(ctx, NULL); break;
    case 13: r = SSL_CTX_remove_session(NULL, s); break;
    case 14: SSL_CTX_flush_sessions(NULL, 0); r = 0; break;
    case 15: r = SSL_CTX_sess_hits(NULL) + SSL_CTX_sess_misses(NULL) + SSL_CTX_sess_cache_full(NULL); break;
    case 16: r = SSL_CTX_sess_connect(NULL) + SSL_CTX_sess_accept_good(NULL) + SSL_CTX_sess_timeouts(NULL); break;
    case 17: r = SSL_new(NULL) == NULL; break;
    case 18: r = SSL_clear(NULL); break;
    case 19: r = SSL_get_SSL_CTX(NULL) == NULL; break;
    case 20: r = SSL_set_SSL_CTX(ssl, NULL) == ctx; break;
    case 21: r = SSL_set_session(NULL, s); break;
    case 22: r = SSL_get_session(NULL) == NULL; break;
    case 23: r = SSL_get1_session(NULL) == NULL; break;
    case 24: r = SSL_session_reused(NULL); break;
    case 25: r = SSL_copy_session_id(ssl, NULL); break;
    case 26: r = SSL_has_matching_session_id(ssl, NULL, 0); break;
    case 27: r = SSL_has_matching_session_id(NULL, buf, 4); break;
    case 28: r = SSL_set_session_id_context(ssl, NULL, 0); break;
    case 29: r = SSL_version(NULL); break;
    case 30: r = SSL_get_default_timeout(NULL); break;
    case 31: r = SSL_SESSION_up_ref(NULL); break;
    case 32: r = SSL_SESSION_dup(NULL) == NULL; break;
    case 33: r = SSL_SESSION_get_id(NULL, &len) == NULL; break;
    case 34: r = SSL_SESSION_get_id(s, NULL) != NULL; break;
    case 35: r = SSL_SESSION_set1_id(NULL, buf, 4); break;
    case 36: r = SSL_SESSION_set1_id(s, NULL, 0); break;
    case 37: r = SSL_SESSION_get0_id_context(NULL, &len) == NULL; break;
    case 38: r = SSL_SESSION_get0_id_context(s, NULL) != NULL; break;
    case 39: r = SSL_SESSION_set1_id_context(s, NULL, 0); break;
    case 40: r = SSL_SESSION_get_master_key(NULL, buf, 8); break;
    case 41: r = SSL_SESSION_get_master_key(s, NULL, 0); break;
    case 42: r = SSL_SESSION_set1_master_key(s, NULL, 0); break;
    case 43: r = SSL_SESSION_set_protocol_version(NULL, TLS1_2_VERSION); break;
    case 44: r = SSL_SESSION_get0_cipher(NULL) == NULL; break;
    case 45: r = SSL_SESSION_set_cipher(s, NULL); break;
    case 46: r = SSL_SESSION_is_resumable(NULL); break;
    case 47: r = SSL_SESSION_has_ticket(NULL); break;
    case 48: SSL_SESSION_get0_ticket(s, NULL, &sz); r = (long)sz; break;
    case 49: r = SSL_SESSION_get_ticket_lifetime_hint(NULL); break;
    case 50: r = SSL_SESSION_get_max_early_data(NULL); break;
    case 51: r = SSL_SESSION_set_max_early_data(NULL, 5); break;
    case 52: r = SSL_SESSION_get0_hostname(NULL) == NULL; break;
    case 53: r = SSL_SESSION_set1_hostname(s, NULL); break;
    case 54: r = SSL_SESSION_set1_hostname(NULL, "x"); break;
    case 55: r = SSL_SESSION_set1_alpn_selected(s, NULL, 3); break;
    case 56: r = SSL_SESSION_get0_peer(NULL) == NULL; break;
    case 57: r = SSL_SESSION_get_compress_id(NULL); break;
    case 58: r = SSL_SESSION_set1_ticket_appdata(s, NULL, 5); break;
    case 59: r = SSL_SESSION_get_ex_data(NULL, 1) == NULL; break;
    case 60: r = SSL_SESSION_set_ex_data(NULL, 2, NULL); break;
    case 61: r = SSL_SESSION_print_fp(stdout, NULL); break;
    case 62: r = i2d_SSL_SESSION(NULL, &p); break;
    case 63: r = i2d_SSL_SESSION(s, NULL); break;
    case 64: r = d2i_SSL_SESSION(NULL, NULL, 10) == NULL; break;
    case 65: r = d2i_SSL_SESSION(NULL, &cp, 0) == NULL; break;
    case 66: r = PEM_write_bio_SSL_SESSION(NULL, s); break;
    case 67: r = BIO_free(NULL); break;
    case 68: r = SSL_SESSION_get_time(NULL) + SSL_SESSION_get_timeout(NULL); break;
    case 69: r = SSL_get0_session(NULL) == NULL; break;
    case 70: r = SSL_CTX_set_timeout(ctx, -5) + SSL_CTX_get_timeout(ctx); break;
    case 71: r = SSL_shutdown(NULL); break;
    case 72: r = SSL_do_handshake(NULL); break;
    case 73: r = SSL_get_shutdown(NULL); break;
    case 74: r = SSL_renegotiate(NULL); break;
    case 75: r = SSL_set_max_proto_version(NULL, TLS1_2_VERSION); break;
    case 76: r = SSL_CIPHER_get_name(NULL) == NULL; break;
    case 77: r = SSL_CIPHER_find(ssl, NULL) == NULL; break;
    case 78: SSL_SESSION_get0_alpn_selected(NULL, &cp, &sz); r = 1; break;
    case 79: r = SSL_SESSION_get0_ticket_appdata(NULL, NULL, NULL); break;
    case 80: r = SSL_new_session_ticket(NULL); break;
    case 81: r = SSL_CTX_set_min_proto_version(NULL, TLS1_2_VERSION); break;
    case 82: r = SSL_CTX_set_max_early_data(NULL, 5); break;
    case 83: SSL_CTX_set_verify(NULL, SSL_VERIFY_PEER, NULL); r = 0; break;
    case 84: r = SSL_SESSION_get_protocol_version(s); break;
    }
    printf("r=%ld err=%lu\n", r, ERR_get_error());
    SSL_SESSION_free(s);
    SSL_free(ssl);
    SSL_CTX_free(ctx);
    printf("-- end\n");
    return 0;
}
