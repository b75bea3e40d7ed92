/* gc.h - the one allocation seam: every byte of PHP data comes from here.
 * Backed by Boehm GC (bdwgc, GC_THREADS). Per-VM accounting (memory_limit)
 * hangs off the vm argument; vm may be NULL for process-wide immutable data. */
#ifndef MP_GC_H
#define MP_GC_H

#include <stddef.h>

typedef struct mp_vm mp_vm;

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
void  mp_gc_usage(size_t *used, size_t *heap);                         /* a full collection now (gc_collect_cycles) */

#endif
