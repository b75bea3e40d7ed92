/* objbuiltins.c - class and object functions (get_class, method_exists,
 * spl_autoload_register, iterator_to_array...) and the callable helpers
 * (call_user_func). They read the class table, so they live in vm/. */
#include <string.h>
#include <strings.h>
#include "vm.h"

#define ARGS (void)argc; (void)argv
static mp_frame *caller(mp_vm *vm) { return &vm->frames[vm->nframes - 1]; }

static mp_str *lower_copy(mp_vm *vm, mp_str *s)
{
    mp_str *r = mp_str_new(vm, s->data, s->len);
    for (size_t i = 0; i < r->len; i++) if (r->data[i] >= 'A' && r->data[i] <= 'Z') r->data[i] += 32;
    return r;
}

/* An object or a class name argument; NULL when the class is unknown. */
static mp_class *class_arg(mp_vm *vm, mp_val v, int autoload)
{
    v = *mp_deref(&v);
    if (v.type == MP_T_OBJECT) return v.u.o->cls;
    if (v.type == MP_T_STRING) return autoload ? mp_lookup_class(vm, v.u.s, 0) : mp_find_class(vm, v.u.s);
    return NULL;
}

/* get_class(object $object = ?): string */
static void bi_get_class(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argc == 0) {
        mp_class *s = caller(vm)->scope;
        if (!s) mp_throw_ex(vm, MP_EX_ERROR, "get_class() without arguments must be called from within a class");
        *ret = mp_v_str(s->name);
        return;
    }
    mp_val v = *mp_deref(&argv[0]);
    if (v.type != MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "get_class(): Argument #1 ($object) must be of type object, %s given", mp_debug_type(v));
    *ret = mp_v_str(v.u.o->cls->name);
}

static void bi_get_called_class(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_class *c = caller(vm)->called;
    if (!c) mp_throw_ex(vm, MP_EX_ERROR, "get_called_class() must be called from within a class");
    *ret = mp_v_str(c->name);
}

/* get_parent_class(object|string $object_or_class = ?): string|false */
static void bi_get_parent_class(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_class *c = argc ? class_arg(vm, argv[0], 1) : caller(vm)->scope;
    if (argc && !c && mp_deref(&argv[0])->type == MP_T_STRING)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "get_parent_class(): Argument #1 ($object_or_class) must be an object or a valid class name, string given");
    *ret = c && c->parent ? mp_v_str(c->parent->name) : mp_v_bool(0);
}

static void bi_get_object_vars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_val v = *mp_deref(&argv[0]);
    if (v.type != MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "get_object_vars(): Argument #1 ($object) must be of type object, %s given", mp_debug_type(v));
    *ret = mp_v_arr(mp_object_props(vm, v.u.o, 0, 0));
}

/* get_class_vars(string $class): array -- default values of the
 * properties visible here: instance ones, then static ones (their current
 * values); a class's own declarations before the inherited ones, as php */
static void bi_get_class_vars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_class *c = mp_lookup_class(vm, argv[0].u.s, 0);
    if (!c) mp_throw_ex(vm, MP_EX_TYPE_ERROR, "get_class_vars(): Argument #1 ($class) must be a valid class name, %s given", argv[0].u.s->data);
    const mp_val *defs = mp_class_defaults(vm, c);
    mp_class *scope = mp_scope(vm);
    mp_array *out = mp_array_new(vm, 8);
    for (int statics = 0; statics < 2; statics++) {
        for (mp_class *k = c; k; k = k->parent) {
            mp_key key; mp_val *e;
            for (uint32_t pos = 0; mp_array_next(k->props, &pos, &key, &e); ) {
                mp_prop *p = e->u.p;
                if (p->scope != k || !(p->flags & MP_ACC_STATIC) != !statics) continue;
                if (!mp_member_visible(p->flags, p->scope, scope)) continue;
                if (mp_array_find_str(out, p->name->data, p->name->len)) continue;
                mp_val v = statics ? *mp_deref(mp_static_prop_slot(vm, p)) : defs[p->slot];
                if (v.type == MP_T_UNDEF) v = mp_v_null();
                mp_val_share(v);
                mp_array_set_str(vm, out, p->name->data, p->name->len, v);
            }
        }
    }
    *ret = mp_v_arr(out);
}

/* class_alias(string $class, string $alias, bool $autoload = true): bool */
static void bi_class_alias(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *name = argv[0].u.s, *alias = argv[1].u.s;
    mp_class *c = argc > 2 && argv[2].type == MP_T_FALSE ? mp_find_class(vm, name) : mp_lookup_class(vm, name, 0);
    *ret = mp_v_bool(0);
    if (!c) { mp_error(vm, MP_E_WARNING, "Class \"%s\" not found", name->data); return; }
    if (c->flags & MP_ACC_NATIVE)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "class_alias(): Argument #1 ($class) must be a user-defined class name, internal class name given");
    mp_str *lc = lower_copy(vm, alias->len && alias->data[0] == '\\' ? mp_str_new(vm, alias->data + 1, alias->len - 1) : alias);
    if (mp_array_find_str(vm->classes, lc->data, lc->len)) {
        mp_error(vm, MP_E_WARNING, "Cannot declare %s %s, because the name is already in use",
                 (c->flags & MP_ACC_INTERFACE) ? "interface" : (c->flags & MP_ACC_TRAIT) ? "trait" : (c->flags & MP_ACC_ENUM) ? "enum" : "class",
                 alias->data);
        return;
    }
    mp_array_set_str(vm, vm->classes, lc->data, lc->len, mp_v_ptr_class(c));
    *ret = mp_v_bool(1);
}

/* get_declared_classes/interfaces/traits(): array -- in declaration order,
 * the built-in ones first; an alias is listed under its lower-case name */
static void declared(mp_vm *vm, uint32_t kind, mp_val *ret)
{
    mp_array *out = mp_array_new(vm, 64);
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(vm->classes, &pos, &k, &e); ) {
        mp_class *c = e->u.p;
        if (!k.s || (c->flags & MP_ACC_ANON)) continue;
        if ((c->flags & (MP_ACC_INTERFACE | MP_ACC_TRAIT)) != kind) continue;
        mp_array_append(vm, out, mp_v_str(mp_str_eq(k.s, c->lcname) ? c->name : k.s));
    }
    *ret = mp_v_arr(out);
}
static void bi_get_declared_classes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { ARGS; declared(vm, 0, ret); }
static void bi_get_declared_interfaces(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { ARGS; declared(vm, MP_ACC_INTERFACE, ret); }
static void bi_get_declared_traits(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { ARGS; declared(vm, MP_ACC_TRAIT, ret); }

/* get_mangled_object_vars(object $object): array -- every property under
 * its mangled name ("\0A\0p" private, "\0*\0p" protected), as (array) */
static void bi_get_mangled_object_vars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    *ret = mp_v_arr(mp_object_mangled_props(vm, mp_deref(&argv[0])->u.o));
}

static void bi_get_class_methods(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_class *c = class_arg(vm, argv[0], 1);
    if (!c) mp_throw_ex(vm, MP_EX_TYPE_ERROR, "get_class_methods(): Argument #1 ($object_or_class) must be an object or a valid class name, %s given", mp_debug_type(*mp_deref(&argv[0])));
    mp_array *a = mp_array_new(vm, 8);
    mp_class *scope = caller(vm)->scope;
    /* own methods first, then inherited ones, as PHP's function table orders them */
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(c->methods, &pos, &k, &e); ) {
        mp_method *m = e->u.p;
        if (mp_member_visible(m->flags, m->scope, scope)) mp_array_append(vm, a, mp_v_str(m->name));
    }
    *ret = mp_v_arr(a);
}

static void bi_method_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_val o = *mp_deref(&argv[0]);
    if (o.type != MP_T_OBJECT && o.type != MP_T_STRING)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "method_exists(): Argument #1 ($object_or_class) must be of type object|string, %s given", mp_debug_type(o));
    mp_class *c = class_arg(vm, o, 1);
    *ret = mp_v_bool(c && mp_find_method(c, lower_copy(vm, argv[1].u.s)) != NULL);
}

static void bi_property_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_val o = *mp_deref(&argv[0]);
    mp_class *c = class_arg(vm, o, 1);
    int r = 0;
    if (c) {
        r = mp_class_prop(c, argv[1].u.s) != NULL;
        if (!r && o.type == MP_T_OBJECT && o.u.o->dyn) r = mp_array_find(o.u.o->dyn, (mp_key){ argv[1].u.s, 0 }) != NULL;
    }
    *ret = mp_v_bool(r);
}

static void exists_kind(mp_vm *vm, mp_val *argv, int argc, mp_val *ret, uint32_t want)
{
    int autoload = argc < 2 || mp_to_bool(argv[1]);
    mp_class *c = autoload ? mp_lookup_class(vm, argv[0].u.s, 0) : mp_find_class(vm, argv[0].u.s);
    int ok = 0;
    if (c) {
        uint32_t kind = c->flags & (MP_ACC_INTERFACE | MP_ACC_TRAIT | MP_ACC_ENUM);
        ok = want == 0 ? (kind == 0 || kind == MP_ACC_ENUM) : kind == want;
    }
    *ret = mp_v_bool(ok);
}
static void bi_class_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { exists_kind(vm, argv, argc, ret, 0); }
static void bi_interface_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { exists_kind(vm, argv, argc, ret, MP_ACC_INTERFACE); }
static void bi_trait_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { exists_kind(vm, argv, argc, ret, MP_ACC_TRAIT); }
static void bi_enum_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { exists_kind(vm, argv, argc, ret, MP_ACC_ENUM); }

/* is_a(mixed $object_or_class, string $class, bool $allow_string = false) */
static void bi_is_a(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val o = *mp_deref(&argv[0]);
    int allow_string = argc > 2 && mp_to_bool(argv[2]);
    mp_class *c = o.type == MP_T_OBJECT ? o.u.o->cls : (allow_string && o.type == MP_T_STRING ? mp_lookup_class(vm, o.u.s, 0) : NULL);
    mp_class *of = mp_find_class(vm, argv[1].u.s);   /* the class argument is not autoloaded */
    *ret = mp_v_bool(c && of && mp_instanceof(c, of));
}

static void bi_is_subclass_of(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val o = *mp_deref(&argv[0]);
    int allow_string = argc < 3 || mp_to_bool(argv[2]);
    mp_class *c = o.type == MP_T_OBJECT ? o.u.o->cls : (allow_string && o.type == MP_T_STRING ? mp_lookup_class(vm, o.u.s, 0) : NULL);
    mp_class *of = mp_find_class(vm, argv[1].u.s);
    *ret = mp_v_bool(c && of && c != of && mp_instanceof(c, of));
}

static void bi_spl_object_id(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS; (void)vm;
    *ret = mp_v_int(argv[0].u.o->id);
}

static void bi_spl_object_hash(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    *ret = mp_v_str(mp_str_printf(vm, "%016x%016x", argv[0].u.o->id, 0));   /* the handle, then 16 zeros, as PHP */
}

static void bi_spl_autoload_register(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argc == 0 || mp_deref(&argv[0])->type == MP_T_NULL) { *ret = mp_v_bool(1); return; }
    if (!vm->autoloaders) vm->autoloaders = mp_array_new(vm, 2);
    mp_val f = *mp_deref(&argv[0]);
    mp_val_share(f);
    if (argc > 2 && mp_to_bool(argv[2])) {
        mp_array *n = mp_array_new(vm, mp_array_count(vm->autoloaders) + 1);
        mp_array_append(vm, n, f);
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(vm->autoloaders, &pos, &k, &e); ) mp_array_append(vm, n, *e);
        vm->autoloaders = n;
    } else mp_array_append(vm, vm->autoloaders, f);
    *ret = mp_v_bool(1);
}

static void bi_spl_autoload_functions(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_array *a = mp_array_new(vm, 2);
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; vm->autoloaders && mp_array_next(vm->autoloaders, &pos, &k, &e); ) mp_array_append(vm, a, *e);
    *ret = mp_v_arr(a);
}

static void bi_spl_autoload_unregister(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    mp_array *n = mp_array_new(vm, 2);
    int found = 0;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; vm->autoloaders && mp_array_next(vm->autoloaders, &pos, &k, &e); ) {
        if (!found && mp_loose_eq(vm, *e, *mp_deref(&argv[0]))) { found = 1; continue; }
        mp_array_append(vm, n, *e);
    }
    vm->autoloaders = n;
    *ret = mp_v_bool(found);
}

/* Walk a Traversable (or array) calling FN for each key/value. */
static void iterate(mp_vm *vm, const char *fname, mp_val it, mp_traverse_fn fn, void *ud)
{
    it = *mp_deref(&it);
    if (it.type == MP_T_ARRAY) {
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(it.u.a, &pos, &k, &e); ) fn(vm, ud, mp_key_to_val(k), *mp_deref(e));
        return;
    }
    if (it.type != MP_T_OBJECT || !mp_instanceof_name(vm, it.u.o->cls, mp_str_cstr(vm, "Traversable")))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($iterator) must be of type Traversable|array, %s given", fname, mp_debug_type(it));
    mp_traverse(vm, it.u.o, fn, ud);
}

typedef struct { mp_array *a; int keys; int64_t n; } collect;
static void collect_one(mp_vm *vm, void *ud, mp_val key, mp_val val)
{
    collect *c = ud;
    c->n++;
    if (!c->a) return;
    mp_val_share(val);
    if (!c->keys) { mp_array_append(vm, c->a, val); return; }
    mp_key k;
    if (!mp_array_key_from_val(vm, key, &k))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot access offset of type %s on array", mp_debug_type(key));
    mp_array_set(vm, c->a, k, val);
}

static void bi_iterator_to_array(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    collect c = { mp_array_new(vm, 8), argc < 2 || mp_to_bool(argv[1]), 0 };
    iterate(vm, "iterator_to_array", argv[0], collect_one, &c);
    *ret = mp_v_arr(c.a);
}

/* iterator_apply(Traversable $iterator, callable $callback, ?array $args = null): int
 * -- calls CALLBACK (with ARGS, not the element) while the iterator is
 * valid and the callback returns something true; counts the calls */
static void bi_iterator_apply(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val it = *mp_deref(&argv[0]);
    if (it.type != MP_T_OBJECT || !mp_instanceof_name(vm, it.u.o->cls, mp_str_cstr(vm, "Traversable")))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "iterator_apply(): Argument #1 ($iterator) must be of type Traversable, %s given", mp_debug_type(it));
    mp_object *o = it.u.o;
    /* an IteratorAggregate gives its iterator (which may be one again) */
    for (int depth = 0; !mp_instanceof_name(vm, o->cls, mp_str_cstr(vm, "Iterator")) && depth < 32; depth++) {
        mp_val r;
        mp_call_method_name(vm, o, "getiterator", 0, NULL, &r);
        if (r.type != MP_T_OBJECT || !mp_instanceof_name(vm, r.u.o->cls, mp_str_cstr(vm, "Traversable")))
            mp_throw_ex(vm, MP_EX_EXCEPTION, "Objects returned by %s::getIterator() must be traversable or implement interface Iterator", o->cls->name->data);
        o = r.u.o;
    }
    mp_array *args = argc > 2 && argv[2].type == MP_T_ARRAY ? mp_deref(&argv[2])->u.a : NULL;
    int64_t count = 0;
    mp_val r;
    mp_call_method_name(vm, o, "rewind", 0, NULL, &r);
    for (;;) {
        mp_call_method_name(vm, o, "valid", 0, NULL, &r);
        if (!mp_to_bool(r)) break;
        count++;
        if (args) mp_call_value_array(vm, argv[1], args, &r);
        else mp_call_value(vm, argv[1], 0, NULL, &r);
        if (!mp_to_bool(r)) break;
        mp_call_method_name(vm, o, "next", 0, NULL, &r);
    }
    *ret = mp_v_int(count);
}

/* spl_autoload_call(string $class): void -- runs the autoloaders until
 * one declares the class (the first one runs even if it exists) */
static void bi_spl_autoload_call(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS; (void)ret;
    if (!vm->autoloaders) return;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(vm->autoloaders, &pos, &k, &e); ) {
        mp_val arg = argv[0], r;
        mp_call_value(vm, *e, 1, &arg, &r);
        if (mp_find_class(vm, argv[0].u.s)) return;
    }
}

/* spl_classes(): array -- php's SPL classes that minphp has, name => name */
static void bi_spl_classes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    static const char *const names[] = {
        "AppendIterator", "ArrayIterator", "ArrayObject", "BadFunctionCallException", "BadMethodCallException",
        "CachingIterator", "CallbackFilterIterator", "DirectoryIterator", "DomainException", "EmptyIterator",
        "FilesystemIterator", "FilterIterator", "GlobIterator", "InfiniteIterator", "InvalidArgumentException",
        "IteratorIterator", "LengthException", "LimitIterator", "LogicException", "MultipleIterator",
        "NoRewindIterator", "OuterIterator", "OutOfBoundsException", "OutOfRangeException", "OverflowException",
        "ParentIterator", "RangeException", "RecursiveArrayIterator", "RecursiveCachingIterator",
        "RecursiveCallbackFilterIterator", "RecursiveDirectoryIterator", "RecursiveFilterIterator",
        "RecursiveIterator", "RecursiveIteratorIterator", "RecursiveRegexIterator", "RecursiveTreeIterator",
        "RegexIterator", "RuntimeException", "SeekableIterator", "SplDoublyLinkedList", "SplFileInfo",
        "SplFileObject", "SplFixedArray", "SplHeap", "SplMinHeap", "SplMaxHeap", "SplObjectStorage", "SplObserver",
        "SplPriorityQueue", "SplQueue", "SplStack", "SplSubject", "SplTempFileObject", "UnderflowException",
        "UnexpectedValueException", NULL,
    };
    mp_array *a = mp_array_new(vm, 64);
    for (int i = 0; names[i]; i++) {
        mp_str *n = mp_str_cstr(vm, names[i]);
        if (mp_find_class(vm, n)) mp_array_set_str(vm, a, n->data, n->len, mp_v_str(n));
    }
    *ret = mp_v_arr(a);
}

static void bi_iterator_count(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    ARGS;
    collect c = { NULL, 0, 0 };
    iterate(vm, "iterator_count", argv[0], collect_one, &c);
    *ret = mp_v_int(c.n);
}

static void class_list(mp_vm *vm, int argc, mp_val *argv, const char *fname, mp_val *ret, int what)
{
    mp_val o = *mp_deref(&argv[0]);
    int autoload = argc < 2 || mp_to_bool(argv[1]);
    mp_class *c = o.type == MP_T_OBJECT ? o.u.o->cls : o.type == MP_T_STRING ? (autoload ? mp_lookup_class(vm, o.u.s, 0) : mp_find_class(vm, o.u.s)) : NULL;
    if (!c) {
        if (o.type == MP_T_STRING) {
            mp_error(vm, MP_E_WARNING, "%s(): Class %s does not exist%s", fname, o.u.s->data, autoload ? " and could not be loaded" : "");
            *ret = mp_v_bool(0);
            return;
        }
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($object_or_class) must be of type object|string, %s given", fname, mp_debug_type(o));
    }
    mp_array *a = mp_array_new(vm, 4);
    if (what == 0) {
        for (int i = 0; i < c->nifaces; i++) mp_array_set(vm, a, (mp_key){ c->ifaces[i]->name, 0 }, mp_v_str(c->ifaces[i]->name));
    } else if (what == 1) {
        for (mp_class *p = c->parent; p; p = p->parent) mp_array_set(vm, a, (mp_key){ p->name, 0 }, mp_v_str(p->name));
    } else if (c->decl) {
        for (int i = 0; i < c->decl->ntraits; i++) {
            mp_class *t = mp_find_class(vm, c->decl->traits[i]);
            if (t) mp_array_set(vm, a, (mp_key){ t->name, 0 }, mp_v_str(t->name));
        }
    }
    *ret = mp_v_arr(a);
}
static void bi_class_implements(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { class_list(vm, argc, argv, "class_implements", ret, 0); }
static void bi_class_parents(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { class_list(vm, argc, argv, "class_parents", ret, 1); }
static void bi_class_uses(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { class_list(vm, argc, argv, "class_uses", ret, 2); }

static void bi_call_user_func(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_call_value(vm, argv[0], argc - 1, argv + 1, ret);
}

static void bi_call_user_func_array(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_array *a = argv[1].u.a;
    int n = (int)mp_array_count(a);
    mp_val *args = mp_alloc(vm, sizeof(mp_val) * (size_t)(n ? n : 1));
    int i = 0;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(a, &pos, &k, &e); ) {
        if (k.s) { mp_call_value_array(vm, argv[0], a, ret); return; }   /* named arguments */
        args[i++] = *e;
    }
    mp_call_value(vm, argv[0], n, args, ret);
}

static const mp_builtin rows[] = {
    { "call_user_func", bi_call_user_func, 1, -1, "cz*", "callback args" },
    { "call_user_func_array", bi_call_user_func_array, 2, 2, "ca", "callback args" },
    { "class_alias", bi_class_alias, 2, 3, "ssb", "class alias autoload", "true" },
    { "class_exists", bi_class_exists, 1, 2, "sb", "class autoload", "true" },
    { "class_implements", bi_class_implements, 1, 2, "zb", "object_or_class autoload", "true" },
    { "class_parents", bi_class_parents, 1, 2, "zb", "object_or_class autoload", "true" },
    { "class_uses", bi_class_uses, 1, 2, "zb", "object_or_class autoload", "true" },
    { "enum_exists", bi_enum_exists, 1, 2, "sb", "enum autoload", "true" },
    { "get_called_class", bi_get_called_class, 0, 0, "", "" },
    { "get_class", bi_get_class, 0, 1, "z", "object" },
    { "get_class_methods", bi_get_class_methods, 1, 1, "z", "object_or_class" },
    { "get_class_vars", bi_get_class_vars, 1, 1, "s", "class" },
    { "get_declared_classes", bi_get_declared_classes, 0, 0, "", "" },
    { "get_declared_interfaces", bi_get_declared_interfaces, 0, 0, "", "" },
    { "get_declared_traits", bi_get_declared_traits, 0, 0, "", "" },
    { "get_mangled_object_vars", bi_get_mangled_object_vars, 1, 1, "o", "object" },
    { "get_object_vars", bi_get_object_vars, 1, 1, "z", "object" },
    { "get_parent_class", bi_get_parent_class, 0, 1, "z", "object_or_class" },
    { "interface_exists", bi_interface_exists, 1, 2, "sb", "interface autoload", "true" },
    { "is_a", bi_is_a, 2, 3, "zsb", "object_or_class class allow_string", "false" },
    { "is_subclass_of", bi_is_subclass_of, 2, 3, "zsb", "object_or_class class allow_string", "true" },
    { "iterator_apply", bi_iterator_apply, 2, 3, "zc?a", "iterator callback args", "null" },
    { "iterator_count", bi_iterator_count, 1, 1, "z", "iterator" },
    { "iterator_to_array", bi_iterator_to_array, 1, 2, "zb", "iterator preserve_keys", "true" },
    { "method_exists", bi_method_exists, 2, 2, "zs", "object_or_class method" },
    { "property_exists", bi_property_exists, 2, 2, "zs", "object_or_class property" },
    { "spl_autoload_call", bi_spl_autoload_call, 1, 1, "s", "class" },
    { "spl_autoload_functions", bi_spl_autoload_functions, 0, 0, "", "" },
    { "spl_autoload_register", bi_spl_autoload_register, 0, 3, "?zbb", "callback throw prepend", "null true false" },
    { "spl_autoload_unregister", bi_spl_autoload_unregister, 1, 1, "z", "callback" },
    { "spl_classes", bi_spl_classes, 0, 0, "", "" },
    { "spl_object_hash", bi_spl_object_hash, 1, 1, "o", "object" },
    { "spl_object_id", bi_spl_object_id, 1, 1, "o", "object" },
    { "trait_exists", bi_trait_exists, 1, 2, "sb", "trait autoload", "true" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_obj, rows);
