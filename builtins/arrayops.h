/* arrayops.h - small helpers shared by the array builtins (arrays.c,
 * sort.c, setops.c): copying elements the way PHP's zval_add_ref does, and
 * the random numbers shuffle/array_rand draw. Internal to builtins/. */
#ifndef MP_ARRAYOPS_H
#define MP_ARRAYOPS_H

#include "builtins.h"
#include "../vm/vmapi.h"

/* An element stored into a second array. A reference only the source held
 * becomes its plain value (PHP's "reference with refcount 1" rule); a
 * shared reference stays one with one more holder. */
static inline mp_val mp_arr_elem_copy(mp_val v)
{
    if (v.type == MP_T_REF && v.u.r->rc <= 1)
        v = v.u.r->val;
    mp_val_share(v);
    return v;
}

/* The value of an element, for reading (references followed). */
static inline mp_val mp_arr_elem_value(const mp_val *slot)
{
    return slot->type == MP_T_REF ? slot->u.r->val : *slot;
}

#endif
