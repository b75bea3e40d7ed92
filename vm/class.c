/* class.c - classes and objects at run time: the class table, linking a
 * compiled declaration (inheritance, interfaces, traits, enums) into an
 * mp_class of this VM, instantiation, and member lookup with PHP's
 * visibility rules. Property and method access from the interpreter
 * (with magic __get/__set/__call) is in object.c. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "vm.h"

/* ---- the class table ---- */

static mp_str *lower(mp_vm *vm, const char *s, size_t len)
{
    mp_str *r = mp_str_alloc(vm, len);
    for (size_t i = 0; i < len; i++) r->data[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    return r;
}

/* A declared class by name (any case, leading "\" allowed); NULL if none. */
mp_class *mp_find_class(mp_vm *vm, const mp_str *name)
{
    unsigned h = (unsigned)((uintptr_t)name >> 4) & 255;
    if (vm->ccache[h].name == name) return vm->ccache[h].cls;
    const char *s = name->data;
    size_t len = name->len;
    if (len && s[0] == '\\') { s++; len--; }
    char buf[128];
    mp_val *e;
    if (len < sizeof buf) {
        for (size_t i = 0; i < len; i++) buf[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
        e = mp_array_find_str(vm->classes, buf, len);
    } else {
        mp_str *lc = lower(vm, s, len);
        e = mp_array_find_str(vm->classes, lc->data, lc->len);
    }
    if (!e) return NULL;
    if (name->flags & MP_GC_IMMUTABLE) { vm->ccache[h].name = name; vm->ccache[h].cls = e->u.p; }
    return e->u.p;
}

/* Is NAME one of the reserved class names (self, parent, static)? */
static int reserved_name(const mp_str *n)
{
    return strcasecmp(n->data, "self") == 0 || strcasecmp(n->data, "parent") == 0 || strcasecmp(n->data, "static") == 0;
}

/* A class by name, calling the autoloaders when it is not declared yet.
 * With must, a missing class throws Error: Class "X" not found. */
mp_class *mp_lookup_class(mp_vm *vm, mp_str *name, int must)
{
    mp_class *c = mp_find_class(vm, name);
    if (c) return c;
    if (vm->autoloaders && !reserved_name(name)) {
        mp_str *n = name;
        if (n->len && n->data[0] == '\\') n = mp_str_new(vm, n->data + 1, n->len - 1);
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(vm->autoloaders, &pos, &k, &e); ) {
            mp_val arg = mp_v_str(n), r;
            mp_call_value(vm, *e, 1, &arg, &r);
            c = mp_find_class(vm, name);
            if (c) return c;
        }
    }
    if (must) {
        const char *s = name->data;
        if (*s == '\\') s++;
        mp_throw_ex(vm, MP_EX_ERROR, "Class \"%s\" not found", s);
    }
    return NULL;
}

int mp_instanceof(const mp_class *c, const mp_class *of)
{
    if (c == of) return 1;
    if (of->flags & MP_ACC_INTERFACE) {
        for (int i = 0; i < c->nifaces; i++) if (c->ifaces[i] == of) return 1;
        return 0;
    }
    for (c = c->parent; c; c = c->parent) if (c == of) return 1;
    return 0;
}

/* instanceof a class given by name: an unknown class matches nothing. */
int mp_instanceof_name(mp_vm *vm, const mp_class *c, const mp_str *name)
{
    mp_class *of = mp_find_class(vm, name);
    return of && mp_instanceof(c, of);
}

static mp_val ptr_val(const void *p) { mp_val v; v.u.i = 0; v.tw = MP_T_PTR; v.u.p = (void *)p; return v; }

/* ---- member lookup ---- */

mp_method *mp_find_method(const mp_class *c, const mp_str *lcname)
{
    mp_key k = { (mp_str *)lcname, 0 };
    mp_val *e = mp_array_find(c->methods, k);
    return e ? e->u.p : NULL;
}

static mp_method *find_method_cstr(const mp_class *c, const char *lcname)
{
    mp_val *e = mp_array_find_str(c->methods, lcname, strlen(lcname));
    return e ? e->u.p : NULL;
}

mp_prop *mp_class_prop(const mp_class *c, const mp_str *name)
{
    mp_key k = { (mp_str *)name, 0 };
    mp_val *e = mp_array_find(c->props, k);
    return e ? e->u.p : NULL;
}

mp_cconst *mp_class_const(const mp_class *c, const mp_str *name)
{
    mp_key k = { (mp_str *)name, 0 };
    mp_val *e = mp_array_find(c->consts, k);
    return e ? e->u.p : NULL;
}

/* May code running in SCOPE use a member declared in MSCOPE with FLAGS? */
int mp_member_visible(uint32_t flags, const mp_class *mscope, const mp_class *scope)
{
    if (flags & MP_ACC_PUBLIC) return 1;
    if (!scope) return 0;
    if (flags & MP_ACC_PRIVATE) return scope == mscope;
    return mp_instanceof(scope, mscope) || mp_instanceof(mscope, scope);
}

const char *mp_visibility_name(uint32_t flags)
{
    return (flags & MP_ACC_PRIVATE) ? "private" : (flags & MP_ACC_PROTECTED) ? "protected" : "public";
}

/* ---- class constants ---- */

/* Run a compiled constant expression (property default, class constant)
 * in the scope of CLS. */
static mp_val eval_init(mp_vm *vm, const mp_func *f, mp_class *cls)
{
    mp_val r;
    mp_call_in_scope(vm, f, cls, &r);
    return r;
}

mp_val mp_cconst_value(mp_vm *vm, mp_class *cls, mp_cconst *cc)
{
    (void)cls;
    if (cc->val.type != MP_T_UNDEF) return cc->val;
    if (cc->flags & MP_ACC_CASE) {
        cc->val = mp_enum_case(vm, cc->scope, cc->name);
        return cc->val;
    }
    if (cc->busy) mp_throw_ex(vm, MP_EX_ERROR, "Cannot declare self-referencing constant %s::%s", cc->scope->name->data, cc->name->data);
    cc->busy = 1;
    mp_val v = eval_init(vm, cc->init, cc->scope);
    cc->busy = 0;
    if (v.type == MP_T_OBJECT && !(v.u.o->cls->flags & MP_ACC_ENUM))
        mp_throw_ex(vm, MP_EX_ERROR, "Constant expression contains invalid operations");
    mp_val_share(v);
    cc->val = v;
    return v;
}

/* ---- linking ---- */

static void __attribute__((noreturn, format(printf, 3, 4))) link_error(mp_vm *vm, int line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const mp_class_decl *d = vm->linking;
    if (!d) { mp_error(vm, MP_E_ERROR, "%s", msg); abort(); }
    /* reported at the declaration, wherever the linking happens */
    mp_report(vm, MP_E_ERROR, d->script->path->data, line, msg);
    vm->exit_status = 255;
    mp_unwind(vm, MP_UNWIND_FATAL);
}

static void add_iface(mp_vm *vm, mp_class *c, mp_class *i)
{
    for (int k = 0; k < c->nifaces; k++) if (c->ifaces[k] == i) return;
    c->ifaces = mp_realloc(vm, c->ifaces, sizeof(mp_class *) * (size_t)(c->nifaces + 1));
    c->ifaces[c->nifaces++] = i;
}

/* PHP's interface order: the parent's, then the declared ones, then what
 * each declared interface extends, in reverse (class_implements shows it). */
static void expand_ifaces(mp_vm *vm, mp_class *c, int from, int to)
{
    for (int k = from; k < to; k++) {
        mp_class *i = c->ifaces[k];
        for (int j = i->nifaces - 1; j >= 0; j--) add_iface(vm, c, i->ifaces[j]);
    }
}

static mp_class *class_alloc(mp_vm *vm, const char *name, size_t len)
{
    mp_class *c = mp_alloc(vm, sizeof *c);
    c->throwable = -1;
    c->name = mp_str_new(vm, name, len);
    c->lcname = lower(vm, name, len);
    c->methods = mp_array_new(vm, 8);
    c->consts = mp_array_new(vm, 4);
    c->props = mp_array_new(vm, 4);
    return c;
}

static void inherit(mp_vm *vm, mp_class *c, mp_class *p)
{
    c->parent = p;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(p->methods, &pos, &k, &e); ) mp_array_set(vm, c->methods, k, *e);
    for (uint32_t pos = 0; mp_array_next(p->consts, &pos, &k, &e); )
        if (!(((mp_cconst *)e->u.p)->flags & MP_ACC_PRIVATE)) mp_array_set(vm, c->consts, k, *e);
    for (uint32_t pos = 0; mp_array_next(p->props, &pos, &k, &e); ) mp_array_set(vm, c->props, k, *e);
    c->nslots = p->nslots;
    c->slot_props = mp_alloc(vm, sizeof(mp_prop *) * (size_t)(p->nslots + 1));
    if (p->nslots)   /* a parent without properties has no slot table (memcpy from NULL is UB) */
        memcpy(c->slot_props, p->slot_props, sizeof(mp_prop *) * (size_t)p->nslots);
    for (int i = 0; i < p->nifaces; i++) add_iface(vm, c, p->ifaces[i]);
    if (p->flags & MP_ACC_ALLOW_DYNAMIC) c->flags |= MP_ACC_ALLOW_DYNAMIC;
}

static const char *kind_name(uint32_t flags)
{
    return (flags & MP_ACC_INTERFACE) ? "interface" : (flags & MP_ACC_TRAIT) ? "trait" : (flags & MP_ACC_ENUM) ? "enum" : "class";
}

/* ---- signature compatibility (Liskov) ---- */

/* "A::f(int $a, $b = 0): int" as PHP prints declarations. */
static mp_str *signature(mp_vm *vm, const mp_method *m)
{
    const mp_func *f = m->func;
    mp_buf b;
    mp_buf_init(&b, vm);
    mp_buf_printf(&b, "%s::%s(", m->scope->name->data, m->name->data);
    for (int i = 0; f && i < f->nparams; i++) {
        const mp_param *p = &f->params[i];
        if (i) mp_buf_adds(&b, ", ");
        if (p->type) { mp_buf_adds(&b, p->type->text->data); mp_buf_addc(&b, ' '); }
        if (p->byref) mp_buf_addc(&b, '&');
        if (p->variadic) mp_buf_adds(&b, "...");
        mp_buf_printf(&b, "$%s", p->name->data);
        if (p->has_default && p->deftext) mp_buf_printf(&b, " = %s", p->deftext->data);
    }
    mp_buf_addc(&b, ')');
    if (f && f->ret_type) mp_buf_printf(&b, ": %s", f->ret_type->text->data);
    return mp_buf_finish(&b);
}

static int uses_relative(const mp_type *t)
{
    if (t->mask & MP_TY_STATIC) return 1;
    for (int i = 0; i < t->nnames; i++)
        if (!strcasecmp(t->names[i]->data, "self") || !strcasecmp(t->names[i]->data, "parent")) return 1;
    return 0;
}

/* Does type WIDE accept every value of type NARROW? Unknown classes and
 * self/static count as compatible (PHP would load or resolve them). */
static int type_accepts(mp_vm *vm, const mp_type *wide, const mp_type *narrow)
{
    if (!wide || (wide->mask & MP_TY_MIXED)) return 1;
    if (!narrow) return 0;
    if (uses_relative(wide) || uses_relative(narrow)) return 1;
    uint32_t scal = MP_TY_NULL | MP_TY_FALSE | MP_TY_TRUE | MP_TY_INT | MP_TY_FLOAT | MP_TY_STRING | MP_TY_ARRAY | MP_TY_VOID | MP_TY_NEVER;
    uint32_t wm = wide->mask, nm = narrow->mask;
    if ((wm & MP_TY_BOOL) == MP_TY_BOOL) wm |= MP_TY_FALSE | MP_TY_TRUE;
    if ((nm & MP_TY_BOOL) == MP_TY_BOOL) nm |= MP_TY_FALSE | MP_TY_TRUE;
    if (nm & MP_TY_NEVER) return 1;
    if ((nm & MP_TY_MIXED)) return 0;
    if ((nm & scal & ~(uint32_t)MP_TY_NEVER) & ~wm) {
        uint32_t missing = nm & scal & ~wm;
        if ((missing & MP_TY_ARRAY) && (wm & MP_TY_ITERABLE)) missing &= ~(uint32_t)MP_TY_ARRAY;
        if (missing) return 0;
    }
    if ((nm & MP_TY_ITERABLE) && !(wm & MP_TY_ITERABLE)) return 0;
    if ((nm & MP_TY_CALLABLE) && !(wm & MP_TY_CALLABLE)) return 0;
    if ((nm & MP_TY_OBJECT) && !(wm & MP_TY_OBJECT)) return 0;
    for (int i = 0; i < narrow->nnames; i++) {
        if (wm & MP_TY_OBJECT) continue;
        mp_class *nc = mp_find_class(vm, narrow->names[i]);
        if (!nc) continue;
        int ok = 0;
        if ((wm & MP_TY_ITERABLE) && mp_instanceof_name(vm, nc, mp_str_cstr(vm, "Traversable"))) ok = 1;
        for (int j = 0; !ok && j < wide->nnames; j++) {
            mp_class *wc = mp_find_class(vm, wide->names[j]);
            if (!wc || mp_instanceof(nc, wc)) ok = 1;
        }
        if (!ok) return 0;
    }
    return 1;
}

/* Is method CHILD an acceptable override of PARENT (PHP's LSP rules)? */
static int compatible(mp_vm *vm, const mp_method *child, const mp_method *parent)
{
    const mp_func *cf = child->func, *pf = parent->func;
    if (!cf || !pf) return 1;
    if (cf->nrequired > pf->nrequired) return 0;
    int cn = cf->nparams - (cf->has_variadic ? 1 : 0), pn = pf->nparams - (pf->has_variadic ? 1 : 0);
    if (cn < pn && !cf->has_variadic) return 0;
    if (pf->has_variadic && !cf->has_variadic) return 0;
    for (int i = 0; i < pf->nparams; i++) {
        const mp_param *pp = &pf->params[i];
        const mp_param *cp = i < cf->nparams ? &cf->params[i] : (cf->has_variadic ? &cf->params[cf->nparams - 1] : NULL);
        if (!cp) return 0;
        if (cp->byref != pp->byref) return 0;
        if (cp->type && !type_accepts(vm, cp->type, pp->type)) return 0;
    }
    for (int i = pf->nparams; i < cf->nparams; i++)
        if (!cf->params[i].has_default && !cf->params[i].variadic) return 0;
    if (pf->ret_type && !(pf->ret_type->mask & MP_TY_MIXED && !cf->ret_type)) {
        if (!cf->ret_type) return 0;
        if ((pf->ret_type->mask & MP_TY_VOID) != (cf->ret_type->mask & MP_TY_VOID)) return 0;
        if (!(pf->ret_type->mask & MP_TY_VOID) && !type_accepts(vm, pf->ret_type, cf->ret_type)) return 0;
    }
    return 1;
}

static void check_compatible(mp_vm *vm, const mp_method *child, const mp_method *parent, int line)
{
    if (parent->flags & MP_ACC_PRIVATE) return;
    if (!strcasecmp(child->name->data, "__construct") && !(parent->flags & MP_ACC_ABSTRACT)) return;
    if (compatible(vm, child, parent)) return;
    link_error(vm, line, "Declaration of %s must be compatible with %s", signature(vm, child)->data, signature(vm, parent)->data);
}

/* Add method M to C, checking it against the one it overrides. */
static void add_method(mp_vm *vm, mp_class *c, mp_method *m, int line)
{
    mp_str *lc = lower(vm, m->name->data, m->name->len);
    mp_key k = { lc, 0 };
    mp_val *e = mp_array_find(c->methods, k);
    if (e) {
        mp_method *old = e->u.p;
        if (old->scope == c && !(old->flags & MP_ACC_ABSTRACT) && !(m->flags & MP_ACC_ABSTRACT) && old->func && m->func && old->func != m->func)
            link_error(vm, line, "Cannot redeclare %s::%s()", c->name->data, m->name->data);
        if (old->scope != c && !(old->flags & MP_ACC_PRIVATE)) {
            if (old->flags & MP_ACC_FINAL)
                link_error(vm, line, "Cannot override final method %s::%s()", old->scope->name->data, old->name->data);
            if ((old->flags & MP_ACC_STATIC) && !(m->flags & MP_ACC_STATIC))
                link_error(vm, line, "Cannot make static method %s::%s() non static in class %s", old->scope->name->data, old->name->data, c->name->data);
            if (!(old->flags & MP_ACC_STATIC) && (m->flags & MP_ACC_STATIC))
                link_error(vm, line, "Cannot make non static method %s::%s() static in class %s", old->scope->name->data, old->name->data, c->name->data);
            if ((m->flags & MP_ACC_VISIBILITY) > (old->flags & MP_ACC_VISIBILITY) && strcmp(lc->data, "__construct") != 0)
                link_error(vm, line, "Access level to %s::%s() must be %s (as in %s %s)%s", c->name->data, m->name->data,
                           mp_visibility_name(old->flags), kind_name(old->scope->flags), old->scope->name->data,
                           (old->flags & MP_ACC_PUBLIC) ? "" : " or weaker");
            if ((m->flags & MP_ACC_ABSTRACT) && !(old->flags & MP_ACC_ABSTRACT) && !(c->flags & MP_ACC_INTERFACE))
                link_error(vm, line, "Cannot make non abstract method %s::%s() abstract in class %s", old->scope->name->data, old->name->data, c->name->data);
            check_compatible(vm, m, old, line);
        }
        /* an abstract declaration never replaces an implementation */
        if ((m->flags & MP_ACC_ABSTRACT) && !(old->flags & MP_ACC_ABSTRACT)) return;
    }
    mp_array_set(vm, c->methods, k, ptr_val(m));
}

static mp_method *method_from_func(mp_vm *vm, mp_class *scope, const mp_func *f, uint32_t flags)
{
    mp_method *m = mp_alloc(vm, sizeof *m);
    m->name = f->name;
    m->flags = flags;
    m->func = f;
    m->scope = scope;
    return m;
}

static void add_prop(mp_vm *vm, mp_class *c, const mp_prop_decl *d, int line)
{
    mp_prop *old = mp_class_prop(c, d->name);
    mp_prop *p = mp_alloc(vm, sizeof *p);
    p->name = d->name;
    p->flags = d->flags;
    p->type = d->type;
    p->scope = c;
    p->slot = -1;
    if (old && old->scope != c && !(old->flags & MP_ACC_PRIVATE)) {
        if ((old->flags & MP_ACC_STATIC) != (d->flags & MP_ACC_STATIC))
            link_error(vm, line, (old->flags & MP_ACC_STATIC) ? "Cannot redeclare static %s::$%s as non static %s::$%s"
                                                               : "Cannot redeclare non static %s::$%s as static %s::$%s",
                       old->scope->name->data, d->name->data, c->name->data, d->name->data);
        if ((d->flags & MP_ACC_VISIBILITY) > (old->flags & MP_ACC_VISIBILITY))
            link_error(vm, line, "Access level to %s::$%s must be %s (as in class %s)%s", c->name->data, d->name->data,
                       mp_visibility_name(old->flags), old->scope->name->data, (old->flags & MP_ACC_PUBLIC) ? "" : " or weaker");
        if ((old->flags & MP_ACC_READONLY) != (d->flags & MP_ACC_READONLY))
            link_error(vm, line, "Cannot redeclare %sreadonly property %s::$%s as %sreadonly %s::$%s",
                       (old->flags & MP_ACC_READONLY) ? "" : "non-", old->scope->name->data, d->name->data,
                       (d->flags & MP_ACC_READONLY) ? "" : "non-", c->name->data, d->name->data);
        if (!(d->flags & MP_ACC_STATIC)) p->slot = old->slot;
    }
    if (d->flags & MP_ACC_STATIC) {
        p->sval = mp_alloc(vm, sizeof(mp_val));
        p->sval->type = MP_T_UNDEF;   /* set on first use (initializer may need the class) */
    } else if (p->slot < 0) {
        p->slot = c->nslots++;
        c->slot_props = mp_realloc(vm, c->slot_props, sizeof(mp_prop *) * (size_t)c->nslots);
    }
    if (p->slot >= 0) c->slot_props[p->slot] = p;
    mp_key k = { d->name, 0 };
    mp_array_set(vm, c->props, k, ptr_val(p));
}

static void add_const(mp_vm *vm, mp_class *c, const mp_const_decl *d, int line)
{
    mp_cconst *old = mp_class_const(c, d->name);
    if (old && old->scope == c) link_error(vm, line, "Cannot redefine class constant %s::%s", c->name->data, d->name->data);
    if (old && (old->flags & MP_ACC_FINAL))
        link_error(vm, line, "%s::%s cannot override final constant %s::%s", c->name->data, d->name->data, old->scope->name->data, d->name->data);
    mp_cconst *cc = mp_alloc(vm, sizeof *cc);
    cc->name = d->name;
    cc->flags = d->flags;
    cc->val = d->init ? mp_v_undef() : d->val;
    cc->init = d->init;
    cc->scope = c;
    if (d->flags & MP_ACC_CASE) cc->val = mp_v_undef();
    mp_key k = { d->name, 0 };
    mp_array_set(vm, c->consts, k, ptr_val(cc));
}

static void find_magic(mp_class *c)
{
    c->ctor = find_method_cstr(c, "__construct");
    c->dtor = find_method_cstr(c, "__destruct");
    c->get = find_method_cstr(c, "__get");
    c->set = find_method_cstr(c, "__set");
    c->isset = find_method_cstr(c, "__isset");
    c->unset = find_method_cstr(c, "__unset");
    c->call = find_method_cstr(c, "__call");
    c->callstatic = find_method_cstr(c, "__callstatic");
    c->tostring = find_method_cstr(c, "__tostring");
    c->invoke = find_method_cstr(c, "__invoke");
    c->clone = find_method_cstr(c, "__clone");
}

static void check_abstract(mp_vm *vm, mp_class *c, int line)
{
    if (c->flags & (MP_ACC_ABSTRACT | MP_ACC_INTERFACE | MP_ACC_TRAIT)) return;
    int n = 0;
    char list[512];
    size_t used = 0;
    list[0] = 0;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(c->methods, &pos, &k, &e); ) {
        mp_method *m = e->u.p;
        if (!(m->flags & MP_ACC_ABSTRACT)) continue;
        if (n < 3) used += (size_t)snprintf(list + used, sizeof list - used, "%s%s::%s", n ? ", " : "", m->scope->name->data, m->name->data);
        n++;
    }
    if (!n) return;
    if (n > 3) snprintf(list + used, sizeof list - used, ", ...");
    if (c->flags & MP_ACC_ENUM)
        link_error(vm, line, "Enum %s must implement %d abstract private method%s (%s)", c->name->data, n, n == 1 ? "" : "s", list);
    link_error(vm, line, "%s %s contains %d abstract method%s and must therefore be declared abstract or implement the remaining methods (%s)",
               (c->flags & MP_ACC_ENUM) ? "Enum" : "Class", c->name->data, n, n == 1 ? "" : "s", list);
}

static void implement(mp_vm *vm, mp_class *c, mp_class *i, int line)
{
    if (!(i->flags & MP_ACC_INTERFACE))
        link_error(vm, line, "%s cannot implement %s - it is not an interface", c->name->data, i->name->data);
    add_iface(vm, c, i);
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(i->consts, &pos, &k, &e); ) {
        mp_cconst *old = mp_class_const(c, k.s), *ic = e->u.p;
        if (!old) mp_array_set(vm, c->consts, k, *e);
        else if (old != ic && (ic->flags & MP_ACC_FINAL))
            link_error(vm, line, "%s::%s cannot override final constant %s::%s", c->name->data, k.s->data, ic->scope->name->data, k.s->data);
    }
    for (uint32_t pos = 0; mp_array_next(i->methods, &pos, &k, &e); ) {
        mp_method *m = e->u.p;
        mp_method *have = mp_find_method(c, k.s);
        if (!have) { mp_array_set(vm, c->methods, k, *e); continue; }
        if (!(have->flags & MP_ACC_PUBLIC) && have->scope == c)
            link_error(vm, line, "Access level to %s::%s() must be public (as in class %s)", c->name->data, have->name->data, i->name->data);
        if (have != m) check_compatible(vm, have, m, have->func ? have->func->line_start : line);
    }
}

/* Copy the methods and properties of the used traits into C. */
static void use_traits(mp_vm *vm, mp_class *c, const mp_class_decl *d)
{
    mp_class *traits[64];
    int nt = d->ntraits < 64 ? d->ntraits : 64;
    for (int t = 0; t < nt; t++) {
        mp_class *tr = mp_lookup_class(vm, d->traits[t], 0);
        if (!tr) { vm->linking = NULL; mp_throw_ex(vm, MP_EX_ERROR, "Trait \"%s\" not found", d->traits[t]->data); }
        if (!(tr->flags & MP_ACC_TRAIT))
            link_error(vm, d->line_start, "%s cannot use %s - it is not a trait", c->name->data, tr->name->data);
        traits[t] = tr;
    }
    /* "m as x" without a trait name must name one trait's method */
    for (int r = 0; r < d->nrules; r++) {
        const mp_trait_rule *rule = &d->rules[r];
        if (rule->ninsteadof || rule->trait) continue;
        mp_str *lc = lower(vm, rule->method->data, rule->method->len);
        int first = -1;
        for (int t = 0; t < nt; t++) {
            if (!mp_find_method(traits[t], lc)) continue;
            if (first < 0) { first = t; continue; }
            link_error(vm, d->line_start, "An alias was defined for method %s(), which exists in both %s and %s. Use %s::%s or %s::%s to resolve the ambiguity",
                       rule->method->data, traits[first]->name->data, traits[t]->name->data,
                       traits[first]->name->data, rule->method->data, traits[t]->name->data, rule->method->data);
        }
    }
    for (int t = 0; t < nt; t++) {
        mp_class *tr = traits[t];
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(tr->methods, &pos, &k, &e); ) {
            mp_method *tm = e->u.p;
            /* excluded by "Other::m insteadof ThisTrait"? */
            int excluded = 0;
            for (int r = 0; r < d->nrules; r++) {
                const mp_trait_rule *rule = &d->rules[r];
                if (!rule->ninsteadof || strcasecmp(rule->method->data, tm->name->data) != 0) continue;
                for (int x = 0; x < rule->ninsteadof; x++)
                    if (mp_find_class(vm, rule->insteadof[x]) == tr) excluded = 1;
            }
            /* aliases */
            for (int r = 0; r < d->nrules; r++) {
                const mp_trait_rule *rule = &d->rules[r];
                if (rule->ninsteadof || strcasecmp(rule->method->data, tm->name->data) != 0) continue;
                if (rule->trait && mp_find_class(vm, rule->trait) != tr) continue;
                mp_method *m = mp_alloc(vm, sizeof *m);
                *m = *tm;
                m->scope = c;
                if (rule->vis) m->flags = (m->flags & ~(uint32_t)MP_ACC_VISIBILITY) | rule->vis;
                if (rule->alias) { m->name = rule->alias; add_method(vm, c, m, d->line_start); }
                else if (!excluded) { add_method(vm, c, m, d->line_start); excluded = 1; }
            }
            if (excluded) continue;
            mp_method *own = mp_find_method(c, k.s);
            if (own && own->scope == c && own->func && !(own->flags & MP_ACC_ABSTRACT)) {
                /* the class's own method wins; another trait's one is a conflict */
                int from_trait = 0;
                for (int u = 0; u < t; u++) if (mp_find_method(traits[u], k.s)) from_trait = 1;
                if (from_trait && !(tm->flags & MP_ACC_ABSTRACT)) {
                    int declared = 0;
                    for (int i = 0; i < d->nmethods; i++) if (strcasecmp(d->methods[i]->name->data, tm->name->data) == 0) declared = 1;
                    if (!declared)
                        link_error(vm, d->line_start, "Trait method %s::%s has not been applied as %s::%s, because of collision with %s::%s",
                                   tr->name->data, tm->name->data, c->name->data, tm->name->data, own->func->cls_name->data, tm->name->data);
                }
                continue;
            }
            if ((tm->flags & MP_ACC_ABSTRACT) && own) continue;
            mp_method *m = mp_alloc(vm, sizeof *m);
            *m = *tm;
            m->scope = c;
            mp_val *slot = mp_array_find(c->methods, k);
            if (slot && ((mp_method *)slot->u.p)->scope != c) mp_array_delete(vm, c->methods, k);
            add_method(vm, c, m, d->line_start);
        }
        /* trait properties and constants become the class's own */
        for (int i = 0; tr->decl && i < tr->decl->nprops; i++) {
            const mp_prop_decl *tp = &tr->decl->props[i];
            mp_prop *have = mp_class_prop(c, tp->name);
            if (have && have->scope == c) {
                /* the class declares it too: it must be the same declaration */
                const mp_prop_decl *own = NULL;
                for (int j = 0; j < d->nprops; j++) if (mp_str_eq(d->props[j].name, tp->name)) own = &d->props[j];
                int same = own && own->flags == tp->flags && !own->init && !tp->init
                        && ((!own->type && !tp->type) || (own->type && tp->type && mp_str_eq(own->type->text, tp->type->text)))
                        && own->def.type == tp->def.type && (own->def.type == MP_T_UNDEF || mp_strict_eq(own->def, tp->def));
                if (own && !same)
                    link_error(vm, d->line_start, "%s and %s define the same property ($%s) in the composition of %s. However, the definition differs and is considered incompatible. Class was composed",
                               c->name->data, tr->name->data, tp->name->data, c->name->data);
                continue;
            }
            add_prop(vm, c, tp, d->line_start);
        }
        for (int i = 0; tr->decl && i < tr->decl->nconsts; i++) add_const(vm, c, &tr->decl->consts[i], d->line_start);
    }
}

static void declare(mp_vm *vm, mp_class *c)
{
    mp_key k = { c->lcname, 0 };
    mp_array_set(vm, vm->classes, k, mp_v_ptr_class(c));
}

mp_val mp_v_ptr_class(mp_class *c) { mp_val v; v.u.i = 0; v.tw = MP_T_CLASS; v.u.p = c; return v; }

int mp_class_declared(mp_vm *vm, const mp_class_decl *d)
{
    return mp_array_find(vm->classes, (mp_key){ d->lcname, 0 }) != NULL;
}

/* Can D be declared now (parent, interfaces and traits all declared)? */
int mp_class_ready(mp_vm *vm, const mp_class_decl *d)
{
    if (d->parent && !mp_find_class(vm, d->parent)) return 0;
    for (int i = 0; i < d->nifaces; i++) if (!mp_find_class(vm, d->ifaces[i])) return 0;
    for (int i = 0; i < d->ntraits; i++) if (!mp_find_class(vm, d->traits[i])) return 0;
    return 1;
}

/* Link the compiled declaration D into a class of this VM and declare it. */
static mp_class *link_class(mp_vm *vm, const mp_class_decl *d);

mp_class *mp_declare_class(mp_vm *vm, const mp_class_decl *d)
{
    const mp_class_decl *saved = vm->linking;
    vm->linking = d;
    mp_class *c = link_class(vm, d);
    vm->linking = saved;
    return c;
}

/* PHP's method order: the class's own methods (declaration order), then the
 * inherited ones it does not override, in the parent's order, then the
 * methods its traits brought. */
static void order_methods(mp_vm *vm, mp_class *c)
{
    mp_array *n = mp_array_new(vm, mp_array_count(c->methods));
    mp_key k; mp_val *e;
    for (int i = 0; c->decl && i < c->decl->nmethods; i++) {
        const mp_func *f = c->decl->methods[i];
        mp_str *lc = lower(vm, f->name->data, f->name->len);
        mp_method *m = mp_find_method(c, lc);
        if (m && m->scope == c && m->func == f) mp_array_set(vm, n, (mp_key){ lc, 0 }, *mp_array_find(c->methods, (mp_key){ lc, 0 }));
    }
    for (uint32_t pos = 0; mp_array_next(c->methods, &pos, &k, &e); )
        if (((mp_method *)e->u.p)->scope != c) mp_array_set(vm, n, k, *e);
    for (uint32_t pos = 0; mp_array_next(c->methods, &pos, &k, &e); )
        if (!mp_array_find(n, k)) mp_array_set(vm, n, k, *e);
    c->methods = n;
}

static mp_class *link_class(mp_vm *vm, const mp_class_decl *d)
{
    int line = d->line_start;
    if (!(d->flags & MP_ACC_ANON) && mp_class_declared(vm, d)) {
        mp_class *old = mp_find_class(vm, d->name);
        link_error(vm, line, "Cannot declare %s %s, because the name is already in use", kind_name(d->flags), old ? d->name->data : d->name->data);
    }
    mp_class *c = class_alloc(vm, d->name->data, d->name->len);
    c->flags = d->flags;
    if (d->flags & MP_ACC_READONLY) c->flags |= MP_ACC_NO_DYNAMIC;
    c->decl = d;
    c->line_start = d->line_start;
    c->line_end = d->line_end;
    c->enum_type = d->enum_type;
    if (d->parent) {
        mp_class *p = mp_lookup_class(vm, d->parent, 0);
        if (!p) { vm->linking = NULL; mp_throw_ex(vm, MP_EX_ERROR, "Class \"%s\" not found", d->parent->data); }
        if (p->flags & MP_ACC_INTERFACE) link_error(vm, line, "Class %s cannot extend interface %s", c->name->data, p->name->data);
        if (p->flags & MP_ACC_TRAIT) link_error(vm, line, "Class %s cannot extend trait %s", c->name->data, p->name->data);
        if (p->flags & MP_ACC_FINAL) link_error(vm, line, "Class %s cannot extend final class %s", c->name->data, p->name->data);
        if (p->flags & MP_ACC_ENUM) link_error(vm, line, "Class %s cannot extend final class %s", c->name->data, p->name->data);
        inherit(vm, c, p);
    }
    int declared_from = c->nifaces;
    if (d->flags & MP_ACC_INTERFACE) {
        for (int i = 0; i < d->nifaces; i++) {
            mp_class *p = mp_lookup_class(vm, d->ifaces[i], 0);
            if (!p) { vm->linking = NULL; mp_throw_ex(vm, MP_EX_ERROR, "Interface \"%s\" not found", d->ifaces[i]->data); }
            if (!(p->flags & MP_ACC_INTERFACE)) link_error(vm, line, "%s cannot implement %s - it is not an interface", c->name->data, p->name->data);
            add_iface(vm, c, p);
            mp_key k; mp_val *e;
            for (uint32_t pos = 0; mp_array_next(p->consts, &pos, &k, &e); ) mp_array_set(vm, c->consts, k, *e);
            for (uint32_t pos = 0; mp_array_next(p->methods, &pos, &k, &e); ) mp_array_set(vm, c->methods, k, *e);
        }
    }
    /* own constants, properties and methods */
    for (int i = 0; i < d->nconsts; i++) add_const(vm, c, &d->consts[i], line);
    for (int i = 0; i < d->nprops; i++) add_prop(vm, c, &d->props[i], line);
    for (int i = 0; i < d->nmethods; i++) {
        const mp_func *f = d->methods[i];
        add_method(vm, c, method_from_func(vm, c, f, f->acc), f->line_start);
    }
    if (d->ntraits) use_traits(vm, c, d);
    if (!(d->flags & MP_ACC_INTERFACE)) {
        for (int i = 0; i < d->nifaces; i++) {
            mp_class *p = mp_lookup_class(vm, d->ifaces[i], 0);
            if (!p) { vm->linking = NULL; mp_throw_ex(vm, MP_EX_ERROR, "Interface \"%s\" not found", d->ifaces[i]->data); }
            if ((p->flags & MP_ACC_ENUM) || !(p->flags & MP_ACC_INTERFACE))
                link_error(vm, line, "%s cannot implement %s - it is not an interface", c->name->data, p->name->data);
            implement(vm, c, p, line);
        }
    }
    if (d->flags & MP_ACC_ENUM) {
        implement(vm, c, mp_lookup_class(vm, mp_str_cstr(vm, "UnitEnum"), 1), line);
        if (d->enum_type) implement(vm, c, mp_lookup_class(vm, mp_str_cstr(vm, "BackedEnum"), 1), line);
        mp_enum_setup(vm, c);
    }
    expand_ifaces(vm, c, declared_from, c->nifaces);
    if (declared_from == c->nifaces && c->parent && !(d->flags & MP_ACC_INTERFACE)) {
        /* PHP lists an inherited set in reverse when the class adds none */
        for (int a = 0, b = c->nifaces - 1; a < b; a++, b--) { mp_class *t = c->ifaces[a]; c->ifaces[a] = c->ifaces[b]; c->ifaces[b] = t; }
    }
    order_methods(vm, c);
    if (!(c->flags & MP_ACC_INTERFACE)) {
        mp_class *thr = vm->class_throwable;
        if (thr && mp_instanceof(c, thr) && !mp_instanceof(c, vm->ex_classes[MP_EX_EXCEPTION]) && !mp_instanceof(c, vm->ex_classes[MP_EX_ERROR]))
            link_error(vm, line, "Class %s cannot implement interface Throwable, extend Exception or Error instead", c->name->data);
        mp_class *trav = mp_find_class(vm, mp_str_cstr(vm, "Traversable"));
        if (trav && mp_instanceof(c, trav) && !mp_instanceof(c, mp_find_class(vm, mp_str_cstr(vm, "Iterator")))
            && !mp_instanceof(c, mp_find_class(vm, mp_str_cstr(vm, "IteratorAggregate")))) {
            /* PHP reports this one without a place */
            mp_report(vm, MP_E_ERROR, "Unknown", 0, mp_str_printf(vm, "Class %s must implement interface Traversable as part of either Iterator or IteratorAggregate", c->name->data)->data);
            vm->exit_status = 255;
            mp_unwind(vm, MP_UNWIND_FATAL);
        }
    }
    if (!(c->flags & (MP_ACC_INTERFACE)) && find_method_cstr(c, "__tostring")) {
        mp_class *st = mp_find_class(vm, mp_str_cstr(vm, "Stringable"));
        if (st && !mp_instanceof(c, st)) add_iface(vm, c, st);
    }
    find_magic(c);
    check_abstract(vm, c, line);
    if (!(d->flags & MP_ACC_ANON)) declare(vm, c);
    return c;
}

/* ---- objects ---- */

/* The default property values of CLS, computed on first instantiation. */
static void ready_defaults(mp_vm *vm, mp_class *c)
{
    if (c->defaults_ready) return;
    if (c->parent) ready_defaults(vm, c->parent);
    mp_val *d = mp_alloc(vm, sizeof(mp_val) * (size_t)(c->nslots + 1));
    if (c->parent) memcpy(d, c->parent->defaults, sizeof(mp_val) * (size_t)c->parent->nslots);
    for (int i = c->parent ? c->parent->nslots : 0; i < c->nslots; i++) d[i].type = MP_T_UNDEF;
    c->defaults = d;
    /* own declarations (and trait properties) override */
    for (int i = 0; i < c->nslots; i++) {
        mp_prop *p = c->slot_props[i];
        if (p->scope != c) continue;
        const mp_prop_decl *pd = NULL;
        const mp_class_decl *decls[65];
        int nd = 0;
        if (c->decl) {
            decls[nd++] = c->decl;
            for (int t = 0; t < c->decl->ntraits && nd < 65; t++) {
                mp_class *tr = mp_find_class(vm, c->decl->traits[t]);
                if (tr && tr->decl) decls[nd++] = tr->decl;
            }
        }
        for (int k = 0; k < nd && !pd; k++)
            for (int j = 0; j < decls[k]->nprops; j++)
                if (decls[k]->props[j].name == p->name || mp_str_eq(decls[k]->props[j].name, p->name)) {
                    if (!(decls[k]->props[j].flags & MP_ACC_STATIC)) { pd = &decls[k]->props[j]; break; }
                }
        if (!pd) { d[i] = p->type ? mp_v_undef() : mp_v_null(); continue; }
        if (pd->init) {
            mp_val v = eval_init(vm, pd->init, c);
            mp_val_share(v);
            d[i] = v;
        } else if (pd->def.type == MP_T_UNDEF) {
            d[i] = p->type ? mp_v_undef() : mp_v_null();
        } else {
            d[i] = pd->def;
        }
        if (p->type && d[i].type != MP_T_UNDEF) {
            mp_val v = d[i];
            if (!mp_check_type(vm, p->type, &v, 1) && !(v.type == MP_T_INT && (p->type->mask & MP_TY_FLOAT)))
                mp_error(vm, MP_E_ERROR, "Cannot use %s as default value for property %s::$%s of type %s",
                         mp_debug_type(d[i]), c->name->data, p->name->data, p->type->text->data);
            d[i] = v;
        }
    }
    c->defaults_ready = 1;
}

/* The default values of CLS's instance properties, by slot (UNDEF: an
 * uninitialized typed property), computed now if no object was made yet. */
const mp_val *mp_class_defaults(mp_vm *vm, mp_class *c)
{
    ready_defaults(vm, c);
    return c->defaults;
}

/* The storage of a static property, initialized on first use. */
mp_val *mp_static_prop_slot(mp_vm *vm, mp_prop *p)
{
    if (p->sval->type != MP_T_UNDEF) return p->sval;
    mp_class *c = p->scope;
    const mp_prop_decl *pd = NULL;
    for (int j = 0; c->decl && j < c->decl->nprops; j++)
        if (mp_str_eq(c->decl->props[j].name, p->name) && (c->decl->props[j].flags & MP_ACC_STATIC)) pd = &c->decl->props[j];
    for (int t = 0; !pd && c->decl && t < c->decl->ntraits; t++) {
        mp_class *tr = mp_find_class(vm, c->decl->traits[t]);
        for (int j = 0; tr && tr->decl && j < tr->decl->nprops; j++)
            if (mp_str_eq(tr->decl->props[j].name, p->name) && (tr->decl->props[j].flags & MP_ACC_STATIC)) pd = &tr->decl->props[j];
    }
    mp_val v = mp_v_null();
    if (pd && pd->init) { v = eval_init(vm, pd->init, c); mp_val_share(v); }
    else if (pd && pd->def.type != MP_T_UNDEF) v = pd->def;
    else if (p->type) { p->sval->tw = MP_T_UNDEF; p->sval->extra[0] = 1; return p->sval; }  /* uninitialized typed */
    *p->sval = v;
    return p->sval;
}

static void check_instantiable(mp_vm *vm, mp_class *c)
{
    if (c->flags & (MP_ACC_INTERFACE | MP_ACC_TRAIT | MP_ACC_ENUM | MP_ACC_ABSTRACT)) {
        const char *what = (c->flags & MP_ACC_INTERFACE) ? "interface" : (c->flags & MP_ACC_TRAIT) ? "trait"
                         : (c->flags & MP_ACC_ENUM) ? "enum" : "abstract class";
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot instantiate %s %s", what, c->name->data);
    }
}

/* A new object of C with its default properties (no constructor call). */
mp_object *mp_object_alloc(mp_vm *vm, mp_class *c)
{
    if (!c->defaults_ready) ready_defaults(vm, c);
    /* the declared properties live right after the object (one allocation) */
    mp_object *o = mp_alloc(vm, sizeof *o + sizeof(mp_val) * (size_t)c->nslots);
    o->cls = c;
    o->id = ++vm->next_object_id;
    if (c->nslots) {
        o->slots = (mp_val *)(o + 1);
        for (int i = 0; i < c->nslots; i++) {
            mp_val v = c->defaults[i];
            if (v.type == MP_T_ARRAY || v.type == MP_T_STRING) mp_val_share(v);
            o->slots[i] = v;
        }
    }
    if (c->throwable < 0) c->throwable = vm->class_throwable && mp_instanceof(c, vm->class_throwable);
    if (c->throwable) mp_throwable_init(vm, o);
    if (c->dtor) {
        if (!vm->destructibles) vm->destructibles = mp_array_new(vm, 16);
        mp_array_append(vm, vm->destructibles, mp_v_obj(o));
    }
    return o;
}

mp_object *mp_object_new(mp_vm *vm, mp_class *c)
{
    check_instantiable(vm, c);
    if (c == vm->class_closure) mp_throw_ex(vm, MP_EX_ERROR, "Instantiation of class Closure is not allowed");
    if (c == vm->class_generator)
        mp_throw_ex(vm, MP_EX_ERROR, "The \"Generator\" class is reserved for internal use and cannot be manually instantiated");
    return mp_object_alloc(vm, c);
}

/* Run the destructors of the objects still alive at the end of the script,
 * oldest first (PHP runs them when the last reference goes away; a
 * tracing collector only knows at the end). */
void mp_run_destructors(mp_vm *vm)
{
    while (vm->destructibles && mp_array_count(vm->destructibles)) {
        mp_array *list = vm->destructibles;
        vm->destructibles = NULL;
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(list, &pos, &k, &e); ) mp_destruct_object(vm, e->u.o);
    }
}

/* Call O's destructor once. */
void mp_destruct_object(mp_vm *vm, mp_object *o)
{
    if (!o->cls->dtor || (o->flags & MP_OBJ_DESTRUCTED)) return;
    o->flags |= MP_OBJ_DESTRUCTED;
    mp_val r;
    mp_call_method(vm, o, o->cls->dtor, 0, NULL, &r);
}

/* ---- built-in classes (classlib.c) ---- */

mp_class *mp_native_class_new(mp_vm *vm, const char *name)
{
    mp_class *c = class_alloc(vm, name, strlen(name));
    declare(vm, c);
    return c;
}

void mp_native_inherit(mp_vm *vm, mp_class *c, mp_class *parent)
{
    inherit(vm, c, parent);
    c->defaults = mp_alloc(vm, sizeof(mp_val) * (size_t)(parent->nslots + 1));
    memcpy(c->defaults, parent->defaults, sizeof(mp_val) * (size_t)parent->nslots);
}

void mp_native_implement(mp_vm *vm, mp_class *c, mp_class *iface)
{
    int from = c->nifaces;
    implement(vm, c, iface, 0);
    expand_ifaces(vm, c, from, c->nifaces);
}

void mp_native_finish(mp_vm *vm, mp_class *c)
{
    (void)vm;
    find_magic(c);
}

/* The class of an anonymous class declaration, linked on first use. */
mp_class *mp_anon_class(mp_vm *vm, const mp_class_decl *d)
{
    mp_val *e = mp_array_find(vm->classes, (mp_key){ d->lcname, 0 });
    if (e) return e->u.p;
    mp_class *c = mp_declare_class(vm, d);
    c->name = d->name;
    c->lcname = d->lcname;
    declare(vm, c);
    return c;
}
