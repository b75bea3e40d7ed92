/* value.h - PHP values: the 16-byte tagged mp_val, strings, arrays, references.
 * Everything here is per-VM heap data allocated through gc.h. Compiled code
 * may hold immutable strings/arrays (MP_GC_IMMUTABLE): never write to those. */
#ifndef MP_VALUE_H
#define MP_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct mp_vm mp_vm;
typedef struct mp_str mp_str;
typedef struct mp_array mp_array;
typedef struct mp_ref mp_ref;
typedef struct mp_object mp_object;
typedef struct mp_resource mp_resource;

/* Value types. UNDEF marks an unset variable slot / deleted hash bucket. */
typedef enum {
    MP_T_UNDEF = 0, MP_T_NULL, MP_T_FALSE, MP_T_TRUE, MP_T_INT, MP_T_FLOAT,
    MP_T_STRING, MP_T_ARRAY, MP_T_OBJECT, MP_T_RESOURCE, MP_T_REF,
    /* VM-internal tags, never visible to PHP code or builtins: */
    MP_T_INDIRECT,  /* u.p: pointer to another mp_val slot (symbol tables, write fetches) */
    MP_T_FUNC,      /* u.p: a compiled user function (pending call target) */
    MP_T_BUILTIN,   /* u.p: a const mp_builtin row (pending call target / compiled call) */
    MP_T_CLASS,     /* u.p: a class (operand of new, ::, instanceof; static call's called class) */
    MP_T_METHOD,    /* u.p: a method (pending call target; $this or the class in the slot below) */
    MP_T_PTR,       /* u.p: an opaque VM pointer stored in a VM table */
} mp_type_tag;

/* A PHP value: 8-byte payload + type byte; passed by value, never allocates
 * for null/bool/int/float. Strings and arrays are shared by pointer with a
 * copy-on-write rule (see mp_str.flags / mp_array.flags). */
typedef struct mp_val {
    union {
        int64_t    i;   /* MP_T_INT */
        double     d;   /* MP_T_FLOAT */
        mp_str    *s;   /* MP_T_STRING */
        mp_array  *a;   /* MP_T_ARRAY */
        mp_object *o;   /* MP_T_OBJECT */
        mp_resource *res; /* MP_T_RESOURCE */
        mp_ref    *r;   /* MP_T_REF: only ever stored in variable slots and array elements */
        void      *p;
    } u;
    union {
        struct {
            uint8_t type;       /* mp_type_tag */
            uint8_t extra[7];   /* free for the VM (foreach position); ignored by value ops */
        };
        uint64_t tw;            /* type + extra as one word, for whole-word writes */
    };
} mp_val;

/* Copy a value as two 8-byte words. Hot VM paths use this instead of struct
 * assignment: a 16-byte load right after two 8-byte stores of the same value
 * defeats the CPU's store forwarding and stalls. */
#define MP_VCOPY(d, s) do { mp_val *d_ = (d); const mp_val *s_ = (s); \
    uint64_t w0_ = (uint64_t)s_->u.i, w1_ = s_->tw; d_->u.i = (int64_t)w0_; d_->tw = w1_; } while (0)

/* Copy-on-write without reference counts: a string or array that has been
 * stored in a second place is flagged SHARED ("sticky": it never becomes
 * unshared). Writers call mp_array_separate()/mp_str_separate() which copy a
 * SHARED object first. IMMUTABLE objects belong to compiled code (shared by
 * all threads) and are also SHARED; nothing may ever write to them, not even
 * their flags. */
enum { MP_GC_SHARED = 1, MP_GC_IMMUTABLE = 2, MP_GC_INTERNED = 4, MP_GC_HASHED = 8 };

/* A binary-safe string. Bytes are NUL-terminated (not counted in len). */
struct mp_str {
    size_t   len;       /* bytes in use */
    size_t   cap;       /* bytes allocated for data (excluding the NUL) */
    uint32_t hash;      /* cached hash if flags & MP_GC_HASHED */
    uint32_t flags;     /* MP_GC_* */
    char     data[];    /* len bytes + NUL */
};

/* A reference box: two variables bound with & both hold MP_T_REF to one box. */
struct mp_ref {
    mp_val   val;       /* the referenced value (never MP_T_REF itself) */
    uint32_t rc;        /* slots holding this reference (var_dump shows & when > 1);
                           counted by the VM, an upper bound once arrays die */
};

/* A resource: an opaque host object (a stream, a pagelet task...) with a
 * per-VM id. The kind says its var_dump name and how to release it; closing
 * sets kind to NULL (PHP shows such a resource as of type "Unknown"). */
typedef struct mp_resource_kind {
    const char *name;                            /* "stream", "PageletTask"... */
    void (*close)(mp_vm *vm, mp_resource *r);    /* release data; may be NULL */
} mp_resource_kind;
struct mp_resource {
    int64_t id;                      /* "Resource id #N", per VM, from 1 */
    const mp_resource_kind *kind;    /* NULL once closed */
    void *data;                      /* the kind's own state */
};
/* A new open resource of KIND with the VM's next id (runtime/conv.c). */
mp_resource *mp_resource_new(mp_vm *vm, const mp_resource_kind *kind, void *data);
/* Close R (calls kind->close once; afterwards R is of type "Unknown"). */
void mp_resource_close(mp_vm *vm, mp_resource *r);
/* The kind's name, "Unknown" when closed. */
static inline const char *mp_resource_type_name(const mp_resource *r) { return r->kind ? r->kind->name : "Unknown"; }

/* ---- value constructors and tests (inline) ---- */
static inline mp_val mp_v_null(void)   { mp_val v; v.u.i = 0; v.type = MP_T_NULL; return v; }
static inline mp_val mp_v_undef(void)  { mp_val v; v.u.i = 0; v.type = MP_T_UNDEF; return v; }
static inline mp_val mp_v_bool(int b)  { mp_val v; v.u.i = 0; v.type = b ? MP_T_TRUE : MP_T_FALSE; return v; }
static inline mp_val mp_v_int(int64_t i) { mp_val v; v.u.i = i; v.type = MP_T_INT; return v; }
static inline mp_val mp_v_float(double d) { mp_val v; v.u.d = d; v.type = MP_T_FLOAT; return v; }
static inline mp_val mp_v_str(mp_str *s) { mp_val v; v.u.s = s; v.type = MP_T_STRING; return v; }
static inline mp_val mp_v_arr(mp_array *a) { mp_val v; v.u.a = a; v.type = MP_T_ARRAY; return v; }
static inline mp_val mp_v_obj(mp_object *o) { mp_val v; v.u.o = o; v.type = MP_T_OBJECT; return v; }
static inline mp_val mp_v_res(mp_resource *r) { mp_val v; v.u.res = r; v.type = MP_T_RESOURCE; return v; }
/* Follow a reference: the value a variable slot really holds. */
static inline mp_val *mp_deref(mp_val *v) { return v->type == MP_T_REF ? &v->u.r->val : v; }

/* Mark the heap object behind V as stored in a second place (COW). Call when
 * a value read from a variable/element is stored into another one. For a
 * REF (an array copy sharing a reference) it counts one more holder. */
void mp_val_share(mp_val v);

/* ---- strings (runtime/str.c) ---- */
mp_str *mp_str_new(mp_vm *vm, const char *s, size_t len);     /* copy of s */
mp_str *mp_str_alloc(mp_vm *vm, size_t len);                  /* len bytes, uninitialised, NUL set */
mp_str *mp_str_cstr(mp_vm *vm, const char *s);                /* strlen(s) */
mp_str *mp_str_printf(mp_vm *vm, const char *fmt, ...);       /* C printf into a new string */
mp_str *mp_str_concat(mp_vm *vm, const mp_str *a, const mp_str *b);
/* Append to *sp in place when it is not shared (amortised doubling), else copy. */
void    mp_str_append(mp_vm *vm, mp_str **sp, const char *s, size_t len);
mp_str *mp_str_separate(mp_vm *vm, mp_str *s);                /* unshared copy if SHARED */
uint32_t mp_str_hash(const mp_str *s);                        /* caches when not IMMUTABLE */
uint32_t mp_hash_bytes(const char *s, size_t len);
static inline int mp_str_eq(const mp_str *a, const mp_str *b) {
    return a == b || (a->len == b->len && memcmp(a->data, b->data, a->len) == 0);
}
/* The empty string and one-byte strings, preallocated per process (immutable). */
mp_str *mp_str_empty(void);
mp_str *mp_str_char(unsigned char c);

/* A growable byte buffer for building output (var_dump, implode...). */
typedef struct mp_buf { mp_vm *vm; char *data; size_t len, cap; } mp_buf;
void    mp_buf_init(mp_buf *b, mp_vm *vm);
void    mp_buf_add(mp_buf *b, const char *s, size_t len);
void    mp_buf_adds(mp_buf *b, const char *s);               /* C string */
void    mp_buf_addc(mp_buf *b, char c);
void    mp_buf_printf(mp_buf *b, const char *fmt, ...);
mp_str *mp_buf_finish(mp_buf *b);                            /* the string; buffer is reset */

/* ---- arrays (runtime/array.c) ----
 * An ordered hash map with a packed fast path: while keys are exactly
 * 0..n-1 in order (no holes) the array is PACKED (vals[] only); any other
 * key converts it to a hash (buckets in insertion order + index table).
 * Keys are int64 or mp_str (numeric-string keys like "12" are normalised to
 * int by the callers via mp_array_key_from_val). */
typedef struct mp_bucket {
    mp_val   val;       /* UNDEF = deleted (hole in insertion order) */
    mp_str  *skey;      /* string key, or NULL for an int key */
    int64_t  ikey;      /* int key (valid when skey == NULL) */
    uint32_t hash;      /* hash of the key */
    uint32_t next;      /* next bucket index in the hash chain, UINT32_MAX = end */
} mp_bucket;

struct mp_array {
    uint32_t flags;     /* MP_GC_* and MP_ARR_PACKED */
    uint32_t count;     /* live elements */
    uint32_t used;      /* slots used in vals/buckets (incl. deleted ones) */
    uint32_t cap;       /* slots allocated */
    uint32_t mask;      /* hash index size - 1 (hash mode) */
    uint32_t pos;       /* internal pointer (current/next/reset): slot index */
    int64_t  next_free; /* next integer key for $a[] = ... */
    mp_val    *vals;    /* PACKED: element i at vals[i] */
    mp_bucket *buckets; /* hash: elements in insertion order */
    uint32_t  *index;   /* hash: mask+1 heads of bucket chains, UINT32_MAX = empty */
};
enum { MP_ARR_PACKED = 0x100 };

/* A key: either an int or a string (never a numeric string). */
typedef struct mp_key { mp_str *s; int64_t i; } mp_key;   /* s == NULL -> int key i */

mp_array *mp_array_new(mp_vm *vm, uint32_t capacity);
/* The literal `[]` / `array()`: one process-wide IMMUTABLE empty array. Use it
 * for empty array literals: PHP 8.2 gives it next free key 0, while arrays
 * built otherwise start with none (so [-5 => 1] appends at -4, but
 * `$a = []; $a[-5] = 1; $a[] = 2;` appends at 0). */
mp_array *mp_array_empty(void);
mp_array *mp_array_copy(mp_vm *vm, const mp_array *a);       /* shallow, unshared; refs stay refs */
mp_array *mp_array_separate(mp_vm *vm, mp_array *a);         /* a itself if not SHARED, else a copy */
/* Lookup; NULL when absent. The returned pointer is the slot (may hold a REF). */
mp_val   *mp_array_find(const mp_array *a, mp_key k);
mp_val   *mp_array_find_int(const mp_array *a, int64_t i);
mp_val   *mp_array_find_str(const mp_array *a, const char *s, size_t len);
/* Slot for key k, created (as NULL) if absent. a must be unshared. */
mp_val   *mp_array_lookup_or_add(mp_vm *vm, mp_array *a, mp_key k, int *created);
/* Store (a must be unshared): overwrites; does not follow REF in the slot. */
void      mp_array_set(mp_vm *vm, mp_array *a, mp_key k, mp_val v);
void      mp_array_set_int(mp_vm *vm, mp_array *a, int64_t i, mp_val v);
void      mp_array_set_str(mp_vm *vm, mp_array *a, const char *s, size_t len, mp_val v);
/* Append with the next free key; returns the slot, or NULL when the next key
 * would overflow ("Cannot add element to the array as the next element is already occupied"). */
mp_val   *mp_array_append(mp_vm *vm, mp_array *a, mp_val v);
int       mp_array_delete(mp_vm *vm, mp_array *a, mp_key k);  /* 1 if removed */
/* Convert a PHP value to a key: "12" -> 12, 1.5 -> 1 (+ deprecation done by caller),
 * true -> 1, null -> "". Returns 0 for illegal key types (array/object). */
int       mp_array_key_from_val(mp_vm *vm, mp_val v, mp_key *out);
static inline uint32_t mp_array_count(const mp_array *a) { return a->count; }
/* Iteration in order: for (uint32_t i = 0; mp_array_next(a, &i, &k, &v); ) ...
 * *pos is the slot to start at and is advanced past the element returned. */
int       mp_array_next(const mp_array *a, uint32_t *pos, mp_key *k, mp_val **v);
int       mp_array_is_list(const mp_array *a);
mp_val    mp_key_to_val(mp_key k);

/* ---- conversions and comparison (runtime/conv.c), PHP 8.2 rules ---- */
int       mp_to_bool(mp_val v);
int64_t   mp_to_int(mp_vm *vm, mp_val v);     /* (int) cast semantics; no warnings */
int64_t   mp_float_to_int(double d);          /* (int) of a float: NAN/INF -> 0, out of range wraps mod 2^64 */
double    mp_to_float(mp_vm *vm, mp_val v);
mp_str   *mp_to_str(mp_vm *vm, mp_val v);     /* string conversion ("Array" + warning for arrays) */
/* Numeric strings: returns MP_T_INT or MP_T_FLOAT (value in *out) if s is
 * numeric ("  12", "1e3", "12  " allowed: PHP 8 trailing whitespace),
 * 0 if not. With allow_errors, a leading-numeric string ("12abc") returns its
 * type and sets *trailing = 1. */
int       mp_str_numeric(const char *s, size_t len, mp_val *out, int allow_errors, int *trailing);
/* Float to string as PHP's echo does (precision=14) and as var_dump /
 * var_export / json_encode do (serialize_precision=-1, shortest round trip). */
size_t    mp_float_fmt(double d, int precision, char *buf);   /* precision 14; buf >= 64 */
size_t    mp_float_repr(double d, char *buf);
/* |d| as NDIG (<= 500) correctly rounded significant digits into DIGITS, trailing
 * zeros dropped, with *decpt the point position (d = 0.DIGITS x 10^decpt). */
int       mp_float_digits(double d, int ndig, char *digits, int *decpt);                 /* shortest; buf >= 64; "1.0E+25", "0.1", "-0" */
/* As json_encode and serialize format with serialize_precision: mp_float_fmt,
 * except that precision 0 is zend_gcvt's ("2.0E+0" for 1.5), not 1. */
size_t    mp_float_gcvt(double d, int precision, char *buf);
/* Comparisons. */
int       mp_loose_eq(mp_vm *vm, mp_val a, mp_val b);         /* == */
int       mp_strict_eq(mp_val a, mp_val b);                   /* === */
int       mp_compare(mp_vm *vm, mp_val a, mp_val b);          /* <=>: -1, 0, 1 (uncomparable -> 1) */
const char *mp_type_name(mp_val v);   /* gettype(): "integer", "double", "string", "array", "NULL", "boolean", "object" */
const char *mp_debug_type(mp_val v);  /* get_debug_type()/error texts: "int", "float", "string", "array", "null", "bool" */

#endif
