/* except.c - where a thrown exception goes: the catch clauses or finally
 * block of the innermost try around the throwing instruction (mp_try tables
 * made by compile.c), frame after frame down to the mp_execute that caught
 * the longjmp. Frames left are popped as RETURN pops them. Exit and fatal
 * errors pass through without running finally blocks, as in PHP. */
#include "vm.h"

/* PHP's E_FATAL_ERRORS: what @ leaves on. */
#define FATAL_ERRORS 4437
#define ONLY_FATAL(mask) (((mask) & ~FATAL_ERRORS) == 0)

/* The @ expressions of FR the exception leaves give error_reporting back
 * (innermost first), with END_SILENCE's rule: only while it still has the
 * silenced value. */
static void restore_silence(mp_vm *vm, mp_frame *fr, int pc)
{
    const mp_func *f = fr->func;
    for (int i = 0; i < f->nsilences; i++) {
        const mp_silence *s = &f->silences[i];
        if (pc <= s->begin || pc >= s->end) continue;
        mp_val saved = fr->base[s->slot];
        if (saved.type == MP_T_INT && ONLY_FATAL(vm->error_reporting) && !ONLY_FATAL(saved.u.i))
            vm->error_reporting = (int)saved.u.i;
    }
}

/* Resume FR at TARGET with the stack of the try T. */
static void resume(mp_vm *vm, mp_frame *fr, const mp_try *t, int target)
{
    fr->pc = fr->func->code + target;
    vm->sp = fr->base + fr->func->nslots + t->stack_depth;
}

/* Find the catch or finally of FR that takes the exception (1: FR resumes there). */
static int handle_in_frame(mp_vm *vm, mp_frame *fr)
{
    const mp_func *f = fr->func;
    int pc = (int)(fr->pc - f->code);
    restore_silence(vm, fr, pc);
    /* tries are sorted by start, so the last ones containing pc are the innermost */
    for (int i = f->ntries - 1; i >= 0; i--) {
        const mp_try *t = &f->tries[i];
        if (pc < t->start || pc >= t->finally_end) continue;
        if (pc < t->end && t->catch_pc >= 0) { resume(vm, fr, t, t->catch_pc); return 1; }
        if (t->finally_pc < 0) continue;   /* thrown in a catch clause: the outer tries decide */
        mp_val *fast = &fr->base[t->fast_slot];
        if (pc < t->finally_pc) {
            /* the finally runs with the exception parked; its FAST_RET rethrows it */
            *fast = vm->exception;
            vm->exception = mp_v_undef();
            resume(vm, fr, t, t->finally_pc);
            return 1;
        }
        /* thrown in the finally block itself: an exception it had pending
         * becomes the previous of the new one; a pending return is dropped */
        if (fast->type == MP_T_OBJECT) mp_exception_set_previous(vm, vm->exception, *fast);
        fast->type = MP_T_UNDEF;
    }
    return 0;
}

/* Pop the top frame as RETURN does, without a result. */
static void discard_frame(mp_vm *vm, mp_frame *fr)
{
    if (fr->is_include) {
        mp_symtab_detach(vm, fr);
        mp_symtab_attach(vm, fr - 1, fr->symtab);
    } else if (vm->nframes > 1) {
        for (int i = 0; i < fr->func->ncv; i++) mp_ref_drop(fr->base[i]);
    }
    vm->nframes--;
}

void mp_exception_dispatch(mp_vm *vm, int why, int entry, mp_native *native)
{
    if (why == MP_UNWIND_EXCEPTION) {
        vm->native = native;
        vm->named_call = 0;
        vm->pending_named = NULL;
        while (vm->nframes >= entry) {
            mp_frame *fr = &vm->frames[vm->nframes - 1];
            if (handle_in_frame(vm, fr)) return;
            discard_frame(vm, fr);
        }
    }
    vm->catcher = vm->catcher->prev;
    mp_unwind(vm, why);
}
