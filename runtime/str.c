/* str.c - binary-safe strings (mp_str), their hash, and the mp_buf builder.
 * Strings are copy-on-write by the sticky MP_GC_SHARED flag; IMMUTABLE strings
 * (compiled code, the preallocated empty/one-byte strings below) are never
 * written, not even their hash cache. No writable global state here. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "value.h"
#include "gc.h"

/* ---- hashing ----
 * A small multiply-and-fold hash of our own: 8 bytes per step through a
 * 64x64->128 bit multiply (folded), then a final avalanche. Fast for the
 * short identifiers and keys PHP programs use, and well distributed in the
 * low bits that index power-of-two tables. */
#define HASH_K0 0xa0761d6478bd642fULL
#define HASH_K1 0xe7037ed1a0b428dbULL
#define HASH_K2 0x8ebc6af09c88c6e3ULL

static inline uint64_t hash_fold(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

uint32_t mp_hash_bytes(const char *s, size_t len)
{
    uint64_t h = HASH_K0 ^ (uint64_t)len;
    const char *p = s;
    size_t n = len;
    while (n >= 16) {
        h = hash_fold(h ^ load64(p), HASH_K1) ^ hash_fold(load64(p + 8), HASH_K2 ^ h);
        p += 16;
        n -= 16;
    }
    if (n >= 8) {
        h = hash_fold(h ^ load64(p), HASH_K1);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        /* the 1..7 trailing bytes, read without going past the end */
        uint64_t t = 0;
        memcpy(&t, p, n);
        h = hash_fold(h ^ t, HASH_K2);
    }
    h = hash_fold(h ^ (h >> 29), HASH_K1);
    return (uint32_t)(h ^ (h >> 32));
}

uint32_t mp_str_hash(const mp_str *s)
{
    if (s->flags & MP_GC_HASHED)
        return s->hash;
    uint32_t h = mp_hash_bytes(s->data, s->len);
    if (!(s->flags & MP_GC_IMMUTABLE)) {
        /* The cache is not part of the value: writing it through a const
         * pointer is fine for any string that is not in read-only storage. */
        mp_str *w = (mp_str *)s;
        w->hash = h;
        w->flags |= MP_GC_HASHED;
    }
    return h;
}

/* ---- preallocated immutable strings ----
 * A layout twin of mp_str with room for one byte + NUL, so that the empty
 * string and all 256 one-byte strings live in read-only static storage. */
typedef struct str_small {
    size_t   len;       /* as mp_str.len */
    size_t   cap;       /* as mp_str.cap */
    uint32_t hash;      /* unused: not HASHED (the hash is recomputed, 1 byte) */
    uint32_t flags;     /* SHARED | IMMUTABLE | INTERNED */
    char     data[8];   /* the byte and its NUL (padded) */
} str_small;

#define SMALL_FLAGS (MP_GC_SHARED | MP_GC_IMMUTABLE | MP_GC_INTERNED)
#define C1(c) { 1, 1, 0, SMALL_FLAGS, { (char)(c), 0 } }
#define C4(c) C1(c), C1((c) + 1), C1((c) + 2), C1((c) + 3)
#define C16(c) C4(c), C4((c) + 4), C4((c) + 8), C4((c) + 12)
#define C64(c) C16(c), C16((c) + 16), C16((c) + 32), C16((c) + 48)

static const str_small str_chars[256] = { C64(0), C64(64), C64(128), C64(192) };
static const str_small str_empty = { 0, 0, 0, SMALL_FLAGS, { 0 } };

_Static_assert(offsetof(str_small, data) == offsetof(mp_str, data), "str_small must mirror mp_str");

mp_str *mp_str_empty(void)
{
    return (mp_str *)&str_empty;
}

mp_str *mp_str_char(unsigned char c)
{
    return (mp_str *)&str_chars[c];
}

/* ---- construction ---- */

mp_str *mp_str_alloc(mp_vm *vm, size_t len)
{
    /* mp_str holds no GC pointers, so the whole block is atomic. */
    mp_str *s = mp_alloc_atomic(vm, sizeof(mp_str) + len + 1);
    s->len = len;
    s->cap = len;
    s->hash = 0;
    s->flags = 0;
    s->data[len] = '\0';
    return s;
}

mp_str *mp_str_new(mp_vm *vm, const char *p, size_t len)
{
    mp_str *s = mp_str_alloc(vm, len);
    if (len)
        memcpy(s->data, p, len);
    return s;
}

mp_str *mp_str_cstr(mp_vm *vm, const char *p)
{
    return mp_str_new(vm, p, strlen(p));
}

mp_str *mp_str_printf(mp_vm *vm, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    if ((size_t)n < sizeof small)
        return mp_str_new(vm, small, (size_t)n);
    mp_str *s = mp_str_alloc(vm, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(s->data, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

mp_str *mp_str_concat(mp_vm *vm, const mp_str *a, const mp_str *b)
{
    mp_str *s = mp_str_alloc(vm, a->len + b->len);
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    return s;
}

mp_str *mp_str_separate(mp_vm *vm, mp_str *s)
{
    if (!(s->flags & MP_GC_SHARED))
        return s;
    return mp_str_new(vm, s->data, s->len);
}

void mp_str_append(mp_vm *vm, mp_str **sp, const char *p, size_t len)
{
    mp_str *s = *sp;
    if (len == 0)
        return;
    size_t need = s->len + len;
    if (!(s->flags & MP_GC_SHARED)) {
        if (need > s->cap) {
            /* Amortised doubling: `$s .= x` in a loop is linear overall.
             * p may point into s itself ($s .= $s): keep its offset. */
            size_t cap = s->cap * 2;
            if (cap < need)
                cap = need;
            if (cap < 16)
                cap = 16;
            int inside = p >= s->data && p <= s->data + s->len;
            size_t off = inside ? (size_t)(p - s->data) : 0;
            s = mp_realloc_atomic(vm, s, sizeof(mp_str) + cap + 1);
            s->cap = cap;
            if (inside)
                p = s->data + off;
        }
        memmove(s->data + s->len, p, len);
        s->len = need;
        s->data[need] = '\0';
        s->flags &= ~(uint32_t)MP_GC_HASHED;
        *sp = s;
        return;
    }
    /* Shared: build a fresh string with some slack for further appends. */
    size_t cap = need < 16 ? 16 : need + need / 2;
    mp_str *n = mp_alloc_atomic(vm, sizeof(mp_str) + cap + 1);
    n->len = need;
    n->cap = cap;
    n->hash = 0;
    n->flags = 0;
    memcpy(n->data, s->data, s->len);
    memcpy(n->data + s->len, p, len);
    n->data[need] = '\0';
    *sp = n;
}

void mp_val_share(mp_val v)
{
    /* Test first: IMMUTABLE objects are already SHARED and must never be
     * written (they may sit in read-only memory or be used by other threads). */
    if (v.type == MP_T_STRING) {
        if (!(v.u.s->flags & MP_GC_SHARED))
            v.u.s->flags |= MP_GC_SHARED;
    } else if (v.type == MP_T_ARRAY) {
        if (!(v.u.a->flags & MP_GC_SHARED))
            v.u.a->flags |= MP_GC_SHARED;
    } else if (v.type == MP_T_REF) {
        v.u.r->rc++;   /* one more slot holds the reference (array copies) */
    }
}

/* ---- mp_buf ----
 * The buffer's bytes live inside an mp_str block from the start, so that
 * mp_buf_finish hands the block over without copying. */

void mp_buf_init(mp_buf *b, mp_vm *vm)
{
    b->vm = vm;
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

static mp_str *buf_block(const mp_buf *b)
{
    return (mp_str *)(b->data - offsetof(mp_str, data));
}

static void buf_grow(mp_buf *b, size_t add)
{
    size_t need = b->len + add;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < need)
        cap *= 2;
    mp_str *s = b->data ? mp_realloc_atomic(b->vm, buf_block(b), sizeof(mp_str) + cap + 1)
                        : mp_alloc_atomic(b->vm, sizeof(mp_str) + cap + 1);
    b->data = s->data;
    b->cap = cap;
}

void mp_buf_add(mp_buf *b, const char *s, size_t len)
{
    if (b->len + len > b->cap)
        buf_grow(b, len);
    if (len)
        memcpy(b->data + b->len, s, len);
    b->len += len;
}

void mp_buf_adds(mp_buf *b, const char *s)
{
    mp_buf_add(b, s, strlen(s));
}

void mp_buf_addc(mp_buf *b, char c)
{
    if (b->len + 1 > b->cap)
        buf_grow(b, 1);
    b->data[b->len++] = c;
}

void mp_buf_printf(mp_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    if ((size_t)n < sizeof small) {
        mp_buf_add(b, small, (size_t)n);
        return;
    }
    buf_grow(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

mp_str *mp_buf_finish(mp_buf *b)
{
    mp_str *s;
    if (!b->data) {
        s = mp_str_alloc(b->vm, 0);
    } else {
        s = buf_block(b);
        s->len = b->len;
        s->cap = b->cap;
        s->hash = 0;
        s->flags = 0;
        s->data[b->len] = '\0';
    }
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}
