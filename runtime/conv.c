/* conv.c - PHP 8.2 conversions (bool/int/float/string), numeric strings,
 * float formatting (echo's precision=14 and var_dump's shortest round trip)
 * and the comparison rules behind ==, === and <=>. Pure functions: the only
 * side effect is the "Array to string conversion" warning in mp_to_str. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "value.h"
#include "gc.h"
#include "../vm/vmapi.h"
#include "error.h"

static inline int is_ws(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static inline int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* strtod on a validated decimal literal that need not be NUL-terminated. */
static double parse_decimal(const char *s, size_t n)
{
    char small[128];
    if (n < sizeof small) {
        memcpy(small, s, n);
        small[n] = '\0';
        return strtod(small, NULL);
    }
    char *tmp = malloc(n + 1);
    if (!tmp)
        return 0.0;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    double d = strtod(tmp, NULL);
    free(tmp);
    return d;
}

/* Numeric strings (Zend's _is_numeric_string_ex): optional leading and
 * trailing whitespace, optional sign, digits with optional '.', optional
 * exponent. Hex, octal and binary prefixes are not numeric. An integer that
 * does not fit in int64 becomes a float. */
static int numeric_ex(const char *s, size_t len, mp_val *out, int allow_errors, int *trailing, int *oflow)
{
    const char *p = s, *end = s + len;
    if (trailing)
        *trailing = 0;
    if (oflow)
        *oflow = 0;
    while (p < end && is_ws((unsigned char)*p))
        p++;
    const char *start = p;
    int neg = 0;
    if (p < end && (*p == '-' || *p == '+')) {
        neg = *p == '-';
        p++;
    }
    const char *digits = p;
    while (p < end && is_digit((unsigned char)*p))
        p++;
    size_t int_digits = (size_t)(p - digits);
    size_t frac_digits = 0;
    int is_float = 0;
    if (p < end && *p == '.') {
        const char *q = p + 1;
        while (q < end && is_digit((unsigned char)*q))
            q++;
        frac_digits = (size_t)(q - p - 1);
        if (int_digits + frac_digits > 0) {
            is_float = 1;
            p = q;
        }
    }
    if (int_digits + frac_digits == 0)
        return 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '-' || *q == '+'))
            q++;
        if (q < end && is_digit((unsigned char)*q)) {
            while (q < end && is_digit((unsigned char)*q))
                q++;
            is_float = 1;
            p = q;
        }
    }
    const char *num_end = p;
    while (p < end && is_ws((unsigned char)*p))
        p++;
    if (p != end) {
        if (!allow_errors)
            return 0;
        if (trailing)
            *trailing = 1;
    }
    if (!is_float) {
        uint64_t v = 0;
        int overflow = 0;
        for (const char *d = digits; d < num_end; d++) {
            unsigned dig = (unsigned)(*d - '0');
            if (v > (UINT64_MAX - dig) / 10) {
                overflow = 1;
                break;
            }
            v = v * 10 + dig;
        }
        if (!overflow && (neg ? v <= (uint64_t)INT64_MAX + 1 : v <= (uint64_t)INT64_MAX)) {
            if (out)
                *out = mp_v_int(neg ? (int64_t)(0 - v) : (int64_t)v);
            return MP_T_INT;
        }
        if (oflow)
            *oflow = neg ? -1 : 1;   /* an integer string beyond int64 */
    }
    if (out)
        *out = mp_v_float(parse_decimal(start, (size_t)(num_end - start)));
    return MP_T_FLOAT;
}

int mp_str_numeric(const char *s, size_t len, mp_val *out, int allow_errors, int *trailing)
{
    return numeric_ex(s, len, out, allow_errors, trailing, NULL);
}

/* ---- to bool / int / float ---- */

int mp_to_bool(mp_val v)
{
    switch (v.type) {
    case MP_T_TRUE:   return 1;
    case MP_T_INT:    return v.u.i != 0;
    case MP_T_FLOAT:  return v.u.d != 0.0;          /* NAN is true */
    case MP_T_STRING: return !(v.u.s->len == 0 || (v.u.s->len == 1 && v.u.s->data[0] == '0'));
    case MP_T_ARRAY:  return v.u.a->count != 0;
    case MP_T_OBJECT: return 1;                     /* OBJECT HOOK: no falsy objects in PHP 8 */
    case MP_T_RESOURCE: return 1;
    case MP_T_REF:    return mp_to_bool(v.u.r->val);
    default:          return 0;
    }
}

/* PHP 8.2 on 64-bit (zend_dval_to_lval): NAN/INF -> 0, out of range wraps
 * modulo 2^64: (int)1e20 === 7766279631452241920. */
int64_t mp_float_to_int(double d)
{
    if (!isfinite(d))
        return 0;
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return (int64_t)d;
    double two64 = 18446744073709551616.0;
    double m = fmod(d, two64);
    if (m < 0)
        m += two64;
    return m >= 9223372036854775808.0 ? (int64_t)(m - two64) : (int64_t)m;
}

/* Numeric strings saturate instead (zend_dval_to_lval_cap):
 * (int)"1e20" === PHP_INT_MAX, but (int)"1e400" === 0. */
static int64_t float_to_int_cap(double d)
{
    if (!isfinite(d))
        return 0;
    if (d >= 9223372036854775808.0)
        return INT64_MAX;
    if (d < -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)d;
}

int64_t mp_to_int(mp_vm *vm, mp_val v)
{
    (void)vm;
    switch (v.type) {
    case MP_T_TRUE:   return 1;
    case MP_T_INT:    return v.u.i;
    case MP_T_FLOAT:  return mp_float_to_int(v.u.d);
    case MP_T_STRING: {
        mp_val n;
        int t = mp_str_numeric(v.u.s->data, v.u.s->len, &n, 1, NULL);
        if (t == MP_T_INT)
            return n.u.i;
        if (t == MP_T_FLOAT)
            return float_to_int_cap(n.u.d);
        return 0;
    }
    case MP_T_ARRAY:  return v.u.a->count != 0;
    case MP_T_OBJECT:
        mp_error(vm, MP_E_WARNING, "Object of class %s could not be converted to int", mp_object_class_name(v.u.o));
        return 1;
    case MP_T_RESOURCE: return v.u.res->id;
    case MP_T_REF:    return mp_to_int(vm, v.u.r->val);
    default:          return 0;
    }
}

double mp_to_float(mp_vm *vm, mp_val v)
{
    switch (v.type) {
    case MP_T_TRUE:   return 1.0;
    case MP_T_INT:    return (double)v.u.i;
    case MP_T_FLOAT:  return v.u.d;
    case MP_T_STRING: {
        mp_val n;
        int t = mp_str_numeric(v.u.s->data, v.u.s->len, &n, 1, NULL);
        if (t == MP_T_INT && n.u.i == 0) {
            /* "-0" is -0.0: PHP converts numeric strings to float with strtod */
            const char *p = v.u.s->data;
            while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\v' || *p == '\f') p++;
            return *p == '-' ? -0.0 : 0.0;
        }
        if (t == MP_T_INT)
            return (double)n.u.i;
        if (t == MP_T_FLOAT)
            return n.u.d;
        return 0.0;
    }
    case MP_T_ARRAY:  return v.u.a->count != 0;
    case MP_T_OBJECT:
        mp_error(vm, MP_E_WARNING, "Object of class %s could not be converted to float", mp_object_class_name(v.u.o));
        return 1.0;
    case MP_T_RESOURCE: return (double)v.u.res->id;
    case MP_T_REF:    return mp_to_float(vm, v.u.r->val);
    default:          return 0.0;
    }
}

/* ---- float formatting ---- */

/* Decimal digits of |d| (no trailing zeros) and the decimal point position:
 * d = 0.DIGITS * 10^decpt. NDIG significant digits, correctly rounded. */
int mp_float_digits(double d, int ndig, char *digits, int *decpt)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%.*e", ndig - 1, fabs(d));
    /* tmp: D.DDDDe[+-]XX */
    int n = 0;
    const char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[n++] = *p;
    int exp10 = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    *decpt = exp10 + 1;
    return n;
}

/* Shortest digits that read back as d (like dtoa mode 0): the smallest
 * precision whose correctly rounded form round-trips. Round-tripping is
 * monotonic in the precision, so a binary search over 1..17 suffices. */
static int float_shortest(double d, char *digits, int *decpt)
{
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
    return mp_float_digits(d, lo, digits, decpt);
}

/* Layout as PHP's zend_gcvt: exponent form when decpt > ndigit or the value
 * is below 1e-4 ("1.0E+25", "1.5E-7"), else plain ("0.0001", "123.5"). */
static size_t float_layout(int neg, const char *digits, int nd, int decpt, int ndigit, char *buf)
{
    char *o = buf;
    if (neg)
        *o++ = '-';
    if (decpt > ndigit || decpt < -3) {
        int e = decpt - 1;
        *o++ = digits[0];
        *o++ = '.';
        if (nd == 1) {
            *o++ = '0';
        } else {
            memcpy(o, digits + 1, (size_t)nd - 1);
            o += nd - 1;
        }
        *o++ = 'E';
        *o++ = e < 0 ? '-' : '+';
        o += sprintf(o, "%d", e < 0 ? -e : e);
    } else if (decpt <= 0) {
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
            *o++ = '.';
            memcpy(o, digits + decpt, (size_t)(nd - decpt));
            o += nd - decpt;
        }
    }
    *o = '\0';
    return (size_t)(o - buf);
}

static size_t float_special(double d, char *buf)
{
    const char *s = isnan(d) ? "NAN" : d > 0 ? "INF" : "-INF";
    strcpy(buf, s);
    return strlen(s);
}

size_t mp_float_fmt(double d, int precision, char *buf)
{
    if (!isfinite(d))
        return float_special(d, buf);
    if (precision < 0)
        return mp_float_repr(d, buf);
    if (precision == 0)
        precision = 1;
    if (precision > 40)
        precision = 40;
    if (d == 0.0) {
        /* "-0" for negative zero, as PHP prints it */
        return float_layout(signbit(d) != 0, "0", 1, 1, precision, buf);
    }
    char digits[64];
    int decpt;
    int nd = mp_float_digits(d, precision, digits, &decpt);
    return float_layout(d < 0, digits, nd, decpt, precision, buf);
}

size_t mp_float_repr(double d, char *buf)
{
    if (!isfinite(d))
        return float_special(d, buf);
    if (d == 0.0)
        return float_layout(signbit(d) != 0, "0", 1, 1, 17, buf);
    char digits[64];
    int decpt;
    int nd = float_shortest(d, digits, &decpt);
    /* serialize_precision = -1 uses zend_gcvt with ndigit 17:
     * 1.0E+16 prints as 10000000000000000, 1.0E+17 in exponent form. */
    return float_layout(d < 0, digits, nd, decpt, 17, buf);
}

size_t mp_float_gcvt(double d, int precision, char *buf)
{
    if (precision != 0 || !isfinite(d))
        return mp_float_fmt(d, precision, buf);
    /* zend_gcvt(d, 0): one digit, and every value >= 1 in exponent form */
    if (d == 0.0)
        return float_layout(signbit(d) != 0, "0", 1, 1, 0, buf);
    char digits[64];
    int decpt;
    int nd = mp_float_digits(d, 1, digits, &decpt);
    return float_layout(d < 0, digits, nd, decpt, 0, buf);
}

/* ---- to string ---- */

static mp_str *int_to_str(mp_vm *vm, int64_t i)
{
    if (i >= 0 && i < 10)
        return mp_str_char((unsigned char)('0' + i));
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0)
        *--p = '-';
    return mp_str_new(vm, p, (size_t)(tmp + sizeof tmp - p));
}

mp_str *mp_to_str(mp_vm *vm, mp_val v)
{
    switch (v.type) {
    case MP_T_STRING: return v.u.s;
    case MP_T_INT:    return int_to_str(vm, v.u.i);
    case MP_T_TRUE:   return mp_str_char('1');
    case MP_T_FLOAT: {
        /* precision=14 (php.ini default; minphp does not read the ini here) */
        char buf[64];
        size_t n = mp_float_fmt(v.u.d, mp_precision(vm), buf);
        return mp_str_new(vm, buf, n);
    }
    case MP_T_ARRAY:
        mp_error(vm, MP_E_WARNING, "Array to string conversion");
        return mp_str_new(vm, "Array", 5);
    case MP_T_OBJECT:
        return mp_object_string(vm, v.u.o);
    case MP_T_RESOURCE: return mp_str_printf(vm, "Resource id #%lld", (long long)v.u.res->id);
    case MP_T_REF:    return mp_to_str(vm, v.u.r->val);
    default:          return mp_str_empty();
    }
}

/* ---- comparison ---- */

#define MAX_DEPTH 256

static int cmp_depth(mp_vm *vm, mp_val a, mp_val b, int depth);

static inline int three_way_d(double a, double b)
{
    /* ZEND_THREEWAY_COMPARE: NAN compares as "greater" (1) both ways */
    return a == b ? 0 : (a < b ? -1 : 1);
}

static inline int three_way_i(int64_t a, int64_t b)
{
    return a == b ? 0 : (a < b ? -1 : 1);
}

static int bytes_cmp(const mp_str *a, const mp_str *b)
{
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->data, b->data, n);
    if (c)
        return c < 0 ? -1 : 1;
    return a->len == b->len ? 0 : (a->len < b->len ? -1 : 1);
}

/* Two strings: numerically when both are numeric ("10" > "9"), else bytewise
 * (Zend's zendi_smart_strcmp, including its care for integer overflow). */
static int str_cmp(const mp_str *a, const mp_str *b)
{
    mp_val x, y;
    int oa, ob;
    int ta = numeric_ex(a->data, a->len, &x, 0, NULL, &oa);
    int tb = ta ? numeric_ex(b->data, b->len, &y, 0, NULL, &ob) : 0;
    if (!ta || !tb)
        return bytes_cmp(a, b);
    if (ta == MP_T_INT && tb == MP_T_INT)
        return three_way_i(x.u.i, y.u.i);
    if (oa && oa == ob && x.u.d - y.u.d == 0.0)
        return bytes_cmp(a, b);   /* both overflowed alike: numbers would be inaccurate */
    double dx, dy;
    if (ta != MP_T_FLOAT) {
        if (ob)
            return -ob;
        dx = (double)x.u.i;
        dy = y.u.d;
    } else if (tb != MP_T_FLOAT) {
        if (oa)
            return oa;
        dx = x.u.d;
        dy = (double)y.u.i;
    } else {
        dx = x.u.d;
        dy = y.u.d;
        if (dx == dy && !isfinite(dx))
            return bytes_cmp(a, b);
    }
    double diff = dx - dy;
    return diff > 0 ? 1 : (diff < 0 ? -1 : 0);
}

static int str_eq(const mp_str *a, const mp_str *b)
{
    if (a == b)
        return 1;
    /* a string starting above '9' cannot be numeric: plain byte equality */
    if ((a->len && (unsigned char)a->data[0] > '9') || (b->len && (unsigned char)b->data[0] > '9'))
        return mp_str_eq(a, b);
    return str_cmp(a, b) == 0;
}

/* int or float against a string (PHP 8): numerically if the string is
 * numeric, else the number as a string against the string. */
static int num_str_cmp(mp_vm *vm, mp_val n, const mp_str *s)
{
    mp_val x;
    int t = mp_str_numeric(s->data, s->len, &x, 0, NULL);
    if (t) {
        if (n.type == MP_T_INT && t == MP_T_INT)
            return three_way_i(n.u.i, x.u.i);
        double dn = n.type == MP_T_INT ? (double)n.u.i : n.u.d;
        double dx = t == MP_T_INT ? (double)x.u.i : x.u.d;
        return three_way_d(dn, dx);
    }
    return bytes_cmp(mp_to_str(vm, n), s);
}

static int arr_cmp(mp_vm *vm, const mp_array *a, const mp_array *b, int depth)
{
    if (a == b)
        return 0;
    if (a->count != b->count)
        return a->count < b->count ? -1 : 1;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        mp_val *w = mp_array_find(b, k);
        if (!w)
            return 1;   /* uncomparable */
        int c = cmp_depth(vm, *mp_deref(v), *mp_deref(w), depth + 1);
        if (c)
            return c;
    }
    return 0;
}

static int is_nullish(int t)
{
    return t == MP_T_NULL || t == MP_T_UNDEF || t == MP_T_FALSE;
}

static int cmp_depth(mp_vm *vm, mp_val a, mp_val b, int depth)
{
    if (depth > MAX_DEPTH)
        mp_error(vm, MP_E_ERROR, "Nesting level too deep - recursive dependency?");
    if (a.type == MP_T_REF)
        a = a.u.r->val;
    if (b.type == MP_T_REF)
        b = b.u.r->val;
    int ta = a.type == MP_T_UNDEF ? MP_T_NULL : a.type;
    int tb = b.type == MP_T_UNDEF ? MP_T_NULL : b.type;
    switch (ta * 16 + tb) {
    case MP_T_INT * 16 + MP_T_INT:       return three_way_i(a.u.i, b.u.i);
    case MP_T_INT * 16 + MP_T_FLOAT:     return three_way_d((double)a.u.i, b.u.d);
    case MP_T_FLOAT * 16 + MP_T_INT:     return three_way_d(a.u.d, (double)b.u.i);
    case MP_T_FLOAT * 16 + MP_T_FLOAT:   return three_way_d(a.u.d, b.u.d);
    case MP_T_STRING * 16 + MP_T_STRING: return a.u.s == b.u.s ? 0 : str_cmp(a.u.s, b.u.s);
    case MP_T_ARRAY * 16 + MP_T_ARRAY:   return arr_cmp(vm, a.u.a, b.u.a, depth);
    case MP_T_NULL * 16 + MP_T_NULL:     return 0;
    case MP_T_NULL * 16 + MP_T_STRING:   return b.u.s->len == 0 ? 0 : -1;   /* null is "" */
    case MP_T_STRING * 16 + MP_T_NULL:   return a.u.s->len == 0 ? 0 : 1;
    case MP_T_INT * 16 + MP_T_STRING:
    case MP_T_FLOAT * 16 + MP_T_STRING:  return num_str_cmp(vm, a, b.u.s);
    case MP_T_STRING * 16 + MP_T_INT:
    case MP_T_STRING * 16 + MP_T_FLOAT:  return -num_str_cmp(vm, b, a.u.s);
    default:
        break;
    }
    /* null/bool against anything else: both sides as bools */
    if (is_nullish(ta))
        return mp_to_bool(b) ? -1 : 0;
    if (ta == MP_T_TRUE)
        return mp_to_bool(b) ? 0 : 1;
    if (is_nullish(tb))
        return mp_to_bool(a) ? 1 : 0;
    if (tb == MP_T_TRUE)
        return mp_to_bool(a) ? 0 : -1;
    /* a resource compares as its id */
    if (ta == MP_T_RESOURCE && tb != MP_T_ARRAY && tb != MP_T_OBJECT)
        return cmp_depth(vm, mp_v_int(a.u.res->id), b, depth);
    if (tb == MP_T_RESOURCE && ta != MP_T_ARRAY && ta != MP_T_OBJECT)
        return cmp_depth(vm, a, mp_v_int(b.u.res->id), depth);
    if (ta == MP_T_OBJECT || tb == MP_T_OBJECT) {
        /* enum cases compare only by identity */
        if ((ta == MP_T_OBJECT && mp_object_is_enum(a.u.o)) || (tb == MP_T_OBJECT && mp_object_is_enum(b.u.o)))
            return ta == tb && a.u.o == b.u.o ? 0 : 1;
        if (ta == tb) {
            int unc = 0;
            int r = mp_object_compare(vm, a.u.o, b.u.o, &unc);
            return unc ? 1 : r;
        }
        /* an object against a string compares its __toString() */
        if (ta == MP_T_STRING || tb == MP_T_STRING) {
            mp_str *sa = mp_to_str(vm, a), *sb = mp_to_str(vm, b);
            int c = strcmp(sa->data, sb->data);
            return c < 0 ? -1 : c > 0;
        }
        /* against a number: the object counts as 1, with PHP's notice */
        if (ta == MP_T_INT || ta == MP_T_FLOAT || tb == MP_T_INT || tb == MP_T_FLOAT) {
            mp_val o = ta == MP_T_OBJECT ? a : b, n = ta == MP_T_OBJECT ? b : a;
            mp_error(vm, MP_E_NOTICE, "Object of class %s could not be converted to %s", mp_object_class_name(o.u.o),
                     n.type == MP_T_INT ? "int" : "float");
            mp_val one = n.type == MP_T_INT ? mp_v_int(1) : mp_v_float(1.0);
            return ta == MP_T_OBJECT ? cmp_depth(vm, one, n, depth) : cmp_depth(vm, n, one, depth);
        }
        return ta == MP_T_OBJECT ? 1 : -1;
    }
    /* an array is greater than any scalar */
    if (ta == MP_T_ARRAY)
        return 1;
    if (tb == MP_T_ARRAY)
        return -1;
    return 1;
}

int mp_compare(mp_vm *vm, mp_val a, mp_val b)
{
    return cmp_depth(vm, a, b, 0);
}

int mp_loose_eq(mp_vm *vm, mp_val a, mp_val b)
{
    if (a.type == MP_T_REF)
        a = a.u.r->val;
    if (b.type == MP_T_REF)
        b = b.u.r->val;
    if (a.type == b.type) {
        switch (a.type) {
        case MP_T_INT:    return a.u.i == b.u.i;
        case MP_T_FLOAT:  return a.u.d == b.u.d;
        case MP_T_STRING: return str_eq(a.u.s, b.u.s);
        case MP_T_NULL: case MP_T_UNDEF: case MP_T_TRUE: case MP_T_FALSE: return 1;
        default: break;
        }
    }
    return cmp_depth(vm, a, b, 0) == 0;
}

static int strict_depth(mp_val a, mp_val b, int depth);

static int arr_identical(const mp_array *a, const mp_array *b, int depth)
{
    if (a == b)
        return 1;
    if (a->count != b->count)
        return 0;
    uint32_t pa = 0, pb = 0;
    mp_key ka, kb;
    mp_val *va, *vb;
    while (mp_array_next(a, &pa, &ka, &va)) {
        if (!mp_array_next(b, &pb, &kb, &vb))
            return 0;
        if (ka.s ? !(kb.s && mp_str_eq(ka.s, kb.s)) : (kb.s || ka.i != kb.i))
            return 0;
        if (!strict_depth(*va, *vb, depth + 1))
            return 0;
    }
    return 1;
}

static int strict_depth(mp_val a, mp_val b, int depth)
{
    if (a.type == MP_T_REF)
        a = a.u.r->val;
    if (b.type == MP_T_REF)
        b = b.u.r->val;
    if (a.type != b.type)
        return (a.type == MP_T_UNDEF || a.type == MP_T_NULL) && (b.type == MP_T_UNDEF || b.type == MP_T_NULL);
    switch (a.type) {
    case MP_T_INT:    return a.u.i == b.u.i;
    case MP_T_FLOAT:  return a.u.d == b.u.d;
    case MP_T_STRING: return mp_str_eq(a.u.s, b.u.s);
    case MP_T_ARRAY:  return depth < MAX_DEPTH && arr_identical(a.u.a, b.u.a, depth);
    case MP_T_OBJECT: return a.u.o == b.u.o;
    case MP_T_RESOURCE: return a.u.res == b.u.res;
    default:          return 1;
    }
}

int mp_strict_eq(mp_val a, mp_val b)
{
    return strict_depth(a, b, 0);
}

/* ---- type names ---- */

const char *mp_type_name(mp_val v)
{
    switch (v.type) {
    case MP_T_FALSE: case MP_T_TRUE: return "boolean";
    case MP_T_INT:    return "integer";
    case MP_T_FLOAT:  return "double";
    case MP_T_STRING: return "string";
    case MP_T_ARRAY:  return "array";
    case MP_T_OBJECT: return "object";
    case MP_T_RESOURCE: return v.u.res->kind ? "resource" : "resource (closed)";
    case MP_T_REF:    return mp_type_name(v.u.r->val);
    default:          return "NULL";
    }
}

const char *mp_debug_type(mp_val v)
{
    switch (v.type) {
    case MP_T_FALSE: case MP_T_TRUE: return "bool";
    case MP_T_INT:    return "int";
    case MP_T_FLOAT:  return "float";
    case MP_T_STRING: return "string";
    case MP_T_ARRAY:  return "array";
    case MP_T_OBJECT: return mp_object_class_name(v.u.o);
    case MP_T_RESOURCE: return "resource";
    case MP_T_REF:    return mp_debug_type(v.u.r->val);
    default:          return "null";
    }
}
