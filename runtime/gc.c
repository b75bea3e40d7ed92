/* gc.c - allocation seam over Boehm GC. The only process-wide state is the
 * collector itself, started once under pthread_once. Every allocation made
 * for a VM is counted in the VM's mp_memacct (memory_limit). */
#include <pthread.h>
#define GC_THREADS 1
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include "gc.h"

static void gc_start(void)
{
    GC_INIT();
    GC_allow_register_threads();
    /* A pre-sized heap avoids thousands of early collections (see notes). */
    GC_expand_hp(32u << 20);
}

void mp_gc_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, gc_start);
}

static void *oom(size_t n)
{
    fprintf(stderr, "minphp: out of memory allocating %zu bytes\n", n);
    abort();
}

/* Count N bytes against VM's memory_limit (vm NULL: process-wide data). */
static inline void account(mp_vm *vm, size_t n)
{
    if (vm) {
        mp_memacct *a = (mp_memacct *)vm;
        if ((a->used += n) > a->check_at)
            mp_memory_check(vm, n);
    }
}

void *mp_alloc(mp_vm *vm, size_t n)
{
    account(vm, n);
    void *p = GC_MALLOC(n);
    return p ? p : oom(n);
}

void *mp_alloc_atomic(mp_vm *vm, size_t n)
{
    account(vm, n);
    void *p = GC_MALLOC_ATOMIC(n);
    return p ? p : oom(n);
}

void *mp_realloc(mp_vm *vm, void *p, size_t n)
{
    account(vm, n);
    void *q = GC_REALLOC(p, n);
    return q ? q : oom(n);
}

void *mp_realloc_atomic(mp_vm *vm, void *p, size_t n)
{
    if (!p) return mp_alloc_atomic(vm, n);
    account(vm, n);
    void *q = GC_REALLOC(p, n);   /* keeps the block's kind (atomic) */
    return q ? q : oom(n);
}

/* Worker threads are created through the collector, which registers them
 * (their stacks are scanned) and unregisters them when they end. */
int mp_gc_thread_start(void *(*fn)(void *), void *arg)
{
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 16u << 20);
    int r = GC_pthread_create(&t, &attr, fn, arg);
    pthread_attr_destroy(&attr);
    return r;
}

void mp_gc_collect(void)
{
    GC_gcollect();
}

void mp_gc_usage(size_t *used, size_t *heap)
{
    size_t h = GC_get_heap_size(), f = GC_get_free_bytes();
    *heap = h;
    *used = h > f ? h - f : 0;
}

/* A block the collector scans but never frees (a root): for structures a
 * host program may keep where the collector cannot see, such as a VM whose
 * pointer lives only in the host's malloc'ed memory. Freed by mp_free_root. */
void *mp_alloc_root(size_t n)
{
    void *p = GC_MALLOC_UNCOLLECTABLE(n);
    return p ? p : oom(n);
}

void mp_free_root(void *p)
{
    GC_FREE(p);
}

/* Threads a host program creates itself: registered with the collector so
 * it scans their stacks (a thread made with gc.h's pthread_create already
 * is). 0 on success (also when already registered). */
int mp_gc_thread_register(void)
{
    mp_gc_init();
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) != GC_SUCCESS) return -1;
    int r = GC_register_my_thread(&sb);
    return r == GC_SUCCESS || r == GC_DUPLICATE ? 0 : -1;
}

void mp_gc_thread_unregister(void)
{
    GC_unregister_my_thread();
}

void mp_gc_finalizer(void *obj, void (*fn)(void *obj, void *data), void *data)
{
    /* no order: the block points at nothing the finalizer needs */
    GC_register_finalizer_no_order(obj, fn, data, NULL, NULL);
}

void mp_gc_finalize_now(void)
{
    GC_gcollect();
    GC_invoke_finalizers();
}
