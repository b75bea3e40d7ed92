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
#define MP_LIBRARY_INTERNAL 1   /* minphp.h: no host macros over internal names */
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
    mp_str  *deftext;        /* the default as PHP prints it in signatures ("0", "'a'", "null") */
} mp_param;

/* One use() variable of a closure. */
typedef struct mp_use { int parent_cv; int cv; int byref; mp_str *name; } mp_use;

/* A try statement, for the unwinder (except.c). Instruction indexes; the
 * try body is [start, end), its catch clauses [end, finally_pc) (or up to
 * finally_end without a finally), its finally block [finally_pc, finally_end). */
typedef struct mp_try {
    int start, end;          /* the try body */
    int catch_pc;            /* first CATCH test, -1 if no catch clause */
    int finally_pc;          /* finally block, -1 if none */
    int finally_end;         /* the finally's FAST_RET; without a finally, the end of the catches */
    int stack_depth;         /* operand stack depth at try entry (a catch or finally starts there) */
    int fast_slot;           /* the finally's slot: return address or pending exception (-1: none) */
} mp_try;

/* An @ expression [begin, end): when an exception leaves it, error_reporting
 * is restored from slot, as SILENCE_END would have done. */
typedef struct mp_silence { int begin, end, slot; } mp_silence;

typedef struct mp_func mp_func;
typedef struct mp_class mp_class;
typedef struct mp_method mp_method;
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
    mp_try   *tries;         /* try statements, in order of their start (inner after outer) */
    int       ntries;
    mp_silence *silences;    /* @ expressions, inner before outer */
    int       nsilences;
    int       nstatics;      /* static variables (BIND_STATIC b indexes) */
    mp_val   *static_inits;  /* their initial values (constant expressions) */
    uint8_t   byref_return, is_closure, is_arrow, is_static_closure, strict_types;
    uint8_t   is_method;     /* declared in a class, interface, trait or enum */
    uint8_t   is_thunk;      /* a constant expression (default, class constant) run in a class scope */
    uint8_t   is_generator;  /* contains yield: calling it makes a Generator */
    uint8_t   may_ref;       /* its slots may hold references (RETURN must release them) */
    uint8_t   uses_this;     /* the body mentions $this (closures bind it) */
    uint32_t  acc;           /* methods: MP_ACC_* */
    mp_str   *cls_name;      /* methods: the declaring class as written (messages before linking) */
    mp_str   *display;       /* methods: "Class::name" for messages; NULL = name */
    uint8_t   has_byref;     /* some parameter is by reference (CALL checks the args) */
    uint8_t   has_variadic;  /* the last parameter collects extra arguments */
    int       line_start, line_end;
    mp_script *script;       /* file this function was compiled from */
};

/* A compiled file. */
struct mp_script {
    struct mp_class_decl **toplevel; /* every unconditional top-level class (xbox workers declare them) */
    int       ntoplevel;
    uint8_t   diagnostics;   /* compiling it reported warnings (never taken from the compile cache) */
    mp_str   *path;          /* as resolved (realpath when possible) */
    mp_func  *main;          /* top-level code */
    mp_func **hoisted;       /* unconditional top-level functions, declared before running */
    int       nhoisted;
    struct mp_class_decl **classes; /* top-level classes PHP declares early (no interfaces/traits) */
    int       nclasses;
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
    uint8_t   want_ref;      /* called from C wanting a by-reference result (offsetGet for a write) */
    mp_array *named_extra;   /* named arguments a variadic parameter collects */
    mp_object *this_obj;     /* $this, or NULL */
    mp_class *scope;         /* class the running code belongs to (self::, visibility), or NULL */
    mp_class *called;        /* late static binding class (static::), or NULL */
    mp_object *generator;    /* the Generator this frame runs, or NULL */
} mp_frame;

/* Member flags (methods, properties, constants) and class flags. */
enum {
    MP_ACC_PUBLIC = 1, MP_ACC_PROTECTED = 2, MP_ACC_PRIVATE = 4,
    MP_ACC_VISIBILITY = 7,
    MP_ACC_STATIC = 8, MP_ACC_ABSTRACT = 16, MP_ACC_FINAL = 32, MP_ACC_READONLY = 64,
    MP_ACC_CASE = 128,        /* constant: an enum case */
    MP_ACC_PROMOTED = 256,    /* property: declared by constructor promotion */
    /* class flags */
    MP_ACC_INTERFACE = 1 << 10, MP_ACC_TRAIT = 1 << 11, MP_ACC_ENUM = 1 << 12,
    MP_ACC_ANON = 1 << 13, MP_ACC_NATIVE = 1 << 14,
    MP_ACC_NO_DYNAMIC = 1 << 15, /* internal classes refusing dynamic properties (Closure, Generator, enums) */
    MP_ACC_ALLOW_DYNAMIC = 1 << 16, /* stdClass and #[AllowDynamicProperties]: no deprecation */
};


/* A compiled property declaration. DEF is its folded default (UNDEF: none,
 * an uninitialized typed property) unless INIT computes it at run time. */
typedef struct mp_prop_decl {
    mp_str  *name;
    uint32_t flags;          /* MP_ACC_* */
    mp_type *type;           /* NULL = untyped */
    mp_val   def;
    const mp_func *init;     /* constant expression evaluated in the class scope, or NULL */
} mp_prop_decl;

/* A compiled class constant or enum case (VAL folded, or INIT evaluates it). */
typedef struct mp_const_decl {
    mp_str  *name;
    uint32_t flags;
    mp_val   val;
    const mp_func *init;
} mp_const_decl;

/* A trait adaptation: "T::m insteadof U, V" or "T::m as [vis] alias". */
typedef struct mp_trait_rule {
    mp_str *trait;           /* NULL when not named */
    mp_str *method;
    mp_str *alias;           /* as: new name or NULL */
    uint32_t vis;            /* as: new visibility or 0 */
    mp_str **insteadof;      /* insteadof: the excluded traits */
    int ninsteadof;
} mp_trait_rule;

/* A compiled class, interface, trait or enum declaration. Immutable. */
typedef struct mp_class_decl {
    mp_str   *name, *lcname;
    uint32_t  flags;         /* MP_ACC_INTERFACE/TRAIT/ENUM/ABSTRACT/FINAL/READONLY/ANON */
    int       line_start, line_end;
    mp_str   *parent;        /* as written, or NULL */
    mp_str  **ifaces;        /* implemented (classes) or extended (interfaces) */
    int       nifaces;
    mp_str  **traits;
    int       ntraits;
    mp_trait_rule *rules;
    int       nrules;
    mp_prop_decl *props;
    int       nprops;
    mp_const_decl *consts;   /* constants and enum cases in declaration order */
    int       nconsts;
    mp_func **methods;       /* method flags are in mp_func.acc */
    int       nmethods;
    mp_type  *enum_type;     /* backed enums: int or string */
    mp_script *script;
} mp_class_decl;

/* A property of a linked class (instance or static). */
typedef struct mp_prop {
    mp_str   *name;
    uint32_t  flags;         /* MP_ACC_* */
    int       slot;          /* instance: index in mp_object.slots; static: -1 */
    mp_type  *type;
    mp_class *scope;         /* declaring class */
    mp_val   *sval;          /* static: the storage (shared by subclasses that don't redeclare) */
} mp_prop;

/* A class constant of a linked class, evaluated on first use. */
typedef struct mp_cconst {
    mp_str   *name;
    uint32_t  flags;
    mp_val    val;           /* UNDEF until evaluated */
    const mp_func *init;
    mp_class *scope;         /* declaring class (self:: in its expression) */
    int       busy;          /* being evaluated (self-reference check) */
} mp_cconst;

/* A method of a linked class: compiled user code or a C function. */
struct mp_method {
    mp_str   *name;          /* as declared */
    uint32_t  flags;         /* MP_ACC_* */
    const mp_func *func;     /* user method, or NULL */
    const mp_builtin *native;/* C method: called with $this in vm->this_obj */
    mp_class *scope;         /* declaring class: self::, visibility, "A::f" */
    mp_str   *magic_name;    /* __call/__callStatic trampolines: the method called */
};

/* The C side of a built-in class. */
typedef struct mp_native_class {
    const char *name;
    const char *parent;      /* or NULL */
    const char *ifaces;      /* space-separated, or NULL */
    uint32_t    flags;
    const mp_builtin *methods;   /* rows named like "getMessage"; flags in mflags */
    const uint32_t   *mflags;    /* per method, MP_ACC_*; NULL = all public */
    const char *props;       /* "message:p code:p previous:P" (p protected, P private, s static, u public) */
} mp_native_class;

/* A class as linked in one VM (parent, interfaces and traits resolved). */
struct mp_class {
    mp_str   *name, *lcname;
    uint32_t  flags;
    mp_class *parent;
    mp_class **ifaces;       /* every interface it implements, inherited ones included */
    int       nifaces;
    mp_array *methods;       /* lcname -> MP_T_PTR mp_method (inherited included) */
    mp_array *consts;        /* name -> MP_T_PTR mp_cconst */
    mp_array *props;         /* name -> MP_T_PTR mp_prop (instance and static) */
    mp_prop **slot_props;    /* instance properties by slot (inherited private ones too) */
    int       nslots;
    mp_val   *defaults;      /* default value per slot; built on first instantiation */
    int       defaults_ready;
    const mp_class_decl *decl;   /* user classes */
    const mp_native_class *native; /* built-in classes */
    const mp_method *ctor, *dtor, *get, *set, *isset, *unset, *call, *callstatic,
                    *tostring, *invoke, *clone;
    mp_array *cases;         /* enums: case name -> the case object */
    mp_type  *enum_type;
    int       line_start, line_end;
    int       throwable;     /* implements Throwable (-1: not known yet) */
};

/* An object. Declared properties live in slots (UNDEF = unset, or not yet
 * initialized when typed); others in dyn, in creation order. */
struct mp_object {
    mp_class *cls;
    uint32_t  id;            /* spl_object_id / #N in var_dump */
    uint32_t  flags;         /* MP_OBJ_* */
    mp_val   *slots;
    mp_array *dyn;           /* dynamic properties, or NULL */
    /* closures */
    const mp_func *func;
    mp_val   *bound;         /* captured use() values (REF for by-reference uses) */
    const mp_builtin *builtin; /* closure of a builtin (first-class callable) */
    mp_val   *statics;       /* a closure's own static variables (REFs), made on first use */
    mp_object *this_obj;     /* bound $this, or NULL */
    mp_class *scope;         /* closure scope (self::, visibility), or NULL */
    mp_class *called;        /* closure's static:: class */
    const mp_method *method; /* closure of a method (fromCallable, $o->m(...)) */
    mp_array *guards;        /* property name -> MP_GUARD_* bits while a magic accessor runs */
    void     *internal;      /* built-in classes' own state (generators, iterators) */
};
enum { MP_OBJ_DESTRUCTED = 1 };
enum { MP_GUARD_GET = 1, MP_GUARD_SET = 2, MP_GUARD_ISSET = 4, MP_GUARD_UNSET = 8 };

/* Exit reasons carried by longjmp to the top-level catch point. */
enum { MP_UNWIND_EXCEPTION = 1, MP_UNWIND_EXIT, MP_UNWIND_FATAL };

/* A catch point for longjmp (one per active mp_execute and per API call). */
typedef struct mp_catch {
    jmp_buf env;
    struct mp_catch *prev;
    int nframes;             /* frame depth when established */
} mp_catch;

/* An inline cache entry: what instruction PC found for class CLS running in
 * SCOPE (a method, a property slot and its type). Keyed by the instruction's
 * address, so compiled code stays immutable and shareable. */
enum { MP_ICACHE = 1024 };
typedef struct mp_icache {
    const mp_instr *pc;
    const mp_class *cls;
    const mp_class *scope;
    const void *p;           /* INIT_METHOD: the method; ASSIGN_PROP: the property's type (NULL: untyped) */
    int slot;                /* FETCH_PROP/ASSIGN_PROP: the property's slot */
} mp_icache;

/* The interpreter: every bit of mutable state of one PHP "process". */
struct mp_vm {
    mp_memacct mem;          /* memory_limit accounting; must stay the first member (runtime/gc.c) */
    size_t    memory_limit;  /* bytes, 0 = none (ini memory_limit, default 128M as php) */
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
    mp_array *classes;       /* lcname -> MP_T_CLASS (built-in classes first) */
    mp_icache icache[MP_ICACHE]; /* per-instruction caches for methods and properties */
    struct { const mp_str *name; mp_class *cls; } ccache[256];
                             /* class lookups by interned name pointer (a class never goes away) */
    mp_array *autoloaders;   /* spl_autoload_register callables, or NULL */
    mp_array *destructibles; /* objects whose class has __destruct, in creation order */
    mp_array *finally_generators; /* generators suspended inside a try with a finally */
    mp_object *this_native;  /* $this of the running C method */
    mp_class *class_stdclass, *class_closure, *class_generator, *class_throwable;
    mp_class *native_called; /* called class of the running static C method */
    mp_class *native_cls;    /* class of the C method being started (for its trace entry) */
    const struct mp_class_decl *linking; /* class being linked (fatal errors report its file) */
    mp_class *ex_classes[MP_EX__COUNT]; /* classes of the throwables C code raises */
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
    int64_t   next_resource_id; /* resource ids: 1-3 are STDIN/STDOUT/STDERR, the first other one is 5 as in php */
    char      last_error[512];
    struct {                 /* error_get_last(): the last diagnostic the standard handler saw */
        int type, line;      /* type 0: none */
        mp_str *message, *file;
    } last;
    /* user handlers (set_error_handler, set_exception_handler) */
    mp_val    error_handler;       /* callable, UNDEF = none (also while it runs) */
    int       error_handler_mask;  /* the levels it handles */
    mp_array *error_handlers;      /* stack of earlier [handler, mask] pairs */
    mp_val    exception_handler;   /* callable for uncaught exceptions, UNDEF = none */
    mp_array *exception_handlers;  /* stack of earlier handlers */
    uint8_t   eval_string;         /* running mp_eval_string (php -r): as php-cli, uncaught
                                      exceptions skip the exception handler */
    /* output */
    char     *outbuf;        /* buffered output (malloc'ed) */
    size_t    outlen, outcap;
    struct mp_ob *obs;       /* output buffers of ob_start, obs[nobs-1] the innermost (vm/output.c) */
    int       nobs, maxobs;
    int       ob_running;    /* output handlers running (ob_start is refused inside one) */
    size_t    mem_peak;      /* memory_get_peak_usage(): the most memory_get_* saw in use */
    mp_array *env;           /* putenv() overlay: name -> string, or false for removed (builtins/runtime.c) */
    /* ini settings set with -d or ini_set: name -> string */
    mp_array *ini;
    /* the script */
    mp_str   *main_path;
    mp_array *argv;          /* $argv */
    struct mp_native *native; /* innermost running builtin, or NULL */
    mp_array *pending_named; /* unknown named args for the variadic of the call being set up */
    int       named_call;    /* the call being set up used named arguments (check for gaps) */
    struct mp_rng *rng;      /* mt_rand/lcg_value state (builtins/random.c), made on first use */
    struct mp_tz  *tz;       /* date_default_timezone_set() zone (builtins/date.c); NULL = UTC */
    /* extension state */
    int       json_error;    /* JSON_ERROR_* of the last json_encode/json_decode (json_last_error) */
    struct mp_preg *preg;    /* builtins/preg.c: compiled-pattern cache, last error (malloc'ed, freed by mp_vm_free) */
    /* process-level services (vm/vmbuiltins.c, builtins/strings2.c) */
    mp_array *shutdown_funcs; /* register_shutdown_function: [callable, args...] per entry, in order */
    mp_str   *strtok_str;    /* strtok(): the string being split (NULL: none) */
    size_t    strtok_pos;    /* strtok(): where the next token search starts */
    uint8_t   gc_disabled;   /* gc_disable() was called */
    struct mp_streams *streams; /* builtins/stream.c: open streams, STDIN/STDOUT/STDERR (malloc'ed, closed by mp_vm_free) */
    /* the request this VM serves (vm/request.c); none in the CLI */
    const char *input_data;  /* php://input: the request body (owned by the caller), or NULL */
    size_t    input_len;
    struct mp_http *http;    /* response state: headers, status, flush target (vm/request.c), made on first use */
    /* threads and tasks (vm/task.c) */
    mp_array *scripts;       /* scripts this VM loaded (entry script, includes): MP_T_PTR, in order */
    int       thread_type;   /* hphp_thread_type(): MP_THREAD_CLI/PAGELET/XBOX */
    int       tasks_started; /* pagelet_server_tasks_started() */
    struct mp_task *task;    /* the task this VM runs, or NULL */
    int       interrupt;     /* set (atomically) by the watchdog thread when the deadline passed */
    double    deadline;      /* monotonic seconds when max_execution_time runs out; 0 = none */
    int       time_limit;    /* that limit in seconds (for the message) */
    /* embedding API (vm/embed.c) */
    int       host_pending;  /* MP_UNWIND_* a host function leaves behind (mp_throw, a failed mp_call), 0 = none */
    mp_val    host_exception; /* the exception it throws on return (MP_UNWIND_EXCEPTION) */
};

/* Response state of a VM (vm/request.c): what header(), setcookie() and
 * http_response_code() set and whether the headers went out. In the CLI
 * (req NULL) only the status code is kept and headers_list() is empty, as
 * in php-cli; the headers count as sent once output reaches the host.
 * Serving a request, they are sent by the first flushed chunk. */
struct mp_http {
    const struct mp_request *req;  /* the request being served, or NULL */
    mp_str  **headers;       /* "Name: value" lines in order (requests only) */
    int       nheaders, maxheaders;
    int       code;          /* status; 0 = none set (CLI) */
    int       out_started;   /* output reached the host at least once */
    int       sent;          /* the headers are sent: header() now refused */
    mp_str   *out_file;      /* "output started at FILE:LINE" */
    int       out_line;
    int       fatal;         /* a fatal error was reported while serving */
    char     *cap;           /* request output since the last flushed chunk (malloc'ed) */
    size_t    caplen, capsize;
    /* the script the router chose, for $_SERVER */
    const char *script_name, *script_filename, *path_info, *query;
    const char *url_host;    /* the host of an absolute URL (HTTP_HOST without a Host header) */
};
/* request.c: hooks for the output layer, the error reporter and the globals setup */
void mp_http_output_started(mp_vm *vm);              /* first output reaching the host */
void mp_request_globals(mp_vm *vm, mp_array *globals); /* superglobals of the request being served */
void mp_ob_flush_all(mp_vm *vm);                     /* output.c: every buffer passed down to the host, kept open */

/* CAST x flag: a part of "...$x..." -- only values whose conversion can
 * warn (arrays, objects) are converted now; ROPE formats the rest. */
enum { MP_CAST_ROPE = 0x80 };

/* FETCH_W / ASSIGN_DIM / UNSET_W mode bits (instruction x field). */
enum {
    MP_BASE_CV = 0,      /* base variable is CV a */
    MP_BASE_VARVAR = 1,  /* base is ${name}, name on the stack below the keys */
    MP_BASE_GLOBAL = 2,  /* base is $GLOBALS[name], name below the keys */
    MP_BASE_IND = 3,     /* base is a pointer (INDIRECT: a property) below the keys */
    MP_BASE_MASK = 3,
    MP_FW_VALUE = 4,     /* a value sits on top of the keys */
    MP_FW_RW = 8,        /* read-modify-write: warn about a missing element */
    MP_FW_POP = 16,      /* ASSIGN_DIM: discard the result */
};

/* memlimit.c: ini memory_limit ("128M", -1 = none) */
void mp_memory_set_limit(mp_vm *vm, const char *value);

/* class.c: classes of this VM */
mp_class *mp_find_class(mp_vm *vm, const mp_str *name);          /* declared class, no autoload */
mp_class *mp_lookup_class(mp_vm *vm, mp_str *name, int must);     /* autoloads; must: Error if missing */
int       mp_instanceof(const mp_class *c, const mp_class *of);
int       mp_instanceof_name(mp_vm *vm, const mp_class *c, const mp_str *name);
mp_method *mp_find_method(const mp_class *c, const mp_str *lcname);
mp_prop  *mp_class_prop(const mp_class *c, const mp_str *name);
mp_cconst *mp_class_const(const mp_class *c, const mp_str *name);
int       mp_member_visible(uint32_t flags, const mp_class *mscope, const mp_class *scope);
const char *mp_visibility_name(uint32_t flags);
mp_val    mp_cconst_value(mp_vm *vm, mp_class *cls, mp_cconst *cc);
mp_val    mp_v_ptr_class(mp_class *c);
int       mp_class_declared(mp_vm *vm, const mp_class_decl *d);
int       mp_class_ready(mp_vm *vm, const mp_class_decl *d);
mp_class *mp_declare_class(mp_vm *vm, const mp_class_decl *d);
mp_class *mp_anon_class(mp_vm *vm, const mp_class_decl *d);
mp_val   *mp_static_prop_slot(mp_vm *vm, mp_prop *p);
const mp_val *mp_class_defaults(mp_vm *vm, mp_class *c);
mp_object *mp_object_alloc(mp_vm *vm, mp_class *c);              /* defaults set, no constructor */
mp_object *mp_object_new(mp_vm *vm, mp_class *c);                /* + instantiable check */
void      mp_run_destructors(mp_vm *vm);
void      mp_destruct_object(mp_vm *vm, mp_object *o);
mp_class *mp_native_class_new(mp_vm *vm, const char *name);
void      mp_native_inherit(mp_vm *vm, mp_class *c, mp_class *parent);
void      mp_native_implement(mp_vm *vm, mp_class *c, mp_class *iface);
void      mp_native_finish(mp_vm *vm, mp_class *c);
/* object.c: member access from running code */
mp_class *mp_scope(mp_vm *vm);
mp_val    mp_read_prop(mp_vm *vm, mp_val obj, mp_str *name, int quiet);
void      mp_write_prop(mp_vm *vm, mp_val obj, mp_str *name, mp_val v);
mp_val   *mp_prop_ptr(mp_vm *vm, mp_val obj, mp_str *name);
mp_val   *mp_prop_ptr_dim(mp_vm *vm, mp_val obj, mp_str *name, int dim);
int       mp_isset_prop(mp_vm *vm, mp_val obj, mp_str *name, int for_empty);
void      mp_unset_prop(mp_vm *vm, mp_val obj, mp_str *name);
mp_array *mp_object_props(mp_vm *vm, mp_object *o, int mangle, int refs);
int       mp_prop_slot(mp_vm *vm, mp_class *cls, mp_str *name);   /* a declared, visible, initialized-when-set instance property: its slot, else -1 */
int       mp_prop_slot_w(mp_vm *vm, mp_class *cls, mp_str *name, const mp_type **type); /* the same for plain writes (not readonly), -1 if magic/readonly */
int       mp_type_exact(const void *type, mp_val v);              /* v already has type exactly (no coercion needed) */
mp_val    mp_prop_rmw(mp_vm *vm, mp_val target, mp_str *name, int is_static, int op, mp_val v, int incdec);
mp_val    mp_write_static_prop(mp_vm *vm, mp_class *c, mp_str *name, mp_val v);
const mp_method *mp_method_for_call(mp_vm *vm, mp_object *o, mp_str *name);
const mp_method *mp_static_method_for_call(mp_vm *vm, mp_class *c, mp_str *name, mp_object **this_obj);
mp_val    mp_fetch_class_const(mp_vm *vm, mp_class *c, mp_str *name);
mp_val   *mp_static_prop(mp_vm *vm, mp_class *c, mp_str *name);
mp_class *mp_resolve_class_name(mp_vm *vm, mp_str *name);
mp_class *mp_class_of_value(mp_vm *vm, mp_val v);
mp_object *mp_clone(mp_vm *vm, mp_val v);
mp_str   *mp_object_to_string(mp_vm *vm, mp_object *o);
/* generator.c */
mp_object *mp_generator_create(mp_vm *vm, mp_frame *fr, const mp_instr *resume_pc);
void      mp_generator_yield(mp_vm *vm, mp_frame *fr, mp_val *sp, mp_val value, mp_val key, int has_key);
void      mp_generator_delegate(mp_vm *vm, mp_frame *fr, mp_val *sp, mp_val src);
int       mp_generator_step(mp_vm *vm, mp_object *o, int start, mp_val *key, mp_val *value);
int       mp_generator_yields_refs(mp_object *o);
void      mp_generators_shutdown(mp_vm *vm);
extern const mp_builtin mp_generator_methods[];
void      mp_execute_sp(mp_vm *vm, mp_val *sp, mp_val *throw_ex);
/* object.c: foreach over objects */
mp_val    mp_object_iterator(mp_vm *vm, mp_object *o, int byref);
int       mp_object_iter_step(mp_vm *vm, mp_object *it, int mode, int start, int want_key, mp_val *key, mp_val *val);
int       mp_object_prop_next(mp_vm *vm, mp_object *o, uint32_t *pos, mp_val *key, mp_val *val);
typedef void (*mp_traverse_fn)(mp_vm *vm, void *ud, mp_val key, mp_val val);
void      mp_traverse(mp_vm *vm, mp_object *o, mp_traverse_fn fn, void *ud);
/* classlib.c */
void      mp_init_classes(mp_vm *vm);
void      mp_link_native_class(mp_vm *vm, const mp_native_class *nc);
void      mp_enum_setup(mp_vm *vm, mp_class *c);
mp_array *mp_enum_cases(mp_vm *vm, mp_class *c);
mp_val    mp_enum_case(mp_vm *vm, mp_class *c, const mp_str *name);
void      mp_call_method(mp_vm *vm, mp_object *o, const mp_method *m, int argc, mp_val *argv, mp_val *ret);
mp_val    mp_call_method_ref(mp_vm *vm, mp_object *o, const mp_method *m, int argc, mp_val *argv);
void      mp_call_method_name(mp_vm *vm, mp_object *o, const char *lcname, int argc, mp_val *argv, mp_val *ret);
void      mp_call_in_scope(mp_vm *vm, const mp_func *f, mp_class *cls, mp_val *ret);
int       mp_callable_split(mp_vm *vm, mp_val c, mp_val *callee, mp_val *aux, int must);
void      mp_callee_target(mp_val callee, const mp_func **f, const mp_builtin **b);
void      mp_call_value_array(mp_vm *vm, mp_val callable, mp_array *args, mp_val *ret);
void      mp_call_forwarding(mp_vm *vm, mp_val callable, int argc, mp_val *argv, mp_val *ret); /* forward_static_call */
mp_object *mp_closure_from_callable(mp_vm *vm, mp_val c, int fcc);   /* fcc: f(...) syntax, the call's own errors */
/* spl.c: objects used as arrays (ArrayAccess, ArrayObject, ArrayIterator) */
void      mp_spl_init(mp_vm *vm);
/* The DateTime classes (vm/datetime.c): linking, and comparing two of them by instant (0: not both). */
void      mp_datetime_init(mp_vm *vm);
int       mp_datetime_compare(mp_vm *vm, mp_object *a, mp_object *b, int *result);
mp_val    mp_spl_dim_read(mp_vm *vm, mp_object *o, mp_val key, int mode); /* mode 0 read, 1 ??/empty, 2 isset */
mp_val   *mp_spl_dim_ptr(mp_vm *vm, mp_object *o, mp_val key, int mode);  /* nested write: mode 0 W, 1 RW, 2 unset */
void      mp_spl_dim_write(mp_vm *vm, mp_object *o, mp_val key, mp_val v);
void      mp_spl_dim_unset(mp_vm *vm, mp_object *o, mp_val key);
mp_val    mp_spl_dim_assign_op(mp_vm *vm, mp_object *o, mp_val key, int op, mp_val v);
int       mp_spl_debug_storage(mp_vm *vm, mp_object *o, mp_val **val, const char **cls);
void      mp_spl_clone(mp_vm *vm, mp_object *orig, mp_object *copy);
int       mp_spl_compare(mp_vm *vm, mp_object *a, mp_object *b, int *result);
mp_val    mp_spl_iterate_ref(mp_vm *vm, mp_object *o);
/* scope.c */
mp_val    mp_resolve_function(mp_vm *vm, mp_str *name, int must);  /* MP_T_FUNC/BUILTIN, UNDEF if none */
/* error.c */
mp_array *mp_build_trace(mp_vm *vm);
/* api.c: the I-th setting php -n defines (its name; its value in *value), NULL past the end. */
const char *mp_ini_default_nth(size_t i, const char **value);
mp_array *mp_debug_trace(mp_vm *vm, int provide_object, int ignore_args, int limit);
mp_str   *mp_trace_string(mp_vm *vm, mp_array *trace);
void      mp_throwable_init(mp_vm *vm, mp_object *o);

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
    const mp_builtin *b;     /* NULL: the engine itself calling PHP code (no trace line) */
    int argc;
    mp_val *argv;
    int nframes;             /* frames below it: its caller is frames[nframes - 1] */
    struct mp_native *prev;
    mp_object *this_obj;     /* C methods: $this */
    mp_class *cls;           /* C methods: the class traces name (scope, or the called class of a static one) */
};
void mp_native_call(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret);
void mp_declare_script(mp_vm *vm, const mp_script *s);
int mp_start_call(mp_vm *vm, mp_val *ret, int nargs, int caller_chunk, mp_val *caller_limit, int aux);
char *mp_read_file(const char *path, size_t *len);   /* malloc'ed, NUL-terminated; NULL if unreadable */
char *mp_read_stream(FILE *f, size_t *len);
mp_script *mp_compile_file_or_die(mp_vm *vm, const char *path, const char *src, size_t len);
/* The script of the file at resolved path REAL, from the process-wide
 * compile cache when the file is unchanged (vm/task.c); NULL with errno
 * set when it cannot be read; compile errors are fatal as for include. */
mp_script *mp_compile_file_cached(mp_vm *vm, const char *real);
/* A VM whose first value stack chunk is STACK (MP_STACK_CHUNK values a
 * worker thread reuses from task to task; NULL: a new one). */
enum { MP_STACK_CHUNK = 64 * 1024 };
mp_vm *mp_vm_new_stack(const mp_config *cfg, mp_val *stack);
/* Run BODY as the main program of VM with ENTRY's top-level code as frame 0
 * (not executed), then end the script as mp_run_script does (vm/api.c). */
int mp_run_hosted(mp_vm *vm, mp_script *entry, void (*body)(mp_vm *vm, void *ud), void *ud);

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
void mp_uncaught(mp_vm *vm);                    /* set_exception_handler's handler, or "Fatal error: Uncaught ..." */
/* Is EX an instance of the class NAME (as written in a catch clause:
 * any case, leading backslash allowed)? Unknown classes never match. */
int  mp_exception_matches(mp_vm *vm, mp_val ex, mp_str *name);
/* Chain PREV as the previous exception of EX (end of EX's chain), as PHP
 * does for an exception thrown while a finally block has one pending. */
void mp_exception_set_previous(mp_vm *vm, mp_val ex, mp_val prev);
void mp_unwind(mp_vm *vm, int why) __attribute__((noreturn));
void mp_flush_output(mp_vm *vm);
/* The output layer under the ob_start buffers (vm/error.c). */
void mp_output_raw(mp_vm *vm, const char *s, size_t len);
/* Output buffers: append to buffer LEVEL (0 = outermost); end all open ones
 * at the end of the script, through their handlers (vm/output.c). */
void mp_ob_append(mp_vm *vm, int level, const char *s, size_t len);
void mp_ob_end_all(mp_vm *vm);
void mp_append_escaped_truncated(mp_buf *b, const mp_str *s);
/* except.c */
/* A longjmp reached the mp_execute whose first frame is frames[entry - 1]:
 * returns when a catch or finally of one of its frames takes the exception
 * (that frame's pc and vm->sp set), else pops them and unwinds further. */
void mp_exception_dispatch(mp_vm *vm, int why, int entry, mp_native *native);
/* types.c */
int  mp_check_type(mp_vm *vm, const mp_type *t, mp_val *v, int strict);
/* ops.c: PHP operators on values (also used by constant folding) */
int  mp_binary_op(mp_vm *vm, int op, mp_val a, mp_val b, mp_val *out); /* op = OP_ADD.. */
void mp_incdec(mp_vm *vm, mp_val *v, int inc);
mp_str *mp_concat_vals(mp_vm *vm, mp_val a, mp_val b);    /* a . b, one allocation */
size_t mp_fmt_int(char *buf, int64_t i);                  /* decimal digits, no NUL; buf >= 21 */
int  mp_to_long_op(mp_vm *vm, mp_val v, int64_t *out);  /* int operand of % << & ...: deprecations as PHP */
void mp_cast(mp_vm *vm, int cast, mp_val *v);
/* api.c, for embed.c: a main frame and globals when no script ran yet (0: failed) */
int  mp_embed_main(mp_vm *vm);
/* dump.c */
void mp_dump_script(mp_vm *vm, const mp_script *s, FILE *out);
extern const char *const mp_opcode_names[];

#endif
