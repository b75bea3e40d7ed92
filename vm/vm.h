/* vm.h - private to vm/: compiled functions, call frames and the VM struct.
 * Compiled code (mp_func, mp_script) is immutable after compilation and may be
 * shared by many VMs on many threads; everything mutable lives in mp_vm. */
#ifndef MP_VM_H
#define MP_VM_H

#include <setjmp.h>
#include <stdio.h>
#include "vmapi.h"
#include "opcodes.h"
#include "ast.h"
#include "../builtins/builtins.h"
#include "../builtins/constants.h"
#include "../include/minphp.h"

/* A declared parameter or return type (coercive mode rules in types.c). */
enum {
    MP_TY_NULL = 1 << 0, MP_TY_BOOL = 1 << 1 /* true|false */, MP_TY_FALSE = 1 << 2,
    MP_TY_TRUE = 1 << 3, MP_TY_INT = 1 << 4, MP_TY_FLOAT = 1 << 5,
    MP_TY_STRING = 1 << 6, MP_TY_ARRAY = 1 << 7, MP_TY_OBJECT = 1 << 8,
    MP_TY_CALLABLE = 1 << 9, MP_TY_ITERABLE = 1 << 10, MP_TY_MIXED = 1 << 11,
    MP_TY_VOID = 1 << 12, MP_TY_NEVER = 1 << 13, MP_TY_STATIC = 1 << 14,
    MP_TY_CLASS = 1 << 15,   /* one or more class names in names[] */
};
typedef struct mp_type {
    uint32_t mask;           /* MP_TY_* */
    int      nnames;         /* class names (MP_TY_CLASS) */
    mp_str **names;
    mp_str  *text;           /* as written, for messages ("?int", "int|string") */
} mp_type;

typedef struct mp_param {
    mp_str  *name;           /* without $ */
    mp_type *type;           /* NULL = untyped */
    uint8_t  byref, variadic, has_default;
} mp_param;

/* One use() variable of a closure. */
typedef struct mp_use { int parent_cv; int cv; int byref; } mp_use;

/* Exception handling region (try/catch/finally), for the unwinder. */
typedef struct mp_try {
    int start, end;          /* [start, end) instruction range of the try body */
    int catch_pc;            /* first catch test, -1 if none */
    int finally_pc;          /* finally block, -1 if none */
    int stack_depth;         /* operand stack depth at try entry */
} mp_try;

typedef struct mp_func mp_func;
typedef struct mp_script mp_script;

/* A compiled function (or a file's top-level code). Immutable once built. */
struct mp_func {
    mp_str   *name;          /* as declared ("{closure}", "{main}" for files) */
    mp_str   *lcname;        /* lower case, for the function table */
    const mp_instr *code;
    const int *lines;        /* source line per instruction */
    int       ncode;
    mp_val   *consts;        /* literals, immutable (strings/arrays IMMUTABLE) */
    int       nconsts;
    mp_str  **cvnames;       /* compiled variable names (without $) */
    int       ncv;           /* number of CV slots (params first) */
    int       nslots;        /* ncv + temporaries used by SILENCE etc. */
    int       maxstack;      /* operand stack depth needed */
    mp_param *params;
    int       nparams;       /* declared parameters (variadic included) */
    int       nrequired;     /* parameters without default before the last required one */
    mp_type  *ret_type;      /* NULL = none */
    mp_use   *uses;          /* closures: captured variables */
    int       nuses;
    mp_try   *tries;
    int       ntries;
    int       nstatics;      /* static variables (BIND_STATIC b indexes) */
    mp_val   *static_inits;  /* their initial values (constant expressions) */
    uint8_t   byref_return, is_closure, is_arrow, is_static_closure, strict_types;
    uint8_t   has_byref;     /* some parameter is by reference (CALL checks the args) */
    uint8_t   has_variadic;  /* the last parameter collects extra arguments */
    int       line_start, line_end;
    mp_script *script;       /* file this function was compiled from */
};

/* A compiled file. */
struct mp_script {
    mp_str   *path;          /* as resolved (realpath when possible) */
    mp_func  *main;          /* top-level code */
    mp_func **hoisted;       /* unconditional top-level functions, declared before running */
    int       nhoisted;
};

/* A call frame. Slots (CVs) live on the VM value stack at base. */
typedef struct mp_frame {
    const mp_func  *func;
    const mp_instr *pc;      /* instruction being executed (for lines and resumption) */
    mp_val   *base;          /* CV slots; operand stack follows them */
    mp_val   *ret_slot;      /* where the caller wants the result (its callee slot) */
    mp_val   *limit;         /* end of the stack chunk this frame lives in */
    int       chunk;         /* index of that chunk in vm->chunks */
    int       nargs;         /* arguments passed */
    mp_val   *extra_args;    /* arguments beyond nparams (func_get_args), or NULL */
    mp_array *symtab;        /* by-name view of the variables, built on demand */
    mp_object *closure;      /* running closure object, or NULL */
    uint8_t   is_include;    /* top-level code of an included file (shares caller's symtab) */
    mp_array *named_extra;   /* named arguments a variadic parameter collects */
} mp_frame;

/* A minimal object, enough for closures and throwables until the object
 * model (issue 3) replaces it. */
typedef struct mp_class {
    const char *name;
    const struct mp_class *parent;
} mp_class;
struct mp_object {
    const mp_class *cls;
    uint32_t  id;            /* spl_object_id / #N in var_dump */
    mp_array *props;         /* properties by name */
    /* closures */
    const mp_func *func;
    mp_val   *bound;         /* captured use() values (REF for by-reference uses) */
    const mp_builtin *builtin; /* closure of a builtin (first-class callable) */
    mp_val   *statics;       /* a closure's own static variables (REFs), made on first use */
};

/* Exit reasons carried by longjmp to the top-level catch point. */
enum { MP_UNWIND_EXCEPTION = 1, MP_UNWIND_EXIT, MP_UNWIND_FATAL };

/* A catch point for longjmp (one per active mp_execute and per API call). */
typedef struct mp_catch {
    jmp_buf env;
    struct mp_catch *prev;
    int nframes;             /* frame depth when established */
} mp_catch;

/* The interpreter: every bit of mutable state of one PHP "process". */
struct mp_vm {
    mp_config cfg;           /* host callbacks */
    /* value stack and frames */
    mp_val  **chunks;        /* value stack chunks; frames never move once placed */
    int       nchunks;
    mp_val   *sp;            /* operand stack top of the running frame while C code runs */
    mp_frame *frames;        /* call stack; frames[0] = main script */
    int       nframes, maxframes;
    /* run-time declarations */
    mp_array *functions;     /* lcname -> MP_T_FUNC */
    struct { const mp_str *name; const mp_func *f; } fcache[256];
                             /* INIT_CALL cache by interned name pointer; a user
                                function, once declared, never changes */
    mp_array *constants;     /* name -> value (user constants) */
    mp_array *globals;       /* the global symbol table (main frame's symtab) */
    mp_array *statics;       /* per function: func pointer key -> array of REFs */
    mp_array *included;      /* resolved path -> true (include_once) */
    /* errors and exceptions */
    mp_catch *catcher;       /* innermost catch point */
    mp_val    exception;     /* exception in flight (MP_T_OBJECT) */
    int       exit_status;
    int       error_reporting;
    int       display_errors; /* 0 off, 1 stdout, 2 stderr */
    int       log_errors;
    int       precision;     /* ini precision (echo, string conversion) */
    int       serialize_precision; /* ini serialize_precision (var_dump, var_export); -1 = shortest */
    uint32_t  next_object_id;
    char      last_error[512];
    /* output */
    char     *outbuf;        /* buffered output (malloc'ed) */
    size_t    outlen, outcap;
    /* ini settings set with -d or ini_set: name -> string */
    mp_array *ini;
    /* the script */
    mp_str   *main_path;
    mp_array *argv;          /* $argv */
    struct mp_native *native; /* innermost running builtin, or NULL */
    mp_array *pending_named; /* unknown named args for the variadic of the call being set up */
    int       named_call;    /* the call being set up used named arguments (check for gaps) */
    uint64_t  rng[2];        /* mp_random_range state (xorshift128+), seeded on first use */
};

/* CAST x flag: a part of "...$x..." -- only values whose conversion can
 * warn (arrays, objects) are converted now; ROPE formats the rest. */
enum { MP_CAST_ROPE = 0x80 };

/* FETCH_W / ASSIGN_DIM / UNSET_W mode bits (instruction x field). */
enum {
    MP_BASE_CV = 0,      /* base variable is CV a */
    MP_BASE_VARVAR = 1,  /* base is ${name}, name on the stack below the keys */
    MP_BASE_GLOBAL = 2,  /* base is $GLOBALS[name], name below the keys */
    MP_BASE_MASK = 3,
    MP_FW_VALUE = 4,     /* a value sits on top of the keys */
    MP_FW_RW = 8,        /* read-modify-write: warn about a missing element */
    MP_FW_POP = 16,      /* ASSIGN_DIM: discard the result */
};

/* compile.c */
/* Compile a file. On failure returns NULL with the message in err, its line
 * in *errline and its level in *errlevel (MP_E_PARSE or MP_E_COMPILE_ERROR). */
mp_script *mp_compile(mp_vm *vm, const char *src, size_t len, const char *path,
                      char *err, size_t errsz, int *errline, int *errlevel);
/* exec.c */
void mp_execute(mp_vm *vm);                     /* run frames until the current entry frame returns */
int  mp_run_script(mp_vm *vm, mp_script *s);    /* top-level: returns MP_OK / MP_ERR_* */
void mp_push_frame(mp_vm *vm, const mp_func *f, mp_val *args, int nargs);
mp_array *mp_frame_symtab(mp_vm *vm, mp_frame *fr);
mp_val *mp_lookup_const(mp_vm *vm, mp_str *name);
/* The builtin being run (for stack traces), saved and restored around calls. */
typedef struct mp_native mp_native;
struct mp_native {
    const mp_builtin *b;
    int argc;
    mp_val *argv;
    struct mp_native *prev;
};
void mp_native_call(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret);
void mp_declare_script(mp_vm *vm, const mp_script *s);
mp_val mp_resolve_callable(mp_vm *vm, mp_val c);
int mp_start_call(mp_vm *vm, mp_val *ret, int nargs, int caller_chunk, mp_val *caller_limit);
char *mp_read_file(const char *path, size_t *len);   /* malloc'ed, NUL-terminated; NULL if unreadable */
char *mp_read_stream(FILE *f, size_t *len);
mp_script *mp_compile_file_or_die(mp_vm *vm, const char *path, const char *src, size_t len);

/* scope.c */
void      mp_symtab_attach(mp_vm *vm, mp_frame *fr, mp_array *tab);
void      mp_symtab_detach(mp_vm *vm, mp_frame *fr);
mp_array *mp_globals(mp_vm *vm);
mp_val   *mp_symtab_slot(mp_vm *vm, mp_array *tab, mp_str *name, int create);
mp_str   *mp_name_of(mp_vm *vm, mp_val v);
mp_val   *mp_static_slots(mp_vm *vm, mp_frame *fr);
void      mp_declare_function(mp_vm *vm, const mp_func *f);
mp_object *mp_new_closure(mp_vm *vm, mp_frame *fr, const mp_func *f, int arrow);
int       mp_include(mp_vm *vm, mp_frame *fr, mp_val *slot, int kind);
/* exec.c, for scope.c */
mp_frame *mp_new_frame(mp_vm *vm, const mp_func *f, mp_val *ret, int nargs, int caller_chunk, mp_val *caller_limit);
void      mp_bind_args(mp_vm *vm, mp_frame *fr, int nargs);

/* Store V into a variable slot (which may hold a reference). */
static inline void mp_slot_store(mp_val *slot, mp_val v)
{
    if (slot->type == MP_T_REF) slot->u.r->val = v;
    else *slot = v;
}

/* The reference a slot holds, boxing its value into a new one first if needed. */
static inline mp_ref *mp_make_ref(mp_vm *vm, mp_val *slot)
{
    if (slot->type == MP_T_REF) return slot->u.r;
    mp_ref *r = mp_alloc(vm, sizeof *r);
    r->val = slot->type == MP_T_UNDEF ? mp_v_null() : *slot;
    r->rc = 1;
    slot->type = MP_T_REF;
    slot->u.r = r;
    return r;
}

/* Reference counts of mp_ref follow the slots that hold them (PHP shows
 * "&" in var_dump only while a reference has two holders). */
static inline void mp_ref_hold(mp_val v) { if (v.type == MP_T_REF) v.u.r->rc++; }
static inline void mp_ref_drop(mp_val v) { if (v.type == MP_T_REF && v.u.r->rc) v.u.r->rc--; }
/* Bind SLOT to the reference value REF, releasing what it held. */
static inline void mp_bind_ref(mp_val *slot, mp_val ref)
{
    if (slot->type == MP_T_REF && slot->u.r == ref.u.r) return;
    mp_ref_drop(*slot);
    mp_ref_hold(ref);
    *slot = ref;
}

/* error.c */
void mp_report(mp_vm *vm, int level, const char *file, int line, const char *msg);
int  mp_current_line(mp_vm *vm);
const char *mp_current_file(mp_vm *vm);
mp_object *mp_exception_new(mp_vm *vm, mp_ex_class cls, mp_str *msg);
void mp_throw_value(mp_vm *vm, mp_val ex) __attribute__((noreturn));
void mp_uncaught(mp_vm *vm);                    /* print "Fatal error: Uncaught ..." */
void mp_unwind(mp_vm *vm, int why) __attribute__((noreturn));
void mp_flush_output(mp_vm *vm);
void mp_append_escaped_truncated(mp_buf *b, const mp_str *s);
/* types.c */
int  mp_check_type(mp_vm *vm, const mp_type *t, mp_val *v, int strict);
/* ops.c: PHP operators on values (also used by constant folding) */
int  mp_binary_op(mp_vm *vm, int op, mp_val a, mp_val b, mp_val *out); /* op = OP_ADD.. */
void mp_incdec(mp_vm *vm, mp_val *v, int inc);
mp_str *mp_concat_vals(mp_vm *vm, mp_val a, mp_val b);    /* a . b, one allocation */
size_t mp_fmt_int(char *buf, int64_t i);                  /* decimal digits, no NUL; buf >= 21 */
int  mp_to_long_op(mp_vm *vm, mp_val v, int64_t *out);  /* int operand of % << & ...: deprecations as PHP */
void mp_cast(mp_vm *vm, int cast, mp_val *v);
/* dump.c */
void mp_dump_script(mp_vm *vm, const mp_script *s, FILE *out);
extern const char *const mp_opcode_names[];

#endif
