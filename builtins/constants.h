/* constants.h - PHP's predefined constants (PHP_INT_MAX, E_ALL, M_PI...),
 * a sorted const table the compiler folds and the VM looks up. */
#ifndef MP_CONSTANTS_H
#define MP_CONSTANTS_H

#include "../runtime/value.h"

typedef struct mp_constant {
    const char *name;   /* case-sensitive */
    uint8_t     type;   /* MP_T_INT, MP_T_FLOAT, MP_T_STRING, MP_T_TRUE... */
    int64_t     i;
    double      d;
    const char *s;
} mp_constant;

const mp_constant *mp_constant_lookup(const char *name, size_t len);
mp_val mp_constant_value(const mp_constant *k);   /* strings are new (non-shared) */
const mp_constant *mp_constant_nth(size_t i);     /* the I-th in name order; NULL past the end */
const char *mp_constant_extension(const char *name); /* "Core", "standard", "pcre"... */

#endif
