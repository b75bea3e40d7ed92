/* types.c - declared parameter/return types in coercive and strict mode
 * (PHP 8.2 rules for user functions: scalars convert in coercive mode, null
 * only passes a nullable type, floats with a fractional part deprecate). */
#include <math.h>
#include <strings.h>
#include "vm.h"

/* Try to coerce *v to one scalar type of mask (coercive mode). */
static int coerce_scalar(mp_vm *vm, uint32_t mask, mp_val *v)
{
    mp_val n;
    if (v->type == MP_T_OBJECT && (mask & MP_TY_STRING) && v->u.o->cls->tostring) {
        /* a Stringable object passes a string parameter as its __toString() */
        *v = mp_v_str(mp_object_to_string(vm, v->u.o));
        return 1;
    }
    if (v->type == MP_T_NULL || v->type == MP_T_ARRAY || v->type == MP_T_OBJECT) return 0;
    if ((mask & MP_TY_INT) && v->type == MP_T_FLOAT) {
        if (!(mask & MP_TY_FLOAT)) {
            double d = v->u.d;
            if (!isfinite(d) || d != floor(d) || d < -9.2233720368547758e18 || d >= 9.2233720368547758e18) {
                if (!isfinite(d) || d < -9.2233720368547758e18 || d >= 9.2233720368547758e18) return 0;
                char buf[64];
                mp_float_repr(d, buf);
                mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
            }
            *v = mp_v_int((int64_t)d);
            return 1;
        }
    }
    if (v->type == MP_T_STRING && (mask & (MP_TY_INT | MP_TY_FLOAT))) {
        int t = mp_str_numeric(v->u.s->data, v->u.s->len, &n, 0, NULL);
        if (t == MP_T_INT && (mask & MP_TY_INT)) { *v = n; return 1; }
        if (t == MP_T_INT && (mask & MP_TY_FLOAT)) { *v = mp_v_float((double)n.u.i); return 1; }
        if (t == MP_T_FLOAT && (mask & MP_TY_FLOAT)) { *v = n; return 1; }
        if (t == MP_T_FLOAT && (mask & MP_TY_INT)) {
            if (n.u.d != floor(n.u.d) || !isfinite(n.u.d)) {
                if (mask & MP_TY_STRING) return 0;
                char buf[64];
                mp_float_repr(n.u.d, buf);
                mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float-string \"%s\" to int loses precision", v->u.s->data);
            }
            *v = mp_v_int((int64_t)n.u.d);
            return 1;
        }
    }
    if ((mask & MP_TY_INT) && (v->type == MP_T_TRUE || v->type == MP_T_FALSE)) { *v = mp_v_int(v->type == MP_T_TRUE); return 1; }
    if ((mask & MP_TY_FLOAT) && (v->type == MP_T_INT || v->type == MP_T_TRUE || v->type == MP_T_FALSE)) {
        *v = mp_v_float(v->type == MP_T_INT ? (double)v->u.i : v->type == MP_T_TRUE);
        return 1;
    }
    if ((mask & MP_TY_STRING) && (v->type == MP_T_INT || v->type == MP_T_FLOAT || v->type == MP_T_TRUE || v->type == MP_T_FALSE)) {
        *v = mp_v_str(mp_to_str(vm, *v));
        return 1;
    }
    if ((mask & MP_TY_BOOL) == MP_TY_BOOL && (v->type == MP_T_INT || v->type == MP_T_FLOAT || v->type == MP_T_STRING)) {
        *v = mp_v_bool(mp_to_bool(*v));
        return 1;
    }
    return 0;
}

int mp_check_type(mp_vm *vm, const mp_type *t, mp_val *v, int strict)
{
    uint32_t m = t->mask;
    if (m & MP_TY_MIXED) return 1;
    switch (v->type) {
    case MP_T_NULL: case MP_T_UNDEF: if (m & MP_TY_NULL) return 1; break;
    case MP_T_TRUE: if (m & MP_TY_TRUE) return 1; break;
    case MP_T_FALSE: if (m & MP_TY_FALSE) return 1; break;
    case MP_T_INT: if (m & MP_TY_INT) return 1; if (m & MP_TY_FLOAT) { *v = mp_v_float((double)v->u.i); return 1; } break;
    case MP_T_FLOAT: if (m & MP_TY_FLOAT) return 1; break;
    case MP_T_STRING: if (m & MP_TY_STRING) return 1; if ((m & MP_TY_CALLABLE) && mp_is_callable(vm, *v)) return 1; break;
    case MP_T_ARRAY:
        if (m & (MP_TY_ARRAY | MP_TY_ITERABLE)) return 1;
        if ((m & MP_TY_CALLABLE) && mp_is_callable(vm, *v)) return 1;
        break;
    case MP_T_OBJECT:
        if (m & MP_TY_OBJECT) return 1;
        if ((m & MP_TY_ITERABLE) && mp_instanceof_name(vm, v->u.o->cls, mp_str_cstr(vm, "Traversable"))) return 1;
        if ((m & MP_TY_CALLABLE) && mp_is_callable(vm, *v)) return 1;
        if (m & MP_TY_STATIC) {
            mp_frame *fr = vm->nframes ? &vm->frames[vm->nframes - 1] : NULL;
            if (fr && fr->called && mp_instanceof(v->u.o->cls, fr->called)) return 1;
        }
        if (m & MP_TY_CLASS) {
            for (int i = 0; i < t->nnames; i++) {
                mp_str *n = t->names[i];
                mp_class *want = NULL;
                if ((n->len == 4 && strcasecmp(n->data, "self") == 0) || (n->len == 6 && strcasecmp(n->data, "parent") == 0)) {
                    mp_class *s = mp_scope(vm);
                    want = s && n->data[0] != 'p' && n->data[0] != 'P' ? s : s ? s->parent : NULL;
                } else want = mp_find_class(vm, n);
                if (want && mp_instanceof(v->u.o->cls, want)) return 1;
            }
        }
        break;
    }
    if (strict) return 0;
    if (v->type == MP_T_INT && (m & MP_TY_FLOAT)) { *v = mp_v_float((double)v->u.i); return 1; }
    return coerce_scalar(vm, m, v);
}
