/* vmapi.h - the services the VM offers to runtime/ and builtins/ code:
 * output, calling PHP callables, ini settings. The VM struct itself stays
 * private to vm/ (vm.h). */
#ifndef MP_VMAPI_H
#define MP_VMAPI_H

#include "../runtime/value.h"
#include "../runtime/error.h"
#include "../runtime/gc.h"

/* Write script output (echo/print/var_dump...) through the VM's output layer. */
void mp_echo(mp_vm *vm, const char *s, size_t len);
static inline void mp_echo_str(mp_vm *vm, const mp_str *s) { mp_echo(vm, s->data, s->len); }
/* Call a PHP callable (function name string, closure, [obj, "m"]...).
 * Exceptions propagate (longjmp) through the caller. */
void mp_call_value(mp_vm *vm, mp_val callable, int argc, mp_val *argv, mp_val *ret);
/* The callee V names, resolved once for many mp_call_value calls (a sort's
 * comparator). The result is VM-internal: pass it only to mp_call_value. */
mp_val mp_callable_prepare(mp_vm *vm, mp_val v);
/* Is v callable? (for the 'c' argument type and is_callable()). */
int mp_is_callable(mp_vm *vm, mp_val v);
/* Current value of an ini setting, NULL if unknown. */
const char *mp_ini_get(mp_vm *vm, const char *name);
/* The precision and serialize_precision ini settings (14 and -1 by
 * default): digits for echo/string conversion and for var_dump/var_export. */
int mp_precision(mp_vm *vm);
int mp_serialize_precision(mp_vm *vm);
/* Is the PHP code calling the running builtin in strict_types=1 mode? */
int mp_strict_types(mp_vm *vm);
/* A uniformly distributed integer in [min, max] for shuffle/array_rand.
 * NOTE: not yet PHP's Mt19937 sequence (mt_srand() seeds do not replay PHP's
 * exact shuffles); the random-number work replaces this generator. */
int64_t mp_random_range(mp_vm *vm, int64_t min, int64_t max);
/* Name of the function currently running (for messages), "" at top level. */
const char *mp_current_function(mp_vm *vm);

#endif
