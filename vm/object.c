/* object.c - what the interpreter does with objects: property reads and
 * writes with visibility, readonly, typed properties and the magic
 * accessors (__get/__set/__isset/__unset), method resolution for calls
 * (with __call/__callStatic), class constants and static properties. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "vm.h"

mp_class *mp_scope(mp_vm *vm)
{
    return vm->nframes ? vm->frames[vm->nframes - 1].scope : NULL;
}

static void scope_desc(mp_vm *vm, char *buf, size_t n)
{
    mp_class *s = mp_scope(vm);
    if (s) snprintf(buf, n, "scope %s", s->name->data);
    else snprintf(buf, n, "global scope");
}

/* The declared property NAME of O's class as seen from the running scope.
 * Returns NULL when there is none; *hidden is set when there is one the
 * scope may not access. */
static mp_prop *visible_prop(mp_vm *vm, mp_class *cls, mp_str *name, int *hidden)
{
    mp_class *scope = mp_scope(vm);
    *hidden = 0;
    if (scope && scope != cls && mp_instanceof(cls, scope)) {
        /* a private property of the scope class shadows the subclass's one */
        mp_prop *sp = mp_class_prop(scope, name);
        if (sp && (sp->flags & MP_ACC_PRIVATE) && sp->scope == scope && !(sp->flags & MP_ACC_STATIC)) return sp;
    }
    mp_prop *p = mp_class_prop(cls, name);
    if (!p) return NULL;
    if (!mp_member_visible(p->flags, p->scope, scope)) {
        /* a private property of a parent is invisible: as if undeclared */
        if ((p->flags & MP_ACC_PRIVATE) && p->scope != cls) return NULL;
        *hidden = 1;
    }
    return p;
}

/* The key of dynamic property NAME: "5" is the int key 5, as array keys
 * ((object) ['5' => 1] and $o->{'5'} name the same property). */
static inline mp_key dyn_key(mp_vm *vm, mp_str *name)
{
    mp_key k;
    if (!mp_array_key_from_val(vm, mp_v_str(name), &k)) k = (mp_key){ name, 0 };
    return k;
}

static int guard_on(mp_vm *vm, mp_object *o, mp_str *name, int bit)
{
    if (!o->guards) o->guards = mp_array_new(vm, 2);
    int created;
    mp_val *g = mp_array_lookup_or_add(vm, o->guards, (mp_key){ name, 0 }, &created);
    if (created) *g = mp_v_int(0);
    if (g->u.i & bit) return 0;
    g->u.i |= bit;
    return 1;
}

static void guard_off(mp_object *o, mp_str *name, int bit)
{
    mp_val *g = mp_array_find(o->guards, (mp_key){ name, 0 });
    if (g) g->u.i &= ~bit;
}

static mp_val call_magic(mp_vm *vm, mp_object *o, const mp_method *m, mp_str *name, int bit, mp_val *extra)
{
    mp_val args[2] = { mp_v_str(name), extra ? *extra : mp_v_null() };
    mp_val r;
    guard_on(vm, o, name, bit);
    mp_call_method(vm, o, m, extra ? 2 : 1, args, &r);
    guard_off(o, name, bit);
    return r;
}

static int guarded(mp_object *o, mp_str *name, int bit)
{
    if (!o->guards) return 0;
    mp_val *g = mp_array_find(o->guards, (mp_key){ name, 0 });
    return g && (g->u.i & bit);
}

static void __attribute__((noreturn)) cannot_access(mp_vm *vm, mp_class *cls, mp_prop *p, mp_str *name)
{
    mp_throw_ex(vm, MP_EX_ERROR, "Cannot access %s property %s::$%s", mp_visibility_name(p->flags), cls->name->data, name->data);
}

/* $obj->name for reading. QUIET: no warnings (isset, ??). */
mp_val mp_read_prop(mp_vm *vm, mp_val ov, mp_str *name, int quiet)
{
    if (ov.type == MP_T_REF) ov = ov.u.r->val;
    if (ov.type != MP_T_OBJECT) {
        if (!quiet) mp_error(vm, MP_E_WARNING, "Attempt to read property \"%s\" on %s", name->data, mp_debug_type(ov));
        return mp_v_null();
    }
    mp_object *o = ov.u.o;
    int hidden;
    mp_prop *p = visible_prop(vm, o->cls, name, &hidden);
    if (p && !hidden && (p->flags & MP_ACC_STATIC) && !quiet) {
        mp_error(vm, MP_E_NOTICE, "Accessing static property %s::$%s as non static", o->cls->name->data, name->data);
        p = NULL;
    }
    if (p && !hidden && !(p->flags & MP_ACC_STATIC)) {
        mp_val v = o->slots[p->slot];
        if (v.type == MP_T_REF) v = v.u.r->val;
        if (v.type != MP_T_UNDEF) return v;
        if (o->cls->get && !guarded(o, name, MP_GUARD_GET) && !p->type)
            return call_magic(vm, o, o->cls->get, name, MP_GUARD_GET, NULL);
        if (p->type)
            mp_throw_ex(vm, MP_EX_ERROR, "Typed property %s::$%s must not be accessed before initialization", p->scope->name->data, name->data);
        if (!quiet) mp_error(vm, MP_E_WARNING, "Undefined property: %s::$%s", o->cls->name->data, name->data);
        return mp_v_null();
    }
    if (!p && o->dyn) {
        mp_val *e = mp_array_find(o->dyn, dyn_key(vm, name));
        if (e) return *mp_deref(e);
    }
    if (o->cls->get && !guarded(o, name, MP_GUARD_GET)) {
        /* ?? asks __isset first */
        if (quiet && o->cls->isset && !guarded(o, name, MP_GUARD_ISSET)
            && !mp_to_bool(call_magic(vm, o, o->cls->isset, name, MP_GUARD_ISSET, NULL))) return mp_v_null();
        return call_magic(vm, o, o->cls->get, name, MP_GUARD_GET, NULL);
    }
    if (p && hidden && !quiet) cannot_access(vm, o->cls, p, name);
    if (!quiet) mp_error(vm, MP_E_WARNING, "Undefined property: %s::$%s", o->cls->name->data, name->data);
    return mp_v_null();
}

/* Check and coerce V for typed property P (TypeError as PHP words it). */
static void prop_type(mp_vm *vm, mp_prop *p, mp_val *v)
{
    if (!p->type) return;
    mp_val c = *v;
    if (mp_check_type(vm, p->type, &c, mp_strict_types(vm))) { *v = c; return; }
    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot assign %s to property %s::$%s of type %s",
                mp_debug_type(*v), p->scope->name->data, p->name->data, p->type->text->data);
}

static void readonly_check(mp_vm *vm, mp_object *o, mp_prop *p, mp_val *slot)
{
    (void)o;
    if (slot->type != MP_T_UNDEF)
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot modify readonly property %s::$%s", p->scope->name->data, p->name->data);
    if (mp_scope(vm) != p->scope) {
        char where[256];
        scope_desc(vm, where, sizeof where);
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot initialize readonly property %s::$%s from %s", p->scope->name->data, p->name->data, where);
    }
}

/* The dynamic properties of O, ready to be written: a clone shares them
 * with its original until one of them writes. */
static mp_array *dyn_w(mp_vm *vm, mp_object *o)
{
    return o->dyn = mp_array_separate(vm, o->dyn);
}

/* The slot of dynamic property NAME for a write (created when CREATE). */
static mp_val *dyn_slot(mp_vm *vm, mp_object *o, mp_str *name, int create)
{
    if (o->dyn) {
        dyn_w(vm, o);
        mp_val *e = mp_array_find(o->dyn, dyn_key(vm, name));
        if (e || !create) return e;
    }
    if (!create) return NULL;
    if (o->cls->flags & MP_ACC_NO_DYNAMIC)
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot create dynamic property %s::$%s", o->cls->name->data, name->data);
    if (!(o->cls->flags & MP_ACC_ALLOW_DYNAMIC))
        mp_error(vm, MP_E_DEPRECATED, "Creation of dynamic property %s::$%s is deprecated", o->cls->name->data, name->data);
    if (!o->dyn) o->dyn = mp_array_new(vm, 4);
    int created;
    mp_val *e = mp_array_lookup_or_add(vm, o->dyn, dyn_key(vm, name), &created);
    e->type = MP_T_NULL;
    return e;
}

/* $obj->name = v */
void mp_write_prop(mp_vm *vm, mp_val ov, mp_str *name, mp_val v)
{
    if (ov.type == MP_T_REF) ov = ov.u.r->val;
    if (ov.type != MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_ERROR, "Attempt to assign property \"%s\" on %s", name->data, mp_debug_type(ov));
    mp_object *o = ov.u.o;
    int hidden;
    mp_prop *p = visible_prop(vm, o->cls, name, &hidden);
    if (p && !(p->flags & MP_ACC_STATIC) && (!hidden || ((p->flags & MP_ACC_READONLY) && !o->cls->set))) {
        mp_val *slot = &o->slots[p->slot];
        if (p->flags & MP_ACC_READONLY) readonly_check(vm, o, p, slot);
        else if (hidden) cannot_access(vm, o->cls, p, name);
        prop_type(vm, p, &v);
        mp_slot_store(slot, v);
        return;
    }
    if (!p) {
        mp_val *e = o->dyn ? mp_array_find(dyn_w(vm, o), dyn_key(vm, name)) : NULL;
        if (e) { mp_slot_store(e, v); return; }
    }
    if (o->cls->set && !guarded(o, name, MP_GUARD_SET)) {
        call_magic(vm, o, o->cls->set, name, MP_GUARD_SET, &v);
        return;
    }
    if (p && hidden) cannot_access(vm, o->cls, p, name);
    mp_slot_store(dyn_slot(vm, o, name, 1), v);
}

/* A pointer to the storage of $obj->name for a nested write ($o->a[] = 1,
 * $o->n++, &$o->p), created as null when missing. */
mp_val *mp_prop_ptr(mp_vm *vm, mp_val ov, mp_str *name) { return mp_prop_ptr_dim(vm, ov, name, 0); }

/* The same; DIM: for a write into an element ($o->a[k] = v), which starts
 * an uninitialized property typed array (or iterable, mixed) as []. */
mp_val *mp_prop_ptr_dim(mp_vm *vm, mp_val ov, mp_str *name, int dim)
{
    if (ov.type == MP_T_REF) ov = ov.u.r->val;
    if (ov.type != MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_ERROR, "Attempt to modify property \"%s\" on %s", name->data, mp_debug_type(ov));
    mp_object *o = ov.u.o;
    int hidden;
    mp_prop *p = visible_prop(vm, o->cls, name, &hidden);
    if (p && !hidden && !(p->flags & MP_ACC_STATIC)) {
        mp_val *slot = &o->slots[p->slot];
        if (p->flags & MP_ACC_READONLY) {
            mp_val *v = mp_deref(slot);
            if (v->type != MP_T_OBJECT)
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot modify readonly property %s::$%s", o->cls->name->data, name->data);
        }
        if (slot->type == MP_T_UNDEF && dim && p->type && (p->type->mask & (MP_TY_ARRAY | MP_TY_ITERABLE | MP_TY_MIXED))
            && !(p->flags & MP_ACC_READONLY)) {
            *slot = mp_v_arr(mp_array_new(vm, 4));
            return slot;
        }
        if (slot->type == MP_T_UNDEF && dim && p->type && !(p->flags & MP_ACC_READONLY))
            mp_throw_ex(vm, MP_EX_ERROR, "Cannot auto-initialize an array inside property %s::$%s of type %s",
                        p->scope->name->data, name->data, p->type->text->data);
        if (slot->type == MP_T_UNDEF) {
            if (p->type)
                mp_throw_ex(vm, MP_EX_ERROR, "Typed property %s::$%s must not be accessed before initialization", p->scope->name->data, name->data);
            if (o->cls->get && !guarded(o, name, MP_GUARD_GET)) goto magic;
            slot->type = MP_T_NULL;
        }
        return slot;
    }
    if (!p) {
        mp_val *e = dyn_slot(vm, o, name, 0);
        if (e) return e;
    }
    if (o->cls->get && !guarded(o, name, MP_GUARD_GET)) {
    magic:;
        if (o->cls->get->func && o->cls->get->func->byref_return) {
            /* function &__get(): the write goes through the reference */
            mp_val arg = mp_v_str(name);
            guard_on(vm, o, name, MP_GUARD_GET);
            mp_val r = mp_call_method_ref(vm, o, o->cls->get, 1, &arg);
            guard_off(o, name, MP_GUARD_GET);
            if (r.type == MP_T_REF) return &r.u.r->val;
            mp_val *tmp = mp_alloc(vm, sizeof *tmp);
            *tmp = r;
            return tmp;
        }
        mp_val *tmp = mp_alloc(vm, sizeof *tmp);
        *tmp = call_magic(vm, o, o->cls->get, name, MP_GUARD_GET, NULL);
        if (tmp->type != MP_T_OBJECT)
            mp_error(vm, MP_E_NOTICE, "Indirect modification of overloaded property %s::$%s has no effect", o->cls->name->data, name->data);
        return tmp;
    }
    if (p && hidden) cannot_access(vm, o->cls, p, name);
    return dyn_slot(vm, o, name, 1);
}

/* isset($obj->name) / empty(): with __isset when the property is not visible. */
int mp_isset_prop(mp_vm *vm, mp_val ov, mp_str *name, int for_empty)
{
    if (ov.type == MP_T_REF) ov = ov.u.r->val;
    if (ov.type != MP_T_OBJECT) return 0;
    mp_object *o = ov.u.o;
    int hidden;
    mp_prop *p = visible_prop(vm, o->cls, name, &hidden);
    mp_val v = mp_v_undef();
    if (p && !hidden && !(p->flags & MP_ACC_STATIC)) v = *mp_deref(&o->slots[p->slot]);
    else if (!p && o->dyn) { mp_val *e = mp_array_find(o->dyn, dyn_key(vm, name)); if (e) v = *mp_deref(e); }
    if (v.type != MP_T_UNDEF) return for_empty ? mp_to_bool(v) : v.type != MP_T_NULL;
    if (o->cls->isset && !guarded(o, name, MP_GUARD_ISSET)) {
        mp_val r = call_magic(vm, o, o->cls->isset, name, MP_GUARD_ISSET, NULL);
        if (!mp_to_bool(r)) return 0;
        if (!for_empty) return 1;
        if (o->cls->get && !guarded(o, name, MP_GUARD_GET)) {
            mp_val g = call_magic(vm, o, o->cls->get, name, MP_GUARD_GET, NULL);
            return mp_to_bool(g);
        }
        return 0;
    }
    return 0;
}

void mp_unset_prop(mp_vm *vm, mp_val ov, mp_str *name)
{
    if (ov.type == MP_T_REF) ov = ov.u.r->val;
    if (ov.type != MP_T_OBJECT) return;
    mp_object *o = ov.u.o;
    int hidden;
    mp_prop *p = visible_prop(vm, o->cls, name, &hidden);
    if (p && !hidden && !(p->flags & MP_ACC_STATIC)) {
        if (p->flags & MP_ACC_READONLY) {
            if (o->slots[p->slot].type != MP_T_UNDEF || mp_scope(vm) != p->scope)
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot unset readonly property %s::$%s", o->cls->name->data, name->data);
        }
        mp_ref_drop(o->slots[p->slot]);
        o->slots[p->slot].tw = MP_T_UNDEF;
        return;
    }
    if (!p && o->dyn && mp_array_find(o->dyn, dyn_key(vm, name))) {
        o->dyn = mp_array_separate(vm, o->dyn);
        mp_array_delete(vm, o->dyn, dyn_key(vm, name));
        return;
    }
    if (o->cls->unset && !guarded(o, name, MP_GUARD_UNSET)) {
        call_magic(vm, o, o->cls->unset, name, MP_GUARD_UNSET, NULL);
        return;
    }
    if (p && hidden) cannot_access(vm, o->cls, p, name);
}

/* The properties of O visible from the running scope, as name => value
 * (get_object_vars, foreach, (array) with mangle = 0). With MANGLE, every
 * property with PHP's "\0A\0name" / "\0*\0name" keys ((array) cast). */
mp_array *mp_object_props(mp_vm *vm, mp_object *o, int mangle, int refs)
{
    mp_array *a = mp_array_new(vm, (uint32_t)o->cls->nslots + (o->dyn ? mp_array_count(o->dyn) : 0));
    mp_class *scope = mp_scope(vm);
    for (int i = 0; i < o->cls->nslots; i++) {
        mp_prop *p = o->cls->slot_props[i];
        mp_val v = o->slots[i];
        if (v.type == MP_T_UNDEF) continue;
        mp_str *key = p->name;
        if (mangle) {
            if (p->flags & (MP_ACC_PRIVATE | MP_ACC_PROTECTED)) {
                const char *mid = (p->flags & MP_ACC_PRIVATE) ? p->scope->name->data : "*";
                size_t ml = strlen(mid);
                key = mp_str_alloc(vm, ml + 2 + p->name->len);
                key->data[0] = 0;
                memcpy(key->data + 1, mid, ml);
                key->data[1 + ml] = 0;
                memcpy(key->data + 2 + ml, p->name->data, p->name->len);
            }
        } else {
            if (!mp_member_visible(p->flags, p->scope, scope)) continue;
            /* a parent's private property the scope cannot see */
            if ((p->flags & MP_ACC_PRIVATE) && p->scope != scope) continue;
            /* shadowed by a visible redeclaration */
            mp_prop *vis = mp_class_prop(o->cls, p->name);
            if (vis != p && !(scope == p->scope)) continue;
        }
        if (refs) { mp_val r; r.type = MP_T_REF; r.u.r = mp_make_ref(vm, &o->slots[i]); v = r; }
        else { if (v.type == MP_T_REF) v = v.u.r->val; mp_val_share(v); }
        mp_key k;
        if (!mp_array_key_from_val(vm, mp_v_str(key), &k)) k = (mp_key){ key, 0 };
        if (mangle) k = (mp_key){ key, 0 };
        mp_array_set(vm, a, k, v);
    }
    if (o->dyn) {
        mp_key k; mp_val *e;
        if (refs) dyn_w(vm, o);
        for (uint32_t pos = 0; mp_array_next(o->dyn, &pos, &k, &e); ) {
            mp_val v = *e;
            if (refs) { mp_val r; r.type = MP_T_REF; r.u.r = mp_make_ref(vm, e); v = r; }
            else { if (v.type == MP_T_REF) v = v.u.r->val; mp_val_share(v); }
            mp_array_set(vm, a, k, v);
        }
    }
    return a;
}

/* ---- methods ---- */

static mp_method *trampoline(mp_vm *vm, const mp_method *magic, mp_str *name)
{
    mp_method *t = mp_alloc(vm, sizeof *t);
    *t = *magic;
    t->magic_name = name;
    return t;
}

/* The method NAME of object O to call from the running scope (Error when
 * undefined or not visible and there is no __call). */
const mp_method *mp_method_for_call(mp_vm *vm, mp_object *o, mp_str *name)
{
    mp_str *lc = name;
    char buf[128];
    mp_str *tmp = NULL;
    int has_upper = 0;
    for (size_t i = 0; i < name->len; i++) if (name->data[i] >= 'A' && name->data[i] <= 'Z') { has_upper = 1; break; }
    if (has_upper) {
        if (name->len < sizeof buf - sizeof(mp_str)) {
            tmp = (mp_str *)buf;
            tmp->len = name->len; tmp->cap = name->len; tmp->flags = 0; tmp->hash = 0;
        } else tmp = mp_str_alloc(vm, name->len);
        for (size_t i = 0; i < name->len; i++) tmp->data[i] = (char)((name->data[i] >= 'A' && name->data[i] <= 'Z') ? name->data[i] + 32 : name->data[i]);
        tmp->data[name->len] = 0;
        lc = tmp;
    }
    mp_class *scope = mp_scope(vm);
    mp_method *m = mp_find_method(o->cls, lc);
    if (scope && scope != o->cls && mp_instanceof(o->cls, scope)) {
        mp_method *sm = mp_find_method(scope, lc);
        if (sm && (sm->flags & MP_ACC_PRIVATE) && sm->scope == scope) return sm;
    }
    if (m && mp_member_visible(m->flags, m->scope, scope)) return m;
    if (o->cls->call) return trampoline(vm, o->cls->call, mp_str_new(vm, name->data, name->len));
    if (m) {
        char where[256];
        scope_desc(vm, where, sizeof where);
        mp_throw_ex(vm, MP_EX_ERROR, "Call to %s method %s::%s() from %s", mp_visibility_name(m->flags),
                    m->scope->name->data, m->name->data, where);
    }
    mp_throw_ex(vm, MP_EX_ERROR, "Call to undefined method %s::%s()", o->cls->name->data, name->data);
}

/* Class::name(): the method, and in *this the object it runs on (the
 * caller's $this for parent::/self:: calls of instance methods). */
const mp_method *mp_static_method_for_call(mp_vm *vm, mp_class *c, mp_str *name, mp_object **this_obj)
{
    mp_str *lc = mp_str_alloc(vm, name->len);
    for (size_t i = 0; i < name->len; i++) lc->data[i] = (char)((name->data[i] >= 'A' && name->data[i] <= 'Z') ? name->data[i] + 32 : name->data[i]);
    mp_class *scope = mp_scope(vm);
    mp_object *cur = vm->nframes ? vm->frames[vm->nframes - 1].this_obj : NULL;
    mp_method *m = mp_find_method(c, lc);
    *this_obj = NULL;
    if (m && !mp_member_visible(m->flags, m->scope, scope)) {
        if (cur && mp_instanceof(cur->cls, c) && cur->cls->call) { *this_obj = cur; return trampoline(vm, cur->cls->call, name); }
        if (c->callstatic) return trampoline(vm, c->callstatic, name);
        char where[256];
        scope_desc(vm, where, sizeof where);
        mp_throw_ex(vm, MP_EX_ERROR, "Call to %s method %s::%s() from %s", mp_visibility_name(m->flags),
                    c->name->data, m->name->data, where);
    }
    if (!m) {
        if (cur && mp_instanceof(cur->cls, c) && cur->cls->call) { *this_obj = cur; return trampoline(vm, cur->cls->call, name); }
        if (c->callstatic) return trampoline(vm, c->callstatic, name);
        mp_throw_ex(vm, MP_EX_ERROR, "Call to undefined method %s::%s()", c->name->data, name->data);
    }
    if (!(m->flags & MP_ACC_STATIC)) {
        if (cur && mp_instanceof(cur->cls, m->scope)) { *this_obj = cur; return m; }
        if (m->flags & MP_ACC_ABSTRACT)
            mp_throw_ex(vm, MP_EX_ERROR, "Cannot call abstract method %s::%s()", m->scope->name->data, m->name->data);
        mp_throw_ex(vm, MP_EX_ERROR, "Non-static method %s::%s() cannot be called statically", m->scope->name->data, m->name->data);
    }
    if (m->flags & MP_ACC_ABSTRACT)
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot call abstract method %s::%s()", m->scope->name->data, m->name->data);
    return m;
}

/* A property read-modify-write: compound assignment (OP, V) or, with
 * INCDEC >= 0, ++/-- (0 ++$x, 1 --$x, 2 $x++, 3 $x--). Goes through
 * __get/__set and checks typed properties, as PHP does. */
mp_val mp_prop_rmw(mp_vm *vm, mp_val target, mp_str *name, int is_static, int op, mp_val v, int incdec)
{
    mp_val old, nv;
    mp_prop *p = NULL;
    mp_val *sslot = NULL;
    if (is_static) {
        mp_class *c = target.u.p;
        sslot = mp_static_prop(vm, c, name);
        p = mp_class_prop(c, name);
        old = *mp_deref(sslot);
    } else {
        target = *mp_deref(&target);
        if (target.type != MP_T_OBJECT)
            mp_throw_ex(vm, MP_EX_ERROR, "Attempt to assign property \"%s\" on %s", name->data, mp_debug_type(target));
        int hidden;
        p = visible_prop(vm, target.u.o->cls, name, &hidden);
        if (p && (hidden || (p->flags & MP_ACC_STATIC))) p = NULL;
        old = mp_read_prop(vm, target, name, 0);
    }
    if (incdec >= 0) {
        nv = old;
        if (p && p->type && nv.type == MP_T_INT && nv.u.i == ((incdec & 1) ? INT64_MIN : INT64_MAX) && !(p->type->mask & MP_TY_FLOAT))
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot %s property %s::$%s of type %s past its %s value",
                        (incdec & 1) ? "decrement" : "increment", p->scope->name->data, name->data, p->type->text->data,
                        (incdec & 1) ? "minimal" : "maximal");
        mp_incdec(vm, &nv, !(incdec & 1));
    } else {
        mp_binary_op(vm, op, old, v, &nv);
    }
    if (is_static) {
        if (p && p->type) prop_type(vm, p, &nv);
        mp_slot_store(sslot, nv);
    } else {
        mp_write_prop(vm, target, name, nv);
    }
    return incdec >= 2 ? old : nv;
}

/* Class::$name = v, checking the declared type. */
mp_val mp_write_static_prop(mp_vm *vm, mp_class *c, mp_str *name, mp_val v)
{
    mp_prop *p = mp_class_prop(c, name);
    if (!p || !(p->flags & MP_ACC_STATIC))
        mp_throw_ex(vm, MP_EX_ERROR, "Access to undeclared static property %s::$%s", c->name->data, name->data);
    if (!mp_member_visible(p->flags, p->scope, mp_scope(vm)))
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot access %s property %s::$%s", mp_visibility_name(p->flags), c->name->data, name->data);
    prop_type(vm, p, &v);
    mp_val_share(v);
    mp_slot_store(mp_static_prop_slot(vm, p), v);
    return v;
}

/* ---- class constants and static properties ---- */

mp_val mp_fetch_class_const(mp_vm *vm, mp_class *c, mp_str *name)
{
    mp_cconst *cc = mp_class_const(c, name);
    if (!cc) mp_throw_ex(vm, MP_EX_ERROR, "Undefined constant %s::%s", c->name->data, name->data);
    if (!mp_member_visible(cc->flags, cc->scope, mp_scope(vm)))
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot access %s constant %s::%s", mp_visibility_name(cc->flags), c->name->data, name->data);
    return mp_cconst_value(vm, c, cc);
}

mp_val *mp_static_prop(mp_vm *vm, mp_class *c, mp_str *name)
{
    mp_prop *p = mp_class_prop(c, name);
    if (!p || !(p->flags & MP_ACC_STATIC))
        mp_throw_ex(vm, MP_EX_ERROR, "Access to undeclared static property %s::$%s", c->name->data, name->data);
    if (!mp_member_visible(p->flags, p->scope, mp_scope(vm)))
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot access %s property %s::$%s", mp_visibility_name(p->flags), c->name->data, name->data);
    mp_val *v = mp_static_prop_slot(vm, p);
    if (v->type == MP_T_UNDEF && p->type)
        mp_throw_ex(vm, MP_EX_ERROR, "Typed static property %s::$%s must not be accessed before initialization", p->scope->name->data, name->data);
    return v;
}

/* Resolve self / parent / static or a class name for the running code. */
mp_class *mp_resolve_class_name(mp_vm *vm, mp_str *name)
{
    mp_frame *fr = vm->nframes ? &vm->frames[vm->nframes - 1] : NULL;
    if (name->len == 4 && strcasecmp(name->data, "self") == 0) {
        if (!fr || !fr->scope) mp_throw_ex(vm, MP_EX_ERROR, "Cannot use \"self\" when no class scope is active");
        return fr->scope;
    }
    if (name->len == 6 && strcasecmp(name->data, "static") == 0) {
        if (!fr || !fr->called) mp_throw_ex(vm, MP_EX_ERROR, "Cannot use \"static\" when no class scope is active");
        return fr->called;
    }
    if (name->len == 6 && strcasecmp(name->data, "parent") == 0) {
        if (!fr || !fr->scope) mp_throw_ex(vm, MP_EX_ERROR, "Cannot use \"parent\" when no class scope is active");
        if (!fr->scope->parent) mp_throw_ex(vm, MP_EX_ERROR, "Cannot use \"parent\" when current class scope has no parent");
        return fr->scope->parent;
    }
    return mp_lookup_class(vm, name, 1);
}

/* A string or object naming a class (new $x, $x::f()). */
mp_class *mp_class_of_value(mp_vm *vm, mp_val v)
{
    if (v.type == MP_T_REF) v = v.u.r->val;
    if (v.type == MP_T_OBJECT) return v.u.o->cls;
    if (v.type == MP_T_CLASS) return v.u.p;
    if (v.type == MP_T_STRING) return mp_lookup_class(vm, v.u.s, 1);
    mp_throw_ex(vm, MP_EX_ERROR, "Cannot use value of type %s as class name", mp_debug_type(v));
}

/* clone $v */
mp_object *mp_clone(mp_vm *vm, mp_val v)
{
    if (v.type == MP_T_REF) v = v.u.r->val;
    if (v.type != MP_T_OBJECT) mp_throw_ex(vm, MP_EX_ERROR, "__clone method called on non-object");
    mp_object *o = v.u.o;
    if (o->cls->flags & MP_ACC_ENUM) mp_throw_ex(vm, MP_EX_ERROR, "Trying to clone an uncloneable object of class %s", o->cls->name->data);
    if (o->cls == vm->class_generator || (vm->class_throwable && mp_instanceof(o->cls, vm->class_throwable)))
        mp_throw_ex(vm, MP_EX_ERROR, "Trying to clone an uncloneable object of class %s", o->cls->name->data);
    if (o->cls->clone && !mp_member_visible(o->cls->clone->flags, o->cls->clone->scope, mp_scope(vm))) {
        char where[256];
        scope_desc(vm, where, sizeof where);
        mp_throw_ex(vm, MP_EX_ERROR, "Call to %s %s::__clone() from %s", mp_visibility_name(o->cls->clone->flags), o->cls->name->data, where);
    }
    mp_object *c = mp_alloc(vm, sizeof *c);
    *c = *o;
    c->id = ++vm->next_object_id;
    c->guards = NULL;
    c->flags = 0;
    if (o->cls->nslots) {
        c->slots = mp_alloc(vm, sizeof(mp_val) * (size_t)o->cls->nslots);
        for (int i = 0; i < o->cls->nslots; i++) {
            mp_val e = o->slots[i];
            /* a reference with one holder is copied as a value */
            if (e.type == MP_T_REF && e.u.r->rc <= 1) e = e.u.r->val;
            if (e.type == MP_T_REF) e.u.r->rc++;
            else mp_val_share(e);
            c->slots[i] = e;
        }
    }
    if (o->dyn) { mp_val_share(mp_v_arr(o->dyn)); c->dyn = o->dyn; }
    if (c->internal) mp_spl_clone(vm, o, c);
    if (c->internal && o->cls->native && strcmp(o->cls->name->data, "HashContext") == 0) c->internal = mp_hash_state_copy(vm, o->internal);
    if (o->cls->dtor) mp_array_append(vm, vm->destructibles, mp_v_obj(c));
    if (o->cls->clone) {
        mp_val r;
        mp_call_method(vm, c, o->cls->clone, 0, NULL, &r);
    }
    return c;
}

/* (string)$obj: __toString or Error. */
mp_str *mp_object_to_string(mp_vm *vm, mp_object *o)
{
    if (o->cls->tostring) {
        mp_val r;
        mp_call_method(vm, o, o->cls->tostring, 0, NULL, &r);
        if (r.type != MP_T_STRING)
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s::__toString(): Return value must be of type string, %s returned", o->cls->name->data, mp_debug_type(r));
        return r.u.s;
    }
    mp_throw_ex(vm, MP_EX_ERROR, "Object of class %s could not be converted to string", o->cls->name->data);
}

/* ---- services for runtime/ and builtins/ (vmapi.h) ---- */

mp_str *mp_object_string(mp_vm *vm, mp_object *o) { return mp_object_to_string(vm, o); }
const char *mp_object_class_name(const mp_object *o) { return o->cls->name->data; }
mp_object *mp_this(mp_vm *vm) { return vm->this_native; }

int mp_object_compare(mp_vm *vm, mp_object *a, mp_object *b, int *uncomparable)
{
    *uncomparable = 0;
    if (a == b) return 0;
    int dtc;
    if (mp_datetime_compare(vm, a, b, &dtc)) return dtc;
    if (a->cls != b->cls) { *uncomparable = 1; return 1; }
    int spl;
    if (mp_spl_compare(vm, a, b, &spl) && spl) return spl;   /* ArrayObject: the storages first */
    for (int i = 0; i < a->cls->nslots; i++) {
        mp_val x = *mp_deref(&a->slots[i]), y = *mp_deref(&b->slots[i]);
        if (x.type == MP_T_UNDEF || y.type == MP_T_UNDEF) {
            if (x.type == y.type) continue;
            *uncomparable = 1;
            return 1;
        }
        int c = mp_compare(vm, x, y);
        if (c) return c;
    }
    if (a->dyn || b->dyn) {
        mp_array *da = a->dyn ? a->dyn : mp_array_empty(), *db = b->dyn ? b->dyn : mp_array_empty();
        return mp_compare(vm, mp_v_arr(da), mp_v_arr(db));
    }
    return 0;
}

int mp_is_stringable(mp_vm *vm, mp_val v)
{
    (void)vm;
    return v.type == MP_T_OBJECT && v.u.o->cls->tostring != NULL;
}

/* What var_dump shows of a closure (PHP 8.2): ["function"] for one made
 * from a named function or method, ["static"] its captured variables,
 * ["this"], ["parameter"] (names with & for references, required or not). */
static int closure_view(mp_vm *vm, mp_object *o, mp_prop_view **out, int *ninit)
{
    mp_prop_view *v = mp_alloc(vm, sizeof *v * 4);
    int k = 0;
    const mp_func *f = o->func;
    const mp_builtin *b = o->builtin;
    if (o->method) { f = o->method->func; b = o->method->native; }
    if (o->method || o->builtin || (f && !f->is_closure)) {
        mp_val *val = mp_alloc(vm, sizeof *val);
        if (o->method) *val = mp_v_str(mp_str_printf(vm, "%s::%s", o->method->scope->name->data, o->method->name->data));
        else if (b) *val = mp_v_str(mp_str_cstr(vm, b->name));
        else *val = mp_v_str(f->name);
        v[k++] = (mp_prop_view){ { mp_str_cstr(vm, "function"), 0 }, 0, NULL, val, NULL, 0 };
    }
    if (f && f->nuses && o->bound) {
        mp_array *st = mp_array_new(vm, (uint32_t)f->nuses);
        for (int i = 0; i < f->nuses; i++) {
            mp_val e = o->bound[i];
            if (e.type == MP_T_UNDEF) continue;
            mp_array_set(vm, st, (mp_key){ f->uses[i].name, 0 }, e);
        }
        mp_val *val = mp_alloc(vm, sizeof *val);
        *val = mp_v_arr(st);
        v[k++] = (mp_prop_view){ { mp_str_cstr(vm, "static"), 0 }, 0, NULL, val, NULL, 0 };
    }
    if (o->this_obj) {
        mp_val *val = mp_alloc(vm, sizeof *val);
        *val = mp_v_obj(o->this_obj);
        v[k++] = (mp_prop_view){ { mp_str_cstr(vm, "this"), 0 }, 0, NULL, val, NULL, 0 };
    }
    mp_array *params = mp_array_new(vm, 4);
    if (f) {
        for (int i = 0; i < f->nparams; i++) {
            mp_str *key = mp_str_printf(vm, "%s$%s", f->params[i].byref ? "&" : "", f->params[i].name->data);
            int required = i < f->nrequired && !f->params[i].variadic;
            mp_array_set(vm, params, (mp_key){ key, 0 }, mp_v_str(mp_str_cstr(vm, required ? "<required>" : "<optional>")));
        }
    } else if (b && b->names) {
        const char *s = b->names;
        for (int i = 0; *s; i++) {
            const char *e = strchr(s, ' ');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            int byref = mp_builtin_arg_byref(b, i);
            mp_str *key = mp_str_printf(vm, "%s$%.*s", byref ? "&" : "", (int)len, s);
            mp_array_set(vm, params, (mp_key){ key, 0 }, mp_v_str(mp_str_cstr(vm, i < b->min_args ? "<required>" : "<optional>")));
            s += len;
            while (*s == ' ') s++;
        }
    }
    if (mp_array_count(params)) {
        mp_val *val = mp_alloc(vm, sizeof *val);
        *val = mp_v_arr(params);
        v[k++] = (mp_prop_view){ { mp_str_cstr(vm, "parameter"), 0 }, 0, NULL, val, NULL, 0 };
    }
    *out = v;
    *ninit = k;
    return k;
}

int mp_object_view(mp_vm *vm, mp_object *o, mp_prop_view **out, int *ninit)
{
    if (o->cls == vm->class_closure) return closure_view(vm, o, out, ninit);
    int n = o->cls->nslots + (o->dyn ? (int)mp_array_count(o->dyn) : 0) + 1;   /* + ArrayObject's storage */
    mp_prop_view *v = mp_alloc(vm, sizeof *v * (size_t)n);
    int k = 0, init = 0;
    for (int i = 0; i < o->cls->nslots; i++) {
        mp_prop *p = o->cls->slot_props[i];
        if (o->slots[i].type == MP_T_UNDEF && !p->type) continue;   /* unset() */
        v[k].key = (mp_key){ p->name, 0 };
        v[k].vis = (p->flags & MP_ACC_PRIVATE) ? 2 : (p->flags & MP_ACC_PROTECTED) ? 1 : 0;
        v[k].cls = p->scope->name->data;
        v[k].val = o->slots[i].type == MP_T_UNDEF ? NULL : &o->slots[i];
        v[k].type = p->type ? p->type->text->data : NULL;
        if (v[k].val) init++;
        k++;
    }
    if (o->dyn) {
        mp_key key; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(o->dyn, &pos, &key, &e); ) {
            v[k].key = key; v[k].vis = 0; v[k].cls = NULL; v[k].val = e; v[k].type = NULL;
            if (key.s && key.s->len > 2 && key.s->data[0] == 0) {
                /* a mangled name from an (object)(array) round trip: "\0*\0p", "\0A\0p" */
                const char *cls = key.s->data + 1, *end = memchr(cls, 0, key.s->len - 1);
                if (end && end + 1 < key.s->data + key.s->len) {
                    v[k].vis = strcmp(cls, "*") == 0 ? 1 : 2;
                    v[k].cls = cls;
                    v[k].key.s = mp_str_new(vm, end + 1, key.s->len - (size_t)(end + 1 - key.s->data));
                }
            }
            k++; init++;
        }
    }
    mp_val *storage;
    const char *scls;
    if (mp_spl_debug_storage(vm, o, &storage, &scls)) {
        /* ArrayObject/ArrayIterator: PHP shows the storage as a private property */
        v[k].key = (mp_key){ mp_str_cstr(vm, "storage"), 0 };
        v[k].vis = 2; v[k].cls = scls; v[k].val = storage; v[k].type = NULL;
        k++; init++;
    }
    *out = v;
    *ninit = init;
    return k;
}

/* As var_dump and print_r show O: what a user __debugInfo() returns (every
 * key public, null for none), else mp_object_view(). */
int mp_object_debug_view(mp_vm *vm, mp_object *o, mp_prop_view **out, int *ninit)
{
    mp_val *e = mp_array_find_str(o->cls->methods, "__debuginfo", 11);
    const mp_method *m = e ? e->u.p : NULL;
    if (!m || !m->func) return mp_object_view(vm, o, out, ninit);
    mp_val r;
    mp_call_method(vm, o, m, 0, NULL, &r);
    if (r.type == MP_T_REF) r = r.u.r->val;
    if (r.type == MP_T_NULL) r = mp_v_arr(mp_array_empty());
    if (r.type != MP_T_ARRAY) mp_error(vm, MP_E_ERROR, "__debuginfo() must return an array");
    int n = (int)mp_array_count(r.u.a), k = 0;
    mp_prop_view *v = mp_alloc(vm, sizeof *v * (size_t)(n ? n : 1));
    mp_key key;
    for (uint32_t pos = 0; mp_array_next(r.u.a, &pos, &key, &e); k++) {
        v[k].key = key; v[k].vis = 0; v[k].cls = NULL; v[k].val = e; v[k].type = NULL; v[k].bare_int = 1;
    }
    *out = v;
    *ninit = k;
    return k;
}

const char *mp_enum_case_name(mp_object *o, int *backed, mp_val *value, const char **backing_type)
{
    if (!(o->cls->flags & MP_ACC_ENUM)) return NULL;
    *backed = o->cls->enum_type != NULL;
    if (*backed) { *value = o->slots[1]; *backing_type = o->cls->enum_type->text->data; }
    return o->slots[0].u.s->data;
}

int mp_object_id(const mp_object *o) { return (int)o->id; }
int mp_is_std_class(const mp_object *o) { return strcmp(o->cls->name->data, "stdClass") == 0 && (o->cls->flags & MP_ACC_NATIVE); }

/* ---- foreach over objects ---- */

/* The iterator value ITER_INIT keeps for object O: the generator or
 * Iterator itself (extra[1] = 1 / 2), or O's visible properties as an
 * array (a REF to it by reference). */
mp_val mp_object_iterator(mp_vm *vm, mp_object *o, int byref)
{
    mp_val it;
    if (o->cls == vm->class_generator) {
        if (byref && !mp_generator_yields_refs(o))
            mp_throw_ex(vm, MP_EX_EXCEPTION, "You can only iterate a generator by-reference if it declared that it yields by-reference");
        it = mp_v_obj(o);
        it.extra[1] = 1;
        return it;
    }
    mp_class *trav = mp_find_class(vm, mp_str_cstr(vm, "Traversable"));
    if (trav && mp_instanceof(o->cls, trav)) {
        if (byref) {
            mp_val r = mp_spl_iterate_ref(vm, o);   /* foreach ($arrayObject as &$v) */
            if (r.type == MP_T_REF) return r;
        }
        int guard = 0;
        while (o->cls != vm->class_generator && !mp_find_method(o->cls, mp_str_cstr(vm, "current"))) {
            mp_val r;
            mp_call_method_name(vm, o, "getiterator", 0, NULL, &r);
            if (r.type != MP_T_OBJECT || !mp_instanceof(r.u.o->cls, trav) || ++guard > 64)
                mp_throw_ex(vm, MP_EX_EXCEPTION, "Objects returned by %s::getIterator() must be traversable or implement interface Iterator", o->cls->name->data);
            o = r.u.o;
        }
        it = mp_v_obj(o);
        it.extra[1] = o->cls == vm->class_generator ? 1 : 2;
        return it;
    }
    if (!byref) {
        /* by value: the live property table (properties added during the
         * loop are visited, as in PHP) */
        it = mp_v_obj(o);
        it.extra[1] = 3;
        return it;
    }
    mp_array *props = mp_object_props(vm, o, 0, byref);
    if (!byref) return mp_v_arr(props);
    mp_ref *r = mp_alloc(vm, sizeof *r);
    r->val = mp_v_arr(props);
    r->rc = 1;
    it.type = MP_T_REF;
    it.u.r = r;
    return it;
}

int mp_object_iter_step(mp_vm *vm, mp_object *it, int mode, int start, int want_key, mp_val *key, mp_val *val)
{
    if (mode == 1) return mp_generator_step(vm, it, start, key, val);
    mp_val r;
    mp_call_method_name(vm, it, start ? "rewind" : "next", 0, NULL, &r);
    mp_call_method_name(vm, it, "valid", 0, NULL, &r);
    if (!mp_to_bool(r)) return 0;
    mp_call_method_name(vm, it, "current", 0, NULL, val);
    if (want_key) mp_call_method_name(vm, it, "key", 0, NULL, key);
    return 1;
}

int mp_object_is_enum(const mp_object *o) { return (o->cls->flags & MP_ACC_ENUM) != 0; }

const char *mp_method_callable_error(mp_vm *vm, mp_val cls, mp_str *method)
{
    mp_class *c = cls.type == MP_T_OBJECT ? cls.u.o->cls : mp_lookup_class(vm, cls.u.s, 0);
    if (!c) return mp_str_printf(vm, "class \"%s\" not found", cls.u.s->data)->data;
    mp_str *lc = mp_str_new(vm, method->data, method->len);
    for (size_t i = 0; i < lc->len; i++) if (lc->data[i] >= 'A' && lc->data[i] <= 'Z') lc->data[i] += 32;
    mp_method *m = mp_find_method(c, lc);
    if (!m) return mp_str_printf(vm, "class %s does not have a method \"%s\"", c->name->data, method->data)->data;
    if (!mp_member_visible(m->flags, m->scope, mp_scope(vm)))
        return mp_str_printf(vm, "cannot access %s method %s::%s()", mp_visibility_name(m->flags), c->name->data, m->name->data)->data;
    if (cls.type != MP_T_OBJECT && !(m->flags & MP_ACC_STATIC))
        return mp_str_printf(vm, "non-static method %s::%s() cannot be called statically", c->name->data, m->name->data)->data;
    return "no array or string given";
}

/* Walk any Traversable (generator, Iterator, IteratorAggregate) in foreach
 * order, calling FN with each key and value. */
void mp_traverse(mp_vm *vm, mp_object *o, mp_traverse_fn fn, void *ud)
{
    mp_val it = mp_object_iterator(vm, o, 0);
    if (it.type != MP_T_OBJECT) {
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; it.type == MP_T_ARRAY && mp_array_next(it.u.a, &pos, &k, &e); ) fn(vm, ud, mp_key_to_val(k), *mp_deref(e));
        return;
    }
    mp_val key, val;
    for (int start = 1; mp_object_iter_step(vm, it.u.o, it.extra[1], start, 1, &key, &val); start = 0)
        fn(vm, ud, key, *mp_deref(&val));
}

int mp_object_instanceof(mp_vm *vm, const mp_object *o, const char *class_name)
{
    return mp_instanceof_name(vm, o->cls, mp_str_cstr(vm, class_name));
}

mp_array *mp_object_vars(mp_vm *vm, mp_object *o, int public_only)
{
    if (!public_only) return mp_object_props(vm, o, 0, 0);
    /* as seen from outside any class */
    mp_frame *fr = vm->nframes ? &vm->frames[vm->nframes - 1] : NULL;
    mp_class *saved = fr ? fr->scope : NULL;
    if (fr) fr->scope = NULL;
    mp_array *a = mp_object_props(vm, o, 0, 0);
    if (fr) fr->scope = saved;
    return a;
}

mp_object *mp_std_object(mp_vm *vm, mp_array *props)
{
    mp_object *o = mp_object_alloc(vm, vm->class_stdclass);
    if (props && mp_array_count(props)) o->dyn = props;
    return o;
}

mp_array *mp_object_mangled_props(mp_vm *vm, mp_object *o) { return mp_object_props(vm, o, 1, 0); }

mp_object *mp_object_create(mp_vm *vm, mp_str *class_name)
{
    mp_class *c = mp_lookup_class(vm, class_name, 0);
    if (!c || (c->flags & (MP_ACC_INTERFACE | MP_ACC_TRAIT | MP_ACC_ENUM | MP_ACC_ABSTRACT))) return NULL;
    if (c == vm->class_closure || c == vm->class_generator) return NULL;
    return mp_object_alloc(vm, c);
}

void **mp_object_internal(mp_object *o)
{
    return &o->internal;
}

void mp_object_set_mangled(mp_vm *vm, mp_object *o, mp_key key, mp_val v)
{
    if (key.s && key.s->len > 2 && key.s->data[0] == 0) {
        const char *end = memchr(key.s->data + 1, 0, key.s->len - 1);
        if (end) {
            mp_str *name = mp_str_new(vm, end + 1, key.s->len - (size_t)(end + 1 - key.s->data));
            const char *cls = key.s->data + 1;
            mp_class *scope = strcmp(cls, "*") == 0 ? o->cls : mp_find_class(vm, mp_str_cstr(vm, cls));
            mp_prop *p = scope ? mp_class_prop(scope, name) : NULL;
            if (p && !(p->flags & MP_ACC_STATIC) && p->slot >= 0) { mp_slot_store(&o->slots[p->slot], v); return; }
            key = (mp_key){ name, 0 };
        }
    }
    if (key.s) {
        mp_prop *p = mp_class_prop(o->cls, key.s);
        if (p && !(p->flags & MP_ACC_STATIC) && p->slot >= 0) { mp_slot_store(&o->slots[p->slot], v); return; }
    }
    if (!o->dyn) o->dyn = mp_array_new(vm, 4);
    mp_array_set(vm, dyn_w(vm, o), key, v);
}

int mp_object_has_method(mp_object *o, const char *lcname)
{
    return mp_array_find_str(o->cls->methods, lcname, strlen(lcname)) != NULL;
}

int mp_object_serializable(mp_object *o)
{
    for (mp_class *c = o->cls; c; c = c->parent)
        if (c->native && (!strcmp(c->name->data, "Closure") || !strcmp(c->name->data, "Generator") || !strcmp(c->name->data, "SensitiveParameterValue")))
            return 0;
    return 1;
}

mp_val mp_enum_value(mp_vm *vm, mp_str *enum_class, mp_str *case_name)
{
    mp_class *c = mp_lookup_class(vm, enum_class, 0);
    if (!c) { mp_error(vm, MP_E_WARNING, "unserialize(): Class '%s' not found", enum_class->data); return mp_v_undef(); }
    if (!(c->flags & MP_ACC_ENUM)) { mp_error(vm, MP_E_WARNING, "unserialize(): Class '%s' is not an enum", enum_class->data); return mp_v_undef(); }
    mp_cconst *cc = mp_class_const(c, case_name);
    if (!cc) { mp_error(vm, MP_E_WARNING, "unserialize(): Undefined constant %s::%s", enum_class->data, case_name->data); return mp_v_undef(); }
    if (!(cc->flags & MP_ACC_CASE)) { mp_error(vm, MP_E_WARNING, "unserialize(): %s::%s is not an enum case", enum_class->data, case_name->data); return mp_v_undef(); }
    return mp_enum_case(vm, c, case_name);
}

/* The next property of O visible here, from position *POS (declared ones
 * by slot, then dynamic ones): 1 with its name and value, 0 at the end. */
int mp_object_prop_next(mp_vm *vm, mp_object *o, uint32_t *pos, mp_val *key, mp_val *val)
{
    mp_class *scope = mp_scope(vm);
    uint32_t ns = (uint32_t)o->cls->nslots;
    while (*pos < ns) {
        uint32_t i = (*pos)++;
        mp_prop *p = o->cls->slot_props[i];
        mp_val v = o->slots[i];
        if (v.type == MP_T_UNDEF) continue;
        if (!mp_member_visible(p->flags, p->scope, scope)) continue;
        if ((p->flags & MP_ACC_PRIVATE) && p->scope != scope) continue;
        if (mp_class_prop(o->cls, p->name) != p && scope != p->scope) continue;
        *key = mp_v_str(p->name);
        *val = *mp_deref(&o->slots[i]);
        return 1;
    }
    if (!o->dyn) return 0;
    uint32_t dpos = *pos - ns;
    mp_key k; mp_val *e;
    if (!mp_array_next(o->dyn, &dpos, &k, &e)) return 0;
    *pos = dpos + ns;
    *key = mp_key_to_val(k);
    *val = *mp_deref(e);
    return 1;
}

/* ---- inline caches (exec.c) ---- */

int mp_prop_slot(mp_vm *vm, mp_class *cls, mp_str *name)
{
    int hidden;
    mp_prop *p = visible_prop(vm, cls, name, &hidden);
    if (!p || hidden || (p->flags & MP_ACC_STATIC) || p->slot < 0) return -1;
    return p->slot;
}

int mp_prop_slot_w(mp_vm *vm, mp_class *cls, mp_str *name, const mp_type **type)
{
    int hidden;
    mp_prop *p = visible_prop(vm, cls, name, &hidden);
    if (!p || hidden || (p->flags & (MP_ACC_STATIC | MP_ACC_READONLY)) || p->slot < 0) return -1;
    *type = p->type;
    return p->slot;
}

int mp_type_exact(const void *type, mp_val v)
{
    const mp_type *t = type;
    uint32_t m = t->mask;
    switch (v.type) {
    case MP_T_INT: return (m & MP_TY_INT) != 0;
    case MP_T_FLOAT: return (m & MP_TY_FLOAT) != 0;
    case MP_T_STRING: return (m & MP_TY_STRING) != 0;
    case MP_T_TRUE: return (m & MP_TY_TRUE) != 0;
    case MP_T_FALSE: return (m & MP_TY_FALSE) != 0;
    case MP_T_NULL: return (m & MP_TY_NULL) != 0;
    case MP_T_ARRAY: return (m & MP_TY_ARRAY) != 0;
    default: return (m & MP_TY_MIXED) != 0;
    }
}
