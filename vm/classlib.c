/* classlib.c - the built-in classes and interfaces (stdClass, Closure, the
 * Throwable hierarchy, Traversable/Iterator/ArrayAccess/..., UnitEnum),
 * described once in a table and linked into every new VM, plus calling
 * methods from C (magic methods, destructors, constant initializers). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "vm.h"

/* ---- calling PHP methods from C ---- */

/* Call callee (with AUX below it: $this or a class) on the VM stack. */
static void call_with_aux(mp_vm *vm, mp_val aux, mp_val callee, int argc, mp_val *argv, mp_val *ret)
{
    mp_frame *fr = &vm->frames[vm->nframes - 1];
    mp_val *slot = vm->sp;
    if (slot + argc + 3 >= fr->limit) mp_throw_ex(vm, MP_EX_ERROR, "Maximum call stack size reached");
    slot[0] = aux;
    slot[1] = callee;
    for (int i = 0; i < argc; i++) slot[2 + i] = argv[i];
    mp_val *saved_sp = vm->sp;
    mp_native *saved_native = vm->native;
    if (mp_start_call(vm, slot + 1, argc, fr->chunk, fr->limit, 1)) mp_execute(vm);
    vm->native = saved_native;
    vm->sp = saved_sp;
    *ret = slot[0].type == MP_T_REF ? slot[0].u.r->val : slot[0];
}

void mp_call_method(mp_vm *vm, mp_object *o, const mp_method *m, int argc, mp_val *argv, mp_val *ret)
{
    mp_val callee; callee.u.i = 0; callee.tw = MP_T_METHOD; callee.u.p = (void *)m;
    call_with_aux(vm, o ? mp_v_obj(o) : mp_v_ptr_class(m->scope), callee, argc, argv, ret);
}

/* Call M on O keeping the reference a `function &m()` returns (offsetGet or
 * __get for a nested write): the result is a REF then. */
mp_val mp_call_method_ref(mp_vm *vm, mp_object *o, const mp_method *m, int argc, mp_val *argv)
{
    mp_val r;
    if (!m->func || !m->func->byref_return) {
        mp_call_method(vm, o, m, argc, argv, &r);
        return r;
    }
    mp_frame *fr = &vm->frames[vm->nframes - 1];
    mp_val *slot = vm->sp;
    if (slot + argc + 3 >= fr->limit) mp_throw_ex(vm, MP_EX_ERROR, "Maximum call stack size reached");
    slot[0] = mp_v_obj(o);
    slot[1].u.i = 0; slot[1].tw = MP_T_METHOD; slot[1].u.p = (void *)m;
    for (int i = 0; i < argc; i++) slot[2 + i] = argv[i];
    mp_val *saved_sp = vm->sp;
    mp_native *saved_native = vm->native;
    int depth = vm->nframes;
    if (mp_start_call(vm, slot + 1, argc, fr->chunk, fr->limit, 1)) {
        if (vm->nframes > depth) vm->frames[vm->nframes - 1].want_ref = 1;
        mp_execute(vm);
    }
    vm->native = saved_native;
    vm->sp = saved_sp;
    return slot[0];
}

/* forward_static_call(): call CALLABLE keeping the caller's static:: when
 * it names a static method of a parent of the called class. */
void mp_call_forwarding(mp_vm *vm, mp_val callable, int argc, mp_val *argv, mp_val *ret)
{
    mp_val callee, aux;
    mp_class *called = vm->frames[vm->nframes - 1].called;
    mp_callable_split(vm, callable, &callee, &aux, 1);
    if (aux.type == MP_T_CLASS && called && mp_instanceof(called, aux.u.p)) aux = mp_v_ptr_class(called);
    if (aux.type == MP_T_NULL) { mp_call_value(vm, callable, argc, argv, ret); return; }
    call_with_aux(vm, aux, callee, argc, argv, ret);
}

/* Run F (a constant expression compiled as a function) with self:: = CLS. */
void mp_call_in_scope(mp_vm *vm, const mp_func *f, mp_class *cls, mp_val *ret)
{
    mp_method m = { f->name, MP_ACC_STATIC | MP_ACC_PUBLIC, f, NULL, cls, NULL };
    mp_val callee; callee.u.i = 0; callee.tw = MP_T_METHOD; callee.u.p = &m;
    call_with_aux(vm, mp_v_ptr_class(cls), callee, 0, NULL, ret);
}

/* Call a method by name on an object (Iterator protocol, ArrayAccess...). */
void mp_call_method_name(mp_vm *vm, mp_object *o, const char *lcname, int argc, mp_val *argv, mp_val *ret)
{
    mp_val *e = mp_array_find_str(o->cls->methods, lcname, strlen(lcname));
    if (!e) mp_throw_ex(vm, MP_EX_ERROR, "Call to undefined method %s::%s()", o->cls->name->data, lcname);
    mp_call_method(vm, o, e->u.p, argc, argv, ret);
}

/* Callable values: "f", "A::m", [obj, "m"], ["A", "m"], closures and
 * invokable objects become a callee plus the $this/class slot below it. */
int mp_callable_split(mp_vm *vm, mp_val c, mp_val *callee, mp_val *aux, int must)
{
    if (c.type == MP_T_REF) c = c.u.r->val;
    *aux = mp_v_null();
    if (c.type == MP_T_FUNC || c.type == MP_T_BUILTIN) { *callee = c; return 1; }   /* resolved already */
    if (c.type == MP_T_OBJECT) {
        mp_object *o = c.u.o;
        if (o->func || o->builtin || o->method || o->cls->invoke) { *callee = c; return 1; }
        if (must) mp_throw_ex(vm, MP_EX_ERROR, "Object of type %s is not callable", o->cls->name->data);
        return 0;
    }
    mp_val cls = mp_v_null(), meth = mp_v_null();
    if (c.type == MP_T_STRING) {
        const char *s = c.u.s->data;
        const char *dc = strstr(s, "::");
        if (!dc) {
            mp_val f = mp_resolve_function(vm, c.u.s, must);
            if (f.type == MP_T_UNDEF) return 0;
            *callee = f;
            return 1;
        }
        cls = mp_v_str(mp_str_new(vm, s, (size_t)(dc - s)));
        meth = mp_v_str(mp_str_new(vm, dc + 2, c.u.s->len - (size_t)(dc - s) - 2));
    } else if (c.type == MP_T_ARRAY) {
        mp_array *a = c.u.a;
        mp_val *x = mp_array_find_int(a, 0), *y = mp_array_find_int(a, 1);
        if (mp_array_count(a) != 2 || !x || !y) {
            if (must) mp_throw_ex(vm, MP_EX_ERROR, "Array callback must have exactly two elements");
            return 0;
        }
        cls = *mp_deref(x);
        meth = *mp_deref(y);
        if (meth.type != MP_T_STRING || (cls.type != MP_T_STRING && cls.type != MP_T_OBJECT)) {
            if (must) mp_throw_ex(vm, MP_EX_ERROR, "Array callback must have exactly two elements");
            return 0;
        }
    } else {
        if (must) mp_throw_ex(vm, MP_EX_ERROR, "Value of type %s is not callable", mp_debug_type(c));
        return 0;
    }
    if (!must) {
        /* is_callable(): look, never throw */
        mp_class *k = cls.type == MP_T_OBJECT ? cls.u.o->cls : mp_lookup_class(vm, cls.u.s, 0);
        if (!k) return 0;
        mp_str *lc = mp_str_new(vm, meth.u.s->data, meth.u.s->len);
        for (size_t i = 0; i < lc->len; i++) if (lc->data[i] >= 'A' && lc->data[i] <= 'Z') lc->data[i] += 32;
        mp_method *m = mp_find_method(k, lc);
        if (m && mp_member_visible(m->flags, m->scope, mp_scope(vm)) && !(m->flags & MP_ACC_ABSTRACT)) {
            if (cls.type == MP_T_OBJECT || (m->flags & MP_ACC_STATIC)) { callee->tw = MP_T_METHOD; callee->u.p = m; *aux = cls.type == MP_T_OBJECT ? cls : mp_v_ptr_class(k); return 1; }
            mp_frame *fr = vm->nframes ? &vm->frames[vm->nframes - 1] : NULL;
            if (fr && fr->this_obj && mp_instanceof(fr->this_obj->cls, k)) { callee->tw = MP_T_METHOD; callee->u.p = m; *aux = mp_v_obj(fr->this_obj); return 1; }
            return 0;
        }
        if (cls.type == MP_T_OBJECT ? k->call != NULL : k->callstatic != NULL) {
            mp_object *this_obj = NULL;
            callee->tw = MP_T_METHOD;
            callee->u.p = (void *)(cls.type == MP_T_OBJECT ? mp_method_for_call(vm, cls.u.o, meth.u.s)
                                                           : mp_static_method_for_call(vm, k, meth.u.s, &this_obj));
            *aux = cls.type == MP_T_OBJECT ? cls : this_obj ? mp_v_obj(this_obj) : mp_v_ptr_class(k);
            return 1;
        }
        return 0;
    }
    if (cls.type == MP_T_OBJECT) {
        const mp_method *m = mp_method_for_call(vm, cls.u.o, meth.u.s);
        callee->tw = MP_T_METHOD; callee->u.p = (void *)m;
        *aux = (m->flags & MP_ACC_STATIC) ? mp_v_ptr_class(cls.u.o->cls) : cls;
    } else {
        mp_class *k = mp_resolve_class_name(vm, cls.u.s);
        mp_object *this_obj;
        const mp_method *m = mp_static_method_for_call(vm, k, meth.u.s, &this_obj);
        callee->tw = MP_T_METHOD; callee->u.p = (void *)m;
        *aux = this_obj ? mp_v_obj(this_obj) : mp_v_ptr_class(k);
    }
    return 1;
}

/* ---- the built-in classes ---- */

static mp_object *this_of(mp_vm *vm) { return vm->this_native; }

/* The slot of property NAME declared by CLS (or inherited by it) in O. */
static mp_val *slot_of(mp_object *o, mp_class *cls, const char *name)
{
    mp_val *e = mp_array_find_str(cls->props, name, strlen(name));
    if (!e) return NULL;
    mp_prop *p = e->u.p;
    return p->slot >= 0 && p->slot < o->cls->nslots ? &o->slots[p->slot] : NULL;
}

static mp_class *throwable_base(mp_vm *vm, mp_object *o)
{
    (void)vm;
    for (mp_class *c = o->cls; c; c = c->parent)
        if (!c->parent) return c;
    return o->cls;
}

static mp_val ex_get(mp_vm *vm, mp_object *o, const char *name)
{
    mp_val *s = slot_of(o, throwable_base(vm, o), name);
    return s ? *mp_deref(s) : mp_v_null();
}

static void ex_set(mp_vm *vm, mp_object *o, const char *name, mp_val v)
{
    mp_val *s = slot_of(o, throwable_base(vm, o), name);
    if (s) mp_slot_store(s, v);
}

/* Exception::__construct(string $message = "", int $code = 0, ?Throwable $previous = null) */
static void ex_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    mp_object *o = this_of(vm);
    if (argc > 0) ex_set(vm, o, "message", argv[0]);
    if (argc > 1) ex_set(vm, o, "code", argv[1]);
    if (argc > 2 && argv[2].type == MP_T_OBJECT) ex_set(vm, o, "previous", argv[2]);
}

/* ErrorException::__construct($message = "", $code = 0, $severity = E_ERROR, $filename = null, $line = null, $previous = null) */
static void errex_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    mp_object *o = this_of(vm);
    if (argc > 0) ex_set(vm, o, "message", argv[0]);
    if (argc > 1) ex_set(vm, o, "code", argv[1]);
    if (argc > 2) { mp_val *s = slot_of(o, mp_find_class(vm, mp_str_cstr(vm, "ErrorException")), "severity"); if (s) *s = argv[2]; }
    if (argc > 3 && argv[3].type != MP_T_NULL) ex_set(vm, o, "file", argv[3]);
    if (argc > 4 && argv[4].type != MP_T_NULL) ex_set(vm, o, "line", argv[4]);
    if (argc > 5 && argv[5].type == MP_T_OBJECT) ex_set(vm, o, "previous", argv[5]);
}

static void errex_get_severity(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = this_of(vm);
    mp_val *s = slot_of(o, mp_find_class(vm, mp_str_cstr(vm, "ErrorException")), "severity");
    *ret = s ? *mp_deref(s) : mp_v_int(1);
}

#define EX_GETTER(fn, prop) \
    static void fn(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) \
    { (void)argc; (void)argv; *ret = ex_get(vm, this_of(vm), prop); mp_val_share(*ret); }
EX_GETTER(ex_get_message, "message")
EX_GETTER(ex_get_code, "code")
EX_GETTER(ex_get_previous, "previous")
EX_GETTER(ex_get_file, "file")
EX_GETTER(ex_get_line, "line")
EX_GETTER(ex_get_trace, "trace")

static void ex_get_trace_string(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_val t = ex_get(vm, this_of(vm), "trace");
    *ret = mp_v_str(mp_trace_string(vm, t.type == MP_T_ARRAY ? t.u.a : mp_array_empty()));
}

/* Exception::__toString: the chain, innermost first, joined by "Next". */
static void ex_to_string(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_str *acc = mp_str_empty();
    mp_object *o = this_of(vm);
    int guard = 0;
    while (o && guard++ < 10000) {
        mp_val msg = ex_get(vm, o, "message"), file = ex_get(vm, o, "file"), line = ex_get(vm, o, "line");
        mp_val tr = ex_get(vm, o, "trace");
        mp_str *ms = mp_to_str(vm, msg), *fs = mp_to_str(vm, file);
        mp_str *ts = mp_trace_string(vm, tr.type == MP_T_ARRAY ? tr.u.a : mp_array_empty());
        mp_buf b;
        mp_buf_init(&b, vm);
        mp_buf_add(&b, o->cls->name->data, strlen(o->cls->name->data));
        if (ms->len) { mp_buf_adds(&b, ": "); mp_buf_add(&b, ms->data, ms->len); }
        /* a TypeError about a user function's argument reads "..., called in F on line N and defined in F:L" */
        if (ms->len && strstr(ms->data, ", called in ") && (mp_instanceof_name(vm, o->cls, mp_str_cstr(vm, "TypeError"))))
            mp_buf_adds(&b, " and defined");
        mp_buf_printf(&b, " in %s:%lld\nStack trace:\n", fs->data, (long long)mp_to_int(vm, line));
        mp_buf_add(&b, ts->data, ts->len);
        if (acc->len) { mp_buf_adds(&b, "\n\nNext "); mp_buf_add(&b, acc->data, acc->len); }
        acc = mp_buf_finish(&b);
        mp_val prev = ex_get(vm, o, "previous");
        o = prev.type == MP_T_OBJECT ? prev.u.o : NULL;
    }
    ex_set(vm, this_of(vm), "string", mp_v_str(acc));
    *ret = mp_v_str(acc);
}

static void ex_wakeup(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; (void)argv; (void)ret; }

#define FINAL_PUB (MP_ACC_PUBLIC | MP_ACC_FINAL)
static const mp_builtin throwable_methods[] = {
    { "Exception::__construct", ex_construct, 0, 3, "siz", "message code previous", "'' 0 null" },
    { "Exception::__wakeup", ex_wakeup, 0, 0, "", "" },
    { "Exception::getMessage", ex_get_message, 0, 0, "", "" },
    { "Exception::getCode", ex_get_code, 0, 0, "", "" },
    { "Exception::getFile", ex_get_file, 0, 0, "", "" },
    { "Exception::getLine", ex_get_line, 0, 0, "", "" },
    { "Exception::getTrace", ex_get_trace, 0, 0, "", "" },
    { "Exception::getPrevious", ex_get_previous, 0, 0, "", "" },
    { "Exception::getTraceAsString", ex_get_trace_string, 0, 0, "", "" },
    { "Exception::__toString", ex_to_string, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t throwable_mflags[] = {
    MP_ACC_PUBLIC, MP_ACC_PUBLIC, FINAL_PUB, FINAL_PUB, FINAL_PUB, FINAL_PUB, FINAL_PUB, FINAL_PUB, FINAL_PUB, MP_ACC_PUBLIC,
};
static const mp_builtin error_methods[] = {
    { "Error::__construct", ex_construct, 0, 3, "siz", "message code previous", "'' 0 null" },
    { "Error::__wakeup", ex_wakeup, 0, 0, "", "" },
    { "Error::getMessage", ex_get_message, 0, 0, "", "" },
    { "Error::getCode", ex_get_code, 0, 0, "", "" },
    { "Error::getFile", ex_get_file, 0, 0, "", "" },
    { "Error::getLine", ex_get_line, 0, 0, "", "" },
    { "Error::getTrace", ex_get_trace, 0, 0, "", "" },
    { "Error::getPrevious", ex_get_previous, 0, 0, "", "" },
    { "Error::getTraceAsString", ex_get_trace_string, 0, 0, "", "" },
    { "Error::__toString", ex_to_string, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const mp_builtin errex_methods[] = {
    { "ErrorException::__construct", errex_construct, 0, 6, "siis?i?z", "message code severity filename line previous", "'' 0 E_ERROR null null null" },
    { "ErrorException::getSeverity", errex_get_severity, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t errex_mflags[] = { MP_ACC_PUBLIC, FINAL_PUB };

/* Interfaces: abstract methods (fn NULL). */
#define ABSTRACT_PUB (MP_ACC_PUBLIC | MP_ACC_ABSTRACT)
static const uint32_t all_abstract[] = { ABSTRACT_PUB, ABSTRACT_PUB, ABSTRACT_PUB, ABSTRACT_PUB, ABSTRACT_PUB,
                                         ABSTRACT_PUB, ABSTRACT_PUB, ABSTRACT_PUB, ABSTRACT_PUB, ABSTRACT_PUB };
static const mp_builtin iterator_methods[] = {
    { "Iterator::current", NULL, 0, 0, "", "" }, { "Iterator::next", NULL, 0, 0, "", "" },
    { "Iterator::key", NULL, 0, 0, "", "" }, { "Iterator::valid", NULL, 0, 0, "", "" },
    { "Iterator::rewind", NULL, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL },
};
static const mp_builtin aggregate_methods[] = {
    { "IteratorAggregate::getIterator", NULL, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL },
};
static const mp_builtin arrayaccess_methods[] = {
    { "ArrayAccess::offsetExists", NULL, 1, 1, "z", "offset" }, { "ArrayAccess::offsetGet", NULL, 1, 1, "z", "offset" },
    { "ArrayAccess::offsetSet", NULL, 2, 2, "zz", "offset value" }, { "ArrayAccess::offsetUnset", NULL, 1, 1, "z", "offset" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const mp_builtin countable_methods[] = { { "Countable::count", NULL, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL } };
static const mp_builtin stringable_methods[] = { { "Stringable::__toString", NULL, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL } };
static const mp_builtin json_methods[] = { { "JsonSerializable::jsonSerialize", NULL, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL } };
static const mp_builtin throwable_iface_methods[] = {
    { "Throwable::getMessage", NULL, 0, 0, "", "" }, { "Throwable::getCode", NULL, 0, 0, "", "" },
    { "Throwable::getFile", NULL, 0, 0, "", "" }, { "Throwable::getLine", NULL, 0, 0, "", "" },
    { "Throwable::getTrace", NULL, 0, 0, "", "" }, { "Throwable::getPrevious", NULL, 0, 0, "", "" },
    { "Throwable::getTraceAsString", NULL, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL },
};

/* ---- Closure ---- */

static mp_object *closure_copy(mp_vm *vm, mp_object *c)
{
    mp_object *n = mp_alloc(vm, sizeof *n);
    *n = *c;
    n->id = ++vm->next_object_id;
    n->statics = NULL;
    return n;
}

/* Rebind closure C to NEWTHIS and SCOPEARG ("static" = keep); NULL + warning when PHP refuses. */
static mp_object *rebind(mp_vm *vm, mp_object *c, mp_val newthis, mp_val scopearg, int has_scope)
{
    mp_class *scope = c->scope;
    if (has_scope) {
        if (scopearg.type == MP_T_OBJECT) scope = scopearg.u.o->cls;
        else if (scopearg.type == MP_T_NULL) scope = NULL;
        else {
            mp_str *s = mp_to_str(vm, scopearg);
            if (strcmp(s->data, "static") != 0) {
                scope = mp_lookup_class(vm, s, 0);
                if (!scope) { mp_error(vm, MP_E_WARNING, "Class \"%s\" not found", s->data); return NULL; }
            }
        }
    }
    if (newthis.type == MP_T_OBJECT) {
        if ((c->func && c->func->is_static_closure) || (c->method && (c->method->flags & MP_ACC_STATIC))) {
            mp_error(vm, MP_E_WARNING, "Cannot bind an instance to a static closure");
            return NULL;
        }
    } else if (c->this_obj && c->func && c->func->uses_this) {
        mp_error(vm, MP_E_WARNING, "Cannot unbind $this of closure using $this");
        return NULL;
    }
    if (c->method && scope != c->method->scope) {
        mp_error(vm, MP_E_WARNING, "Cannot rebind scope of closure created from method");
        return NULL;
    }
    mp_object *n = closure_copy(vm, c);
    n->this_obj = (newthis.type == MP_T_OBJECT && !(c->func && c->func->is_static_closure)) ? newthis.u.o : NULL;
    n->scope = scope;
    n->called = n->this_obj ? n->this_obj->cls : scope;
    return n;
}

static void closure_bind(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argv[0].type != MP_T_OBJECT || argv[0].u.o->cls != vm->class_closure)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Closure::bind(): Argument #1 ($closure) must be of type Closure, %s given", mp_debug_type(argv[0]));
    mp_object *n = rebind(vm, argv[0].u.o, argv[1], argc > 2 ? argv[2] : mp_v_null(), argc > 2);
    *ret = n ? mp_v_obj(n) : mp_v_null();
}

static void closure_bind_to(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_object *n = rebind(vm, this_of(vm), argv[0], argc > 1 ? argv[1] : mp_v_null(), argc > 1);
    *ret = n ? mp_v_obj(n) : mp_v_null();
}

static void closure_call(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (argv[0].type != MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Closure::call(): Argument #1 ($newThis) must be of type object, %s given", mp_debug_type(argv[0]));
    mp_object *n = rebind(vm, this_of(vm), argv[0], argv[0], 1);
    if (!n) return;
    mp_call_value(vm, mp_v_obj(n), argc - 1, argv + 1, ret);
}

static void closure_from_callable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_obj(mp_closure_from_callable(vm, argv[0], 0));
}

static void closure_invoke(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_call_value(vm, mp_v_obj(this_of(vm)), argc, argv, ret);
}

static const mp_builtin closure_methods[] = {
    { "Closure::bind", closure_bind, 2, 3, "z?zz", "closure newThis newScope", "'static'" },
    { "Closure::bindTo", closure_bind_to, 1, 2, "?zz", "newThis newScope", "'static'" },
    { "Closure::call", closure_call, 1, -1, "zz*", "newThis args" },
    { "Closure::fromCallable", closure_from_callable, 1, 1, "z", "callback" },
    { "Closure::__invoke", closure_invoke, 0, -1, "z*", "args" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t closure_mflags[] = { MP_ACC_PUBLIC | MP_ACC_STATIC, MP_ACC_PUBLIC, MP_ACC_PUBLIC, MP_ACC_PUBLIC | MP_ACC_STATIC, MP_ACC_PUBLIC };

/* HashContext (builtins/hash.c keeps the state): made by hash_init() only. */
static void hashctx_construct(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; (void)argv; (void)ret; }
static const mp_builtin hashctx_methods[] = {
    { "HashContext::__construct", hashctx_construct, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t hashctx_mflags[] = { MP_ACC_PRIVATE };

/* ---- enums ---- */

static mp_class *called_class(mp_vm *vm)
{
    /* static methods of enums run with the enum as the called class */
    return vm->native_called;
}

static void enum_cases(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_class *c = called_class(vm);
    mp_array *a = mp_array_new(vm, 8);
    for (int i = 0; c->decl && i < c->decl->nconsts; i++) {
        if (!(c->decl->consts[i].flags & MP_ACC_CASE)) continue;
        mp_val o = mp_enum_case(vm, c, c->decl->consts[i].name);
        if (o.type != MP_T_UNDEF) mp_array_append(vm, a, o);
    }
    *ret = mp_v_arr(a);
}

static void enum_from_impl(mp_vm *vm, mp_val *argv, mp_val *ret, int try)
{
    mp_class *c = called_class(vm);
    mp_val key = argv[0];
    int is_int = c->enum_type && (c->enum_type->mask & MP_TY_INT);
    if (is_int && key.type != MP_T_INT) {
        mp_val k = key;
        if (!mp_check_type(vm, c->enum_type, &k, mp_strict_types(vm)))
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s::%s(): Argument #1 ($value) must be of type int, %s given", c->name->data, try ? "tryFrom" : "from", mp_debug_type(key));
        key = k;
    } else if (!is_int && key.type != MP_T_STRING) {
        mp_val k = key;
        if (!mp_check_type(vm, c->enum_type, &k, mp_strict_types(vm)))
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s::%s(): Argument #1 ($value) must be of type string, %s given", c->name->data, try ? "tryFrom" : "from", mp_debug_type(key));
        key = k;
    }
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(mp_enum_cases(vm, c), &pos, &k, &e); ) {
        mp_val v = e->u.o->slots[1];
        if (v.type == key.type && mp_strict_eq(v, key)) { *ret = mp_enum_case(vm, c, k.s); return; }
    }
    if (try) { *ret = mp_v_null(); return; }
    if (key.type == MP_T_INT) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%lld is not a valid backing value for enum %s", (long long)key.u.i, c->name->data);
    mp_throw_ex(vm, MP_EX_VALUE_ERROR, "\"%s\" is not a valid backing value for enum %s", key.u.s->data, c->name->data);
}
static void enum_from(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; enum_from_impl(vm, argv, ret, 0); }
static void enum_try_from(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; enum_from_impl(vm, argv, ret, 1); }

static const mp_builtin unit_enum_methods[] = { { "UnitEnum::cases", enum_cases, 0, 0, "", "" }, { NULL, NULL, 0, 0, NULL, NULL } };
static const mp_builtin backed_enum_methods[] = {
    { "BackedEnum::from", enum_from, 1, 1, "z", "value" },
    { "BackedEnum::tryFrom", enum_try_from, 1, 1, "z", "value" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
static const uint32_t static_pub[] = { MP_ACC_PUBLIC | MP_ACC_STATIC, MP_ACC_PUBLIC | MP_ACC_STATIC };

/* The case objects of enum C (name, and value for backed enums). */
void mp_enum_setup(mp_vm *vm, mp_class *c)
{
    c->flags |= MP_ACC_NO_DYNAMIC | MP_ACC_FINAL;
    /* the readonly $name (and $value) properties */
    mp_prop_decl pd = { mp_str_cstr(vm, "name"), MP_ACC_PUBLIC | MP_ACC_READONLY, NULL, { .tw = MP_T_UNDEF }, NULL };
    mp_prop *pn = mp_alloc(vm, sizeof *pn);
    pn->name = pd.name; pn->flags = pd.flags; pn->slot = c->nslots++; pn->scope = c;
    mp_prop *pv = NULL;
    if (c->enum_type) {
        pv = mp_alloc(vm, sizeof *pv);
        pv->name = mp_str_cstr(vm, "value"); pv->flags = pd.flags; pv->slot = c->nslots++; pv->scope = c;
    }
    c->slot_props = mp_realloc(vm, c->slot_props, sizeof(mp_prop *) * (size_t)c->nslots);
    c->slot_props[pn->slot] = pn;
    mp_array_set_str(vm, c->props, "name", 4, (mp_val){ .u.p = pn, .tw = MP_T_PTR });
    if (pv) { c->slot_props[pv->slot] = pv; mp_array_set_str(vm, c->props, "value", 5, (mp_val){ .u.p = pv, .tw = MP_T_PTR }); }
    c->defaults = mp_alloc(vm, sizeof(mp_val) * 2);
    c->defaults[0].tw = MP_T_UNDEF; c->defaults[1].tw = MP_T_UNDEF;
    c->defaults_ready = 1;
    c->cases = NULL;
}

/* The case objects of enum C, made on first use (they take object ids
 * then, as in PHP); duplicate backing values are an Error at that point. */
mp_array *mp_enum_cases(mp_vm *vm, mp_class *c)
{
    if (c->cases) return c->cases;
    const mp_class_decl *d = c->decl;
    for (int i = 0; d->enum_type && i < d->nconsts; i++)
        for (int j = 0; j < i; j++)
            if ((d->consts[i].flags & MP_ACC_CASE) && (d->consts[j].flags & MP_ACC_CASE) && mp_strict_eq(d->consts[i].val, d->consts[j].val))
                mp_throw_ex(vm, MP_EX_ERROR, "Duplicate value in enum %s for cases %s and %s", c->name->data, d->consts[j].name->data, d->consts[i].name->data);
    mp_array *cases = mp_array_new(vm, 8);
    for (int i = 0; i < d->nconsts; i++) {
        if (!(d->consts[i].flags & MP_ACC_CASE)) continue;
        mp_object *o = mp_alloc(vm, sizeof *o);
        o->cls = c;
        o->id = 0;   /* numbered when first used */
        o->slots = mp_alloc(vm, sizeof(mp_val) * 2);
        o->slots[0] = mp_v_str(d->consts[i].name);
        o->slots[1] = d->consts[i].val;
        mp_array_set_str(vm, cases, d->consts[i].name->data, d->consts[i].name->len, mp_v_obj(o));
    }
    c->cases = cases;
    return cases;
}

/* Enum case NAME of C as a value: its object gets its id on first use. */
mp_val mp_enum_case(mp_vm *vm, mp_class *c, const mp_str *name)
{
    mp_val *o = mp_array_find_str(mp_enum_cases(vm, c), name->data, name->len);
    if (!o) return mp_v_undef();
    if (!o->u.o->id) o->u.o->id = ++vm->next_object_id;
    return *o;
}

/* ---- the table ---- */

static const mp_native_class native_classes[] = {
    { "stdClass", NULL, NULL, MP_ACC_ALLOW_DYNAMIC, NULL, NULL, NULL },
    { "SensitiveParameterValue", NULL, NULL, MP_ACC_FINAL | MP_ACC_NO_DYNAMIC, NULL, NULL, NULL },
    { "Traversable", NULL, NULL, MP_ACC_INTERFACE, NULL, NULL, NULL },
    { "Iterator", NULL, "Traversable", MP_ACC_INTERFACE, iterator_methods, all_abstract, NULL },
    { "IteratorAggregate", NULL, "Traversable", MP_ACC_INTERFACE, aggregate_methods, all_abstract, NULL },
    { "ArrayAccess", NULL, NULL, MP_ACC_INTERFACE, arrayaccess_methods, all_abstract, NULL },
    { "Countable", NULL, NULL, MP_ACC_INTERFACE, countable_methods, all_abstract, NULL },
    { "Stringable", NULL, NULL, MP_ACC_INTERFACE, stringable_methods, all_abstract, NULL },
    { "JsonSerializable", NULL, NULL, MP_ACC_INTERFACE, json_methods, all_abstract, NULL },
    { "UnitEnum", NULL, NULL, MP_ACC_INTERFACE, unit_enum_methods, static_pub, NULL },
    { "BackedEnum", NULL, "UnitEnum", MP_ACC_INTERFACE, backed_enum_methods, static_pub, NULL },
    { "Throwable", NULL, "Stringable", MP_ACC_INTERFACE, throwable_iface_methods, all_abstract, NULL },
    { "Closure", NULL, NULL, MP_ACC_FINAL | MP_ACC_NO_DYNAMIC, closure_methods, closure_mflags, NULL },
    { "HashContext", NULL, NULL, MP_ACC_FINAL, hashctx_methods, hashctx_mflags, NULL },
    { "Generator", NULL, "Iterator", MP_ACC_FINAL | MP_ACC_NO_DYNAMIC, mp_generator_methods, NULL, NULL },
    { "Exception", NULL, "Throwable", 0, throwable_methods, throwable_mflags,
      "#message=s -string=s #code=i #file=s #line=i -trace=a -previous=n" },
    { "Error", NULL, "Throwable", 0, error_methods, throwable_mflags,
      "#message=s -string=s #code=i #file=s #line=i -trace=a -previous=n" },
    { "ErrorException", "Exception", NULL, 0, errex_methods, errex_mflags, "#severity=E" },
    { "TypeError", "Error", NULL, 0, NULL, NULL, NULL },
    { "ValueError", "Error", NULL, 0, NULL, NULL, NULL },
    { "ArithmeticError", "Error", NULL, 0, NULL, NULL, NULL },
    { "DivisionByZeroError", "ArithmeticError", NULL, 0, NULL, NULL, NULL },
    { "CompileError", "Error", NULL, 0, NULL, NULL, NULL },
    { "ParseError", "CompileError", NULL, 0, NULL, NULL, NULL },
    { "ArgumentCountError", "TypeError", NULL, 0, NULL, NULL, NULL },
    { "UnhandledMatchError", "Error", NULL, 0, NULL, NULL, NULL },
    { "JsonException", "Exception", NULL, 0, NULL, NULL, NULL },
    { "LogicException", "Exception", NULL, 0, NULL, NULL, NULL },
    { "BadFunctionCallException", "LogicException", NULL, 0, NULL, NULL, NULL },
    { "BadMethodCallException", "BadFunctionCallException", NULL, 0, NULL, NULL, NULL },
    { "DomainException", "LogicException", NULL, 0, NULL, NULL, NULL },
    { "InvalidArgumentException", "LogicException", NULL, 0, NULL, NULL, NULL },
    { "LengthException", "LogicException", NULL, 0, NULL, NULL, NULL },
    { "OutOfRangeException", "LogicException", NULL, 0, NULL, NULL, NULL },
    { "RuntimeException", "Exception", NULL, 0, NULL, NULL, NULL },
    { "OutOfBoundsException", "RuntimeException", NULL, 0, NULL, NULL, NULL },
    { "OverflowException", "RuntimeException", NULL, 0, NULL, NULL, NULL },
    { "RangeException", "RuntimeException", NULL, 0, NULL, NULL, NULL },
    { "UnderflowException", "RuntimeException", NULL, 0, NULL, NULL, NULL },
    { "UnexpectedValueException", "RuntimeException", NULL, 0, NULL, NULL, NULL },
};

static const char *const ex_class_names[MP_EX__COUNT] = {
    [MP_EX_EXCEPTION] = "Exception", [MP_EX_ERROR_EXCEPTION] = "ErrorException", [MP_EX_ERROR] = "Error",
    [MP_EX_TYPE_ERROR] = "TypeError", [MP_EX_VALUE_ERROR] = "ValueError",
    [MP_EX_ARGUMENT_COUNT_ERROR] = "ArgumentCountError", [MP_EX_ARITHMETIC_ERROR] = "ArithmeticError",
    [MP_EX_DIVISION_BY_ZERO_ERROR] = "DivisionByZeroError", [MP_EX_UNHANDLED_MATCH_ERROR] = "UnhandledMatchError",
    [MP_EX_JSON_EXCEPTION] = "JsonException",
};

static void native_props(mp_vm *vm, mp_class *c, const char *spec)
{
    while (spec && *spec) {
        while (*spec == ' ') spec++;
        if (!*spec) break;
        uint32_t vis = *spec == '#' ? MP_ACC_PROTECTED : *spec == '-' ? MP_ACC_PRIVATE : MP_ACC_PUBLIC;
        spec++;
        const char *eq = strchr(spec, '=');
        mp_prop *p = mp_alloc(vm, sizeof *p);
        p->name = mp_str_new(vm, spec, (size_t)(eq - spec));
        p->flags = vis;
        p->scope = c;
        p->slot = c->nslots++;
        c->slot_props = mp_realloc(vm, c->slot_props, sizeof(mp_prop *) * (size_t)c->nslots);
        c->slot_props[p->slot] = p;
        c->defaults = mp_realloc(vm, c->defaults, sizeof(mp_val) * (size_t)c->nslots);
        mp_val d;
        switch (eq[1]) {
        case 's': d = mp_v_str(mp_str_empty()); break;
        case 'i': d = mp_v_int(0); break;
        case 'a': d = mp_v_arr(mp_array_empty()); break;
        case 'E': d = mp_v_int(1); break;
        default: d = mp_v_null();
        }
        c->defaults[p->slot] = d;
        mp_array_set(vm, c->props, (mp_key){ p->name, 0 }, (mp_val){ .u.p = p, .tw = MP_T_PTR });
        spec = eq + 2;
    }
}

/* Link one built-in class (its parent and interfaces linked before). */
void mp_link_native_class(mp_vm *vm, const mp_native_class *nc)
{
    mp_class *c = mp_native_class_new(vm, nc->name);
    c->flags = nc->flags | MP_ACC_NATIVE;
    c->native = nc;
    if (nc->parent) mp_native_inherit(vm, c, mp_find_class(vm, mp_str_cstr(vm, nc->parent)));
    else c->defaults = mp_alloc(vm, sizeof(mp_val));
    for (const char *s = nc->ifaces; s && *s; ) {
        const char *e = strchr(s, ' ');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        mp_native_implement(vm, c, mp_find_class(vm, mp_str_new(vm, s, len)));
        s += len;
        while (*s == ' ') s++;
    }
    native_props(vm, c, nc->props);
    for (int m = 0; nc->methods && nc->methods[m].name; m++) {
        const mp_builtin *b = &nc->methods[m];
        const char *mn = strstr(b->name, "::") + 2;
        mp_method *me = mp_alloc(vm, sizeof *me);
        me->name = mp_str_cstr(vm, mn);
        me->flags = nc->mflags ? nc->mflags[m] : MP_ACC_PUBLIC;
        me->native = b->fn ? b : NULL;
        me->scope = c;
        mp_str *lc = mp_str_cstr(vm, mn);
        for (size_t k = 0; k < lc->len; k++) if (lc->data[k] >= 'A' && lc->data[k] <= 'Z') lc->data[k] += 32;
        mp_array_set(vm, c->methods, (mp_key){ lc, 0 }, (mp_val){ .u.p = me, .tw = MP_T_PTR });
    }
    mp_native_finish(vm, c);
    c->defaults_ready = 1;
}

/* Link the built-in classes into a new VM. */
void mp_init_classes(mp_vm *vm)
{
    vm->classes = mp_array_new(vm, 64);
    for (size_t i = 0; i < sizeof native_classes / sizeof native_classes[0]; i++)
        mp_link_native_class(vm, &native_classes[i]);
    mp_spl_init(vm);
    mp_datetime_init(vm);
    for (int i = 0; i < MP_EX__COUNT; i++) vm->ex_classes[i] = mp_find_class(vm, mp_str_cstr(vm, ex_class_names[i]));
    vm->class_stdclass = mp_find_class(vm, mp_str_cstr(vm, "stdClass"));
    vm->class_closure = mp_find_class(vm, mp_str_cstr(vm, "Closure"));
    vm->class_throwable = mp_find_class(vm, mp_str_cstr(vm, "Throwable"));
    vm->class_generator = mp_find_class(vm, mp_str_cstr(vm, "Generator"));
}
