/* ops.c - PHP 8.2 operators on values: arithmetic with int overflow to
 * float, string operands, bitwise ops on strings, ++/-- (incl. "Az"++) and
 * casts. Used by the VM's slow paths and by compile-time folding (vm NULL:
 * the compiler only folds operands that cannot warn or throw). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "vm.h"

static const char *opname(int op)
{
    switch (op) {
    case OP_ADD: return "+"; case OP_SUB: return "-"; case OP_MUL: return "*";
    case OP_DIV: return "/"; case OP_MOD: return "%"; case OP_POW: return "**";
    case OP_SHL: return "<<"; case OP_SHR: return ">>"; case OP_BAND: return "&";
    case OP_BOR: return "|"; case OP_BXOR: return "^";
    }
    return "?";
}

static void __attribute__((noreturn)) unsupported(mp_vm *vm, int op, mp_val a, mp_val b)
{
    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Unsupported operand types: %s %s %s",
                mp_debug_type(a), opname(op), mp_debug_type(b));
}

/* Convert an arithmetic operand to int or float (PHP's zendi_try_convert_scalar_to_number). */
static int to_number(mp_vm *vm, mp_val v, mp_val *out)
{
    switch (v.type) {
    case MP_T_INT: case MP_T_FLOAT: *out = v; return 1;
    case MP_T_NULL: case MP_T_UNDEF: case MP_T_FALSE: *out = mp_v_int(0); return 1;
    case MP_T_TRUE: *out = mp_v_int(1); return 1;
    case MP_T_STRING: {
        int trailing = 0;
        int t = mp_str_numeric(v.u.s->data, v.u.s->len, out, 1, &trailing);
        if (!t) return 0;
        if (trailing) mp_error(vm, MP_E_WARNING, "A non-numeric value encountered");
        return 1;
    }
    case MP_T_REF: return to_number(vm, v.u.r->val, out);
    }
    return 0;
}

/* Integer operand of %, <<, >>, &, |, ^ (zendi_try_get_long): floats with a
 * fractional part or out of range are deprecated conversions. */
int mp_to_long_op(mp_vm *vm, mp_val v, int64_t *out)
{
    mp_val n;
    if (v.type == MP_T_FLOAT || v.type == MP_T_STRING) {
        if (!to_number(vm, v, &n)) return 0;
        if (n.type == MP_T_FLOAT) {
            double d = n.u.d;
            if (!isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) {
                if (v.type == MP_T_STRING) {
                    /* a float-string saturates (ZEND_STRTOL), a float wraps */
                    if (vm) mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float-string \"%s\" to int loses precision", v.u.s->data);
                    *out = d > 0 ? INT64_MAX : INT64_MIN;
                    return 1;
                }
                if (vm) {
                    char buf[64];
                    mp_float_repr(d, buf);
                    mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
                }
                *out = mp_to_int(vm, mp_v_float(d));   /* modular, as PHP on 64-bit */
                return 1;
            }
            int64_t i = (int64_t)d;
            if ((double)i != d && vm) {
                if (v.type == MP_T_STRING)
                    mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float-string \"%s\" to int loses precision", v.u.s->data);
                else {
                    char buf[64];
                    mp_float_repr(d, buf);
                    mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
                }
            }
            *out = i;
            return 1;
        }
        *out = n.u.i;
        return 1;
    }
    if (!to_number(vm, v, &n)) return 0;
    *out = n.u.i;
    return 1;
}

static mp_val str_bitwise(mp_vm *vm, int op, mp_str *a, mp_str *b)
{
    size_t n = op == OP_BAND ? (a->len < b->len ? a->len : b->len) : (a->len > b->len ? a->len : b->len);
    mp_str *r = mp_str_alloc(vm, n);
    for (size_t i = 0; i < n; i++) {
        unsigned char x = i < a->len ? (unsigned char)a->data[i] : 0;
        unsigned char y = i < b->len ? (unsigned char)b->data[i] : 0;
        if (op == OP_BAND) r->data[i] = (char)(x & y);
        else if (op == OP_BOR) r->data[i] = (char)((i < a->len && i < b->len) ? (x | y) : (i < a->len ? x : y));
        else r->data[i] = (char)(x ^ y);
    }
    if (op == OP_BXOR) { r->len = a->len < b->len ? a->len : b->len; r->data[r->len] = 0; }
    return mp_v_str(r);
}

static double php_pow(double a, double b) { return pow(a, b); }

/* Decimal digits of i into buf (>= 21 bytes, not NUL-terminated); returns the length. */
size_t mp_fmt_int(char *buf, int64_t i)
{
    /* two digits per division ("key" . $i in loops formats a lot of ints) */
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char tmp[24];
    char *p = tmp + sizeof tmp;
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    while (u >= 100) {
        unsigned d = (unsigned)(u % 100) * 2;
        u /= 100;
        *--p = pairs[d + 1];
        *--p = pairs[d];
    }
    if (u >= 10) {
        *--p = pairs[u * 2 + 1];
        *--p = pairs[u * 2];
    } else {
        *--p = (char)('0' + u);
    }
    if (i < 0) *--p = '-';
    size_t n = (size_t)(tmp + sizeof tmp - p);
    memcpy(buf, p, n);
    return n;
}

/* The bytes of a value as a string operand: strings as they are, ints and
 * floats formatted into BUF (no allocation), the rest through mp_to_str. */
static const char *str_bytes(mp_vm *vm, mp_val v, char *buf, size_t *len)
{
    switch (v.type) {
    case MP_T_STRING: *len = v.u.s->len; return v.u.s->data;
    case MP_T_INT: *len = mp_fmt_int(buf, v.u.i); return buf;
    case MP_T_FLOAT: *len = mp_float_fmt(v.u.d, mp_precision(vm), buf); return buf;
    default: { mp_str *s = mp_to_str(vm, v); *len = s->len; return s->data; }
    }
}

/* a . b in one allocation. */
mp_str *mp_concat_vals(mp_vm *vm, mp_val a, mp_val b)
{
    char ba[64], bb[64];
    size_t la, lb;
    if (a.type == MP_T_REF) a = a.u.r->val;
    if (b.type == MP_T_REF) b = b.u.r->val;
    if (a.type == MP_T_STRING && b.type == MP_T_INT) {
        /* "key" . $i: the int has at least one digit, so neither side is
         * empty and the result is always a new string */
        lb = mp_fmt_int(bb, b.u.i);
        la = a.u.s->len;
        mp_str *r = mp_str_alloc(vm, la + lb);
        memcpy(r->data, a.u.s->data, la);
        memcpy(r->data + la, bb, lb);
        return r;
    }
    const char *pa = str_bytes(vm, a, ba, &la);
    const char *pb = str_bytes(vm, b, bb, &lb);
    /* an empty side: the other string itself, now held twice (copy-on-write) */
    if (lb == 0 && a.type == MP_T_STRING) { mp_val_share(a); return a.u.s; }
    if (la == 0 && b.type == MP_T_STRING) { mp_val_share(b); return b.u.s; }
    mp_str *r = mp_str_alloc(vm, la + lb);
    memcpy(r->data, pa, la);
    memcpy(r->data + la, pb, lb);
    return r;
}

int mp_binary_op(mp_vm *vm, int op, mp_val a, mp_val b, mp_val *out)
{
    if (a.type == MP_T_REF) a = a.u.r->val;
    if (b.type == MP_T_REF) b = b.u.r->val;
    switch (op) {
    case OP_CONCAT:
        *out = mp_v_str(mp_concat_vals(vm, a, b));
        return 1;
    case OP_EQ: *out = mp_v_bool(mp_loose_eq(vm, a, b)); return 1;
    case OP_NE: *out = mp_v_bool(!mp_loose_eq(vm, a, b)); return 1;
    case OP_IDENT: *out = mp_v_bool(mp_strict_eq(a, b)); return 1;
    case OP_NIDENT: *out = mp_v_bool(!mp_strict_eq(a, b)); return 1;
    case OP_LT: *out = mp_v_bool(mp_compare(vm, a, b) < 0); return 1;
    case OP_LE: *out = mp_v_bool(mp_compare(vm, a, b) <= 0); return 1;
    case OP_GT: *out = mp_v_bool(mp_compare(vm, b, a) < 0); return 1;
    case OP_GE: *out = mp_v_bool(mp_compare(vm, b, a) <= 0); return 1;
    case OP_CMP: *out = mp_v_int(mp_compare(vm, a, b)); return 1;
    case OP_LXOR: *out = mp_v_bool(mp_to_bool(a) ^ mp_to_bool(b)); return 1;
    }
    if (op == OP_ADD && a.type == MP_T_ARRAY && b.type == MP_T_ARRAY) {
        /* array union: keys of b missing from a are appended */
        mp_array *r = mp_array_copy(vm, a.u.a);
        mp_key k; mp_val *v;
        for (uint32_t pos = 0; mp_array_next(b.u.a, &pos, &k, &v); ) {
            if (!mp_array_find(r, k)) {
                mp_val e = *v;
                if (e.type != MP_T_REF) mp_val_share(e);
                mp_array_set(vm, r, k, e);
            }
        }
        *out = mp_v_arr(r);
        return 1;
    }
    if ((op == OP_BAND || op == OP_BOR || op == OP_BXOR) && a.type == MP_T_STRING && b.type == MP_T_STRING) {
        *out = str_bitwise(vm, op, a.u.s, b.u.s);
        return 1;
    }
    if (op == OP_MOD || op == OP_SHL || op == OP_SHR || op == OP_BAND || op == OP_BOR || op == OP_BXOR) {
        int64_t x, y;
        if (a.type == MP_T_ARRAY || a.type == MP_T_OBJECT) unsupported(vm, op, a, b);
        if (!mp_to_long_op(vm, a, &x)) unsupported(vm, op, a, b);
        if (b.type == MP_T_ARRAY || b.type == MP_T_OBJECT || !mp_to_long_op(vm, b, &y)) unsupported(vm, op, a, b);
        switch (op) {
        case OP_MOD:
            if (y == 0) mp_throw_ex(vm, MP_EX_DIVISION_BY_ZERO_ERROR, "Modulo by zero");
            *out = mp_v_int(y == -1 ? 0 : x % y);
            return 1;
        case OP_SHL:
            if (y < 0) mp_throw_ex(vm, MP_EX_ARITHMETIC_ERROR, "Bit shift by negative number");
            *out = mp_v_int(y >= 64 ? 0 : (int64_t)((uint64_t)x << y));
            return 1;
        case OP_SHR:
            if (y < 0) mp_throw_ex(vm, MP_EX_ARITHMETIC_ERROR, "Bit shift by negative number");
            *out = mp_v_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
            return 1;
        case OP_BAND: *out = mp_v_int(x & y); return 1;
        case OP_BOR: *out = mp_v_int(x | y); return 1;
        default: *out = mp_v_int(x ^ y); return 1;
        }
    }
    mp_val x, y;
    if (a.type == MP_T_ARRAY || a.type == MP_T_OBJECT) unsupported(vm, op, a, b);
    if (b.type == MP_T_ARRAY || b.type == MP_T_OBJECT) { to_number(vm, a, &x); unsupported(vm, op, a, b); }
    /* left operand first: its warning comes before a TypeError for the right one */
    if (!to_number(vm, a, &x) || !to_number(vm, b, &y)) unsupported(vm, op, a, b);
    if (x.type == MP_T_INT && y.type == MP_T_INT) {
        int64_t r;
        switch (op) {
        case OP_ADD:
            if (!__builtin_add_overflow(x.u.i, y.u.i, &r)) { *out = mp_v_int(r); return 1; }
            *out = mp_v_float((double)x.u.i + (double)y.u.i); return 1;
        case OP_SUB:
            if (!__builtin_sub_overflow(x.u.i, y.u.i, &r)) { *out = mp_v_int(r); return 1; }
            *out = mp_v_float((double)x.u.i - (double)y.u.i); return 1;
        case OP_MUL:
            if (!__builtin_mul_overflow(x.u.i, y.u.i, &r)) { *out = mp_v_int(r); return 1; }
            *out = mp_v_float((double)x.u.i * (double)y.u.i); return 1;
        case OP_DIV:
            if (y.u.i == 0) mp_throw_ex(vm, MP_EX_DIVISION_BY_ZERO_ERROR, "Division by zero");
            if (y.u.i == -1 && x.u.i == INT64_MIN) { *out = mp_v_float(-(double)INT64_MIN); return 1; }
            if (x.u.i % y.u.i == 0) { *out = mp_v_int(x.u.i / y.u.i); return 1; }
            *out = mp_v_float((double)x.u.i / (double)y.u.i); return 1;
        case OP_POW:
            if (y.u.i >= 0) {
                /* square and multiply in ints; on overflow finish in floats
                 * from where it stopped, so the sign of an odd power survives */
                int64_t acc = 1, base = x.u.i, e = y.u.i, t;
                while (e >= 1) {
                    if (e % 2) {
                        e--;
                        if (__builtin_mul_overflow(acc, base, &t)) { *out = mp_v_float((double)acc * (double)base * php_pow((double)base, (double)e)); return 1; }
                        acc = t;
                    } else {
                        e /= 2;
                        if (__builtin_mul_overflow(base, base, &t)) { *out = mp_v_float((double)acc * php_pow((double)base * (double)base, (double)e)); return 1; }
                        base = t;
                    }
                }
                *out = mp_v_int(acc);
                return 1;
            }
            *out = mp_v_float(php_pow((double)x.u.i, (double)y.u.i));
            return 1;
        }
    }
    double dx = x.type == MP_T_INT ? (double)x.u.i : x.u.d;
    double dy = y.type == MP_T_INT ? (double)y.u.i : y.u.d;
    switch (op) {
    case OP_ADD: *out = mp_v_float(dx + dy); return 1;
    case OP_SUB: *out = mp_v_float(dx - dy); return 1;
    case OP_MUL: *out = mp_v_float(dx * dy); return 1;
    case OP_DIV:
        if (dy == 0) mp_throw_ex(vm, MP_EX_DIVISION_BY_ZERO_ERROR, "Division by zero");
        *out = mp_v_float(dx / dy); return 1;
    case OP_POW: *out = mp_v_float(php_pow(dx, dy)); return 1;
    }
    return 0;
}

void mp_pow(mp_vm *vm, mp_val a, mp_val b, mp_val *out)
{
    mp_binary_op(vm, OP_POW, a, b, out);
}

/* "a"++ -> "b", "Az"++ -> "Ba", "zz"++ -> "aaa", "a9"++ -> "b0". */
static mp_str *str_increment(mp_vm *vm, const mp_str *s)
{
    mp_str *r = mp_str_new(vm, s->data, s->len);
    long i = (long)r->len - 1;
    int carry = 1;
    char last = 0;
    while (i >= 0 && carry) {
        char ch = r->data[i];
        if (ch >= 'a' && ch <= 'z') { last = 'a'; if (ch == 'z') { r->data[i] = 'a'; } else { r->data[i]++; carry = 0; } }
        else if (ch >= 'A' && ch <= 'Z') { last = 'A'; if (ch == 'Z') { r->data[i] = 'A'; } else { r->data[i]++; carry = 0; } }
        else if (ch >= '0' && ch <= '9') { last = '1'; if (ch == '9') { r->data[i] = '0'; } else { r->data[i]++; carry = 0; } }
        else { carry = 0; break; }
        i--;
    }
    if (carry && i < 0) {
        mp_str *g = mp_str_alloc(vm, r->len + 1);
        g->data[0] = last;
        memcpy(g->data + 1, r->data, r->len);
        return g;
    }
    return r;
}

void mp_incdec(mp_vm *vm, mp_val *v, int inc)
{
    switch (v->type) {
    case MP_T_INT:
        if (inc) { if (v->u.i == INT64_MAX) *v = mp_v_float((double)INT64_MAX + 1.0); else v->u.i++; }
        else { if (v->u.i == INT64_MIN) *v = mp_v_float((double)INT64_MIN - 1.0); else v->u.i--; }
        return;
    case MP_T_FLOAT: v->u.d += inc ? 1 : -1; return;
    case MP_T_NULL: case MP_T_UNDEF:
        if (inc) *v = mp_v_int(1); else *v = mp_v_null();
        return;
    case MP_T_STRING: {
        mp_val n;
        if (v->u.s->len == 0) { *v = inc ? mp_v_str(mp_str_new(vm, "1", 1)) : mp_v_int(-1); return; }
        if (mp_str_numeric(v->u.s->data, v->u.s->len, &n, 0, NULL)) {
            *v = n;
            mp_incdec(vm, v, inc);
            return;
        }
        if (inc) *v = mp_v_str(str_increment(vm, v->u.s));
        return;
    }
    case MP_T_ARRAY:
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot %s array", inc ? "increment" : "decrement");
    default:
        return;   /* bools are unchanged */
    }
}

void mp_cast(mp_vm *vm, int cast, mp_val *v)
{
    if (v->type == MP_T_REF) *v = v->u.r->val;
    switch (cast) {
    case MP_CAST_INT: if (v->type != MP_T_INT) *v = mp_v_int(mp_to_int(vm, *v)); return;
    case MP_CAST_FLOAT:
        if (v->type != MP_T_FLOAT) *v = mp_v_float(mp_to_float(vm, *v));
        return;
    case MP_CAST_STRING: if (v->type != MP_T_STRING) *v = mp_v_str(mp_to_str(vm, *v)); return;
    case MP_CAST_BOOL: *v = mp_v_bool(mp_to_bool(*v)); return;
    case MP_CAST_ARRAY:
        if (v->type == MP_T_ARRAY) return;
        if (v->type == MP_T_OBJECT && v->u.o->cls != vm->class_closure) {
            /* every property, private and protected ones under their mangled
             * names ("\0A\0p", "\0*\0p"); ArrayObject gives its storage */
            mp_array *a = mp_spl_cast_array(vm, v->u.o);
            *v = mp_v_arr(a ? a : mp_object_props(vm, v->u.o, 1, 0));
            return;
        }
        {
            mp_array *a = mp_array_new(vm, 1);
            if (v->type != MP_T_NULL) mp_array_append(vm, a, *v);
            *v = mp_v_arr(a);
        }
        return;
    case MP_CAST_OBJECT: {
        if (v->type == MP_T_OBJECT) return;
        /* a stdClass: an array's elements become its properties, another
         * value its "scalar" property (null: none) */
        mp_object *o = mp_object_alloc(vm, vm->class_stdclass);
        if (v->type == MP_T_ARRAY) {
            if (mp_array_count(v->u.a)) o->dyn = mp_array_copy(vm, v->u.a);
        } else if (v->type != MP_T_NULL) {
            o->dyn = mp_array_new(vm, 1);
            mp_val_share(*v);
            mp_array_set_str(vm, o->dyn, "scalar", 6, *v);
        }
        *v = mp_v_obj(o);
        return;
    }
    }
}

void mp_cast_to_array(mp_vm *vm, mp_val *v) { mp_cast(vm, MP_CAST_ARRAY, v); }
void mp_cast_to_object(mp_vm *vm, mp_val *v) { mp_cast(vm, MP_CAST_OBJECT, v); }
