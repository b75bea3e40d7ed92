/* arrays.c - PHP's array functions that neither sort nor compare sets
 * (those are sort.c and setops.c): searching, keys and values, merging,
 * slicing and splicing, the callback walkers, stacks, filling, range,
 * the internal pointer (current/next/...) and min/max, as PHP 8.2's
 * ext/standard/array.c does them, with its warnings and exceptions.
 * Elements copied into a new array follow PHP's reference rule
 * (mp_arr_elem_copy); functions that return their input unchanged return
 * the same array, as PHP does. */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "arrayops.h"

#define ARRAY_FILTER_USE_BOTH 1
#define ARRAY_FILTER_USE_KEY 2
/* PHP's HT_MAX_SIZE on 64-bit systems */
#define HT_MAX_SIZE 0x40000000

static void cannot_add(mp_vm *vm)
{
    mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
}

/* Append V to A, throwing PHP's error when the next key is taken. */
static void append(mp_vm *vm, mp_array *a, mp_val v)
{
    if (!mp_array_append(vm, a, v))
        cannot_add(vm);
}

/* Return the argument array itself (PHP's RETURN_COPY). */
static void return_same(mp_val *ret, mp_val arr)
{
    mp_val_share(arr);
    *ret = arr;
}

/* The unshared array held by a by-reference argument, for writing. */
static mp_array *ref_array(mp_vm *vm, mp_val *arg)
{
    mp_val *slot = mp_deref(arg);
    mp_array *a = mp_array_separate(vm, slot->u.a);
    slot->u.a = a;
    return a;
}

/* A key from a value as array_fill_keys/array_combine/array_flip take
 * them: ints as they are, anything else as its string (numeric strings
 * become ints). */
static mp_key string_key(mp_vm *vm, mp_val v)
{
    mp_key k;
    v = *mp_deref(&v);
    if (v.type == MP_T_INT) {
        k.s = NULL;
        k.i = v.u.i;
        return k;
    }
    mp_array_key_from_val(vm, mp_v_str(v.type == MP_T_STRING ? v.u.s : mp_to_str(vm, v)), &k);
    return k;
}

/* Box the element in SLOT into a reference (if it is not one yet). */
static mp_ref *make_ref(mp_vm *vm, mp_val *slot)
{
    if (slot->type == MP_T_REF)
        return slot->u.r;
    mp_ref *r = mp_alloc(vm, sizeof *r);
    r->val = *slot;
    r->rc = 1;
    slot->type = MP_T_REF;
    slot->u.r = r;
    return r;
}

/* ---- searching ---- */

/* in_array / array_search: the key of the first match or NULL */
static int search(mp_vm *vm, mp_val needle, const mp_array *a, int strict, mp_key *found)
{
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        int eq = strict ? mp_strict_eq(needle, *mp_deref(v)) : mp_loose_eq(vm, needle, *v);
        if (eq) {
            *found = k;
            return 1;
        }
    }
    return 0;
}

/* in_array(mixed $needle, array $haystack, bool $strict = false): bool */
static void bi_in_array(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_key k;
    *ret = mp_v_bool(search(vm, argv[0], argv[1].u.a, argc > 2 && argv[2].type == MP_T_TRUE, &k));
}

/* array_search(mixed $needle, array $haystack, bool $strict = false): int|string|false */
static void bi_array_search(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_key k;
    if (search(vm, argv[0], argv[1].u.a, argc > 2 && argv[2].type == MP_T_TRUE, &k))
        *ret = mp_key_to_val(k);
    else
        *ret = mp_v_bool(0);
}

/* array_key_exists(mixed $key, array $array): bool (and key_exists) */
static void bi_array_key_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val key = argv[0];
    mp_key k;
    switch (key.type) {
    case MP_T_FLOAT: {
        double d = key.u.d;
        if (!isfinite(d) || d != trunc(d) || d < -9223372036854775808.0 || d >= 9223372036854775808.0) {
            char buf[64];
            mp_float_repr(d, buf);
            if (isfinite(d) && d != trunc(d))
                mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
        }
        k.s = NULL;
        k.i = mp_float_to_int(d);
        break;
    }
    case MP_T_ARRAY: case MP_T_OBJECT:
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type");
    default:
        mp_array_key_from_val(vm, key, &k);
        break;
    }
    *ret = mp_v_bool(mp_array_find(argv[1].u.a, k) != NULL);
}

/* ---- keys and values ---- */

/* array_keys(array $array, mixed $filter_value, bool $strict = false): array */
static void bi_array_keys(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *a = argv[0].u.a;
    if (a->count == 0) {
        return_same(ret, argv[0]);
        return;
    }
    int strict = argc > 2 && argv[2].type == MP_T_TRUE;
    mp_array *out = mp_array_new(vm, argc > 1 ? 8 : a->count);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        if (argc > 1 && !(strict ? mp_strict_eq(argv[1], *mp_deref(v)) : mp_loose_eq(vm, argv[1], *v)))
            continue;
        mp_array_append(vm, out, mp_key_to_val(k));
    }
    *ret = mp_v_arr(out);
}

/* A new list of A's values. */
static mp_array *values_of(mp_vm *vm, const mp_array *a)
{
    mp_array *out = mp_array_new(vm, a->count);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v))
        mp_array_append(vm, out, mp_arr_elem_copy(*v));
    return out;
}

/* array_values(array $array): array */
static void bi_array_values(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_array *a = argv[0].u.a;
    if (a->count == 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    if ((a->flags & MP_ARR_PACKED) && a->next_free == (int64_t)a->count) {
        return_same(ret, argv[0]);
        return;
    }
    *ret = mp_v_arr(values_of(vm, a));
}

/* array_key_first(array $array): int|string|null */
static void bi_array_key_first(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    if (mp_array_next(argv[0].u.a, &pos, &k, &v))
        *ret = mp_key_to_val(k);
}

/* The slot index of the last element, or used if there is none. */
static uint32_t last_slot(const mp_array *a)
{
    if (a->flags & MP_ARR_PACKED)
        return a->used ? a->used - 1 : 0;
    for (uint32_t i = a->used; i > 0; i--)
        if (a->buckets[i - 1].val.type != MP_T_UNDEF)
            return i - 1;
    return a->used;
}

/* array_key_last(array $array): int|string|null */
static void bi_array_key_last(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    const mp_array *a = argv[0].u.a;
    if (!a->count)
        return;
    uint32_t pos = last_slot(a);
    mp_key k;
    mp_val *v;
    if (mp_array_next(a, &pos, &k, &v))
        *ret = mp_key_to_val(k);
}

/* array_is_list(array $array): bool */
static void bi_array_is_list(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_bool(mp_array_is_list(argv[0].u.a));
}

/* array_flip(array $array): array */
static void bi_array_flip(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_array *a = argv[0].u.a;
    mp_array *out = mp_array_new(vm, a->count);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        mp_val x = *mp_deref(v);
        if (x.type != MP_T_INT && x.type != MP_T_STRING) {
            mp_error(vm, MP_E_WARNING, "array_flip(): Can only flip string and integer values, entry skipped");
            continue;
        }
        mp_array_set(vm, out, string_key(vm, x), mp_key_to_val(k));
    }
    *ret = mp_v_arr(out);
}

/* array_count_values(array $array): array */
static void bi_array_count_values(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_array *out = mp_array_new(vm, 8);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(argv[0].u.a, &pos, &k, &v)) {
        mp_val x = *mp_deref(v);
        if (x.type != MP_T_INT && x.type != MP_T_STRING) {
            mp_error(vm, MP_E_WARNING, "array_count_values(): Can only count string and integer values, entry skipped");
            continue;
        }
        int created;
        mp_val *slot = mp_array_lookup_or_add(vm, out, string_key(vm, x), &created);
        *slot = mp_v_int(created ? 1 : slot->u.i + 1);
    }
    *ret = mp_v_arr(out);
}

/* array_change_key_case(array $array, int $case = CASE_LOWER): array */
static void bi_array_change_key_case(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int upper = argc > 1 && argv[1].u.i != 0;
    const mp_array *a = argv[0].u.a;
    mp_array *out = mp_array_new(vm, a->count);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        if (k.s) {
            mp_str *s = mp_str_new(vm, k.s->data, k.s->len);
            for (size_t i = 0; i < s->len; i++) {
                char c = s->data[i];
                if (upper && c >= 'a' && c <= 'z')
                    s->data[i] = (char)(c - 32);
                else if (!upper && c >= 'A' && c <= 'Z')
                    s->data[i] = (char)(c + 32);
            }
            k.s = s;
        }
        mp_array_set(vm, out, k, mp_arr_elem_copy(*v));
    }
    *ret = mp_v_arr(out);
}

/* ---- building arrays ---- */

/* array_combine(array $keys, array $values): array */
static void bi_array_combine(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_array *keys = argv[0].u.a, *vals = argv[1].u.a;
    if (keys->count != vals->count)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_combine(): Argument #1 ($keys) and argument #2 ($values) "
                    "must have the same number of elements");
    if (!keys->count) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    mp_array *out = mp_array_new(vm, keys->count);
    uint32_t kp = 0, vp = 0;
    mp_key k, k2;
    mp_val *kv, *vv;
    while (mp_array_next(keys, &kp, &k, &kv) && mp_array_next(vals, &vp, &k2, &vv))
        mp_array_set(vm, out, string_key(vm, *kv), mp_arr_elem_copy(*vv));
    *ret = mp_v_arr(out);
}

/* array_fill(int $start_index, int $count, mixed $value): array */
static void bi_array_fill(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int64_t start = argv[0].u.i, num = argv[1].u.i;
    if (num == 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    if (num < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_fill(): Argument #2 ($count) must be greater than or equal to 0");
    if (num > 0x7fffffff)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_fill(): Argument #2 ($count) is too large");
    if (start > INT64_MAX - num + 1)
        cannot_add(vm);
    mp_val v = argv[2];
    mp_array *out = mp_array_new(vm, (uint32_t)num);
    for (int64_t i = 0; i < num; i++) {
        mp_val_share(v);
        mp_array_set_int(vm, out, start + i, v);
    }
    *ret = mp_v_arr(out);
}

/* array_fill_keys(array $keys, mixed $value): array */
static void bi_array_fill_keys(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_array *keys = argv[0].u.a;
    mp_array *out = mp_array_new(vm, keys->count);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(keys, &pos, &k, &v)) {
        mp_val_share(argv[1]);
        mp_array_set(vm, out, string_key(vm, *v), argv[1]);
    }
    *ret = mp_v_arr(out);
}

/* Copy A's elements into OUT: string keys kept, int keys appended. */
static void append_renumbered(mp_vm *vm, mp_array *out, const mp_array *a)
{
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        if (k.s)
            mp_array_set(vm, out, k, mp_arr_elem_copy(*v));
        else
            append(vm, out, mp_arr_elem_copy(*v));
    }
}

/* array_pad(array $array, int $length, mixed $value): array */
static void bi_array_pad(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_array *a = argv[0].u.a;
    int64_t size = argv[1].u.i;
    int64_t abs_size = size < 0 ? -size : size;
    int64_t n = a->count;
    if (abs_size < 0 || abs_size - n > 1048576)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_pad(): Argument #2 ($length) must be less than or equal to 1048576");
    if (n >= abs_size) {
        return_same(ret, argv[0]);
        return;
    }
    mp_val pad = argv[2];
    mp_array *out = mp_array_new(vm, (uint32_t)abs_size);
    int64_t pads = abs_size - n;
    if (size < 0)
        for (int64_t i = 0; i < pads; i++) {
            mp_val_share(pad);
            append(vm, out, pad);
        }
    append_renumbered(vm, out, a);
    if (size > 0)
        for (int64_t i = 0; i < pads; i++) {
            mp_val_share(pad);
            append(vm, out, pad);
        }
    *ret = mp_v_arr(out);
}

/* array_chunk(array $array, int $length, bool $preserve_keys = false): array */
static void bi_array_chunk(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *a = argv[0].u.a;
    int64_t size = argv[1].u.i;
    int preserve = argc > 2 && argv[2].type == MP_T_TRUE;
    if (size < 1)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_chunk(): Argument #2 ($length) must be greater than 0");
    if (a->count == 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    if (size > a->count)
        size = a->count;
    mp_array *out = mp_array_new(vm, (uint32_t)((a->count - 1) / size + 1));
    mp_array *chunk = NULL;
    int64_t n = 0;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        if (!chunk)
            chunk = mp_array_new(vm, (uint32_t)size);
        if (preserve)
            mp_array_set(vm, chunk, k, mp_arr_elem_copy(*v));
        else
            mp_array_append(vm, chunk, mp_arr_elem_copy(*v));
        if (++n % size == 0) {
            mp_array_append(vm, out, mp_v_arr(chunk));
            chunk = NULL;
        }
    }
    if (chunk)
        mp_array_append(vm, out, mp_v_arr(chunk));
    *ret = mp_v_arr(out);
}

/* array_column's keys: int|string|null, as Z_PARAM_STR_OR_LONG_OR_NULL. */
static int column_key(mp_vm *vm, int i, mp_val *v)
{
    static const char *const names[] = { "column_key", "index_key" };
    switch (v->type) {
    case MP_T_NULL: case MP_T_UNDEF:
        return 0;
    case MP_T_INT: case MP_T_STRING:
        return 1;
    case MP_T_TRUE: case MP_T_FALSE:
        *v = mp_v_int(v->type == MP_T_TRUE);
        return 1;
    case MP_T_FLOAT:
        if (isfinite(v->u.d) && v->u.d >= -9223372036854775808.0 && v->u.d < 9223372036854775808.0) {
            if (v->u.d != trunc(v->u.d)) {
                char buf[64];
                mp_float_repr(v->u.d, buf);
                mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
            }
            *v = mp_v_int((int64_t)v->u.d);
            return 1;
        }
        *v = mp_v_str(mp_to_str(vm, *v));
        return 1;
    default:
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "array_column(): Argument #%d ($%s) must be of type string|int|null, %s given",
                    i + 2, names[i], mp_debug_type(*v));
    }
}

/* The element NAME of a row, or NULL: an object row gives its property
 * visible from the caller's scope (magic __isset/__get are not consulted). */
static mp_val *column_of(mp_vm *vm, mp_val row, mp_val name)
{
    mp_key k;
    if (row.type == MP_T_OBJECT) {
        mp_array_key_from_val(vm, name, &k);
        return mp_array_find(mp_object_vars(vm, row.u.o, 0), k);
    }
    if (row.type != MP_T_ARRAY)
        return NULL;
    mp_array_key_from_val(vm, name, &k);
    return mp_array_find(row.u.a, k);
}

/* array_column(array $array, int|string|null $column_key, int|string|null $index_key = null): array */
static void bi_array_column(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val col = argv[1], idx = argc > 2 ? argv[2] : mp_v_null();
    int has_col = column_key(vm, 0, &col);
    int has_idx = argc > 2 && column_key(vm, 1, &idx);
    const mp_array *a = argv[0].u.a;
    mp_array *out = mp_array_new(vm, a->count);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        mp_val row = *mp_deref(v);
        mp_val value;
        if (!has_col) {
            value = row;
        } else {
            mp_val *c = column_of(vm, row, col);
            if (!c)
                continue;
            value = *mp_deref(c);
        }
        mp_val_share(value);
        mp_val *kv = has_idx ? column_of(vm, row, idx) : NULL;
        if (kv) {
            mp_val key = *mp_deref(kv);
            mp_key ok;
            if (key.type == MP_T_FLOAT) {
                if (isfinite(key.u.d) && key.u.d != trunc(key.u.d)) {
                    char buf[64];
                    mp_float_repr(key.u.d, buf);
                    mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
                }
                ok.s = NULL;
                ok.i = mp_float_to_int(key.u.d);
            } else if (!mp_array_key_from_val(vm, key, &ok)) {
                mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type");
            }
            mp_array_set(vm, out, ok, value);
        } else {
            append(vm, out, value);
        }
    }
    *ret = mp_v_arr(out);
}

/* ---- merging ---- */

/* php_array_merge: string keys overwrite, int keys append. */
static void merge_into(mp_vm *vm, mp_array *dest, const mp_array *src)
{
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(src, &pos, &k, &v)) {
        if (k.s)
            mp_array_set(vm, dest, k, mp_arr_elem_copy(*v));
        else
            append(vm, dest, mp_arr_elem_copy(*v));
    }
}

/* Does A have only string keys? */
static int all_string_keys(const mp_array *a)
{
    if (a->flags & MP_ARR_PACKED)
        return a->count == 0;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v))
        if (!k.s)
            return 0;
    return 1;
}

/* Arrays being merged recursively right now (for "Recursion detected"). */
typedef struct merge_stack {
    const mp_array *a[64];
    int n;
} merge_stack;

static int merge_active(const merge_stack *st, const mp_array *a)
{
    for (int i = 0; i < st->n; i++)
        if (st->a[i] == a)
            return 1;
    return st->n >= 64;
}

/* php_array_merge_recursive */
static void merge_recursive(mp_vm *vm, mp_array *dest, const mp_array *src, merge_stack *st)
{
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(src, &pos, &k, &v)) {
        mp_val *d = k.s ? mp_array_find(dest, k) : NULL;
        if (!d) {
            if (k.s)
                mp_array_set(vm, dest, k, mp_arr_elem_copy(*v));
            else
                append(vm, dest, mp_arr_elem_copy(*v));
            continue;
        }
        mp_val sv = *mp_deref(v), dv = *mp_deref(d);
        const mp_array *thash = dv.type == MP_T_ARRAY ? dv.u.a : NULL;
        if ((thash && merge_active(st, thash)) || (v == d && v->type == MP_T_REF))
            mp_throw_ex(vm, MP_EX_ERROR, "Recursion detected");
        /* the destination element becomes a plain array of its own */
        mp_array *da;
        if (dv.type == MP_T_ARRAY) {
            da = mp_array_copy(vm, dv.u.a);
        } else {
            da = mp_array_new(vm, 2);
            if (dv.type != MP_T_NULL)
                mp_array_append(vm, da, dv);
            else
                mp_array_append(vm, da, mp_v_null());
        }
        *d = mp_v_arr(da);
        if (sv.type == MP_T_ARRAY) {
            if (thash)
                st->a[st->n++] = thash;
            merge_recursive(vm, da, sv.u.a, st);
            if (thash)
                st->n--;
        } else {
            mp_val_share(sv);
            append(vm, da, sv);
        }
    }
}

/* array_merge(array ...$arrays): array, array_merge_recursive */
static void do_merge(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int recursive)
{
    if (argc == 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    if (argc == 2) {
        /* merging with an empty array returns the other one when that is a
         * list or has only string keys */
        int which = argv[0].u.a->count == 0 ? 1 : (argv[1].u.a->count == 0 ? 0 : -1);
        if (which >= 0) {
            const mp_array *r = argv[which].u.a;
            if ((r->flags & MP_ARR_PACKED) || all_string_keys(r)) {
                return_same(ret, argv[which]);
                return;
            }
        }
    }
    uint32_t total = 0;
    for (int i = 0; i < argc; i++)
        total += argv[i].u.a->count;
    mp_array *dest = mp_array_new(vm, total);
    append_renumbered(vm, dest, argv[0].u.a);
    merge_stack st;
    st.n = 0;
    for (int i = 1; i < argc; i++) {
        if (recursive)
            merge_recursive(vm, dest, argv[i].u.a, &st);
        else
            merge_into(vm, dest, argv[i].u.a);
    }
    *ret = mp_v_arr(dest);
}

static void bi_array_merge(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_merge(vm, argc, argv, ret, 0);
}

static void bi_array_merge_recursive(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_merge(vm, argc, argv, ret, 1);
}

/* php_array_replace_recursive */
static void replace_recursive(mp_vm *vm, mp_array *dest, const mp_array *src, merge_stack *st)
{
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(src, &pos, &k, &v)) {
        mp_val sv = *mp_deref(v);
        mp_val *d = sv.type == MP_T_ARRAY ? mp_array_find(dest, k) : NULL;
        if (!d || mp_deref(d)->type != MP_T_ARRAY) {
            mp_array_set(vm, dest, k, mp_arr_elem_copy(*v));
            continue;
        }
        const mp_array *dh = mp_deref(d)->u.a;
        if (merge_active(st, dh) || merge_active(st, sv.u.a) ||
            (v->type == MP_T_REF && d->type == MP_T_REF && v->u.r == d->u.r))
            mp_throw_ex(vm, MP_EX_ERROR, "Recursion detected");
        mp_array *da = mp_array_copy(vm, dh);
        *d = mp_v_arr(da);
        st->a[st->n++] = dh;
        st->a[st->n++] = sv.u.a;
        replace_recursive(vm, da, sv.u.a, st);
        st->n -= 2;
    }
}

/* array_replace(array $array, array ...$replacements): array, array_replace_recursive */
static void do_replace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int recursive)
{
    mp_array *dest = mp_array_copy(vm, argv[0].u.a);
    merge_stack st;
    st.n = 0;
    for (int i = 1; i < argc; i++) {
        if (recursive) {
            replace_recursive(vm, dest, argv[i].u.a, &st);
            continue;
        }
        uint32_t pos = 0;
        mp_key k;
        mp_val *v;
        while (mp_array_next(argv[i].u.a, &pos, &k, &v))
            mp_array_set(vm, dest, k, mp_arr_elem_copy(*v));
    }
    *ret = mp_v_arr(dest);
}

static void bi_array_replace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_replace(vm, argc, argv, ret, 0);
}

static void bi_array_replace_recursive(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_replace(vm, argc, argv, ret, 1);
}

/* ---- slices ---- */

/* Clamp OFFSET/LENGTH of a slice of N elements as PHP does. */
static void clamp_slice(int64_t n, int64_t *offset, int64_t *length)
{
    if (*offset > n)
        *offset = n;
    else if (*offset < 0 && (*offset = n + *offset) < 0)
        *offset = 0;
    if (*length < 0)
        *length = n - *offset + *length;
    else if ((uint64_t)*offset + (uint64_t)*length > (uint64_t)n)
        *length = n - *offset;
}

/* array_slice(array $array, int $offset, ?int $length = null, bool $preserve_keys = false): array */
static void bi_array_slice(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *a = argv[0].u.a;
    int64_t n = a->count, offset = argv[1].u.i;
    int64_t length = (argc > 2 && argv[2].type == MP_T_INT) ? argv[2].u.i : n;
    int preserve = argc > 3 && argv[3].type == MP_T_TRUE;
    if (offset > n) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    clamp_slice(n, &offset, &length);
    if (length <= 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    mp_array *out = mp_array_new(vm, (uint32_t)length);
    uint32_t pos = 0;
    int64_t i = 0, taken = 0;
    mp_key k;
    mp_val *v;
    while (taken < length && mp_array_next(a, &pos, &k, &v)) {
        if (i++ < offset)
            continue;
        taken++;
        if (k.s || preserve)
            mp_array_set(vm, out, k, mp_arr_elem_copy(*v));
        else
            mp_array_append(vm, out, mp_arr_elem_copy(*v));
    }
    *ret = mp_v_arr(out);
}

/* array_splice(array &$array, int $offset, ?int $length = null, mixed $replacement = []): array */
static void bi_array_splice(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val *slot = mp_deref(&argv[0]);
    mp_array *in = slot->u.a;
    int64_t n = in->count, offset = argv[1].u.i;
    int64_t length = (argc > 2 && argv[2].type == MP_T_INT) ? argv[2].u.i : n;
    const mp_array *repl = NULL;
    if (argc > 3) {
        mp_val r = argv[3];
        if (r.type == MP_T_ARRAY) {
            repl = r.u.a;
        } else if (r.type != MP_T_NULL) {
            /* OBJECTS: an object becomes its properties (convert_to_array) */
            mp_array *one = mp_array_new(vm, 1);
            mp_val_share(r);
            mp_array_append(vm, one, r);
            repl = one;
        }
    }
    clamp_slice(n, &offset, &length);
    int shared = (in->flags & MP_GC_SHARED) != 0;
    mp_array *removed = mp_array_new(vm, length > 0 ? (uint32_t)length : 0);
    mp_array *out = mp_array_new(vm, (uint32_t)n);
    uint32_t pos = 0;
    int64_t i = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(in, &pos, &k, &v)) {
        mp_val val = shared ? mp_arr_elem_copy(*v) : *v;
        if (i == offset && repl) {
            uint32_t rp = 0;
            mp_key rk;
            mp_val *rv;
            while (mp_array_next(repl, &rp, &rk, &rv))
                append(vm, out, mp_arr_elem_copy(*rv));
            repl = NULL;
        }
        if (i >= offset && i < offset + length) {
            /* the removed element keeps its string key; shared ones are copies */
            mp_val rem = shared ? mp_arr_elem_copy(*v) : *v;
            if (k.s)
                mp_array_set(vm, removed, k, rem);
            else
                mp_array_append(vm, removed, rem);
        } else if (k.s) {
            mp_array_set(vm, out, k, val);
        } else {
            append(vm, out, val);
        }
        i++;
    }
    if (repl) {
        uint32_t rp = 0;
        mp_key rk;
        mp_val *rv;
        while (mp_array_next(repl, &rp, &rk, &rv))
            append(vm, out, mp_arr_elem_copy(*rv));
    }
    out->pos = 0;
    slot = mp_deref(&argv[0]);
    *slot = mp_v_arr(out);
    *ret = mp_v_arr(removed);
}

/* array_reverse(array $array, bool $preserve_keys = false): array */
static void bi_array_reverse(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *a = argv[0].u.a;
    int preserve = argc > 1 && argv[1].type == MP_T_TRUE;
    mp_array *out = mp_array_new(vm, a->count);
    mp_key *keys = mp_alloc(vm, ((size_t)a->count + 1) * sizeof *keys);
    mp_val **vals = mp_alloc(vm, ((size_t)a->count + 1) * sizeof *vals);
    uint32_t pos = 0, n = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        keys[n] = k;
        vals[n++] = v;
    }
    while (n-- > 0) {
        if (keys[n].s || preserve)
            mp_array_set(vm, out, keys[n], mp_arr_elem_copy(*vals[n]));
        else
            mp_array_append(vm, out, mp_arr_elem_copy(*vals[n]));
    }
    *ret = mp_v_arr(out);
}

/* ---- callbacks ---- */

/* array_map(?callable $callback, array $array, array ...$arrays): ?array */
static void bi_array_map(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val cb = argv[0].type == MP_T_NULL ? argv[0] : mp_callable_prepare(vm, argv[0]);
    int narr = argc - 1;
    if (narr == 1) {
        const mp_array *a = argv[1].u.a;
        if (cb.type == MP_T_NULL || a->count == 0) {
            return_same(ret, argv[1]);
            return;
        }
        mp_array *out = mp_array_new(vm, a->count);
        *ret = mp_v_arr(out);
        uint32_t pos = 0;
        mp_key k;
        mp_val *v;
        while (mp_array_next(a, &pos, &k, &v)) {
            mp_val r, arg = *v;
            mp_call_value(vm, cb, 1, &arg, &r);
            mp_array_set(vm, out, k, r);
        }
        return;
    }
    uint32_t maxlen = 0;
    for (int i = 1; i < argc; i++)
        if (argv[i].u.a->count > maxlen)
            maxlen = argv[i].u.a->count;
    uint32_t *pos = mp_alloc(vm, (size_t)narr * sizeof *pos);
    mp_val *params = mp_alloc(vm, (size_t)narr * sizeof *params);
    mp_array *out = mp_array_new(vm, maxlen);
    *ret = mp_v_arr(out);
    for (uint32_t n = 0; n < maxlen; n++) {
        for (int i = 0; i < narr; i++) {
            mp_key k;
            mp_val *v;
            if (mp_array_next(argv[i + 1].u.a, &pos[i], &k, &v)) {
                params[i] = *v;
                mp_val_share(*v);
            } else {
                params[i] = mp_v_null();
            }
        }
        if (cb.type == MP_T_NULL) {
            mp_array *zip = mp_array_new(vm, (uint32_t)narr);
            for (int i = 0; i < narr; i++)
                mp_array_append(vm, zip, params[i]);
            mp_array_append(vm, out, mp_v_arr(zip));
        } else {
            mp_val r;
            mp_call_value(vm, cb, narr, params, &r);
            mp_array_append(vm, out, r);
        }
    }
}

/* array_filter(array $array, ?callable $callback = null, int $mode = 0): array */
static void bi_array_filter(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *a = argv[0].u.a;
    if (a->count == 0) {
        *ret = mp_v_arr(mp_array_empty());
        return;
    }
    mp_val cb = argc > 1 && argv[1].type != MP_T_NULL ? mp_callable_prepare(vm, argv[1]) : mp_v_null();
    int64_t mode = argc > 2 ? argv[2].u.i : 0;
    mp_array *out = mp_array_new(vm, 8);
    *ret = mp_v_arr(out);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        int keep;
        if (cb.type != MP_T_NULL) {
            mp_val args[2], r;
            int n = 1;
            if (mode == ARRAY_FILTER_USE_KEY) {
                args[0] = mp_key_to_val(k);
            } else if (mode == ARRAY_FILTER_USE_BOTH) {
                args[0] = *v;
                args[1] = mp_key_to_val(k);
                n = 2;
            } else {
                args[0] = *v;
            }
            mp_call_value(vm, cb, n, args, &r);
            keep = mp_to_bool(r);
        } else {
            keep = mp_to_bool(*mp_deref(v));
        }
        if (keep)
            mp_array_set(vm, out, k, mp_arr_elem_copy(*v));
    }
}

/* array_reduce(array $array, callable $callback, mixed $initial = null): mixed */
static void bi_array_reduce(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val acc = argc > 2 ? argv[2] : mp_v_null();
    mp_val cb = mp_callable_prepare(vm, argv[1]);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(argv[0].u.a, &pos, &k, &v)) {
        mp_val args[2] = { acc, *v };
        mp_call_value(vm, cb, 2, args, &acc);
    }
    *ret = acc;
}

/* Arrays being walked by array_walk_recursive (for "Recursion detected"). */
typedef struct walk_ctx {
    mp_val          cb;
    mp_val          extra;
    int             has_extra;
    int             recursive;
    const mp_array *active[64];
    int             depth;
} walk_ctx;

static int key_eq(mp_key a, mp_key b)
{
    return a.s ? (b.s && mp_str_eq(a.s, b.s)) : (!b.s && a.i == b.i);
}

/* The slot index of key K in A, if present. */
static int slot_of(const mp_array *a, mp_key k, uint32_t *slot)
{
    const mp_val *v = mp_array_find(a, k);
    if (!v)
        return 0;
    if (a->flags & MP_ARR_PACKED)
        *slot = (uint32_t)(v - a->vals);
    else
        *slot = (uint32_t)((const mp_bucket *)((const char *)v - offsetof(mp_bucket, val)) - a->buckets);
    return 1;
}

/* php_array_walk over the array held by SLOT: every element is made a
 * reference and passed with its key (and the extra argument). Like PHP's
 * hash iterator, the position survives changes the callback makes: the
 * array is re-read after each call and the walk goes on at the element
 * that came next (found again by key if the array was compacted). */
static void walk(mp_vm *vm, mp_val *slot, walk_ctx *w)
{
    slot = mp_deref(slot);
    mp_array *a = mp_array_separate(vm, slot->u.a);
    slot->u.a = a;
    uint32_t pos = 0;
    for (;;) {
        slot = mp_deref(slot);
        if (slot->type != MP_T_ARRAY)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Iterated value is no longer an array or object");
        a = slot->u.a;
        mp_key k, next_k;
        mp_val *e, *ne;
        if (!mp_array_next(a, &pos, &k, &e))
            break;
        uint32_t peek = pos;
        int has_next = mp_array_next(a, &peek, &next_k, &ne);
        if (w->recursive && mp_deref(e)->type == MP_T_ARRAY) {
            mp_val *inner = mp_deref(e);
            inner->u.a = mp_array_separate(vm, inner->u.a);
            for (int i = 0; i < w->depth; i++)
                if (w->active[i] == inner->u.a)
                    mp_throw_ex(vm, MP_EX_ERROR, "Recursion detected");
            if (w->depth >= 64)
                mp_throw_ex(vm, MP_EX_ERROR, "Recursion detected");
            w->active[w->depth++] = inner->u.a;
            walk(vm, inner, w);
            w->depth--;
        } else {
            mp_val args[3];
            args[0].type = MP_T_REF;
            args[0].u.r = make_ref(vm, e);
            args[1] = mp_key_to_val(k);
            args[2] = w->extra;
            mp_val r;
            mp_call_value(vm, w->cb, w->has_extra ? 3 : 2, args, &r);
        }
        /* find the next element again if the array moved it */
        const mp_val *now = mp_deref(slot);
        if (has_next && now->type == MP_T_ARRAY) {
            const mp_array *b = now->u.a;
            uint32_t q = pos;
            mp_key qk;
            mp_val *qv;
            if (!(mp_array_next(b, &q, &qk, &qv) && key_eq(qk, next_k))) {
                if (slot_of(b, next_k, &q))
                    pos = q;
                else if (slot_of(b, k, &q))
                    pos = q + 1;
            }
        }
    }
}

/* array_walk(array|object &$array, callable $callback, mixed $arg = UNKNOWN): true */
static void do_walk(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int recursive)
{
    walk_ctx w;
    w.cb = mp_callable_prepare(vm, argv[1]);
    w.has_extra = argc > 2;
    w.extra = w.has_extra ? argv[2] : mp_v_null();
    w.recursive = recursive;
    w.depth = 0;   /* PHP guards the nested arrays only, not the walked one */
    walk(vm, &argv[0], &w);
    *ret = mp_v_bool(1);
}

static void bi_array_walk(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_walk(vm, argc, argv, ret, 0);
}

static void bi_array_walk_recursive(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_walk(vm, argc, argv, ret, 1);
}

/* ---- sums ---- */

/* convert_scalar_to_number: numeric strings and their leading numbers,
 * anything else non-numeric is 0 (silently), null/false 0, true 1. */
static mp_val to_number(mp_vm *vm, mp_val v)
{
    switch (v.type) {
    case MP_T_INT: case MP_T_FLOAT:
        return v;
    case MP_T_STRING: {
        mp_val n;
        int trailing;
        if (mp_str_numeric(v.u.s->data, v.u.s->len, &n, 1, &trailing))
            return n;
        return mp_v_int(0);
    }
    default:
        return mp_v_int(mp_to_int(vm, v));
    }
}

/* array_sum(array $array): int|float */
static void bi_array_sum(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val sum = mp_v_int(0);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(argv[0].u.a, &pos, &k, &v)) {
        mp_val x = *mp_deref(v);
        if (x.type == MP_T_ARRAY || x.type == MP_T_OBJECT)
            continue;
        x = to_number(vm, x);
        if (sum.type == MP_T_INT && x.type == MP_T_INT) {
            int64_t r;
            if (!__builtin_add_overflow(sum.u.i, x.u.i, &r)) {
                sum.u.i = r;
                continue;
            }
        }
        double a = sum.type == MP_T_INT ? (double)sum.u.i : sum.u.d;
        double b = x.type == MP_T_INT ? (double)x.u.i : x.u.d;
        sum = mp_v_float(a + b);
    }
    *ret = sum;
}

/* array_product(array $array): int|float */
static void bi_array_product(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val prod = mp_v_int(1);
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(argv[0].u.a, &pos, &k, &v)) {
        mp_val x = *mp_deref(v);
        if (x.type == MP_T_ARRAY || x.type == MP_T_OBJECT)
            continue;
        x = to_number(vm, x);
        if (prod.type == MP_T_INT && x.type == MP_T_INT) {
            /* PHP checks the product as a double, so PHP_INT_MIN * -1 wraps */
            double d = (double)prod.u.i * (double)x.u.i;
            if (d >= (double)INT64_MIN && d <= (double)INT64_MAX) {
                prod.u.i = (int64_t)((uint64_t)prod.u.i * (uint64_t)x.u.i);
                continue;
            }
        }
        double a = prod.type == MP_T_INT ? (double)prod.u.i : prod.u.d;
        double b = x.type == MP_T_INT ? (double)x.u.i : x.u.d;
        prod = mp_v_float(a * b);
    }
    *ret = prod;
}

/* ---- stacks ---- */

/* array_push(array &$array, mixed ...$values): int */
static void bi_array_push(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_array *a = ref_array(vm, &argv[0]);
    for (int i = 1; i < argc; i++) {
        mp_val v = argv[i];
        mp_val_share(v);
        append(vm, a, v);
    }
    *ret = mp_v_int(a->count);
}

/* array_pop(array &$array): mixed */
static void bi_array_pop(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_array *a = mp_deref(&argv[0])->u.a;
    if (a->count == 0)
        return;
    a = ref_array(vm, &argv[0]);
    uint32_t pos = last_slot(a);
    mp_key k;
    mp_val *v;
    mp_array_next(a, &pos, &k, &v);
    *ret = *mp_deref(v);
    int64_t next = a->next_free;
    mp_array_delete(vm, a, k);
    /* the next free key goes back when the popped key was the last one */
    a->next_free = (!k.s && next != INT64_MIN && k.i == next - 1) ? next - 1 : next;
    a->pos = 0;
}

/* array_shift(array &$array): mixed -- int keys are renumbered from 0 */
static void bi_array_shift(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val *slot = mp_deref(&argv[0]);
    mp_array *a = slot->u.a;
    if (a->count == 0)
        return;
    int shared = (a->flags & MP_GC_SHARED) != 0;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    mp_array_next(a, &pos, &k, &v);
    *ret = *mp_deref(v);
    mp_val_share(*ret);
    mp_array *out = mp_array_new(vm, a->count - 1);
    int64_t n = 0;
    while (mp_array_next(a, &pos, &k, &v)) {
        mp_val x = shared ? mp_arr_elem_copy(*v) : *v;
        if (k.s)
            mp_array_set(vm, out, k, x);
        else
            mp_array_set_int(vm, out, n++, x);
    }
    out->next_free = n;
    out->pos = 0;
    slot = mp_deref(&argv[0]);
    *slot = mp_v_arr(out);
}

/* array_unshift(array &$array, mixed ...$values): int */
static void bi_array_unshift(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val *slot = mp_deref(&argv[0]);
    mp_array *a = slot->u.a;
    int shared = (a->flags & MP_GC_SHARED) != 0;
    mp_array *out = mp_array_new(vm, a->count + (uint32_t)argc - 1);
    for (int i = 1; i < argc; i++) {
        mp_val_share(argv[i]);
        mp_array_append(vm, out, argv[i]);
    }
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        mp_val x = shared ? mp_arr_elem_copy(*v) : *v;
        if (k.s)
            mp_array_set(vm, out, k, x);
        else
            mp_array_append(vm, out, x);
    }
    out->pos = 0;
    *slot = mp_v_arr(out);
    *ret = mp_v_int(out->count);
}

/* ---- random keys ---- */

/* array_rand(array $array, int $num = 1): int|string|array
 * NOTE: drawn from mp_random_range, not yet PHP's Mt19937 sequence. */
static void bi_array_rand(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_array *a = argv[0].u.a;
    int64_t num = argc > 1 ? argv[1].u.i : 1;
    uint32_t n = a->count;
    if (n == 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_rand(): Argument #1 ($array) cannot be empty");
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    if (num == 1) {
        int64_t r = mp_random_range(vm, 0, (int64_t)n - 1);
        for (int64_t i = 0; mp_array_next(a, &pos, &k, &v); i++)
            if (i == r) {
                *ret = mp_key_to_val(k);
                return;
            }
        return;
    }
    if (num <= 0 || num > n)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "array_rand(): Argument #2 ($num) must be between 1 and the number of "
                    "elements in argument #1 ($array)");
    /* choose the smaller side of the set, then list the keys in order */
    int negative = num > (int64_t)(n >> 1);
    int64_t want = negative ? (int64_t)n - num : num;
    unsigned char *chosen = mp_alloc_atomic(vm, n);
    memset(chosen, 0, n);
    while (want) {
        int64_t r = mp_random_range(vm, 0, (int64_t)n - 1);
        if (!chosen[r]) {
            chosen[r] = 1;
            want--;
        }
    }
    mp_array *out = mp_array_new(vm, (uint32_t)num);
    for (uint32_t i = 0; mp_array_next(a, &pos, &k, &v); i++)
        if (chosen[i] ^ negative)
            mp_array_append(vm, out, mp_key_to_val(k));
    *ret = mp_v_arr(out);
}

/* ---- range ---- */

static void range_error(mp_vm *vm)
{
    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "range(): Argument #3 ($step) must not exceed the specified range");
}

/* range(string|int|float $start, string|int|float $end, int|float $step = 1): array
 * PHP 8.2's rules: two non-empty strings give characters unless either is
 * numeric; a float anywhere (or a float step) gives floats. */
static void bi_range(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val lo = argv[0], hi = argv[1];
    int step_is_float = argc > 2 && argv[2].type == MP_T_FLOAT;
    double step = argc > 2 ? (argv[2].type == MP_T_FLOAT ? argv[2].u.d : (double)argv[2].u.i) : 1.0;
    if (step < 0.0)
        step = -step;
    int kind;   /* 0 int, 1 float, 2 chars */
    if (lo.type == MP_T_STRING && hi.type == MP_T_STRING && lo.u.s->len >= 1 && hi.u.s->len >= 1) {
        int t1 = mp_str_numeric(lo.u.s->data, lo.u.s->len, NULL, 0, NULL);
        int t2 = mp_str_numeric(hi.u.s->data, hi.u.s->len, NULL, 0, NULL);
        if (t1 == MP_T_FLOAT || t2 == MP_T_FLOAT || step_is_float)
            kind = 1;
        else if (t1 == MP_T_INT || t2 == MP_T_INT)
            kind = 0;
        else
            kind = 2;
    } else if (lo.type == MP_T_FLOAT || hi.type == MP_T_FLOAT || step_is_float) {
        kind = 1;
    } else {
        kind = 0;
    }
    if (kind == 2) {
        int low = (unsigned char)lo.u.s->data[0], high = (unsigned char)hi.u.s->data[0];
        int64_t lstep = (int64_t)step;
        mp_array *out = mp_array_new(vm, 8);
        if (low > high) {
            if (low - high < lstep || lstep <= 0)
                range_error(vm);
            for (; low >= high; low -= (int)lstep) {
                mp_array_append(vm, out, mp_v_str(mp_str_char((unsigned char)low)));
                if (low - lstep < 0)
                    break;
            }
        } else if (high > low) {
            if (high - low < lstep || lstep <= 0)
                range_error(vm);
            for (; low <= high; low += (int)lstep) {
                mp_array_append(vm, out, mp_v_str(mp_str_char((unsigned char)low)));
                if (low + lstep > 255)
                    break;
            }
        } else {
            mp_array_append(vm, out, mp_v_str(mp_str_char((unsigned char)low)));
        }
        *ret = mp_v_arr(out);
        return;
    }
    if (kind == 1) {
        double low = mp_to_float(vm, lo), high = mp_to_float(vm, hi);
        if (isinf(high) || isinf(low))
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Invalid range supplied: start=%0.0f end=%0.0f", low, high);
        mp_array *out;
        if (low != high) {
            int down = low > high;
            double span = down ? low - high : high - low;
            if (span < step || step <= 0)
                range_error(vm);
            double calc = span / step + 1;
            if (calc >= (double)HT_MAX_SIZE)
                mp_throw_ex(vm, MP_EX_VALUE_ERROR, "The supplied range exceeds the maximum array size: start=%0.0f end=%0.0f",
                            down ? high : low, down ? low : high);
            uint32_t size = (uint32_t)round(calc);
            out = mp_array_new(vm, size);
            double el = low;
            for (uint32_t i = 0; i < size && (down ? el >= high : el <= high);) {
                mp_array_append(vm, out, mp_v_float(el));
                ++i;
                el = down ? low - i * step : low + i * step;
            }
        } else {
            out = mp_array_new(vm, 1);
            mp_array_append(vm, out, mp_v_float(low));
        }
        *ret = mp_v_arr(out);
        return;
    }
    int64_t low = mp_to_int(vm, lo), high = mp_to_int(vm, hi);
    if (step <= 0)
        range_error(vm);
    uint64_t lstep = (uint64_t)step;
    if (lstep == 0)
        range_error(vm);
    mp_array *out;
    if (low != high) {
        int down = low > high;
        uint64_t span = down ? (uint64_t)low - (uint64_t)high : (uint64_t)high - (uint64_t)low;
        if (span < lstep)
            range_error(vm);
        uint64_t calc = span / lstep;
        if (calc >= HT_MAX_SIZE - 1)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "The supplied range exceeds the maximum array size: start=%lld end=%lld",
                        (long long)(down ? high : low), (long long)(down ? low : high));
        uint32_t size = (uint32_t)(calc + 1);
        out = mp_array_new(vm, size);
        for (uint32_t i = 0; i < size; i++) {
            uint64_t d = (uint64_t)i * lstep;
            mp_array_append(vm, out, mp_v_int((int64_t)(down ? (uint64_t)low - d : (uint64_t)low + d)));
        }
    } else {
        out = mp_array_new(vm, 1);
        mp_array_append(vm, out, mp_v_int(low));
    }
    *ret = mp_v_arr(out);
}

/* ---- the internal pointer ---- */

/* The first live slot at or after I (PHP's _zend_hash_get_valid_pos). */
static uint32_t valid_pos(const mp_array *a, uint32_t i)
{
    if (a->flags & MP_ARR_PACKED)
        return i < a->used ? i : a->used;
    while (i < a->used && a->buckets[i].val.type == MP_T_UNDEF)
        i++;
    return i;
}

static int slot_live(const mp_array *a, uint32_t i)
{
    if (i >= a->used)
        return 0;
    return (a->flags & MP_ARR_PACKED) || a->buckets[i].val.type != MP_T_UNDEF;
}

/* The value at slot I (live), dereferenced. */
static mp_val slot_value(const mp_array *a, uint32_t i)
{
    const mp_val *v = (a->flags & MP_ARR_PACKED) ? &a->vals[i] : &a->buckets[i].val;
    return mp_arr_elem_value(v);
}

/* Return the element at the pointer, or false. */
static void pointer_value(const mp_array *a, mp_val *ret)
{
    uint32_t i = valid_pos(a, a->pos);
    if (i < a->used) {
        *ret = slot_value(a, i);
        mp_val_share(*ret);
    } else {
        *ret = mp_v_bool(0);
    }
}

/* current(array|object $array): mixed (and pos) */
static void bi_current(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    /* OBJECTS: objects iterate their properties (deprecated in 8.1+) */
    pointer_value(argv[0].u.a, ret);
}

/* key(array|object $array): int|string|null */
static void bi_key(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    const mp_array *a = argv[0].u.a;
    uint32_t i = valid_pos(a, a->pos);
    if (i >= a->used)
        return;
    if (a->flags & MP_ARR_PACKED)
        *ret = mp_v_int(i);
    else
        *ret = a->buckets[i].skey ? mp_v_str(a->buckets[i].skey) : mp_v_int(a->buckets[i].ikey);
}

/* next/prev/reset/end(array|object &$array): mixed */
static void move_pointer(mp_vm *vm, mp_val *argv, mp_val *ret, int how)
{
    mp_array *a = mp_deref(&argv[0])->u.a;
    if (a->count == 0) {
        *ret = mp_v_bool(0);
        return;
    }
    a = ref_array(vm, &argv[0]);
    uint32_t i;
    switch (how) {
    case 0:   /* next */
        i = valid_pos(a, a->pos);
        if (i < a->used) {
            do
                i++;
            while (i < a->used && !slot_live(a, i));
            a->pos = i;
        }
        break;
    case 1:   /* prev */
        i = valid_pos(a, a->pos);
        if (i < a->used) {
            uint32_t j = i;
            a->pos = a->used;
            while (j > 0) {
                j--;
                if (slot_live(a, j)) {
                    a->pos = j;
                    break;
                }
            }
        }
        break;
    case 2:   /* reset */
        a->pos = valid_pos(a, 0);
        break;
    default:  /* end */
        a->pos = last_slot(a);
        break;
    }
    pointer_value(a, ret);
}

static void bi_next(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; move_pointer(vm, argv, ret, 0); }
static void bi_prev(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; move_pointer(vm, argv, ret, 1); }
static void bi_reset(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; move_pointer(vm, argv, ret, 2); }
static void bi_end(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; move_pointer(vm, argv, ret, 3); }

/* ---- min / max ---- */

/* min(mixed $value, mixed ...$values): mixed, max(...) */
static void minmax(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret, int want_max)
{
    if (argc == 1) {
        if (argv[0].type != MP_T_ARRAY)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($value) must be of type array, %s given", fn,
                        mp_debug_type(argv[0]));
        const mp_array *a = argv[0].u.a;
        uint32_t pos = 0;
        mp_key k;
        mp_val *v, *best = NULL;
        while (mp_array_next(a, &pos, &k, &v)) {
            if (!best)
                best = v;
            else if (want_max ? mp_compare(vm, *best, *v) < 0 : mp_compare(vm, *best, *v) > 0)
                best = v;
        }
        if (!best)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #1 ($value) must contain at least one element", fn);
        *ret = *mp_deref(best);
        mp_val_share(*ret);
        return;
    }
    int best = 0;
    for (int i = 1; i < argc; i++) {
        int c = mp_compare(vm, argv[i], argv[best]);
        if (want_max ? c > 0 : c < 0)
            best = i;
    }
    *ret = argv[best];
}

static void bi_min(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { minmax(vm, "min", argc, argv, ret, 0); }
static void bi_max(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { minmax(vm, "max", argc, argv, ret, 1); }

/* Sorted by name (strcmp). */
static const mp_builtin rows[] = {
    /* array_change_key_case(array $array, int $case = CASE_LOWER): array */
    { "array_change_key_case", bi_array_change_key_case, 1, 2, "ai", "array case", "CASE_LOWER" },
    /* array_chunk(array $array, int $length, bool $preserve_keys = false): array */
    { "array_chunk", bi_array_chunk, 2, 3, "aib", "array length preserve_keys", "false" },
    /* array_column(array $array, int|string|null $column_key, int|string|null $index_key = null): array */
    { "array_column", bi_array_column, 2, 3, "azz", "array column_key index_key", "null" },
    /* array_combine(array $keys, array $values): array */
    { "array_combine", bi_array_combine, 2, 2, "aa", "keys values" },
    /* array_count_values(array $array): array */
    { "array_count_values", bi_array_count_values, 1, 1, "a", "array" },
    /* array_fill(int $start_index, int $count, mixed $value): array */
    { "array_fill", bi_array_fill, 3, 3, "iiz", "start_index count value" },
    /* array_fill_keys(array $keys, mixed $value): array */
    { "array_fill_keys", bi_array_fill_keys, 2, 2, "az", "keys value" },
    /* array_filter(array $array, ?callable $callback = null, int $mode = 0): array */
    { "array_filter", bi_array_filter, 1, 3, "a?ci", "array callback mode", "null 0" },
    /* array_flip(array $array): array */
    { "array_flip", bi_array_flip, 1, 1, "a", "array" },
    /* array_is_list(array $array): bool */
    { "array_is_list", bi_array_is_list, 1, 1, "a", "array" },
    /* array_key_exists(mixed $key, array $array): bool */
    { "array_key_exists", bi_array_key_exists, 2, 2, "za", "key array" },
    /* array_key_first(array $array): int|string|null */
    { "array_key_first", bi_array_key_first, 1, 1, "a", "array" },
    /* array_key_last(array $array): int|string|null */
    { "array_key_last", bi_array_key_last, 1, 1, "a", "array" },
    /* array_keys(array $array, mixed $filter_value, bool $strict = false): array */
    { "array_keys", bi_array_keys, 1, 3, "azb", "array filter_value strict", "? false" },
    /* array_map(?callable $callback, array $array, array ...$arrays): array */
    { "array_map", bi_array_map, 2, -1, "?caa*", "callback array arrays" },
    /* array_merge(array ...$arrays): array */
    { "array_merge", bi_array_merge, 0, -1, "a*", "arrays" },
    /* array_merge_recursive(array ...$arrays): array */
    { "array_merge_recursive", bi_array_merge_recursive, 0, -1, "a*", "arrays" },
    /* array_pad(array $array, int $length, mixed $value): array */
    { "array_pad", bi_array_pad, 3, 3, "aiz", "array length value" },
    /* array_pop(array &$array): mixed */
    { "array_pop", bi_array_pop, 1, 1, "&a", "array" },
    /* array_product(array $array): int|float */
    { "array_product", bi_array_product, 1, 1, "a", "array" },
    /* array_push(array &$array, mixed ...$values): int */
    { "array_push", bi_array_push, 1, -1, "&az*", "array values" },
    /* array_rand(array $array, int $num = 1): int|string|array */
    { "array_rand", bi_array_rand, 1, 2, "ai", "array num", "1" },
    /* array_reduce(array $array, callable $callback, mixed $initial = null): mixed */
    { "array_reduce", bi_array_reduce, 2, 3, "acz", "array callback initial", "null" },
    /* array_replace(array $array, array ...$replacements): array */
    { "array_replace", bi_array_replace, 1, -1, "aa*", "array replacements" },
    /* array_replace_recursive(array $array, array ...$replacements): array */
    { "array_replace_recursive", bi_array_replace_recursive, 1, -1, "aa*", "array replacements" },
    /* array_reverse(array $array, bool $preserve_keys = false): array */
    { "array_reverse", bi_array_reverse, 1, 2, "ab", "array preserve_keys", "false" },
    /* array_search(mixed $needle, array $haystack, bool $strict = false): int|string|false */
    { "array_search", bi_array_search, 2, 3, "zab", "needle haystack strict", "false" },
    /* array_shift(array &$array): mixed */
    { "array_shift", bi_array_shift, 1, 1, "&a", "array" },
    /* array_slice(array $array, int $offset, ?int $length = null, bool $preserve_keys = false): array */
    { "array_slice", bi_array_slice, 2, 4, "ai?ib", "array offset length preserve_keys", "null false" },
    /* array_splice(array &$array, int $offset, ?int $length = null, mixed $replacement = []): array */
    { "array_splice", bi_array_splice, 2, 4, "&ai?iz", "array offset length replacement", "null []" },
    /* array_sum(array $array): int|float */
    { "array_sum", bi_array_sum, 1, 1, "a", "array" },
    /* array_unshift(array &$array, mixed ...$values): int */
    { "array_unshift", bi_array_unshift, 1, -1, "&az*", "array values" },
    /* array_values(array $array): array */
    { "array_values", bi_array_values, 1, 1, "a", "array" },
    /* array_walk(array|object &$array, callable $callback, mixed $arg = UNKNOWN): true */
    { "array_walk", bi_array_walk, 2, 3, "&acz", "array callback arg" },
    /* array_walk_recursive(array|object &$array, callable $callback, mixed $arg = UNKNOWN): true */
    { "array_walk_recursive", bi_array_walk_recursive, 2, 3, "&acz", "array callback arg" },
    /* current(array|object $array): mixed */
    { "current", bi_current, 1, 1, "a", "array" },
    /* end(array|object &$array): mixed */
    { "end", bi_end, 1, 1, "&a", "array" },
    /* in_array(mixed $needle, array $haystack, bool $strict = false): bool */
    { "in_array", bi_in_array, 2, 3, "zab", "needle haystack strict", "false" },
    /* key(array|object $array): int|string|null */
    { "key", bi_key, 1, 1, "a", "array" },
    /* key_exists(mixed $key, array $array): bool */
    { "key_exists", bi_array_key_exists, 2, 2, "za", "key array" },
    /* max(mixed $value, mixed ...$values): mixed */
    { "max", bi_max, 1, -1, "zz*", "value values" },
    /* min(mixed $value, mixed ...$values): mixed */
    { "min", bi_min, 1, -1, "zz*", "value values" },
    /* next(array|object &$array): mixed */
    { "next", bi_next, 1, 1, "&a", "array" },
    /* pos(array|object $array): mixed */
    { "pos", bi_current, 1, 1, "a", "array" },
    /* prev(array|object &$array): mixed */
    { "prev", bi_prev, 1, 1, "&a", "array" },
    /* range(string|int|float $start, string|int|float $end, int|float $step = 1): array */
    { "range", bi_range, 2, 3, "zzn", "start end step", "1" },
    /* reset(array|object &$array): mixed */
    { "reset", bi_reset, 1, 1, "&a", "array" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_arrays, rows);
