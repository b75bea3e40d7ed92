/* request.c - one request served by a fresh VM (the pagelet side of the
 * pagelet server): the mini router maps the URL to a file under the
 * document root, the request environment ($_SERVER, $_GET, $_POST,
 * $_COOKIE, $_REQUEST, php://input) is set up, the script runs with its
 * output captured, and status, headers and body come back. Also the
 * response builtins (header, setcookie, http_response_code...), which in
 * the CLI behave as php-cli's. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include "vm.h"
#include "request.h"
#include "../builtins/strutil.h"

/* ---- response state ---- */

static struct mp_http *http_of(mp_vm *vm)
{
    if (!vm->http) vm->http = mp_alloc(vm, sizeof *vm->http);
    return vm->http;
}

void mp_http_output_started(mp_vm *vm)
{
    struct mp_http *h = http_of(vm);
    h->out_started = 1;
    if (h->req || h->sent) return;   /* a request sends its headers with the first chunk */
    h->sent = 1;
    h->out_file = mp_str_cstr(vm, mp_current_file(vm));
    h->out_line = mp_current_line(vm);
}

/* The headers went out: warn as PHP does and return 1. */
static int headers_locked(mp_vm *vm)
{
    struct mp_http *h = http_of(vm);
    if (!h->sent) return 0;
    mp_error(vm, MP_E_WARNING, "Cannot modify header information - headers already sent by (output started at %s:%d)",
             h->out_file ? h->out_file->data : "Unknown", h->out_line);
    return 1;
}

/* Does LINE start with header name NAME (NLEN bytes) followed by ':'? */
static int header_is(const mp_str *line, const char *name, size_t nlen)
{
    return line->len > nlen && line->data[nlen] == ':' && strncasecmp(line->data, name, nlen) == 0;
}

static void remove_headers(struct mp_http *h, const char *name, size_t nlen)
{
    int j = 0;
    for (int i = 0; i < h->nheaders; i++)
        if (!header_is(h->headers[i], name, nlen)) h->headers[j++] = h->headers[i];
    h->nheaders = j;
}

static void add_header(mp_vm *vm, mp_str *line, int replace)
{
    struct mp_http *h = http_of(vm);
    if (!h->req) return;   /* php-cli keeps no header list */
    const char *colon = memchr(line->data, ':', line->len);
    if (replace && colon) remove_headers(h, line->data, (size_t)(colon - line->data));
    if (h->nheaders == h->maxheaders) {
        int n = h->maxheaders ? h->maxheaders * 2 : 8;
        mp_str **a = mp_alloc(vm, sizeof *a * (size_t)n);
        if (h->nheaders) memcpy(a, h->headers, sizeof *a * (size_t)h->nheaders);
        h->headers = a;
        h->maxheaders = n;
    }
    h->headers[h->nheaders++] = line;
}

/* The code of a status line "HTTP/1.1 404 Not Found": the number after the
 * first blank not followed by another blank (200 without one). */
static int status_line_code(const char *s)
{
    for (; *s; s++)
        if (*s == ' ' && s[1] != ' ') return atoi(s + 1);
    return 200;
}

/* header($line, $replace, $response_code): PHP's sapi_header_op rules. */
static void header_op(mp_vm *vm, const char *s, size_t len, int replace, int64_t rcode)
{
    struct mp_http *h = http_of(vm);
    if (headers_locked(vm) || !len) return;
    while (len && isspace((unsigned char)s[len - 1])) len--;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r') {   /* no folded lines either (RFC 7230) */
            mp_error(vm, MP_E_WARNING, "Header may not contain more than a single header, new line detected");
            return;
        }
        if (c == '\0') {
            mp_error(vm, MP_E_WARNING, "Header may not contain NUL bytes");
            return;
        }
    }
    mp_str *line = mp_str_new(vm, s, len);
    if (len >= 5 && strncasecmp(line->data, "HTTP/", 5) == 0) {
        h->code = status_line_code(line->data);   /* the status line itself is not a header */
        return;
    }
    const char *colon = memchr(line->data, ':', len);
    if (colon) {
        size_t nlen = (size_t)(colon - line->data);
        if (nlen == 12 && strncasecmp(line->data, "Content-Type", 12) == 0) {
            const char *mime = colon + 1;
            while (*mime == ' ') mime++;
            /* text types get the default charset, as PHP's default_charset does */
            if (strncmp(mime, "text/", 5) == 0 && !strstr(mime, "charset=")) {
                mp_buf b; mp_buf_init(&b, vm);
                mp_buf_adds(&b, "Content-type: ");
                mp_buf_adds(&b, mime);
                mp_buf_adds(&b, ";charset=UTF-8");
                line = mp_buf_finish(&b);
            }
        } else if (nlen == 8 && strncasecmp(line->data, "Location", 8) == 0) {
            if ((h->code < 300 || h->code > 307) && h->code != 201) {
                const char *m = h->req ? h->req->method : NULL;
                if (rcode) h->code = (int)rcode;
                else if (m && strcmp(m, "GET") != 0 && strcmp(m, "HEAD") != 0) h->code = 303;
                else h->code = 302;
            }
        } else if (nlen == 16 && strncasecmp(line->data, "WWW-Authenticate", 16) == 0) {
            h->code = 401;
        }
    }
    if (rcode) h->code = (int)rcode;
    add_header(vm, line, replace);
}

/* header(string $header, bool $replace = true, int $response_code = 0): void */
static void bi_header(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    header_op(vm, argv[0].u.s->data, argv[0].u.s->len, argc > 1 ? mp_to_bool(argv[1]) : 1,
              argc > 2 ? argv[2].u.i : 0);
}

/* header_remove(?string $name = null): void */
static void bi_header_remove(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    struct mp_http *h = http_of(vm);
    if (headers_locked(vm)) return;
    if (argc == 0 || argv[0].type == MP_T_NULL) { h->nheaders = 0; return; }
    const char *s = argv[0].u.s->data;
    size_t len = argv[0].u.s->len;
    if (!len) return;
    while (len && isspace((unsigned char)s[len - 1])) len--;
    if (memchr(s, ':', len)) {
        mp_error(vm, MP_E_WARNING, "Header to delete may not contain colon.");
        return;
    }
    remove_headers(h, s, len);
}

/* headers_list(): array */
static void bi_headers_list(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct mp_http *h = http_of(vm);
    mp_array *a = mp_array_new(vm, (uint32_t)h->nheaders);
    for (int i = 0; i < h->nheaders; i++) mp_array_append(vm, a, mp_v_str(h->headers[i]));
    *ret = mp_v_arr(a);
}

/* headers_sent(&$filename = null, &$line = null): bool */
static void bi_headers_sent(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    struct mp_http *h = http_of(vm);
    if (argc > 1 && argv[1].type == MP_T_REF) argv[1].u.r->val = mp_v_int(h->sent ? h->out_line : 0);
    if (argc > 0 && argv[0].type == MP_T_REF)
        argv[0].u.r->val = mp_v_str(h->sent && h->out_file ? h->out_file : mp_str_empty());
    *ret = mp_v_bool(h->sent);
}

/* http_response_code(int $response_code = 0): int|bool */
static void bi_http_response_code(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    struct mp_http *h = http_of(vm);
    int64_t code = argc > 0 ? argv[0].u.i : 0;
    if (code) {
        int old = h->code;
        h->code = (int)code;
        *ret = old ? mp_v_int(old) : mp_v_bool(1);
        return;
    }
    *ret = h->code ? mp_v_int(h->code) : mp_v_bool(0);
}

/* ---- setcookie ---- */

#define COOKIE_BAD "\",\", \";\", \" \", \"\\t\", \"\\r\", \"\\n\", \"\\013\", or \"\\014\""

/* "Thu, 01 Jan 1970 00:00:01 GMT" (PHP's cookie date, always in English) */
static void cookie_date(mp_buf *b, int64_t t)
{
    static const char days[] = "SunMonTueWedThuFriSat", months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    time_t tt = (time_t)t;
    struct tm tm;
    gmtime_r(&tt, &tm);
    mp_buf_printf(b, "%.3s, %02d %.3s %04d %02d:%02d:%02d GMT", days + 3 * tm.tm_wday, tm.tm_mday,
                  months + 3 * tm.tm_mon, tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static int has_any(const mp_str *s, const char *chars)
{
    for (size_t i = 0; i < s->len; i++)
        if (strchr(chars, s->data[i]) && s->data[i]) return 1;
    return 0;
}

static void setcookie_common(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int raw)
{
    const char *fn = raw ? "setrawcookie" : "setcookie";
    mp_str *name = argv[0].u.s;
    mp_str *value = argc > 1 ? argv[1].u.s : mp_str_empty();
    mp_str *path = argc > 3 ? argv[3].u.s : NULL, *domain = argc > 4 ? argv[4].u.s : NULL, *samesite = NULL;
    int64_t expires = 0;
    int secure = argc > 5 && mp_to_bool(argv[5]), httponly = argc > 6 && mp_to_bool(argv[6]);
    if (argc > 2 && argv[2].type == MP_T_ARRAY) {
        if (argc > 3)
            mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR,
                        "%s(): Expects exactly 3 arguments when argument #3 ($expires_or_options) is an array", fn);
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(argv[2].u.a, &pos, &k, &e); ) {
            if (!k.s) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): option array cannot have numeric keys", fn);
            mp_val v = *mp_deref(e);
            const char *key = k.s->data;
            if (strcasecmp(key, "expires") == 0) expires = mp_to_int(vm, v);
            else if (strcasecmp(key, "path") == 0) path = mp_to_str(vm, v);
            else if (strcasecmp(key, "domain") == 0) domain = mp_to_str(vm, v);
            else if (strcasecmp(key, "secure") == 0) secure = mp_to_bool(v);
            else if (strcasecmp(key, "httponly") == 0) httponly = mp_to_bool(v);
            else if (strcasecmp(key, "samesite") == 0) samesite = mp_to_str(vm, v);
            else mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): option \"%s\" is invalid", fn, key);
        }
    } else if (argc > 2) {
        expires = argv[2].u.i;
    }
    if (!name->len) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #1 ($name) cannot be empty", fn);
    if (has_any(name, "=,; \t\r\n\013\014"))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #1 ($name) cannot contain \"=\", " COOKIE_BAD, fn);
    if (raw && has_any(value, ",; \t\r\n\013\014"))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #2 ($value) cannot contain " COOKIE_BAD, fn);
    if (path && has_any(path, ",; \t\r\n\013\014"))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): \"path\" option cannot contain " COOKIE_BAD, fn);
    if (domain && has_any(domain, ",; \t\r\n\013\014"))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): \"domain\" option cannot contain " COOKIE_BAD, fn);
    if (expires >= 253402300800LL)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): \"expires\" option cannot have a year greater than 9999", fn);
    mp_buf b; mp_buf_init(&b, vm);
    mp_buf_adds(&b, "Set-Cookie: ");
    mp_buf_add(&b, name->data, name->len);
    if (!value->len) {
        /* an empty value deletes the cookie: a date in the past */
        mp_buf_adds(&b, "=deleted; expires=");
        cookie_date(&b, 1);
        mp_buf_adds(&b, "; Max-Age=0");
    } else {
        mp_buf_adds(&b, "=");
        if (raw) {
            mp_buf_add(&b, value->data, value->len);
        } else {
            static const char hex[] = "0123456789ABCDEF";
            for (size_t i = 0; i < value->len; i++) {
                unsigned char c = (unsigned char)value->data[i];
                if (isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') mp_buf_add(&b, (const char *)&c, 1);
                else { char e[3] = { '%', hex[c >> 4], hex[c & 15] }; mp_buf_add(&b, e, 3); }
            }
        }
        if (expires > 0) {
            mp_buf_adds(&b, "; expires=");
            cookie_date(&b, expires);
            int64_t diff = expires - (int64_t)time(NULL);
            mp_buf_printf(&b, "; Max-Age=%lld", (long long)(diff < 0 ? 0 : diff));
        }
    }
    if (path && path->len) { mp_buf_adds(&b, "; path="); mp_buf_add(&b, path->data, path->len); }
    if (domain && domain->len) { mp_buf_adds(&b, "; domain="); mp_buf_add(&b, domain->data, domain->len); }
    if (secure) mp_buf_adds(&b, "; secure");
    if (httponly) mp_buf_adds(&b, "; HttpOnly");
    if (samesite && samesite->len) { mp_buf_adds(&b, "; SameSite="); mp_buf_add(&b, samesite->data, samesite->len); }
    if (headers_locked(vm)) { *ret = mp_v_bool(0); return; }
    mp_str *line = mp_buf_finish(&b);
    add_header(vm, line, 0);
    *ret = mp_v_bool(1);
}

/* setcookie(string $name, string $value = "", array|int $expires_or_options = 0,
 *           string $path = "", string $domain = "", bool $secure = false, bool $httponly = false): bool */
static void bi_setcookie(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { setcookie_common(vm, argc, argv, ret, 0); }
static void bi_setrawcookie(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { setcookie_common(vm, argc, argv, ret, 1); }

/* ---- pagelet output ---- */

/* The host writer while a request runs: output collects in the capture. */
static void capture_write(void *user, const char *data, size_t len)
{
    struct mp_http *h = user;
    if (h->caplen + len > h->capsize) {
        size_t n = h->capsize ? h->capsize : 4096;
        while (n < h->caplen + len) n *= 2;
        char *p = realloc(h->cap, n);
        if (!p) return;
        h->cap = p;
        h->capsize = n;
    }
    memcpy(h->cap + h->caplen, data, len);
    h->caplen += len;
}

/* pagelet_server_flush(): void -- everything printed so far, through all
 * output buffers, becomes one chunk for the parent (none when empty). */
static void bi_pagelet_server_flush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    struct mp_http *h = vm->http;
    if (!h || !h->req || vm->ob_running) return;   /* not from inside an output handler */
    mp_ob_flush_all(vm);
    mp_flush_output(vm);
    if (!h->caplen) return;
    if (!h->sent) {
        h->sent = 1;
        h->out_file = mp_str_cstr(vm, mp_current_file(vm));
        h->out_line = mp_current_line(vm);
    }
    if (h->req->flush) h->req->flush(h->req->user, h->cap, h->caplen);
    h->caplen = 0;
}

/* pagelet_server_is_done(): bool -- false only inside a running pagelet. */
static void bi_pagelet_server_is_done(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_bool(!(vm->http && vm->http->req));
}

/* ---- the mini router ---- */

/* Where a URL path leads. */
typedef struct route {
    int status;              /* 200 found, 403 outside the root, 404 nothing there */
    char *file;              /* the script or static file (document root + path) */
    char *script_name;       /* its URL path ("/a/b.php", "/sub/index.php") */
    char *path_info;         /* extra path after a script, or NULL */
    int php;                 /* run as PHP (else returned as it is) */
} route;

static int hexdigit(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Is the real path of P inside ROOT (itself a real path)? */
static int inside_root(const char *p, const char *root)
{
    char real[PATH_MAX];
    if (!realpath(p, real)) return 0;
    size_t n = strlen(root);
    if (n == 1) return 1;    /* the root is "/" */
    return strncmp(real, root, n) == 0 && (real[n] == '\0' || real[n] == '/');
}

static int ends_with_ci(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

/* Map the URL path [path, path+len) (before the query) to a file under
 * DOCROOT: decoded once, "." and ".." resolved, never outside the root. */
static void route_path(mp_vm *vm, const char *docroot, const char *path, size_t len, route *r)
{
    memset(r, 0, sizeof *r);
    r->status = 404;
    char *dec = mp_alloc_atomic(vm, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        int hi, lo;
        if (path[i] == '%' && i + 2 < len && (hi = hexdigit((unsigned char)path[i + 1])) >= 0
            && (lo = hexdigit((unsigned char)path[i + 2])) >= 0) {
            dec[n++] = (char)(hi * 16 + lo);
            i += 2;
        } else {
            dec[n++] = path[i];
        }
    }
    dec[n] = '\0';
    if (strlen(dec) != n) return;             /* a NUL byte: no such file */
    int trailing = n > 0 && dec[n - 1] == '/';
    /* segments, with "." and ".." resolved */
    char **seg = mp_alloc(vm, sizeof(char *) * (n / 2 + 2));
    int nseg = 0;
    for (char *p = dec, *next; p; p = next) {
        char *slash = strchr(p, '/');
        next = slash ? slash + 1 : NULL;
        if (slash) *slash = '\0';
        if (!*p || strcmp(p, ".") == 0) continue;
        if (strcmp(p, "..") == 0) {
            if (nseg == 0) { r->status = 403; return; }
            nseg--;
            continue;
        }
        seg[nseg++] = p;
    }
    char root[PATH_MAX];
    if (!realpath(docroot, root)) return;
    size_t dlen = strlen(docroot);
    while (dlen > 1 && docroot[dlen - 1] == '/') dlen--;
    char f[PATH_MAX];        /* the file path walked so far */
    size_t flen = dlen;
    if (dlen >= sizeof f) return;
    memcpy(f, docroot, dlen);
    f[flen] = '\0';
    mp_buf u; mp_buf_init(&u, vm);   /* the URL path walked so far */
    int i = 0, found = 0;
    struct stat st;
    for (; i < nseg; i++) {
        size_t before = flen, sl = strlen(seg[i]);
        if (flen + 1 + sl >= sizeof f) return;
        f[flen++] = '/';
        memcpy(f + flen, seg[i], sl + 1);
        flen += sl;
        if (stat(f, &st) != 0) {
            f[before] = '\0';   /* the deepest existing folder decides 403 or 404 */
            r->status = inside_root(f, root) ? 404 : 403;
            return;
        }
        mp_buf_adds(&u, "/");
        mp_buf_adds(&u, seg[i]);
        if (S_ISDIR(st.st_mode)) continue;
        if (!S_ISREG(st.st_mode)) return;
        found = 1;
        i++;
        break;
    }
    if (!found) {
        /* a folder: its index.php */
        if (!inside_root(f, root)) { r->status = 403; return; }
        if (flen + 10 >= sizeof f) return;
        memcpy(f + flen, "/index.php", 11);
        flen += 10;
        mp_buf_adds(&u, "/index.php");
        if (stat(f, &st) != 0 || !S_ISREG(st.st_mode)) return;
    }
    if (!inside_root(f, root)) { r->status = 403; return; }
    r->php = ends_with_ci(f, ".php");
    if (i < nseg || (found && trailing && i == nseg)) {
        if (!r->php) return;                  /* extra path after a static file */
        mp_buf pi; mp_buf_init(&pi, vm);
        for (; i < nseg; i++) { mp_buf_adds(&pi, "/"); mp_buf_adds(&pi, seg[i]); }
        if (trailing) mp_buf_adds(&pi, "/");
        r->path_info = mp_buf_finish(&pi)->data;
    }
    r->status = 200;
    r->file = mp_str_new(vm, f, flen)->data;
    r->script_name = mp_buf_finish(&u)->data;
}

/* Content types of static files, by extension (text types get a charset). */
static const struct { const char *ext, *type; } content_types[] = {
    { "avif", "image/avif" }, { "bmp", "image/bmp" }, { "css", "text/css; charset=UTF-8" },
    { "csv", "text/csv; charset=UTF-8" }, { "gif", "image/gif" }, { "gz", "application/gzip" },
    { "htm", "text/html; charset=UTF-8" }, { "html", "text/html; charset=UTF-8" },
    { "ico", "image/x-icon" }, { "jpeg", "image/jpeg" }, { "jpg", "image/jpeg" },
    { "js", "text/javascript; charset=UTF-8" }, { "json", "application/json" },
    { "map", "application/json" }, { "md", "text/markdown; charset=UTF-8" }, { "mjs", "text/javascript; charset=UTF-8" },
    { "mp3", "audio/mpeg" }, { "mp4", "video/mp4" }, { "ogg", "audio/ogg" }, { "otf", "font/otf" },
    { "pdf", "application/pdf" }, { "png", "image/png" }, { "svg", "image/svg+xml" },
    { "tar", "application/x-tar" }, { "ttf", "font/ttf" }, { "txt", "text/plain; charset=UTF-8" },
    { "wasm", "application/wasm" }, { "wav", "audio/wav" }, { "webm", "video/webm" },
    { "webp", "image/webp" }, { "woff", "font/woff" }, { "woff2", "font/woff2" },
    { "xml", "application/xml" }, { "zip", "application/zip" },
};

static const char *content_type_of(const char *file)
{
    const char *slash = strrchr(file, '/'), *dot = strrchr(file, '.');
    if (dot && (!slash || dot > slash))
        for (size_t i = 0; i < sizeof content_types / sizeof content_types[0]; i++)
            if (strcasecmp(dot + 1, content_types[i].ext) == 0) return content_types[i].type;
    return "application/octet-stream";
}

/* ---- the request environment ---- */

static void set_global(mp_vm *vm, mp_array *g, const char *name, mp_val v)
{
    mp_key k;
    int created;
    k.s = mp_str_cstr(vm, name); k.i = 0;
    mp_val *e = mp_array_lookup_or_add(vm, g, k, &created);
    mp_val *slot = e->type == MP_T_INDIRECT ? e->u.p : e;
    *slot = v;
}

/* PHP's $_REQUEST merge: a later array value merges into an earlier array
 * under the same key, anything else replaces it. */
static void merge_into(mp_vm *vm, mp_array *dst, mp_array *src)
{
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(src, &pos, &k, &e); ) {
        mp_val v = *mp_deref(e);
        mp_val *d = mp_array_find(dst, k);
        if (v.type == MP_T_ARRAY && d && d->type == MP_T_ARRAY) {
            d->u.a = mp_array_separate(vm, d->u.a);
            merge_into(vm, d->u.a, v.u.a);
        } else {
            mp_val_share(v);
            mp_array_set(vm, dst, k, v);
        }
    }
}

/* "/" NAME, for a router given without a folder */
static const char *slash_name(mp_vm *vm, const char *name)
{
    mp_buf b; mp_buf_init(&b, vm);
    mp_buf_adds(&b, "/");
    mp_buf_adds(&b, name);
    return mp_buf_finish(&b)->data;
}

static mp_val str_val(mp_vm *vm, const char *s) { return mp_v_str(mp_str_cstr(vm, s ? s : "")); }

/* The value of request header NAME (the last one given), or NULL. */
static const char *request_header(const mp_request *req, const char *name, size_t *vlen)
{
    const char *found = NULL;
    size_t n = strlen(name);
    for (int i = 0; i < req->nheaders; i++) {
        const char *l = req->headers[i];
        if (strncasecmp(l, name, n) == 0 && l[n] == ':') {
            found = l + n + 1;
            while (*found == ' ' || *found == '\t') found++;
        }
    }
    if (found && vlen) *vlen = strlen(found);
    return found;
}

/* The value of parameter KEY ("name", "filename") in the header value
 * [s, e) ("form-data; name="a"; filename="b.txt""), or NULL. */
static mp_str *header_param(mp_vm *vm, const char *s, const char *e, const char *key)
{
    size_t klen = strlen(key);
    for (const char *p = s; p < e; ) {
        const char *semi = memchr(p, ';', (size_t)(e - p));
        const char *pe = semi ? semi : e;
        while (p < pe && (*p == ' ' || *p == '\t')) p++;
        if ((size_t)(pe - p) > klen && strncasecmp(p, key, klen) == 0 && p[klen] == '=') {
            const char *v = p + klen + 1;
            if (v < e && *v == '"') {
                const char *q = memchr(v + 1, '"', (size_t)(e - v - 1));
                return q ? mp_str_new(vm, v + 1, (size_t)(q - v - 1)) : NULL;
            }
            while (pe > v && (pe[-1] == ' ' || pe[-1] == '\t')) pe--;
            return mp_str_new(vm, v, (size_t)(pe - v));
        }
        p = pe + 1;
    }
    return NULL;
}

/* The form fields of a multipart/form-data body into POST (parts with a
 * filename, i.e. uploads, are not kept: there are no uploaded files). */
static void parse_multipart(mp_vm *vm, mp_array *post, const char *ctype, const char *body, size_t len)
{
    const char *b = strchr(ctype, ';');
    mp_str *bnd = b ? header_param(vm, b + 1, ctype + strlen(ctype), "boundary") : NULL;
    if (!bnd || !bnd->len) return;
    mp_buf d; mp_buf_init(&d, vm);
    mp_buf_adds(&d, "\r\n--");
    mp_buf_add(&d, bnd->data, bnd->len);
    mp_str *delim = mp_buf_finish(&d);          /* "\r\n--boundary"; the first one has no CRLF */
    const char *end = body + len;
    const char *p = mp_memmem(body, len, delim->data + 2, delim->len - 2);
    while (p) {
        p += delim->len - 2;
        if (end - p >= 2 && p[0] == '-' && p[1] == '-') break;   /* the closing delimiter */
        const char *eol = mp_memmem(p, (size_t)(end - p), "\r\n", 2);
        if (!eol) break;
        const char *hs = eol + 2;
        const char *he = mp_memmem(hs, (size_t)(end - hs), "\r\n\r\n", 4);
        const char *content = he ? he + 4 : NULL;
        if (he == hs - 2) { he = hs; content = hs + 2; }   /* a part without headers */
        if (!he) break;
        const char *next = mp_memmem(content, (size_t)(end - content), delim->data, delim->len);
        if (!next) break;
        mp_str *name = NULL;
        int upload = 0;
        for (const char *l = hs; l < he; ) {
            const char *le = mp_memmem(l, (size_t)(he - l), "\r\n", 2);
            if (!le) le = he;
            if ((size_t)(le - l) > 20 && strncasecmp(l, "Content-Disposition:", 20) == 0) {
                name = header_param(vm, l + 20, le, "name");
                upload = header_param(vm, l + 20, le, "filename") != NULL;
            }
            l = le + 2;
        }
        if (name && name->len && !upload)
            mp_register_request_var(vm, post, name->data, mp_v_str(mp_str_new(vm, content, (size_t)(next - content))));
        p = next + 2;
    }
}

void mp_request_globals(mp_vm *vm, mp_array *g)
{
    struct mp_http *h = vm->http;
    const mp_request *req = h->req;
    mp_array *get = mp_array_new(vm, 8), *post = mp_array_new(vm, 8), *cookie = mp_array_new(vm, 8);
    mp_array *server = mp_array_new(vm, 32);
    if (h->query) mp_parse_request_vars(vm, get, h->query, strlen(h->query), 0, NULL);
    size_t ctlen = 0;
    const char *ctype = request_header(req, "Content-Type", &ctlen);
    int is_post = req->method && strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0;
    if (is_post && req->body && (!ctype || strncasecmp(ctype, "application/x-www-form-urlencoded", 33) == 0))
        mp_parse_request_vars(vm, post, req->body, req->body_len, 0, NULL);
    else if (is_post && req->body && strncasecmp(ctype, "multipart/form-data", 19) == 0)
        parse_multipart(vm, post, ctype, req->body, req->body_len);
    const char *ck = request_header(req, "Cookie", NULL);
    if (ck) mp_parse_request_vars(vm, cookie, ck, strlen(ck), 1, NULL);
    /* $_SERVER, in the order php -S fills it */
    const char *host = request_header(req, "Host", NULL);
    mp_array_set_str(vm, server, "DOCUMENT_ROOT", 13, str_val(vm, req->docroot));
    mp_array_set_str(vm, server, "REMOTE_ADDR", 11, str_val(vm, "127.0.0.1"));
    mp_array_set_str(vm, server, "SERVER_SOFTWARE", 15, str_val(vm, "minphp/" MINPHP_VERSION));
    mp_array_set_str(vm, server, "SERVER_PROTOCOL", 15, str_val(vm, "HTTP/1.1"));
    mp_array_set_str(vm, server, "SERVER_NAME", 11, str_val(vm, "localhost"));
    mp_array_set_str(vm, server, "SERVER_PORT", 11, str_val(vm, "80"));
    mp_array_set_str(vm, server, "REQUEST_URI", 11, str_val(vm, req->url));
    mp_array_set_str(vm, server, "REQUEST_METHOD", 14, str_val(vm, req->method ? req->method : "GET"));
    mp_array_set_str(vm, server, "SCRIPT_NAME", 11, str_val(vm, h->script_name));
    mp_array_set_str(vm, server, "SCRIPT_FILENAME", 15, str_val(vm, h->script_filename));
    if (h->path_info) mp_array_set_str(vm, server, "PATH_INFO", 9, str_val(vm, h->path_info));
    mp_buf self; mp_buf_init(&self, vm);
    mp_buf_adds(&self, h->script_name ? h->script_name : "");
    if (h->path_info) mp_buf_adds(&self, h->path_info);
    mp_array_set_str(vm, server, "PHP_SELF", 8, mp_v_str(mp_buf_finish(&self)));
    mp_array_set_str(vm, server, "QUERY_STRING", 12, str_val(vm, h->query));
    mp_array_set_str(vm, server, "HTTP_HOST", 9, str_val(vm, host ? host : h->url_host ? h->url_host : "localhost"));
    for (int i = 0; i < req->nheaders; i++) {
        const char *l = req->headers[i], *colon = strchr(l, ':');
        if (!colon || colon == l) continue;
        const char *v = colon + 1;
        while (*v == ' ' || *v == '\t') v++;
        mp_buf k; mp_buf_init(&k, vm);
        size_t nlen = (size_t)(colon - l);
        int special = (nlen == 12 && strncasecmp(l, "Content-Type", 12) == 0)
                   || (nlen == 14 && strncasecmp(l, "Content-Length", 14) == 0);
        for (int pass = special ? 0 : 1; pass < 2; pass++) {
            if (pass) mp_buf_adds(&k, "HTTP_");
            for (size_t j = 0; j < nlen; j++) {
                char c = isalnum((unsigned char)l[j]) ? (char)toupper((unsigned char)l[j]) : '_';
                mp_buf_add(&k, &c, 1);
            }
            mp_str *key = mp_buf_finish(&k);
            mp_array_set_str(vm, server, key->data, key->len, str_val(vm, v));
        }
    }
    if (is_post && !request_header(req, "Content-Length", NULL)) {
        char num[24];
        snprintf(num, sizeof num, "%zu", req->body_len);
        mp_array_set_str(vm, server, "CONTENT_LENGTH", 14, str_val(vm, num));
    }
    mp_array_set_str(vm, server, "THREAD_TYPE", 11, str_val(vm, "Pagelet Thread"));
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    mp_array_set_str(vm, server, "REQUEST_TIME_FLOAT", 18, mp_v_float((double)ts.tv_sec + ts.tv_nsec / 1e9));
    mp_array_set_str(vm, server, "REQUEST_TIME", 12, mp_v_int(ts.tv_sec));
    /* $_REQUEST: variables_order "GPC" (php -n has no request_order) */
    mp_array *request = mp_array_new(vm, 8);
    merge_into(vm, request, get);
    merge_into(vm, request, post);
    merge_into(vm, request, cookie);
    mp_val_share(mp_v_arr(get)); mp_val_share(mp_v_arr(post)); mp_val_share(mp_v_arr(cookie));
    set_global(vm, g, "_GET", mp_v_arr(get));
    set_global(vm, g, "_POST", mp_v_arr(post));
    set_global(vm, g, "_COOKIE", mp_v_arr(cookie));
    set_global(vm, g, "_SERVER", mp_v_arr(server));
    set_global(vm, g, "_REQUEST", mp_v_arr(request));
}

/* ---- running a request ---- */

/* Run FILE as the page; returns mp_eval_file's status. A file that cannot
 * be read is a fatal error of the request (compile errors report
 * themselves through mp_report). */
static int run_file(mp_vm *vm, const char *file)
{
    int status = mp_eval_file(vm, file);
    if (status == MP_ERR_COMPILE && !vm->http->fatal) {
        vm->http->fatal = 1;
        fprintf(stderr, "PHP Fatal error:  %s\n", vm->last_error[0] ? vm->last_error : "Could not run the script");
        fflush(stderr);
    }
    return status;
}

static char *dup_n(const char *s, size_t n)
{
    char *d = malloc(n + 1);
    if (d) { memcpy(d, s, n); d[n] = '\0'; }
    return d;
}

void mp_request_run(mp_vm *vm, const mp_request *req, mp_response *resp)
{
    memset(resp, 0, sizeof *resp);
    struct mp_http *h = http_of(vm);
    free(h->cap);
    memset(h, 0, sizeof *h);   /* a VM serving a second request starts over */
    h->req = req;
    h->code = 200;
    vm->input_data = req->body;
    vm->input_len = req->body_len;
    if (req->timeout_seconds > 0) {
        /* the execution limit: max_execution_time starts the VM's deadline (and ini_get shows it) */
        char num[24];
        snprintf(num, sizeof num, "%d", req->timeout_seconds);
        mp_ini_set(vm, "max_execution_time", num);
    }
    /* the URL: an absolute one loses its scheme and host; then path, query, fragment */
    const char *url = req->url ? req->url : "/";
    const char *p = url;
    while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.') p++;
    if (p > url && strncmp(p, "://", 3) == 0) {
        const char *host = p += 3;
        while (*p && *p != '/' && *p != '?' && *p != '#') p++;
        const char *at = memchr(host, '@', (size_t)(p - host));   /* user:pass@ is not part of the host */
        if (at) host = at + 1;
        if (p > host) h->url_host = mp_str_new(vm, host, (size_t)(p - host))->data;
        url = p;
    }
    size_t plen = strcspn(url, "?#");
    const char *query = "";
    if (url[plen] == '?') query = mp_str_new(vm, url + plen + 1, strcspn(url + plen + 1, "#"))->data;
    h->query = query;
    route r;
    route_path(vm, req->docroot ? req->docroot : ".", url, plen, &r);
    mp_config saved = vm->cfg;
    vm->cfg.write = capture_write;
    vm->cfg.user = h;
    if (r.status == 403) {
        h->code = 403;
    } else {
        int handled = 0;
        h->script_name = r.script_name;
        h->script_filename = r.file;
        h->path_info = r.path_info;
        if (req->router) {
            /* the front controller runs first; "return false" falls back to the file */
            if (r.status != 200) {
                const char *base = strrchr(req->router, '/');
                h->script_name = base ? base : slash_name(vm, req->router);
                h->script_filename = req->router;
            }
            vm->chunks[0][0] = mp_v_null();
            int status = run_file(vm, req->router);
            mp_val rv = vm->chunks[0][0];   /* the top-level return value (mp_run_script's result slot) */
            handled = !(status == MP_OK && rv.type == MP_T_FALSE && !h->fatal);
            h->script_name = r.script_name;
            h->script_filename = r.file;
        }
        if (!handled) {
            if (r.status != 200) {
                h->code = 404;
            } else if (r.php) {
                run_file(vm, r.file);
            } else {
                size_t n;
                char *data = mp_read_file(r.file, &n);
                if (data) {
                    mp_output_raw(vm, data, n);
                    free(data);
                    mp_buf b; mp_buf_init(&b, vm);
                    mp_buf_adds(&b, "Content-Type: ");
                    mp_buf_adds(&b, content_type_of(r.file));
                    add_header(vm, mp_buf_finish(&b), 1);
                } else {
                    h->code = 404;
                }
            }
        }
    }
    mp_flush_output(vm);
    vm->cfg = saved;
    if (h->fatal) {
        h->code = 500;
        h->caplen = 0;
    }
    resp->code = h->code;
    resp->body = h->caplen ? dup_n(h->cap, h->caplen) : dup_n("", 0);
    resp->body_len = h->caplen;
    int has_type = 0;
    for (int i = 0; i < h->nheaders; i++)
        if (header_is(h->headers[i], "Content-Type", 12)) has_type = 1;
    int nh = h->nheaders + (has_type ? 0 : 1);
    resp->headers = malloc(sizeof(char *) * (size_t)(nh ? nh : 1));
    for (int i = 0; i < h->nheaders; i++) resp->headers[resp->nheaders++] = dup_n(h->headers[i]->data, h->headers[i]->len);
    if (!has_type)
        resp->headers[resp->nheaders++] = dup_n("Content-Type: text/html; charset=UTF-8", 38);
    free(h->cap);
    h->cap = NULL;
    h->caplen = h->capsize = 0;
    h->req = NULL;
    vm->input_data = NULL;
    vm->input_len = 0;
}

void mp_response_free(mp_response *resp)
{
    if (!resp) return;
    for (int i = 0; i < resp->nheaders; i++) free(resp->headers[i]);
    free(resp->headers);
    free(resp->body);
    memset(resp, 0, sizeof *resp);
}

static const mp_builtin rows[] = {
    { "header", bi_header, 1, 3, "sbi", "header replace response_code", "true 0" },
    { "header_remove", bi_header_remove, 0, 1, "?s", "name", "null" },
    { "headers_list", bi_headers_list, 0, 0, "", "" },
    { "headers_sent", bi_headers_sent, 0, 2, "&z&z", "filename line", "null null" },
    { "http_response_code", bi_http_response_code, 0, 1, "i", "response_code", "0" },
    { "pagelet_server_flush", bi_pagelet_server_flush, 0, 0, "", "" },
    { "pagelet_server_is_done", bi_pagelet_server_is_done, 0, 0, "", "" },
    { "setcookie", bi_setcookie, 1, 7, "ssIssbb", "name value expires_or_options path domain secure httponly", "'' 0 '' '' false false" },
    { "setrawcookie", bi_setrawcookie, 1, 7, "ssIssbb", "name value expires_or_options path domain secure httponly", "'' 0 '' '' false false" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_http, rows);
