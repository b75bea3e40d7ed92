/* math.c - PHP's math library (ext/standard/math.c): abs/ceil/floor/round
 * with PHP 8.2's pre-rounding, pow (the ** operator), the libm wrappers
 * (sin, log, hypot...), fmod/fdiv/intdiv and the float classifiers.
 * Base conversions live elsewhere; max/min are array functions. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* ---- round() ----
 * PHP 8.2 rounds in three steps (the 5.3 "rounding" RFC): when the value
 * has more significant digits than asked for, it is first rounded to 15
 * significant digits ("pre-rounding", so round(5.055, 2) is 5.06 although
 * 5.055 is stored as 5.05499...), then to the requested places, and the
 * decimal point is moved back by a division (or, for 23 places and more,
 * by printing and re-reading the number). */

enum { ROUND_HALF_UP = 1, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_ODD };

/* floor(log10(|v|)) */
static int int_log10_abs(double v)
{
    return (int)floor(log10(fabs(v)));
}

/* 10^power, exact from a table for 0..22 */
static double int_pow10(int power)
{
    static const double pw[] = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    if (power < 0 || power > 22) return pow(10.0, (double)power);
    return pw[power];
}

/* Round v to an integer in MODE. Any unknown mode acts as HALF_UP (8.2
 * does not validate the mode). The halfway tests compare with exact
 * representable halves, so only true .5 fractions count as ties. */
static double round_helper(double v, int mode)
{
    double r;
    if (v >= 0.0) {
        r = floor(v + 0.5);
        if ((mode == ROUND_HALF_DOWN && v == r - 0.5) ||
            (mode == ROUND_HALF_EVEN && v == 0.5 + 2 * floor(r / 2.0)) ||
            (mode == ROUND_HALF_ODD && v == 0.5 + 2 * floor(r / 2.0) - 1.0))
            r -= 1.0;
    } else {
        r = ceil(v - 0.5);
        if ((mode == ROUND_HALF_DOWN && v == r + 0.5) ||
            (mode == ROUND_HALF_EVEN && v == -0.5 + 2 * ceil(r / 2.0)) ||
            (mode == ROUND_HALF_ODD && v == -0.5 + 2 * ceil(r / 2.0) + 1.0))
            r += 1.0;
    }
    return r;
}

/* PHP's _php_math_round: VALUE rounded to PLACES decimals (negative: tens,
 * hundreds...). */
static double math_round(double value, int places, int mode)
{
    if (!isfinite(value) || value == 0.0) return value;
    if (places < INT_MIN + 1) places = INT_MIN + 1;
    int precision_places = 14 - int_log10_abs(value);
    double f1 = int_pow10(abs(places)), t;
    if (precision_places > places && precision_places - 15 < places) {
        /* pre-round to 15 significant digits, then shift to PLACES */
        int64_t use = precision_places < INT_MIN + 1 ? INT_MIN + 1 : precision_places;
        double f2 = int_pow10(abs((int)use));
        t = use >= 0 ? value * f2 : value / f2;
        t = round_helper(t, mode);
        use = (int64_t)places - precision_places;
        if (use < INT_MIN + 1) use = INT_MIN + 1;
        t = t / int_pow10(abs((int)use));
    } else {
        t = places >= 0 ? value * f1 : value / f1;
        /* beyond double precision: nothing to round */
        if (fabs(t) >= 1e15) return value;
    }
    t = round_helper(t, mode);
    if (abs(places) < 23) {
        t = places > 0 ? t / f1 : t * f1;
    } else {
        /* 10^places is inexact: let strtod find the nearest double (PHP's
         * own snprintf prints -0.0 without its sign) */
        char buf[40];
        snprintf(buf, 39, "%15fe%d", t == 0.0 ? 0.0 : t, -places);
        buf[39] = '\0';
        t = strtod(buf, NULL);
        if (!isfinite(t)) t = value;
    }
    return t;
}

/* abs(int|float $num): int|float -- abs(PHP_INT_MIN) is a float */
static void bi_abs(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    if (argv[0].type == MP_T_FLOAT) { *ret = mp_v_float(fabs(argv[0].u.d)); return; }
    int64_t i = argv[0].u.i;
    if (i == INT64_MIN) *ret = mp_v_float(-(double)INT64_MIN);
    else *ret = mp_v_int(i < 0 ? -i : i);
}

/* the number of an int|float argument as a double */
static double num_of(mp_val v) { return v.type == MP_T_INT ? (double)v.u.i : v.u.d; }

/* ceil(int|float $num): float */
static void bi_ceil(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_float(argv[0].type == MP_T_INT ? (double)argv[0].u.i : ceil(argv[0].u.d));
}

/* floor(int|float $num): float */
static void bi_floor(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_float(argv[0].type == MP_T_INT ? (double)argv[0].u.i : floor(argv[0].u.d));
}

/* round(int|float $num, int $precision = 0, int $mode = PHP_ROUND_HALF_UP): float */
static void bi_round(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm;
    int places = 0;
    int mode = ROUND_HALF_UP;
    if (argc >= 2) {
        int64_t p = argv[1].u.i;
        places = p > INT_MAX ? INT_MAX : p < INT_MIN ? INT_MIN : (int)p;
    }
    if (argc >= 3) {
        int64_t m = argv[2].u.i;
        mode = m > INT_MAX || m < INT_MIN ? 0 : (int)m;
    }
    if (argv[0].type == MP_T_INT && places >= 0) {
        *ret = mp_v_float((double)argv[0].u.i);
        return;
    }
    *ret = mp_v_float(math_round(num_of(argv[0]), places, mode));
}

/* pow(mixed $num, mixed $exponent): int|float|object -- exactly the ** operator */
static void bi_pow(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_pow(vm, argv[0], argv[1], ret);
}

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

/* log(float $num, float $base = M_E): float */
static void bi_log(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    double x = argv[0].u.d;
    if (argc == 1) { *ret = mp_v_float(log(x)); return; }
    double b = argv[1].u.d;
    if (b == 2.0) { *ret = mp_v_float(log2(x)); return; }
    if (b == 10.0) { *ret = mp_v_float(log10(x)); return; }
    if (b == 1.0) { *ret = mp_v_float(NAN); return; }
    if (b <= 0.0) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "log(): Argument #2 ($base) must be greater than 0");
    *ret = mp_v_float(log(x) / log(b));
}

/* The one-float-in, one-float-out functions: name(float $num): float */
#define MATH1(name, expr)                                                  \
    static void bi_##name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)  \
    {                                                                      \
        (void)vm; (void)argc;                                              \
        double x = argv[0].u.d;                                            \
        *ret = mp_v_float(expr);                                           \
    }
MATH1(acos, acos(x))
MATH1(acosh, acosh(x))
MATH1(asin, asin(x))
MATH1(asinh, asinh(x))
MATH1(atan, atan(x))
MATH1(atanh, atanh(x))
MATH1(cos, cos(x))
MATH1(cosh, cosh(x))
MATH1(deg2rad, (x / 180.0) * M_PI)
MATH1(exp, exp(x))
MATH1(expm1, expm1(x))
MATH1(log10, log10(x))
MATH1(log1p, log1p(x))
MATH1(rad2deg, (x / M_PI) * 180)
MATH1(sin, sin(x))
MATH1(sinh, sinh(x))
MATH1(sqrt, sqrt(x))
MATH1(tan, tan(x))
MATH1(tanh, tanh(x))

/* Two floats in: atan2(float $y, float $x), hypot(float $x, float $y),
 * fmod(float $num1, float $num2), fdiv(float $num1, float $num2) (IEEE
 * division: INF/NAN instead of DivisionByZeroError). */
#define MATH2(name, expr)                                                  \
    static void bi_##name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)  \
    {                                                                      \
        (void)vm; (void)argc;                                              \
        double x = argv[0].u.d, y = argv[1].u.d;                           \
        *ret = mp_v_float(expr);                                           \
    }
MATH2(atan2, atan2(x, y))
MATH2(fdiv, x / y)
MATH2(fmod, fmod(x, y))
MATH2(hypot, hypot(x, y))

/* pi(): float */
static void bi_pi(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    *ret = mp_v_float(M_PI);
}

/* is_finite(float $num): bool, is_infinite(float $num): bool, is_nan(float $num): bool */
static void bi_is_finite(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; *ret = mp_v_bool(isfinite(argv[0].u.d)); }
static void bi_is_infinite(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; *ret = mp_v_bool(isinf(argv[0].u.d)); }
static void bi_is_nan(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; *ret = mp_v_bool(isnan(argv[0].u.d)); }

static const mp_builtin rows[] = {
    { "abs", bi_abs, 1, 1, "n", "num" },
    { "acos", bi_acos, 1, 1, "f", "num" },
    { "acosh", bi_acosh, 1, 1, "f", "num" },
    { "asin", bi_asin, 1, 1, "f", "num" },
    { "asinh", bi_asinh, 1, 1, "f", "num" },
    { "atan", bi_atan, 1, 1, "f", "num" },
    { "atan2", bi_atan2, 2, 2, "ff", "y x" },
    { "atanh", bi_atanh, 1, 1, "f", "num" },
    { "ceil", bi_ceil, 1, 1, "n", "num" },
    { "cos", bi_cos, 1, 1, "f", "num" },
    { "cosh", bi_cosh, 1, 1, "f", "num" },
    { "deg2rad", bi_deg2rad, 1, 1, "f", "num" },
    { "exp", bi_exp, 1, 1, "f", "num" },
    { "expm1", bi_expm1, 1, 1, "f", "num" },
    { "fdiv", bi_fdiv, 2, 2, "ff", "num1 num2" },
    { "floor", bi_floor, 1, 1, "n", "num" },
    { "fmod", bi_fmod, 2, 2, "ff", "num1 num2" },
    { "hypot", bi_hypot, 2, 2, "ff", "x y" },
    { "intdiv", bi_intdiv, 2, 2, "ii", "num1 num2" },
    { "is_finite", bi_is_finite, 1, 1, "f", "num" },
    { "is_infinite", bi_is_infinite, 1, 1, "f", "num" },
    { "is_nan", bi_is_nan, 1, 1, "f", "num" },
    { "log", bi_log, 1, 2, "ff", "num base", "M_E" },
    { "log10", bi_log10, 1, 1, "f", "num" },
    { "log1p", bi_log1p, 1, 1, "f", "num" },
    { "pi", bi_pi, 0, 0, "", "" },
    { "pow", bi_pow, 2, 2, "zz", "num exponent" },
    { "rad2deg", bi_rad2deg, 1, 1, "f", "num" },
    { "round", bi_round, 1, 3, "nii", "num precision mode", "0 PHP_ROUND_HALF_UP" },
    { "sin", bi_sin, 1, 1, "f", "num" },
    { "sinh", bi_sinh, 1, 1, "f", "num" },
    { "sqrt", bi_sqrt, 1, 1, "f", "num" },
    { "tan", bi_tan, 1, 1, "f", "num" },
    { "tanh", bi_tanh, 1, 1, "f", "num" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_math, rows);
