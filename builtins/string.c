/* string.c - PHP's byte-string functions (ext/standard/string.c): slicing,
 * searching, replacing, case, trimming, padding, splitting and joining.
 * All byte-oriented and locale-independent (PHP 8.2 case mapping is ASCII).
 * Arguments arrive checked and coerced by mp_builtin_invoke. */
#define _GNU_SOURCE   /* memmem, memrchr */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/random.h>
#include <unistd.h>
#include "builtins.h"
#include "strutil.h"
#include "stream.h"
#include "../vm/vmapi.h"

/* ---- shared helpers (strutil.h) ---- */

mp_val mp_strv(mp_vm *vm, const char *p, size_t n)
{
    if (n == 0)
        return mp_v_str(mp_str_empty());
    if (n == 1)
        return mp_v_str(mp_str_char((unsigned char)p[0]));
    return mp_v_str(mp_str_new(vm, p, n));
}

mp_val mp_strv_same(mp_val v)
{
    mp_val_share(v);
    return v;
}

int mp_charmask(mp_vm *vm, const char *fn, const unsigned char *in, size_t len, unsigned char mask[256])
{
    const unsigned char *end = in + len, *start = in;
    int ok = 1;
    memset(mask, 0, 256);
    for (; in < end; in++) {
        unsigned char c = *in;
        if (in + 3 < end && in[1] == '.' && in[2] == '.' && in[3] >= c) {
            memset(mask + c, 1, (size_t)(in[3] - c + 1));
            in += 3;
        } else if (in + 1 < end && in[0] == '.' && in[1] == '.') {
            /* PHP's messages, most helpful first */
            ok = 0;
            if (in == start)
                mp_error(vm, MP_E_WARNING, "%s(): Invalid '..'-range, no character to the left of '..'", fn);
            else if (in + 2 >= end)
                mp_error(vm, MP_E_WARNING, "%s(): Invalid '..'-range, no character to the right of '..'", fn);
            else if (in[-1] > in[2])
                mp_error(vm, MP_E_WARNING, "%s(): Invalid '..'-range, '..'-range needs to be incrementing", fn);
            else
                mp_error(vm, MP_E_WARNING, "%s(): Invalid '..'-range", fn);
        } else {
            mask[c] = 1;
        }
    }
    return ok;
}

const char *mp_memmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0)
        return h;
    if (nn > hn)
        return NULL;
    if (nn == 1)
        return memchr(h, n[0], hn);
    return memmem(h, hn, n, nn);
}

/* Last occurrence of n that starts at or after h and ends at or before h+hn. */
static const char *mem_rfind(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (const char *p = h + (hn - nn);; p--) {
        if (memcmp(p, n, nn) == 0)
            return p;
        if (p == h)
            return NULL;
    }
}

char *mp_lower_dup(mp_vm *vm, const char *s, size_t n)
{
    char *d = mp_alloc_atomic(vm, n + 1);
    for (size_t i = 0; i < n; i++)
        d[i] = (char)mp_tolower((unsigned char)s[i]);
    d[n] = '\0';
    return d;
}

/* ---- length and slicing ---- */

/* substr(string $string, int $offset, ?int $length = null): string */
static void bi_substr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t len = (int64_t)s->len, f = argv[1].u.i, l;
    if (f > len) {
        *ret = mp_strv(vm, "", 0);
        return;
    }
    if (f < 0)
        f = f < -len ? 0 : len + f;
    if (argc > 2 && argv[2].type != MP_T_NULL) {
        l = argv[2].u.i;
        if (l < 0) {
            /* stop that many bytes before the end */
            l = (len - f) + l;
            if (l < 0)
                l = 0;
        } else if (l > len - f) {
            l = len - f;
        }
    } else {
        l = len - f;
    }
    if (f == 0 && l == len)
        *ret = mp_strv_same(argv[0]);
    else
        *ret = mp_strv(vm, s->data + f, (size_t)l);
}

/* substr_count(string $haystack, string $needle, int $offset = 0, ?int $length = null): int */
static void bi_substr_count(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    int64_t len = (int64_t)h->len, off = argc > 2 ? argv[2].u.i : 0;
    if (n->len == 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "substr_count(): Argument #2 ($needle) cannot be empty");
    if (off < 0)
        off += len;
    if (off < 0 || off > len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)");
    int64_t end = len;
    if (argc > 3 && argv[3].type != MP_T_NULL) {
        int64_t l = argv[3].u.i;
        if (l < 0)
            l += len - off;
        if (l < 0 || l > len - off)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)");
        end = off + l;
    }
    int64_t count = 0;
    const char *p = h->data + off, *e = h->data + end;
    while (p < e) {
        const char *f = mp_memmem(p, (size_t)(e - p), n->data, n->len);
        if (!f)
            break;
        count++;
        p = f + n->len;
    }
    *ret = mp_v_int(count);
}

/* Clamp substr_replace()'s offset/length to one string of LEN bytes. */
static void replace_span(int64_t len, int64_t f, int64_t l, int64_t *fo, int64_t *lo)
{
    if (f < 0) {
        f += len;
        if (f < 0)
            f = 0;
    } else if (f > len) {
        f = len;
    }
    if (l < 0) {
        l = (len - f) + l;
        if (l < 0)
            l = 0;
    }
    if (l > len)
        l = len;
    if (f + l > len)
        l = len - f;
    *fo = f;
    *lo = l;
}

/* Next element (from *pos on) of an array, dereferenced; NULL at the end. */
static mp_val *arr_next_val(const mp_array *a, uint32_t *pos)
{
    mp_key k;
    mp_val *v;
    if (!mp_array_next(a, pos, &k, &v))
        return NULL;
    return mp_deref(v);
}

static mp_str *splice(mp_vm *vm, const mp_str *s, int64_t f, int64_t l, const mp_str *r)
{
    mp_str *o = mp_str_alloc(vm, s->len - (size_t)l + r->len);
    memcpy(o->data, s->data, (size_t)f);
    memcpy(o->data + f, r->data, r->len);
    memcpy(o->data + f + r->len, s->data + f + l, s->len - (size_t)(f + l));
    return o;
}

/* substr_replace(array|string $string, array|string $replace, array|int $offset,
 *                array|int|null $length = null): string|array */
static void bi_substr_replace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val str = argv[0], rep = argv[1], from = argv[2];
    mp_val len = argc > 3 ? argv[3] : mp_v_null();
    if (str.type == MP_T_STRING) {
        mp_str *s = str.u.s;
        if (from.type == MP_T_ARRAY)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string");
        if (len.type == MP_T_ARRAY)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "substr_replace(): Argument #4 ($length) cannot be an array when working on a single string");
        int64_t l = len.type == MP_T_NULL ? (int64_t)s->len : len.u.i, f;
        replace_span((int64_t)s->len, from.u.i, l, &f, &l);
        mp_str *r;
        if (rep.type == MP_T_ARRAY) {
            uint32_t pos = 0;
            mp_val *e = arr_next_val(rep.u.a, &pos);
            r = e ? mp_to_str(vm, *e) : mp_str_empty();
        } else {
            r = rep.u.s;
        }
        *ret = mp_v_str(splice(vm, s, f, l, r));
        return;
    }
    mp_array *out = mp_array_new(vm, mp_array_count(str.u.a));
    uint32_t fpos = 0, lpos = 0, rpos = 0, pos = 0;
    mp_key k;
    mp_val *e;
    while (mp_array_next(str.u.a, &pos, &k, &e)) {
        mp_str *s = mp_to_str(vm, *mp_deref(e));
        int64_t slen = (int64_t)s->len, f = 0, l = slen;
        if (from.type == MP_T_ARRAY) {
            mp_val *fv = arr_next_val(from.u.a, &fpos);
            f = fv ? mp_to_int(vm, *fv) : 0;
        } else {
            f = from.u.i;
        }
        if (len.type == MP_T_ARRAY) {
            mp_val *lv = arr_next_val(len.u.a, &lpos);
            l = lv ? mp_to_int(vm, *lv) : slen;
        } else if (len.type != MP_T_NULL) {
            l = len.u.i;
        }
        /* the array form clamps like the single-string one, minus its
         * "length longer than the string" step */
        if (f < 0) {
            f += slen;
            if (f < 0)
                f = 0;
        } else if (f > slen) {
            f = slen;
        }
        if (l < 0) {
            l = (slen - f) + l;
            if (l < 0)
                l = 0;
        }
        if (f + l > slen)
            l = slen - f;
        mp_str *r;
        if (rep.type == MP_T_ARRAY) {
            mp_val *rv = arr_next_val(rep.u.a, &rpos);
            r = rv ? mp_to_str(vm, *rv) : mp_str_empty();
        } else {
            r = rep.u.s;
        }
        mp_array_set(vm, out, k, mp_v_str(splice(vm, s, f, l, r)));
    }
    *ret = mp_v_arr(out);
}

/* ---- searching ---- */

/* strpos / stripos core: returns the offset or -1. */
static int64_t find_forward(mp_vm *vm, const char *fn, int ci, mp_str *h, mp_str *n, int64_t off)
{
    int64_t len = (int64_t)h->len;
    if (off < 0)
        off += len;
    if (off < 0 || off > len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", fn);
    const char *hs = h->data, *ns = n->data;
    if (ci) {
        hs = mp_lower_dup(vm, h->data, h->len);
        ns = mp_lower_dup(vm, n->data, n->len);
    }
    const char *f = mp_memmem(hs + off, (size_t)(len - off), ns, n->len);
    return f ? f - hs : -1;
}

/* strpos(string $haystack, string $needle, int $offset = 0): int|false */
static void bi_strpos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t r = find_forward(vm, "strpos", 0, argv[0].u.s, argv[1].u.s, argc > 2 ? argv[2].u.i : 0);
    *ret = r < 0 ? mp_v_bool(0) : mp_v_int(r);
}

/* stripos(string $haystack, string $needle, int $offset = 0): int|false */
static void bi_stripos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t r = find_forward(vm, "stripos", 1, argv[0].u.s, argv[1].u.s, argc > 2 ? argv[2].u.i : 0);
    *ret = r < 0 ? mp_v_bool(0) : mp_v_int(r);
}

/* strrpos / strripos core. A negative offset counts from the end and also
 * bounds where the match may end: it must start at or before len+offset. */
static int64_t find_backward(mp_vm *vm, const char *fn, int ci, mp_str *h, mp_str *n, int64_t off)
{
    int64_t len = (int64_t)h->len, nlen = (int64_t)n->len;
    const char *hs = h->data, *ns = n->data;
    int64_t from, to;   /* the match must lie within [from, to) */
    if (off >= 0) {
        if (off > len)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", fn);
        from = off;
        to = len;
    } else {
        if (off < -INT64_MAX || -off > len)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", fn);
        from = 0;
        to = -off < nlen ? len : len + off + nlen;
    }
    if (ci) {
        hs = mp_lower_dup(vm, h->data, h->len);
        ns = mp_lower_dup(vm, n->data, n->len);
    }
    if (to - from < nlen)
        return -1;
    const char *f = mem_rfind(hs + from, (size_t)(to - from), ns, (size_t)nlen);
    return f ? f - hs : -1;
}

/* strrpos(string $haystack, string $needle, int $offset = 0): int|false */
static void bi_strrpos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t r = find_backward(vm, "strrpos", 0, argv[0].u.s, argv[1].u.s, argc > 2 ? argv[2].u.i : 0);
    *ret = r < 0 ? mp_v_bool(0) : mp_v_int(r);
}

/* strripos(string $haystack, string $needle, int $offset = 0): int|false */
static void bi_strripos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t r = find_backward(vm, "strripos", 1, argv[0].u.s, argv[1].u.s, argc > 2 ? argv[2].u.i : 0);
    *ret = r < 0 ? mp_v_bool(0) : mp_v_int(r);
}

/* strstr / stristr: the part from the first match (or before it). */
static void do_strstr(mp_vm *vm, int ci, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    int before = argc > 2 && argv[2].type == MP_T_TRUE;
    const char *hs = h->data, *ns = n->data;
    if (ci) {
        hs = mp_lower_dup(vm, h->data, h->len);
        ns = mp_lower_dup(vm, n->data, n->len);
    }
    const char *f = mp_memmem(hs, h->len, ns, n->len);
    if (!f) {
        *ret = mp_v_bool(0);
        return;
    }
    size_t at = (size_t)(f - hs);
    *ret = before ? mp_strv(vm, h->data, at) : mp_strv(vm, h->data + at, h->len - at);
}

/* strstr(string $haystack, string $needle, bool $before_needle = false): string|false */
static void bi_strstr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_strstr(vm, 0, argc, argv, ret); }
/* stristr(string $haystack, string $needle, bool $before_needle = false): string|false */
static void bi_stristr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_strstr(vm, 1, argc, argv, ret); }

/* strrchr(string $haystack, string $needle): string|false -- only the
 * needle's first byte counts (NUL for an empty needle) */
static void bi_strrchr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *h = argv[0].u.s;
    char c = argv[1].u.s->data[0];
    const char *f = h->len ? memrchr(h->data, c, h->len) : NULL;
    *ret = f ? mp_strv(vm, f, h->len - (size_t)(f - h->data)) : mp_v_bool(0);
}

/* str_contains(string $haystack, string $needle): bool */
static void bi_str_contains(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_bool(mp_memmem(argv[0].u.s->data, argv[0].u.s->len, argv[1].u.s->data, argv[1].u.s->len) != NULL);
}

/* str_starts_with(string $haystack, string $needle): bool */
static void bi_str_starts_with(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    *ret = mp_v_bool(n->len <= h->len && memcmp(h->data, n->data, n->len) == 0);
}

/* str_ends_with(string $haystack, string $needle): bool */
static void bi_str_ends_with(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    *ret = mp_v_bool(n->len <= h->len && memcmp(h->data + h->len - n->len, n->data, n->len) == 0);
}

/* ---- replacing ---- */

/* Replace every N in S (case-insensitively if CI) by R; adds to *count.
 * Returns S itself when nothing matched. */
static mp_str *replace_all(mp_vm *vm, mp_str *s, const mp_str *n, const mp_str *r, int ci, int64_t *count)
{
    if (n->len == 0 || n->len > s->len)
        return s;
    const char *hs = s->data, *ns = n->data;
    if (ci) {
        hs = mp_lower_dup(vm, s->data, s->len);
        ns = mp_lower_dup(vm, n->data, n->len);
    }
    const char *f = mp_memmem(hs, s->len, ns, n->len);
    if (!f)
        return s;
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t at = 0;
    while (f) {
        size_t i = (size_t)(f - hs);
        mp_buf_add(&b, s->data + at, i - at);
        mp_buf_add(&b, r->data, r->len);
        (*count)++;
        at = i + n->len;
        f = mp_memmem(hs + at, s->len - at, ns, n->len);
    }
    mp_buf_add(&b, s->data + at, s->len - at);
    return mp_buf_finish(&b);
}

/* One subject string through str_replace's search/replace pairs. */
static mp_str *replace_subject(mp_vm *vm, mp_val search, mp_val replace, mp_str *s, int ci, int64_t *count)
{
    if (search.type != MP_T_ARRAY)
        return replace_all(vm, s, search.u.s, replace.u.s, ci, count);
    uint32_t spos = 0, rpos = 0;
    mp_val *sv;
    if (s->len == 0)
        return s;
    while ((sv = arr_next_val(search.u.a, &spos))) {
        mp_str *n = mp_to_str(vm, *sv), *r;
        if (replace.type == MP_T_ARRAY) {
            mp_val *rv = arr_next_val(replace.u.a, &rpos);
            r = rv ? mp_to_str(vm, *rv) : mp_str_empty();
        } else {
            r = replace.u.s;
        }
        s = replace_all(vm, s, n, r, ci, count);
        if (s->len == 0)
            break;
    }
    return s;
}

static void do_str_replace(mp_vm *vm, const char *fn, int ci, int argc, mp_val *argv, mp_val *ret)
{
    mp_val search = argv[0], replace = argv[1], subject = argv[2];
    if (search.type == MP_T_STRING && replace.type == MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string", fn);
    int64_t count = 0;
    if (subject.type == MP_T_ARRAY) {
        mp_array *out = mp_array_new(vm, mp_array_count(subject.u.a));
        uint32_t pos = 0;
        mp_key k;
        mp_val *e;
        while (mp_array_next(subject.u.a, &pos, &k, &e)) {
            mp_str *s = mp_to_str(vm, *mp_deref(e));
            mp_str *r = replace_subject(vm, search, replace, s, ci, &count);
            if (r == s)
                mp_val_share(mp_v_str(s));
            mp_array_set(vm, out, k, mp_v_str(r));
        }
        *ret = mp_v_arr(out);
    } else {
        mp_str *r = replace_subject(vm, search, replace, subject.u.s, ci, &count);
        *ret = r == subject.u.s ? mp_strv_same(subject) : mp_v_str(r);
    }
    if (argc > 3)
        mp_deref(&argv[3])[0] = mp_v_int(count);
}

/* str_replace(array|string $search, array|string $replace, string|array $subject, &$count = null): string|array */
static void bi_str_replace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_str_replace(vm, "str_replace", 0, argc, argv, ret); }
/* str_ireplace(array|string $search, array|string $replace, string|array $subject, &$count = null): string|array */
static void bi_str_ireplace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_str_replace(vm, "str_ireplace", 1, argc, argv, ret); }

/* strtr's array form: at each position the longest key that matches wins;
 * keys are tried from the longest length present down to the shortest. */
static void strtr_array(mp_vm *vm, mp_val sv, mp_array *pairs, mp_val *ret)
{
    mp_str *s = sv.u.s;
    uint32_t n = mp_array_count(pairs);
    if (n == 0 || s->len == 0) {
        *ret = mp_strv_same(sv);
        return;
    }
    mp_str **keys = mp_alloc(vm, n * sizeof *keys);
    mp_str **vals = mp_alloc(vm, n * sizeof *vals);
    size_t minlen = SIZE_MAX, maxlen = 0, nk = 0;
    unsigned char first[256] = {0};
    uint32_t pos = 0;
    mp_key k;
    mp_val *e;
    while (mp_array_next(pairs, &pos, &k, &e)) {
        mp_str *key = k.s ? k.s : mp_to_str(vm, mp_v_int(k.i));
        if (key->len == 0) {
            mp_error(vm, MP_E_WARNING, "strtr(): Ignoring replacement of empty string");
            continue;
        }
        keys[nk] = key;
        vals[nk] = mp_to_str(vm, *mp_deref(e));
        if (key->len < minlen) minlen = key->len;
        if (key->len > maxlen) maxlen = key->len;
        first[(unsigned char)key->data[0]] = 1;
        nk++;
    }
    if (nk == 0) {
        *ret = mp_strv_same(sv);
        return;
    }
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t i = 0;
    while (i < s->len) {
        int hit = -1;
        if (first[(unsigned char)s->data[i]] && s->len - i >= minlen) {
            size_t best = 0;
            for (size_t j = 0; j < nk; j++) {
                size_t kl = keys[j]->len;
                if (kl > best && kl <= s->len - i && memcmp(s->data + i, keys[j]->data, kl) == 0) {
                    best = kl;
                    hit = (int)j;
                }
            }
        }
        if (hit >= 0) {
            mp_buf_add(&b, vals[hit]->data, vals[hit]->len);
            i += keys[hit]->len;
        } else {
            mp_buf_addc(&b, s->data[i++]);
        }
    }
    (void)maxlen;
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* strtr(string $string, string|array $from, ?string $to = null): string */
static void bi_strtr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val from = argv[1];
    if (argc < 3 || argv[2].type == MP_T_NULL) {
        if (from.type != MP_T_ARRAY)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "strtr(): Argument #2 ($from) must be of type array, string given");
        strtr_array(vm, argv[0], from.u.a, ret);
        return;
    }
    if (from.type == MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "strtr(): Argument #2 ($from) must be of type string, array given");
    mp_str *s = argv[0].u.s, *f = from.u.s, *t = argv[2].u.s;
    size_t n = f->len < t->len ? f->len : t->len;
    if (n == 0 || s->len == 0) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    unsigned char map[256];
    for (int c = 0; c < 256; c++)
        map[c] = (unsigned char)c;
    for (size_t i = 0; i < n; i++)
        map[(unsigned char)f->data[i]] = (unsigned char)t->data[i];
    mp_str *o = mp_str_alloc(vm, s->len);
    for (size_t i = 0; i < s->len; i++)
        o->data[i] = (char)map[(unsigned char)s->data[i]];
    *ret = mp_v_str(o);
}

/* ---- repeat, pad, reverse ---- */

/* str_repeat(string $string, int $times): string */
static void bi_str_repeat(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    int64_t times = argv[1].u.i;
    if (times < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "str_repeat(): Argument #2 ($times) must be greater than or equal to 0");
    if (s->len == 0 || times == 0) {
        *ret = mp_strv(vm, "", 0);
        return;
    }
    if ((uint64_t)times > (SIZE_MAX / 2) / s->len)
        mp_error(vm, MP_E_ERROR, "Possible integer overflow in memory allocation (%zu * %lld + 32)", s->len, (long long)times);
    size_t total = s->len * (size_t)times;
    mp_str *o = mp_str_alloc(vm, total);
    if (s->len == 1) {
        memset(o->data, s->data[0], total);
    } else {
        memcpy(o->data, s->data, s->len);
        size_t done = s->len;
        while (done < total) {
            size_t c = done < total - done ? done : total - done;
            memcpy(o->data + done, o->data, c);
            done += c;
        }
    }
    *ret = mp_v_str(o);
}

/* str_pad(string $string, int $length, string $pad_string = " ", int $pad_type = STR_PAD_RIGHT): string */
static void bi_str_pad(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t length = argv[1].u.i;
    const char *pad = argc > 2 ? argv[2].u.s->data : " ";
    size_t padlen = argc > 2 ? argv[2].u.s->len : 1;
    int64_t type = argc > 3 ? argv[3].u.i : 1;
    if (length < 0 || (size_t)length <= s->len) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    if (padlen == 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "str_pad(): Argument #3 ($pad_string) must be a non-empty string");
    if (type < 0 || type > 2)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH");
    size_t npad = (size_t)length - s->len, left = 0, right = 0;
    if (type == 0) left = npad;
    else if (type == 1) right = npad;
    else { left = npad / 2; right = npad - left; }
    mp_str *o = mp_str_alloc(vm, (size_t)length);
    char *d = o->data;
    for (size_t i = 0; i < left; i++)
        *d++ = pad[i % padlen];
    memcpy(d, s->data, s->len);
    d += s->len;
    for (size_t i = 0; i < right; i++)
        *d++ = pad[i % padlen];
    *ret = mp_v_str(o);
}

/* strrev(string $string): string */
static void bi_strrev(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    mp_str *o = mp_str_alloc(vm, s->len);
    for (size_t i = 0; i < s->len; i++)
        o->data[i] = s->data[s->len - 1 - i];
    *ret = mp_v_str(o);
}

/* ---- case ---- */

static void map_case(mp_vm *vm, mp_val *argv, mp_val *ret, int upper)
{
    mp_str *s = argv[0].u.s;
    size_t i = 0;
    /* return the argument itself when nothing changes, as PHP does */
    for (; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            break;
    }
    if (i == s->len) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    mp_str *o = mp_str_new(vm, s->data, s->len);
    for (; i < s->len; i++) {
        unsigned char c = (unsigned char)o->data[i];
        o->data[i] = (char)(upper ? mp_toupper(c) : mp_tolower(c));
    }
    *ret = mp_v_str(o);
}

/* strtolower(string $string): string */
static void bi_strtolower(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; map_case(vm, argv, ret, 0); }
/* strtoupper(string $string): string */
static void bi_strtoupper(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; map_case(vm, argv, ret, 1); }

static void first_case(mp_vm *vm, mp_val *argv, mp_val *ret, int upper)
{
    mp_str *s = argv[0].u.s;
    if (s->len == 0) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    unsigned char c = (unsigned char)s->data[0], m = upper ? mp_toupper(c) : mp_tolower(c);
    if (m == c) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    mp_str *o = mp_str_new(vm, s->data, s->len);
    o->data[0] = (char)m;
    *ret = mp_v_str(o);
}

/* ucfirst(string $string): string */
static void bi_ucfirst(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; first_case(vm, argv, ret, 1); }
/* lcfirst(string $string): string */
static void bi_lcfirst(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; first_case(vm, argv, ret, 0); }

/* ucwords(string $string, string $separators = " \t\r\n\f\v"): string */
static void bi_ucwords(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    unsigned char mask[256];
    if (argc > 1)
        mp_charmask(vm, "ucwords", (const unsigned char *)argv[1].u.s->data, argv[1].u.s->len, mask);
    else
        mp_charmask(vm, "ucwords", (const unsigned char *)" \t\r\n\f\v", 6, mask);
    if (s->len == 0) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    mp_str *o = mp_str_new(vm, s->data, s->len);
    o->data[0] = (char)mp_toupper((unsigned char)o->data[0]);
    for (size_t i = 0; i + 1 < o->len; i++)
        if (mask[(unsigned char)o->data[i]])
            o->data[i + 1] = (char)mp_toupper((unsigned char)o->data[i + 1]);
    *ret = mp_v_str(o);
}

/* ---- trimming ---- */

/* mode: 1 left, 2 right, 3 both */
static void do_trim(mp_vm *vm, const char *fn, int mode, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    unsigned char mask[256];
    if (argc > 1)
        mp_charmask(vm, fn, (const unsigned char *)argv[1].u.s->data, argv[1].u.s->len, mask);
    else
        mp_charmask(vm, fn, (const unsigned char *)" \n\r\t\v", 6, mask);   /* incl. the NUL */
    size_t a = 0, b = s->len;
    if (mode & 1)
        while (a < b && mask[(unsigned char)s->data[a]])
            a++;
    if (mode & 2)
        while (b > a && mask[(unsigned char)s->data[b - 1]])
            b--;
    if (a == 0 && b == s->len)
        *ret = mp_strv_same(argv[0]);
    else
        *ret = mp_strv(vm, s->data + a, b - a);
}

/* trim(string $string, string $characters = " \n\r\t\v\x00"): string */
static void bi_trim(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_trim(vm, "trim", 3, argc, argv, ret); }
/* ltrim(string $string, string $characters = " \n\r\t\v\x00"): string */
static void bi_ltrim(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_trim(vm, "ltrim", 1, argc, argv, ret); }
/* rtrim(string $string, string $characters = " \n\r\t\v\x00"): string (also chop) */
static void bi_rtrim(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_trim(vm, "rtrim", 2, argc, argv, ret); }
static void bi_chop(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_trim(vm, "chop", 2, argc, argv, ret); }

/* ---- splitting and joining ---- */

/* explode(string $separator, string $string, int $limit = PHP_INT_MAX): array */
static void bi_explode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *d = argv[0].u.s, *s = argv[1].u.s;
    int64_t limit = argc > 2 ? argv[2].u.i : INT64_MAX;
    if (d->len == 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "explode(): Argument #1 ($separator) cannot be empty");
    mp_array *a = mp_array_new(vm, 4);
    *ret = mp_v_arr(a);
    if (s->len == 0) {
        if (limit >= 0)
            mp_array_append(vm, a, mp_strv(vm, "", 0));
        return;
    }
    if (limit == 0)
        limit = 1;
    const char *p = s->data, *e = s->data + s->len;
    if (limit > 0) {
        const char *f = mp_memmem(p, s->len, d->data, d->len);
        if (!f || limit == 1) {
            mp_array_append(vm, a, mp_strv_same(argv[1]));
            return;
        }
        while (f && --limit > 0) {
            mp_array_append(vm, a, mp_strv(vm, p, (size_t)(f - p)));
            p = f + d->len;
            f = mp_memmem(p, (size_t)(e - p), d->data, d->len);
        }
        mp_array_append(vm, a, mp_strv(vm, p, (size_t)(e - p)));
        return;
    }
    /* negative limit: all pieces but the last -limit */
    size_t npieces = 1;
    for (const char *f = mp_memmem(p, s->len, d->data, d->len); f;
         f = mp_memmem(f + d->len, (size_t)(e - f - d->len), d->data, d->len))
        npieces++;
    if ((uint64_t)-(limit + 1) + 1 >= npieces)
        return;
    size_t keep = npieces - (size_t)(-(limit + 1) + 1);
    for (size_t i = 0; i < keep; i++) {
        const char *f = mp_memmem(p, (size_t)(e - p), d->data, d->len);
        mp_array_append(vm, a, mp_strv(vm, p, (size_t)(f - p)));
        p = f + d->len;
    }
}

/* Join the values of ARR with SEP, converting each as string conversion does. */
static mp_str *join(mp_vm *vm, const mp_str *sep, const mp_array *arr)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    uint32_t pos = 0, i = 0;
    mp_key k;
    mp_val *e;
    while (mp_array_next(arr, &pos, &k, &e)) {
        if (i++)
            mp_buf_add(&b, sep->data, sep->len);
        mp_str *s = mp_to_str(vm, *mp_deref(e));
        mp_buf_add(&b, s->data, s->len);
    }
    return mp_buf_finish(&b);
}

/* implode(array|string $separator, ?array $array = null): string (also join);
 * the legacy order implode(array, string) is accepted too */
static void do_implode(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret)
{
    mp_val a0 = argv[0];
    if (argc < 2 || argv[1].type == MP_T_NULL) {
        if (a0.type != MP_T_ARRAY)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($array) must be of type array, %s given", fn, mp_debug_type(a0));
        *ret = mp_v_str(join(vm, mp_str_empty(), a0.u.a));
        return;
    }
    mp_val a1 = argv[1];
    if (a0.type == MP_T_STRING) {
        *ret = mp_v_str(join(vm, a0.u.s, a1.u.a));
        return;
    }
    /* implode(array, ...) : only the old order implode(array, string) */
    if (a1.type == MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($separator) must be of type string, array given", fn);
    *ret = mp_v_str(join(vm, mp_to_str(vm, a1), a0.u.a));
}

static void bi_implode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_implode(vm, "implode", argc, argv, ret); }
static void bi_join(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { do_implode(vm, "join", argc, argv, ret); }

/* str_split(string $string, int $length = 1): array */
static void bi_str_split(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t n = argc > 1 ? argv[1].u.i : 1;
    if (n < 1)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "str_split(): Argument #2 ($length) must be greater than 0");
    mp_array *a = mp_array_new(vm, (uint32_t)(s->len / (size_t)n + 1));
    if ((size_t)n >= s->len) {
        if (s->len)
            mp_array_append(vm, a, mp_strv_same(argv[0]));
        *ret = mp_v_arr(a);
        return;
    }
    for (size_t i = 0; i < s->len; i += (size_t)n) {
        size_t c = s->len - i < (size_t)n ? s->len - i : (size_t)n;
        mp_array_append(vm, a, mp_strv(vm, s->data + i, c));
    }
    *ret = mp_v_arr(a);
}

/* chunk_split(string $string, int $length = 76, string $separator = "\r\n"): string */
static void bi_chunk_split(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t n = argc > 1 ? argv[1].u.i : 76;
    const char *sep = argc > 2 ? argv[2].u.s->data : "\r\n";
    size_t seplen = argc > 2 ? argv[2].u.s->len : 2;
    if (n < 1)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "chunk_split(): Argument #2 ($length) must be greater than 0");
    mp_buf b;
    mp_buf_init(&b, vm);
    if ((size_t)n > s->len) {
        mp_buf_add(&b, s->data, s->len);
        mp_buf_add(&b, sep, seplen);
        *ret = mp_v_str(mp_buf_finish(&b));
        return;
    }
    for (size_t i = 0; i < s->len; i += (size_t)n) {
        size_t c = s->len - i < (size_t)n ? s->len - i : (size_t)n;
        mp_buf_add(&b, s->data + i, c);
        mp_buf_add(&b, sep, seplen);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* wordwrap(string $string, int $width = 75, string $break = "\n", bool $cut_long_words = false): string */
static void bi_wordwrap(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t width = argc > 1 ? argv[1].u.i : 75;
    const char *brk = argc > 2 ? argv[2].u.s->data : "\n";
    int64_t blen = argc > 2 ? (int64_t)argv[2].u.s->len : 1;
    int cut = argc > 3 && argv[3].type == MP_T_TRUE;
    int64_t len = (int64_t)s->len;
    if (len == 0) {
        *ret = mp_strv(vm, "", 0);
        return;
    }
    if (blen == 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "wordwrap(): Argument #3 ($break) cannot be empty");
    if (width == 0 && cut)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0");
    const char *t = s->data;
    int64_t cur, laststart = 0, lastspace = 0;
    if (blen == 1 && !cut) {
        /* one-byte break: spaces are replaced in place */
        mp_str *o = mp_str_new(vm, s->data, s->len);
        for (cur = 0; cur < len; cur++) {
            if (t[cur] == brk[0]) {
                laststart = lastspace = cur + 1;
            } else if (t[cur] == ' ') {
                if (cur - laststart >= width) {
                    o->data[cur] = brk[0];
                    laststart = cur + 1;
                }
                lastspace = cur;
            } else if (cur - laststart >= width && laststart != lastspace) {
                o->data[lastspace] = brk[0];
                laststart = lastspace + 1;
            }
        }
        *ret = mp_v_str(o);
        return;
    }
    mp_buf b;
    mp_buf_init(&b, vm);
    for (cur = 0; cur < len; cur++) {
        if (t[cur] == brk[0] && cur + blen < len && memcmp(t + cur, brk, (size_t)blen) == 0) {
            /* an existing break: copy through it */
            mp_buf_add(&b, t + laststart, (size_t)(cur - laststart + blen));
            cur += blen - 1;
            laststart = lastspace = cur + 1;
        } else if (t[cur] == ' ') {
            if (cur - laststart >= width) {
                mp_buf_add(&b, t + laststart, (size_t)(cur - laststart));
                mp_buf_add(&b, brk, (size_t)blen);
                laststart = cur + 1;
            }
            lastspace = cur;
        } else if (cur - laststart >= width && cut && laststart >= lastspace) {
            /* a word longer than the width: cut it */
            mp_buf_add(&b, t + laststart, (size_t)(cur - laststart));
            mp_buf_add(&b, brk, (size_t)blen);
            laststart = lastspace = cur;
        } else if (cur - laststart >= width && laststart < lastspace) {
            /* break at the last space */
            mp_buf_add(&b, t + laststart, (size_t)(lastspace - laststart));
            mp_buf_add(&b, brk, (size_t)blen);
            laststart = lastspace = lastspace + 1;
        }
    }
    if (laststart != cur)
        mp_buf_add(&b, t + laststart, (size_t)(cur - laststart));
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* nl2br(string $string, bool $use_xhtml = true): string */
static void bi_nl2br(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int xhtml = argc < 2 || argv[1].type == MP_T_TRUE;
    if (!memchr(s->data, '\n', s->len) && !memchr(s->data, '\r', s->len)) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\r' || c == '\n') {
            mp_buf_adds(&b, xhtml ? "<br />" : "<br>");
            /* \r\n and \n\r are one line break */
            if (i + 1 < s->len && ((c == '\r' && s->data[i + 1] == '\n') || (c == '\n' && s->data[i + 1] == '\r')))
                mp_buf_addc(&b, s->data[i++]);
        }
        mp_buf_addc(&b, s->data[i]);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* str_word_count(string $string, int $format = 0, ?string $characters = null): array|int */
static void bi_str_word_count(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t fmt = argc > 1 ? argv[1].u.i : 0;
    int have_mask = argc > 2 && argv[2].type != MP_T_NULL;
    unsigned char mask[256] = {0};
    mp_array *a = NULL;
    if (fmt == 1 || fmt == 2) {
        a = mp_array_new(vm, 0);
        *ret = mp_v_arr(a);
    } else if (fmt == 0) {
        *ret = mp_v_int(0);
    } else {
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "str_word_count(): Argument #2 ($format) must be a valid format value");
    }
    if (s->len == 0)
        return;
    if (have_mask)
        mp_charmask(vm, "str_word_count", (const unsigned char *)argv[2].u.s->data, argv[2].u.s->len, mask);
    const char *p = s->data, *e = s->data + s->len;
    /* a leading ' or - and a trailing - are not part of a word (unless listed) */
    if ((*p == '\'' && !mask['\'']) || (*p == '-' && !mask['-']))
        p++;
    if (e[-1] == '-' && !mask['-'])
        e--;
    int64_t count = 0;
    while (p < e) {
        const char *w = p;
        while (p < e && (mp_isalpha((unsigned char)*p) || mask[(unsigned char)*p] || *p == '\'' || *p == '-'))
            p++;
        if (p > w) {
            if (fmt == 1)
                mp_array_append(vm, a, mp_strv(vm, w, (size_t)(p - w)));
            else if (fmt == 2)
                mp_array_set_int(vm, a, w - s->data, mp_strv(vm, w, (size_t)(p - w)));
            else
                count++;
        }
        p++;
    }
    if (fmt == 0)
        *ret = mp_v_int(count);
}

/* ---- bytes ---- */

/* chr(int $codepoint): string */
static void bi_chr(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_str(mp_str_char((unsigned char)(argv[0].u.i & 0xff)));
}

/* ord(string $character): int */
static void bi_ord(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_int((unsigned char)argv[0].u.s->data[0]);
}

/* bin2hex(string $string): string */
static void bi_bin2hex(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    static const char hex[] = "0123456789abcdef";
    mp_str *s = argv[0].u.s;
    mp_str *o = mp_str_alloc(vm, s->len * 2);
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        o->data[2 * i] = hex[c >> 4];
        o->data[2 * i + 1] = hex[c & 15];
    }
    *ret = mp_v_str(o);
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* hex2bin(string $string): string|false */
static void bi_hex2bin(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    if (s->len % 2) {
        mp_error(vm, MP_E_WARNING, "hex2bin(): Hexadecimal input string must have an even length");
        *ret = mp_v_bool(0);
        return;
    }
    mp_str *o = mp_str_alloc(vm, s->len / 2);
    for (size_t i = 0; i < s->len / 2; i++) {
        int h = hexval((unsigned char)s->data[2 * i]), l = hexval((unsigned char)s->data[2 * i + 1]);
        if (h < 0 || l < 0) {
            mp_error(vm, MP_E_WARNING, "hex2bin(): Input string must be hexadecimal string");
            *ret = mp_v_bool(0);
            return;
        }
        o->data[i] = (char)(h << 4 | l);
    }
    *ret = mp_v_str(o);
}

/* One trailing line end ("\r\n", "\n" or "\r") off [p, p+n): the new end. */
static size_t csv_trim_eol(const char *p, size_t n)
{
    if (n >= 2 && p[n - 2] == '\r' && p[n - 1] == '\n')
        return n - 2;
    if (n >= 1 && (p[n - 1] == '\n' || p[n - 1] == '\r'))
        return n - 1;
    return n;
}

static int csv_isspace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* PHP's CSV line parser (php_fgetcsv on one buffer). The line end is cut
 * off first and given back to an enclosed field left open at the end; text
 * after a closing enclosure up to the separator joins the field; the escape
 * byte keeps the next byte from closing the field (both bytes are kept); an
 * empty line gives [null]. *open tells fgetcsv that the last enclosure is
 * still open at the end (it then reads the next line and parses again). */
mp_array *mp_csv_parse(mp_vm *vm, const char *buf, size_t buflen, char delim, char enc, int esc, int *open)
{
    *open = 0;
    mp_array *a = mp_array_new(vm, 4);
    const char *limit = buf + csv_trim_eol(buf, buflen), *line_end = limit;
    size_t line_end_len = buflen - (size_t)(limit - buf);
    const char *bp = buf, *end = buf + buflen;
    int first = 1;
    mp_buf f;
    for (;;) {
        mp_buf_init(&f, vm);
        int more = bp < limit;
        if (more) {
            /* blanks before an enclosure are skipped */
            const char *t = bp;
            while (t < end && *t != delim && csv_isspace((unsigned char)*t))
                t++;
            if (t < end && *t == enc)
                bp = t;
        }
        if (first && bp == line_end) {
            mp_array_append(vm, a, mp_v_null());
            break;
        }
        first = 0;
        size_t flen;
        if (more && *bp == enc) {
            bp++;
            const char *hunk = bp;
            int state = 0;   /* 1 after the escape byte, 2 after an enclosure */
            for (;;) {
                if (bp >= limit) {
                    if (state == 2) {
                        mp_buf_add(&f, hunk, (size_t)(bp - hunk - 1));
                        hunk = bp;
                        break;
                    }
                    *open = 1;
                    if (state == 1) {
                        mp_buf_add(&f, hunk, (size_t)(bp - hunk));
                        hunk = bp;
                    }
                    if (hunk != line_end) {
                        mp_buf_add(&f, hunk, (size_t)(bp - hunk));
                        hunk = bp;
                    }
                    mp_buf_add(&f, line_end, line_end_len);
                    break;
                }
                if (state == 1) {
                    bp++;
                    state = 0;
                } else if (state == 2) {
                    if (*bp != enc) {
                        /* the closing enclosure */
                        mp_buf_add(&f, hunk, (size_t)(bp - hunk - 1));
                        hunk = bp;
                        break;
                    }
                    /* a doubled enclosure stands for one */
                    mp_buf_add(&f, hunk, (size_t)(bp - hunk));
                    bp++;
                    hunk = bp;
                    state = 0;
                } else {
                    if (*bp == enc)
                        state = 2;
                    else if (esc >= 0 && (unsigned char)*bp == (unsigned char)esc)
                        state = 1;
                    bp++;
                }
            }
            /* anything up to the separator belongs to the field too */
            while (bp < limit && *bp != delim)
                bp++;
            mp_buf_add(&f, hunk, (size_t)(bp - hunk));
            flen = f.len;
            more = bp < limit;
            if (more)
                bp++;
        } else {
            const char *hunk = bp;
            while (bp < limit && *bp != delim)
                bp++;
            mp_buf_add(&f, hunk, (size_t)(bp - hunk));
            flen = csv_trim_eol(f.data ? f.data : "", f.len);
            more = bp < limit;
            if (more)
                bp++;
        }
        f.len = flen;
        mp_array_append(vm, a, mp_v_str(mp_buf_finish(&f)));
        if (!more)
            break;
    }
    return a;
}

/* str_getcsv(string $string, string $separator = ",", string $enclosure = "\"", string $escape = "\\"): array */
static void bi_str_getcsv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    char delim = ',', enc = '"';
    int esc = '\\';
    /* PHP 8.2 takes the first byte of each and keeps the default for an
     * empty separator or enclosure; an empty escape means none */
    if (argc > 1 && argv[1].u.s->len)
        delim = argv[1].u.s->data[0];
    if (argc > 2 && argv[2].u.s->len)
        enc = argv[2].u.s->data[0];
    if (argc > 3)
        esc = argv[3].u.s->len ? (unsigned char)argv[3].u.s->data[0] : -1;
    int open;
    *ret = mp_v_arr(mp_csv_parse(vm, s->data, s->len, delim, enc, esc, &open));
}

/* uniqid(string $prefix = "", bool $more_entropy = false): string */
static void bi_uniqid(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const char *prefix = argc > 0 ? argv[0].u.s->data : "";
    int more = argc > 1 && argv[1].type == MP_T_TRUE;
    struct timeval tv;
    /* sleep past the current microsecond so two calls never share one */
    usleep(1);
    gettimeofday(&tv, NULL);
    if (more) {
        uint32_t r = 0;
        if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r)
            r = (uint32_t)tv.tv_usec * 2654435761u;
        *ret = mp_v_str(mp_str_printf(vm, "%s%08x%05x%.8F", prefix, (unsigned)tv.tv_sec, (unsigned)tv.tv_usec,
                                      (double)r / 4294967296.0 * 10));
    } else {
        *ret = mp_v_str(mp_str_printf(vm, "%s%08x%05x", prefix, (unsigned)tv.tv_sec, (unsigned)tv.tv_usec));
    }
}

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
static const mp_builtin rows[] = {
    { "bin2hex", bi_bin2hex, 1, 1, "s", "string" },
    { "chop", bi_chop, 1, 2, "ss", "string characters", "' \\n\\r\\t\\v\\0'" },
    { "chr", bi_chr, 1, 1, "i", "codepoint" },
    { "chunk_split", bi_chunk_split, 1, 3, "sis", "string length separator", "76 '\\r\\n'" },
    { "explode", bi_explode, 2, 3, "ssi", "separator string limit", "PHP_INT_MAX" },
    { "hex2bin", bi_hex2bin, 1, 1, "s", "string" },
    { "implode", bi_implode, 1, 2, "k?a", "separator array", "null" },
    { "join", bi_join, 1, 2, "k?a", "separator array", "null" },
    { "lcfirst", bi_lcfirst, 1, 1, "s", "string" },
    { "ltrim", bi_ltrim, 1, 2, "ss", "string characters", "' \\n\\r\\t\\v\\0'" },
    { "nl2br", bi_nl2br, 1, 2, "sb", "string use_xhtml", "true" },
    { "ord", bi_ord, 1, 1, "s", "character" },
    { "rtrim", bi_rtrim, 1, 2, "ss", "string characters", "' \\n\\r\\t\\v\\0'" },
    { "str_contains", bi_str_contains, 2, 2, "ss", "haystack needle" },
    { "str_ends_with", bi_str_ends_with, 2, 2, "ss", "haystack needle" },
    { "str_getcsv", bi_str_getcsv, 1, 4, "ssss", "string separator enclosure escape", "',' '\"' '\\\\'" },
    { "str_ireplace", bi_str_ireplace, 3, 4, "kkk&z", "search replace subject count", "null" },
    { "str_pad", bi_str_pad, 2, 4, "sisi", "string length pad_string pad_type", "' ' STR_PAD_RIGHT" },
    { "str_repeat", bi_str_repeat, 2, 2, "si", "string times" },
    { "str_replace", bi_str_replace, 3, 4, "kkk&z", "search replace subject count", "null" },
    { "str_split", bi_str_split, 1, 2, "si", "string length", "1" },
    { "str_starts_with", bi_str_starts_with, 2, 2, "ss", "haystack needle" },
    { "str_word_count", bi_str_word_count, 1, 3, "si?s", "string format characters", "0 null" },
    { "strchr", bi_strstr, 2, 3, "ssb", "haystack needle before_needle", "false" },
    { "stripos", bi_stripos, 2, 3, "ssi", "haystack needle offset", "0" },
    { "stristr", bi_stristr, 2, 3, "ssb", "haystack needle before_needle", "false" },
    { "strpos", bi_strpos, 2, 3, "ssi", "haystack needle offset", "0" },
    { "strrchr", bi_strrchr, 2, 2, "ss", "haystack needle" },
    { "strrev", bi_strrev, 1, 1, "s", "string" },
    { "strripos", bi_strripos, 2, 3, "ssi", "haystack needle offset", "0" },
    { "strrpos", bi_strrpos, 2, 3, "ssi", "haystack needle offset", "0" },
    { "strstr", bi_strstr, 2, 3, "ssb", "haystack needle before_needle", "false" },
    { "strtolower", bi_strtolower, 1, 1, "s", "string" },
    { "strtoupper", bi_strtoupper, 1, 1, "s", "string" },
    { "strtr", bi_strtr, 2, 3, "sk?s", "string from to", "null" },
    { "substr", bi_substr, 2, 3, "si?i", "string offset length", "null" },
    { "substr_count", bi_substr_count, 2, 4, "ssi?i", "haystack needle offset length", "0 null" },
    { "substr_replace", bi_substr_replace, 3, 4, "kkI?I", "string replace offset length", "null" },
    { "trim", bi_trim, 1, 2, "ss", "string characters", "' \\n\\r\\t\\v\\0'" },
    { "ucfirst", bi_ucfirst, 1, 1, "s", "string" },
    { "ucwords", bi_ucwords, 1, 2, "ss", "string separators", "' \\t\\r\\n\\v'" },
    { "uniqid", bi_uniqid, 0, 2, "sb", "prefix more_entropy", "'' false" },
    { "wordwrap", bi_wordwrap, 1, 4, "sisb", "string width break cut_long_words", "75 '\\n' false" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_string, rows);
