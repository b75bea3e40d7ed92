/* strings2.c - the less common string functions: strtok (its state is per
 * VM), strspn/strcspn/strpbrk, count_chars, C-style slashes, rot13,
 * Latin-1 <-> UTF-8, quoted-printable, uuencode, the C locale (setlocale,
 * localeconv, strcoll), shell escaping and IP address conversions. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

/* ---- tokens and spans ---- */

/* strtok(string $string, ?string $token = null): string|false -- with one
 * argument it goes on splitting the string of the last two-argument call */
static void bi_strtok(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    size_t *pos;
    mp_str **str = mp_vm_strtok(vm, &pos);
    mp_str *tok = argv[0].u.s;
    if (argc > 1 && argv[1].type != MP_T_NULL) {
        mp_val_share(argv[0]);
        *str = argv[0].u.s;
        *pos = 0;
        tok = argv[1].u.s;
    }
    *ret = mp_v_bool(0);
    mp_str *s = *str;
    if (!s || *pos >= s->len) return;   /* SIZE_MAX: used up */
    unsigned char delim[256] = { 0 };
    for (size_t i = 0; i < tok->len; i++) delim[(unsigned char)tok->data[i]] = 1;
    size_t p = *pos;
    while (delim[(unsigned char)s->data[p]]) {
        if (++p >= s->len) { *pos = SIZE_MAX; return; }
    }
    size_t start = p;
    while (++p < s->len && !delim[(unsigned char)s->data[p]]) {}
    *ret = mp_strv(vm, s->data + start, p - start);
    *pos = p + 1;
}

/* The byte range strspn/strcspn look at: OFFSET and LENGTH as substr() reads them. */
static int span_range(int argc, mp_val *argv, size_t *off, size_t *len)
{
    size_t n = argv[0].u.s->len;
    int64_t o = argc > 2 ? argv[2].u.i : 0;
    if (o < 0) { o += (int64_t)n; if (o < 0) o = 0; }
    else if ((size_t)o > n) o = (int64_t)n;
    size_t remain = n - (size_t)o;
    int64_t l = (int64_t)remain;
    if (argc > 3 && argv[3].type != MP_T_NULL) {
        l = argv[3].u.i;
        if (l < 0) { l += (int64_t)remain; if (l < 0) l = 0; }
        else if ((size_t)l > remain) l = (int64_t)remain;
    }
    *off = (size_t)o;
    *len = (size_t)l;
    return l > 0;
}

/* strspn(string $string, string $characters, int $offset = 0, ?int $length = null): int */
static void bi_strspn(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm;
    size_t off, len, i = 0;
    *ret = mp_v_int(0);
    if (!span_range(argc, argv, &off, &len)) return;
    unsigned char in[256] = { 0 };
    for (size_t k = 0; k < argv[1].u.s->len; k++) in[(unsigned char)argv[1].u.s->data[k]] = 1;
    const unsigned char *s = (const unsigned char *)argv[0].u.s->data + off;
    while (i < len && in[s[i]]) i++;
    *ret = mp_v_int((int64_t)i);
}

/* strcspn(string $string, string $characters, int $offset = 0, ?int $length = null): int
 * (php's scan also stops at a NUL byte when the mask is empty) */
static void bi_strcspn(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm;
    size_t off, len, i = 0;
    *ret = mp_v_int(0);
    if (!span_range(argc, argv, &off, &len)) return;
    unsigned char stop[256] = { 0 };
    for (size_t k = 0; k < argv[1].u.s->len; k++) stop[(unsigned char)argv[1].u.s->data[k]] = 1;
    if (!argv[1].u.s->len) stop[0] = 1;
    const unsigned char *s = (const unsigned char *)argv[0].u.s->data + off;
    while (i < len && !stop[s[i]]) i++;
    *ret = mp_v_int((int64_t)i);
}

/* strpbrk(string $string, string $characters): string|false */
static void bi_strpbrk(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s, *chars = argv[1].u.s;
    if (!chars->len) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "strpbrk(): Argument #2 ($characters) must be a non-empty string");
    unsigned char in[256] = { 0 };
    for (size_t k = 0; k < chars->len; k++) in[(unsigned char)chars->data[k]] = 1;
    for (size_t i = 0; i < s->len; i++)
        if (in[(unsigned char)s->data[i]]) { *ret = mp_strv(vm, s->data + i, s->len - i); return; }
    *ret = mp_v_bool(0);
}

/* str_rot13(string $string): string */
static void bi_str_rot13(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s, *r = mp_str_alloc(vm, s->len);
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (mp_islower(c)) c = (unsigned char)('a' + (c - 'a' + 13) % 26);
        else if (mp_isupper(c)) c = (unsigned char)('A' + (c - 'A' + 13) % 26);
        r->data[i] = (char)c;
    }
    *ret = mp_v_str(r);
}

/* count_chars(string $string, int $mode = 0): array|string -- 0: every
 * byte => count, 1: used ones, 2: unused ones, 3: the used bytes as a
 * string, 4: the unused ones */
static void bi_count_chars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t mode = argc > 1 ? argv[1].u.i : 0;
    if (mode < 0 || mode > 4) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)");
    int64_t count[256] = { 0 };
    mp_str *s = argv[0].u.s;
    for (size_t i = 0; i < s->len; i++) count[(unsigned char)s->data[i]]++;
    if (mode >= 3) {
        char buf[256];
        size_t n = 0;
        for (int c = 0; c < 256; c++)
            if ((count[c] != 0) == (mode == 3)) buf[n++] = (char)c;
        *ret = mp_strv(vm, buf, n);
        return;
    }
    mp_array *a = mp_array_new(vm, 256);
    for (int c = 0; c < 256; c++) {
        if ((mode == 1 && !count[c]) || (mode == 2 && count[c])) continue;
        mp_key k = { NULL, c };
        mp_array_set(vm, a, k, mp_v_int(count[c]));
    }
    *ret = mp_v_arr(a);
}

/* ---- C-style escapes ---- */

/* addcslashes(string $string, string $characters): string */
static void bi_addcslashes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    unsigned char mask[256];
    mp_charmask(vm, "addcslashes", (const unsigned char *)argv[1].u.s->data, argv[1].u.s->len, mask);
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (!mask[c]) { mp_buf_addc(&b, (char)c); continue; }
        mp_buf_addc(&b, '\\');
        if (c >= 32 && c <= 126) { mp_buf_addc(&b, (char)c); continue; }
        switch (c) {
        case '\n': mp_buf_addc(&b, 'n'); break;
        case '\t': mp_buf_addc(&b, 't'); break;
        case '\r': mp_buf_addc(&b, 'r'); break;
        case '\a': mp_buf_addc(&b, 'a'); break;
        case '\v': mp_buf_addc(&b, 'v'); break;
        case '\b': mp_buf_addc(&b, 'b'); break;
        case '\f': mp_buf_addc(&b, 'f'); break;
        default: mp_buf_printf(&b, "%03o", c);
        }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

static int hexval(unsigned char c)
{
    return mp_isdigit(c) ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
}

/* stripcslashes(string $string): string -- \n \t..., \xHH, \OOO */
static void bi_stripcslashes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s, *r = mp_str_alloc(vm, s->len);
    const char *p = s->data, *end = s->data + s->len;
    size_t n = 0;
    for (; p < end; p++) {
        if (*p != '\\' || p + 1 >= end) { r->data[n++] = *p; continue; }
        p++;
        switch (*p) {
        case 'n': r->data[n++] = '\n'; continue;
        case 'r': r->data[n++] = '\r'; continue;
        case 'a': r->data[n++] = '\a'; continue;
        case 't': r->data[n++] = '\t'; continue;
        case 'v': r->data[n++] = '\v'; continue;
        case 'b': r->data[n++] = '\b'; continue;
        case 'f': r->data[n++] = '\f'; continue;
        case '\\': r->data[n++] = '\\'; continue;
        case 'x':
            if (p + 1 < end && hexval((unsigned char)p[1]) >= 0) {
                int v = hexval((unsigned char)*++p);
                if (p + 1 < end && hexval((unsigned char)p[1]) >= 0) v = v * 16 + hexval((unsigned char)*++p);
                r->data[n++] = (char)v;
                continue;
            }
            break;
        }
        int v = 0, i = 0;
        while (p < end && *p >= '0' && *p <= '7' && i < 3) { v = v * 8 + (*p++ - '0'); i++; }
        if (i) { r->data[n++] = (char)v; p--; }
        else r->data[n++] = *p;
    }
    r->len = n;
    r->data[n] = 0;
    *ret = mp_v_str(r);
}

/* ---- Latin-1 and UTF-8 ---- */

static int utf8_trail(unsigned char c) { return c >= 0x80 && c <= 0xBF; }
static int utf8_lead(unsigned char c) { return c < 0x80 || (c >= 0xC2 && c <= 0xF4); }

int mp_utf8_next(const unsigned char *s, size_t len, unsigned *cp)
{
    unsigned char c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) return -1;
    if (c < 0xE0) {
        if (len < 2) return -1;
        if (!utf8_trail(s[1])) return utf8_lead(s[1]) ? -1 : -2;
        *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    if (c < 0xF0) {
        if (len < 3 || !utf8_trail(s[1]) || !utf8_trail(s[2])) {
            if (len < 2 || utf8_lead(s[1])) return -1;
            if (len < 3 || utf8_lead(s[2])) return -2;
            return -3;
        }
        unsigned u = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        if (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF)) return -3;
        *cp = u;
        return 3;
    }
    if (c < 0xF5) {
        if (len < 4 || !utf8_trail(s[1]) || !utf8_trail(s[2]) || !utf8_trail(s[3])) {
            if (len < 2 || utf8_lead(s[1])) return -1;
            if (len < 3 || utf8_lead(s[2])) return -2;
            if (len < 4 || utf8_lead(s[3])) return -3;
            return -4;
        }
        unsigned u = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
        if (u < 0x10000 || u > 0x10FFFF) return -4;
        *cp = u;
        return 4;
    }
    return -1;
}

/* utf8_encode(string $string): string -- deprecated in 8.2 */
static void bi_utf8_encode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_error(vm, MP_E_DEPRECATED, "Function utf8_encode() is deprecated");
    mp_str *s = argv[0].u.s;
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c < 0x80) mp_buf_addc(&b, (char)c);
        else { mp_buf_addc(&b, (char)(0xC0 | (c >> 6))); mp_buf_addc(&b, (char)(0x80 | (c & 0x3F))); }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* utf8_decode(string $string): string -- '?' for what Latin-1 lacks */
static void bi_utf8_decode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_error(vm, MP_E_DEPRECATED, "Function utf8_decode() is deprecated");
    mp_str *s = argv[0].u.s, *r = mp_str_alloc(vm, s->len);
    size_t n = 0;
    for (size_t i = 0; i < s->len; ) {
        unsigned cp;
        int k = mp_utf8_next((const unsigned char *)s->data + i, s->len - i, &cp);
        if (k < 0) { i += (size_t)-k; cp = '?'; }
        else i += (size_t)k;
        r->data[n++] = (char)(cp > 0xFF ? '?' : cp);
    }
    r->len = n;
    r->data[n] = 0;
    *ret = mp_v_str(r);
}

/* ---- quoted-printable and uuencode ---- */

enum { QP_MAX_LINE = 75 };

/* quoted_printable_encode(string $string): string -- RFC 2045 with soft
 * breaks at 75 columns, never inside a UTF-8 sequence (php's rule) */
static void bi_quoted_printable_encode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *s = (const unsigned char *)argv[0].u.s->data;
    size_t left = argv[0].u.s->len, lp = 0;
    mp_buf b;
    mp_buf_init(&b, vm);
    while (left--) {
        unsigned char c = *s++;
        if (c == '\r' && *s == '\n' && left > 0) {
            mp_buf_adds(&b, "\r\n");
            s++;
            left--;
            lp = 0;
            continue;
        }
        if (c < 32 || c == 0x7f || (c & 0x80) || c == '=' || (c == ' ' && *s == '\r')) {
            if (((lp += 3) > QP_MAX_LINE && c <= 0x7f)
                || (c > 0x7f && c <= 0xdf && lp + 3 > QP_MAX_LINE)
                || (c > 0xdf && c <= 0xef && lp + 6 > QP_MAX_LINE)
                || (c > 0xef && c <= 0xf4 && lp + 9 > QP_MAX_LINE)) {
                mp_buf_adds(&b, "=\r\n");
                lp = 3;
            }
            mp_buf_addc(&b, '=');
            mp_buf_addc(&b, hex[c >> 4]);
            mp_buf_addc(&b, hex[c & 15]);
        } else {
            if (++lp > QP_MAX_LINE) {
                mp_buf_adds(&b, "=\r\n");
                lp = 1;
            }
            mp_buf_addc(&b, (char)c);
        }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* quoted_printable_decode(string $string): string -- "=HH" and soft line
 * breaks; like php it stops at a NUL byte */
static void bi_quoted_printable_decode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *in = argv[0].u.s->data;
    mp_str *r = mp_str_alloc(vm, argv[0].u.s->len);
    size_t i = 0, j = 0;
    while (in[i]) {
        if (in[i] != '=') { r->data[j++] = in[i++]; continue; }
        if (in[i + 1] && in[i + 2] && hexval((unsigned char)in[i + 1]) >= 0 && hexval((unsigned char)in[i + 2]) >= 0) {
            r->data[j++] = (char)(hexval((unsigned char)in[i + 1]) * 16 + hexval((unsigned char)in[i + 2]));
            i += 3;
            continue;
        }
        size_t k = 1;
        while (in[i + k] == ' ' || in[i + k] == '\t') k++;
        if (!in[i + k]) i += k;
        else if (in[i + k] == '\r' && in[i + k + 1] == '\n') i += k + 2;
        else if (in[i + k] == '\r' || in[i + k] == '\n') i += k + 1;
        else r->data[j++] = in[i++];
    }
    r->len = j;
    r->data[j] = 0;
    *ret = mp_v_str(r);
}

#define UU_ENC(c) ((char)((c) ? ((c) & 077) + ' ' : '`'))
#define UU_DEC(c) (((c) - ' ') & 077)

/* convert_uuencode(string $string): string -- lines of 45 bytes */
static void bi_convert_uuencode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *src = argv[0].u.s;
    const unsigned char *s = (const unsigned char *)src->data, *e = s + src->len;   /* NUL-terminated */
    size_t len = 45;
    mp_buf b;
    mp_buf_init(&b, vm);
    while (s + 3 < e) {
        const unsigned char *ee = s + len;
        if (ee > e) {
            ee = e;
            len = (size_t)(ee - s);
            if (len % 3) ee = s + len / 3 * 3;
        }
        mp_buf_addc(&b, UU_ENC(len));
        for (; s < ee; s += 3) {
            mp_buf_addc(&b, UU_ENC(s[0] >> 2));
            mp_buf_addc(&b, UU_ENC(((s[0] << 4) & 060) | ((s[1] >> 4) & 017)));
            mp_buf_addc(&b, UU_ENC(((s[1] << 2) & 074) | ((s[2] >> 6) & 03)));
            mp_buf_addc(&b, UU_ENC(s[2] & 077));
        }
        if (len == 45) mp_buf_addc(&b, '\n');
    }
    if (s < e) {
        if (len == 45) { mp_buf_addc(&b, UU_ENC(e - s)); len = 0; }
        mp_buf_addc(&b, UU_ENC(s[0] >> 2));
        mp_buf_addc(&b, UU_ENC(((s[0] << 4) & 060) | ((s[1] >> 4) & 017)));
        mp_buf_addc(&b, e - s > 1 ? UU_ENC(((s[1] << 2) & 074) | ((s[2] >> 6) & 03)) : UU_ENC(0));
        mp_buf_addc(&b, e - s > 2 ? UU_ENC(s[2] & 077) : UU_ENC(0));
    }
    if (len < 45) mp_buf_addc(&b, '\n');
    mp_buf_addc(&b, UU_ENC(0));
    mp_buf_addc(&b, '\n');
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* convert_uudecode(string $string): string|false */
static void bi_convert_uudecode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *src = argv[0].u.s;
    *ret = mp_v_bool(0);
    if (!src->len) goto bad;
    const char *s = src->data, *e = s + src->len;
    mp_str *r = mp_str_alloc(vm, src->len + 3);
    char *p = r->data;
    size_t len = 0, total = 0;
    while (s < e) {
        if ((len = (size_t)UU_DEC(*s++)) == 0) break;
        if (len > src->len) goto bad;
        total += len;
        const char *ee = s + (len == 45 ? 60 : (size_t)(len * 1.33));
        if (ee > e) goto bad;
        for (; s < ee; s += 4) {
            if (s + 4 > e) goto bad;
            *p++ = (char)(UU_DEC(s[0]) << 2 | UU_DEC(s[1]) >> 4);
            *p++ = (char)(UU_DEC(s[1]) << 4 | UU_DEC(s[2]) >> 2);
            *p++ = (char)(UU_DEC(s[2]) << 6 | UU_DEC(s[3]));
        }
        if (len < 45) break;
        s++;   /* the newline */
    }
    if (total > (size_t)(p - r->data)) {
        /* the short last group: read within the NUL-terminated source */
        char q[4] = { 0, 0, 0, 0 };
        for (int i = 0; i < 4 && s + i < e; i++) q[i] = s[i];
        *p++ = (char)(UU_DEC(q[0]) << 2 | UU_DEC(q[1]) >> 4);
        if (total > 1) {
            *p++ = (char)(UU_DEC(q[1]) << 4 | UU_DEC(q[2]) >> 2);
            if (total > 2) *p++ = (char)(UU_DEC(q[2]) << 6 | UU_DEC(q[3]));
        }
    }
    if (total > (size_t)(p - r->data)) total = (size_t)(p - r->data);
    r->len = total;
    r->data[total] = 0;
    *ret = mp_v_str(r);
    return;
bad:
    mp_error(vm, MP_E_WARNING, "convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string");
}

/* ---- the C locale ---- */

/* setlocale(int $category, $locales, ...$rest): string|false -- minphp has
 * only the C locale: "C", "POSIX", "C.UTF-8" and "" (the environment's
 * choice when it is one of those) succeed, "0" asks and gets "C" */
static void bi_setlocale(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    *ret = mp_v_bool(0);
    int64_t cat = argv[0].u.i;
    if (cat < 0 || cat > 6) return;
    for (int i = 1; i < argc; i++) {
        mp_val v = *mp_deref(&argv[i]);
        mp_array *list = v.type == MP_T_ARRAY ? v.u.a : NULL;
        uint32_t pos = 0;
        mp_key k; mp_val *e;
        for (;;) {
            mp_val item = v;
            if (list) {
                if (!mp_array_next(list, &pos, &k, &e)) break;
                item = *mp_deref(e);
            }
            mp_str *s = item.type == MP_T_NULL ? mp_str_empty() : mp_to_str(vm, item);
            const char *name = s->data;
            if (strcmp(name, "0") == 0) { *ret = mp_v_str(mp_str_cstr(vm, "C")); return; }
            if (!*name) {
                const char *env = getenv("LC_ALL");
                if (!env || !*env) env = getenv("LANG");
                name = env && *env ? env : "C";
            }
            if (strcmp(name, "POSIX") == 0) name = "C";
            if (strcmp(name, "C") == 0 || strcmp(name, "C.UTF-8") == 0 || strcmp(name, "C.utf8") == 0) {
                *ret = mp_v_str(mp_str_cstr(vm, name));
                return;
            }
            if (!list) break;
        }
    }
}

/* localeconv(): array -- the C locale's conventions */
static void bi_localeconv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    static const char *const strs[] = { "decimal_point", "thousands_sep", "int_curr_symbol", "currency_symbol",
                                        "mon_decimal_point", "mon_thousands_sep", "positive_sign", "negative_sign" };
    static const char *const ints[] = { "int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
                                        "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn" };
    mp_array *a = mp_array_new(vm, 18);
    for (int i = 0; i < 8; i++) mp_array_set_str(vm, a, strs[i], strlen(strs[i]), mp_v_str(mp_str_cstr(vm, i ? "" : ".")));
    for (int i = 0; i < 8; i++) mp_array_set_str(vm, a, ints[i], strlen(ints[i]), mp_v_int(127));
    mp_array_set_str(vm, a, "grouping", 8, mp_v_arr(mp_array_new(vm, 0)));
    mp_array_set_str(vm, a, "mon_grouping", 12, mp_v_arr(mp_array_new(vm, 0)));
    *ret = mp_v_arr(a);
}

/* strcoll(string $string1, string $string2): int -- the C locale's
 * strcmp(3): the difference of the first differing bytes (to a NUL) */
static void bi_strcoll(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    const unsigned char *a = (const unsigned char *)argv[0].u.s->data, *b = (const unsigned char *)argv[1].u.s->data;
    while (*a && *a == *b) { a++; b++; }
    *ret = mp_v_int((int)*a - (int)*b);
}

/* ---- shell escaping ---- */

/* escapeshellarg(string $arg): string -- in single quotes */
static void bi_escapeshellarg(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    if (memchr(s->data, 0, s->len)) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "escapeshellarg(): Argument #1 ($arg) must not contain any null bytes");
    mp_buf b;
    mp_buf_init(&b, vm);
    mp_buf_addc(&b, '\'');
    for (size_t i = 0; i < s->len; i++) {
        if (s->data[i] == '\'') mp_buf_adds(&b, "'\\''");
        else mp_buf_addc(&b, s->data[i]);
    }
    mp_buf_addc(&b, '\'');
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* escapeshellcmd(string $command): string -- a backslash before shell
 * metacharacters, and before quotes that have no partner. Bytes of valid
 * UTF-8 sequences pass; other bytes >= 0x80 are dropped (php under a UTF-8
 * LC_CTYPE) */
static void bi_escapeshellcmd(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    if (memchr(s->data, 0, s->len)) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "escapeshellcmd(): Argument #1 ($command) must not contain any null bytes");
    mp_buf b;
    mp_buf_init(&b, vm);
    const char *partner = NULL;
    for (size_t x = 0; x < s->len; x++) {
        unsigned char c = (unsigned char)s->data[x];
        if (c >= 0x80) {
            unsigned cp;
            int k = mp_utf8_next((const unsigned char *)s->data + x, s->len - x, &cp);
            if (k < 0) continue;
            mp_buf_add(&b, s->data + x, (size_t)k);
            x += (size_t)k - 1;
            continue;
        }
        switch (c) {
        case '"': case '\'':
            if (!partner && (partner = memchr(s->data + x + 1, c, s->len - x - 1))) {
                /* paired: kept as is */
            } else if (partner && *partner == (char)c) {
                partner = NULL;
            } else {
                mp_buf_addc(&b, '\\');
            }
            mp_buf_addc(&b, (char)c);
            break;
        case '#': case '&': case ';': case '`': case '|': case '*': case '?': case '~': case '<': case '>':
        case '^': case '(': case ')': case '[': case ']': case '{': case '}': case '$': case '\\': case '\n':
            mp_buf_addc(&b, '\\');
            mp_buf_addc(&b, (char)c);
            break;
        default:
            mp_buf_addc(&b, (char)c);
        }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* ---- IP addresses ---- */

/* ip2long(string $ip): int|false -- a dotted quad only */
static void bi_ip2long(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    struct in_addr a;
    mp_str *s = argv[0].u.s;
    if (!s->len || memchr(s->data, 0, s->len) || inet_pton(AF_INET, s->data, &a) != 1) { *ret = mp_v_bool(0); return; }
    *ret = mp_v_int((int64_t)ntohl(a.s_addr));
}

/* long2ip(int $ip): string|false */
static void bi_long2ip(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    uint32_t ip = (uint32_t)argv[0].u.i;
    char buf[16];
    snprintf(buf, sizeof buf, "%u.%u.%u.%u", ip >> 24, (ip >> 16) & 255, (ip >> 8) & 255, ip & 255);
    *ret = mp_v_str(mp_str_cstr(vm, buf));
}

/* inet_pton(string $ip): string|false -- IPv4 or IPv6 in binary */
static void bi_inet_pton(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    unsigned char buf[16];
    mp_str *s = argv[0].u.s;
    *ret = mp_v_bool(0);
    if (memchr(s->data, 0, s->len)) return;
    int v6 = strchr(s->data, ':') != NULL;
    if (inet_pton(v6 ? AF_INET6 : AF_INET, s->data, buf) != 1) return;
    *ret = mp_strv(vm, (const char *)buf, v6 ? 16 : 4);
}

/* inet_ntop(string $ip): string|false -- 4 or 16 bytes to text */
static void bi_inet_ntop(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    char buf[64];
    mp_str *s = argv[0].u.s;
    *ret = mp_v_bool(0);
    if (s->len != 4 && s->len != 16) return;
    if (!inet_ntop(s->len == 4 ? AF_INET : AF_INET6, s->data, buf, sizeof buf)) return;
    *ret = mp_v_str(mp_str_cstr(vm, buf));
}

static const mp_builtin rows[] = {
    { "addcslashes", bi_addcslashes, 2, 2, "ss", "string characters" },
    { "convert_uudecode", bi_convert_uudecode, 1, 1, "s", "string" },
    { "convert_uuencode", bi_convert_uuencode, 1, 1, "s", "string" },
    { "count_chars", bi_count_chars, 1, 2, "si", "string mode", "0" },
    { "escapeshellarg", bi_escapeshellarg, 1, 1, "s", "arg" },
    { "escapeshellcmd", bi_escapeshellcmd, 1, 1, "s", "command" },
    { "inet_ntop", bi_inet_ntop, 1, 1, "s", "ip" },
    { "inet_pton", bi_inet_pton, 1, 1, "s", "ip" },
    { "ip2long", bi_ip2long, 1, 1, "s", "ip" },
    { "localeconv", bi_localeconv, 0, 0, "", "" },
    { "long2ip", bi_long2ip, 1, 1, "i", "ip" },
    { "quoted_printable_decode", bi_quoted_printable_decode, 1, 1, "s", "string" },
    { "quoted_printable_encode", bi_quoted_printable_encode, 1, 1, "s", "string" },
    /* setlocale(int $category, $locales, ...$rest): string|false */
    { "setlocale", bi_setlocale, 2, -1, "izz*", "category locales rest" },
    { "str_rot13", bi_str_rot13, 1, 1, "s", "string" },
    { "strcoll", bi_strcoll, 2, 2, "ss", "string1 string2" },
    { "strcspn", bi_strcspn, 2, 4, "ssi?i", "string characters offset length", "0 null" },
    { "stripcslashes", bi_stripcslashes, 1, 1, "s", "string" },
    { "strpbrk", bi_strpbrk, 2, 2, "ss", "string characters" },
    { "strspn", bi_strspn, 2, 4, "ssi?i", "string characters offset length", "0 null" },
    { "strtok", bi_strtok, 1, 2, "s?s", "string token", "null" },
    { "utf8_decode", bi_utf8_decode, 1, 1, "s", "string" },
    { "utf8_encode", bi_utf8_encode, 1, 1, "s", "string" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_strings2, rows);
