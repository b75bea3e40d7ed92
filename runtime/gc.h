/* gc.h - the one allocation seam: every byte of PHP data comes from here.
 * Backed by Boehm GC (bdwgc, GC_THREADS). Per-VM accounting (memory_limit)
 * hangs off the vm argument; vm may be NULL for process-wide immutable data. */
#ifndef MP_GC_H
#define MP_GC_H

#include <stddef.h>

typedef struct mp_vm mp_vm;

/* memory_limit accounting, the first member of every mp_vm (so this seam
 * needs no VM internals): bytes allocated through the VM since its live
 * data was last measured, and the count at which to measure again. */
typedef struct mp_memacct {
    size_t used;        /* live bytes at the last measure + bytes allocated since */
    size_t check_at;    /* measure (vm/memlimit.c) when used passes this; SIZE_MAX = never */
} mp_memacct;
/* Called by the allocators when an allocation of N bytes would take
 * acct->used past check_at: measures the VM and raises PHP's fatal
 * "Allowed memory size ... exhausted" if the limit is passed (vm/memlimit.c). */
void  mp_memory_check(mp_vm *vm, size_t n);

void  mp_gc_init(void);                            /* once per process (pthread_once inside) */
void *mp_alloc(mp_vm *vm, size_t n);               /* zeroed; may contain pointers */
void *mp_alloc_atomic(mp_vm *vm, size_t n);        /* not zeroed; must hold no GC pointers */
void *mp_realloc(mp_vm *vm, void *p, size_t n);    /* grows a block from mp_alloc */
void *mp_realloc_atomic(mp_vm *vm, void *p, size_t n); /* grows a block from mp_alloc_atomic */
void  mp_gc_collect(void);
/* Start a detached thread running FN(ARG), known to the collector; 0 on success. */
int   mp_gc_thread_start(void *(*fn)(void *), void *arg);
/* Bytes the collector's heap holds in use (allocated and not yet known
 * free) and its whole size, for memory_get_usage(); process-wide. */
void  mp_gc_usage(size_t *used, size_t *heap);
/* Call FN(obj, data) once OBJ (a block from mp_alloc) has become garbage.
 * It may run on any thread that allocates (Boehm runs finalizers there), so
 * FN must touch nothing but its own data: no VM, no GC-managed values. */
void  mp_gc_finalizer(void *obj, void (*fn)(void *obj, void *data), void *data);
/* A full collection, then the finalizers of what it found dead, now (a
 * stream open that ran out of descriptors retries after this). */
void  mp_gc_finalize_now(void);                         /* a full collection now (gc_collect_cycles) */
void *mp_alloc_root(size_t n);                     /* zeroed, scanned, never collected: free with mp_free_root */
void  mp_free_root(void *p);
int   mp_gc_thread_register(void);                 /* a host-made thread: its stack is scanned; 0 on success */
void  mp_gc_thread_unregister(void);

#endif
