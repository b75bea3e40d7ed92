/* format.c - numbers to text and back: the printf family (PHP's own
 * formatted_print rules, not C's), sscanf, number_format, and the base
 * conversions dechex/hexdec/decbin/bindec/decoct/octdec/base_convert.
 * fprintf/vfprintf need streams and are not here yet. */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

/* ---- float digits ---- */

/* Layout of a float in PHP's zend_gcvt/php_gcvt style: DIGITS (no
 * trailing zeros) with the decimal point after DECPT of them; exponent form
 * ("1.0e+25", exponent without leading zeros) when DECPT > NDIGIT or the
 * value is below 1e-4. */
static size_t gcvt_layout(int neg, const char *digits, int nd, int decpt, int ndigit, char echar, char *buf)
{
    char *o = buf;
    if (neg)
        *o++ = '-';
    if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
        int e = decpt - 1;
        *o++ = digits[0];
        *o++ = '.';
        if (nd == 1) {
            *o++ = '0';
        } else {
            memcpy(o, digits + 1, (size_t)nd - 1);
            o += nd - 1;
        }
        *o++ = echar;
        *o++ = e < 0 ? '-' : '+';
        o += sprintf(o, "%d", e < 0 ? -e : e);
    } else if (decpt < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = decpt; i < 0; i++)
            *o++ = '0';
        memcpy(o, digits, (size_t)nd);
        o += nd;
    } else {
        for (int i = 0; i < decpt; i++)
            *o++ = i < nd ? digits[i] : '0';
        if (nd > decpt) {
            if (decpt == 0)
                *o++ = '0';
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(nd - decpt));
            o += nd - decpt;
        }
    }
    *o = '\0';
    return (size_t)(o - buf);
}

/* PHP's php_gcvt(value, precision, '.', echar): PREC significant digits,
 * or the shortest round-trip digits when PREC is -1 (laid out for 17). */
static size_t fmt_gcvt(double d, int prec, char echar, char *buf)
{
    char digits[512];
    int decpt, nd, ndigit = prec;
    if (d == 0.0) {
        digits[0] = '0';
        digits[1] = '\0';
        nd = 1;
        decpt = 1;
    } else if (prec < 0) {
        /* shortest digits that read back as d */
        int lo = 1, hi = 17;
        char tmp[64];
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            snprintf(tmp, sizeof tmp, "%.*e", mid - 1, fabs(d));
            if (strtod(tmp, NULL) == fabs(d))
                hi = mid;
            else
                lo = mid + 1;
        }
        nd = mp_float_digits(d, lo, digits, &decpt);
        ndigit = 17;
    } else {
        nd = mp_float_digits(d, prec, digits, &decpt);
    }
    return gcvt_layout(signbit(d) != 0, digits, nd, decpt, ndigit, echar, buf);
}

/* ---- the printf engine (php_formatted_print) ---- */

enum { ALIGN_LEFT = 0, ALIGN_RIGHT = 1 };

/* php_sprintf_appendstring: S padded to MIN_WIDTH with PAD (cut to
 * MAX_WIDTH when EXPPREC). With '0' padding a sign (NEG or ALWAYS_SIGN)
 * goes before the zeros -- PHP writes the sign and skips S's first byte. */
static void append_padded(mp_buf *b, const char *s, size_t len, size_t min_width, size_t max_width, char pad,
                          int align, int neg, int expprec, int always_sign)
{
    size_t copy = expprec && max_width < len ? max_width : len;
    size_t npad = min_width < copy ? 0 : min_width - copy;
    if (align == ALIGN_RIGHT) {
        if ((neg || always_sign) && pad == '0' && copy > 0) {
            mp_buf_addc(b, neg ? '-' : '+');
            s++;
            copy--;
        }
        while (npad--)
            mp_buf_addc(b, pad);
    }
    mp_buf_add(b, s, copy);
    if (align == ALIGN_LEFT)
        while (npad--)
            mp_buf_addc(b, pad);
}

static void append_int(mp_buf *b, int64_t v, size_t width, char pad, int align, int always_sign)
{
    char num[32], *p = num + sizeof num;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (align == ALIGN_LEFT && pad == '0')
        pad = ' ';   /* "can't right-pad 0's on integers" */
    do {
        *--p = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (v < 0)
        *--p = '-';
    else if (always_sign)
        *--p = '+';
    append_padded(b, p, (size_t)(num + sizeof num - p), width, 0, pad, align, v < 0, 0, always_sign);
}

static void append_uint(mp_buf *b, uint64_t v, size_t width, char pad, int align)
{
    char num[32], *p = num + sizeof num;
    if (align == ALIGN_LEFT && pad == '0')
        pad = ' ';
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    append_padded(b, p, (size_t)(num + sizeof num - p), width, 0, pad, align, 0, 0, 0);
}

/* %b %o %x %X: the two's complement bits, SHIFT bits per digit. A
 * precision (EXPPREC) truncates to zero characters, as PHP does. */
static void append_2n(mp_buf *b, int64_t v, size_t width, char pad, int align, int shift, const char *chars, int expprec)
{
    char num[72], *p = num + sizeof num;
    uint64_t u = (uint64_t)v, mask = ((uint64_t)1 << shift) - 1;
    do {
        *--p = chars[u & mask];
        u >>= shift;
    } while (u);
    append_padded(b, p, (size_t)(num + sizeof num - p), width, 0, pad, align, 0, expprec, 0);
}

#define FLOAT_PRECISION 6
#define MAX_FLOAT_PRECISION 53

static void append_double(mp_vm *vm, const char *fn, mp_buf *b, double d, size_t width, char pad, int align,
                          int precision, int have_prec, char fmt, int always_sign)
{
    char buf[1024];
    if (!have_prec) {
        precision = FLOAT_PRECISION;
    } else if (precision > MAX_FLOAT_PRECISION) {
        mp_error(vm, MP_E_NOTICE, "%s(): Requested precision of %d digits was truncated to PHP maximum of %d digits",
                 fn, precision, MAX_FLOAT_PRECISION);
        precision = MAX_FLOAT_PRECISION;
    }
    if (isnan(d)) {
        append_padded(b, "NaN", 3, 3, 0, pad, align, 0, 0, always_sign);
        return;
    }
    if (isinf(d)) {
        /* the sign only shows (replacing the first letter) with '0' padding */
        append_padded(b, "INF", 3, 3, 0, pad, align, d < 0, 0, always_sign);
        return;
    }
    size_t n;
    int neg = 0;
    switch (fmt) {
    case 'e': case 'E': case 'f': case 'F': {
        /* -0.0 is not negative here (PHP tests num < 0) */
        neg = d < 0;
        char *o = buf + 1;
        if (fmt == 'f' || fmt == 'F') {
            n = (size_t)snprintf(o, sizeof buf - 1, "%.*f", precision, fabs(d));
        } else {
            char tmp[128];
            snprintf(tmp, sizeof tmp, "%.*e", precision, fabs(d));
            char *e = strchr(tmp, 'e');
            int ex = atoi(e + 1);
            *e = '\0';
            n = (size_t)snprintf(o, sizeof buf - 1, "%s%c%c%d", tmp, fmt, ex < 0 ? '-' : '+', ex < 0 ? -ex : ex);
        }
        char *s = o;
        if (neg || always_sign) {
            *--s = neg ? '-' : '+';
            n++;
        }
        append_padded(b, s, n, width, 0, pad, align, neg, 0, always_sign);
        return;
    }
    default: { /* g G h H */
        if (precision == 0)
            precision = 1;
        char *o = buf + 1;
        n = fmt_gcvt(d, precision, (fmt == 'G' || fmt == 'H') ? 'E' : 'e', o);
        char *s = o;
        if (*o == '-') {
            neg = 1;
        } else if (always_sign) {
            *--s = '+';
            n++;
        }
        append_padded(b, s, n, width, 0, pad, align, neg, 0, always_sign);
        return;
    }
    }
}

/* A decimal number at *p (as strtol: digits); -1 if it is INT_MAX or more. */
static int get_number(const char *f, size_t len, size_t *i)
{
    int64_t v = 0;
    int big = 0;
    while (*i < len && mp_isdigit((unsigned char)f[*i])) {
        v = v * 10 + (f[*i] - '0');
        if (v >= INT_MAX)
            big = 1, v = INT_MAX;
        (*i)++;
    }
    return big ? -1 : (int)v;
}

#define ARG_NEXT (-1)

/* "N$" after a '*': the argument index (0-based), ARG_NEXT without one. */
static int get_argnum(mp_vm *vm, const char *f, size_t len, size_t *i)
{
    size_t j = *i;
    while (j < len && mp_isdigit((unsigned char)f[j]))
        j++;
    if (j >= len || f[j] != '$')
        return ARG_NEXT;
    int n = get_number(f, len, i);
    if (n <= 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Argument number specifier must be greater than zero and less than %d", INT_MAX);
    (*i)++;
    return n - 1;
}

/* PHP's php_formatted_print. EXTRA is the number of parameters before the
 * values (1 for sprintf) for the ArgumentCountError, -1 for the v*printf
 * functions whose values come in an array (ValueError). */
static mp_str *formatted_print(mp_vm *vm, const char *fn, const mp_str *format, mp_val *args, int nargs, int extra)
{
    const char *f = format->data;
    size_t len = format->len, i = 0;
    int currarg = 0, max_missing = -1;
    mp_buf b;
    mp_buf_init(&b, vm);
#define CH(k) ((k) < len ? f[k] : '\0')
    while (i < len) {
        const char *pct = memchr(f + i, '%', len - i);
        if (!pct) {
            mp_buf_add(&b, f + i, len - i);
            break;
        }
        mp_buf_add(&b, f + i, (size_t)(pct - (f + i)));
        i = (size_t)(pct - f) + 1;
        if (CH(i) == '%') {
            mp_buf_addc(&b, '%');
            i++;
            continue;
        }
        int align = ALIGN_RIGHT, always_sign = 0, expprec = 0, have_prec = 0;
        char pad = ' ';
        int width = 0, precision = 0, argnum = ARG_NEXT;
        if (!mp_isalpha((unsigned char)CH(i))) {
            /* argnum "N$" */
            size_t j = i;
            while (j < len && mp_isdigit((unsigned char)f[j]))
                j++;
            if (CH(j) == '$') {
                argnum = get_number(f, len, &i);
                if (argnum <= 0)
                    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Argument number specifier must be greater than zero and less than %d", INT_MAX);
                argnum--;
                i++;
            }
            /* flags */
            for (;; i++) {
                char c = CH(i);
                if (c == ' ' || c == '0') {
                    pad = c;
                } else if (c == '-') {
                    align = ALIGN_LEFT;
                } else if (c == '+') {
                    always_sign = 1;
                } else if (c == '\'') {
                    if (len - i > 1) {
                        i++;
                        pad = f[i];
                    } else {
                        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Missing padding character");
                    }
                } else {
                    break;
                }
            }
            /* width */
            if (CH(i) == '*') {
                i++;
                int wa = get_argnum(vm, f, len, &i);
                if (wa == ARG_NEXT)
                    wa = currarg++;
                if (wa >= nargs) {
                    if (wa > max_missing)
                        max_missing = wa;
                    continue;
                }
                mp_val w = *mp_deref(&args[wa]);
                if (w.type != MP_T_INT)
                    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Width must be an integer");
                if (w.u.i < 0 || w.u.i > INT_MAX)
                    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Width must be greater than zero and less than %d", INT_MAX);
                width = (int)w.u.i;
            } else if (mp_isdigit((unsigned char)CH(i))) {
                if ((width = get_number(f, len, &i)) < 0)
                    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Width must be greater than zero and less than %d", INT_MAX);
            }
            /* precision */
            if (CH(i) == '.') {
                i++;
                if (CH(i) == '*') {
                    i++;
                    int pa = get_argnum(vm, f, len, &i);
                    if (pa == ARG_NEXT)
                        pa = currarg++;
                    if (pa >= nargs) {
                        if (pa > max_missing)
                            max_missing = pa;
                        continue;
                    }
                    mp_val p = *mp_deref(&args[pa]);
                    if (p.type != MP_T_INT)
                        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Precision must be an integer");
                    if (p.u.i < -1 || p.u.i > INT_MAX)
                        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Precision must be between -1 and %d", INT_MAX);
                    precision = (int)p.u.i;
                    have_prec = expprec = 1;
                } else if (mp_isdigit((unsigned char)CH(i))) {
                    if ((precision = get_number(f, len, &i)) < 0)
                        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Precision must be greater than zero and less than %d", INT_MAX);
                    have_prec = expprec = 1;
                }
            }
        }
        if (CH(i) == 'l')
            i++;
        if (argnum == ARG_NEXT)
            argnum = currarg++;
        if (argnum >= nargs) {
            /* PHP goes on scanning from the conversion byte itself */
            if (argnum > max_missing)
                max_missing = argnum;
            continue;
        }
        char conv = CH(i);
        if (expprec && precision == -1 && conv != 'g' && conv != 'G' && conv != 'h' && conv != 'H')
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Precision -1 is only supported for %%g, %%G, %%h and %%H");
        mp_val v = *mp_deref(&args[argnum]);
        switch (conv) {
        case 's': {
            mp_str *s = mp_to_str(vm, v);
            append_padded(&b, s->data, s->len, (size_t)width, (size_t)precision, pad, align, 0, expprec, 0);
            break;
        }
        case 'd':
            append_int(&b, mp_to_int(vm, v), (size_t)width, pad, align, always_sign);
            break;
        case 'u':
            append_uint(&b, (uint64_t)mp_to_int(vm, v), (size_t)width, pad, align);
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'h': case 'H':
            append_double(vm, fn, &b, mp_to_float(vm, v), (size_t)width, pad, align, precision, have_prec, conv, always_sign);
            break;
        case 'c':
            mp_buf_addc(&b, (char)mp_to_int(vm, v));
            break;
        case 'o':
            append_2n(&b, mp_to_int(vm, v), (size_t)width, pad, align, 3, "01234567", expprec);
            break;
        case 'x':
            append_2n(&b, mp_to_int(vm, v), (size_t)width, pad, align, 4, "0123456789abcdef", expprec);
            break;
        case 'X':
            append_2n(&b, mp_to_int(vm, v), (size_t)width, pad, align, 4, "0123456789ABCDEF", expprec);
            break;
        case 'b':
            append_2n(&b, mp_to_int(vm, v), (size_t)width, pad, align, 1, "01", expprec);
            break;
        case '%':
            mp_buf_addc(&b, '%');
            break;
        case '\0':
            if (i >= len)
                mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Missing format specifier at end of string");
            /* fall through */
        default:
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Unknown format specifier \"%c\"", conv);
        }
        i++;
    }
#undef CH
    if (max_missing >= 0) {
        if (extra < 0)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "The arguments array must contain %d items, %d given", max_missing + 1, nargs);
        mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR, "%d arguments are required, %d given", max_missing + extra + 1,
                    nargs + extra);
    }
    return mp_buf_finish(&b);
}

/* The values of a v*printf array, in order. */
static mp_val *array_args(mp_vm *vm, const mp_array *a, int *n)
{
    mp_val *v = mp_alloc(vm, (a->count + 1) * sizeof *v);
    uint32_t pos = 0;
    mp_key k;
    mp_val *e;
    int i = 0;
    while (mp_array_next(a, &pos, &k, &e))
        v[i++] = *mp_deref(e);
    *n = i;
    return v;
}

mp_str *mp_format_print(mp_vm *vm, const char *fn, const mp_str *format, mp_val *args, int nargs, int extra)
{
    return formatted_print(vm, fn, format, args, nargs, extra);
}

mp_str *mp_format_print_array(mp_vm *vm, const char *fn, const mp_str *format, const mp_array *values)
{
    int n;
    mp_val *a = array_args(vm, values, &n);
    return formatted_print(vm, fn, format, a, n, -1);
}

/* sprintf(string $format, mixed ...$values): string */
static void bi_sprintf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    *ret = mp_v_str(formatted_print(vm, "sprintf", argv[0].u.s, argv + 1, argc - 1, 1));
}

/* printf(string $format, mixed ...$values): int */
static void bi_printf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = formatted_print(vm, "printf", argv[0].u.s, argv + 1, argc - 1, 1);
    mp_echo_str(vm, s);
    *ret = mp_v_int((int64_t)s->len);
}

/* vsprintf(string $format, array $values): string */
static void bi_vsprintf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int n;
    mp_val *a = array_args(vm, argv[1].u.a, &n);
    *ret = mp_v_str(formatted_print(vm, "vsprintf", argv[0].u.s, a, n, -1));
}

/* vprintf(string $format, array $values): int */
static void bi_vprintf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int n;
    mp_val *a = array_args(vm, argv[1].u.a, &n);
    mp_str *s = formatted_print(vm, "vprintf", argv[0].u.s, a, n, -1);
    mp_echo_str(vm, s);
    *ret = mp_v_int((int64_t)s->len);
}

/* ---- number_format ---- */

/* 10^p, exact for 0..22 */
static double pow10i(int p)
{
    static const double pw[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    return p >= 0 && p <= 22 ? pw[p] : pow(10.0, p);
}

static double round_half_up(double v)
{
    return v >= 0.0 ? floor(v + 0.5) : ceil(v - 0.5);
}

/* PHP 8.2's _php_math_round in PHP_ROUND_HALF_UP mode: pre-round to 15
 * significant digits when the value has more than asked for (so 1.005
 * rounds to 1.01), then round to PLACES and shift back. */
static double php_round(double value, int places)
{
    if (!isfinite(value) || value == 0.0)
        return value;
    if (places < INT_MIN + 1)
        places = INT_MIN + 1;
    int precision_places = 14 - (int)floor(log10(fabs(value)));
    double f1 = pow10i(abs(places)), t;
    if (precision_places > places && precision_places - 15 < places) {
        int use = precision_places;
        double f2 = pow10i(abs(use));
        t = round_half_up(use >= 0 ? value * f2 : value / f2);
        use = places - precision_places;
        t = t / pow10i(abs(use));
    } else {
        t = places >= 0 ? value * f1 : value / f1;
        if (fabs(t) >= 1e15)
            return value;
    }
    t = round_half_up(t);
    if (abs(places) < 23) {
        t = places > 0 ? t / f1 : t * f1;
    } else {
        char buf[40];
        snprintf(buf, 39, "%15fe%d", t == 0.0 ? 0.0 : t, -places);
        buf[39] = '\0';
        t = strtod(buf, NULL);
        if (!isfinite(t))
            t = value;
    }
    return t;
}

/* number_format(float $num, int $decimals = 0, ?string $decimal_separator = ".",
 *               ?string $thousands_separator = ","): string */
static void bi_number_format(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    double d = argv[0].u.d;
    int dec = argc > 1 ? (int)argv[1].u.i : 0;
    const char *dp = ".", *ts = ",";
    size_t dplen = 1, tslen = 1;
    if (argc > 2 && argv[2].type == MP_T_STRING) {
        dp = argv[2].u.s->data;
        dplen = argv[2].u.s->len;
    }
    if (argc > 3 && argv[3].type == MP_T_STRING) {
        ts = argv[3].u.s->data;
        tslen = argv[3].u.s->len;
    }
    int neg = 0;
    if (d < 0) {
        neg = 1;
        d = -d;
    }
    if (dec < 0)
        dec = 0;   /* PHP 8.2 ignores negative decimals (8.3 rounds to tens) */
    d = php_round(d, dec);
    if (isnan(d) || isinf(d)) {
        *ret = mp_v_str(mp_str_cstr(vm, isnan(d) ? "nan" : "inf"));
        return;
    }
    if (neg && d == 0)
        neg = 0;
    /* PHP's own printf stops at 318 decimals; the rest are padded zeros */
    int shown = dec > 318 ? 318 : dec;
    d = fabs(d);   /* -0.0 prints without its sign in PHP's printf */
    int n = snprintf(NULL, 0, "%.*f", shown, d);
    char *tmp = mp_alloc_atomic(vm, (size_t)n + 1);
    snprintf(tmp, (size_t)n + 1, "%.*f", shown, d);
    size_t intlen = dec ? (size_t)(strchr(tmp, '.') - tmp) : (size_t)n;
    mp_buf b;
    mp_buf_init(&b, vm);
    if (neg)
        mp_buf_addc(&b, '-');
    for (size_t i = 0; i < intlen; i++) {
        mp_buf_addc(&b, tmp[i]);
        size_t left = intlen - 1 - i;
        if (left && left % 3 == 0)
            mp_buf_add(&b, ts, tslen);
    }
    if (dec) {
        mp_buf_add(&b, dp, dplen);
        mp_buf_add(&b, tmp + intlen + 1, (size_t)shown);
        for (int i = shown; i < dec; i++)
            mp_buf_addc(&b, '0');
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* ---- base conversion ---- */

/* PHP's _php_math_basetozval: digits of BASE in S (surrounding whitespace
 * and a 0x/0o/0b prefix allowed, other bytes ignored with a deprecation);
 * an int, or a float once it overflows. */
static mp_val base_to_number(mp_vm *vm, const mp_str *str, int base)
{
    const char *s = str->data, *e = s + str->len;
    while (s < e && mp_isspace((unsigned char)*s))
        s++;
    while (s < e && mp_isspace((unsigned char)e[-1]))
        e--;
    if (e - s >= 2 && s[0] == '0') {
        char p = (char)mp_tolower((unsigned char)s[1]);
        if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b'))
            s += 2;
    }
    int64_t num = 0, cutoff = INT64_MAX / base, cutlim = INT64_MAX % base;
    double fnum = 0;
    int mode = 0, invalid = 0;
    for (; s < e; s++) {
        unsigned char c = (unsigned char)*s;
        int d;
        if (mp_isdigit(c)) d = c - '0';
        else if (mp_isupper(c)) d = c - 'A' + 10;
        else if (mp_islower(c)) d = c - 'a' + 10;
        else { invalid++; continue; }
        if (d >= base) {
            invalid++;
            continue;
        }
        if (mode == 0) {
            if (num < cutoff || (num == cutoff && d <= cutlim)) {
                num = num * base + d;
                continue;
            }
            fnum = (double)num;
            mode = 1;
        }
        fnum = fnum * base + d;
    }
    if (invalid)
        mp_error(vm, MP_E_DEPRECATED, "Invalid characters passed for attempted conversion, these have been ignored");
    return mode ? mp_v_float(fnum) : mp_v_int(num);
}

static const char base_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* The bits of V as an unsigned number in BASE. */
static mp_val int_to_base(mp_vm *vm, int64_t v, int base)
{
    char buf[72], *p = buf + sizeof buf;
    uint64_t u = (uint64_t)v;
    do {
        *--p = base_digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    return mp_strv(vm, p, (size_t)(buf + sizeof buf - p));
}

/* dechex(int $num): string */
static void bi_dechex(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = int_to_base(vm, argv[0].u.i, 16); }
/* decbin(int $num): string */
static void bi_decbin(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = int_to_base(vm, argv[0].u.i, 2); }
/* decoct(int $num): string */
static void bi_decoct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = int_to_base(vm, argv[0].u.i, 8); }
/* hexdec(string $hex_string): int|float */
static void bi_hexdec(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = base_to_number(vm, argv[0].u.s, 16); }
/* bindec(string $binary_string): int|float */
static void bi_bindec(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = base_to_number(vm, argv[0].u.s, 2); }
/* octdec(string $octal_string): int|float */
static void bi_octdec(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; *ret = base_to_number(vm, argv[0].u.s, 8); }

/* base_convert(string $num, int $from_base, int $to_base): string */
static void bi_base_convert(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    int64_t from = argv[1].u.i, to = argv[2].u.i;
    if (from < 2 || from > 36)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)");
    if (to < 2 || to > 36)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)");
    mp_val n = base_to_number(vm, argv[0].u.s, (int)from);
    if (n.type == MP_T_INT) {
        *ret = int_to_base(vm, n.u.i, (int)to);
        return;
    }
    double f = floor(n.u.d);
    if (isinf(f))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "An infinite value cannot be converted to base %d", (int)to);
    char buf[1100], *p = buf + sizeof buf;
    do {
        *--p = base_digits[(int)fmod(f, (double)to)];
        f /= (double)to;
    } while (p > buf && fabs(f) >= 1);
    *ret = mp_strv(vm, p, (size_t)(buf + sizeof buf - p));
}

/* ---- sscanf (PHP's scanf.c, from Tcl) ---- */

enum { SCAN_SUPPRESS = 1, SCAN_NOSKIP = 2, SCAN_WIDTH = 4, SCAN_SIGNOK = 8, SCAN_NODIGITS = 16,
       SCAN_NOZERO = 32, SCAN_XOK = 64, SCAN_PTOK = 128, SCAN_EXPOK = 256, SCAN_UNSIGNED = 512 };
#define SCAN_MAX_ARGS 0xFF

/* strtoul as PHP's format parser uses it: digits at *p, *p advanced. */
static unsigned long scan_number(const char **p)
{
    char *end;
    unsigned long v = strtoul(*p, &end, 10);
    *p = end;
    return v;
}

/* Check the format and count its result slots (PHP's ValidateFormat). */
static int scan_validate(mp_vm *vm, const char *format, int nvars, int *total)
{
    int gotxpg = 0, gotseq = 0, objindex = 0, xpgsize = 0;
    int cap = nvars > 16 ? nvars : 16;
    int *nassign = mp_alloc_atomic(vm, (size_t)cap * sizeof *nassign);
    memset(nassign, 0, (size_t)cap * sizeof *nassign);
    const char *fp = format;
    while (*fp) {
        const char *ch = fp++;
        int flags = 0;
        if (*ch != '%')
            continue;
        ch = fp++;
        if (*ch == '%')
            continue;
        if (*ch == '*') {
            flags |= SCAN_SUPPRESS;
            ch = fp++;
        } else if (mp_isdigit((unsigned char)*ch)) {
            const char *q = fp - 1;
            unsigned long value = scan_number(&q);
            if (*q == '$') {
                fp = q + 1;
                ch = fp++;
                gotxpg = 1;
                if (gotseq)
                    goto mixed;
                objindex = (int)value - 1;
                if (objindex < 0 || (nvars && objindex >= nvars))
                    goto badindex;
                if (nvars == 0) {
                    if ((int)value > SCAN_MAX_ARGS)
                        goto badindex;
                    if ((int)value > xpgsize)
                        xpgsize = (int)value;
                }
                goto xpgdone;
            }
            goto notxpg;
        } else {
        notxpg:
            gotseq = 1;
            if (gotxpg) {
            mixed:
                mp_throw_ex(vm, MP_EX_VALUE_ERROR, "cannot mix \"%%\" and \"%%n$\" conversion specifiers");
            }
        }
    xpgdone:
        if (mp_isdigit((unsigned char)*ch)) {
            const char *q = fp - 1;
            scan_number(&q);
            fp = q;
            ch = fp++;
        }
        if (*ch == 'l' || *ch == 'L' || *ch == 'h')
            ch = fp++;
        if (!(flags & SCAN_SUPPRESS) && nvars && objindex >= nvars)
            goto badindex;
        switch (*ch) {
        case 'n': case 'd': case 'D': case 'i': case 'o': case 'x': case 'X': case 'u':
        case 'f': case 'e': case 'E': case 'g': case 's': case 'c':
            break;
        case '[':
            if (*fp == '\0')
                goto badset;
            ch = fp++;
            if (*ch == '^') {
                if (*fp == '\0')
                    goto badset;
                ch = fp++;
            }
            if (*ch == ']') {
                if (*fp == '\0')
                    goto badset;
                ch = fp++;
            }
            while (*ch != ']') {
                if (*fp == '\0')
                    goto badset;
                ch = fp++;
            }
            break;
        badset:
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Unmatched [ in format string");
        default:
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Bad scan conversion character \"%c\"", *ch);
        }
        if (!(flags & SCAN_SUPPRESS)) {
            if (objindex >= cap) {
                int ncap = xpgsize ? xpgsize : cap + 16;
                if (ncap <= objindex)
                    ncap = objindex + 16;
                int *na = mp_alloc_atomic(vm, (size_t)ncap * sizeof *na);
                memset(na, 0, (size_t)ncap * sizeof *na);
                memcpy(na, nassign, (size_t)cap * sizeof *na);
                nassign = na;
                cap = ncap;
            }
            nassign[objindex]++;
            objindex++;
        }
    }
    if (nvars == 0)
        nvars = xpgsize ? xpgsize : objindex;
    *total = nvars;
    for (int i = 0; i < nvars; i++) {
        int n = i < cap ? nassign[i] : 0;
        if (n > 1)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Variable is assigned by multiple \"%%n$\" conversion specifiers");
        if (!xpgsize && n == 0)
            mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Variable is not assigned by any conversion specifiers");
    }
    return 0;
badindex:
    if (gotxpg)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "\"%%n$\" argument index out of range");
    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Different numbers of variable names and field specifiers");
}

/* Is C in the %[...] set starting at SET (after '['); *end gets the byte after ']'. */
static int scan_in_set(const char *set, unsigned char c, const char **end)
{
    const char *p = set;
    int exclude = 0, hit = 0;
    if (*p == '^') {
        exclude = 1;
        p++;
    }
    unsigned char start = (unsigned char)*p;
    if (*p == ']' || *p == '-') {
        if ((unsigned char)*p == c)
            hit = 1;
        p++;
    }
    while (*p != ']') {
        if (p[1] == '-') {
            start = (unsigned char)*p;          /* maybe a range: decided at the '-' */
        } else if (*p == '-') {
            if (p[1] == ']') {
                if (c == start || c == '-')
                    hit = 1;
            } else {
                p++;
                unsigned char a = start, z = (unsigned char)*p;
                if (a > z) {
                    unsigned char t = a;
                    a = z;
                    z = t;
                }
                if (c >= a && c <= z)
                    hit = 1;
            }
        } else if ((unsigned char)*p == c) {
            hit = 1;
        }
        p++;
    }
    *end = p + 1;
    return exclude ? !hit : hit;
}

/* sscanf(string $string, string $format, mixed &...$vars): array|int|null */
static void bi_sscanf(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const char *base = argv[0].u.s->data, *string = base;
    const char *format = argv[1].u.s->data;
    int nvars = argc - 2, total = 0;
    mp_val *vars = argv + 2;
    scan_validate(vm, format, nvars, &total);
    mp_array *res = NULL;
    if (!nvars) {
        res = mp_array_new(vm, (uint32_t)total);
        for (int i = 0; i < total; i++)
            mp_array_append(vm, res, mp_v_null());
    }
    int objindex = 0, nconv = 0, underflow = 0;
#define STORE(v) do { mp_val v_ = (v); \
        if (nvars) { if (objindex < nvars) *mp_deref(&vars[objindex]) = v_; objindex++; } \
        else mp_array_set_int(vm, res, objindex++, v_); } while (0)
    while (*format) {
        const char *ch = format++;
        int flags = 0;
        size_t width;
        if (mp_isspace((unsigned char)*ch)) {
            while (mp_isspace((unsigned char)*string))
                string++;
            continue;
        }
        if (*ch != '%') {
        literal:
            if (*string == '\0') {
                underflow = 1;
                goto done;
            }
            if (*ch != *string++)
                goto done;
            continue;
        }
        ch = format++;
        if (*ch == '%')
            goto literal;
        if (*ch == '*') {
            flags |= SCAN_SUPPRESS;
            ch = format++;
        } else if (mp_isdigit((unsigned char)*ch)) {
            const char *q = format - 1;
            unsigned long value = scan_number(&q);
            if (*q == '$') {
                format = q + 1;
                ch = format++;
                objindex = (int)value - 1;
            }
        }
        if (mp_isdigit((unsigned char)*ch)) {
            const char *q = format - 1;
            width = scan_number(&q);
            format = q;
            ch = format++;
        } else {
            width = 0;
        }
        if (*ch == 'h' || *ch == 'l' || *ch == 'L')
            ch = format++;
        char op = 0;
        int base_n = 10;
        switch (*ch) {
        case 'n':
            if (!(flags & SCAN_SUPPRESS))
                STORE(mp_v_int(string - base));
            nconv++;
            continue;
        case 'd': case 'D': op = 'i'; base_n = 10; break;
        case 'i': op = 'i'; base_n = 0; break;
        case 'o': op = 'i'; base_n = 8; break;
        case 'x': case 'X': op = 'i'; base_n = 16; break;
        case 'u': op = 'i'; base_n = 10; flags |= SCAN_UNSIGNED; break;
        case 'f': case 'e': case 'E': case 'g': op = 'f'; break;
        case 's': op = 's'; break;
        case 'c':
            op = 's';
            flags |= SCAN_NOSKIP;
            if (width == 0)
                width = 1;
            break;
        case '[': op = '['; flags |= SCAN_NOSKIP; break;
        }
        if (*string == '\0') {
            underflow = 1;
            goto done;
        }
        if (!(flags & SCAN_NOSKIP)) {
            while (*string && mp_isspace((unsigned char)*string))
                string++;
            if (*string == '\0') {
                underflow = 1;
                goto done;
            }
        }
        switch (op) {
        case 's': {
            if (width == 0)
                width = (size_t)-1;
            const char *end = string;
            while (*end && !mp_isspace((unsigned char)*end)) {
                end++;
                if (--width == 0)
                    break;
            }
            if (!(flags & SCAN_SUPPRESS))
                STORE(mp_strv(vm, string, (size_t)(end - string)));
            string = end;
            break;
        }
        case '[': {
            if (width == 0)
                width = (size_t)-1;
            const char *end = string, *after;
            scan_in_set(format, 0, &after);
            while (*end && scan_in_set(format, (unsigned char)*end, &after)) {
                end++;
                if (--width == 0)
                    break;
            }
            format = after;
            if (string == end)
                goto done;
            if (!(flags & SCAN_SUPPRESS))
                STORE(mp_strv(vm, string, (size_t)(end - string)));
            string = end;
            break;
        }
        case 'i': {
            char buf[64], *end = buf;
            if (width == 0 || width > sizeof buf - 1)
                width = sizeof buf - 1;
            flags |= SCAN_SIGNOK | SCAN_NODIGITS | SCAN_NOZERO;
            for (; width > 0; width--) {
                char c = *string;
                int ok = 0;
                switch (c) {
                case '0':
                    if (base_n == 16)
                        flags |= SCAN_XOK;
                    if (base_n == 0) {
                        base_n = 8;
                        flags |= SCAN_XOK;
                    }
                    if (flags & SCAN_NOZERO)
                        flags &= ~(SCAN_SIGNOK | SCAN_NODIGITS | SCAN_NOZERO);
                    else
                        flags &= ~(SCAN_SIGNOK | SCAN_XOK | SCAN_NODIGITS);
                    ok = 1;
                    break;
                case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                    if (base_n == 0)
                        base_n = 10;
                    flags &= ~(SCAN_SIGNOK | SCAN_XOK | SCAN_NODIGITS);
                    ok = 1;
                    break;
                case '8': case '9':
                    if (base_n == 0)
                        base_n = 10;
                    if (base_n <= 8)
                        break;
                    flags &= ~(SCAN_SIGNOK | SCAN_XOK | SCAN_NODIGITS);
                    ok = 1;
                    break;
                case 'A': case 'B': case 'C': case 'D': case 'E': case 'F':
                case 'a': case 'b': case 'c': case 'd': case 'e': case 'f':
                    if (base_n <= 10)
                        break;
                    flags &= ~(SCAN_SIGNOK | SCAN_XOK | SCAN_NODIGITS);
                    ok = 1;
                    break;
                case '+': case '-':
                    if (flags & SCAN_SIGNOK) {
                        flags &= ~SCAN_SIGNOK;
                        ok = 1;
                    }
                    break;
                case 'x': case 'X':
                    if ((flags & SCAN_XOK) && end == buf + 1) {
                        base_n = 16;
                        flags &= ~SCAN_XOK;
                        ok = 1;
                    }
                    break;
                }
                if (!ok)
                    break;
                *end++ = *string++;
                if (*string == '\0')
                    break;
            }
            if (flags & SCAN_NODIGITS) {
                if (*string == '\0')
                    underflow = 1;
                goto done;
            } else if (end[-1] == 'x' || end[-1] == 'X') {
                end--;
                string--;
            }
            if (!(flags & SCAN_SUPPRESS)) {
                *end = '\0';
                if (flags & SCAN_UNSIGNED) {
                    uint64_t u = strtoull(buf, NULL, base_n);
                    if ((int64_t)u < 0)
                        STORE(mp_v_str(mp_str_printf(vm, "%llu", (unsigned long long)u)));
                    else
                        STORE(mp_v_int((int64_t)u));
                } else {
                    STORE(mp_v_int(strtoll(buf, NULL, base_n)));
                }
            }
            break;
        }
        case 'f': {
            char buf[64], *end = buf;
            if (width == 0 || width > sizeof buf - 1)
                width = sizeof buf - 1;
            flags |= SCAN_SIGNOK | SCAN_NODIGITS | SCAN_PTOK | SCAN_EXPOK;
            for (; width > 0; width--) {
                char c = *string;
                int ok = 0;
                if (mp_isdigit((unsigned char)c)) {
                    flags &= ~(SCAN_SIGNOK | SCAN_NODIGITS);
                    ok = 1;
                } else if (c == '+' || c == '-') {
                    if (flags & SCAN_SIGNOK) {
                        flags &= ~SCAN_SIGNOK;
                        ok = 1;
                    }
                } else if (c == '.') {
                    if (flags & SCAN_PTOK) {
                        flags &= ~(SCAN_SIGNOK | SCAN_PTOK);
                        ok = 1;
                    }
                } else if (c == 'e' || c == 'E') {
                    /* an exponent needs a digit before it */
                    if ((flags & (SCAN_NODIGITS | SCAN_EXPOK)) == SCAN_EXPOK) {
                        flags = (flags & ~(SCAN_EXPOK | SCAN_PTOK)) | SCAN_SIGNOK | SCAN_NODIGITS;
                        ok = 1;
                    }
                }
                if (!ok)
                    break;
                *end++ = *string++;
                if (*string == '\0')
                    break;
            }
            if (flags & SCAN_NODIGITS) {
                if (flags & SCAN_EXPOK) {
                    if (*string == '\0')
                        underflow = 1;
                    goto done;
                }
                /* a bad exponent: give back the 'e' and its sign */
                end--;
                string--;
                if (*end != 'e' && *end != 'E') {
                    end--;
                    string--;
                }
            }
            if (!(flags & SCAN_SUPPRESS)) {
                *end = '\0';
                STORE(mp_v_float(strtod(buf, NULL)));
            }
            break;
        }
        }
        nconv++;
    }
done:
#undef STORE
    if (underflow && nconv == 0) {
        *ret = nvars ? mp_v_int(-1) : mp_v_null();
        return;
    }
    *ret = nvars ? mp_v_int(nconv) : mp_v_arr(res);
}

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
static const mp_builtin rows[] = {
    { "base_convert", bi_base_convert, 3, 3, "sii", "num from_base to_base" },
    { "bindec", bi_bindec, 1, 1, "s", "binary_string" },
    { "decbin", bi_decbin, 1, 1, "i", "num" },
    { "dechex", bi_dechex, 1, 1, "i", "num" },
    { "decoct", bi_decoct, 1, 1, "i", "num" },
    { "hexdec", bi_hexdec, 1, 1, "s", "hex_string" },
    /* number_format(float $num, int $decimals = 0, ?string $decimal_separator = ".", ?string $thousands_separator = ","): string */
    { "number_format", bi_number_format, 1, 4, "fi?s?s", "num decimals decimal_separator thousands_separator", "0 '.' ','" },
    { "octdec", bi_octdec, 1, 1, "s", "octal_string" },
    { "printf", bi_printf, 1, -1, "sz*", "format values" },
    { "sprintf", bi_sprintf, 1, -1, "sz*", "format values" },
    /* sscanf(string $string, string $format, mixed &...$vars): array|int|null */
    { "sscanf", bi_sscanf, 2, -1, "ss&z*", "string format vars" },
    { "vprintf", bi_vprintf, 2, 2, "sa", "format values" },
    { "vsprintf", bi_vsprintf, 2, 2, "sa", "format values" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_format, rows);
