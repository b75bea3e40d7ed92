/* task.h - private to vm/: pagelet and xbox tasks (task.c), the deep copy
 * of values between VMs (copy.c) and the process-wide compile cache. */
#ifndef MP_TASK_H
#define MP_TASK_H

#include "vm.h"

/* ---- copy.c ---- */
/* A value packed by one VM for another: a flat, pointer-free GC block. */
typedef struct mp_packed mp_packed;
/* Pack V; NULL when some part cannot be copied, with the reason in ERR
 * ("Cannot copy Closure at $message['cb'] to another thread"; ROOT names
 * the value, "$message"). */
mp_packed *mp_pack(mp_vm *vm, mp_val v, const char *root, char *err, size_t errsz);
/* Rebuild a packed value in VM; 0 (reason in ERR) when a class it needs is
 * not declared there. */
int mp_unpack(mp_vm *vm, const mp_packed *p, mp_val *out, const char *root, char *err, size_t errsz);
size_t mp_packed_size(const mp_packed *p);

/* ---- task.c ---- */
/* What kind of thread a VM runs on: hphp_thread_type(). */
enum { MP_THREAD_CLI = -1, MP_THREAD_WEB = 0, MP_THREAD_PAGELET = 1, MP_THREAD_XBOX = 2 };
/* The compile cache: the script compiled from PATH (a resolved path)
 * whose source had this modification time and size, or NULL. */
mp_script *mp_compile_cache_get(const char *path, const void *st);
void       mp_compile_cache_put(const char *path, const void *st, mp_script *s);
/* Remember a script this VM loaded (its entry script and includes): an
 * xbox task started from it declares their functions and classes. */
void       mp_task_note_script(mp_vm *vm, mp_script *s);
/* Check the execution deadline (max_execution_time); called by the
 * interpreter when vm->ticks runs out. */
void       mp_deadline_check(mp_vm *vm);
void       mp_deadline_set(mp_vm *vm, int seconds);

#endif
