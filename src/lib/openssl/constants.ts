/** Real OpenSSL 3.0 values of the constants snippets use (openssl/ssl.h, sslerr.h, err.h). */

export const SSL_SESS_CACHE_OFF = 0x0000;
export const SSL_SESS_CACHE_CLIENT = 0x0001;
export const SSL_SESS_CACHE_SERVER = 0x0002;
export const SSL_SESS_CACHE_BOTH = 0x0003;
export const SSL_SESS_CACHE_NO_AUTO_CLEAR = 0x0080;
export const SSL_SESS_CACHE_NO_INTERNAL_LOOKUP = 0x0100;
export const SSL_SESS_CACHE_NO_INTERNAL_STORE = 0x0200;
export const SSL_SESS_CACHE_NO_INTERNAL = 0x0300;
export const SSL_SESS_CACHE_UPDATE_TIME = 0x0400;

export const SSL_OP_ALLOW_CLIENT_RENEGOTIATION = 0x100; // SSL_OP_BIT(8)
export const SSL_OP_NO_TICKET = 0x4000; // SSL_OP_BIT(14)

export const TLS1_VERSION = 0x0301;
export const TLS1_1_VERSION = 0x0302;
export const TLS1_2_VERSION = 0x0303;
export const TLS1_3_VERSION = 0x0304;

export const SSL_VERIFY_NONE = 0x00;
export const SSL_VERIFY_PEER = 0x01;
export const SSL_VERIFY_FAIL_IF_NO_PEER_CERT = 0x02;
export const SSL_VERIFY_CLIENT_ONCE = 0x04;
export const SSL_VERIFY_POST_HANDSHAKE = 0x08;

export const SSL_SENT_SHUTDOWN = 1;
export const SSL_RECEIVED_SHUTDOWN = 2;

export const SSL_ERROR_NONE = 0;
export const SSL_ERROR_SSL = 1;
export const SSL_ERROR_WANT_READ = 2;
export const SSL_ERROR_WANT_WRITE = 3;
export const SSL_ERROR_WANT_X509_LOOKUP = 4;
export const SSL_ERROR_SYSCALL = 5;
export const SSL_ERROR_ZERO_RETURN = 6;
export const SSL_ERROR_WANT_CONNECT = 7;
export const SSL_ERROR_WANT_ACCEPT = 8;
export const SSL_ERROR_WANT_ASYNC = 9;
export const SSL_ERROR_WANT_ASYNC_JOB = 10;
export const SSL_ERROR_WANT_CLIENT_HELLO_CB = 11;
export const SSL_ERROR_WANT_RETRY_VERIFY = 12;

export const SSL_MAX_SSL_SESSION_ID_LENGTH = 32;
export const SSL_MAX_SID_CTX_LENGTH = 32;
export const SSL_MAX_MASTER_KEY_LENGTH = 512;

/** ERR library and reason codes the engine queues (asn1 turns them into ERR_* / reason strings). */
export const ERR_LIB_SSL = 20;
export const ERR_R_INTERNAL_ERROR = 0xc0103; // (ERR_R_FATAL | 259) as in err.h
export const SSL_R_NO_METHOD_SPECIFIED = 188;
export const SSL_R_NULL_SSL_CTX = 195;
export const SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG = 273;
export const SSL_R_UNINITIALIZED = 276;
export const SSL_R_SSL_SESSION_ID_HAS_BAD_LENGTH = 303;
export const SSL_R_SSL_SESSION_ID_TOO_LONG = 408;

// SSL_CTX_ctrl / SSL_ctrl commands (ssl.h values of OpenSSL 3.0).
export const SSL_CTRL_SESS_NUMBER = 20;
export const SSL_CTRL_SESS_CONNECT = 21; // 21..31: the statistics in STAT_NAMES order
export const SSL_CTRL_MODE = 33;
export const SSL_CTRL_GET_READ_AHEAD = 40;
export const SSL_CTRL_SET_READ_AHEAD = 41;
export const SSL_CTRL_SET_SESS_CACHE_SIZE = 42;
export const SSL_CTRL_GET_SESS_CACHE_SIZE = 43;
export const SSL_CTRL_SET_SESS_CACHE_MODE = 44;
export const SSL_CTRL_GET_SESS_CACHE_MODE = 45;
export const SSL_CTRL_GET_MAX_CERT_LIST = 50;
export const SSL_CTRL_SET_MAX_CERT_LIST = 51;
export const SSL_CTRL_CLEAR_MODE = 78;
export const SSL_CTRL_SET_MIN_PROTO_VERSION = 123;
export const SSL_CTRL_SET_MAX_PROTO_VERSION = 124;
export const SSL_CTRL_GET_MIN_PROTO_VERSION = 130;
export const SSL_CTRL_GET_MAX_PROTO_VERSION = 131;
