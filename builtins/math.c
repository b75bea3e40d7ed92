/* math.c - math builtins (intdiv and the float classifiers so far; the rest of PHP's math library
 * comes with the standard-library issue). */
#include <math.h>
#include <stdint.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* intdiv(int $num1, int $num2): int */
static void bi_intdiv(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int64_t a = argv[0].u.i, b = argv[1].u.i;
    if (b == 0) mp_throw_ex(vm, MP_EX_DIVISION_BY_ZERO_ERROR, "Division by zero");
    if (b == -1 && a == INT64_MIN)
        mp_throw_ex(vm, MP_EX_ARITHMETIC_ERROR, "Division of PHP_INT_MIN by -1 is not an integer");
    *ret = mp_v_int(a / b);
}

/* is_finite(float $num): bool, is_infinite(float $num): bool, is_nan(float $num): bool */
static void bi_is_finite(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; *ret = mp_v_bool(isfinite(argv[0].u.d)); }
static void bi_is_infinite(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; *ret = mp_v_bool(isinf(argv[0].u.d)); }
static void bi_is_nan(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; *ret = mp_v_bool(isnan(argv[0].u.d)); }

static const mp_builtin rows[] = {
    { "intdiv", bi_intdiv, 2, 2, "ii", "num1 num2" },
    { "is_finite", bi_is_finite, 1, 1, "f", "num" },
    { "is_infinite", bi_is_infinite, 1, 1, "f", "num" },
    { "is_nan", bi_is_nan, 1, 1, "f", "num" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_math, rows);
