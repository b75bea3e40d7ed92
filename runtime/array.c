/* array.c - PHP's ordered hash map with a packed fast path (see value.h).
 * PACKED: keys are exactly 0..used-1, vals[] only, no holes. Otherwise hash
 * mode: buckets[] in insertion order (UNDEF = deleted) + a power-of-two index
 * of chain heads. Writers must hold an unshared array (mp_array_separate). */
#include <limits.h>
#include "value.h"
#include "gc.h"
#include "error.h"

#define NIL UINT32_MAX
#define MIN_CAP 8u

/* PHP < 8.3: a fresh array has no "next free" key yet (Zend: ZEND_LONG_MIN);
 * `$a[] = x` then uses 0, and a first key -5 makes the next one -4. */
#define NEXT_NONE INT64_MIN

/* The literal `[]`: PHP's zend_empty_array has nNextFreeElement = 0, so after
 * `$a = []; $a[-5] = 1; $a[] = 2;` the key is 0 (not -4 as for [-5 => 1]). */
static const mp_array array_empty = {
    .flags = MP_GC_SHARED | MP_GC_IMMUTABLE | MP_ARR_PACKED,
    .next_free = 0,
};

mp_array *mp_array_empty(void)
{
    return (mp_array *)&array_empty;
}

/* Fibonacci hashing of int keys: sequential and strided keys spread evenly. */
static inline uint32_t hash_int(int64_t k)
{
    uint64_t x = (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    return (uint32_t)(x >> 32);
}

static inline uint32_t pow2_at_least(uint32_t n)
{
    uint32_t c = MIN_CAP;
    while (c < n)
        c <<= 1;
    return c;
}

static inline void bump_next_free(mp_array *a, int64_t k)
{
    if (k >= a->next_free)
        a->next_free = k == INT64_MAX ? INT64_MAX : k + 1;
}

mp_array *mp_array_new(mp_vm *vm, uint32_t capacity)
{
    mp_array *a = mp_alloc(vm, sizeof *a);
    a->flags = MP_ARR_PACKED;
    a->next_free = NEXT_NONE;
    if (capacity) {
        a->cap = capacity;
        a->vals = mp_alloc(vm, (size_t)capacity * sizeof(mp_val));
    }
    return a;
}

/* ---- hash-mode internals ---- */

/* Rebuild the index for NEWCAP slots, dropping deleted buckets (compaction).
 * The internal pointer moves with its element. */
static void hash_rebuild(mp_vm *vm, mp_array *a, uint32_t newcap)
{
    mp_bucket *old = a->buckets;
    mp_bucket *nb = (newcap == a->cap && old) ? old : mp_alloc(vm, (size_t)newcap * sizeof(mp_bucket));
    uint32_t isize = newcap * 2;
    uint32_t *index = (isize == a->mask + 1 && a->index) ? a->index : mp_alloc_atomic(vm, (size_t)isize * sizeof(uint32_t));
    memset(index, 0xff, (size_t)isize * sizeof(uint32_t));
    uint32_t mask = isize - 1, j = 0, newpos = NIL;
    for (uint32_t i = 0; i < a->used; i++) {
        if (i == a->pos)
            newpos = j;
        if (old[i].val.type == MP_T_UNDEF)
            continue;
        if (nb != old || i != j)
            nb[j] = old[i];
        uint32_t slot = nb[j].hash & mask;
        nb[j].next = index[slot];
        index[slot] = j;
        j++;
    }
    /* clear the tail so stale pointers do not keep garbage alive */
    if (nb == old)
        memset(nb + j, 0, (size_t)(a->used - j) * sizeof(mp_bucket));
    a->pos = newpos == NIL ? j : newpos;
    a->buckets = nb;
    a->index = index;
    a->mask = mask;
    a->cap = newcap;
    a->used = j;
}

/* Convert a packed array to hash mode (keys 0..used-1). */
static void packed_to_hash(mp_vm *vm, mp_array *a)
{
    uint32_t cap = pow2_at_least(a->used + 1);
    mp_bucket *b = mp_alloc(vm, (size_t)cap * sizeof(mp_bucket));
    uint32_t isize = cap * 2, mask = isize - 1;
    uint32_t *index = mp_alloc_atomic(vm, (size_t)isize * sizeof(uint32_t));
    memset(index, 0xff, (size_t)isize * sizeof(uint32_t));
    for (uint32_t i = 0; i < a->used; i++) {
        b[i].val = a->vals[i];
        b[i].ikey = i;
        b[i].hash = hash_int(i);
        uint32_t slot = b[i].hash & mask;
        b[i].next = index[slot];
        index[slot] = i;
    }
    a->buckets = b;
    a->index = index;
    a->mask = mask;
    a->cap = cap;
    a->vals = NULL;
    a->flags &= ~(uint32_t)MP_ARR_PACKED;
}

static inline mp_bucket *hash_find_int(const mp_array *a, int64_t k)
{
    if (!a->index)
        return NULL;
    uint32_t h = hash_int(k);
    for (uint32_t i = a->index[h & a->mask]; i != NIL; i = a->buckets[i].next) {
        mp_bucket *b = &a->buckets[i];
        if (!b->skey && b->ikey == k)
            return b;
    }
    return NULL;
}

static inline mp_bucket *hash_find_str(const mp_array *a, const char *s, size_t len, uint32_t h)
{
    if (!a->index)
        return NULL;
    for (uint32_t i = a->index[h & a->mask]; i != NIL; i = a->buckets[i].next) {
        mp_bucket *b = &a->buckets[i];
        if (b->skey && b->hash == h && b->skey->len == len &&
            (b->skey->data == s || memcmp(b->skey->data, s, len) == 0))
            return b;
    }
    return NULL;
}

/* A new bucket at the end of the insertion order (key not present). */
static mp_bucket *hash_add(mp_vm *vm, mp_array *a, mp_str *skey, int64_t ikey, uint32_t h)
{
    if (a->used >= a->cap) {
        uint32_t holes = a->used - a->count;
        hash_rebuild(vm, a, holes > a->used / 4 ? a->cap : a->cap * 2);
    }
    uint32_t i = a->used++;
    mp_bucket *b = &a->buckets[i];
    b->skey = skey;
    b->ikey = skey ? 0 : ikey;
    b->hash = h;
    b->val = mp_v_null();
    uint32_t slot = h & a->mask;
    b->next = a->index[slot];
    a->index[slot] = i;
    a->count++;
    if (skey) {
        /* The key string is now held by the array too: a later in-place
         * append to the caller's variable must not change our key. */
        if (!(skey->flags & MP_GC_SHARED))
            skey->flags |= MP_GC_SHARED;
    } else {
        bump_next_free(a, ikey);
    }
    return b;
}

static void ensure_hash(mp_vm *vm, mp_array *a)
{
    if (a->flags & MP_ARR_PACKED)
        packed_to_hash(vm, a);
}

/* ---- string keys that are really ints ---- */

/* "123" -> 123, "-5" -> -5; "0123", "-0", "1.5", " 1", "" and out-of-range
 * values stay strings (Zend's _zend_handle_numeric_str_ex). */
static int str_is_int_key(const char *s, size_t len, int64_t *out)
{
    if (len == 0 || len > 20)
        return 0;
    const char *p = s, *end = s + len;
    int neg = 0;
    if (*p == '-') {
        neg = 1;
        p++;
        if (p == end)
            return 0;
    }
    if (*p < '0' || *p > '9')
        return 0;
    if (*p == '0' && (end - p > 1 || neg))
        return 0;
    uint64_t v = 0;
    for (; p < end; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        unsigned d = (unsigned)(*p - '0');
        if (v > (UINT64_MAX - d) / 10)
            return 0;
        v = v * 10 + d;
    }
    if (neg) {
        if (v > (uint64_t)INT64_MAX + 1)
            return 0;
        *out = (int64_t)(0 - v);
    } else {
        if (v > (uint64_t)INT64_MAX)
            return 0;
        *out = (int64_t)v;
    }
    return 1;
}

/* ---- public API ---- */

/* An element of a copied array: now held twice (copy-on-write). A reference
 * that only this array held becomes a plain value in the copy, as in PHP's
 * zend_array_dup; a shared reference stays shared by both arrays. */
static inline void copy_elem(mp_val *v)
{
    /* ints, floats, bools, null: nothing to do (the common case) */
    if (v->type != MP_T_STRING && v->type != MP_T_ARRAY && v->type != MP_T_REF)
        return;
    if (v->type == MP_T_REF && v->u.r->rc <= 1)
        *v = v->u.r->val;
    mp_val_share(*v);
}

/* A copy of A; FOR_WRITE (separation before a write): a packed copy gets
 * room to grow (the next power of two, like Zend's table size), so
 * `$b = $a; $b[] = x;` does not copy the elements a second time to grow. */
static mp_array *array_copy(mp_vm *vm, const mp_array *a, int for_write)
{
    mp_array *c = mp_alloc(vm, sizeof *c);
    c->flags = a->flags & MP_ARR_PACKED;
    c->count = a->count;
    c->next_free = a->next_free;
    c->pos = a->pos;
    if (a->flags & MP_ARR_PACKED) {
        c->used = a->used;
        c->cap = for_write ? pow2_at_least(a->used + 1) : a->used;
        if (c->cap) {
            c->vals = mp_alloc(vm, (size_t)c->cap * sizeof(mp_val));
            if (a->used)   /* an empty source may have no vals at all */
                memcpy(c->vals, a->vals, (size_t)a->used * sizeof(mp_val));
            /* Elements are now held by two arrays: copy-on-write for nested
             * strings/arrays. REF slots stay the same mp_ref (PHP semantics). */
            for (uint32_t i = 0; i < a->used; i++)
                copy_elem(&c->vals[i]);
        }
        return c;
    }
    if (a->count == a->used) {
        c->used = a->used;
        c->cap = a->cap;
        c->mask = a->mask;
        c->buckets = mp_alloc(vm, (size_t)a->cap * sizeof(mp_bucket));
        memcpy(c->buckets, a->buckets, (size_t)a->used * sizeof(mp_bucket));
        c->index = mp_alloc_atomic(vm, (size_t)(a->mask + 1) * sizeof(uint32_t));
        memcpy(c->index, a->index, (size_t)(a->mask + 1) * sizeof(uint32_t));
    } else {
        /* Holes: copy the live buckets and rebuild a compact index. */
        uint32_t cap = pow2_at_least(a->count + 1);
        c->buckets = mp_alloc(vm, (size_t)cap * sizeof(mp_bucket));
        uint32_t j = 0, newpos = NIL;
        for (uint32_t i = 0; i < a->used; i++) {
            if (i == a->pos)
                newpos = j;
            if (a->buckets[i].val.type != MP_T_UNDEF)
                c->buckets[j++] = a->buckets[i];
        }
        c->used = j;
        c->cap = cap;
        c->pos = newpos == NIL ? j : newpos;
        uint32_t isize = cap * 2;
        c->mask = isize - 1;
        c->index = mp_alloc_atomic(vm, (size_t)isize * sizeof(uint32_t));
        memset(c->index, 0xff, (size_t)isize * sizeof(uint32_t));
        for (uint32_t i = 0; i < j; i++) {
            uint32_t slot = c->buckets[i].hash & c->mask;
            c->buckets[i].next = c->index[slot];
            c->index[slot] = i;
        }
    }
    for (uint32_t i = 0; i < c->used; i++)
        copy_elem(&c->buckets[i].val);
    return c;
}

mp_array *mp_array_copy(mp_vm *vm, const mp_array *a)
{
    return array_copy(vm, a, 0);
}

mp_array *mp_array_separate(mp_vm *vm, mp_array *a)
{
    return (a->flags & MP_GC_SHARED) ? array_copy(vm, a, 1) : a;
}

mp_val *mp_array_find_int(const mp_array *a, int64_t i)
{
    if (a->flags & MP_ARR_PACKED)
        return (uint64_t)i < a->used ? &a->vals[i] : NULL;
    mp_bucket *b = hash_find_int(a, i);
    return b ? &b->val : NULL;
}

mp_val *mp_array_find_str(const mp_array *a, const char *s, size_t len)
{
    int64_t i;
    if (str_is_int_key(s, len, &i))
        return mp_array_find_int(a, i);
    if (a->flags & MP_ARR_PACKED)
        return NULL;
    mp_bucket *b = hash_find_str(a, s, len, mp_hash_bytes(s, len));
    return b ? &b->val : NULL;
}

mp_val *mp_array_find(const mp_array *a, mp_key k)
{
    if (!k.s)
        return mp_array_find_int(a, k.i);
    if (a->flags & MP_ARR_PACKED)
        return NULL;
    mp_bucket *b = hash_find_str(a, k.s->data, k.s->len, mp_str_hash(k.s));
    return b ? &b->val : NULL;
}

static mp_val *lookup_or_add_int(mp_vm *vm, mp_array *a, int64_t k, int *created)
{
    if (a->flags & MP_ARR_PACKED) {
        if ((uint64_t)k < a->used) {
            *created = 0;
            return &a->vals[k];
        }
        if (k == (int64_t)a->used && a->used < UINT32_MAX - 1) {
            /* in-order append keeps the array packed */
            if (a->used >= a->cap) {
                uint32_t cap = a->cap < MIN_CAP ? MIN_CAP : a->cap * 2;
                a->vals = a->vals ? mp_realloc(vm, a->vals, (size_t)cap * sizeof(mp_val))
                                  : mp_alloc(vm, (size_t)cap * sizeof(mp_val));
                a->cap = cap;
            }
            mp_val *slot = &a->vals[a->used++];
            *slot = mp_v_null();
            a->count++;
            bump_next_free(a, k);
            *created = 1;
            return slot;
        }
        packed_to_hash(vm, a);
    }
    mp_bucket *b = hash_find_int(a, k);
    if (b) {
        *created = 0;
        return &b->val;
    }
    *created = 1;
    return &hash_add(vm, a, NULL, k, hash_int(k))->val;
}

mp_val *mp_array_lookup_or_add(mp_vm *vm, mp_array *a, mp_key k, int *created)
{
    int dummy;
    if (!created)
        created = &dummy;
    if (!k.s)
        return lookup_or_add_int(vm, a, k.i, created);
    ensure_hash(vm, a);
    uint32_t h = mp_str_hash(k.s);
    mp_bucket *b = hash_find_str(a, k.s->data, k.s->len, h);
    if (b) {
        *created = 0;
        return &b->val;
    }
    *created = 1;
    return &hash_add(vm, a, k.s, 0, h)->val;
}

void mp_array_set(mp_vm *vm, mp_array *a, mp_key k, mp_val v)
{
    int created;
    *mp_array_lookup_or_add(vm, a, k, &created) = v;
}

void mp_array_set_int(mp_vm *vm, mp_array *a, int64_t i, mp_val v)
{
    int created;
    *lookup_or_add_int(vm, a, i, &created) = v;
}

void mp_array_set_str(mp_vm *vm, mp_array *a, const char *s, size_t len, mp_val v)
{
    int64_t i;
    if (str_is_int_key(s, len, &i)) {
        mp_array_set_int(vm, a, i, v);
        return;
    }
    ensure_hash(vm, a);
    uint32_t h = mp_hash_bytes(s, len);
    mp_bucket *b = hash_find_str(a, s, len, h);
    if (!b) {
        mp_str *key = mp_str_new(vm, s, len);
        key->hash = h;
        key->flags = MP_GC_HASHED;
        b = hash_add(vm, a, key, 0, h);
    }
    b->val = v;
}

/* Everything but the fast path of mp_array_append, out of line so that the
 * fast path saves no registers. */
static __attribute__((noinline)) mp_val *append_slow(mp_vm *vm, mp_array *a, int64_t k, mp_val v)
{
    /* next_free saturates at INT64_MAX; only then can the key be taken. */
    if (k == INT64_MAX && mp_array_find_int(a, k))
        return NULL;
    int created;
    mp_val *slot = lookup_or_add_int(vm, a, k, &created);
    *slot = v;
    return slot;
}

mp_val *mp_array_append(mp_vm *vm, mp_array *a, mp_val v)
{
    int64_t k = a->next_free == NEXT_NONE ? 0 : a->next_free;
    /* Fast path (most `$a[] = v`): a packed array with room at the end. */
    if ((a->flags & MP_ARR_PACKED) && k == (int64_t)a->used && a->used < a->cap) {
        mp_val *slot = &a->vals[a->used++];
        *slot = v;
        a->count++;
        a->next_free = k + 1;
        return slot;
    }
    return append_slow(vm, a, k, v);
}

int mp_array_delete(mp_vm *vm, mp_array *a, mp_key k)
{
    if (a->flags & MP_ARR_PACKED) {
        if (k.s || (uint64_t)k.i >= a->used)
            return 0;
        if ((uint64_t)k.i == a->used - 1) {
            /* removing the last element keeps the array packed; the next
             * free key stays where it was (PHP: [1,2,3], unset [2], [] -> 3) */
            a->vals[--a->used] = mp_v_undef();
            a->count--;
            return 1;
        }
        packed_to_hash(vm, a);
    }
    if (!a->index)
        return 0;
    uint32_t h = k.s ? mp_str_hash(k.s) : hash_int(k.i);
    uint32_t *link = &a->index[h & a->mask];
    for (uint32_t i = *link; i != NIL; link = &a->buckets[i].next, i = *link) {
        mp_bucket *b = &a->buckets[i];
        int match = k.s ? (b->skey && b->hash == h && mp_str_eq(b->skey, k.s))
                        : (!b->skey && b->ikey == k.i);
        if (!match)
            continue;
        *link = b->next;
        b->val = mp_v_undef();
        b->skey = NULL;
        b->next = NIL;
        a->count--;
        /* trailing deleted buckets can be reused right away */
        while (a->used > 0 && a->buckets[a->used - 1].val.type == MP_T_UNDEF)
            a->used--;
        return 1;
    }
    return 0;
}

int mp_array_key_from_val(mp_vm *vm, mp_val v, mp_key *out)
{
    (void)vm;
    if (v.type == MP_T_REF)
        v = v.u.r->val;
    out->s = NULL;
    out->i = 0;
    switch (v.type) {
    case MP_T_INT:
        out->i = v.u.i;
        return 1;
    case MP_T_STRING:
        if (!str_is_int_key(v.u.s->data, v.u.s->len, &out->i))
            out->s = v.u.s;
        return 1;
    case MP_T_UNDEF:
    case MP_T_NULL:
        out->s = mp_str_empty();
        return 1;
    case MP_T_FALSE:
        return 1;
    case MP_T_TRUE:
        out->i = 1;
        return 1;
    case MP_T_FLOAT:
        /* as the (int) cast: NAN/INF -> 0, out of range wraps (64-bit PHP 8.2);
         * the caller emits "Implicit conversion from float ... loses precision" */
        out->i = mp_float_to_int(v.u.d);
        return 1;
    case MP_T_RESOURCE:
        out->i = v.u.res->id;
        if (vm)
            mp_error(vm, MP_E_WARNING, "Resource ID#%lld used as offset, casting to integer (%lld)",
                     (long long)out->i, (long long)out->i);
        return 1;
    default:
        return 0;
    }
}

int mp_array_next(const mp_array *a, uint32_t *pos, mp_key *k, mp_val **v)
{
    uint32_t i = *pos;
    if (a->flags & MP_ARR_PACKED) {
        if (i >= a->used)
            return 0;
        k->s = NULL;
        k->i = i;
        *v = &a->vals[i];
        *pos = i + 1;
        return 1;
    }
    for (; i < a->used; i++) {
        mp_bucket *b = &a->buckets[i];
        if (b->val.type == MP_T_UNDEF)
            continue;
        k->s = b->skey;
        k->i = b->ikey;
        *v = &b->val;
        *pos = i + 1;
        return 1;
    }
    *pos = i;
    return 0;
}

int mp_array_is_list(const mp_array *a)
{
    if (a->flags & MP_ARR_PACKED)
        return 1;
    int64_t expect = 0;
    for (uint32_t i = 0; i < a->used; i++) {
        const mp_bucket *b = &a->buckets[i];
        if (b->val.type == MP_T_UNDEF)
            continue;
        if (b->skey || b->ikey != expect)
            return 0;
        expect++;
    }
    return 1;
}

mp_val mp_key_to_val(mp_key k)
{
    return k.s ? mp_v_str(k.s) : mp_v_int(k.i);
}
