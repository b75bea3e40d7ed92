/* mbstring.c - the mb_* functions most programs use, for UTF-8 only:
 * mb_strlen, mb_substr, mb_str_split, mb_strpos, mb_strtoupper,
 * mb_strtolower. Like PHP 8.2, lengths and offsets walk a lead-byte table
 * (so invalid bytes count as characters), strpos counts the bytes that are
 * not continuation bytes, and case mapping decodes with one '?' per invalid
 * sequence. Any other encoding name is a ValueError here. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "strutil.h"
#include "unicase.h"
#include "../vm/vmapi.h"
#define MP_LIBRARY_INTERNAL 1   /* minphp.h: no host macros over internal names */
#include "../include/minphp.h"

/* Bytes of the character starting with byte C (PHP's UTF-8 mblen table). */
static size_t u8_len(unsigned char c)
{
    if (c < 0xC2) return 1;
    if (c < 0xE0) return 2;
    if (c < 0xF0) return 3;
    if (c < 0xF5) return 4;
    return 1;
}

/* Check the optional encoding argument at ARGV[I]: UTF-8 (any case, also "utf8"). */
static void check_encoding(mp_vm *vm, const char *fn, int argc, mp_val *argv, int i, const char *pname)
{
    if (argc <= i || argv[i].type != MP_T_STRING)
        return;
    const char *e = argv[i].u.s->data;
    if (!strcasecmp(e, "UTF-8") || !strcasecmp(e, "UTF8"))
        return;
    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($%s) must be a valid encoding, \"%s\" given", fn, i + 1, pname, e);
}

/* Characters in [p, p+n). */
static size_t u8_count(const unsigned char *p, size_t n)
{
    size_t k = 0, i = 0;
    while (i < n) {
        i += u8_len(p[i]);
        k++;
    }
    return k;
}

/* Byte offset of character K (clamped to N). */
static size_t u8_skip(const unsigned char *p, size_t n, size_t k)
{
    size_t i = 0;
    while (k-- > 0 && i < n)
        i += u8_len(p[i]);
    return i > n ? n : i;
}

/* mb_strlen(string $string, ?string $encoding = null): int */
static void bi_mb_strlen(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strlen", argc, argv, 1, "encoding");
    *ret = mp_v_int((int64_t)u8_count((const unsigned char *)argv[0].u.s->data, argv[0].u.s->len));
}

/* mb_substr(string $string, int $start, ?int $length = null, ?string $encoding = null): string */
static void bi_mb_substr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_substr", argc, argv, 3, "encoding");
    mp_str *s = argv[0].u.s;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t from = argv[1].u.i;
    int have_len = argc > 2 && argv[2].type == MP_T_INT;
    int64_t len = have_len ? argv[2].u.i : 0;
    if (from == INT64_MIN)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_substr(): Argument #2 ($start) must be between %lld and %lld", -(long long)INT64_MAX, (long long)INT64_MAX);
    if (have_len && len == INT64_MIN)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_substr(): Argument #3 ($length) must be between %lld and %lld", -(long long)INT64_MAX, (long long)INT64_MAX);
    uint64_t mblen = 0, rfrom, rlen = UINT64_MAX;
    if (from < 0 || (have_len && len < 0))
        mblen = u8_count(p, s->len);
    if (from >= 0)
        rfrom = (uint64_t)from;
    else if ((uint64_t)0 - (uint64_t)from < mblen)
        rfrom = mblen - ((uint64_t)0 - (uint64_t)from);
    else
        rfrom = 0;
    if (have_len) {
        if (len >= 0)
            rlen = (uint64_t)len;
        else if (rfrom < mblen && (uint64_t)0 - (uint64_t)len < mblen - rfrom)
            rlen = (mblen - rfrom) - ((uint64_t)0 - (uint64_t)len);
        else
            rlen = 0;
    }
    size_t a = u8_skip(p, s->len, rfrom > s->len ? s->len : (size_t)rfrom);
    size_t b = rlen == UINT64_MAX ? s->len : a + u8_skip(p + a, s->len - a, rlen > s->len ? s->len : (size_t)rlen);
    *ret = mp_strv(vm, s->data + a, b - a);
}

/* mb_str_split(string $string, int $length = 1, ?string $encoding = null): array */
static void bi_mb_str_split(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t n = argc > 1 ? argv[1].u.i : 1;
    if (n < 1)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_str_split(): Argument #2 ($length) must be greater than 0");
    check_encoding(vm, "mb_str_split", argc, argv, 2, "encoding");
    const unsigned char *p = (const unsigned char *)s->data;
    mp_array *a = mp_array_new(vm, 0);
    size_t i = 0;
    while (i < s->len) {
        size_t j = i + u8_skip(p + i, s->len - i, (size_t)(n > (int64_t)s->len ? (int64_t)s->len : n));
        mp_array_append(vm, a, mp_strv(vm, s->data + i, j - i));
        i = j;
    }
    *ret = mp_v_arr(a);
}

/* mb_strpos(string $haystack, string $needle, int $offset = 0, ?string $encoding = null): int|false */
static void bi_mb_strpos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strpos", argc, argv, 3, "encoding");
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    const unsigned char *p = (const unsigned char *)h->data, *end = p + h->len, *at = p;
    int64_t off = argc > 2 ? argv[2].u.i : 0;
    int bad = 0;
    if (off > 0) {
        /* forward: the lead-byte table */
        for (int64_t k = off; k > 0; k--) {
            if (at >= end) {
                bad = 1;
                break;
            }
            at += u8_len(*at);
        }
    } else if (off < 0) {
        /* backward: every byte that is not a continuation byte starts a character */
        at = end;
        for (int64_t k = off; k < 0;) {
            if (at <= p) {
                bad = 1;
                break;
            }
            unsigned char c = *--at;
            if ((c & 0xC0) != 0x80)
                k++;
        }
    }
    if (bad)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)");
    const char *f = at > end ? NULL : mp_memmem((const char *)at, (size_t)(end - at), n->data, n->len);
    if (!f) {
        *ret = mp_v_bool(0);
        return;
    }
    int64_t k = 0;
    for (const unsigned char *q = p; q < (const unsigned char *)f; q++)
        if ((*q & 0xC0) != 0x80)
            k++;
    *ret = mp_v_int(k);
}

/* ---- case mapping ---- */

/* Decode one character at S[*i] the way PHP 8.2's UTF-8 decoder does:
 * -1 for an invalid sequence, consuming its longest valid prefix (or the
 * one bad byte). */
static long u8_decode(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    size_t need;
    unsigned cp, lo = 0x80, hi = 0xBF;
    if (c < 0x80) {
        (*i)++;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        (*i)++;
        return -1;
    }
    (*i)++;
    for (size_t k = 0; k < need; k++) {
        if (*i >= n)
            return -1;
        unsigned t = s[*i];
        if (t < lo || t > hi)
            return -1;
        lo = 0x80;
        hi = 0xBF;
        cp = cp << 6 | (t & 0x3F);
        (*i)++;
    }
    return (long)cp;
}

static void u8_encode(mp_buf *b, uint32_t cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) { t[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { t[0] = (char)(0xC0 | cp >> 6); t[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { t[0] = (char)(0xE0 | cp >> 12); t[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[2] = (char)(0x80 | (cp & 0x3F)); n = 3; }
    else { t[0] = (char)(0xF0 | cp >> 18); t[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[3] = (char)(0x80 | (cp & 0x3F)); n = 4; }
    mp_buf_add(b, t, n);
}

/* Map CP to upper (UPPER) or lower case into B: FULL uses the one-to-many
 * mappings (ß -> SS), otherwise only the one-to-one runs. */
static void case_map_cp(mp_buf *b, uint32_t cp, int upper, int full)
{
    const mp_case_run *runs = upper ? case_upper_runs : case_lower_runs;
    size_t nruns = upper ? sizeof case_upper_runs / sizeof *runs : sizeof case_lower_runs / sizeof *runs;
    const mp_case_multi *multi = upper ? case_upper_multi : case_lower_multi;
    size_t nmulti = upper ? sizeof case_upper_multi / sizeof *multi : sizeof case_lower_multi / sizeof *multi;
    if (cp < 0x80) {
        mp_buf_addc(b, (char)(upper ? mp_toupper((unsigned char)cp) : mp_tolower((unsigned char)cp)));
        return;
    }
    for (size_t k = 0; full && k < nmulti; k++)
        if (multi[k].cp == cp) {
            for (int j = 0; j < 3 && multi[k].to[j]; j++)
                u8_encode(b, multi[k].to[j]);
            return;
        }
    size_t lo = 0, hi = nruns;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < runs[mid].first)
            hi = mid;
        else if (cp > runs[mid].last)
            lo = mid + 1;
        else {
            if ((cp - runs[mid].first) % runs[mid].stride == 0)
                cp = (uint32_t)((int32_t)cp + runs[mid].delta);
            break;
        }
    }
    u8_encode(b, cp);
}

/* S mapped to upper or lower case; one '?' per invalid sequence. */
static mp_str *case_map_str(mp_vm *vm, const mp_str *s, int upper, int full)
{
    const unsigned char *p = (const unsigned char *)s->data;
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t i = 0;
    while (i < s->len) {
        if (p[i] < 0x80) {
            mp_buf_addc(&b, (char)(upper ? mp_toupper(p[i]) : mp_tolower(p[i])));
            i++;
            continue;
        }
        long c = u8_decode(p, s->len, &i);
        if (c < 0) mp_buf_addc(&b, '?');
        else case_map_cp(&b, (uint32_t)c, upper, full);
    }
    return mp_buf_finish(&b);
}

static void case_map(mp_vm *vm, int upper, mp_val *argv, mp_val *ret)
{
    *ret = mp_v_str(case_map_str(vm, argv[0].u.s, upper, 1));
}

/* mb_strtoupper(string $string, ?string $encoding = null): string */
static void bi_mb_strtoupper(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strtoupper", argc, argv, 1, "encoding");
    case_map(vm, 1, argv, ret);
}

/* mb_strtolower(string $string, ?string $encoding = null): string */
static void bi_mb_strtolower(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strtolower", argc, argv, 1, "encoding");
    case_map(vm, 0, argv, ret);
}

/* ---- searching: positions count the bytes that are not continuation bytes ---- */

/* Characters before byte N of P, as PHP counts positions. */
static int64_t pos_count(const unsigned char *p, size_t n)
{
    int64_t k = 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) k++;
    return k;
}

/* Byte offset of character K (K <= the count). */
static size_t pos_skip(const unsigned char *p, size_t n, int64_t k)
{
    size_t i = 0;
    for (; i < n; i++)
        if ((p[i] & 0xC0) != 0x80 && k-- == 0) break;
    return i;
}

/* Find NEEDLE in HAYSTACK (folded to lower case when CI): the character
 * index of the first (or, REVERSE, last) match the offset allows, -1 if
 * none; ValueError (named after FN) for an offset outside the string. */
static int64_t mb_find(mp_vm *vm, const char *fn, mp_str *h, mp_str *n, int64_t off, int reverse, int ci)
{
    if (ci) {
        h = case_map_str(vm, h, 0, 0);
        n = case_map_str(vm, n, 0, 0);
    }
    const unsigned char *p = (const unsigned char *)h->data;
    int64_t len = pos_count(p, h->len);
    if (off > len || -off > len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", fn);
    if (!reverse) {
        size_t from = pos_skip(p, h->len, off < 0 ? len + off : off);
        const char *f = mp_memmem(h->data + from, h->len - from, n->data, n->len);
        return f ? pos_count(p, (size_t)(f - h->data)) : -1;
    }
    /* the last match starting at or after OFF, or at or before len+OFF */
    size_t lo = off >= 0 ? pos_skip(p, h->len, off) : 0;
    size_t hi = off >= 0 ? h->len : pos_skip(p, h->len, len + off);
    if (n->len > h->len) return -1;
    if (hi > h->len - n->len) hi = h->len - n->len;
    for (size_t i = hi + 1; i-- > lo; )
        if (memcmp(h->data + i, n->data, n->len) == 0) return pos_count(p, i);
    return -1;
}

static void find_ret(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret, int reverse, int ci)
{
    check_encoding(vm, fn, argc, argv, 3, "encoding");
    int64_t k = mb_find(vm, fn, argv[0].u.s, argv[1].u.s, argc > 2 ? argv[2].u.i : 0, reverse, ci);
    *ret = k < 0 ? mp_v_bool(0) : mp_v_int(k);
}

/* mb_strrpos / mb_stripos / mb_strripos(string $haystack, string $needle, int $offset = 0, ?string $encoding = null): int|false */
static void bi_mb_strrpos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { find_ret(vm, "mb_strrpos", argc, argv, ret, 1, 0); }
static void bi_mb_stripos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { find_ret(vm, "mb_stripos", argc, argv, ret, 0, 1); }
static void bi_mb_strripos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { find_ret(vm, "mb_strripos", argc, argv, ret, 1, 1); }

/* mb_strstr family: the part of the haystack from (or, BEFORE, up to) the match. */
static void part_ret(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret, int reverse, int ci)
{
    check_encoding(vm, fn, argc, argv, 3, "encoding");
    mp_str *h = argv[0].u.s;
    int64_t k = mb_find(vm, fn, h, argv[1].u.s, 0, reverse, ci);
    if (k < 0) { *ret = mp_v_bool(0); return; }
    size_t at = pos_skip((const unsigned char *)h->data, h->len, k);
    if (argc > 2 && argv[2].type == MP_T_TRUE) *ret = mp_strv(vm, h->data, at);
    else *ret = mp_strv(vm, h->data + at, h->len - at);
}

/* mb_strstr(string $haystack, string $needle, bool $before_needle = false, ?string $encoding = null): string|false */
static void bi_mb_strstr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { part_ret(vm, "mb_strstr", argc, argv, ret, 0, 0); }
static void bi_mb_stristr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { part_ret(vm, "mb_stristr", argc, argv, ret, 0, 1); }
static void bi_mb_strrchr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { part_ret(vm, "mb_strrchr", argc, argv, ret, 1, 0); }
static void bi_mb_strrichr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { part_ret(vm, "mb_strrichr", argc, argv, ret, 1, 1); }

/* mb_substr_count(string $haystack, string $needle, ?string $encoding = null): int -- non-overlapping */
static void bi_mb_substr_count(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_substr_count", argc, argv, 2, "encoding");
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    if (!n->len) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_substr_count(): Argument #2 ($needle) must not be empty");
    int64_t count = 0;
    const char *p = h->data, *end = h->data + h->len, *f;
    while ((f = mp_memmem(p, (size_t)(end - p), n->data, n->len)) != NULL) {
        count++;
        p = f + n->len;
    }
    *ret = mp_v_int(count);
}

/* ---- display width (East Asian Width "W" and "F": two columns) ---- */

static const struct { uint32_t lo, hi; } wide_ranges[] = {
    { 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a }, { 0x23e9, 0x23ec }, { 0x23f0, 0x23f0 },
    { 0x23f3, 0x23f3 }, { 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 }, { 0x267f, 0x267f },
    { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 }, { 0x26aa, 0x26ab }, { 0x26bd, 0x26be }, { 0x26c4, 0x26d4 },
    { 0x26ea, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270b }, { 0x2728, 0x2728 }, { 0x274c, 0x274c },
    { 0x274e, 0x274e }, { 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 }, { 0x27b0, 0x27b0 },
    { 0x27bf, 0x27bf }, { 0x2b1b, 0x2b1c }, { 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x303e },
    { 0x3041, 0x4dbf }, { 0x4e00, 0xa4c6 }, { 0xa960, 0xa97c }, { 0xac00, 0xd7a3 }, { 0xf900, 0xfaff },
    { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6b }, { 0xff01, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x16fe0, 0x1b2fb },
    { 0x1f004, 0x1f004 }, { 0x1f0cf, 0x1f0cf }, { 0x1f18e, 0x1f19a }, { 0x1f200, 0x1f320 }, { 0x1f32d, 0x1f335 },
    { 0x1f337, 0x1f37c }, { 0x1f37e, 0x1f393 }, { 0x1f3a0, 0x1f3ca }, { 0x1f3cf, 0x1f3d3 }, { 0x1f3e0, 0x1f3f0 },
    { 0x1f3f4, 0x1f3f4 }, { 0x1f3f8, 0x1f43e }, { 0x1f440, 0x1f440 }, { 0x1f442, 0x1f4fc }, { 0x1f4ff, 0x1f53d },
    { 0x1f54b, 0x1f54e }, { 0x1f550, 0x1f567 }, { 0x1f57a, 0x1f57a }, { 0x1f595, 0x1f596 }, { 0x1f5a4, 0x1f5a4 },
    { 0x1f5fb, 0x1f64f }, { 0x1f680, 0x1f6c5 }, { 0x1f6cc, 0x1f6cc }, { 0x1f6d0, 0x1f6d2 }, { 0x1f6d5, 0x1f6d7 },
    { 0x1f6eb, 0x1f6ec }, { 0x1f6f4, 0x1f6fc }, { 0x1f7e0, 0x1f7eb }, { 0x1f90c, 0x1f93a }, { 0x1f93c, 0x1f945 },
    { 0x1f947, 0x1f9ff }, { 0x1fa70, 0x1fad6 }, { 0x20000, 0x3fffd },
};

static int cp_width(long cp)
{
    if (cp < 0x1100) return 1;
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if ((uint32_t)cp < wide_ranges[mid].lo) hi = mid;
        else if ((uint32_t)cp > wide_ranges[mid].hi) lo = mid + 1;
        else return 2;
    }
    return 1;
}

/* Code points of S (-1 for each invalid sequence); count in *n. */
static long *decode_all(mp_vm *vm, const mp_str *s, size_t *n)
{
    long *cps = mp_alloc(vm, sizeof(long) * (s->len + 1));
    size_t i = 0, k = 0;
    while (i < s->len) cps[k++] = u8_decode((const unsigned char *)s->data, s->len, &i);
    *n = k;
    return cps;
}

/* mb_strwidth(string $string, ?string $encoding = null): int */
static void bi_mb_strwidth(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strwidth", argc, argv, 1, "encoding");
    size_t n;
    long *cps = decode_all(vm, argv[0].u.s, &n);
    int64_t w = 0;
    for (size_t i = 0; i < n; i++) w += cp_width(cps[i]);
    *ret = mp_v_int(w);
}

/* mb_strimwidth(string $string, int $start, int $width, string $trim_marker = "", ?string $encoding = null): string */
static void bi_mb_strimwidth(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strimwidth", argc, argv, 4, "encoding");
    size_t n, nm;
    long *cps = decode_all(vm, argv[0].u.s, &n);
    int64_t start = argv[1].u.i, width = argv[2].u.i;
    mp_str *marker = argc > 3 ? argv[3].u.s : mp_str_empty();
    if (start < 0) start += (int64_t)n;
    if (start < 0 || start > (int64_t)n) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_strimwidth(): Argument #2 ($start) is out of range");
    int64_t rest = 0;
    for (size_t i = (size_t)start; i < n; i++) rest += cp_width(cps[i]);
    if (width < 0) {
        width += rest;
        if (width < 0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_strimwidth(): Argument #3 ($width) is out of range");
    }
    mp_buf b;
    mp_buf_init(&b, vm);
    if (rest <= width) {
        for (size_t i = (size_t)start; i < n; i++) { if (cps[i] < 0) mp_buf_addc(&b, '?'); else u8_encode(&b, (uint32_t)cps[i]); }
        *ret = mp_v_str(mp_buf_finish(&b));
        return;
    }
    long *mcps = decode_all(vm, marker, &nm);
    int64_t mw = 0;
    for (size_t i = 0; i < nm; i++) mw += cp_width(mcps[i]);
    int64_t used = 0;
    for (size_t i = (size_t)start; i < n; i++) {
        int w = cp_width(cps[i]);
        if (used + w > width - mw) break;
        used += w;
        if (cps[i] < 0) mp_buf_addc(&b, '?'); else u8_encode(&b, (uint32_t)cps[i]);
    }
    if (width >= mw) mp_buf_add(&b, marker->data, marker->len);
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* ---- case conversion ---- */

enum { MB_CASE_UPPER, MB_CASE_LOWER, MB_CASE_TITLE, MB_CASE_FOLD,
       MB_CASE_UPPER_SIMPLE, MB_CASE_LOWER_SIMPLE, MB_CASE_TITLE_SIMPLE, MB_CASE_FOLD_SIMPLE };

/* Letters with a case (title-casing starts a word at one). */
static int cp_cased(long cp)
{
    if (cp < 0x80) return mp_isalpha((unsigned char)cp);
    if (cp == 0xAA || cp == 0xBA || (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp <= 0x24F)) return 1;
    return cp >= 0x250 && cp <= 0x2AF ? 1 : (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x1E00 && cp <= 0x1FFF)
           || (cp >= 0x2C00 && cp <= 0x2D2F) || (cp >= 0xA640 && cp <= 0xA7FF) || (cp >= 0xFF21 && cp <= 0xFF5A)
           || (cp >= 0x10400 && cp <= 0x1044F) || (cp >= 0x531 && cp <= 0x587) || (cp >= 0x10A0 && cp <= 0x10FF)
           || (cp >= 0x13A0 && cp <= 0x13FF) || (cp >= 0xFB00 && cp <= 0xFB17) || (cp >= 0x2160 && cp <= 0x217F)
           || (cp >= 0x24B6 && cp <= 0x24E9);
}

/* Characters a word goes on through (Unicode Case_Ignorable: apostrophes,
 * periods, colons, modifiers and combining marks). */
static int cp_case_ignorable(long cp)
{
    switch (cp) {
    case '\'': case '.': case ':': case '^': case '`': case 0xA8: case 0xAD: case 0xAF: case 0xB4: case 0xB7: case 0xB8:
    case 0x387: case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A:
        return 1;
    }
    return (cp >= 0x2B0 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x483 && cp <= 0x489)
           || (cp >= 0x591 && cp <= 0x5BD) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF)
           || (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* The title case of CP into B: the digraphs have their own title forms,
 * the ligatures (ß, ﬁ...) become an upper letter and lower ones. */
static void title_cp(mp_vm *vm, mp_buf *b, long cp, int full)
{
    switch (cp) {
    case 0x1C4: case 0x1C5: case 0x1C6: u8_encode(b, 0x1C5); return;
    case 0x1C7: case 0x1C8: case 0x1C9: u8_encode(b, 0x1C8); return;
    case 0x1CA: case 0x1CB: case 0x1CC: u8_encode(b, 0x1CB); return;
    case 0x1F1: case 0x1F2: case 0x1F3: u8_encode(b, 0x1F2); return;
    }
    if (full && (cp == 0xDF || (cp >= 0xFB00 && cp <= 0xFB06))) {
        mp_buf t;
        mp_buf_init(&t, vm);
        case_map_cp(&t, (uint32_t)cp, 1, 1);
        mp_str *u = mp_buf_finish(&t);
        /* first letter upper, the others lower (ASCII in every such mapping) */
        for (size_t i = 0; i < u->len; i++) mp_buf_addc(b, (char)(i ? mp_tolower((unsigned char)u->data[i]) : u->data[i]));
        return;
    }
    case_map_cp(b, (uint32_t)cp, 1, full);
}

/* mb_convert_case(string $string, int $mode, ?string $encoding = null): string */
static void bi_mb_convert_case(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t mode = argv[1].u.i;
    check_encoding(vm, "mb_convert_case", argc, argv, 2, "encoding");
    if (mode < MB_CASE_UPPER || mode > MB_CASE_FOLD_SIMPLE)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_convert_case(): Argument #2 ($mode) must be one of the MB_CASE_* constants");
    mp_str *s = argv[0].u.s;
    int full = mode < MB_CASE_UPPER_SIMPLE;
    switch (mode % 4) {
    case MB_CASE_UPPER: *ret = mp_v_str(case_map_str(vm, s, 1, full)); return;
    case MB_CASE_LOWER: *ret = mp_v_str(case_map_str(vm, s, 0, full)); return;
    case MB_CASE_FOLD:
        *ret = mp_v_str(full ? case_map_str(vm, case_map_str(vm, s, 1, 1), 0, 1) : case_map_str(vm, s, 0, 0));
        return;
    }
    size_t n;
    long *cps = decode_all(vm, s, &n);
    mp_buf b;
    mp_buf_init(&b, vm);
    int in_word = 0;
    for (size_t i = 0; i < n; i++) {
        long cp = cps[i];
        if (cp < 0) { mp_buf_addc(&b, '?'); in_word = 0; continue; }
        if (in_word) {
            if (cp_cased(cp)) case_map_cp(&b, (uint32_t)cp, 0, full);
            else {
                if (!cp_case_ignorable(cp)) in_word = 0;
                u8_encode(&b, (uint32_t)cp);
            }
        } else if (cp_cased(cp)) {
            in_word = 1;
            title_cp(vm, &b, cp, full);
        } else {
            u8_encode(&b, (uint32_t)cp);
        }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* ---- encodings: UTF-8, with ASCII and ISO-8859-1 for conversions ---- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN };

static int encoding_id(const mp_str *e)
{
    static const struct { const char *name; int id; } names[] = {
        { "UTF-8", ENC_UTF8 }, { "UTF8", ENC_UTF8 }, { "ASCII", ENC_ASCII }, { "US-ASCII", ENC_ASCII },
        { "ISO-8859-1", ENC_LATIN1 }, { "ISO8859-1", ENC_LATIN1 }, { "LATIN1", ENC_LATIN1 },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i].name) == e->len && strcasecmp(names[i].name, e->data) == 0) return names[i].id;
    return ENC_UNKNOWN;
}

static const char *const encoding_names[] = { "UTF-8", "ASCII", "ISO-8859-1" };

/* Is S well-formed in encoding ENC? */
static int valid_in(const mp_str *s, int enc)
{
    const unsigned char *p = (const unsigned char *)s->data;
    if (enc == ENC_LATIN1) return 1;
    if (enc == ENC_ASCII) {
        for (size_t i = 0; i < s->len; i++) if (p[i] >= 0x80) return 0;
        return 1;
    }
    size_t i = 0;
    while (i < s->len)
        if (u8_decode(p, s->len, &i) < 0) return 0;
    return 1;
}

/* mb_internal_encoding(?string $encoding = null): string|bool */
static void bi_mb_internal_encoding(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argc < 1 || argv[0].type == MP_T_NULL) { *ret = mp_v_str(mp_str_cstr(vm, "UTF-8")); return; }
    if (encoding_id(argv[0].u.s) != ENC_UTF8)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_internal_encoding(): Argument #1 ($encoding) must be a valid encoding, \"%s\" given", argv[0].u.s->data);
    *ret = mp_v_bool(1);
}

static int check_value(mp_vm *vm, mp_val v, int enc, int depth)
{
    v = *mp_deref(&v);
    if (v.type == MP_T_STRING) return valid_in(v.u.s, enc);
    if (v.type != MP_T_ARRAY || depth > 64) return v.type != MP_T_ARRAY;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(v.u.a, &pos, &k, &e); ) {
        if (k.s && !valid_in(k.s, enc)) return 0;
        if (!check_value(vm, *e, enc, depth + 1)) return 0;
    }
    return 1;
}

/* An encoding argument at ARGV[I] (null: UTF-8); ValueError for others. */
static int encoding_arg(mp_vm *vm, const char *fn, int argc, mp_val *argv, int i, const char *pname)
{
    if (argc <= i || argv[i].type != MP_T_STRING) return ENC_UTF8;
    int id = encoding_id(argv[i].u.s);
    if (id == ENC_UNKNOWN)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($%s) must be a valid encoding, \"%s\" given", fn, i + 1, pname, argv[i].u.s->data);
    return id;
}

/* mb_check_encoding(array|string|null $value = null, ?string $encoding = null): bool */
static void bi_mb_check_encoding(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int enc = encoding_arg(vm, "mb_check_encoding", argc, argv, 1, "encoding");
    if (argc < 1 || argv[0].type == MP_T_NULL) {
        mp_error(vm, MP_E_DEPRECATED, "mb_check_encoding(): Calling mb_check_encoding() without argument is deprecated");
        *ret = mp_v_bool(1);
        return;
    }
    mp_val v = *mp_deref(&argv[0]);
    if (v.type != MP_T_STRING && v.type != MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "mb_check_encoding(): Argument #1 ($value) must be of type array|string|null, %s given", mp_debug_type(v));
    *ret = mp_v_bool(check_value(vm, v, enc, 0));
}

/* mb_ord(string $string, ?string $encoding = null): int|false */
static void bi_mb_ord(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_ord", argc, argv, 1, "encoding");
    mp_str *s = argv[0].u.s;
    if (!s->len) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_ord(): Argument #1 ($string) must not be empty");
    size_t i = 0;
    long cp = u8_decode((const unsigned char *)s->data, s->len, &i);
    *ret = cp < 0 ? mp_v_bool(0) : mp_v_int(cp);
}

/* mb_chr(int $codepoint, ?string $encoding = null): string|false */
static void bi_mb_chr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_chr", argc, argv, 1, "encoding");
    int64_t cp = argv[0].u.i;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { *ret = mp_v_bool(0); return; }
    mp_buf b;
    mp_buf_init(&b, vm);
    u8_encode(&b, (uint32_t)cp);
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* S decoded from FROM and encoded in TO; '?' for what TO cannot hold or
 * FROM does not allow. */
static mp_str *convert(mp_vm *vm, const mp_str *s, int to, int from)
{
    const unsigned char *p = (const unsigned char *)s->data;
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t i = 0;
    while (i < s->len) {
        long cp;
        if (from == ENC_UTF8) cp = u8_decode(p, s->len, &i);
        else { cp = p[i++]; if (from == ENC_ASCII && cp >= 0x80) cp = -1; }
        if (cp < 0) { mp_buf_addc(&b, '?'); continue; }
        if (to == ENC_UTF8) u8_encode(&b, (uint32_t)cp);
        else mp_buf_addc(&b, (char)(cp < (to == ENC_ASCII ? 0x80 : 0x100) ? cp : '?'));
    }
    return mp_buf_finish(&b);
}

/* mb_scrub(string $string, ?string $encoding = null): string */
static void bi_mb_scrub(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int enc = encoding_arg(vm, "mb_scrub", argc, argv, 1, "encoding");
    *ret = mp_v_str(convert(vm, argv[0].u.s, enc, enc));
}

/* The encodings an encoding-list argument names ("A, B" or an array). */
static int encoding_list(mp_vm *vm, const char *fn, int argno, const char *pname, mp_val v, int *ids, int max)
{
    int n = 0;
    v = *mp_deref(&v);
    mp_array *list = mp_array_new(vm, 4);
    if (v.type == MP_T_ARRAY) {
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(v.u.a, &pos, &k, &e); ) mp_array_append(vm, list, mp_v_str(mp_to_str(vm, *mp_deref(e))));
    } else {
        mp_str *s = mp_to_str(vm, v);
        const char *p = s->data, *end = s->data + s->len;
        while (p <= end) {
            const char *c = memchr(p, ',', (size_t)(end - p));
            if (!c) c = end;
            const char *a = p, *z = c;
            while (a < z && (*a == ' ' || *a == '\t')) a++;
            while (z > a && (z[-1] == ' ' || z[-1] == '\t')) z--;
            mp_array_append(vm, list, mp_v_str(mp_str_new(vm, a, (size_t)(z - a))));
            p = c + 1;
        }
    }
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(list, &pos, &k, &e); ) {
        mp_str *name = e->u.s;
        if (!strcasecmp(name->data, "auto")) {
            if (n < max) ids[n++] = ENC_ASCII;
            if (n < max) ids[n++] = ENC_UTF8;
            continue;
        }
        int id = encoding_id(name);
        if (id == ENC_UNKNOWN)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #%d ($%s) contains invalid encoding \"%s\"", fn, argno, pname, name->data);
        if (n < max) ids[n++] = id;
    }
    return n;
}

/* mb_detect_encoding(string $string, array|string|null $encodings = null, bool $strict = false): string|false
 * -- the first listed encoding the string is valid in (ASCII, UTF-8 by default) */
static void bi_mb_detect_encoding(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int ids[16], n;
    if (argc > 1 && argv[1].type != MP_T_NULL) n = encoding_list(vm, "mb_detect_encoding", 2, "encodings", argv[1], ids, 16);
    else {
        const char *cur = mp_ini_get(vm, "mbstring.detect_order");
        if (cur && *cur) n = encoding_list(vm, "mb_detect_encoding", 2, "encodings", mp_v_str(mp_str_cstr(vm, cur)), ids, 16);
        else { ids[0] = ENC_ASCII; ids[1] = ENC_UTF8; n = 2; }
    }
    for (int i = 0; i < n; i++)
        if (valid_in(argv[0].u.s, ids[i])) { *ret = mp_v_str(mp_str_cstr(vm, encoding_names[ids[i]])); return; }
    *ret = mp_v_bool(0);
}

static mp_val convert_value(mp_vm *vm, mp_val v, int to, int from)
{
    v = *mp_deref(&v);
    if (v.type == MP_T_ARRAY) {
        mp_array *out = mp_array_new(vm, mp_array_count(v.u.a));
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(v.u.a, &pos, &k, &e); ) {
            if (k.s) k.s = convert(vm, k.s, to, from);
            mp_array_set(vm, out, k, convert_value(vm, *e, to, from));
        }
        return mp_v_arr(out);
    }
    if (v.type != MP_T_STRING) { mp_val_share(v); return v; }
    return mp_v_str(convert(vm, v.u.s, to, from));
}

/* mb_convert_encoding(array|string $string, string $to_encoding, array|string|null $from_encoding = null): array|string|false */
static void bi_mb_convert_encoding(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val v = *mp_deref(&argv[0]);
    if (v.type != MP_T_STRING && v.type != MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "mb_convert_encoding(): Argument #1 ($string) must be of type array|string, %s given", mp_debug_type(v));
    int to = encoding_arg(vm, "mb_convert_encoding", argc, argv, 1, "to_encoding");
    int from = ENC_UTF8;
    if (argc > 2 && argv[2].type != MP_T_NULL) {
        int ids[16];
        int n = encoding_list(vm, "mb_convert_encoding", 3, "from_encoding", argv[2], ids, 16);
        from = ids[0];
        if (n > 1 && v.type == MP_T_STRING)
            for (int i = 0; i < n; i++) if (valid_in(v.u.s, ids[i])) { from = ids[i]; break; }
    }
    *ret = convert_value(vm, v, to, from);
}

/* mb_strcut(string $string, int $start, ?int $length = null, ?string $encoding = null): string
 * -- by bytes, both ends moved back to the start of their character */
static void bi_mb_strcut(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    check_encoding(vm, "mb_strcut", argc, argv, 3, "encoding");
    mp_str *s = argv[0].u.s;
    const unsigned char *p = (const unsigned char *)s->data;
    int64_t n = (int64_t)s->len, from = argv[1].u.i;
    int64_t len = argc > 2 && argv[2].type == MP_T_INT ? argv[2].u.i : n;
    if (from < 0) { from += n; if (from < 0) from = 0; }
    if (len < 0) { len += n - from; if (len < 0) len = 0; }
    if (from > n) { *ret = mp_v_str(mp_str_empty()); return; }
    int64_t a = 0, m = 0;
    while (a < from) a += (m = (int64_t)u8_len(p[a]));
    if (a > from) a -= m;
    int64_t b = a;
    if (len >= n - a) b = n;
    else {
        int64_t q = a + len;
        while (b < q) b += (m = (int64_t)u8_len(p[b]));
        if (b > q) b -= m;
    }
    *ret = mp_strv(vm, s->data + a, (size_t)(b - a));
}

/* ---- mbstring settings (kept as the mbstring.* ini settings) ---- */

/* mb_substitute_character(string|int|null $substitute_character = null): string|int|bool */
static void bi_mb_substitute_character(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const char *cur = mp_ini_get(vm, "mbstring.substitute_character");
    if (argc < 1 || argv[0].type == MP_T_NULL) {
        if (!cur || !*cur) *ret = mp_v_int('?');
        else if (mp_isdigit((unsigned char)*cur)) *ret = mp_v_int(strtoll(cur, NULL, 10));
        else *ret = mp_v_str(mp_str_cstr(vm, cur));
        return;
    }
    mp_val v = *mp_deref(&argv[0]);
    char buf[24];
    if (v.type == MP_T_STRING && (!strcasecmp(v.u.s->data, "none") || !strcasecmp(v.u.s->data, "long") || !strcasecmp(v.u.s->data, "entity"))) {
        snprintf(buf, sizeof buf, "%s", v.u.s->data);
        for (char *c = buf; *c; c++) *c = (char)mp_tolower((unsigned char)*c);
    } else {
        int64_t cp;
        mp_val num;
        if (v.type == MP_T_INT) cp = v.u.i;
        else if (v.type == MP_T_STRING && mp_str_numeric(v.u.s->data, v.u.s->len, &num, 0, NULL)) cp = mp_to_int(vm, v);
        else mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_substitute_character(): Argument #1 ($substitute_character) must be \"none\", \"long\", \"entity\" or a valid codepoint");
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_substitute_character(): Argument #1 ($substitute_character) is not a valid codepoint");
        snprintf(buf, sizeof buf, "%lld", (long long)cp);
    }
    mp_ini_set(vm, "mbstring.substitute_character", buf);
    *ret = mp_v_bool(1);
}

/* mb_language(?string $language = null): string|bool */
static void bi_mb_language(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    static const struct { const char *name, *alias; } langs[] = {
        { "uni", "universal" }, { "neutral", NULL }, { "English", "en" }, { "Japanese", "ja" }, { "Korean", "ko" },
        { "Simplified Chinese", "zh-cn" }, { "Traditional Chinese", "zh-tw" }, { "German", "de" }, { "Russian", "ru" },
        { "Ukrainian", "ua" }, { "Armenian", "hy" }, { "Turkish", "tr" },
    };
    if (argc < 1 || argv[0].type == MP_T_NULL) {
        const char *cur = mp_ini_get(vm, "mbstring.language");
        *ret = mp_v_str(mp_str_cstr(vm, cur && *cur ? cur : "neutral"));
        return;
    }
    const char *want = argv[0].u.s->data;
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
        if (!strcasecmp(want, langs[i].name) || (langs[i].alias && !strcasecmp(want, langs[i].alias))) {
            mp_ini_set(vm, "mbstring.language", langs[i].name);
            *ret = mp_v_bool(1);
            return;
        }
    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mb_language(): Argument #1 ($language) must be a valid language, \"%s\" given", want);
}

/* mb_detect_order(array|string|null $encoding = null): array|bool */
static void bi_mb_detect_order(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int ids[16], n;
    if (argc < 1 || argv[0].type == MP_T_NULL) {
        const char *cur = mp_ini_get(vm, "mbstring.detect_order");
        if (cur && *cur) n = encoding_list(vm, "mb_detect_order", 1, "encoding", mp_v_str(mp_str_cstr(vm, cur)), ids, 16);
        else { ids[0] = ENC_ASCII; ids[1] = ENC_UTF8; n = 2; }
        mp_array *a = mp_array_new(vm, (uint32_t)n);
        for (int i = 0; i < n; i++) mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, encoding_names[ids[i]])));
        *ret = mp_v_arr(a);
        return;
    }
    n = encoding_list(vm, "mb_detect_order", 1, "encoding", argv[0], ids, 16);
    mp_buf b;
    mp_buf_init(&b, vm);
    for (int i = 0; i < n; i++) { if (i) mp_buf_adds(&b, ","); mp_buf_adds(&b, encoding_names[ids[i]]); }
    mp_ini_set(vm, "mbstring.detect_order", mp_buf_finish(&b)->data);
    *ret = mp_v_bool(1);
}

/* mb_preferred_mime_name(string $encoding): string|false */
static void bi_mb_preferred_mime_name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int id = encoding_arg(vm, "mb_preferred_mime_name", argc, argv, 0, "encoding");
    static const char *const mime[] = { "UTF-8", "US-ASCII", "ISO-8859-1" };
    *ret = mp_v_str(mp_str_cstr(vm, mime[id]));
}

/* mb_list_encodings(): array -- the ones minphp converts */
static void bi_mb_list_encodings(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = mp_array_new(vm, 3);
    mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, "ASCII")));
    mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, "UTF-8")));
    mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, "ISO-8859-1")));
    *ret = mp_v_arr(a);
}

/* mb_encoding_aliases(string $encoding): array */
static void bi_mb_encoding_aliases(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int id = encoding_arg(vm, "mb_encoding_aliases", argc, argv, 0, "encoding");
    static const char *const utf8[] = { "utf8", NULL };
    static const char *const ascii[] = { "ANSI_X3.4-1968", "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "US-ASCII",
                                         "ISO646-US", "us", "IBM367", "IBM-367", "cp367", "csASCII", NULL };
    static const char *const latin1[] = { "ISO8859-1", "latin1", NULL };
    const char *const *list = id == ENC_UTF8 ? utf8 : id == ENC_ASCII ? ascii : latin1;
    mp_array *a = mp_array_new(vm, 4);
    for (int i = 0; list[i]; i++) mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, list[i])));
    *ret = mp_v_arr(a);
}

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
static const mp_builtin rows[] = {
    { "mb_check_encoding", bi_mb_check_encoding, 0, 2, "z?s", "value encoding", "null null" },
    { "mb_chr", bi_mb_chr, 1, 2, "i?s", "codepoint encoding", "null" },
    { "mb_convert_case", bi_mb_convert_case, 2, 3, "si?s", "string mode encoding", "null" },
    { "mb_convert_encoding", bi_mb_convert_encoding, 2, 3, "zsz", "string to_encoding from_encoding", "null" },
    { "mb_detect_encoding", bi_mb_detect_encoding, 1, 3, "szb", "string encodings strict", "null false" },
    { "mb_detect_order", bi_mb_detect_order, 0, 1, "z", "encoding", "null" },
    { "mb_encoding_aliases", bi_mb_encoding_aliases, 1, 1, "s", "encoding" },
    { "mb_internal_encoding", bi_mb_internal_encoding, 0, 1, "?s", "encoding", "null" },
    { "mb_language", bi_mb_language, 0, 1, "?s", "language", "null" },
    { "mb_list_encodings", bi_mb_list_encodings, 0, 0, "", "" },
    { "mb_ord", bi_mb_ord, 1, 2, "s?s", "string encoding", "null" },
    { "mb_preferred_mime_name", bi_mb_preferred_mime_name, 1, 1, "s", "encoding" },
    { "mb_scrub", bi_mb_scrub, 1, 2, "s?s", "string encoding", "null" },
    { "mb_str_split", bi_mb_str_split, 1, 3, "si?s", "string length encoding", "1 null" },
    { "mb_strcut", bi_mb_strcut, 2, 4, "si?i?s", "string start length encoding", "null null" },
    { "mb_strimwidth", bi_mb_strimwidth, 3, 5, "siis?s", "string start width trim_marker encoding", "'' null" },
    { "mb_stripos", bi_mb_stripos, 2, 4, "ssi?s", "haystack needle offset encoding", "0 null" },
    { "mb_stristr", bi_mb_stristr, 2, 4, "ssb?s", "haystack needle before_needle encoding", "false null" },
    { "mb_strlen", bi_mb_strlen, 1, 2, "s?s", "string encoding", "null" },
    { "mb_strpos", bi_mb_strpos, 2, 4, "ssi?s", "haystack needle offset encoding", "0 null" },
    { "mb_strrchr", bi_mb_strrchr, 2, 4, "ssb?s", "haystack needle before_needle encoding", "false null" },
    { "mb_strrichr", bi_mb_strrichr, 2, 4, "ssb?s", "haystack needle before_needle encoding", "false null" },
    { "mb_strripos", bi_mb_strripos, 2, 4, "ssi?s", "haystack needle offset encoding", "0 null" },
    { "mb_strrpos", bi_mb_strrpos, 2, 4, "ssi?s", "haystack needle offset encoding", "0 null" },
    { "mb_strstr", bi_mb_strstr, 2, 4, "ssb?s", "haystack needle before_needle encoding", "false null" },
    { "mb_strtolower", bi_mb_strtolower, 1, 2, "s?s", "string encoding", "null" },
    { "mb_strtoupper", bi_mb_strtoupper, 1, 2, "s?s", "string encoding", "null" },
    { "mb_strwidth", bi_mb_strwidth, 1, 2, "s?s", "string encoding", "null" },
    { "mb_substitute_character", bi_mb_substitute_character, 0, 1, "z", "substitute_character", "null" },
    { "mb_substr", bi_mb_substr, 2, 4, "si?i?s", "string start length encoding", "null null" },
    { "mb_substr_count", bi_mb_substr_count, 2, 3, "ss?s", "haystack needle encoding", "null" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_mbstring, rows);
