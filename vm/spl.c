/* spl.c - objects used as arrays: the engine side of $obj[...] on ArrayAccess
 * objects (offsetGet/offsetSet/offsetExists/offsetUnset, PHP's "Indirect
 * modification" rule for nested writes), count() on Countable objects, and
 * the ArrayObject / ArrayIterator classes (storage, iteration, sorting, their
 * var_dump view). exec.c calls the mp_spl_dim_* functions for every object
 * met where an array was expected; nothing here knows about bytecode. */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "vm.h"

/* ---- calling the ArrayAccess methods ---- */

/* Does C implement the built-in interface LCNAME ("arrayaccess")? */
static int has_iface(const mp_class *c, const char *lcname)
{
    for (int i = 0; i < c->nifaces; i++)
        if ((c->ifaces[i]->flags & MP_ACC_NATIVE) && strcmp(c->ifaces[i]->lcname->data, lcname) == 0) return 1;
    return 0;
}

static const mp_method *method_of(const mp_object *o, const char *lcname)
{
    mp_val *e = mp_array_find_str(o->cls->methods, lcname, strlen(lcname));
    return e ? e->u.p : NULL;
}

/* Call method LCNAME of O. KEEP_REF: a method returning by reference gives
 * the REF (offsetGet for a nested write), as PHP's read_dimension does. */
static mp_val call(mp_vm *vm, mp_object *o, const char *lcname, int argc, mp_val *argv, int keep_ref)
{
    const mp_method *m = method_of(o, lcname);
    if (!m) mp_throw_ex(vm, MP_EX_ERROR, "Call to undefined method %s::%s()", o->cls->name->data, lcname);
    for (int i = 0; i < argc; i++) {
        if (argv[i].type == MP_T_REF) argv[i] = argv[i].u.r->val;
        if (argv[i].type == MP_T_UNDEF) argv[i] = mp_v_null();
        mp_val_share(argv[i]);
    }
    mp_val r;
    if (!keep_ref) {
        mp_call_method(vm, o, m, argc, argv, &r);
        return r;
    }
    return mp_call_method_ref(vm, o, m, argc, argv);
}

static void __attribute__((noreturn)) not_array(mp_vm *vm, mp_object *o)
{
    mp_throw_ex(vm, MP_EX_ERROR, "Cannot use object of type %s as array", o->cls->name->data);
}

static void indirect_notice(mp_vm *vm, mp_object *o)
{
    mp_error(vm, MP_E_NOTICE, "Indirect modification of overloaded element of %s has no effect", o->cls->name->data);
}

/* ---- ArrayObject / ArrayIterator state ---- */

enum { SPL_STD_PROP_LIST = 1, SPL_ARRAY_AS_PROPS = 2 };
enum { KIND_NONE, KIND_OBJECT, KIND_ITERATOR };

/* The state of an ArrayObject or ArrayIterator (mp_object.internal), made
 * on first use (a subclass whose constructor skips parent::__construct()
 * works on an empty array, as in PHP). */
typedef struct spl_array {
    mp_val   storage;    /* an array (ours: separated before writes), or an object:
                            an ArrayObject/ArrayIterator whose storage we share, or
                            a plain object whose dynamic properties we work on */
    uint32_t pos;        /* ArrayIterator: slot index in the storage array */
    mp_key   key;        /* the key found at pos (finds it again after a rebuild) */
    int      has_key;    /* key is valid (0: at the end, or never moved) */
    int64_t  flags;      /* STD_PROP_LIST / ARRAY_AS_PROPS as given */
    mp_class *iter_class;/* ArrayObject: the class getIterator() makes, NULL = ArrayIterator */
} spl_array;

extern const mp_native_class mp_spl_classes[];

/* KIND_OBJECT / KIND_ITERATOR when C is ArrayObject / ArrayIterator or
 * extends one of them. */
static int spl_kind(const mp_class *c)
{
    for (; c; c = c->parent) {
        if (c->native == &mp_spl_classes[1]) return KIND_OBJECT;
        if (c->native == &mp_spl_classes[2]) return KIND_ITERATOR;
    }
    return KIND_NONE;
}

/* "ArrayObject" or "ArrayIterator": the class PHP names in messages. */
static const char *spl_name(const mp_object *o)
{
    return spl_kind(o->cls) == KIND_OBJECT ? "ArrayObject" : "ArrayIterator";
}

static spl_array *state(mp_vm *vm, mp_object *o)
{
    if (!o->internal) {
        spl_array *st = mp_alloc(vm, sizeof *st);
        st->storage = mp_v_arr(mp_array_empty());
        o->internal = st;
    }
    return o->internal;
}

/* The object whose array O finally works on (following wrapped
 * ArrayObjects), or a plain object (*plain set). */
static mp_object *storage_owner(mp_vm *vm, mp_object *o, int *plain)
{
    *plain = 0;
    for (int depth = 0; depth < 64; depth++) {
        spl_array *st = state(vm, o);
        if (st->storage.type == MP_T_ARRAY) return o;
        mp_object *inner = st->storage.u.o;
        if (!spl_kind(inner->cls)) { *plain = 1; return inner; }
        o = inner;
    }
    mp_throw_ex(vm, MP_EX_ERROR, "Maximum nesting level of ArrayObject storage reached");
}

/* The array O works on, for reading. */
static mp_array *storage_r(mp_vm *vm, mp_object *o)
{
    int plain;
    mp_object *w = storage_owner(vm, o, &plain);
    if (plain) return w->dyn ? w->dyn : mp_array_empty();
    return ((spl_array *)w->internal)->storage.u.a;
}

/* Where the array O works on is kept. */
static mp_array **storage_holder(mp_vm *vm, mp_object *o)
{
    int plain;
    mp_object *w = storage_owner(vm, o, &plain);
    return plain ? &w->dyn : &((spl_array *)w->internal)->storage.u.a;
}

/* The array O works on, ready to be modified. */
static mp_array *storage_w(mp_vm *vm, mp_object *o)
{
    mp_array **pa = storage_holder(vm, o);
    if (!*pa) *pa = mp_array_new(vm, 4);
    else if ((*pa)->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE)) *pa = mp_array_copy(vm, *pa);
    return *pa;
}

static int storage_is_object(mp_vm *vm, mp_object *o)
{
    int plain;
    storage_owner(vm, o, &plain);
    return plain;
}

/* Does O's class replace the built-in method LCNAME with PHP code? */
static int overridden(const mp_object *o, const char *lcname)
{
    const mp_method *m = method_of(o, lcname);
    return m && m->func;
}

/* PHP's key rules for ArrayObject offsets (null is "", floats truncate with
 * the precision deprecation, bools are 0/1); WHAT ends the TypeError. */
static mp_key spl_key(mp_vm *vm, mp_val k, const char *what)
{
    mp_key out;
    if (k.type == MP_T_REF) k = k.u.r->val;
    if (k.type == MP_T_FLOAT) {
        double d = k.u.d;
        if (!isfinite(d) || d != (double)(int64_t)d) {
            char buf[64];
            mp_float_repr(d, buf);
            mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
        }
    }
    if (!mp_array_key_from_val(vm, k, &out)) mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type%s", what);
    return out;
}

static void undefined_key(mp_vm *vm, mp_key k)
{
    if (k.s) mp_error(vm, MP_E_WARNING, "Undefined array key \"%s\"", k.s->data);
    else mp_error(vm, MP_E_WARNING, "Undefined array key %lld", (long long)k.i);
}

/* offsetExists semantics on the storage. EMPTY: 0 isset (not null),
 * 1 empty() (true when set and truthy), 2 offsetExists() (present at all). */
static int storage_has(mp_vm *vm, mp_object *o, mp_val key, int empty)
{
    mp_key k = spl_key(vm, key, " in isset or empty");
    mp_val *v = mp_array_find(storage_r(vm, o), k);
    if (!v) return 0;
    if (empty == 2) return 1;
    mp_val x = *mp_deref(v);
    return empty ? mp_to_bool(x) : x.type != MP_T_NULL;
}

/* The element KEY of the storage for reading (null with a warning when
 * missing unless QUIET). */
static mp_val storage_get(mp_vm *vm, mp_object *o, mp_val key, int quiet)
{
    mp_key k = spl_key(vm, key, "");
    mp_val *v = mp_array_find(storage_r(vm, o), k);
    if (!v) {
        if (!quiet) undefined_key(vm, k);
        return mp_v_null();
    }
    mp_val r = *mp_deref(v);
    mp_val_share(r);
    return r;
}

static void storage_set(mp_vm *vm, mp_object *o, mp_val key, mp_val v)
{
    if (v.type == MP_T_REF) v = v.u.r->val;
    mp_val_share(v);
    if (key.type == MP_T_REF) key = key.u.r->val;
    if (key.type == MP_T_UNDEF || key.type == MP_T_NULL) {
        /* $ao[] = v and $ao[null] = v append */
        if (!mp_array_append(vm, storage_w(vm, o), v))
            mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
        return;
    }
    mp_key k = spl_key(vm, key, "");
    int created;
    mp_slot_store(mp_array_lookup_or_add(vm, storage_w(vm, o), k, &created), v);
}

static void storage_unset(mp_vm *vm, mp_object *o, mp_val key)
{
    mp_key k = spl_key(vm, key, " in unset");
    if (!mp_array_find(storage_r(vm, o), k)) return;
    mp_array *a = storage_w(vm, o);
    mp_ref_drop(*mp_array_find(a, k));
    mp_array_delete(vm, a, k);
}

/* ---- $obj[...] from the interpreter ---- */

/* $obj[key] for reading. MODE 0: a plain read; 1: ??, empty() (offsetExists
 * first, null when it says no); 2: isset() (offsetExists alone decides:
 * true or null). */
mp_val mp_spl_dim_read(mp_vm *vm, mp_object *o, mp_val key, int mode)
{
    if (key.type == MP_T_REF) key = key.u.r->val;
    if (spl_kind(o->cls)) {
        int uget = overridden(o, "offsetget"), uhas = overridden(o, "offsetexists");
        if (mode == 2) {
            if (uhas) return mp_to_bool(call(vm, o, "offsetexists", 1, &key, 0)) ? mp_v_bool(1) : mp_v_null();
            return storage_has(vm, o, key, 0) ? mp_v_bool(1) : mp_v_null();
        }
        if (mode == 1 && (uget || uhas)) {
            int has = uhas ? mp_to_bool(call(vm, o, "offsetexists", 1, &key, 0)) : storage_has(vm, o, key, 0);
            if (!has) return mp_v_null();
        }
        if (uget) return call(vm, o, "offsetget", 1, &key, 0);
        return storage_get(vm, o, key, mode != 0);
    }
    if (!has_iface(o->cls, "arrayaccess")) not_array(vm, o);
    if (mode == 2) return mp_to_bool(call(vm, o, "offsetexists", 1, &key, 0)) ? mp_v_bool(1) : mp_v_null();
    if (mode == 1 && !mp_to_bool(call(vm, o, "offsetexists", 1, &key, 0))) return mp_v_null();
    return call(vm, o, "offsetget", 1, &key, 0);
}

/* $obj[key] as the container of a nested write ($obj[k][] = v, $obj[k]++,
 * &$obj[k]; MODE 1 for read-modify-write, 2 for a nested unset); KEY UNDEF
 * for $obj[]. ArrayObject hands out its element; other
 * objects the result of offsetGet, a temporary unless it is a reference
 * (PHP notices the write is lost unless the result is an object). */
mp_val *mp_spl_dim_ptr(mp_vm *vm, mp_object *o, mp_val key, int mode)
{
    if (key.type == MP_T_REF) key = key.u.r->val;
    if (spl_kind(o->cls) && !overridden(o, "offsetget")) {
        mp_key k;
        if (key.type != MP_T_UNDEF) k = spl_key(vm, key, "");
        if (key.type != MP_T_UNDEF && (mode != 2 || mp_array_find(storage_r(vm, o), k))) {
            int created;
            mp_val *e = mp_array_lookup_or_add(vm, storage_w(vm, o), k, &created);
            if (created && mode == 1) undefined_key(vm, k);
            return e;
        }
        indirect_notice(vm, o);
        mp_val *tmp = mp_alloc(vm, sizeof *tmp);
        *tmp = mp_v_null();
        return tmp;
    }
    if (!spl_kind(o->cls) && !has_iface(o->cls, "arrayaccess")) not_array(vm, o);
    mp_val r = call(vm, o, "offsetget", 1, &key, 1);
    /* a REF (offsetGet returned by reference) is written through */
    if (r.type != MP_T_REF && r.type != MP_T_OBJECT) indirect_notice(vm, o);
    mp_val *tmp = mp_alloc(vm, sizeof *tmp);
    *tmp = r;
    return tmp;
}

/* $obj[key] = v ($obj[] = v with KEY UNDEF: offsetSet(null, v)). */
void mp_spl_dim_write(mp_vm *vm, mp_object *o, mp_val key, mp_val v)
{
    if (key.type == MP_T_REF) key = key.u.r->val;
    if (spl_kind(o->cls) && !overridden(o, "offsetset")) { storage_set(vm, o, key, v); return; }
    if (!spl_kind(o->cls) && !has_iface(o->cls, "arrayaccess")) not_array(vm, o);
    mp_val args[2] = { key.type == MP_T_UNDEF ? mp_v_null() : key, v };
    call(vm, o, "offsetset", 2, args, 0);
}

/* unset($obj[key]) */
void mp_spl_dim_unset(mp_vm *vm, mp_object *o, mp_val key)
{
    if (key.type == MP_T_REF) key = key.u.r->val;
    if (spl_kind(o->cls) && !overridden(o, "offsetunset")) { storage_unset(vm, o, key); return; }
    if (!spl_kind(o->cls) && !has_iface(o->cls, "arrayaccess")) not_array(vm, o);
    call(vm, o, "offsetunset", 1, &key, 0);
}

/* $obj[key] op= v: offsetGet, the operator, offsetSet; returns the new value. */
mp_val mp_spl_dim_assign_op(mp_vm *vm, mp_object *o, mp_val key, int op, mp_val v)
{
    mp_val cur = mp_spl_dim_read(vm, o, key, 0), r;
    if (cur.type == MP_T_REF) cur = cur.u.r->val;
    mp_binary_op(vm, op, cur, v, &r);
    mp_spl_dim_write(vm, o, key, r);
    return r;
}

/* ---- services for builtins (vmapi.h) ---- */

int mp_object_is_countable(mp_vm *vm, const mp_object *o) { (void)vm; return has_iface(o->cls, "countable"); }
int mp_object_is_traversable(mp_vm *vm, const mp_object *o) { (void)vm; return has_iface(o->cls, "traversable"); }

int mp_object_count(mp_vm *vm, mp_object *o, int64_t *n)
{
    if (!has_iface(o->cls, "countable")) return 0;
    mp_val r = call(vm, o, "count", 0, NULL, 0);
    *n = mp_to_int(vm, r);
    return 1;
}

/* ---- ArrayObject and ArrayIterator methods ---- */

static mp_object *self(mp_vm *vm) { return mp_this(vm); }

/* Set O's storage from the constructor / exchangeArray() argument V. */
static void set_storage(mp_vm *vm, mp_object *o, mp_val v, const char *fn)
{
    if (v.type == MP_T_REF) v = v.u.r->val;
    spl_array *st = state(vm, o);
    if (v.type == MP_T_ARRAY) {
        mp_val_share(v);
        st->storage = v;
    } else if (v.type == MP_T_OBJECT) {
        if (v.u.o == o) st->storage = mp_v_arr(mp_array_empty());
        else st->storage = v;
    } else {
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s::%s(): Argument #1 ($array) must be of type array, %s given",
                    spl_name(o), fn, mp_debug_type(v));
    }
    st->pos = 0;
    st->has_key = 0;
}

static mp_class *iterator_class_arg(mp_vm *vm, mp_object *o, mp_val v, const char *fn, int argno)
{
    mp_class *c = v.type == MP_T_STRING ? mp_lookup_class(vm, v.u.s, 0) : NULL;
    if (!c || spl_kind(c) != KIND_ITERATOR)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s::%s(): Argument #%d ($iteratorClass) must be a class name derived from ArrayIterator, %s given",
                    spl_name(o), fn, argno, v.type == MP_T_STRING ? v.u.s->data : mp_debug_type(v));
    return c;
}

/* __construct(array|object $array = [], int $flags = 0[, string $iteratorClass = ArrayIterator::class]) */
static void m_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    mp_object *o = self(vm);
    spl_array *st = state(vm, o);
    if (argc > 0) set_storage(vm, o, argv[0], "__construct");
    if (argc > 1) st->flags = argv[1].u.i;
    if (argc > 2) st->iter_class = iterator_class_arg(vm, o, argv[2], "__construct", 3);
}

static void m_offset_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_bool(storage_has(vm, self(vm), argv[0], 2));
}

static void m_offset_get(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = storage_get(vm, self(vm), argv[0], 0);
}

static void m_offset_set(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    storage_set(vm, self(vm), argv[0], argv[1]);
}

static void m_offset_unset(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    storage_unset(vm, self(vm), argv[0]);
}

static void m_append(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_object *o = self(vm);
    if (storage_is_object(vm, o))
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot append properties to objects, use %s::offsetSet() instead", o->cls->name->data);
    mp_spl_dim_write(vm, o, mp_v_undef(), argv[0]);   /* an overriding offsetSet(null, $v) is called */
}

static void m_get_array_copy(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = storage_r(vm, self(vm));
    *ret = mp_v_arr(a == mp_array_empty() ? mp_array_new(vm, 0) : mp_array_copy(vm, a));
}

/* __serialize(): [flags, the array (or wrapped object), the properties
 * under their mangled names, the iterator class or null], as PHP. */
static void m_serialize(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    spl_array *st = state(vm, o);
    mp_array *a = mp_array_new(vm, 4);
    mp_array_append(vm, a, mp_v_int(st->flags));
    mp_val storage = st->storage;
    mp_val_share(storage);
    mp_array_append(vm, a, storage);
    mp_array_append(vm, a, mp_v_arr(mp_object_mangled_props(vm, o)));
    mp_array_append(vm, a, st->iter_class ? mp_v_str(st->iter_class->name) : mp_v_null());
    *ret = mp_v_arr(a);
}

/* __unserialize(array $data): the inverse of __serialize(). */
static void m_unserialize(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_object *o = self(vm);
    spl_array *st = state(vm, o);
    mp_array *d = argv[0].u.a;
    mp_val *flags = mp_array_find_int(d, 0), *storage = mp_array_find_int(d, 1);
    mp_val *members = mp_array_find_int(d, 2), *iter = mp_array_find_int(d, 3);
    /* OBJECTS: PHP throws UnexpectedValueException on ill-typed data; we skip it */
    if (flags && mp_deref(flags)->type == MP_T_INT) st->flags = mp_deref(flags)->u.i;
    if (storage) set_storage(vm, o, *mp_deref(storage), "__unserialize");
    mp_key k; mp_val *e;
    if (members && mp_deref(members)->type == MP_T_ARRAY)
        for (uint32_t pos = 0; mp_array_next(mp_deref(members)->u.a, &pos, &k, &e); )
            mp_object_set_mangled(vm, o, k, *mp_deref(e));
    if (iter && mp_deref(iter)->type == MP_T_STRING)
        st->iter_class = iterator_class_arg(vm, o, *mp_deref(iter), "__unserialize", 1);
}

static void m_count(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_int(mp_array_count(storage_r(vm, self(vm))));
}

static void m_get_flags(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_int(state(vm, self(vm))->flags);
}

static void m_set_flags(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    state(vm, self(vm))->flags = argv[0].u.i;
}

/* ArrayObject::__debugInfo(): the properties, then the storage as PHP's
 * private "storage" of the built-in class. */
static void m_debug_info(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    mp_array *a = mp_object_props(vm, o, 1, 0);
    const char *cn = spl_name(o);
    size_t cl = strlen(cn);
    mp_str *k = mp_str_alloc(vm, cl + 9);
    k->data[0] = 0;
    memcpy(k->data + 1, cn, cl);
    k->data[cl + 1] = 0;
    memcpy(k->data + cl + 2, "storage", 7);
    mp_val s = state(vm, o)->storage;
    mp_val_share(s);
    mp_array_set(vm, a, (mp_key){ k, 0 }, s);
    *ret = mp_v_arr(a);
}

/* ArrayObject::getIterator(): an iterator sharing this object's storage
 * (its constructor is not run, as in PHP). */
static void m_get_iterator(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    spl_array *st = state(vm, o);
    mp_class *c = st->iter_class ? st->iter_class : mp_find_class(vm, mp_str_cstr(vm, "ArrayIterator"));
    mp_object *it = mp_object_new(vm, c);
    spl_array *is = state(vm, it);
    is->storage = mp_v_obj(o);
    is->flags = st->flags;
    *ret = mp_v_obj(it);
}

static void m_exchange_array(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    m_get_array_copy(vm, argc, argv, ret);
    set_storage(vm, self(vm), argv[0], "exchangeArray");
}

static void m_set_iterator_class(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_object *o = self(vm);
    state(vm, o)->iter_class = iterator_class_arg(vm, o, argv[0], "setIteratorClass", 1);
}

static void m_get_iterator_class(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_class *c = state(vm, self(vm))->iter_class;
    *ret = mp_v_str(c ? c->name : mp_str_cstr(vm, "ArrayIterator"));
}

/* ---- ArrayIterator: the position ---- */

static int key_eq(mp_key a, mp_key b)
{
    if (a.s || b.s) return a.s && b.s && mp_str_eq(a.s, b.s);
    return a.i == b.i;
}

/* The slot index of KEY in A, -1 if absent. */
static int64_t slot_index(const mp_array *a, mp_key key)
{
    mp_val *v = mp_array_find(a, key);
    if (!v) return -1;
    if (a->flags & MP_ARR_PACKED) return v - a->vals;
    return (mp_bucket *)(void *)((char *)v - offsetof(mp_bucket, val)) - a->buckets;
}

/* The element at the iterator position (the first live slot at or after
 * it), or NULL at the end. The position follows its element when the
 * array was copied or compacted meanwhile; when the element was removed
 * the iterator moves on to the next one, as PHP's hash iterators do. */
static mp_val *it_here(mp_vm *vm, mp_object *o, mp_key *key)
{
    spl_array *st = state(vm, o);
    mp_array *a = storage_r(vm, o);
    mp_key k;
    mp_val *v;
    if (st->has_key) {
        uint32_t p = st->pos;
        if (!(mp_array_next(a, &p, &k, &v) && p - 1 == st->pos && key_eq(k, st->key))) {
            int64_t i = slot_index(a, st->key);
            if (i >= 0) st->pos = (uint32_t)i;
        }
    }
    uint32_t p = st->pos;
    if (mp_array_next(a, &p, &k, &v)) {
        st->pos = p - 1;
        st->key = k;
        st->has_key = 1;
        if (key) *key = k;
        return v;
    }
    st->pos = p;
    st->has_key = 0;
    return NULL;
}

static void it_rewind(mp_vm *vm, mp_object *o)
{
    spl_array *st = state(vm, o);
    st->pos = 0;
    st->has_key = 0;
    it_here(vm, o, NULL);
}

static int it_next(mp_vm *vm, mp_object *o)
{
    if (!it_here(vm, o, NULL)) return 0;
    spl_array *st = state(vm, o);
    st->pos++;
    st->has_key = 0;
    return it_here(vm, o, NULL) != NULL;
}

static void m_rewind(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    it_rewind(vm, self(vm));
}

static void m_valid(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_bool(it_here(vm, self(vm), NULL) != NULL);
}

static void m_current(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_val *v = it_here(vm, self(vm), NULL);
    *ret = v ? *mp_deref(v) : mp_v_null();
    mp_val_share(*ret);
}

static void m_key(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_key k;
    *ret = it_here(vm, self(vm), &k) ? mp_key_to_val(k) : mp_v_null();
}

static void m_next(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    it_next(vm, self(vm));
}

/* seek(int $offset): rewind, then move OFFSET elements on. */
static void m_seek(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_object *o = self(vm);
    int64_t n = argv[0].u.i;
    if (n >= 0) {
        it_rewind(vm, o);
        int ok = 1;
        for (int64_t i = 0; i < n && ok; i++) ok = it_next(vm, o);
        if (ok && it_here(vm, o, NULL)) return;
    }
    mp_class *c = mp_lookup_class(vm, mp_str_cstr(vm, "OutOfBoundsException"), 1);
    mp_object *ex = mp_object_alloc(vm, c);
    char msg[64];
    snprintf(msg, sizeof msg, "Seek position %lld is out of range", (long long)n);
    mp_val *slot = mp_array_find_str(c->props, "message", 7);
    if (slot) ex->slots[((mp_prop *)slot->u.p)->slot] = mp_v_str(mp_str_cstr(vm, msg));
    mp_throw_value(vm, mp_v_obj(ex));
}

/* ---- sorting ---- */

/* asort(), ksort(), uasort()... on the storage: as PHP does, the array
 * function of that name runs with the storage array by reference. */
static void sort_method(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret)
{
    mp_object *o = self(vm);
    mp_val f = mp_resolve_function(vm, mp_str_cstr(vm, fn), 1);
    storage_w(vm, o);
    mp_array **holder = storage_holder(vm, o);
    mp_ref *box = mp_alloc(vm, sizeof *box);
    box->val = mp_v_arr(*holder);
    box->rc = 1;
    mp_val args[2];
    args[0].u.i = 0; args[0].type = MP_T_REF; args[0].u.r = box;
    if (argc) args[1] = argv[0];
    mp_native_call(vm, f.u.p, argc + 1, args, ret);
    if (box->val.type == MP_T_ARRAY) *holder = box->val.u.a;
    spl_array *st = state(vm, o);
    st->pos = 0;
    st->has_key = 0;
}

static void m_asort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { sort_method(vm, "asort", argc, argv, ret); }
static void m_ksort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { sort_method(vm, "ksort", argc, argv, ret); }
static void m_uasort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { sort_method(vm, "uasort", argc, argv, ret); }
static void m_uksort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { sort_method(vm, "uksort", argc, argv, ret); }
static void m_natsort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { sort_method(vm, "natsort", argc, argv, ret); }
static void m_natcasesort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { sort_method(vm, "natcasesort", argc, argv, ret); }

/* ---- the classes ---- */

#define ARRAY_METHODS(C) \
    { C "::offsetExists", m_offset_exists, 1, 1, "z", "key" }, \
    { C "::offsetGet", m_offset_get, 1, 1, "z", "key" }, \
    { C "::offsetSet", m_offset_set, 2, 2, "zz", "key value" }, \
    { C "::offsetUnset", m_offset_unset, 1, 1, "z", "key" }, \
    { C "::append", m_append, 1, 1, "z", "value" }, \
    { C "::getArrayCopy", m_get_array_copy, 0, 0, "", "" }, \
    { C "::count", m_count, 0, 0, "", "" }, \
    { C "::getFlags", m_get_flags, 0, 0, "", "" }, \
    { C "::setFlags", m_set_flags, 1, 1, "i", "flags" }, \
    { C "::asort", m_asort, 0, 1, "i", "flags" }, \
    { C "::ksort", m_ksort, 0, 1, "i", "flags" }, \
    { C "::uasort", m_uasort, 1, 1, "z", "callback" }, \
    { C "::uksort", m_uksort, 1, 1, "z", "callback" }, \
    { C "::natsort", m_natsort, 0, 0, "", "" }, \
    { C "::natcasesort", m_natcasesort, 0, 0, "", "" }, \
    { C "::__debugInfo", m_debug_info, 0, 0, "", "" }, \
    { C "::__serialize", m_serialize, 0, 0, "", "" }, \
    { C "::__unserialize", m_unserialize, 1, 1, "a", "data" }

static const mp_builtin array_object_methods[] = {
    { "ArrayObject::__construct", m_construct, 0, 3, "zis", "array flags iteratorClass", "[] 0 'ArrayIterator'" },
    ARRAY_METHODS("ArrayObject"),
    { "ArrayObject::getIterator", m_get_iterator, 0, 0, "", "" },
    { "ArrayObject::exchangeArray", m_exchange_array, 1, 1, "z", "array" },
    { "ArrayObject::setIteratorClass", m_set_iterator_class, 1, 1, "s", "iteratorClass" },
    { "ArrayObject::getIteratorClass", m_get_iterator_class, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};

static const mp_builtin array_iterator_methods[] = {
    { "ArrayIterator::__construct", m_construct, 0, 2, "zi", "array flags", "[] 0" },
    ARRAY_METHODS("ArrayIterator"),
    { "ArrayIterator::rewind", m_rewind, 0, 0, "", "" },
    { "ArrayIterator::current", m_current, 0, 0, "", "" },
    { "ArrayIterator::key", m_key, 0, 0, "", "" },
    { "ArrayIterator::next", m_next, 0, 0, "", "" },
    { "ArrayIterator::valid", m_valid, 0, 0, "", "" },
    { "ArrayIterator::seek", m_seek, 1, 1, "i", "offset" },
    { NULL, NULL, 0, 0, NULL, NULL },
};

static const mp_builtin seekable_methods[] = {
    { "SeekableIterator::seek", NULL, 1, 1, "i", "offset" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t seekable_mflags[] = { MP_ACC_PUBLIC | MP_ACC_ABSTRACT };

/* Linked after classlib.c's classes (their interfaces exist by then). The
 * rows' addresses identify the classes (spl_kind). */
const mp_native_class mp_spl_classes[] = {
    { "SeekableIterator", NULL, "Iterator", MP_ACC_INTERFACE, seekable_methods, seekable_mflags, NULL },
    { "ArrayObject", NULL, "IteratorAggregate ArrayAccess Countable", 0, array_object_methods, NULL, NULL },
    { "ArrayIterator", NULL, "SeekableIterator ArrayAccess Countable", 0, array_iterator_methods, NULL, NULL },
    { NULL, NULL, NULL, 0, NULL, NULL, NULL },
};

/* Class constants of the SPL classes (the native table has no constants). */
static void add_const(mp_vm *vm, mp_class *c, const char *name, int64_t v)
{
    mp_cconst *cc = mp_alloc(vm, sizeof *cc);
    cc->name = mp_str_cstr(vm, name);
    cc->flags = MP_ACC_PUBLIC;
    cc->val = mp_v_int(v);
    cc->scope = c;
    mp_array_set(vm, c->consts, (mp_key){ cc->name, 0 }, (mp_val){ .u.p = cc, .tw = MP_T_PTR });
}

void mp_spl_init(mp_vm *vm)
{
    for (int i = 0; mp_spl_classes[i].name; i++) mp_link_native_class(vm, &mp_spl_classes[i]);
    for (int i = 1; i <= 2; i++) {
        mp_class *c = mp_find_class(vm, mp_str_cstr(vm, mp_spl_classes[i].name));
        add_const(vm, c, "STD_PROP_LIST", SPL_STD_PROP_LIST);
        add_const(vm, c, "ARRAY_AS_PROPS", SPL_ARRAY_AS_PROPS);
    }
}

/* ---- views for var_dump, casts and clone ---- */

/* var_dump/print_r: the storage shown as a private "storage" property of
 * ArrayObject/ArrayIterator. Returns 0 for other objects. */
int mp_spl_debug_storage(mp_vm *vm, mp_object *o, mp_val **val, const char **cls)
{
    int kind = spl_kind(o->cls);
    if (!kind) return 0;
    *val = &state(vm, o)->storage;
    *cls = spl_name(o);
    return 1;
}

/* (array) $o for ArrayObject/ArrayIterator: the storage (NULL for others). */
mp_array *mp_spl_cast_array(mp_vm *vm, mp_object *o)
{
    if (!spl_kind(o->cls) || (state(vm, o)->flags & SPL_STD_PROP_LIST)) return NULL;
    mp_array *a = storage_r(vm, o);
    return a == mp_array_empty() ? mp_array_new(vm, 0) : mp_array_copy(vm, a);
}

/* clone: an ArrayObject copies its array (on write); a cloned
 * ArrayIterator works on the original's storage, as in PHP. */
void mp_spl_clone(mp_vm *vm, mp_object *orig, mp_object *copy)
{
    int kind = spl_kind(copy->cls);
    if (!copy->internal || !kind) return;
    spl_array *st = mp_alloc(vm, sizeof *st);
    *st = *(spl_array *)orig->internal;
    if (kind == KIND_ITERATOR) st->storage = mp_v_obj(orig);
    else st->storage = mp_v_arr(storage_r(vm, orig));   /* a copy of the array, even of a wrapped one */
    mp_val_share(st->storage);
    st->pos = 0;
    st->has_key = 0;
    copy->internal = st;
}

/* $a == $b / <=> for two ArrayObjects (or ArrayIterators) of one class:
 * the storages first, as PHP does; 0 when A is no such object. */
int mp_spl_compare(mp_vm *vm, mp_object *a, mp_object *b, int *result)
{
    if (!spl_kind(a->cls)) return 0;
    *result = mp_compare(vm, mp_v_arr(storage_r(vm, a)), mp_v_arr(storage_r(vm, b)));
    return 1;
}

/* foreach ($ao as &$v): a reference to the storage array itself, whose
 * elements the loop then binds (UNDEF when O's class takes over the
 * iteration with its own getIterator()/current()). */
mp_val mp_spl_iterate_ref(mp_vm *vm, mp_object *o)
{
    int kind = spl_kind(o->cls);
    if (!kind || overridden(o, kind == KIND_OBJECT ? "getiterator" : "current")) return mp_v_undef();
    mp_ref *box = mp_alloc(vm, sizeof *box);
    box->val = mp_v_arr(storage_w(vm, o));
    box->rc = 1;
    mp_val r;
    r.u.i = 0; r.type = MP_T_REF; r.u.r = box;
    return r;
}
