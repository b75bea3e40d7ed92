/* setops.c - array_diff and array_intersect with all their variants
 * (_key, _assoc, _ukey, _uassoc, u...). Like PHP, the variants that compare
 * by key lookup walk the first array and probe the others; those with a
 * user comparison (and array_intersect) sort every array and merge them
 * (php_array_diff / php_array_intersect), so a comparator is called in the
 * same order as in PHP 8.2. */
#include <string.h>
#include "arrayops.h"
#include "sortimpl.h"

/* Check that the trailing NCB arguments are callable (PHP's "+f"/"+ff"
 * argument parsing comes first), then that the others are arrays. */
static void check_args(mp_vm *vm, const char *fname, int argc, mp_val *argv, int ncb)
{
    for (int i = argc - ncb; i < argc; i++)
        if (!mp_is_callable(vm, argv[i]))
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d must be a valid callback, %s", fname, i + 1,
                        mp_builtin_callable_error(vm, argv[i]));
}

static void check_array(mp_vm *vm, const char *fname, int i, mp_val v)
{
    if (v.type != MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d%s must be of type array, %s given", fname, i + 1,
                    i == 0 ? " ($array)" : "", mp_debug_type(v));
}

/* ---- by key lookup (php_array_diff_key / php_array_intersect_key) ---- */

enum { DATA_NONE, DATA_STRING, DATA_USER };

/* The string comparison of two values (string_compare_function). */
static int string_cmp(mp_vm *vm, mp_val a, mp_val b)
{
    a = *mp_deref(&a);
    b = *mp_deref(&b);
    mp_str *x = a.type == MP_T_STRING ? a.u.s : mp_to_str(vm, a);
    mp_str *y = b.type == MP_T_STRING ? b.u.s : mp_to_str(vm, b);
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->data, y->data, n);
    if (c)
        return c;
    return x->len == y->len ? 0 : (x->len < y->len ? -1 : 1);
}

/* zval_user_compare: the callback's result as an int's sign (no bool check). */
static int user_cmp(mp_vm *vm, mp_val cb, mp_val a, mp_val b)
{
    mp_val args[2] = { a, b }, r;
    mp_call_value(vm, cb, 2, args, &r);
    int64_t n = mp_to_int(vm, r);
    return n > 0 ? 1 : (n < 0 ? -1 : 0);
}

static void by_key(mp_vm *vm, const char *fname, int argc, mp_val *argv, mp_val *ret, int data, int diff)
{
    mp_val cb = mp_v_null();
    if (data == DATA_USER) {
        check_args(vm, fname, argc, argv, 1);
        cb = mp_callable_prepare(vm, argv[--argc]);
    }
    for (int i = 0; i < argc; i++)
        check_array(vm, fname, i, argv[i]);
    const mp_array *first = argv[0].u.a;
    mp_array *out = mp_array_new(vm, 8);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(first, &pos, &k, &v)) {
        mp_val val = (v->type == MP_T_REF && v->u.r->rc <= 1) ? v->u.r->val : *v;
        int keep = 1;
        for (int i = 1; i < argc; i++) {
            mp_val *other = mp_array_find(argv[i].u.a, k);
            int same = other && (data == DATA_NONE ||
                                 (data == DATA_STRING ? string_cmp(vm, val, *other) : user_cmp(vm, cb, val, *other)) == 0);
            if (diff ? same : !same) {
                keep = 0;
                break;
            }
        }
        if (keep) {
            mp_val_share(val);
            mp_array_set(vm, out, k, val);
        }
    }
    *ret = mp_v_arr(out);
}

/* array_diff_key(array $array, array ...$arrays): array */
static void bi_array_diff_key(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    by_key(vm, "array_diff_key", argc, argv, ret, DATA_NONE, 1);
}

/* array_diff_assoc(array $array, array ...$arrays): array */
static void bi_array_diff_assoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    by_key(vm, "array_diff_assoc", argc, argv, ret, DATA_STRING, 1);
}

/* array_udiff_assoc(array $array, ...$rest): array */
static void bi_array_udiff_assoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    by_key(vm, "array_udiff_assoc", argc, argv, ret, DATA_USER, 1);
}

/* array_intersect_key(array $array, array ...$arrays): array */
static void bi_array_intersect_key(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    by_key(vm, "array_intersect_key", argc, argv, ret, DATA_NONE, 0);
}

/* array_intersect_assoc(array $array, array ...$arrays): array */
static void bi_array_intersect_assoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    by_key(vm, "array_intersect_assoc", argc, argv, ret, DATA_STRING, 0);
}

/* array_uintersect_assoc(array $array, ...$rest): array */
static void bi_array_uintersect_assoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    by_key(vm, "array_uintersect_assoc", argc, argv, ret, DATA_USER, 0);
}

/* ---- array_diff: a set of excluded strings ---- */

/* array_diff(array $array, array ...$arrays): array */
static void bi_array_diff(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *first = argv[0].u.a;
    if (first->count == 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    if (first->count == 1) {
        mp_array_next(first, &pos, &k, &v);
        mp_str *needle = mp_to_str(vm, *mp_deref(v));
        int found = 0;
        for (int i = 1; i < argc && !found; i++) {
            uint32_t p = 0;
            mp_key k2;
            mp_val *w;
            while (mp_array_next(argv[i].u.a, &p, &k2, &w)) {
                mp_val x = *mp_deref(w);
                if (mp_str_eq(needle, x.type == MP_T_STRING ? x.u.s : mp_to_str(vm, x))) {
                    found = 1;
                    break;
                }
            }
        }
        if (found) {
            *ret = mp_v_arr(mp_array_empty());
        } else {
            mp_val_share(argv[0]);
            *ret = argv[0];
        }
        return;
    }
    uint32_t total = 0;
    for (int i = 1; i < argc; i++)
        total += argv[i].u.a->count;
    if (total == 0) {
        mp_val_share(argv[0]);
        *ret = argv[0];
        return;
    }
    /* excluded string forms, as keys of a set (the key form is a bijection) */
    mp_array *exclude = mp_array_new(vm, total);
    for (int i = 1; i < argc; i++) {
        uint32_t p = 0;
        while (mp_array_next(argv[i].u.a, &p, &k, &v)) {
            mp_val x = *mp_deref(v);
            mp_key ek;
            mp_array_key_from_val(vm, mp_v_str(x.type == MP_T_STRING ? x.u.s : mp_to_str(vm, x)), &ek);
            mp_array_lookup_or_add(vm, exclude, ek, NULL);
        }
    }
    mp_array *out = mp_array_new(vm, first->count);
    pos = 0;
    while (mp_array_next(first, &pos, &k, &v)) {
        mp_val x = *mp_deref(v);
        mp_key ek;
        mp_array_key_from_val(vm, mp_v_str(x.type == MP_T_STRING ? x.u.s : mp_to_str(vm, x)), &ek);
        if (!mp_array_find(exclude, ek))
            mp_array_set(vm, out, k, mp_arr_elem_copy(*v));
    }
    *ret = mp_v_arr(out);
}

/* ---- sort and merge (php_array_diff / php_array_intersect) ---- */

enum { BY_VALUE = 1, BY_KEY = 2, BY_ASSOC = 6 };

/* The comparisons of one call: data (values) and key, each internal
 * (string comparison) or a user callback. */
typedef struct merge_ctx {
    mp_sort_ctx data;
    mp_sort_ctx key;
    int         warned;   /* PHP's one compare_deprecation_thrown for both */
} merge_ctx;

/* A list per argument, sorted by value (BY_VALUE) or key; ncb callbacks
 * (data first) are the last arguments. */
static mp_sort_item **sorted_lists(mp_vm *vm, const char *fname, int behavior, merge_ctx *m,
                                   int argc, mp_val *argv, uint32_t *counts)
{
    mp_sort_item **lists = mp_alloc(vm, (size_t)argc * sizeof *lists);
    for (int i = 0; i < argc; i++) {
        check_array(vm, fname, i, argv[i]);
        lists[i] = mp_sort_items(vm, argv[i].u.a, &counts[i]);
        if (counts[i] > 1)
            mp_zsort(lists[i], counts[i], sizeof(mp_sort_item), mp_sort_compare,
                     behavior == BY_VALUE ? &m->data : &m->key);
    }
    return lists;
}

static inline int dcmp(merge_ctx *m, const mp_sort_item *a, const mp_sort_item *b)
{
    return mp_sort_compare(&m->data, a, b);
}

static inline int kcmp(merge_ctx *m, const mp_sort_item *a, const mp_sort_item *b)
{
    return mp_sort_compare(&m->key, a, b);
}

/* Set up M: DATA_USER / KEY_USER say which comparisons are callbacks
 * (the data callback comes first among the trailing arguments). */
static int merge_setup(mp_vm *vm, const char *fname, merge_ctx *m, int argc, mp_val *argv, int data_user, int key_user)
{
    int ncb = data_user + key_user;
    check_args(vm, fname, argc, argv, ncb);
    int n = argc - ncb;
    if (data_user)
        mp_sort_ctx_user(&m->data, vm, fname, 0, argv[n]);
    else
        mp_sort_ctx_init(&m->data, vm, fname, 0, MP_SORT_STRING, 0);
    if (key_user)
        mp_sort_ctx_user(&m->key, vm, fname, 1, argv[n + data_user]);
    else
        mp_sort_ctx_init(&m->key, vm, fname, 1, MP_SORT_STRING, 0);
    m->data.stable = m->key.stable = 0;
    m->warned = 0;
    m->data.warned = m->key.warned = &m->warned;
    return n;
}

static void sorted_diff(mp_vm *vm, const char *fname, int argc, mp_val *argv, mp_val *ret, int behavior,
                        int data_user, int key_user)
{
    merge_ctx m;
    argc = merge_setup(vm, fname, &m, argc, argv, data_user, key_user);
    uint32_t *counts = mp_alloc(vm, (size_t)argc * sizeof *counts);
    uint32_t *ptrs = mp_alloc(vm, (size_t)argc * sizeof *ptrs);
    mp_sort_item **lists = sorted_lists(vm, fname, behavior, &m, argc, argv, counts);
    mp_array *out = mp_array_copy(vm, argv[0].u.a);
    *ret = mp_v_arr(out);
    mp_sort_item *l0 = lists[0];
    uint32_t p0 = 0, n0 = counts[0];
    while (p0 < n0) {
        int c = 1;
        for (int i = 1; i < argc; i++) {
            mp_sort_item *li = lists[i];
            uint32_t q = ptrs[i];
            if (behavior == BY_VALUE) {
                while (ptrs[i] < counts[i] && (c = dcmp(&m, &l0[p0], &li[ptrs[i]])) > 0)
                    ptrs[i]++;
            } else {
                /* keys are unique: a linear search from the start */
                while (q < counts[i] && (c = kcmp(&m, &l0[p0], &li[q])) != 0)
                    q++;
            }
            if (!c) {
                if (behavior == BY_VALUE) {
                    if (ptrs[i] < counts[i])
                        ptrs[i]++;
                    break;
                }
                if (behavior == BY_ASSOC) {
                    if (q < counts[i]) {
                        if (dcmp(&m, &l0[p0], &li[q]) != 0)
                            c = -1;   /* same key, other value: keep looking */
                        else
                            break;
                    }
                } else {
                    break;
                }
            }
        }
        if (!c) {
            /* found in another array: drop it (and its equal successors) */
            for (;;) {
                mp_array_delete(vm, out, l0[p0].key);
                if (++p0 == n0)
                    return;
                if (behavior != BY_VALUE || dcmp(&m, &l0[p0 - 1], &l0[p0]))
                    break;
            }
        } else {
            for (;;) {
                if (++p0 == n0)
                    return;
                if (behavior != BY_VALUE || dcmp(&m, &l0[p0 - 1], &l0[p0]))
                    break;
            }
        }
    }
}

static void sorted_intersect(mp_vm *vm, const char *fname, int argc, mp_val *argv, mp_val *ret, int behavior,
                             int data_user, int key_user)
{
    merge_ctx m;
    argc = merge_setup(vm, fname, &m, argc, argv, data_user, key_user);
    uint32_t *counts = mp_alloc(vm, (size_t)argc * sizeof *counts);
    uint32_t *ptrs = mp_alloc(vm, (size_t)argc * sizeof *ptrs);
    mp_sort_item **lists = sorted_lists(vm, fname, behavior, &m, argc, argv, counts);
    mp_array *out = mp_array_copy(vm, argv[0].u.a);
    *ret = mp_v_arr(out);
    mp_sort_item *l0 = lists[0];
    uint32_t p0 = 0, n0 = counts[0];
    int c = 0;
    while (p0 < n0) {
        int i;
        for (i = 1; i < argc; i++) {
            mp_sort_item *li = lists[i];
            if (behavior == BY_VALUE) {
                while (ptrs[i] < counts[i] && 0 < (c = dcmp(&m, &l0[p0], &li[ptrs[i]])))
                    ptrs[i]++;
            } else {
                while (ptrs[i] < counts[i] && 0 < (c = kcmp(&m, &l0[p0], &li[ptrs[i]])))
                    ptrs[i]++;
                if (!c && ptrs[i] < counts[i] && behavior == BY_ASSOC && dcmp(&m, &l0[p0], &li[ptrs[i]]) != 0)
                    c = 1;
            }
            if (ptrs[i] == counts[i]) {
                /* this array is exhausted: nothing after p0 is in all of them */
                for (; p0 < n0; p0++)
                    mp_array_delete(vm, out, l0[p0].key);
                return;
            }
            if (c)
                break;
            ptrs[i]++;
        }
        if (c) {
            /* l0[p0] is not in array i: drop it and whatever sorts before li's element */
            for (;;) {
                mp_array_delete(vm, out, l0[p0].key);
                if (++p0 == n0)
                    return;
                if (behavior != BY_VALUE || 0 <= dcmp(&m, &l0[p0], &lists[i][ptrs[i]]))
                    break;
            }
        } else {
            /* in all of them: keep it and its equal successors */
            for (;;) {
                if (++p0 == n0)
                    return;
                if (behavior != BY_VALUE || dcmp(&m, &l0[p0 - 1], &l0[p0]))
                    break;
            }
        }
    }
}

/* array_udiff(array $array, ...$rest): array */
static void bi_array_udiff(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_diff(vm, "array_udiff", argc, argv, ret, BY_VALUE, 1, 0);
}

/* array_diff_ukey(array $array, ...$rest): array */
static void bi_array_diff_ukey(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_diff(vm, "array_diff_ukey", argc, argv, ret, BY_KEY, 0, 1);
}

/* array_diff_uassoc(array $array, ...$rest): array */
static void bi_array_diff_uassoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_diff(vm, "array_diff_uassoc", argc, argv, ret, BY_ASSOC, 0, 1);
}

/* array_udiff_uassoc(array $array, ...$rest): array */
static void bi_array_udiff_uassoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_diff(vm, "array_udiff_uassoc", argc, argv, ret, BY_ASSOC, 1, 1);
}

/* array_intersect(array $array, array ...$arrays): array */
static void bi_array_intersect(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_intersect(vm, "array_intersect", argc, argv, ret, BY_VALUE, 0, 0);
}

/* array_uintersect(array $array, ...$rest): array */
static void bi_array_uintersect(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_intersect(vm, "array_uintersect", argc, argv, ret, BY_VALUE, 1, 0);
}

/* array_intersect_ukey(array $array, ...$rest): array */
static void bi_array_intersect_ukey(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_intersect(vm, "array_intersect_ukey", argc, argv, ret, BY_KEY, 0, 1);
}

/* array_intersect_uassoc(array $array, ...$rest): array */
static void bi_array_intersect_uassoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_intersect(vm, "array_intersect_uassoc", argc, argv, ret, BY_ASSOC, 0, 1);
}

/* array_uintersect_uassoc(array $array, ...$rest): array */
static void bi_array_uintersect_uassoc(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    sorted_intersect(vm, "array_uintersect_uassoc", argc, argv, ret, BY_ASSOC, 1, 1);
}

/* Sorted by name (strcmp). The u-variants take their callbacks last, so
 * their arguments are checked here, not by type codes. */
static const mp_builtin rows[] = {
    { "array_diff", bi_array_diff, 1, -1, "aa*", "array arrays" },
    { "array_diff_assoc", bi_array_diff_assoc, 1, -1, "aa*", "array arrays" },
    { "array_diff_key", bi_array_diff_key, 1, -1, "aa*", "array arrays" },
    { "array_diff_uassoc", bi_array_diff_uassoc, 2, -1, "zz*", "array rest" },
    { "array_diff_ukey", bi_array_diff_ukey, 2, -1, "zz*", "array rest" },
    { "array_intersect", bi_array_intersect, 1, -1, "aa*", "array arrays" },
    { "array_intersect_assoc", bi_array_intersect_assoc, 1, -1, "aa*", "array arrays" },
    { "array_intersect_key", bi_array_intersect_key, 1, -1, "aa*", "array arrays" },
    { "array_intersect_uassoc", bi_array_intersect_uassoc, 2, -1, "zz*", "array rest" },
    { "array_intersect_ukey", bi_array_intersect_ukey, 2, -1, "zz*", "array rest" },
    { "array_udiff", bi_array_udiff, 2, -1, "zz*", "array rest" },
    { "array_udiff_assoc", bi_array_udiff_assoc, 2, -1, "zz*", "array rest" },
    { "array_udiff_uassoc", bi_array_udiff_uassoc, 3, -1, "zz*", "array rest" },
    { "array_uintersect", bi_array_uintersect, 2, -1, "zz*", "array rest" },
    { "array_uintersect_assoc", bi_array_uintersect_assoc, 2, -1, "zz*", "array rest" },
    { "array_uintersect_uassoc", bi_array_uintersect_uassoc, 3, -1, "zz*", "array rest" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_setops, rows);
