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
/* json_last_error()'s code, kept per VM (builtins/json.c reads and sets it). */
int *mp_json_error(mp_vm *vm);
/* The preg_* state (builtins/preg.c owns the struct: pattern cache and
 * preg_last_error; NULL until first use), freed with the VM by mp_preg_free. */
struct mp_preg **mp_vm_preg(mp_vm *vm);
void mp_preg_free(struct mp_preg *p);
/* Is the PHP code calling the running builtin in strict_types=1 mode? */
int mp_strict_types(mp_vm *vm);
/* A uniformly distributed integer in [min, max] for shuffle/array_rand.
 * NOTE: not yet PHP's Mt19937 sequence (mt_srand() seeds do not replay PHP's
 * exact shuffles); the random-number work replaces this generator. */
int64_t mp_random_range(mp_vm *vm, int64_t min, int64_t max);
/* Name of the function currently running (for messages), "" at top level. */
const char *mp_current_function(mp_vm *vm);
/* a ** b with PHP's rules (int result while it fits), for pow(). */
void mp_pow(mp_vm *vm, mp_val a, mp_val b, mp_val *out);
/* The VM's random number generator state (builtins/random.c owns the
 * struct; NULL until first use), and an int in [min, max] from it drawn
 * as mt_rand() does (for shuffle, array_rand, str_shuffle). */
struct mp_rng **mp_vm_rng(mp_vm *vm);
/* putenv()'s per-VM overlay of the environment (builtins/runtime.c owns
 * it): name -> string value, or false for a removed variable; NULL at first. */
mp_array **mp_vm_env(mp_vm *vm);
/* strtok()'s state: the string being split (NULL: none) and where the
 * next search starts (SIZE_MAX: the string is used up). */
mp_str **mp_vm_strtok(mp_vm *vm, size_t **pos);
/* memory_get_peak_usage()'s high-water mark, kept per VM. */
size_t *mp_vm_mem_peak(mp_vm *vm);
/* Write the host output buffered so far (before text sent to stderr). */
void mp_flush_output(mp_vm *vm);
int64_t mp_rand_range(mp_vm *vm, int64_t min, int64_t max);
/* The stream state (builtins/stream.c owns the struct; NULL until first
 * use); mp_streams_free closes what is still open when the VM goes away.
 * mp_vm_input is the request body php://input reads. */
struct mp_streams **mp_vm_streams(mp_vm *vm);
void mp_streams_free(mp_vm *vm, struct mp_streams *st);
void mp_vm_input(mp_vm *vm, const char **data, size_t *len);
/* STDIN, STDOUT, STDERR as constants: 1 and the resource for those names
 * (made on first use, ids 1-3 as in php), 0 for any other name. */
int mp_stream_std_constant(mp_vm *vm, const char *name, size_t len, mp_val *out);
/* The VM's default time zone (builtins/date.c owns the struct; NULL = UTC). */
struct mp_tz **mp_vm_tz(mp_vm *vm);

/* Objects for runtime/ and builtins/ (the class model is private to vm/). */
mp_str     *mp_object_string(mp_vm *vm, mp_object *o);      /* (string)$o: __toString() or Error */
const char *mp_object_class_name(const mp_object *o);
/* $a <=> $b for two objects: same class compares properties in order;
 * *uncomparable set when PHP says they are not comparable. */
int         mp_object_compare(mp_vm *vm, mp_object *a, mp_object *b, int *uncomparable);
mp_object  *mp_this(mp_vm *vm);                             /* $this of the running C method */
int         mp_is_stringable(mp_vm *vm, mp_val v);           /* an object with __toString() */
/* The properties of an object as var_dump/print_r/var_export show them:
 * declared ones in slot order (uninitialized typed ones with val NULL),
 * then dynamic ones. Returns the count; *ninit = initialized ones. */
typedef struct mp_prop_view {
    mp_key      key;         /* name (dynamic properties may have int keys) */
    int         vis;         /* 0 public, 1 protected, 2 private */
    const char *cls;         /* private: the declaring class */
    mp_val     *val;         /* the slot (may hold a REF); NULL = uninitialized */
    const char *type;        /* uninitialized: the declared type */
    int         bare_int;    /* an int key var_dump prints as [5], not ["5"] (__debugInfo) */
} mp_prop_view;
int         mp_object_view(mp_vm *vm, mp_object *o, mp_prop_view **out, int *ninit);
/* The same, or what a user __debugInfo() returns (var_dump, print_r). */
int         mp_object_debug_view(mp_vm *vm, mp_object *o, mp_prop_view **out, int *ninit);
/* Enums: the case name (and *backed = 1 with *value for backed enums); NULL if O is no enum case. */
const char *mp_enum_case_name(mp_object *o, int *backed, mp_val *value, const char **backing_type);
int         mp_object_id(const mp_object *o);
/* Countable / Traversable objects (vm/spl.c): count() calls ->count() and
 * stores its result in *n, returning 0 when O is not Countable. */
int         mp_object_is_countable(mp_vm *vm, const mp_object *o);
int         mp_object_is_traversable(mp_vm *vm, const mp_object *o);
int         mp_object_count(mp_vm *vm, mp_object *o, int64_t *n);
int         mp_is_std_class(const mp_object *o);
int         mp_object_is_enum(const mp_object *o);
int         mp_object_instanceof(mp_vm *vm, const mp_object *o, const char *class_name);
mp_array   *mp_object_vars(mp_vm *vm, mp_object *o, int public_only); /* visible from the running scope, or only public ones */
mp_object  *mp_std_object(mp_vm *vm, mp_array *props);         /* a new stdClass with these properties */
/* The (array) / (object) casts of *V in place, as the VM does them. */
void        mp_cast_to_array(mp_vm *vm, mp_val *v);
void        mp_cast_to_object(mp_vm *vm, mp_val *v);
/* ArrayObject/ArrayIterator: a copy of the array they wrap, as (array) and
 * json_encode see them; NULL for other objects (vm/spl.c). */
mp_array   *mp_spl_cast_array(mp_vm *vm, mp_object *o);
/* serialize/unserialize: every property under PHP's mangled names
 * ("\0A\0p" private, "\0*\0p" protected); a new object of a class by name
 * without its constructor (NULL if none can be made); storing a property
 * given by its mangled name; does the object have method LCNAME? */
mp_array   *mp_object_mangled_props(mp_vm *vm, mp_object *o);
mp_object  *mp_object_create(mp_vm *vm, mp_str *class_name);
void        mp_object_set_mangled(mp_vm *vm, mp_object *o, mp_key key, mp_val v);
int         mp_object_has_method(mp_object *o, const char *lcname);
/* The C state a built-in class keeps in its objects (HashContext): NULL at first. */
void      **mp_object_internal(mp_object *o);
/* clone of a HashContext: a copy of its state (builtins/hash.c). */
void       *mp_hash_state_copy(mp_vm *vm, const void *state);
int         mp_object_serializable(mp_object *o);
mp_val      mp_enum_value(mp_vm *vm, mp_str *enum_class, mp_str *case_name);   /* UNDEF (with PHP's warning) if none */
/* Why CLS (class name or object) :: METHOD is not callable here (is_callable wording). */
const char *mp_method_callable_error(mp_vm *vm, mp_val cls, mp_str *method);

#endif
