/* memlimit.c - memory_limit, per VM. All VMs share one collector, whose
 * numbers are process-wide, so minphp measures a VM's memory itself:
 * runtime/gc.c counts every allocation made for the VM, and when the count
 * passes the next check point this file measures the VM's live data by
 * walking everything reachable from its roots (globals, the value stack,
 * static variables and properties, constants). Over the limit, the script
 * ends with PHP's fatal error; below it, counting resumes from the live
 * size. The walk costs time linear in the live data and runs once per
 * (limit - live) bytes allocated, at least once per limit/8. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include "vm.h"

/* runtime/gc.c reaches the accounting through the VM pointer itself */
_Static_assert(offsetof(struct mp_vm, mem) == 0, "mp_vm.mem must be the first member");

/* The walk: a set of visited blocks and a stack of values still to visit
 * (no recursion: a million-element linked list must not overflow C's). */
typedef struct walk {
    const void **set;        /* open addressing, NULL = empty */
    size_t cap, n;
    mp_val *todo;
    size_t ntodo, captodo;
    size_t bytes;
} walk;

/* 1 the first time P is seen. */
static int first_visit(walk *w, const void *p)
{
    if (w->n * 2 >= w->cap) {
        size_t ncap = w->cap ? w->cap * 2 : 1024;
        const void **ns = calloc(ncap, sizeof *ns);
        if (!ns) return 0;
        for (size_t i = 0; i < w->cap; i++) {
            if (!w->set[i]) continue;
            size_t h = ((uintptr_t)w->set[i] >> 4) * 0x9E3779B97F4A7C15u & (ncap - 1);
            while (ns[h]) h = (h + 1) & (ncap - 1);
            ns[h] = w->set[i];
        }
        free(w->set);
        w->set = ns;
        w->cap = ncap;
    }
    size_t h = ((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15u & (w->cap - 1);
    while (w->set[h]) {
        if (w->set[h] == p) return 0;
        h = (h + 1) & (w->cap - 1);
    }
    w->set[h] = p;
    w->n++;
    return 1;
}

static void push(walk *w, mp_val v)
{
    if (v.type != MP_T_STRING && v.type != MP_T_ARRAY && v.type != MP_T_OBJECT && v.type != MP_T_REF)
        return;
    if (w->ntodo == w->captodo) {
        size_t ncap = w->captodo ? w->captodo * 2 : 1024;
        mp_val *nt = realloc(w->todo, ncap * sizeof *nt);
        if (!nt) return;
        w->todo = nt;
        w->captodo = ncap;
    }
    w->todo[w->ntodo++] = v;
}

static void push_slots(walk *w, const mp_val *v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        push(w, v[i]);
}

static void visit(walk *w, mp_val v)
{
    switch (v.type) {
    case MP_T_STRING:
        if (!(v.u.s->flags & MP_GC_IMMUTABLE) && first_visit(w, v.u.s))
            w->bytes += sizeof(mp_str) + v.u.s->cap + 1;
        break;
    case MP_T_REF:
        if (first_visit(w, v.u.r)) {
            w->bytes += sizeof(mp_ref);
            push(w, v.u.r->val);
        }
        break;
    case MP_T_ARRAY: {
        mp_array *a = v.u.a;
        if ((a->flags & MP_GC_IMMUTABLE) || !first_visit(w, a))
            break;
        w->bytes += sizeof *a;
        if (a->flags & MP_ARR_PACKED) {
            w->bytes += (size_t)a->cap * sizeof(mp_val);
            push_slots(w, a->vals, a->used);
        } else {
            w->bytes += (size_t)a->cap * sizeof(mp_bucket) + (a->index ? ((size_t)a->mask + 1) * sizeof(uint32_t) : 0);
            for (uint32_t i = 0; i < a->used; i++) {
                if (a->buckets[i].val.type == MP_T_UNDEF) continue;
                if (a->buckets[i].skey) push(w, mp_v_str(a->buckets[i].skey));
                push(w, a->buckets[i].val);
            }
        }
        break;
    }
    case MP_T_OBJECT: {
        mp_object *o = v.u.o;
        if (!first_visit(w, o))
            break;
        w->bytes += sizeof *o + (size_t)o->cls->nslots * sizeof(mp_val);
        push_slots(w, o->slots, (size_t)o->cls->nslots);
        if (o->dyn) push(w, mp_v_arr(o->dyn));
        if (o->bound && o->func) {
            w->bytes += (size_t)o->func->nuses * sizeof(mp_val);
            push_slots(w, o->bound, (size_t)o->func->nuses);
        }
        if (o->this_obj) push(w, mp_v_obj(o->this_obj));
        break;
    }
    default:
        break;
    }
}

/* The VM's live bytes: everything reachable from its roots. */
static size_t measure(mp_vm *vm)
{
    walk w = { 0 };
    if (vm->globals) push(&w, mp_v_arr(vm->globals));
    if (vm->statics) push(&w, mp_v_arr(vm->statics));
    if (vm->constants) push(&w, mp_v_arr(vm->constants));
    if (vm->exception.type == MP_T_OBJECT) push(&w, vm->exception);
    /* the value stack: every chunk whole (dead slots still hold their
     * values, and so keep them from the collector) */
    for (int c = 0; c < vm->nchunks; c++)
        push_slots(&w, vm->chunks[c], 64 * 1024);
    w.bytes += (size_t)vm->nchunks * 64 * 1024 * sizeof(mp_val);
    /* static properties of the VM's classes */
    uint32_t pos = 0;
    mp_key k;
    mp_val *cv;
    while (vm->classes && mp_array_next(vm->classes, &pos, &k, &cv)) {
        if (cv->type != MP_T_CLASS) continue;
        mp_class *cls = cv->u.p;
        uint32_t pp = 0;
        mp_key pk;
        mp_val *pv;
        while (cls->props && mp_array_next(cls->props, &pp, &pk, &pv)) {
            mp_prop *p = pv->u.p;
            if (pv->type == MP_T_PTR && p->slot < 0 && p->sval && p->scope == cls)
                push(&w, *p->sval);
        }
    }
    while (w.ntodo)
        visit(&w, w.todo[--w.ntodo]);
    free(w.set);
    free(w.todo);
    return w.bytes;
}

/* Bytes PHP's allocator would ask the system for: whole 4 KB pages. */
static size_t rounded(size_t n)
{
    return (n + 4095) & ~(size_t)4095;
}

void mp_memory_check(mp_vm *vm, size_t n)
{
    mp_memacct *a = &vm->mem;
    size_t limit = vm->memory_limit;
    if (!limit) {
        a->check_at = SIZE_MAX;
        return;
    }
    a->check_at = SIZE_MAX;              /* no checks while measuring or reporting */
    size_t live = measure(vm);
    if (live + n > limit) {
        a->used = live;
        mp_error(vm, MP_E_ERROR, "Allowed memory size of %zu bytes exhausted (tried to allocate %zu bytes)",
                 limit, rounded(n));
        return;
    }
    a->used = live + n;
    size_t room = limit - live - n;
    a->check_at = a->used + (room > limit / 8 ? room : limit / 8);
}

/* ini memory_limit: "128M", "1G", "512K", bytes; -1 = none. */
void mp_memory_set_limit(mp_vm *vm, const char *value)
{
    char *end;
    long long v = strtoll(value, &end, 10);
    while (*end == ' ') end++;
    switch (*end) {
    case 'g': case 'G': v *= 1024; /* fall through */
    case 'm': case 'M': v *= 1024; /* fall through */
    case 'k': case 'K': v *= 1024; break;
    default: break;
    }
    vm->memory_limit = v <= 0 ? 0 : (size_t)v;
    vm->mem.check_at = vm->memory_limit ? vm->mem.used : SIZE_MAX;   /* measure on the next allocation */
}
