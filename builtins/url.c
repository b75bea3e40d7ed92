/* url.c - URL and transfer encodings (ext/standard url.c, http.c, base64.c
 * and parse_str's variable registration): base64_encode/decode,
 * urlencode/rawurlencode and their decoders, http_build_query, parse_str
 * and parse_url, each following PHP 8.2's byte-level rules. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* ---- base64 (RFC 4648) ---- */

static const char b64_chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* base64_encode(string $string): string */
static void bi_base64_encode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const unsigned char *p = (const unsigned char *)argv[0].u.s->data;
    size_t n = argv[0].u.s->len;
    mp_str *s = mp_str_alloc(vm, (n + 2) / 3 * 4);
    char *o = s->data;
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n) v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n) v |= p[i + 2];
        *o++ = b64_chars[v >> 18];
        *o++ = b64_chars[(v >> 12) & 63];
        *o++ = i + 1 < n ? b64_chars[(v >> 6) & 63] : '=';
        *o++ = i + 2 < n ? b64_chars[v & 63] : '=';
    }
    *ret = mp_v_str(s);
}

/* The 6-bit value of C; -1 for whitespace PHP skips even in strict mode
 * (tab, LF, CR, space), -2 for anything else. */
static int b64_value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ') return -1;
    return -2;
}

/* base64_decode(string $string, bool $strict = false): string|false --
 * lenient mode skips every foreign byte and '=' anywhere; strict mode
 * rejects foreign bytes, data after padding, a lone last character and
 * wrong padding (but accepts none) */
static void bi_base64_decode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int strict = argc > 1 && argv[1].type == MP_T_TRUE;
    const unsigned char *p = (const unsigned char *)argv[0].u.s->data;
    size_t n = argv[0].u.s->len, i = 0, pad = 0, j = 0;
    mp_str *s = mp_str_alloc(vm, n / 4 * 3 + 3);
    unsigned char *o = (unsigned char *)s->data;
    for (size_t k = 0; k < n; k++) {
        if (p[k] == '=') { pad++; continue; }
        int c = b64_value(p[k]);
        if (c == -1 || (c == -2 && !strict)) continue;
        if (strict && (c == -2 || pad)) { *ret = mp_v_bool(0); return; }
        switch (i % 4) {
        case 0: o[j] = (unsigned char)(c << 2); break;
        case 1: o[j++] |= (unsigned char)(c >> 4); o[j] = (unsigned char)((c & 0x0f) << 4); break;
        case 2: o[j++] |= (unsigned char)(c >> 2); o[j] = (unsigned char)((c & 0x03) << 6); break;
        default: o[j++] |= (unsigned char)c; break;
        }
        i++;
    }
    if (strict && (i % 4 == 1 || (pad && (pad > 2 || (i + pad) % 4 != 0)))) {
        *ret = mp_v_bool(0);
        return;
    }
    s->len = j;
    s->data[j] = '\0';
    *ret = mp_v_str(s);
}

/* ---- percent-encoding ---- */

/* Append S percent-encoded: only alphanumerics and "-_." stay (plus "~"
 * when RAW, RFC 3986); a space is "+" unless RAW (RFC 1738 forms). */
static void url_encode_to(mp_buf *b, const char *s, size_t n, int raw)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c == '-' || c == '_' || c == '.' || (raw && c == '~')) {
            mp_buf_addc(b, (char)c);
        } else if (c == ' ' && !raw) {
            mp_buf_addc(b, '+');
        } else {
            char e[3] = { '%', hex[c >> 4], hex[c & 15] };
            mp_buf_add(b, e, 3);
        }
    }
}

static int hexval(unsigned char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Decode %XX (and "+" unless RAW) of S into a new string. A "%" not
 * followed by two hex digits stays as it is. */
static mp_str *url_decode(mp_vm *vm, const char *s, size_t n, int raw)
{
    mp_str *r = mp_str_alloc(vm, n);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '+' && !raw) {
            r->data[j++] = ' ';
        } else if (c == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) && isxdigit((unsigned char)s[i + 2])) {
            r->data[j++] = (char)(hexval((unsigned char)s[i + 1]) * 16 + hexval((unsigned char)s[i + 2]));
            i += 2;
        } else {
            r->data[j++] = (char)c;
        }
    }
    r->len = j;
    r->data[j] = '\0';
    return r;
}

static mp_val encode_val(mp_vm *vm, const mp_str *s, int raw)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    url_encode_to(&b, s->data, s->len, raw);
    return mp_v_str(mp_buf_finish(&b));
}

/* urlencode(string $string): string */
static void bi_urlencode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = encode_val(vm, argv[0].u.s, 0); }
/* rawurlencode(string $string): string */
static void bi_rawurlencode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = encode_val(vm, argv[0].u.s, 1); }
/* urldecode(string $string): string */
static void bi_urldecode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_str(url_decode(vm, argv[0].u.s->data, argv[0].u.s->len, 0));
}
/* rawurldecode(string $string): string */
static void bi_rawurldecode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_str(url_decode(vm, argv[0].u.s->data, argv[0].u.s->len, 1));
}

/* ---- http_build_query ---- */

enum { QUERY_RFC1738 = 1, QUERY_RFC3986 = 2 };

/* State of one http_build_query() call. */
typedef struct query_ctx {
    mp_vm    *vm;
    mp_buf    out;
    int       started;       /* something was written: the next pair needs a separator */
    const char *sep;         /* arg_separator */
    size_t    seplen;
    int       raw;           /* PHP_QUERY_RFC3986 */
    const mp_array *stack[64]; /* arrays being encoded (a reference cycle is skipped) */
    int       depth;
} query_ctx;

/* Encode the pairs of A. PREFIX is the already-encoded "outer%5Bkey" text
 * (NULL at the top), NUMPFX the numeric_prefix for top-level int keys. */
static void query_encode(query_ctx *q, const mp_array *a, const mp_str *prefix, const mp_str *numpfx)
{
    for (int i = 0; i < q->depth; i++)
        if (q->stack[i] == a) return;
    if (q->depth == (int)(sizeof q->stack / sizeof q->stack[0])) return;
    q->stack[q->depth++] = a;
    mp_key k;
    mp_val *slot;
    for (uint32_t pos = 0; mp_array_next(a, &pos, &k, &slot); ) {
        mp_val v = *mp_deref(slot);
        /* the key as it appears: prefix "[" key "]" for nested arrays */
        mp_buf key;
        mp_buf_init(&key, q->vm);
        if (prefix) mp_buf_add(&key, prefix->data, prefix->len);
        if (k.s) {
            url_encode_to(&key, k.s->data, k.s->len, q->raw);
        } else {
            if (numpfx) mp_buf_add(&key, numpfx->data, numpfx->len);
            mp_buf_printf(&key, "%lld", (long long)k.i);
        }
        if (prefix) mp_buf_add(&key, "%5D", 3);
        if (v.type == MP_T_ARRAY || v.type == MP_T_OBJECT) {
            /* OBJECTS: objects contribute their visible properties */
            if (v.type == MP_T_OBJECT) continue;
            mp_buf_add(&key, "%5B", 3);
            mp_str *np = mp_buf_finish(&key);
            query_encode(q, v.u.a, np, NULL);
            continue;
        }
        if (v.type == MP_T_NULL || v.type == MP_T_UNDEF) continue;
        if (q->started) mp_buf_add(&q->out, q->sep, q->seplen);
        q->started = 1;
        mp_str *ks = mp_buf_finish(&key);
        mp_buf_add(&q->out, ks->data, ks->len);
        mp_buf_addc(&q->out, '=');
        char num[64];
        switch (v.type) {
        case MP_T_STRING: url_encode_to(&q->out, v.u.s->data, v.u.s->len, q->raw); break;
        case MP_T_INT: mp_buf_printf(&q->out, "%lld", (long long)v.u.i); break;
        case MP_T_FALSE: mp_buf_addc(&q->out, '0'); break;
        case MP_T_TRUE: mp_buf_addc(&q->out, '1'); break;
        case MP_T_FLOAT: {
            size_t n = mp_float_fmt(v.u.d, mp_precision(q->vm), num);
            url_encode_to(&q->out, num, n, q->raw);
            break;
        }
        default: break;
        }
    }
    q->depth--;
}

/* http_build_query(array|object $data, string $numeric_prefix = "",
 *                  ?string $arg_separator = null, int $encoding_type = PHP_QUERY_RFC1738): string */
static void bi_http_build_query(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argv[0].type != MP_T_ARRAY) {
        /* OBJECTS: objects are accepted (public properties) */
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "http_build_query(): Argument #1 ($data) must be of type array, %s given",
                    mp_debug_type(argv[0]));
    }
    query_ctx q;
    memset(&q, 0, sizeof q);
    q.vm = vm;
    mp_buf_init(&q.out, vm);
    const mp_str *numpfx = argc > 1 && argv[1].u.s->len ? argv[1].u.s : NULL;
    if (argc > 2 && argv[2].type == MP_T_STRING) {
        q.sep = argv[2].u.s->data;
        q.seplen = argv[2].u.s->len;
    } else {
        const char *ini = mp_ini_get(vm, "arg_separator.output");
        q.sep = ini && *ini ? ini : "&";
        q.seplen = strlen(q.sep);
    }
    q.raw = argc > 3 && argv[3].u.i == QUERY_RFC3986;
    query_encode(&q, argv[0].u.a, NULL, numpfx);
    *ret = mp_v_str(mp_buf_finish(&q.out));
}

/* ---- parse_str ---- */

/* The array in *SLOT, replacing a non-array value by a new empty array. */
static mp_array *sub_array(mp_vm *vm, mp_val *slot)
{
    mp_val *t = mp_deref(slot);
    if (t->type != MP_T_ARRAY) *t = mp_v_arr(mp_array_new(vm, 4));
    else t->u.a = mp_array_separate(vm, t->u.a);
    return t->u.a;
}

/* Store VAL under the (PHP-mangled) variable name NAME in TOP, as PHP's
 * php_register_variable_ex does: leading spaces dropped, " " and "." in
 * the base name become "_", "a[x][]" nests (one blank right after "["
 * is kept unless the key is empty), text after a "]" not followed by "[" is
 * ignored, and an unclosed "[" turns into "_" with the rest plain. */
static void register_var(mp_vm *vm, mp_array *top, const char *name, mp_val val)
{
    while (*name == ' ') name++;
    size_t len = strlen(name);
    char *var = mp_alloc_atomic(vm, len + 1);
    memcpy(var, name, len + 1);
    char *p, *ip = NULL;
    for (p = var; *p; p++) {
        if (*p == ' ' || *p == '.') *p = '_';
        else if (*p == '[') { ip = p; *p = '\0'; break; }
    }
    size_t var_len = (size_t)(p - var);
    if (var_len == 0) return;
    mp_array *sym = top;
    const char *index = var;
    size_t index_len = var_len;
    if (ip) {
        int level = 0;
        for (;;) {
            if (++level > 64) {
                /* max_input_nesting_level: the whole variable is dropped */
                mp_key k;
                mp_array_key_from_val(vm, mp_v_str(mp_str_new(vm, var, var_len)), &k);
                mp_array_delete(vm, top, k);
                return;
            }
            ip++;
            char *index_s = ip;
            if (*ip == ' ' || *ip == '\t' || *ip == '\n' || *ip == '\r') ip++;
            size_t new_len = 0;
            if (*ip == ']') {
                index_s = NULL;
            } else {
                ip = strchr(ip, ']');
                if (!ip) {
                    /* not an index: the "[" was part of the name */
                    index_s[-1] = '_';
                    for (p = index_s; *p; p++)
                        if (*p == ' ' || *p == '.' || *p == '[') *p = '_';
                    index_len = index ? strlen(index) : 0;
                    break;
                }
                *ip = '\0';
                new_len = strlen(index_s);
            }
            mp_val *slot;
            if (!index) {
                slot = mp_array_append(vm, sym, mp_v_arr(mp_array_new(vm, 4)));
                if (!slot) return;
            } else {
                mp_key k;
                mp_array_key_from_val(vm, mp_v_str(mp_str_new(vm, index, index_len)), &k);
                slot = mp_array_lookup_or_add(vm, sym, k, NULL);
            }
            sym = sub_array(vm, slot);
            index = index_s;
            index_len = new_len;
            ip++;
            if (*ip == '[') *ip = '\0';
            else break;
        }
    }
    if (!index) {
        mp_array_append(vm, sym, val);
    } else {
        mp_key k;
        mp_array_key_from_val(vm, mp_v_str(mp_str_new(vm, index, index_len)), &k);
        mp_val *slot = mp_array_lookup_or_add(vm, sym, k, NULL);
        *slot = val;
    }
}

/* Register the variables of S[0..n) in ARR as PHP fills $_GET/$_POST
 * (cookie = 0: split on arg_separator.input's characters, names and values
 * url-decoded) or $_COOKIE (cookie = 1: split on ";", leading blanks of
 * names dropped, values raw-url-decoded, names not decoded, the first of
 * two equal names kept). Read as a C string (up to a NUL byte); empty
 * pieces skipped. More than 1000 variables: the rest is dropped, with a
 * warning naming FN when FN is not NULL. */
void mp_parse_request_vars(mp_vm *vm, mp_array *arr, const char *s, size_t n, int cookie, const char *fn)
{
    const char *seps = cookie ? ";" : mp_ini_get(vm, "arg_separator.input");
    if (!seps || !*seps) seps = "&";
    const char *nul = memchr(s, '\0', n);
    if (nul) n = (size_t)(nul - s);
    const char *end = s + n;
    size_t count = 0;
    while (s < end) {
        size_t l = 0;
        while (s + l < end && !strchr(seps, s[l])) l++;
        if (l == 0) { s++; continue; }
        const char *piece = s, *pend = s + l;
        s += l;
        if (cookie) {
            while (piece < pend && (*piece == ' ' || (*piece >= '\t' && *piece <= '\r'))) piece++;
            if (piece == pend || *piece == '=') continue;
        }
        if (++count > 1000) {
            if (fn) mp_error(vm, MP_E_WARNING, "%s(): Input variables exceeded 1000. To increase the limit change max_input_vars in php.ini.", fn);
            break;
        }
        const char *eq = memchr(piece, '=', (size_t)(pend - piece));
        size_t nlen = eq ? (size_t)(eq - piece) : (size_t)(pend - piece);
        mp_str *name = cookie ? mp_str_new(vm, piece, nlen) : url_decode(vm, piece, nlen, 0);
        mp_val val = eq ? mp_v_str(url_decode(vm, eq + 1, (size_t)(pend - eq - 1), cookie)) : mp_v_str(mp_str_empty());
        if (cookie && !strchr(name->data, '[')) {
            /* a more specific cookie comes first: a repeated name is skipped */
            mp_key k;
            mp_array_key_from_val(vm, mp_v_str(name), &k);
            if (mp_array_find(arr, k)) continue;
        }
        register_var(vm, arr, name->data, val);
    }
}

/* Store VAL under the request variable name NAME ("a[b][]" nests) in ARR,
 * as for a form field. */
void mp_register_request_var(mp_vm *vm, mp_array *arr, const char *name, mp_val val)
{
    register_var(vm, arr, name, val);
}

/* parse_str(string $string, array &$result): void */
static void bi_parse_str(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_array *arr = mp_array_new(vm, 8);
    mp_parse_request_vars(vm, arr, argv[0].u.s->data, argv[0].u.s->len, 0, "parse_str");
    mp_val *r = &argv[1];
    if (r->type == MP_T_REF) r->u.r->val = mp_v_arr(arr);
}

/* ---- parse_url ---- */

/* The pieces of a URL; a NULL field is absent (not the same as ""). */
typedef struct url_parts {
    const char *scheme, *user, *pass, *host, *path, *query, *fragment;
    size_t scheme_len, user_len, pass_len, host_len, path_len, query_len, fragment_len;
    int has_port;
    long port;
} url_parts;

/* first of CHARS in [s, e), or e */
static const char *find_any(const char *s, const char *e, const char *chars)
{
    for (const char *p = s; p < e; p++)
        if (strchr(chars, *p) && *p) return p;
    return e;
}

static const char *find_last(const char *s, const char *e, char c)
{
    for (const char *p = e; p > s; p--)
        if (p[-1] == c) return p - 1;
    return NULL;
}

/* A port of 1-5 digits in [p, e) as PHP reads it (strtol: must be 0-65535). */
static int read_port(const char *p, const char *e, long *port)
{
    char buf[8];
    size_t n = (size_t)(e - p);
    memcpy(buf, p, n);
    buf[n] = '\0';
    char *end;
    long v = strtol(buf, &end, 10);
    if (v < 0 || v > 65535 || end == buf) return 0;
    *port = v;
    return 1;
}

/* PHP's php_url_parse_ex2 (URL syntax is only loosely checked: a scheme
 * needs a ':' after [A-Za-z0-9+.-]*, "host:80" without scheme is a port,
 * "//host" a scheme-relative URL). Returns 0 for the URLs PHP rejects. */
static int url_parse(const char *str, size_t length, url_parts *u)
{
    const char *s = str, *ue = str + length, *e, *p, *pp;
    memset(u, 0, sizeof *u);
    e = memchr(s, ':', length);
    if (e && e != s) {
        for (p = s; p < e; p++) {
            if (!isalpha((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '+' && *p != '.' && *p != '-') {
                if (e + 1 < ue && e < find_any(s, ue, "?#")) goto parse_port;
                if (s + 1 < ue && s[0] == '/' && s[1] == '/') { s += 2; e = NULL; goto parse_host; }
                goto just_path;
            }
        }
        if (e + 1 == ue) {   /* only a scheme */
            u->scheme = s; u->scheme_len = (size_t)(e - s);
            return 1;
        }
        if (e[1] != '/') {
            /* "host:80" (a port) or "mailto:x" (a scheme without "//") */
            for (p = e + 1; p < ue && isdigit((unsigned char)*p); p++) ;
            if ((p == ue || *p == '/') && p - e < 7) goto parse_port;
            u->scheme = s; u->scheme_len = (size_t)(e - s);
            s = e + 1;
            goto just_path;
        }
        u->scheme = s; u->scheme_len = (size_t)(e - s);
        if (e + 2 < ue && e[2] == '/') {
            s = e + 3;
            if (u->scheme_len == 4 && strncasecmp(u->scheme, "file", 4) == 0 && e + 3 < ue && e[3] == '/') {
                /* file:///c:/dir keeps the drive letter in the path */
                if (e + 5 < ue && e[5] == ':') s = e + 4;
                goto just_path;
            }
        } else {
            s = e + 1;
            goto just_path;
        }
    } else if (e) {
parse_port:
        p = e + 1;
        pp = p;
        while (pp < ue && pp - p < 6 && isdigit((unsigned char)*pp)) pp++;
        if (pp - p > 0 && pp - p < 6 && (pp == ue || *pp == '/')) {
            if (!read_port(p, pp, &u->port)) return 0;
            u->has_port = 1;
            if (s + 1 < ue && s[0] == '/' && s[1] == '/') s += 2;
        } else if (p == pp && pp == ue) {
            return 0;
        } else if (s + 1 < ue && s[0] == '/' && s[1] == '/') {
            s += 2;
        } else {
            goto just_path;
        }
    } else if (s + 1 < ue && s[0] == '/' && s[1] == '/') {
        s += 2;
    } else {
        goto just_path;
    }

parse_host:
    e = find_any(s, ue, "/?#");
    /* user[:pass]@ */
    if ((p = find_last(s, e, '@'))) {
        pp = memchr(s, ':', (size_t)(p - s));
        if (pp) {
            u->user = s; u->user_len = (size_t)(pp - s);
            u->pass = pp + 1; u->pass_len = (size_t)(p - pp - 1);
        } else {
            u->user = s; u->user_len = (size_t)(p - s);
        }
        s = p + 1;
    }
    /* :port, unless the host is an [IPv6] literal */
    if (s < ue && *s == '[' && e[-1] == ']') p = NULL;
    else p = find_last(s, e, ':');
    if (p) {
        if (!u->port) {
            p++;
            if (e - p > 5) return 0;
            if (e - p > 0) {
                if (!read_port(p, e, &u->port)) return 0;
                u->has_port = 1;
            }
            p--;
        }
    } else {
        p = e;
    }
    if (p - s < 1) return 0;
    u->host = s; u->host_len = (size_t)(p - s);
    if (e == ue) return 1;
    s = e;

just_path:
    e = ue;
    p = memchr(s, '#', (size_t)(e - s));
    if (p) {
        p++;
        u->fragment = p; u->fragment_len = (size_t)(e - p);
        e = p - 1;
    }
    p = memchr(s, '?', (size_t)(e - s));
    if (p) {
        p++;
        u->query = p; u->query_len = p < e ? (size_t)(e - p) : 0;
        e = p - 1;
    }
    if (s < e || s == ue) {
        u->path = s; u->path_len = (size_t)(e - s);
    }
    return 1;
}

/* a URL part as a string, control characters replaced by "_" */
static mp_val url_part(mp_vm *vm, const char *s, size_t n)
{
    mp_str *r = mp_str_new(vm, s, n);
    for (size_t i = 0; i < n; i++)
        if (iscntrl((unsigned char)r->data[i])) r->data[i] = '_';
    return mp_v_str(r);
}

/* parse_url(string $url, int $component = -1): int|string|array|null|false */
static void bi_parse_url(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    url_parts u;
    int64_t comp = argc > 1 ? argv[1].u.i : -1;
    if (!url_parse(argv[0].u.s->data, argv[0].u.s->len, &u)) { *ret = mp_v_bool(0); return; }
    const char *ptr[8] = { u.scheme, u.host, NULL, u.user, u.pass, u.path, u.query, u.fragment };
    size_t len[8] = { u.scheme_len, u.host_len, 0, u.user_len, u.pass_len, u.path_len, u.query_len, u.fragment_len };
    static const char *const names[8] = { "scheme", "host", "port", "user", "pass", "path", "query", "fragment" };
    if (comp > -1) {
        if (comp > 7)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "parse_url(): Argument #2 ($component) must be a valid URL component identifier, %lld given",
                        (long long)comp);
        if (comp == 2) { if (u.has_port) *ret = mp_v_int(u.port); }
        else if (ptr[comp]) *ret = url_part(vm, ptr[comp], len[comp]);
        return;
    }
    mp_array *a = mp_array_new(vm, 8);
    for (int i = 0; i < 8; i++) {
        if (i == 2) {
            if (u.has_port) mp_array_set_str(vm, a, names[i], strlen(names[i]), mp_v_int(u.port));
        } else if (ptr[i]) {
            mp_array_set_str(vm, a, names[i], strlen(names[i]), url_part(vm, ptr[i], len[i]));
        }
    }
    *ret = mp_v_arr(a);
}

static const mp_builtin rows[] = {
    { "base64_decode", bi_base64_decode, 1, 2, "sb", "string strict", "false" },
    { "base64_encode", bi_base64_encode, 1, 1, "s", "string" },
    { "http_build_query", bi_http_build_query, 1, 4, "zs?si", "data numeric_prefix arg_separator encoding_type", "'' null PHP_QUERY_RFC1738" },
    { "parse_str", bi_parse_str, 2, 2, "s&z", "string result" },
    { "parse_url", bi_parse_url, 1, 2, "si", "url component", "-1" },
    { "rawurldecode", bi_rawurldecode, 1, 1, "s", "string" },
    { "rawurlencode", bi_rawurlencode, 1, 1, "s", "string" },
    { "urldecode", bi_urldecode, 1, 1, "s", "string" },
    { "urlencode", bi_urlencode, 1, 1, "s", "string" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_url, rows);
