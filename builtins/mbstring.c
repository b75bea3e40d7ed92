/* mbstring.c - the mb_* functions most programs use, for UTF-8 only:
 * mb_strlen, mb_substr, mb_str_split, mb_strpos, mb_strtoupper,
 * mb_strtolower. Like PHP 8.2, lengths and offsets walk a lead-byte table
 * (so invalid bytes count as characters), strpos counts the bytes that are
 * not continuation bytes, and case mapping decodes with one '?' per invalid
 * sequence. Any other encoding name is a ValueError here. */
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "strutil.h"
#include "unicase.h"
#include "../vm/vmapi.h"

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

static void case_map(mp_vm *vm, int upper, mp_val *argv, mp_val *ret)
{
    const mp_case_run *runs = upper ? case_upper_runs : case_lower_runs;
    size_t nruns = upper ? sizeof case_upper_runs / sizeof *runs : sizeof case_lower_runs / sizeof *runs;
    const mp_case_multi *multi = upper ? case_upper_multi : case_lower_multi;
    size_t nmulti = upper ? sizeof case_upper_multi / sizeof *multi : sizeof case_lower_multi / sizeof *multi;
    mp_str *s = argv[0].u.s;
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
        if (c < 0) {
            mp_buf_addc(&b, '?');
            continue;
        }
        uint32_t cp = (uint32_t)c;
        size_t k;
        for (k = 0; k < nmulti; k++)
            if (multi[k].cp == cp)
                break;
        if (k < nmulti) {
            for (int j = 0; j < 3 && multi[k].to[j]; j++)
                u8_encode(&b, multi[k].to[j]);
            continue;
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
        u8_encode(&b, cp);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
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

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
static const mp_builtin rows[] = {
    { "mb_str_split", bi_mb_str_split, 1, 3, "si?s", "string length encoding", "1 null" },
    { "mb_strlen", bi_mb_strlen, 1, 2, "s?s", "string encoding", "null" },
    { "mb_strpos", bi_mb_strpos, 2, 4, "ssi?s", "haystack needle offset encoding", "0 null" },
    { "mb_strtolower", bi_mb_strtolower, 1, 2, "s?s", "string encoding", "null" },
    { "mb_strtoupper", bi_mb_strtoupper, 1, 2, "s?s", "string encoding", "null" },
    { "mb_substr", bi_mb_substr, 2, 4, "si?i?s", "string start length encoding", "null null" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_mbstring, rows);
