/* generator.c - generators: a function containing yield returns a Generator
 * object holding a suspended frame. Its slots and operand stack live in the
 * generator's own buffer; resuming pushes the frame again and runs the
 * interpreter until the next yield (YIELD pops the frame) or the end.
 * yield from delegates to an array, a Traversable or another generator. */
#include <string.h>
#include "vm.h"

enum { GEN_NEW, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE };

typedef struct mp_generator {
    int       state;
    mp_frame  frame;         /* the suspended frame (base points into stack) */
    mp_val   *stack;         /* slots + operand stack */
    int       stack_size;
    mp_val   *sp;            /* operand stack top while suspended */
    mp_val    key, value;    /* the current element */
    mp_val    retval;        /* return value once done */
    mp_val    ret_slot;      /* where the frame's RETURN writes */
    int64_t   largest_key;   /* auto keys continue after it */
    int       finished_ok;   /* returned normally (getReturn) */
    mp_val    delegate;      /* yield from: array (snapshot), Traversable or Generator; UNDEF = none */
    uint32_t  dpos;          /* array delegate position */
    int       fresh_delegate;/* YIELD_FROM just ran: the delegate has not produced yet */
    int       advanced;      /* resumed past its first yield (rewind is an error then) */
    int       listed;        /* in vm->finally_generators (suspended inside a try with finally) */
} mp_generator;

static mp_generator *gen_of(mp_object *o) { return o->internal; }

/* GENERATOR_CREATE: the running frame becomes the Generator the call returns. */
mp_object *mp_generator_create(mp_vm *vm, mp_frame *fr, const mp_instr *resume_pc)
{
    const mp_func *f = fr->func;
    mp_object *o = mp_object_alloc(vm, vm->class_generator);
    mp_generator *g = mp_alloc(vm, sizeof *g);
    o->internal = g;
    g->state = GEN_NEW;
    g->stack_size = f->nslots + f->maxstack + 16;
    g->stack = mp_alloc(vm, sizeof(mp_val) * (size_t)g->stack_size);
    memcpy(g->stack, fr->base, sizeof(mp_val) * (size_t)f->nslots);
    g->frame = *fr;
    g->frame.base = g->stack;
    g->frame.pc = resume_pc;
    g->frame.limit = g->stack + g->stack_size;
    if (fr->symtab) {
        /* variables reached by name follow the slots to their new home */
        mp_symtab_detach(vm, fr);
        mp_symtab_attach(vm, &g->frame, fr->symtab);
    }
    g->sp = g->stack + f->nslots;
    g->largest_key = -1;
    g->key = g->value = g->retval = mp_v_null();
    g->delegate = mp_v_undef();
    return o;
}

/* The innermost try with a finally around instruction PC of F, or NULL. */
static const mp_try *finally_around(const mp_func *f, int pc)
{
    for (int i = f->ntries - 1; i >= 0; i--) {
        const mp_try *t = &f->tries[i];
        if (t->finally_pc >= 0 && pc >= t->start && pc < t->finally_pc) return t;
    }
    return NULL;
}

/* A generator suspended inside a try with a finally must run that finally
 * if it is never resumed: remember it for the end of the script. */
static void note_finally(mp_vm *vm, mp_object *o, mp_generator *g)
{
    if (g->listed || !finally_around(g->frame.func, (int)(g->frame.pc - g->frame.func->code))) return;
    g->listed = 1;
    if (!vm->finally_generators) vm->finally_generators = mp_array_new(vm, 4);
    mp_array_append(vm, vm->finally_generators, mp_v_obj(o));
}

/* YIELD: remember where we are and what was yielded; the frame is popped. */
void mp_generator_yield(mp_vm *vm, mp_frame *fr, mp_val *sp, mp_val value, mp_val key, int has_key)
{
    mp_object *o = fr->generator;
    mp_generator *g = gen_of(o);
    g->frame = *fr;
    g->sp = sp;
    if (has_key) {
        g->key = key;
        if (key.type == MP_T_INT && key.u.i > g->largest_key) g->largest_key = key.u.i;
    } else {
        g->key = mp_v_int(++g->largest_key);
    }
    g->value = value;
    g->state = GEN_SUSPENDED;
    note_finally(vm, o, g);
}

/* YIELD_FROM: start delegating to SRC (the frame stays at the YIELD_FROM). */
void mp_generator_delegate(mp_vm *vm, mp_frame *fr, mp_val *sp, mp_val src)
{
    mp_object *o = fr->generator;
    mp_generator *g = gen_of(o);
    src = *mp_deref(&src);
    if (src.type != MP_T_ARRAY && !(src.type == MP_T_OBJECT && mp_instanceof_name(vm, src.u.o->cls, mp_str_cstr(vm, "Traversable"))))
        mp_throw_ex(vm, MP_EX_ERROR, "Can use \"yield from\" only with arrays and Traversables");
    if (src.type == MP_T_OBJECT && src.u.o == o)
        mp_throw_ex(vm, MP_EX_ERROR, "Impossible to yield from the Generator being currently run");
    if (src.type == MP_T_ARRAY) mp_val_share(src);
    g->frame = *fr;
    g->sp = sp;
    g->delegate = src;
    g->dpos = 0;
    g->fresh_delegate = 1;
    g->state = GEN_SUSPENDED;
    note_finally(vm, o, g);
}

static void resume(mp_vm *vm, mp_object *o, mp_val *sent, mp_val *throw_ex);

/* Step the delegate of G: 1 when it produced an element (now current), 0
 * when it is exhausted (its result pushed for the outer generator). FIRST:
 * the delegation just started. */
static int step_delegate(mp_vm *vm, mp_generator *g, int first, mp_val *sent)
{
    mp_val d = g->delegate;
    if (d.type == MP_T_ARRAY) {
        mp_key k; mp_val *e;
        if (mp_array_next(d.u.a, &g->dpos, &k, &e)) {
            g->key = mp_key_to_val(k);
            g->value = *mp_deref(e);
            mp_val_share(g->value);
            return 1;
        }
        *g->sp++ = mp_v_null();
        g->delegate = mp_v_undef();
        return 0;
    }
    mp_object *it = d.u.o;
    if (it->cls == vm->class_generator) {
        mp_generator *inner = gen_of(it);
        if (inner->state == GEN_RUNNING) mp_throw_ex(vm, MP_EX_ERROR, "Impossible to yield from the Generator being currently run");
        if (inner->state == GEN_NEW) resume(vm, it, NULL, NULL);
        else if (!first && inner->state == GEN_SUSPENDED) resume(vm, it, sent, NULL);
        if (inner->state == GEN_SUSPENDED) {
            g->key = inner->key;
            g->value = inner->value;
            return 1;
        }
        *g->sp++ = inner->finished_ok ? inner->retval : mp_v_null();
        g->delegate = mp_v_undef();
        return 0;
    }
    /* any other Traversable: the iterator foreach would use */
    if (first) {
        mp_val itv = mp_object_iterator(vm, it, 0);
        g->delegate = itv;
        if (itv.u.o->cls == vm->class_generator) return step_delegate(vm, g, 1, sent);
        it = itv.u.o;
    }
    if (mp_object_iter_step(vm, it, 2, first, 1, &g->key, &g->value)) return 1;
    *g->sp++ = mp_v_null();
    g->delegate = mp_v_undef();
    return 0;
}

/* Push O's frame and run it until it yields, starts delegating or ends.
 * THROW_EX: raise this exception at the suspension point first. */
static void enter(mp_vm *vm, mp_object *o, mp_val *throw_ex)
{
    mp_generator *g = gen_of(o);
    if (vm->nframes >= vm->maxframes) mp_throw_ex(vm, MP_EX_ERROR, "Maximum call stack size reached");
    mp_frame *caller = &vm->frames[vm->nframes - 1];
    mp_frame *fr = &vm->frames[vm->nframes++];
    *fr = g->frame;
    fr->generator = o;
    fr->chunk = caller->chunk;
    g->ret_slot = mp_v_null();
    fr->ret_slot = &g->ret_slot;
    g->state = GEN_RUNNING;
    g->fresh_delegate = 0;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes - 1;
    vm->catcher = &c;
    int why = setjmp(c.env);
    if (why) {
        /* an exception (or exit) left the generator: it is finished */
        vm->catcher = c.prev;
        g->state = GEN_DONE;
        g->delegate = mp_v_undef();
        g->key = g->value = mp_v_null();
        vm->nframes = c.nframes;
        mp_unwind(vm, why);
    }
    mp_val *saved_sp = vm->sp;
    mp_execute_sp(vm, g->sp, throw_ex);
    vm->sp = saved_sp;          /* the caller's stack top again (yield from calls methods next) */
    vm->catcher = c.prev;
    if (g->state == GEN_RUNNING) {
        g->state = GEN_DONE;
        g->finished_ok = 1;
        g->retval = g->ret_slot;
        g->key = g->value = mp_v_null();
    }
}

/* Step O's delegate, or throw THROW_EX into it (a generator delegate). An
 * exception coming out of the delegate is raised inside O at its yield
 * from (O's catch/finally see it). Returns 1: an element is current; 0:
 * the delegate is done (its result pushed); -1: O ran. */
static int step_or_throw(mp_vm *vm, mp_object *o, int first, mp_val *sent, mp_val *throw_ex)
{
    mp_generator *g = gen_of(o);
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes;
    vm->catcher = &c;
    int why = setjmp(c.env);
    if (why) {
        vm->catcher = c.prev;
        vm->nframes = c.nframes;
        g->state = GEN_SUSPENDED;
        g->delegate = mp_v_undef();
        if (why != MP_UNWIND_EXCEPTION) mp_unwind(vm, why);
        mp_val ex = vm->exception;
        vm->exception = mp_v_undef();
        enter(vm, o, &ex);
        return -1;
    }
    g->state = GEN_RUNNING;
    int got;
    if (throw_ex) {
        mp_generator *ig = gen_of(g->delegate.u.o);
        resume(vm, g->delegate.u.o, NULL, throw_ex);
        if (ig->state == GEN_SUSPENDED) { g->key = ig->key; g->value = ig->value; got = 1; }
        else { *g->sp++ = ig->finished_ok ? ig->retval : mp_v_null(); g->delegate = mp_v_undef(); got = 0; }
    } else {
        got = step_delegate(vm, g, first, sent);
    }
    vm->catcher = c.prev;
    g->state = GEN_SUSPENDED;
    return got;
}

/* Continue O: SENT is the value of the yield it waits at (NULL: null),
 * THROW_EX an exception to raise there instead. A new generator runs to
 * its first yield. */
static void resume(mp_vm *vm, mp_object *o, mp_val *sent, mp_val *throw_ex)
{
    mp_generator *g = gen_of(o);
    if (g->state == GEN_RUNNING) mp_throw_ex(vm, MP_EX_ERROR, "Cannot resume an already running generator");
    if (g->state == GEN_DONE) {
        if (throw_ex) mp_throw_value(vm, *throw_ex);
        return;
    }
    if (g->state == GEN_NEW) {
        enter(vm, o, throw_ex);
    } else {
        g->advanced = 1;
        if (g->delegate.type != MP_T_UNDEF) {
            if (throw_ex && g->delegate.type == MP_T_OBJECT && g->delegate.u.o->cls == vm->class_generator) {
                /* thrown into the inner generator first */
                int got = step_or_throw(vm, o, 0, NULL, throw_ex);
                if (got == 1) return;
                if (got == 0) { g->frame.pc++; enter(vm, o, NULL); }
            } else if (throw_ex) {
                g->delegate = mp_v_undef();
                enter(vm, o, throw_ex);
            } else {
                int got = step_or_throw(vm, o, 0, sent, NULL);
                if (got == 1) return;
                if (got == 0) { g->frame.pc++; enter(vm, o, NULL); }
            }
        } else if (throw_ex) {
            enter(vm, o, throw_ex);
        } else {
            *g->sp++ = sent ? *sent : mp_v_null();
            g->frame.pc++;             /* past the YIELD */
            enter(vm, o, NULL);
        }
    }
    /* a yield from just started: take its first element */
    while (g->state == GEN_SUSPENDED && g->fresh_delegate) {
        g->fresh_delegate = 0;
        int got = step_or_throw(vm, o, 1, NULL, NULL);
        if (got == 1) return;
        if (got == 0) { g->frame.pc++; enter(vm, o, NULL); }
    }
}

/* ---- foreach ---- */

/* foreach over a generator: START = 1 for the first element (rewind), 0
 * to advance. 1 and the element, or 0 when it is done. */
int mp_generator_step(mp_vm *vm, mp_object *o, int start, mp_val *key, mp_val *value)
{
    mp_generator *g = gen_of(o);
    if (start) {
        if (g->advanced) mp_throw_ex(vm, MP_EX_EXCEPTION, g->state == GEN_DONE ? "Cannot traverse an already closed generator" : "Cannot rewind a generator that was already run");
        if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    } else {
        resume(vm, o, NULL, NULL);
    }
    if (g->state == GEN_DONE) return 0;
    *key = g->key;
    *value = g->value;
    return 1;
}

/* ---- the Generator class ---- */

static mp_object *self(mp_vm *vm) { return mp_this(vm); }

/* The generator whose element G shows: the innermost one it delegates to. */
static mp_generator *leaf(mp_vm *vm, mp_generator *g)
{
    while (g->delegate.type == MP_T_OBJECT && g->delegate.u.o->cls == vm->class_generator
           && gen_of(g->delegate.u.o)->state == GEN_SUSPENDED)
        g = gen_of(g->delegate.u.o);
    return g;
}

static void gen_current(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    *ret = g->state == GEN_DONE ? mp_v_null() : *mp_deref(&leaf(vm, g)->value);
}

static void gen_key(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    *ret = g->state == GEN_DONE ? mp_v_null() : leaf(vm, g)->key;
}

static void gen_next(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    if (g->state == GEN_NEW) { resume(vm, o, NULL, NULL); }
    resume(vm, o, NULL, NULL);
}

static void gen_valid(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    *ret = mp_v_bool(g->state != GEN_DONE);
}

static void gen_rewind(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    else if (g->advanced) mp_throw_ex(vm, MP_EX_EXCEPTION, "Cannot rewind a generator that was already run");
}

static void gen_send(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    mp_val v = *mp_deref(&argv[0]);
    mp_val_share(v);
    resume(vm, o, &v, NULL);
    *ret = g->state == GEN_DONE ? mp_v_null() : *mp_deref(&g->value);
}

static void gen_throw(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_object *o = self(vm);
    mp_generator *g = gen_of(o);
    mp_val ex = *mp_deref(&argv[0]);
    if (ex.type != MP_T_OBJECT || !vm->class_throwable || !mp_instanceof(ex.u.o->cls, vm->class_throwable))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Generator::throw(): Argument #1 ($exception) must be of type Throwable, %s given", mp_debug_type(ex));
    if (g->state == GEN_NEW) resume(vm, o, NULL, NULL);
    resume(vm, o, NULL, &ex);
    *ret = g->state == GEN_DONE ? mp_v_null() : *mp_deref(&g->value);
}

static void gen_get_return(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_generator *g = gen_of(self(vm));
    if (g->state != GEN_DONE || !g->finished_ok) {
        if (g->state == GEN_DONE)
            mp_throw_ex(vm, MP_EX_EXCEPTION, "Cannot get return value of a generator that hasn't returned");
        mp_throw_ex(vm, MP_EX_EXCEPTION, "Cannot get return value of a generator that hasn't returned");
    }
    *ret = g->retval;
}

const mp_builtin mp_generator_methods[] = {
    { "Generator::current", gen_current, 0, 0, "", "" },
    { "Generator::key", gen_key, 0, 0, "", "" },
    { "Generator::next", gen_next, 0, 0, "", "" },
    { "Generator::valid", gen_valid, 0, 0, "", "" },
    { "Generator::rewind", gen_rewind, 0, 0, "", "" },
    { "Generator::send", gen_send, 1, 1, "z", "value" },
    { "Generator::throw", gen_throw, 1, 1, "z", "exception" },
    { "Generator::getReturn", gen_get_return, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};

/* Was the generator's function declared function &gen()? */
int mp_generator_yields_refs(mp_object *o)
{
    return gen_of(o)->frame.func->byref_return;
}

/* End of the script: generators left suspended inside a try run their
 * finally blocks (then they return), oldest first, as destroying them does. */
void mp_generators_shutdown(mp_vm *vm)
{
    while (vm->finally_generators && mp_array_count(vm->finally_generators)) {
        mp_array *list = vm->finally_generators;
        vm->finally_generators = NULL;
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(list, &pos, &k, &e); ) {
            mp_object *o = e->u.o;
            mp_generator *g = gen_of(o);
            g->listed = 0;
            if (g->state != GEN_SUSPENDED) continue;
            const mp_func *f = g->frame.func;
            const mp_try *t = finally_around(f, (int)(g->frame.pc - f->code));
            if (!t) continue;
            /* jump into the finally as a return would: its FAST_RET goes to the final RETURN */
            g->frame.pc = f->code + t->finally_pc;
            g->stack[t->fast_slot] = mp_v_int(f->ncode - 1);
            g->sp = g->stack + f->nslots + t->stack_depth;
            g->delegate = mp_v_undef();
            g->fresh_delegate = 0;
            enter(vm, o, NULL);
        }
    }
}
