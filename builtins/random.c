/* random.c - PHP's random functions (ext/random in 8.2): the Mt19937
 * generator behind mt_rand/rand (both PHP's "correct" MT_RAND_MT19937 and
 * the legacy MT_RAND_PHP twist), its range reduction, lcg_value's combined
 * LCG, random_int/random_bytes from the kernel CSPRNG (getrandom), and
 * str_shuffle. All state lives in the VM (mp_vm_rng), made on first use. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "builtins.h"
#include "../vm/vmapi.h"

#define MT_N 624             /* state words */
#define MT_M 397             /* twist offset */
#define MT_RAND_MAX 0x7FFFFFFF
enum { MODE_MT19937 = 0, MODE_PHP = 1 };

/* One VM's generator state (allocated atomic: no GC pointers inside). */
struct mp_rng {
    uint32_t mt[MT_N];       /* Mt19937 state */
    uint32_t count;          /* next word of mt[] to temper; MT_N = reload first */
    int      mode;           /* MODE_MT19937 or MODE_PHP (mt_srand's $mode) */
    int      mt_seeded;      /* mt[] has been seeded (by mt_srand or randomly) */
    int32_t  lcg[2];         /* combined LCG state (lcg_value) */
    int      lcg_seeded;
};

/* Fill BUF with LEN bytes from the kernel CSPRNG; 0 on failure. */
static int os_random(void *buf, size_t len)
{
    size_t got = 0;
    while (got < len) {
        ssize_t n = getrandom((char *)buf + got, len - got, 0);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return 0;
        }
        got += (size_t)n;
    }
    return 1;
}

/* ---- Mt19937 ----
 * Matsumoto & Nishimura's generator. The recurrence mixes the high bit of
 * word i with the low bits of word i+1 and, when the low bit of word i+1 is
 * set, xors in the matrix constant. PHP before 7.1 tested the low bit of
 * word i instead; MT_RAND_PHP keeps that variant for old seeds' sequences. */

static uint32_t mt_twist(int mode, uint32_t m, uint32_t u, uint32_t v)
{
    uint32_t mix = (u & 0x80000000U) | (v & 0x7FFFFFFFU);
    uint32_t low = mode == MODE_MT19937 ? (v & 1U) : (u & 1U);
    return m ^ (mix >> 1) ^ (low ? 0x9908B0DFU : 0U);
}

/* Regenerate all MT_N words. */
static void mt_reload(struct mp_rng *r)
{
    uint32_t *s = r->mt;
    for (int i = 0; i < MT_N; i++)
        s[i] = mt_twist(r->mode, s[(i + MT_M) % MT_N], s[i], s[(i + 1) % MT_N]);
    r->count = 0;
}

/* Knuth's multiplier spreads the 32-bit seed over the state; PHP twists
 * right away. */
static void mt_seed(struct mp_rng *r, uint32_t seed)
{
    r->mt[0] = seed;
    for (uint32_t i = 1; i < MT_N; i++) {
        uint32_t p = r->mt[i - 1];
        r->mt[i] = 1812433253U * (p ^ (p >> 30)) + i;
    }
    mt_reload(r);
    r->mt_seeded = 1;
}

/* The VM's generator, made on first use. */
static struct mp_rng *rng(mp_vm *vm)
{
    struct mp_rng **slot = mp_vm_rng(vm);
    if (!*slot) {
        struct mp_rng *r = mp_alloc_atomic(vm, sizeof *r);
        memset(r, 0, sizeof *r);
        *slot = r;
    }
    return *slot;
}

/* The generator, seeded randomly unless mt_srand() ran. */
static struct mp_rng *mt_state(mp_vm *vm)
{
    struct mp_rng *r = rng(vm);
    if (!r->mt_seeded) {
        uint32_t seed = 0;
        if (!os_random(&seed, sizeof seed)) seed = (uint32_t)getpid() ^ (uint32_t)(uintptr_t)r;
        mt_seed(r, seed);
    }
    return r;
}

/* Next tempered 32-bit output. */
static uint32_t mt_next(struct mp_rng *r)
{
    if (r->count >= MT_N) mt_reload(r);
    uint32_t y = r->mt[r->count++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9D2C5680U;
    y ^= (y << 15) & 0xEFC60000U;
    return y ^ (y >> 18);
}

/* Uniform in [0, umax] without modulo bias: outputs above the largest
 * multiple of umax+1 are thrown away and drawn again. A span over 32 bits
 * takes two outputs, the first as the low word. */
static uint32_t range32(struct mp_rng *r, uint32_t umax)
{
    uint32_t x = mt_next(r);
    if (umax == UINT32_MAX) return x;
    umax++;
    if ((umax & (umax - 1)) == 0) return x & (umax - 1);
    uint32_t limit = UINT32_MAX - (UINT32_MAX % umax) - 1;
    while (x > limit) x = mt_next(r);
    return x % umax;
}

static uint64_t next64(struct mp_rng *r)
{
    uint64_t lo = mt_next(r);
    return lo | ((uint64_t)mt_next(r) << 32);
}

static uint64_t range64(struct mp_rng *r, uint64_t umax)
{
    uint64_t x = next64(r);
    if (umax == UINT64_MAX) return x;
    umax++;
    if ((umax & (umax - 1)) == 0) return x & (umax - 1);
    uint64_t limit = UINT64_MAX - (UINT64_MAX % umax) - 1;
    while (x > limit) x = next64(r);
    return x % umax;
}

/* PHP's php_mt_rand_range: [min, max] (min <= max) in either mode. */
static int64_t mt_range(struct mp_rng *r, int64_t min, int64_t max)
{
    uint64_t umax = (uint64_t)max - (uint64_t)min;
    if (umax > UINT32_MAX) return (int64_t)(range64(r, umax) + (uint64_t)min);
    return (int64_t)((uint64_t)range32(r, (uint32_t)umax) + (uint64_t)min);
}

int64_t mp_rand_range(mp_vm *vm, int64_t min, int64_t max)
{
    return mt_range(mt_state(vm), min, max);
}

/* mt_rand/rand with bounds: MT_RAND_PHP mode scales a 31-bit output with
 * floating point (biased, as PHP 5 did), the default mode uses mt_range. */
static int64_t mt_rand_common(mp_vm *vm, int64_t min, int64_t max)
{
    struct mp_rng *r = mt_state(vm);
    if (r->mode == MODE_MT19937) return mt_range(r, min, max);
    uint64_t x = mt_next(r) >> 1;
    uint64_t off = (uint64_t)(((double)max - (double)min + 1.0) * ((double)x / (MT_RAND_MAX + 1.0)));
    return (int64_t)(off + (uint64_t)min);
}

/* mt_srand(int $seed = 0, int $mode = MT_RAND_MT19937): void -- also srand();
 * any mode but MT_RAND_PHP means MT_RAND_MT19937; no seed: a random one */
static void bi_mt_srand(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    struct mp_rng *r = rng(vm);
    r->mode = argc > 1 && argv[1].u.i == MODE_PHP ? MODE_PHP : MODE_MT19937;
    if (argc == 0) {
        r->mt_seeded = 0;
        mt_state(vm);
    } else {
        mt_seed(r, (uint32_t)argv[0].u.i);
    }
}

/* mt_rand(): int, mt_rand(int $min, int $max): int -- no arguments or
 * exactly two (the row says 0..any so the message can say "exactly 2") */
static void bi_mt_rand(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argc == 0) { *ret = mp_v_int(mt_next(mt_state(vm)) >> 1); return; }
    if (argc != 2) mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR, "mt_rand() expects exactly 2 arguments, %d given", argc);
    if (argv[1].u.i < argv[0].u.i)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)");
    *ret = mp_v_int(mt_rand_common(vm, argv[0].u.i, argv[1].u.i));
}

/* rand(): int, rand(int $min, int $max): int -- min > max is allowed (swapped) */
static void bi_rand(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argc == 0) { *ret = mp_v_int(mt_next(mt_state(vm)) >> 1); return; }
    if (argc != 2) mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR, "rand() expects exactly 2 arguments, %d given", argc);
    int64_t min = argv[0].u.i, max = argv[1].u.i;
    *ret = mp_v_int(max < min ? mt_rand_common(vm, max, min) : mt_rand_common(vm, min, max));
}

/* mt_getrandmax(): int, getrandmax(): int */
static void bi_mt_getrandmax(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_int(MT_RAND_MAX);
}

/* ---- combined LCG (L'Ecuyer), lcg_value() ---- */

/* s = a*s mod m by Schrage's method (no 64-bit overflow), PHP's MODMULT */
static int32_t lcg_step(int32_t s, int32_t q, int32_t a, int32_t rr, int32_t m)
{
    int32_t k = s / q;
    s = a * (s - q * k) - rr * k;
    if (s < 0) s += m;
    return s;
}

/* lcg_value(): float in (0, 1) */
static void bi_lcg_value(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct mp_rng *r = rng(vm);
    if (!r->lcg_seeded) {
        uint32_t seed[2] = { 0, 0 };
        os_random(seed, sizeof seed);
        r->lcg[0] = (int32_t)(seed[0] % 2147483562U) + 1;
        r->lcg[1] = (int32_t)(seed[1] % 2147483398U) + 1;
        r->lcg_seeded = 1;
    }
    r->lcg[0] = lcg_step(r->lcg[0], 53668, 40014, 12211, 2147483563);
    r->lcg[1] = lcg_step(r->lcg[1], 52774, 40692, 3791, 2147483399);
    int32_t z = r->lcg[0] - r->lcg[1];
    if (z < 1) z += 2147483562;
    *ret = mp_v_float(z * 4.656613e-10);
}

/* ---- CSPRNG ---- */

/* random_bytes(int $length): string */
static void bi_random_bytes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int64_t n = argv[0].u.i;
    if (n < 1) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "random_bytes(): Argument #1 ($length) must be greater than 0");
    if (n > 134217728 - 4096) {
        /* over memory_limit: PHP's huge allocations are whole 4 KiB pages
         * holding the string header (24 bytes), the data and the NUL */
        uint64_t want = ((uint64_t)n + 25 + 4095) & ~(uint64_t)4095;
        mp_error(vm, MP_E_ERROR, "Allowed memory size of 134217728 bytes exhausted (tried to allocate %llu bytes)",
                 (unsigned long long)want);
    }
    mp_str *s = mp_str_alloc(vm, (size_t)n);
    if (!os_random(s->data, (size_t)n))
        mp_throw_ex(vm, MP_EX_EXCEPTION, "Could not gather sufficient random data");
    /* OBJECTS: PHP throws Random\RandomException here */
    *ret = mp_v_str(s);
}

/* random_int(int $min, int $max): int -- unbiased like range64, from the OS */
static void bi_random_int(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int64_t min = argv[0].u.i, max = argv[1].u.i;
    if (min > max)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)");
    if (min == max) { *ret = mp_v_int(min); return; }
    uint64_t umax = (uint64_t)max - (uint64_t)min, x;
    if (!os_random(&x, sizeof x)) mp_throw_ex(vm, MP_EX_EXCEPTION, "Could not gather sufficient random data");
    if (umax == UINT64_MAX) { *ret = mp_v_int((int64_t)x); return; }
    umax++;
    if ((umax & (umax - 1)) != 0) {
        uint64_t limit = UINT64_MAX - (UINT64_MAX % umax) - 1;
        while (x > limit)
            if (!os_random(&x, sizeof x)) mp_throw_ex(vm, MP_EX_EXCEPTION, "Could not gather sufficient random data");
    }
    *ret = mp_v_int((int64_t)(x % umax + (uint64_t)min));
}

/* str_shuffle(string $string): string -- Fisher-Yates from the end, as
 * PHP's php_string_shuffle, drawing from the mt_rand generator */
static void bi_str_shuffle(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const mp_str *in = argv[0].u.s;
    mp_str *s = mp_str_new(vm, in->data, in->len);
    if (s->len > 1) {
        for (int64_t left = (int64_t)s->len - 1; left > 0; left--) {
            int64_t j = mp_rand_range(vm, 0, left);
            if (j != left) {
                char t = s->data[left];
                s->data[left] = s->data[j];
                s->data[j] = t;
            }
        }
    }
    *ret = mp_v_str(s);
}

static const mp_builtin rows[] = {
    { "getrandmax", bi_mt_getrandmax, 0, 0, "", "" },
    { "lcg_value", bi_lcg_value, 0, 0, "", "" },
    { "mt_getrandmax", bi_mt_getrandmax, 0, 0, "", "" },
    { "mt_rand", bi_mt_rand, 0, -1, "iiz", "min max" },
    { "mt_srand", bi_mt_srand, 0, 2, "ii", "seed mode", "? MT_RAND_MT19937" },
    { "rand", bi_rand, 0, -1, "iiz", "min max" },
    { "random_bytes", bi_random_bytes, 1, 1, "i", "length" },
    { "random_int", bi_random_int, 2, 2, "ii", "min max" },
    { "srand", bi_mt_srand, 0, 2, "ii", "seed mode", "? MT_RAND_MT19937" },
    { "str_shuffle", bi_str_shuffle, 1, 1, "s", "string" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_random, rows);
