/* sort.c - the sort family (sort/rsort/usort/asort/arsort/uasort/ksort/
 * krsort/uksort/natsort/natcasesort), array_multisort, array_unique and
 * shuffle, with PHP 8.2's comparisons per SORT_* flag.
 * PHP sorts with zend_sort, a hybrid insertion sort / quicksort, made
 * stable by breaking ties on the original position. mp_zsort below makes
 * the same comparisons in the same order, so inconsistent comparators and
 * comparators that print give PHP's exact results. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arrayops.h"
#include "sortimpl.h"

/* ---- zend_sort's algorithm ---- */

/* Swap two elements of SIZE bytes. */
static inline void swap_bytes(char *a, char *b, size_t size)
{
    char tmp[MP_SORT_MAX_ELEM];
    memcpy(tmp, a, size);
    memcpy(a, b, size);
    memcpy(b, tmp, size);
}

#define CMP(x, y) cmp(ctx, (x), (y))
#define SWP(x, y) swap_bytes((x), (y), size)

/* Sorting networks for 2..5 elements, as zend_sort_2..zend_sort_5. */
static void sort2(char *a, char *b, size_t size, mp_sort_cmp cmp, void *ctx)
{
    if (CMP(a, b) > 0)
        SWP(a, b);
}

static void sort3(char *a, char *b, char *c, size_t size, mp_sort_cmp cmp, void *ctx)
{
    if (CMP(a, b) <= 0) {
        if (CMP(b, c) <= 0)
            return;
        SWP(b, c);
        if (CMP(a, b) > 0)
            SWP(a, b);
        return;
    }
    if (CMP(c, b) <= 0) {
        SWP(a, c);
        return;
    }
    SWP(a, b);
    if (CMP(b, c) > 0)
        SWP(b, c);
}

static void sort4(char *a, char *b, char *c, char *d, size_t size, mp_sort_cmp cmp, void *ctx)
{
    sort3(a, b, c, size, cmp, ctx);
    if (CMP(c, d) > 0) {
        SWP(c, d);
        if (CMP(b, c) > 0) {
            SWP(b, c);
            if (CMP(a, b) > 0)
                SWP(a, b);
        }
    }
}

static void sort5(char *a, char *b, char *c, char *d, char *e, size_t size, mp_sort_cmp cmp, void *ctx)
{
    sort4(a, b, c, d, size, cmp, ctx);
    if (CMP(d, e) > 0) {
        SWP(d, e);
        if (CMP(c, d) > 0) {
            SWP(c, d);
            if (CMP(b, c) > 0) {
                SWP(b, c);
                if (CMP(a, b) > 0)
                    SWP(a, b);
            }
        }
    }
}

/* Insert element I into its place before it: the elements in between move up. */
static void rotate_in(char *dst, char *i, size_t size)
{
    for (char *k = i; k > dst; k -= size)
        SWP(k, k - size);
}

/* zend_insert_sort: networks up to 5 elements; otherwise a linear search
 * back for the first 6 elements, then a search in steps of two. */
static void insert_sort(char *base, size_t n, size_t size, mp_sort_cmp cmp, void *ctx)
{
    switch (n) {
    case 0: case 1: return;
    case 2: sort2(base, base + size, size, cmp, ctx); return;
    case 3: sort3(base, base + size, base + 2 * size, size, cmp, ctx); return;
    case 4: sort4(base, base + size, base + 2 * size, base + 3 * size, size, cmp, ctx); return;
    case 5: sort5(base, base + size, base + 2 * size, base + 3 * size, base + 4 * size, size, cmp, ctx); return;
    default: break;
    }
    char *start = base, *end = base + n * size, *sentry = base + 6 * size;
    for (char *i = start + size; i < sentry; i += size) {
        char *j = i - size;
        if (CMP(j, i) <= 0)
            continue;
        while (j != start) {
            j -= size;
            if (CMP(j, i) <= 0) {
                j += size;
                break;
            }
        }
        rotate_in(j, i, size);
    }
    for (char *i = sentry; i < end; i += size) {
        char *j = i - size;
        if (CMP(j, i) <= 0)
            continue;
        for (;;) {
            j -= 2 * size;
            if (CMP(j, i) <= 0) {
                j += size;
                if (CMP(j, i) <= 0)
                    j += size;
                break;
            }
            if (j == start)
                break;
            if (j == start + size) {
                j -= size;
                if (CMP(i, j) > 0)
                    j += size;
                break;
            }
        }
        rotate_in(j, i, size);
    }
}

void mp_zsort(void *vbase, size_t n, size_t size, mp_sort_cmp cmp, void *ctx)
{
    char *base = vbase;
    for (;;) {
        if (n <= 16) {
            insert_sort(base, n, size, cmp, ctx);
            return;
        }
        char *start = base, *end = base + n * size;
        size_t half = n >> 1;
        char *pivot = start + half * size;
        if (n >> 10) {
            size_t delta = (half >> 1) * size;
            sort5(start, start + delta, pivot, pivot + delta, end - size, size, cmp, ctx);
        } else {
            sort3(start, pivot, end - size, size, cmp, ctx);
        }
        SWP(start + size, pivot);
        pivot = start + size;
        char *i = pivot + size, *j = end - size;
        for (;;) {
            while (CMP(pivot, i) > 0) {
                i += size;
                if (i == j)
                    goto done;
            }
            j -= size;
            if (j == i)
                goto done;
            while (CMP(j, pivot) > 0) {
                j -= size;
                if (j == i)
                    goto done;
            }
            SWP(i, j);
            i += size;
            if (i == j)
                goto done;
        }
done:
        SWP(pivot, i - size);
        if ((size_t)((i - size) - start) < (size_t)(end - i)) {
            mp_zsort(start, (size_t)(i - start) / size - 1, size, cmp, ctx);
            base = i;
            n = (size_t)(end - i) / size;
        } else {
            mp_zsort(i, (size_t)(end - i) / size, size, cmp, ctx);
            n = (size_t)(i - start) / size - 1;
        }
    }
}

#undef CMP
#undef SWP

/* ---- comparisons ---- */

static inline int three_way_d(double a, double b)
{
    return a == b ? 0 : (a < b ? -1 : 1);
}

static inline int normalize(int64_t n)
{
    return n > 0 ? 1 : (n < 0 ? -1 : 0);
}

/* zend_binary_strcmp / zend_binary_strcasecmp (ASCII case folding). */
static int bin_strcmp(const char *a, size_t la, const char *b, size_t lb)
{
    int c = memcmp(a, b, la < lb ? la : lb);
    if (c)
        return c;
    return la == lb ? 0 : (la < lb ? -1 : 1);
}

static int bin_strcasecmp(const char *a, size_t la, const char *b, size_t lb)
{
    size_t n = la < lb ? la : lb;
    for (size_t i = 0; i < n; i++) {
        int ca = tolower((unsigned char)a[i]), cb = tolower((unsigned char)b[i]);
        if (ca != cb)
            return ca - cb;
    }
    return la == lb ? 0 : (la < lb ? -1 : 1);
}

/* A key as text: the string, or the int's digits in BUF. */
static const char *key_text(mp_key k, char *buf, size_t *len)
{
    if (k.s) {
        *len = k.s->len;
        return k.s->data;
    }
    *len = (size_t)snprintf(buf, 24, "%lld", (long long)k.i);
    return buf;
}

/* zend_strtod of a key: the longest prefix [+-]digits[.digits][e[+-]digits],
 * no whitespace, no hex, no INF/NAN (those read as 0). */
static double key_strtod(const mp_str *s)
{
    const char *p = s->data, *e = p;
    if (*e == '+' || *e == '-')
        e++;
    const char *digits = e;
    while (isdigit((unsigned char)*e))
        e++;
    if (*e == '.') {
        e++;
        while (isdigit((unsigned char)*e))
            e++;
    }
    if (e == digits || (e == digits + 1 && *digits == '.'))
        return 0.0;
    if (*e == 'e' || *e == 'E') {
        const char *x = e + 1;
        if (*x == '+' || *x == '-')
            x++;
        if (isdigit((unsigned char)*x)) {
            while (isdigit((unsigned char)*x))
                x++;
            e = x;
        }
    }
    char buf[128];
    size_t n = (size_t)(e - p);
    if (n >= sizeof buf) {
        char *big = mp_alloc_atomic(NULL, n + 1);
        memcpy(big, p, n);
        big[n] = '\0';
        return strtod(big, NULL);
    }
    memcpy(buf, p, n);
    buf[n] = '\0';
    return strtod(buf, NULL);
}

/* The string form of a value for SORT_STRING and friends ("Array" warns). */
static mp_str *as_str(mp_vm *vm, mp_val v)
{
    v = *mp_deref(&v);
    return v.type == MP_T_STRING ? v.u.s : mp_to_str(vm, v);
}

/* One comparison of two elements by value (what) per flag. */
static int data_cmp(mp_sort_ctx *c, const mp_sort_item *a, const mp_sort_item *b)
{
    mp_vm *vm = c->vm;
    switch (c->flags & ~MP_SORT_FLAG_CASE) {
    case MP_SORT_NUMERIC:
        return three_way_d(mp_to_float(vm, *mp_deref((mp_val *)&a->val)), mp_to_float(vm, *mp_deref((mp_val *)&b->val)));
    case MP_SORT_STRING: {
        mp_str *x = as_str(vm, a->val), *y = as_str(vm, b->val);
        if (c->flags & MP_SORT_FLAG_CASE)
            return bin_strcasecmp(x->data, x->len, y->data, y->len);
        return bin_strcmp(x->data, x->len, y->data, y->len);
    }
    case MP_SORT_NATURAL: {
        mp_str *x = as_str(vm, a->val), *y = as_str(vm, b->val);
        return mp_strnatcmp(x->data, x->len, y->data, y->len, c->flags & MP_SORT_FLAG_CASE);
    }
    case MP_SORT_LOCALE_STRING: {
        /* strcoll in the C locale: strcmp, which stops at a NUL byte */
        mp_str *x = as_str(vm, a->val), *y = as_str(vm, b->val);
        return strcmp(x->data, y->data);
    }
    default:
        return mp_compare(vm, a->val, b->val);
    }
}

/* One comparison of two elements by key per flag. */
static int key_cmp(mp_sort_ctx *c, const mp_sort_item *a, const mp_sort_item *b)
{
    int64_t flag = c->flags & ~(int64_t)MP_SORT_FLAG_CASE;
    /* two int keys (never equal): by value, except for the string flags */
    if (!a->key.s && !b->key.s && flag != MP_SORT_STRING && flag != MP_SORT_NATURAL && flag != MP_SORT_LOCALE_STRING)
        return a->key.i > b->key.i ? 1 : -1;
    char b1[24], b2[24];
    size_t l1, l2;
    switch (flag) {
    case MP_SORT_NUMERIC: {
        double d1 = a->key.s ? key_strtod(a->key.s) : (double)a->key.i;
        double d2 = b->key.s ? key_strtod(b->key.s) : (double)b->key.i;
        return three_way_d(d1, d2);
    }
    case MP_SORT_STRING: {
        const char *s1 = key_text(a->key, b1, &l1), *s2 = key_text(b->key, b2, &l2);
        if (c->flags & MP_SORT_FLAG_CASE)
            return bin_strcasecmp(s1, l1, s2, l2);
        return bin_strcmp(s1, l1, s2, l2);
    }
    case MP_SORT_NATURAL: {
        const char *s1 = key_text(a->key, b1, &l1), *s2 = key_text(b->key, b2, &l2);
        return mp_strnatcmp(s1, l1, s2, l2, c->flags & MP_SORT_FLAG_CASE);
    }
    case MP_SORT_LOCALE_STRING: {
        const char *s1 = key_text(a->key, b1, &l1), *s2 = key_text(b->key, b2, &l2);
        return strcmp(s1, s2);
    }
    default:
        return mp_compare(c->vm, mp_key_to_val(a->key), mp_key_to_val(b->key));
    }
}

/* Call the user comparator on (x, y) as php_array_user_compare does: a
 * bool result is deprecated (once per sort), and false asks again with the
 * operands swapped. */
static int user_call(mp_sort_ctx *c, mp_val x, mp_val y)
{
    mp_val args[2] = { x, y }, r;
    mp_call_value(c->vm, c->callback, 2, args, &r);
    if (r.type == MP_T_TRUE || r.type == MP_T_FALSE) {
        if (!*c->warned) {
            mp_error(c->vm, MP_E_DEPRECATED, "%s(): Returning bool from comparison function is deprecated, "
                     "return an integer less than, equal to, or greater than zero", c->fname);
            *c->warned = 1;
        }
        if (r.type == MP_T_FALSE) {
            args[0] = y;
            args[1] = x;
            mp_call_value(c->vm, c->callback, 2, args, &r);
            return -normalize(mp_to_int(c->vm, r));
        }
    }
    return normalize(mp_to_int(c->vm, r));
}

static int user_data_cmp(mp_sort_ctx *c, const mp_sort_item *a, const mp_sort_item *b)
{
    return user_call(c, a->val, b->val);
}

static int user_key_cmp(mp_sort_ctx *c, const mp_sort_item *a, const mp_sort_item *b)
{
    return user_call(c, mp_key_to_val(a->key), mp_key_to_val(b->key));
}

/* The comparator zsort calls: the context's comparison, reversed if asked,
 * ties broken by original position when stable. */
static int item_cmp(void *vctx, const void *va, const void *vb)
{
    mp_sort_ctx *c = vctx;
    const mp_sort_item *a = va, *b = vb;
    int r;
    if (c->reverse && c->swap_reverse)
        r = c->cmp(c, b, a);
    else {
        r = c->cmp(c, a, b);
        if (c->reverse)
            r = r > 0 ? -1 : (r < 0 ? 1 : 0);
    }
    if (r || !c->stable)
        return r;
    return a->idx == b->idx ? 0 : (a->idx < b->idx ? -1 : 1);
}

void mp_sort_ctx_init(mp_sort_ctx *c, mp_vm *vm, const char *fname, int by_key, int64_t flags, int reverse)
{
    memset(c, 0, sizeof *c);
    c->vm = vm;
    c->fname = fname;
    c->flags = flags;
    c->reverse = reverse;
    c->stable = 1;
    c->warned = &c->bool_warned;
    c->cmp = by_key ? key_cmp : data_cmp;
    /* PHP reverses the natural key sorts by swapping operands, the others
     * by negating the result */
    c->swap_reverse = by_key && (flags & ~MP_SORT_FLAG_CASE) == MP_SORT_NATURAL;
}

void mp_sort_ctx_user(mp_sort_ctx *c, mp_vm *vm, const char *fname, int by_key, mp_val callback)
{
    memset(c, 0, sizeof *c);
    c->vm = vm;
    c->fname = fname;
    c->stable = 1;
    c->callback = mp_callable_prepare(vm, callback);
    c->warned = &c->bool_warned;
    c->cmp = by_key ? user_key_cmp : user_data_cmp;
}

int mp_sort_compare(void *c, const void *a, const void *b)
{
    return item_cmp(c, a, b);
}

mp_sort_item *mp_sort_items(mp_vm *vm, const mp_array *a, uint32_t *n)
{
    mp_sort_item *items = mp_alloc(vm, ((size_t)a->count + 1) * sizeof *items);
    uint32_t i = 0, pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        items[i].val = *v;
        items[i].key = k;
        items[i].idx = i;
        i++;
    }
    *n = i;
    return items;
}

/* ---- zend_hash_sort ---- */

/* Sort the array in the reference *REF with CTX; RENUMBER gives keys
 * 0..n-1 (sort, rsort, usort). The result replaces the array at the end,
 * so a user comparator sees the array as it was, as in PHP. */
static void hash_sort(mp_vm *vm, mp_val *ref, mp_sort_ctx *ctx, int renumber)
{
    mp_val *slot = mp_deref(ref);
    mp_array *a = slot->u.a;
    uint32_t n = a->count;
    if (n <= 1 && !(renumber && n > 0))
        return;
    uint32_t cnt;
    mp_sort_item *items = mp_sort_items(vm, a, &cnt);
    mp_zsort(items, cnt, sizeof *items, item_cmp, ctx);
    /* the sorted elements are the array's own: a copy of a shared array
     * takes its elements as an array copy does */
    int shared = (a->flags & MP_GC_SHARED) != 0;
    mp_array *out = mp_array_new(vm, cnt);
    for (uint32_t i = 0; i < cnt; i++) {
        mp_val v = shared ? mp_arr_elem_copy(items[i].val) : items[i].val;
        if (renumber)
            mp_array_set_int(vm, out, i, v);
        else
            mp_array_set(vm, out, items[i].key, v);
    }
    out->next_free = renumber ? (int64_t)cnt : a->next_free;
    out->pos = 0;
    slot = mp_deref(ref);
    *slot = mp_v_arr(out);
}

/* sort(array &$array, int $flags = SORT_REGULAR): true, and rsort/asort/arsort/ksort/krsort */
static void flag_sort(mp_vm *vm, const char *fname, int argc, mp_val *argv, mp_val *ret, int by_key, int reverse,
                      int renumber)
{
    mp_sort_ctx ctx;
    mp_sort_ctx_init(&ctx, vm, fname, by_key, argc > 1 ? argv[1].u.i : MP_SORT_REGULAR, reverse);
    hash_sort(vm, &argv[0], &ctx, renumber);
    *ret = mp_v_bool(1);
}

static void bi_sort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { flag_sort(vm, "sort", argc, argv, ret, 0, 0, 1); }
static void bi_rsort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { flag_sort(vm, "rsort", argc, argv, ret, 0, 1, 1); }
static void bi_asort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { flag_sort(vm, "asort", argc, argv, ret, 0, 0, 0); }
static void bi_arsort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { flag_sort(vm, "arsort", argc, argv, ret, 0, 1, 0); }
static void bi_ksort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { flag_sort(vm, "ksort", argc, argv, ret, 1, 0, 0); }
static void bi_krsort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { flag_sort(vm, "krsort", argc, argv, ret, 1, 1, 0); }

/* natsort(array &$array): true, natcasesort(array &$array): true */
static void bi_natsort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_sort_ctx ctx;
    mp_sort_ctx_init(&ctx, vm, "natsort", 0, MP_SORT_NATURAL, 0);
    hash_sort(vm, argv, &ctx, 0);
    *ret = mp_v_bool(1);
}

static void bi_natcasesort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_sort_ctx ctx;
    mp_sort_ctx_init(&ctx, vm, "natcasesort", 0, MP_SORT_NATURAL | MP_SORT_FLAG_CASE, 0);
    hash_sort(vm, argv, &ctx, 0);
    *ret = mp_v_bool(1);
}

/* usort(array &$array, callable $callback): true, and uasort/uksort */
static void user_sort(mp_vm *vm, const char *fname, mp_val *argv, mp_val *ret, int by_key, int renumber)
{
    mp_sort_ctx ctx;
    mp_sort_ctx_user(&ctx, vm, fname, by_key, argv[1]);
    if (mp_deref(&argv[0])->u.a->count)
        hash_sort(vm, &argv[0], &ctx, renumber);
    *ret = mp_v_bool(1);
}

static void bi_usort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; user_sort(vm, "usort", argv, ret, 0, 1); }
static void bi_uasort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; user_sort(vm, "uasort", argv, ret, 0, 0); }
static void bi_uksort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; user_sort(vm, "uksort", argv, ret, 1, 0); }

/* ---- array_multisort ---- */

/* One row of the multisort table: the Nth element of every array, plus
 * its original position (for stability). */
typedef struct multisort_ctx {
    mp_sort_ctx *cols;   /* one comparison per array (unstable) */
    uint32_t     narrays;
} multisort_ctx;

static int multisort_cmp(void *vctx, const void *va, const void *vb)
{
    multisort_ctx *m = vctx;
    const mp_sort_item *a = *(mp_sort_item *const *)va, *b = *(mp_sort_item *const *)vb;
    for (uint32_t r = 0; r < m->narrays; r++) {
        int c = item_cmp(&m->cols[r], &a[r], &b[r]);
        if (c)
            return c > 0 ? 1 : -1;
    }
    uint32_t x = a[m->narrays].idx, y = b[m->narrays].idx;
    return x == y ? 0 : (x < y ? -1 : 1);
}

/* array_multisort(&$array, &...$rest): bool */
static void bi_array_multisort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val **arrays = mp_alloc(vm, (size_t)argc * sizeof *arrays);
    mp_sort_ctx *cols = mp_alloc(vm, (size_t)argc * sizeof *cols);
    uint32_t narrays = 0;
    int order_ok = 0, type_ok = 0;
    int64_t order = MP_SORT_ASC, type = MP_SORT_REGULAR;
    for (int i = 0; i < argc; i++) {
        mp_val *arg = mp_deref(&argv[i]);
        if (arg->type == MP_T_ARRAY) {
            if (i > 0) {
                mp_sort_ctx_init(&cols[narrays - 1], vm, "array_multisort", 0, type, order != MP_SORT_ASC);
                cols[narrays - 1].stable = 0;
                order = MP_SORT_ASC;
                type = MP_SORT_REGULAR;
            }
            arrays[narrays++] = arg;
            order_ok = type_ok = 1;
        } else if (arg->type == MP_T_INT) {
            switch (arg->u.i & ~(int64_t)MP_SORT_FLAG_CASE) {
            case MP_SORT_ASC: case MP_SORT_DESC:
                if (!order_ok)
                    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "array_multisort(): Argument #%d%s must be an array or a sort flag "
                                "that has not already been specified", i + 1, i == 0 ? " ($array)" : "");
                order = arg->u.i == MP_SORT_DESC ? MP_SORT_DESC : MP_SORT_ASC;
                order_ok = 0;
                break;
            case MP_SORT_REGULAR: case MP_SORT_NUMERIC: case MP_SORT_STRING: case MP_SORT_NATURAL: case MP_SORT_LOCALE_STRING:
                if (!type_ok)
                    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "array_multisort(): Argument #%d%s must be an array or a sort flag "
                                "that has not already been specified", i + 1, i == 0 ? " ($array)" : "");
                type = arg->u.i;
                type_ok = 0;
                break;
            default:
                mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_multisort(): Argument #%d%s must be a valid sort flag",
                            i + 1, i == 0 ? " ($array)" : "");
            }
        } else {
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "array_multisort(): Argument #%d%s must be an array or a sort flag",
                        i + 1, i == 0 ? " ($array)" : "");
        }
    }
    mp_sort_ctx_init(&cols[narrays - 1], vm, "array_multisort", 0, type, order != MP_SORT_ASC);
    cols[narrays - 1].stable = 0;
    uint32_t size = arrays[0]->u.a->count;
    for (uint32_t i = 1; i < narrays; i++)
        if (arrays[i]->u.a->count != size)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Array sizes are inconsistent");
    *ret = mp_v_bool(1);
    if (size < 1)
        return;
    /* rows[k] -> narrays+1 items: element k of each array, then the position */
    mp_sort_item *cells = mp_alloc(vm, (size_t)size * (narrays + 1) * sizeof *cells);
    mp_sort_item **rows = mp_alloc(vm, (size_t)size * sizeof *rows);
    for (uint32_t k = 0; k < size; k++)
        rows[k] = cells + (size_t)k * (narrays + 1);
    for (uint32_t i = 0; i < narrays; i++) {
        uint32_t pos = 0, k = 0;
        mp_key key;
        mp_val *v;
        while (mp_array_next(arrays[i]->u.a, &pos, &key, &v)) {
            rows[k][i].val = *v;
            rows[k][i].key = key;
            rows[k][i].idx = k;
            k++;
        }
    }
    for (uint32_t k = 0; k < size; k++)
        rows[k][narrays].idx = k;
    multisort_ctx m = { cols, narrays };
    mp_zsort(rows, size, sizeof *rows, multisort_cmp, &m);
    /* rebuild every array in the new order: string keys stay, int keys are renumbered */
    for (uint32_t i = 0; i < narrays; i++) {
        mp_array *old = arrays[i]->u.a;
        int shared = (old->flags & MP_GC_SHARED) != 0;
        mp_array *out = mp_array_new(vm, size);
        int64_t n = 0;
        for (uint32_t k = 0; k < size; k++) {
            const mp_sort_item *it = &rows[k][i];
            mp_val v = shared ? mp_arr_elem_copy(it->val) : it->val;
            if (it->key.s)
                mp_array_set(vm, out, it->key, v);
            else
                mp_array_set_int(vm, out, n++, v);
        }
        out->next_free = size;
        out->pos = 0;
        *arrays[i] = mp_v_arr(out);
    }
}

/* ---- array_unique ---- */

/* array_unique(array $array, int $flags = SORT_STRING): array */
static void bi_array_unique(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_array *a = argv[0].u.a;
    int64_t flags = argc > 1 ? argv[1].u.i : MP_SORT_STRING;
    if (a->count <= 1) {
        mp_val_share(argv[0]);
        *ret = argv[0];
        return;
    }
    if (flags == MP_SORT_STRING) {
        /* keep the first of each string form */
        mp_array *seen = mp_array_new(vm, a->count);
        mp_array *out = mp_array_new(vm, 8);
        uint32_t pos = 0;
        mp_key k;
        mp_val *v;
        while (mp_array_next(a, &pos, &k, &v)) {
            mp_str *s = as_str(vm, *v);
            mp_key sk = { s, 0 };
            /* the seen-set keys by exact bytes: "1" and 1 are the same, as in PHP's hash */
            int created;
            mp_val tmp = mp_v_str(s);
            mp_array_key_from_val(vm, tmp, &sk);
            mp_array_lookup_or_add(vm, seen, sk, &created);
            if (created)
                mp_array_set(vm, out, k, mp_arr_elem_copy(*v));
        }
        *ret = mp_v_arr(out);
        return;
    }
    mp_sort_ctx ctx;
    mp_sort_ctx_init(&ctx, vm, "array_unique", 0, flags, 0);
    ctx.stable = 0;
    uint32_t n;
    mp_sort_item *items = mp_sort_items(vm, a, &n);
    mp_zsort(items, n, sizeof *items, item_cmp, &ctx);
    mp_array *out = mp_array_copy(vm, a);
    mp_sort_item *last = &items[0];
    for (uint32_t i = 1; i < n; i++) {
        mp_sort_item *cur = &items[i];
        if (item_cmp(&ctx, last, cur)) {
            last = cur;
            continue;
        }
        mp_sort_item *drop;
        if (last->idx > cur->idx) {
            drop = last;
            last = cur;
        } else {
            drop = cur;
        }
        mp_array_delete(vm, out, drop->key);
    }
    *ret = mp_v_arr(out);
}

/* ---- shuffle ---- */

/* shuffle(array &$array): true -- a Fisher-Yates shuffle from the back, as
 * php_array_data_shuffle; the values get keys 0..n-1. */
static void bi_shuffle(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val *slot = mp_deref(&argv[0]);
    mp_array *a = slot->u.a;
    *ret = mp_v_bool(1);
    uint32_t n = a->count;
    if (n < 1)
        return;
    int shared = (a->flags & MP_GC_SHARED) != 0;
    mp_val *vals = mp_alloc(vm, (size_t)n * sizeof *vals);
    uint32_t pos = 0, i = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v))
        vals[i++] = shared ? mp_arr_elem_copy(*v) : *v;
    for (int64_t left = (int64_t)n - 1; left > 0; left--) {
        int64_t j = mp_random_range(vm, 0, left);
        if (j != left) {
            mp_val t = vals[left];
            vals[left] = vals[j];
            vals[j] = t;
        }
    }
    mp_array *out = mp_array_new(vm, n);
    for (i = 0; i < n; i++)
        mp_array_set_int(vm, out, i, vals[i]);
    out->next_free = n;
    out->pos = 0;
    *mp_deref(&argv[0]) = mp_v_arr(out);
}

/* Sorted by name (strcmp). */
static const mp_builtin rows[] = {
    /* array_multisort(&$array, &...$rest): bool */
    { "array_multisort", bi_array_multisort, 1, -1, "@z@z*", "array rest" },
    /* array_unique(array $array, int $flags = SORT_STRING): array */
    { "array_unique", bi_array_unique, 1, 2, "ai", "array flags", "SORT_STRING" },
    /* arsort(array &$array, int $flags = SORT_REGULAR): true */
    { "arsort", bi_arsort, 1, 2, "&ai", "array flags", "SORT_REGULAR" },
    /* asort(array &$array, int $flags = SORT_REGULAR): true */
    { "asort", bi_asort, 1, 2, "&ai", "array flags", "SORT_REGULAR" },
    /* krsort(array &$array, int $flags = SORT_REGULAR): true */
    { "krsort", bi_krsort, 1, 2, "&ai", "array flags", "SORT_REGULAR" },
    /* ksort(array &$array, int $flags = SORT_REGULAR): true */
    { "ksort", bi_ksort, 1, 2, "&ai", "array flags", "SORT_REGULAR" },
    /* natcasesort(array &$array): true */
    { "natcasesort", bi_natcasesort, 1, 1, "&a", "array" },
    /* natsort(array &$array): true */
    { "natsort", bi_natsort, 1, 1, "&a", "array" },
    /* rsort(array &$array, int $flags = SORT_REGULAR): true */
    { "rsort", bi_rsort, 1, 2, "&ai", "array flags", "SORT_REGULAR" },
    /* shuffle(array &$array): true */
    { "shuffle", bi_shuffle, 1, 1, "&a", "array" },
    /* sort(array &$array, int $flags = SORT_REGULAR): true */
    { "sort", bi_sort, 1, 2, "&ai", "array flags", "SORT_REGULAR" },
    /* uasort(array &$array, callable $callback): true */
    { "uasort", bi_uasort, 2, 2, "&ac", "array callback" },
    /* uksort(array &$array, callable $callback): true */
    { "uksort", bi_uksort, 2, 2, "&ac", "array callback" },
    /* usort(array &$array, callable $callback): true */
    { "usort", bi_usort, 2, 2, "&ac", "array callback" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_sort, rows);
