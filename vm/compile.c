/* compile.c - AST to bytecode, one mp_func per function, closure and file.
 * Variables become numbered slots, jumps are resolved, literals interned and
 * constant expressions folded here, so the VM repeats none of it. The output
 * is immutable: many VMs may run it at once. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>
#include "vm.h"

/* Loop or switch being compiled, for break/continue. */
typedef struct loop_ctx {
    int id;             /* unique in the function (goto checks) */
    int is_switch;
    int items;          /* operand stack values the construct keeps (foreach iterator) */
    int *breaks, nbreaks, capbreaks;   /* jumps to patch to the break target */
    int *conts, nconts, capconts;      /* jumps to patch to the continue target */
} loop_ctx;

/* A try statement with a finally (or that finally block) being compiled:
 * what break, continue, return and goto must run or refuse on the way out. */
typedef struct fin_ctx {
    int id;             /* unique in the function, like loop ids (goto checks) */
    int in_finally;     /* 0: the try body or a catch clause, 1: the finally block */
    int slot;           /* the finally's temp slot (FAST_CALL / FAST_RET) */
    int nloops;         /* loops/switches open around the try */
    int *calls, ncalls, capcalls;   /* FAST_CALLs to patch to the finally block */
} fin_ctx;

/* A goto label or a goto, with the loops/switches open at that point. */
typedef struct goto_site {
    const char *name;
    int pc;             /* label: its instruction; goto: its POPN (JMP follows) */
    int line;
    int nloops;
    int loop_ids[32];   /* ids of the open loops, outermost first (first 32) */
    int loop_items[32]; /* their operand stack items (a foreach keeps its iterator) */
    int nfins;          /* the finally contexts open (fin_ctx), outermost first (first 32) */
    int fin_ids[32], fin_nloops[32];
    uint8_t fin_in_finally[32];
} goto_site;

/* A function being compiled. */
typedef struct fstate {
    struct fstate *parent;
    mp_instr *code; int *lines; int ncode, capcode;
    mp_val *consts; int nconsts, capconsts;
    mp_array *constmap;  /* string constant -> index (dedup) */
    mp_str **cvs; int ncv, capcv;
    int depth, maxdepth;
    loop_ctx *loops; int nloops, caploops;
    mp_val *static_inits; int nstatics, capstatics;
    int ntemps;          /* extra slots after the CVs (@ operator) */
    int is_main, is_arrow;
    int byref_return;    /* function &f(): return hands out a reference */
    goto_site *labels; int nlabels, caplabels;
    goto_site *gotos; int ngotos, capgotos;
    int next_loop_id;
    mp_type *ret_type;   /* declared return type, NULL if none */
    mp_str *name;        /* for __FUNCTION__ */
    int uses_this;       /* $this appears in the body */
    int is_generator;    /* the body yields */
    int is_closure_fs;   /* a closure or arrow function */
    /* exceptions (compile_try): temp slots are numbered from 0 here and
     * placed after the CVs by place_temps */
    mp_try *tries; int ntries, captries;          /* try statements, by start */
    mp_silence *silences; int nsilences, capsilences; /* @ ranges */
    fin_ctx *fins; int nfins, capfins;            /* open finally contexts, innermost last */
    int retval_slot;     /* 1 + temp slot keeping a return value while finally blocks run; 0: none yet */
} fstate;

typedef struct compiler {
    mp_vm *vm;
    const char *path;
    mp_str *path_str;
    jmp_buf fail;
    char *err; size_t errsz; int *errline; int *errlevel;
    fstate *f;
    mp_array *interned;  /* string -> interned immutable mp_str (this compile) */
    mp_func **hoisted; int nhoisted, caphoisted;
    mp_script *script;
    int strict_types;
    int line;            /* line of the node being compiled */
    int parser_fatal;    /* the parser stopped with a compile (not syntax) error */
    mp_class_decl *cls;  /* class being compiled, or NULL */
    uint32_t method_acc; /* flags of the method being compiled */
    int anon_count;      /* anonymous classes so far (their names) */
    mp_class_decl **classes; int nclasses, capclasses; /* hoistable top-level classes */
    mp_class_decl **toplevel; int ntoplevel, captoplevel; /* every top-level class (xbox workers) */
    int ndiags;          /* warnings reported while compiling */
    int toplevel_stmt;   /* compiling a statement of the file's top level */
    int ns_body_hoisted; /* a function of a top-level namespace block: already hoisted */
    int chain_owner;     /* compiling inside a member-access chain (nullsafe jumps pending) */
    int *nsjumps, nnsjumps, capnsjumps; /* JMP_NULLs to patch at the chain's end */
    /* namespaces: the current one (NULL = global), the `use` imports by
     * lower-case alias (0 classes, 1 functions, 2 constants), and the
     * functions and constants this file declares (full lower-case names) */
    mp_str *ns;
    mp_array *uses[3];
    mp_array *declared[2];
} compiler;

static void compile_stmt(compiler *c, mp_ast *n);
static void compile_stmts(compiler *c, mp_ast *list);
static void compile_expr(compiler *c, mp_ast *n);
static void finish_call_args(compiler *c, mp_ast *args, int dynamic_byref, const mp_builtin *bi, int line, int aux);
static void nullsafe_jump(compiler *c, int j);
static void compile_quiet(compiler *c, mp_ast *n);
static mp_func *compile_function(compiler *c, mp_ast *n, const char *name, size_t namelen,
                                 mp_ast *params, mp_ast *body, mp_ast *rettype, int kind);
static void assign_from_stack(compiler *c, mp_ast *target, int keep);
static void destructure(compiler *c, mp_ast *pattern);
static int pattern_has_ref(const mp_ast *pattern);
static void add_silence(compiler *c, int begin, int end, int slot);
static void compile_try(compiler *c, mp_ast *n);
static void compile_return_finally(compiler *c, mp_ast *e);
static void goto_leave_sequence(compiler *c);
static int fold(compiler *c, mp_ast *n, mp_val *out);
static int fold_depth(compiler *c, mp_ast *n, mp_val *out, int depth);
static mp_type *build_type(compiler *c, mp_ast *t, int implicit_null);
static int push_class(compiler *c, mp_ast *cls);
static int in_closure(compiler *c);
static mp_str *resolve_name(compiler *c, const char *s, size_t len, int kind);
static void compile_use(compiler *c, mp_ast *n);
static void enter_namespace(compiler *c, mp_ast *n);
static int member_name(compiler *c, mp_ast *n);
static void compile_object(compiler *c, mp_ast *n);
static void compile_prop_fetch(compiler *c, mp_ast *n, int quiet);
static void compile_prop_w(compiler *c, mp_ast *n, int dim);

/* ---- errors ---- */

static void __attribute__((noreturn, format(printf, 3, 4)))
cerror(compiler *c, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, c->errsz, fmt, ap);
    va_end(ap);
    *c->errline = line;
    *c->errlevel = MP_E_COMPILE_ERROR;
    longjmp(c->fail, 1);
}

/* ---- growable vectors ---- */

#define GROW(ptr, n, cap, init) do { \
    if ((n) >= (cap)) { (cap) = (cap) ? (cap) * 2 : (init); \
        (ptr) = realloc((ptr), sizeof(*(ptr)) * (size_t)(cap)); if (!(ptr)) abort(); } } while (0)
/* For vectors that hold GC pointers (constants, names, functions): they must
 * live in GC memory, or the collector cannot see what they point to. */
#define GROW_GC(ptr, n, cap, init) do { \
    if ((n) >= (cap)) { (cap) = (cap) ? (cap) * 2 : (init); \
        (ptr) = mp_realloc(NULL, (ptr), sizeof(*(ptr)) * (size_t)(cap)); } } while (0)

/* ---- interning and constants ---- */

static mp_str *intern(compiler *c, const char *s, size_t len)
{
    mp_val *v = mp_array_find_str(c->interned, s, len);
    if (v) return v->u.s;
    mp_str *str = mp_str_new(NULL, s, len);
    str->hash = mp_hash_bytes(s, len);
    str->flags |= MP_GC_SHARED | MP_GC_IMMUTABLE | MP_GC_HASHED | MP_GC_INTERNED;
    mp_array_set_str(NULL, c->interned, s, len, mp_v_str(str));
    return str;
}

static mp_str *intern_lower(compiler *c, const char *s, size_t len)
{
    char buf[256] = { 0 };
    char *tmp = len < sizeof buf ? buf : malloc(len + 1);
    for (size_t i = 0; i < len; i++) tmp[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    mp_str *r = intern(c, tmp, len);
    if (tmp != buf) free(tmp);
    return r;
}

/* Make a folded value safe to share between threads: immutable all the way down. */
static void freeze(mp_val v)
{
    if (v.type == MP_T_STRING) {
        if (!(v.u.s->flags & MP_GC_IMMUTABLE)) {
            mp_str_hash(v.u.s);
            v.u.s->flags |= MP_GC_SHARED | MP_GC_IMMUTABLE;
        }
    } else if (v.type == MP_T_ARRAY && !(v.u.a->flags & MP_GC_IMMUTABLE)) {
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(v.u.a, &pos, &k, &e); ) {
            freeze(*e);
            if (k.s) freeze(mp_v_str(k.s));
        }
        v.u.a->flags |= MP_GC_SHARED | MP_GC_IMMUTABLE;
    }
}

static int add_const(compiler *c, mp_val v)
{
    fstate *f = c->f;
    if (v.type == MP_T_STRING) {
        mp_val *idx = mp_array_find_str(f->constmap, v.u.s->data, v.u.s->len);
        if (idx) return (int)idx->u.i;
    }
    freeze(v);
    GROW_GC(f->consts, f->nconsts, f->capconsts, 16);
    f->consts[f->nconsts] = v;
    if (v.type == MP_T_STRING)
        mp_array_set_str(NULL, f->constmap, v.u.s->data, v.u.s->len, mp_v_int(f->nconsts));
    return f->nconsts++;
}

static int add_str_const(compiler *c, const char *s, size_t len)
{
    return add_const(c, mp_v_str(intern(c, s, len)));
}

static int add_ptr_const(compiler *c, int type, const void *p)
{
    fstate *f = c->f;
    for (int i = 0; i < f->nconsts; i++)
        if (f->consts[i].type == type && f->consts[i].u.p == p) return i;
    mp_val v; memset(&v, 0, sizeof v); v.type = (uint8_t)type; v.u.p = (void *)p;
    GROW_GC(f->consts, f->nconsts, f->capconsts, 16);
    f->consts[f->nconsts] = v;
    return f->nconsts++;
}

/* ---- emitting ---- */

static const signed char op_effect[] = {
#define MP_OP_EFF(n, ops, eff, doc) eff,
    MP_OPCODES(MP_OP_EFF)
#undef MP_OP_EFF
};

static void adjust(compiler *c, int delta)
{
    fstate *f = c->f;
    f->depth += delta;
    if (f->depth > f->maxdepth) f->maxdepth = f->depth;
}

/* Emit an instruction; the stack depth follows the opcode's declared effect. */
static int emit(compiler *c, int op, int a, int b, int x)
{
    fstate *f = c->f;
    if (f->ncode >= f->capcode) {
        f->capcode = f->capcode ? f->capcode * 2 : 64;
        f->code = realloc(f->code, sizeof(mp_instr) * (size_t)f->capcode);
        f->lines = realloc(f->lines, sizeof(int) * (size_t)f->capcode);
        if (!f->code || !f->lines) abort();
    }
    mp_instr *i = &f->code[f->ncode];
    i->op = (uint8_t)op; i->x = (uint8_t)x; i->b = (uint16_t)b; i->a = a;
    f->lines[f->ncode] = c->line;
    adjust(c, op_effect[op]);
    return f->ncode++;
}

static int here(compiler *c) { return c->f->ncode; }
static void patch(compiler *c, int at, int target) { c->f->code[at].a = target; }
static void patch_here(compiler *c, int at) { patch(c, at, here(c)); }

static int cv_slot(compiler *c, fstate *f, const char *name, size_t len)
{
    for (int i = 0; i < f->ncv; i++)
        if (f->cvs[i]->len == len && memcmp(f->cvs[i]->data, name, len) == 0) return i;
    GROW_GC(f->cvs, f->ncv, f->capcv, 16);
    f->cvs[f->ncv] = intern(c, name, len);
    return f->ncv++;
}
static int cv(compiler *c, mp_ast *var) { return cv_slot(c, c->f, var->str, var->len); }

static int is_name(const mp_ast *n, const char *s)
{
    return n && n->str && strlen(s) == n->len && strcasecmp(n->str, s) == 0;
}

static int is_superglobal(const mp_ast *v)
{
    static const char *const names[] = { "_SERVER", "_GET", "_POST", "_COOKIE", "_FILES",
                                         "_ENV", "_REQUEST", "_SESSION", NULL };
    if (v->kind != MP_AST_VAR) return 0;
    for (int i = 0; names[i]; i++)
        if (v->len == strlen(names[i]) && memcmp(v->str, names[i], v->len) == 0) return 1;
    return 0;
}
static int is_globals(const mp_ast *v)
{
    return v->kind == MP_AST_VAR && v->len == 7 && memcmp(v->str, "GLOBALS", 7) == 0;
}
/* $name that lives in a slot of the function (not $GLOBALS or a superglobal). */
static int is_local_var(const mp_ast *v)
{
    return v->kind == MP_AST_VAR && !is_globals(v) && !is_superglobal(v);
}

/* ---- constant folding ---- */

/* Builtin constants that can be folded (they can never be redefined). */
static int builtin_const(compiler *c, const char *name, size_t len, mp_val *out)
{
    (void)c;
    const mp_constant *k = mp_constant_lookup(name, len);
    if (!k) return 0;
    *out = mp_constant_value(k);
    return 1;
}

static int fold_name_const(compiler *c, mp_ast *n, mp_val *out)
{
    const char *s = n->str; size_t len = n->len;
    if (len && s[0] == '\\') { s++; len--; }
    if (len == 4 && strncasecmp(s, "true", 4) == 0) { *out = mp_v_bool(1); return 1; }
    if (len == 5 && strncasecmp(s, "false", 5) == 0) { *out = mp_v_bool(0); return 1; }
    if (len == 4 && strncasecmp(s, "null", 4) == 0) { *out = mp_v_null(); return 1; }
    return builtin_const(c, s, len, out);
}

static int scalar(mp_val v) { return v.type == MP_T_INT || v.type == MP_T_FLOAT || v.type <= MP_T_TRUE; }

static int ast_op_to_opcode(int op)
{
    switch (op) {
    case MP_OP_ADD: return OP_ADD; case MP_OP_SUB: return OP_SUB; case MP_OP_MUL: return OP_MUL;
    case MP_OP_DIV: return OP_DIV; case MP_OP_MOD: return OP_MOD; case MP_OP_POW: return OP_POW;
    case MP_OP_CONCAT: return OP_CONCAT; case MP_OP_SHL: return OP_SHL; case MP_OP_SHR: return OP_SHR;
    case MP_OP_BITAND: return OP_BAND; case MP_OP_BITOR: return OP_BOR; case MP_OP_BITXOR: return OP_BXOR;
    case MP_OP_EQ: return OP_EQ; case MP_OP_NEQ: return OP_NE; case MP_OP_IDENTICAL: return OP_IDENT;
    case MP_OP_NOT_IDENTICAL: return OP_NIDENT; case MP_OP_LT: return OP_LT; case MP_OP_LE: return OP_LE;
    case MP_OP_GT: return OP_GT; case MP_OP_GE: return OP_GE; case MP_OP_SPACESHIP: return OP_CMP;
    case MP_OP_XOR: return OP_LXOR;
    }
    return -1;
}

/* Fold N to a value if it is a constant expression whose evaluation cannot
 * warn or throw; 0 otherwise (the VM then evaluates it at run time). */
static int fold(compiler *c, mp_ast *n, mp_val *out) { return fold_depth(c, n, out, 0); }

/* Deeply nested expressions are left to run time (and compiled without
 * recursion where they are long operator chains). */
#define MAX_FOLD_DEPTH 200

static int fold_depth(compiler *c, mp_ast *n, mp_val *out, int depth)
{
    if (!n || depth > MAX_FOLD_DEPTH) return 0;
    switch (n->kind) {
    case MP_AST_INT: *out = mp_v_int(n->ival); return 1;
    case MP_AST_FLOAT: *out = mp_v_float(n->dval); return 1;
    case MP_AST_STRING: *out = mp_v_str(intern(c, n->str, n->len)); return 1;
    case MP_AST_CONST: return fold_name_const(c, n, out);
    case MP_AST_UNARY: {
        mp_val v;
        if (!fold_depth(c, n->kids[0], &v, depth + 1) || !scalar(v)) return 0;
        if (n->ival == MP_OP_NOT) { *out = mp_v_bool(!mp_to_bool(v)); return 1; }
        if (v.type != MP_T_INT && v.type != MP_T_FLOAT) return 0;
        if (n->ival == MP_OP_PLUS) { *out = v; return 1; }
        if (n->ival == MP_OP_NEG) {
            if (v.type == MP_T_INT) *out = v.u.i == INT64_MIN ? mp_v_float(-(double)v.u.i) : mp_v_int(-v.u.i);
            else *out = mp_v_float(-v.u.d);
            return 1;
        }
        if (n->ival == MP_OP_BITNOT && v.type == MP_T_INT) { *out = mp_v_int(~v.u.i); return 1; }
        return 0;
    }
    case MP_AST_BINARY: {
        mp_val l, r;
        int op = ast_op_to_opcode((int)n->ival);
        if (n->ival == MP_OP_AND || n->ival == MP_OP_OR) {
            if (!fold_depth(c, n->kids[0], &l, depth + 1) || !fold_depth(c, n->kids[1], &r, depth + 1) || !scalar(l) || !scalar(r)) return 0;
            int a = mp_to_bool(l), b = mp_to_bool(r);
            *out = mp_v_bool(n->ival == MP_OP_AND ? (a && b) : (a || b));
            return 1;
        }
        if (op < 0 || !fold_depth(c, n->kids[0], &l, depth + 1) || !fold_depth(c, n->kids[1], &r, depth + 1)) return 0;
        if (op == OP_CONCAT) {
            if ((l.type != MP_T_STRING && l.type != MP_T_INT) || (r.type != MP_T_STRING && r.type != MP_T_INT))
                return 0;
        } else {
            /* numbers only; no division/modulo by zero, no negative shifts */
            if ((l.type != MP_T_INT && l.type != MP_T_FLOAT) || (r.type != MP_T_INT && r.type != MP_T_FLOAT))
                return 0;
            if ((op == OP_DIV || op == OP_MOD) && mp_to_float(NULL, r) == 0) return 0;
            if ((op == OP_MOD || op == OP_SHL || op == OP_SHR || op == OP_BAND || op == OP_BOR || op == OP_BXOR)
                && (l.type != MP_T_INT || r.type != MP_T_INT)) return 0;
            if ((op == OP_SHL || op == OP_SHR) && r.u.i < 0) return 0;
            if (op == OP_POW && l.type == MP_T_INT && r.type == MP_T_INT && r.u.i < 0 && l.u.i == 0) return 0;
        }
        return mp_binary_op(NULL, op, l, r, out);
    }
    case MP_AST_ARRAY: {
        if (n->nkids == 0) { *out = mp_v_arr(mp_array_empty()); return 1; }
        mp_array *a = mp_array_new(NULL, (uint32_t)n->nkids);
        for (int i = 0; i < n->nkids; i++) {
            mp_ast *it = n->kids[i];
            mp_val k, v;
            if (!it || (it->flags & (MP_AF_BYREF | MP_AF_SPREAD))) return 0;
            if (!fold_depth(c, it->kids[0], &v, depth + 1)) return 0;
            if (it->nkids > 1 && it->kids[1]) {
                mp_key key;
                if (!fold_depth(c, it->kids[1], &k, depth + 1)) return 0;
                if (k.type == MP_T_FLOAT && k.u.d != floor(k.u.d)) return 0;   /* deprecation at run time */
                if (k.type == MP_T_ARRAY || !mp_array_key_from_val(NULL, k, &key)) return 0;
                if (key.s) key.s = intern(c, key.s->data, key.s->len);
                mp_array_set(NULL, a, key, v);
            } else if (!mp_array_append(NULL, a, v)) {
                return 0;
            }
        }
        *out = mp_v_arr(a);
        return 1;
    }
    case MP_AST_TERNARY: {
        mp_val cnd, t, e;
        if (!fold_depth(c, n->kids[0], &cnd, depth + 1) || !scalar(cnd)) return 0;
        if (!fold_depth(c, n->kids[2], &e, depth + 1)) return 0;
        if (n->kids[1]) { if (!fold_depth(c, n->kids[1], &t, depth + 1)) return 0; }
        else t = cnd;
        *out = mp_to_bool(cnd) ? t : e;
        return 1;
    }
    }
    return 0;
}

/* ---- expressions ---- */

static void emit_const(compiler *c, mp_val v)
{
    switch (v.type) {
    case MP_T_NULL: emit(c, OP_NULL, 0, 0, 0); return;
    case MP_T_TRUE: emit(c, OP_TRUE, 0, 0, 0); return;
    case MP_T_FALSE: emit(c, OP_FALSE, 0, 0, 0); return;
    case MP_T_INT:
        if (v.u.i >= INT32_MIN && v.u.i <= INT32_MAX) { emit(c, OP_INT, (int32_t)v.u.i, 0, 0); return; }
        break;
    }
    emit(c, OP_CONST, add_const(c, v), 0, 0);
}

/* Is N an expression that names storage (can be written, passed by reference)? */
static int is_writable(const mp_ast *n)
{
    switch (n->kind) {
    case MP_AST_VAR: return !is_name(n, "this");
    case MP_AST_VAR_VAR: return 1;
    case MP_AST_DIM: return n->kids[0]->kind == MP_AST_VAR && is_name(n->kids[0], "this") ? 0 : is_writable(n->kids[0]);
    case MP_AST_PROP: case MP_AST_STATIC_PROP: return 1;
    }
    return 0;
}

/* Reading a variable-like expression gives a value still held elsewhere:
 * storing it in a second place must mark it shared (copy-on-write). */
static int is_borrowed(const mp_ast *n)
{
    switch (n->kind) {
    case MP_AST_VAR: case MP_AST_VAR_VAR: case MP_AST_DIM: case MP_AST_PROP:
    case MP_AST_STATIC_PROP: case MP_AST_NULLSAFE_PROP: case MP_AST_CLASS_CONST_FETCH:
    case MP_AST_CONST: case MP_AST_ASSIGN: case MP_AST_ASSIGN_REF: case MP_AST_ASSIGN_OP:
    case MP_AST_TERNARY:             /* ?: and ?: pass operands through */
        return 1;
    case MP_AST_BINARY:              /* ?? too */
        return n->ival == MP_OP_COALESCE;
    }
    return 0;
}

/* Compile N for storing: its value is marked shared if borrowed. */
static void compile_stored(compiler *c, mp_ast *n)
{
    mp_val v;
    compile_expr(c, n);
    /* literals and folded constants are immutable already */
    if (is_borrowed(n) && !(n->kind == MP_AST_CONST && fold(c, n, &v))) emit(c, OP_SHARE, 0, 0, 0);
}

/* A write target's base and keys. Pushes what FETCH_W needs below any value:
 * for ${name} / $GLOBALS[name] bases the name, then every key (UNDEF for []).
 * Returns the base kind; *slot receives the CV for MP_BASE_CV; *nkeys the keys. */
static int push_target(compiler *c, mp_ast *n, int *slot, int *nkeys)
{
    mp_ast *chain[256];
    int depth = 0;
    mp_ast *b = n;
    while (b->kind == MP_AST_DIM) {
        if (depth == 255) cerror(c, n->line, "Too deeply nested array write");
        chain[depth++] = b;
        b = b->kids[0];
    }
    int kind;
    if (b->kind == MP_AST_VAR) {
        if (is_globals(b)) {
            if (depth == 0) cerror(c, n->line, "$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax");
            /* $GLOBALS['x'][...]: the first key names the global */
            depth--;
            compile_expr(c, chain[depth]->kids[1]);
            kind = MP_BASE_GLOBAL;
        } else if (is_superglobal(b)) {
            emit(c, OP_CONST, add_str_const(c, b->str, b->len), 0, 0);
            kind = MP_BASE_GLOBAL;
        } else {
            if (is_name(b, "this")) cerror(c, n->line, "Cannot re-assign $this");
            *slot = cv(c, b);
            kind = MP_BASE_CV;
        }
    } else if (b->kind == MP_AST_VAR_VAR) {
        compile_expr(c, b->kids[0]);
        kind = MP_BASE_VARVAR;
    } else if (b->kind == MP_AST_PROP || b->kind == MP_AST_STATIC_PROP || b->kind == MP_AST_NULLSAFE_PROP) {
        compile_prop_w(c, b, depth > 0);
        kind = MP_BASE_IND;
    } else if (b->kind == MP_AST_CALL || b->kind == MP_AST_METHOD_CALL || b->kind == MP_AST_STATIC_CALL) {
        cerror(c, n->line, "Can't use function return value in write context");
    } else {
        cerror(c, n->line, "Cannot use temporary expression in write context");
    }
    for (int i = depth - 1; i >= 0; i--) {
        if (chain[i]->kids[1]) compile_expr(c, chain[i]->kids[1]);
        else emit(c, OP_UNDEF, 0, 0, 0);
    }
    *nkeys = depth;
    return kind;
}

/* Push a pointer (INDIRECT) to the storage N names; flags MP_FW_RW etc. */
static void fetch_w(compiler *c, mp_ast *n, int flags)
{
    int slot = 0, nkeys;
    int kind = push_target(c, n, &slot, &nkeys);
    emit(c, OP_FETCH_W, slot, nkeys, kind | flags);
    adjust(c, -nkeys - (kind != MP_BASE_CV));
}

/* Push a reference (REF value) to the storage N names. */
static void fetch_ref(compiler *c, mp_ast *n)
{
    fetch_w(c, n, 0);
    emit(c, OP_MAKE_REF, 0, 0, 0);
}

static void compile_assign(compiler *c, mp_ast *target, mp_ast *value, int keep)
{
    switch (target->kind) {
    case MP_AST_VAR:
        if (!is_globals(target) && !is_superglobal(target)) {
            if (is_name(target, "this")) cerror(c, target->line, "Cannot re-assign $this");
            compile_stored(c, value);
            emit(c, OP_ASSIGN, cv(c, target), 0, keep ? 0 : 1);
            if (!keep) adjust(c, -1);
            return;
        }
        /* fall through */
    case MP_AST_VAR_VAR: case MP_AST_DIM: {
        /* `$a[] = $b;` (statement, both locals): APPEND_CV does it when $a
         * is an unshared array and skips the general sequence after it. */
        int pre = -1;
        if (!keep && target->kind == MP_AST_DIM && !target->kids[1] &&
            is_local_var(target->kids[0]) && !is_name(target->kids[0], "this")) {
            if (is_local_var(value) && !is_name(value, "this"))
                pre = emit(c, OP_APPEND_CV, cv(c, target->kids[0]), cv(c, value), 0);
            else if (value->kind == MP_AST_DIM && value->kids[1])   /* $c[$d]: if it compiles to FETCH_DIM_CC */
                pre = emit(c, OP_APPEND_CV, cv(c, target->kids[0]), 0, 1);
        }
        int slot = 0, nkeys;
        int kind = push_target(c, target, &slot, &nkeys);
        compile_stored(c, value);
        emit(c, OP_ASSIGN_DIM, slot, nkeys, kind | (keep ? 0 : MP_FW_POP));
        adjust(c, -nkeys - (kind != MP_BASE_CV) - (keep ? 0 : 1));
        if (pre >= 0) {
            /* the skip in exec.c assumes exactly this shape; else it is off */
            mp_instr *i = &c->f->code[pre];
            if (c->f->ncode != pre + 5 || i[1].op != OP_UNDEF ||
                i[2].op != (i->x ? OP_FETCH_DIM_CC : OP_LOAD) ||
                i[3].op != OP_SHARE || i[4].op != OP_ASSIGN_DIM)
                i->x = 2;
        }
        return;
    }
    case MP_AST_ARRAY:
        if (pattern_has_ref(target)) {
            /* [&$a] = $arr takes references into the variable itself */
            if (!is_writable(value)) cerror(c, value->line, "Cannot assign reference to non referenceable value");
            fetch_w(c, value, 0);
            destructure(c, target);
            if (keep) emit(c, OP_DEREF, 0, 0, 0);
            else emit(c, OP_POP, 0, 0, 0);
            return;
        }
        compile_expr(c, value);
        assign_from_stack(c, target, keep);
        return;
    case MP_AST_PROP: case MP_AST_STATIC_PROP: {
        int is_static = target->kind == MP_AST_STATIC_PROP;
        if (is_static) push_class(c, target->kids[0]);
        else compile_object(c, target->kids[0]);
        int k = member_name(c, target->kids[1]);
        compile_stored(c, value);
        c->line = target->line;
        emit(c, is_static ? OP_ASSIGN_STATIC_PROP : OP_ASSIGN_PROP, k, 0, keep ? 0 : 1);
        if (k < 0) adjust(c, -1);
        if (!keep) adjust(c, -1);
        return;
    }
    case MP_AST_NULLSAFE_PROP:
        cerror(c, target->line, "Can't use nullsafe operator in write context");
    default:
        if (target->kind == MP_AST_CALL || target->kind == MP_AST_METHOD_CALL || target->kind == MP_AST_STATIC_CALL)
            cerror(c, target->line, "Can't use function return value in write context");
        cerror(c, target->line, "Cannot use temporary expression in write context");
    }
}

/* Does a destructuring pattern take any element by reference? */
static int pattern_has_ref(const mp_ast *pattern)
{
    for (int i = 0; i < pattern->nkids; i++) {
        const mp_ast *it = pattern->kids[i];
        if (!it) continue;
        if (it->flags & MP_AF_BYREF) return 1;
        if (it->kids[0] && it->kids[0]->kind == MP_AST_ARRAY && pattern_has_ref(it->kids[0])) return 1;
    }
    return 0;
}

/* For a value already on the stack: push TARGET's base name and keys and
 * rotate the value back on top, as FETCH_W / ASSIGN_DIM want it. */
static int target_under_value(compiler *c, mp_ast *target, int *slot, int *nkeys, int *below)
{
    if (!is_writable(target)) cerror(c, target->line, "Cannot use temporary expression in write context");
    *slot = 0;
    int kind = push_target(c, target, slot, nkeys);
    *below = *nkeys + (kind != MP_BASE_CV);
    if (*below) emit(c, OP_ROT, 0, *below, 0);
    return kind;
}

/* Bind TARGET to the reference (REF value) on top of the stack; keep:
 * leave the referenced value as the expression's result. */
static void bind_ref_target(compiler *c, mp_ast *target, int keep)
{
    if (is_local_var(target)) {
        if (is_name(target, "this")) cerror(c, target->line, "Cannot re-assign $this");
        emit(c, OP_ASSIGN_REF, cv(c, target), 0, keep ? 0 : 1);
        if (!keep) adjust(c, -1);
        return;
    }
    int slot, nkeys, below;
    int kind = target_under_value(c, target, &slot, &nkeys, &below);
    emit(c, OP_FETCH_W, slot, nkeys, kind | MP_FW_VALUE);
    adjust(c, -below);
    emit(c, OP_ASSIGN_REF_IND, 0, 0, keep ? 0 : 1);
    if (!keep) adjust(c, -1);
}

/* Destructure the array on top of the stack into the targets of PATTERN
 * ([$a, 'k' => $b, [$c]] = ...). Leaves the source on the stack. */
static void destructure(compiler *c, mp_ast *pattern)
{
    int index = 0, keyed = -1;
    if (pattern->nkids == 0) cerror(c, pattern->line, "Cannot use empty list");
    for (int i = 0; i < pattern->nkids; i++) {
        mp_ast *it = pattern->kids[i];
        if (it && it->kids[0] && it->kids[0]->kind == MP_AST_ARRAY
            && ((it->kids[0]->flags & MP_AF_SHORT) != (pattern->flags & MP_AF_SHORT)))
            cerror(c, it->line, "Cannot mix [] and list()");
    }
    for (int i = 0; i < pattern->nkids; i++) {
        mp_ast *it = pattern->kids[i];
        if (!it) { index++; continue; }
        int has_key = it->nkids > 1 && it->kids[1];
        if (keyed >= 0 && keyed != has_key) cerror(c, it->line, "Cannot mix keyed and unkeyed array entries in assignments");
        keyed = has_key;
        if (it->flags & MP_AF_SPREAD) cerror(c, it->line, "Spread operator is not supported in assignments");
        if (has_key) compile_expr(c, it->kids[1]);
        else emit(c, OP_INT, index++, 0, 0);
        mp_ast *t = it->kids[0];
        if (it->flags & MP_AF_BYREF) {
            emit(c, OP_LIST_FETCH, 0, 0, 1);   /* [src][REF] */
            bind_ref_target(c, t, 0);
        } else if (t->kind == MP_AST_ARRAY && pattern_has_ref(t)) {
            emit(c, OP_LIST_FETCH, 0, 0, 2);   /* [src][pointer to the element] */
            destructure(c, t);
            emit(c, OP_POP, 0, 0, 0);
        } else {
            emit(c, OP_LIST_FETCH, 0, 0, 0);   /* [src][value] */
            assign_from_stack(c, t, 0);
        }
    }
}

/* Assign the value on top of the stack to TARGET; keep: leave the value. */
static void assign_from_stack(compiler *c, mp_ast *target, int keep)
{
    if (target->kind == MP_AST_ARRAY) {
        destructure(c, target);
        if (!keep) emit(c, OP_POP, 0, 0, 0);
        return;
    }
    if (is_local_var(target)) {
        if (is_name(target, "this")) cerror(c, target->line, "Cannot re-assign $this");
        emit(c, OP_ASSIGN, cv(c, target), 0, keep ? 0 : 1);
        if (!keep) adjust(c, -1);
        return;
    }
    int slot, nkeys, below;
    int kind = target_under_value(c, target, &slot, &nkeys, &below);
    emit(c, OP_ASSIGN_DIM, slot, nkeys, kind | (keep ? 0 : MP_FW_POP));
    adjust(c, -below - (keep ? 0 : 1));
}

static void compile_assign_ref(compiler *c, mp_ast *target, mp_ast *source, int keep)
{
    if (!is_writable(source)) {
        if (source->kind == MP_AST_CALL || source->kind == MP_AST_METHOD_CALL || source->kind == MP_AST_STATIC_CALL) {
            /* =& f(): the reference f returns if it returns by reference;
             * otherwise PHP notices "Only variables should be assigned by reference" */
            compile_expr(c, source);
            emit(c, OP_WANT_REF, 0, 0, 0);
            bind_ref_target(c, target, keep);
            return;
        }
        cerror(c, source->line, "Cannot assign reference to non referenceable value");
    }
    fetch_ref(c, source);
    bind_ref_target(c, target, keep);
}

static void compile_assign_op(compiler *c, mp_ast *n, int keep)
{
    mp_ast *target = n->kids[0], *value = n->kids[1];
    if (n->ival == MP_OP_COALESCE && target->kind == MP_AST_DIM && is_writable(target)) {
        /* $a[k] ??= v: the keys are evaluated once, read quietly, and used
         * again for the assignment only when the element is null/unset */
        int slot = 0, nkeys;
        int kind = push_target(c, target, &slot, &nkeys);
        int below = nkeys + (kind != MP_BASE_CV);
        emit(c, OP_FETCH_KEYS_QUIET, slot, nkeys, kind);
        int j = emit(c, OP_JMP_NOTNULL, 0, 0, 0);
        adjust(c, -1);
        compile_stored(c, value);
        emit(c, OP_ASSIGN_DIM, slot, nkeys, kind);
        adjust(c, -below);
        int k = emit(c, OP_JMP, 0, 0, 0);
        adjust(c, below);           /* the other path: keys and the value found */
        patch_here(c, j);
        emit(c, OP_SQUASH, 0, below, 0);
        adjust(c, -below);
        patch_here(c, k);
        if (!keep) emit(c, OP_POP, 0, 0, 0);
        return;
    }
    if (n->ival == MP_OP_COALESCE) {
        /* $a ??= v: assign only when $a is null/unset */
        compile_quiet(c, target);
        int j = emit(c, OP_JMP_NOTNULL, 0, 0, 0);
        adjust(c, -1);
        compile_assign(c, target, value, 1);
        patch_here(c, j);
        if (!keep) emit(c, OP_POP, 0, 0, 0);
        return;
    }
    int op = ast_op_to_opcode((int)n->ival);
    if (is_local_var(target)) {
        compile_expr(c, value);
        emit(c, OP_ASSIGN_OP, cv(c, target), op, keep ? 0 : 1);
        if (!keep) adjust(c, -1);
        return;
    }
    if (target->kind == MP_AST_PROP || target->kind == MP_AST_STATIC_PROP) {
        /* read, operate, write back: __get/__set and typed properties see it */
        if (target->kind == MP_AST_PROP) compile_object(c, target->kids[0]);
        else push_class(c, target->kids[0]);
        int k = member_name(c, target->kids[1]);
        compile_expr(c, value);
        c->line = n->line;
        emit(c, OP_ASSIGN_OP_PROP, k, op, target->kind == MP_AST_STATIC_PROP);
        adjust(c, k < 0 ? -2 : -1);
        if (!keep) emit(c, OP_POP, 0, 0, 0);
        return;
    }
    if (!is_writable(target)) cerror(c, target->line, "Cannot use temporary expression in write context");
    int slot = 0, nkeys;
    int kind = push_target(c, target, &slot, &nkeys);
    compile_expr(c, value);
    emit(c, OP_FETCH_W, slot, nkeys, kind | MP_FW_VALUE | MP_FW_RW);
    adjust(c, -nkeys - (kind != MP_BASE_CV));
    emit(c, OP_ASSIGN_OP_IND, 0, op, keep ? 0 : 1);
    if (!keep) adjust(c, -1);
}

static void compile_incdec(compiler *c, mp_ast *n, int keep)
{
    mp_ast *t = n->kids[0];
    int kind = n->kind == MP_AST_PRE_INC ? 0 : n->kind == MP_AST_PRE_DEC ? 1 : n->kind == MP_AST_POST_INC ? 2 : 3;
    if (is_local_var(t)) {
        int slot = cv(c, t);
        if (!keep) { emit(c, (kind & 1) ? OP_DEC_CV : OP_INC_CV, slot, 0, 0); return; }
        static const int ops[] = { OP_PRE_INC, OP_PRE_DEC, OP_POST_INC, OP_POST_DEC };
        emit(c, ops[kind], slot, 0, 0);
        return;
    }
    if (!is_writable(t)) cerror(c, t->line, "Cannot increment/decrement a temporary expression");
    if (t->kind == MP_AST_PROP || t->kind == MP_AST_STATIC_PROP) {
        if (t->kind == MP_AST_PROP) compile_object(c, t->kids[0]);
        else push_class(c, t->kids[0]);
        int k = member_name(c, t->kids[1]);
        c->line = n->line;
        emit(c, OP_INCDEC_PROP, k, t->kind == MP_AST_STATIC_PROP, kind);
        if (k < 0) adjust(c, -1);
        if (!keep) emit(c, OP_POP, 0, 0, 0);
        return;
    }
    fetch_w(c, t, MP_FW_RW);
    emit(c, OP_INCDEC_IND, 0, 0, kind);
    if (!keep) emit(c, OP_POP, 0, 0, 0);
}

/* Quiet read for isset/empty/??: no undefined warnings. */
static void compile_quiet(compiler *c, mp_ast *n)
{
    switch (n->kind) {
    case MP_AST_VAR:
        if (is_globals(n) || is_superglobal(n)) break;
        if (is_name(n, "this")) { c->f->uses_this = 1; emit(c, OP_THIS, 0, 0, 1); return; }
        emit(c, OP_LOAD_QUIET, cv(c, n), 0, 0);
        return;
    case MP_AST_PROP: case MP_AST_NULLSAFE_PROP:
        compile_prop_fetch(c, n, 1);
        return;
    case MP_AST_VAR_VAR:
        compile_expr(c, n->kids[0]);
        emit(c, OP_LOAD_VARVAR, 0, 0, 1);
        return;
    case MP_AST_DIM:
        if (is_globals(n->kids[0]) && n->kids[1]) {
            compile_expr(c, n->kids[1]);
            emit(c, OP_LOAD_GLOBAL, 0, 0, 1);
            return;
        }
        if (!n->kids[1]) cerror(c, n->line, "Cannot use [] for reading");
        compile_quiet(c, n->kids[0]);
        compile_expr(c, n->kids[1]);
        emit(c, OP_FETCH_DIM_QUIET, 0, 0, 0);
        return;
    }
    compile_expr(c, n);
}

static void compile_isset(compiler *c, mp_ast *n)
{
    switch (n->kind) {
    case MP_AST_VAR:
        if (is_globals(n) || is_superglobal(n) || is_name(n, "this")) break;
        emit(c, OP_ISSET, cv(c, n), 0, 0);
        return;
    case MP_AST_VAR_VAR:
        compile_expr(c, n->kids[0]);
        emit(c, OP_ISSET_VARVAR, 0, 0, 0);
        return;
    case MP_AST_DIM:
        if (!n->kids[1]) cerror(c, n->line, "Cannot use [] for reading");
        if (is_globals(n->kids[0])) break;
        compile_quiet(c, n->kids[0]);
        compile_expr(c, n->kids[1]);
        emit(c, OP_ISSET_DIM, 0, 0, 0);
        return;
    case MP_AST_PROP: case MP_AST_NULLSAFE_PROP: {
        if (n->kids[0]->kind == MP_AST_PROP || n->kids[0]->kind == MP_AST_DIM || n->kids[0]->kind == MP_AST_NULLSAFE_PROP)
            compile_quiet(c, n->kids[0]);
        else compile_expr(c, n->kids[0]);
        int k = member_name(c, n->kids[1]);
        emit(c, OP_ISSET_PROP, k, 0, 0);
        if (k < 0) adjust(c, -1);
        return;
    }
    case MP_AST_STATIC_PROP:
        if (n->kids[1]->kind == MP_AST_NAME || n->kids[1]->kind == MP_AST_STRING) {
            push_class(c, n->kids[0]);
            emit(c, OP_ISSET_STATIC_PROP, add_str_const(c, n->kids[1]->str, n->kids[1]->len), 0, 0);
            return;
        }
        break;
    case MP_AST_CLASS_CONST_FETCH: case MP_AST_METHOD_CALL: case MP_AST_CALL: case MP_AST_STATIC_CALL:
    default:
        cerror(c, n->line, "Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)");
    }
    compile_quiet(c, n);
    emit(c, OP_NULL, 0, 0, 0);
    emit(c, OP_NIDENT, 0, 0, 0);
}

static int inlined_by_php(const char *name, int argc);

/* A real function call result (PHP notices it when passed by reference);
 * builtins PHP compiles to opcodes are plain values (an Error). */
static int is_call_result(mp_ast *v)
{
    if (v->kind == MP_AST_METHOD_CALL || v->kind == MP_AST_STATIC_CALL) return 1;
    if (v->kind != MP_AST_CALL) return 0;
    mp_ast *callee = v->kids[0];
    if (callee->kind != MP_AST_NAME || !v->kids[1]) return 1;
    const char *name = callee->str;
    if (name[0] == '\\') name++;
    char lc[64];
    size_t k = 0;
    for (; name[k] && k < sizeof lc - 1; k++) lc[k] = (char)((name[k] >= 'A' && name[k] <= 'Z') ? name[k] + 32 : name[k]);
    lc[k] = 0;
    return !(mp_builtin_lookup(lc, k) && inlined_by_php(lc, v->kids[1]->nkids));
}

/* Arguments of a call. Known by-reference parameters (builtins) come from
 * BYREF (NULL = decide at run time from the pending callee). Returns the
 * number of values pushed. Named arguments are collected into *names. */
static int compile_args(compiler *c, mp_ast *args, const mp_builtin *bi, int dynamic_byref, mp_array **names,
                        int *callmask)
{
    int n = 0;
    *names = NULL;
    if (callmask) *callmask = 0;
    for (int i = 0; i < args->nkids; i++) {
        mp_ast *arg = args->kids[i];
        mp_ast *v = arg->kind == MP_AST_ARG ? arg->kids[0] : arg;
        c->line = v->line;
        if (arg->kind == MP_AST_ARG && (arg->flags & MP_AF_SPREAD) && *names)
            cerror(c, arg->line, "Cannot use argument unpacking after named arguments");
        if (i > 0 && !(arg->flags & MP_AF_SPREAD) && !arg->str && args->kids[i - 1]->kind == MP_AST_ARG
            && (args->kids[i - 1]->flags & MP_AF_SPREAD))
            cerror(c, arg->line, "Cannot use positional argument after argument unpacking");
        if (arg->kind == MP_AST_ARG && arg->str) {
            if (!*names) *names = mp_array_new(NULL, 4);
            mp_array_append(NULL, *names, mp_v_str(intern(c, arg->str, arg->len)));
        } else if (*names) {
            cerror(c, arg->line, "Cannot use positional argument after named argument");
        }
        if (bi && !*names) {
            if (mp_builtin_arg_prefer_ref(bi, i) && !is_writable(v)) {
                compile_expr(c, v);
            } else if (mp_builtin_arg_byref(bi, i)) {
                if (!is_writable(v)) cerror(c, v->line, "%s(): Argument #%d%s could not be passed by reference", bi->name, i + 1, "");
                fetch_ref(c, v);
            } else {
                compile_expr(c, v);
            }
        } else if (bi && arg->kind == MP_AST_ARG && arg->str) {
            /* a named argument to a known builtin: by reference if that parameter is */
            int p = mp_builtin_param_index(bi, arg->str, arg->len);
            if (p >= 0 && mp_builtin_arg_byref(bi, p) && !(mp_builtin_arg_prefer_ref(bi, p) && !is_writable(v))) {
                if (!is_writable(v)) cerror(c, v->line, "%s(): Argument #%d%s could not be passed by reference", bi->name, p + 1, "");
                fetch_ref(c, v);
            } else {
                compile_expr(c, v);
            }
        } else if (dynamic_byref && is_local_var(v)
                   && !is_name(v, "this") && !*names) {
            emit(c, OP_SEND_CV, cv(c, v), n, 0);
        } else if (dynamic_byref && is_writable(v) && *names && n < 256) {
            /* a named argument: by reference if the callee's parameter of that name is */
            int j = emit(c, OP_ARG_BYREF_NAMED, 0, add_str_const(c, arg->str, arg->len), n);
            fetch_ref(c, v);
            int k = emit(c, OP_JMP, 0, 0, 0);
            adjust(c, -1);
            patch_here(c, j);
            compile_stored(c, v);
            patch_here(c, k);
        } else if (dynamic_byref && is_writable(v) && !*names) {
            int j = emit(c, OP_ARG_BYREF, 0, n, 0);
            fetch_ref(c, v);
            int k = emit(c, OP_JMP, 0, 0, 0);
            adjust(c, -1);
            patch_here(c, j);
            compile_stored(c, v);
            patch_here(c, k);
        } else {
            if (callmask && i < 8 && is_call_result(v)) *callmask |= 1 << i;
            compile_stored(c, v);
        }
        n++;
    }
    return n;
}

static int has_spread(mp_ast *args)
{
    for (int i = 0; i < args->nkids; i++)
        if (args->kids[i]->kind == MP_AST_ARG && (args->kids[i]->flags & MP_AF_SPREAD)) return 1;
    return 0;
}

/* f(...$a, x: 1): build one array of arguments (int keys positional,
 * string keys named) for CALL_ARRAY. */
static void compile_args_array(compiler *c, mp_ast *args, const mp_builtin *bi)
{
    int named = 0, spread = 0;
    for (int i = 0; i < args->nkids; i++) {
        mp_ast *arg = args->kids[i];
        if (!arg->str && !(arg->flags & MP_AF_SPREAD) && spread)
            cerror(c, arg->line, "Cannot use positional argument after argument unpacking");
        if (arg->flags & MP_AF_SPREAD) spread = 1;
        if (arg->str) named = 1;
        else if (named && (arg->flags & MP_AF_SPREAD)) cerror(c, arg->line, "Cannot use argument unpacking after named arguments");
        else if (named) cerror(c, arg->line, "Cannot use positional argument after named argument");
    }
    emit(c, OP_ARRAY_NEW, 0, args->nkids, 0);
    spread = 0;
    for (int i = 0; i < args->nkids; i++) {
        mp_ast *arg = args->kids[i];
        if (arg->flags & MP_AF_SPREAD) {
            spread = 1;
            compile_expr(c, arg->kids[0]);
            emit(c, OP_ARRAY_SPREAD, 0, 0, 0);
        } else if (arg->str) {
            emit(c, OP_CONST, add_str_const(c, arg->str, arg->len), 0, 0);
            compile_stored(c, arg->kids[0]);
            emit(c, OP_ARRAY_SET, 0, 0, 0);
        } else {
            /* a by-reference builtin parameter before the spread: a reference */
            if (bi && !spread && mp_builtin_arg_byref(bi, i) && is_writable(arg->kids[0])) fetch_ref(c, arg->kids[0]);
            else compile_stored(c, arg->kids[0]);
            emit(c, OP_ARRAY_APPEND, 0, 0, 0);
        }
    }
}

static void finish_call(compiler *c, mp_ast *args, int dynamic_byref, const mp_builtin *bi, int line, int aux)
{
    int saved_chain = c->chain_owner;
    c->chain_owner = 0;      /* arguments are chains of their own */
    finish_call_args(c, args, dynamic_byref, bi, line, aux);
    c->chain_owner = saved_chain;
}

static void finish_call_args(compiler *c, mp_ast *args, int dynamic_byref, const mp_builtin *bi, int line, int aux)
{
    if (args && has_spread(args)) {
        compile_args_array(c, args, bi);
        c->line = line;
        emit(c, OP_CALL_ARRAY, 0, 0, aux);
        adjust(c, -1 - aux);
        return;
    }
    mp_array *names = NULL;
    int callmask = 0;
    int n = args ? compile_args(c, args, bi, dynamic_byref, &names, &callmask) : 0;
    c->line = line;
    if (names) {
        freeze(mp_v_arr(names));
        emit(c, OP_CALL_NAMED, add_const(c, mp_v_arr(names)), n, aux);
    } else {
        emit(c, OP_CALL, aux, n, callmask);
    }
    adjust(c, -n - aux);
}

/* Functions PHP compiles to dedicated opcodes (zend_try_compile_special_func):
 * their errors show no frame of their own in stack traces. */
static int inlined_by_php(const char *name, int argc)
{
    static const char *const one_arg[] = {
        "strlen", "count", "sizeof", "gettype", "is_null", "is_bool", "is_long", "is_int",
        "is_integer", "is_float", "is_double", "is_string", "is_array", "is_object",
        "is_resource", "is_scalar", "boolval", "intval", "floatval", "doubleval", "strval",
        "defined", "chr", "ord", "get_class", NULL };
    static const char *const any_arg[] = {
        "get_called_class", "call_user_func", "call_user_func_array", NULL };
    /* in_array and array_slice are inlined only in forms that cannot fail
     * (a literal haystack; array_slice(func_get_args(), N)) */
    for (int i = 0; one_arg[i]; i++) if (argc == 1 && strcmp(name, one_arg[i]) == 0) return 1;
    if (argc == 2 && strcmp(name, "array_key_exists") == 0) return 1;
    for (int i = 0; any_arg[i]; i++) if (strcmp(name, any_arg[i]) == 0) return 1;
    return 0;
}

static void compile_call(compiler *c, mp_ast *n)
{
    mp_ast *callee = n->kids[0], *args = n->kids[1];
    if (args && args->kind == MP_AST_CALLABLE_PLACEHOLDER) {
        if (callee->kind == MP_AST_NAME) {
            mp_str *full = resolve_name(c, callee->str, callee->len, 1);
            emit(c, OP_CONST, add_const(c, mp_v_str(full)), 0, 0);
        } else compile_expr(c, callee);
        c->line = n->line;
        emit(c, OP_MAKE_CLOSURE, 0, 0, 0);
        return;
    }
    if (callee->kind == MP_AST_NAME) {
        mp_str *full = resolve_name(c, callee->str, callee->len, 1);
        const char *name = full->data; size_t len = full->len;
        mp_str *lc = intern_lower(c, name, len);
        const mp_builtin *bi = mp_builtin_lookup(lc->data, lc->len);
        if (bi) {
            if (has_spread(args)) {
                emit(c, OP_CONST, add_ptr_const(c, MP_T_BUILTIN, bi), 0, 0);
                finish_call(c, args, 0, bi, n->line, 0);
                return;
            }
            mp_array *names = NULL;
            int cnt = 0;
            /* named arguments go through the generic path */
            for (int i = 0; i < args->nkids; i++) if (args->kids[i]->str) names = (mp_array *)1;
            if (names) {
                emit(c, OP_CONST, add_ptr_const(c, MP_T_BUILTIN, bi), 0, 0);
                finish_call(c, args, 0, bi, n->line, 0);
                return;
            }
            if (args->nkids == 1 && !args->kids[0]->str && !(args->kids[0]->flags & MP_AF_SPREAD)
                && (strcmp(bi->name, "strlen") == 0 || strcmp(bi->name, "count") == 0 || strcmp(bi->name, "sizeof") == 0)) {
                /* compiled inline, as PHP does (ZEND_STRLEN, ZEND_COUNT) */
                compile_expr(c, args->kids[0]->kind == MP_AST_ARG ? args->kids[0]->kids[0] : args->kids[0]);
                c->line = n->line;
                emit(c, OP_STRLEN_COUNT, add_ptr_const(c, MP_T_BUILTIN, bi), 0, bi->name[0] != 's' || bi->name[1] == 'i');
                return;
            }
            cnt = compile_args(c, args, bi, 0, &names, NULL);
            c->line = n->line;
            emit(c, OP_CALL_BUILTIN, add_ptr_const(c, MP_T_BUILTIN, bi), cnt, inlined_by_php(bi->name, cnt));
            adjust(c, 1 - cnt);
            return;
        }
        /* a: lower-case name for the lookup, b: the name as written for messages */
        int lci = add_const(c, mp_v_str(lc));
        emit(c, OP_INIT_CALL, lci, add_str_const(c, name, len), 0);
        finish_call(c, args, 1, NULL, n->line, 0);
        return;
    }
    compile_expr(c, callee);
    emit(c, OP_INIT_CALL_DYN, 0, 0, 0);
    finish_call(c, args, 1, NULL, n->line, 1);
}

static void compile_array(compiler *c, mp_ast *n)
{
    mp_val v;
    if (fold(c, n, &v)) { emit(c, OP_CONST, add_const(c, v), 0, 0); return; }
    emit(c, OP_ARRAY_NEW, 0, n->nkids, 0);
    for (int i = 0; i < n->nkids; i++) {
        mp_ast *it = n->kids[i];
        if (!it) cerror(c, n->line, "Cannot use empty array elements in arrays");
        if (it->flags & MP_AF_SPREAD) {
            mp_val sv;
            if (fold(c, it->kids[0], &sv) && sv.type != MP_T_ARRAY)
                cerror(c, it->line, "Only arrays and Traversables can be unpacked");
            compile_expr(c, it->kids[0]);
            emit(c, OP_ARRAY_SPREAD, 0, 0, 0);
            continue;
        }
        int has_key = it->nkids > 1 && it->kids[1];
        if (has_key) compile_expr(c, it->kids[1]);
        if (it->flags & MP_AF_BYREF) fetch_ref(c, it->kids[0]);
        else compile_stored(c, it->kids[0]);
        emit(c, has_key ? OP_ARRAY_SET : OP_ARRAY_APPEND, 0, 0, 0);
    }
}

static int small_int(mp_ast *n, int32_t *out);

/* A local variable that can be read straight from its slot by fused ops. */
static int simple_cv(compiler *c, mp_ast *n)
{
    if (n->kind != MP_AST_VAR || is_globals(n) || is_superglobal(n) || is_name(n, "this")) return -1;
    int slot = cv(c, n);
    return slot <= 0xffff ? slot : -1;
}

static int small_int(mp_ast *n, int32_t *out)
{
    if (n->kind != MP_AST_INT || n->ival < INT32_MIN || n->ival > INT32_MAX) return 0;
    *out = (int32_t)n->ival;
    return 1;
}

/* Operators the fused BINOP_* instructions handle. */
static int fusable_op(int op)
{
    switch (op) {
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD: case OP_CONCAT:
    case OP_BAND: case OP_BOR: case OP_BXOR: case OP_SHL: case OP_SHR:
    case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_EQ: case OP_NE: case OP_IDENT: case OP_NIDENT:
        return 1;
    }
    return 0;
}

/* The specialised form of a fused binary op (shape 0 CC, 1 CI, 2 TI, 3 CT),
 * or the generic BINOP_* one. */
static int fused_opcode(int op, int shape)
{
    static const int generic[4] = { OP_BINOP_CC, OP_BINOP_CI, OP_BINOP_TI, OP_BINOP_CT };
    switch (op) {
    case OP_ADD: return OP_ADD_CC + shape;
    case OP_SUB: return OP_SUB_CC + shape;
    case OP_MUL: return OP_MUL_CC + shape;
    case OP_MOD: return OP_MOD_CC + shape;
    }
    return generic[shape];
}

static void binary_rhs(compiler *c, int op, mp_ast *r);

/* Binary operator with operands read straight from slots/immediates when it
 * can: one instruction instead of LOAD, LOAD, ADD. */
static void compile_binary(compiler *c, int op, mp_ast *l, mp_ast *r)
{
    int32_t imm;
    int lc = fusable_op(op) ? simple_cv(c, l) : -1;
    /* the operation takes the line of the last operand compiled, as in php
     * (a diagnostic in "1\n/\n0" is reported on the line of the 0) */
    mp_val k;
    int rconst = fusable_op(op) && (r->kind == MP_AST_FLOAT || r->kind == MP_AST_STRING) && fold(c, r, &k);
    if (lc >= 0) {
        int rc = simple_cv(c, r);
        c->line = r->line;
        if (rc >= 0) { emit(c, fused_opcode(op, 0), lc, rc, op); return; }
        if (small_int(r, &imm)) { emit(c, fused_opcode(op, 1), imm, lc, op); return; }
        if (rconst) { emit(c, OP_BINOP_CK, add_const(c, k), lc, op); return; }
        compile_expr(c, r);
        emit(c, fused_opcode(op, 3), lc, 0, op);
        return;
    }
    compile_expr(c, l);
    binary_rhs(c, op, r);
}

/* The right operand and the operation, with the left operand on the stack. */
static void binary_rhs(compiler *c, int op, mp_ast *r)
{
    int32_t imm;
    mp_val k;
    if (fusable_op(op)) {
        int rc = simple_cv(c, r);
        c->line = r->line;
        if (small_int(r, &imm)) { emit(c, fused_opcode(op, 2), imm, 0, op); return; }
        if (rc >= 0) { emit(c, OP_BINOP_TC, rc, 0, op); return; }
        if ((r->kind == MP_AST_FLOAT || r->kind == MP_AST_STRING) && fold(c, r, &k)) {
            emit(c, OP_BINOP_TK, add_const(c, k), 0, op);
            return;
        }
    }
    compile_expr(c, r);
    emit(c, op, 0, 0, 0);
}

/* Conditional jump: jump to a label (returned instruction to patch) when
 * N's truth equals WHEN. Comparisons fuse into JMP_CMP. */
static int compile_jump(compiler *c, mp_ast *n, int when)
{
    if (n->kind == MP_AST_UNARY && n->ival == MP_OP_NOT) return compile_jump(c, n->kids[0], !when);
    if (n->kind == MP_AST_BINARY) {
        int op = ast_op_to_opcode((int)n->ival);
        int x = op | (when ? 0x80 : 0);
        switch (op) {
        case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_EQ: case OP_NE:
        case OP_IDENT: case OP_NIDENT: {
            mp_val dummy;
            int32_t imm;
            if (fold(c, n, &dummy)) break;
            c->line = n->line;
            int lc = simple_cv(c, n->kids[0]);
            if (lc >= 0) {
                int rc = simple_cv(c, n->kids[1]);
                if (rc >= 0 && (op == OP_GT || op == OP_GE)) {
                    /* a > b is b < a, exactly as PHP compiles it */
                    int t = lc; lc = rc; rc = t;
                    op = op == OP_GT ? OP_LT : OP_LE;
                    x = op | (when ? 0x80 : 0);
                }
                if (rc >= 0 || small_int(n->kids[1], &imm)) {
                    int jop = rc >= 0 ? OP_JCMP_CC : OP_JCMP_CI;
                    switch (op) {
                    case OP_LT: jop = rc >= 0 ? OP_JLT_CC : OP_JLT_CI; break;
                    case OP_LE: jop = rc >= 0 ? OP_JLE_CC : OP_JLE_CI; break;
                    case OP_GT: if (rc < 0) jop = OP_JGT_CI; break;
                    case OP_GE: if (rc < 0) jop = OP_JGE_CI; break;
                    }
                    int j = emit(c, jop, 0, lc, x);
                    emit(c, OP_DATA, rc >= 0 ? rc : imm, 0, 0);
                    return j;
                }
            }
            compile_expr(c, n->kids[0]);
            compile_expr(c, n->kids[1]);
            c->line = n->line;
            return emit(c, OP_JMP_CMP, 0, 0, x);
        }
        }
    }
    compile_expr(c, n);
    return emit(c, when ? OP_JMPNZ : OP_JMPZ, 0, 0, 0);
}

static void compile_closure(compiler *c, mp_ast *n)
{
    int arrow = n->kind == MP_AST_ARROW_FN;
    mp_ast *params = n->kids[0];
    mp_ast *body = arrow ? n->kids[1] : n->kids[2];
    mp_ast *rettype = arrow ? n->kids[2] : n->kids[3];
    mp_func *f = compile_function(c, n, "{closure}", 9, params, body, rettype, arrow ? 2 : 1);
    f->is_static_closure = (n->flags & MP_AF_STATIC) != 0;
    if (!arrow) {
        mp_ast *uses = n->kids[1];
        int nu = uses ? uses->nkids : 0;
        f->uses = mp_alloc(NULL, sizeof(mp_use) * (size_t)(nu ? nu : 1));
        f->nuses = nu;
        for (int i = 0; i < nu; i++) {
            mp_ast *u = uses->kids[i];
            if (is_name(u, "this")) cerror(c, u->line, "Cannot use $this as lexical variable");
            for (int p = 0; p < f->nparams; p++)
                if (mp_str_eq(f->params[p].name, intern(c, u->str, u->len)))
                    cerror(c, u->line, "Cannot use lexical variable $%s as a parameter name", u->str);
            f->uses[i].parent_cv = cv_slot(c, c->f, u->str, u->len);
            f->uses[i].cv = -1;
            for (int k = 0; k < f->ncv; k++)
                if (f->cvnames[k]->len == u->len && memcmp(f->cvnames[k]->data, u->str, u->len) == 0) f->uses[i].cv = k;
            f->uses[i].byref = (u->flags & MP_AF_BYREF) != 0;
            f->uses[i].name = intern(c, u->str, u->len);
        }
    } else {
        /* arrow fn: capture by value every variable it uses that is not a parameter */
        f->uses = mp_alloc(NULL, sizeof(mp_use) * (size_t)(f->ncv ? f->ncv : 1));
        for (int k = f->nparams; k < f->ncv; k++) {
            mp_str *nm = f->cvnames[k];
            if (nm->len == 4 && memcmp(nm->data, "this", 4) == 0) continue;
            mp_use *u = &f->uses[f->nuses++];
            u->parent_cv = cv_slot(c, c->f, nm->data, nm->len);
            u->cv = k;
            u->byref = 0;
            u->name = nm;
        }
    }
    emit(c, OP_CLOSURE, add_ptr_const(c, MP_T_FUNC, f), 0, arrow);
}

static void compile_match(compiler *c, mp_ast *n)
{
    compile_expr(c, n->kids[0]);
    mp_ast *arms = n->kids[1];
    /* first[i]: index in jumps[] of arm i's first condition test */
    int total = 0;
    for (int i = 0; i < arms->nkids; i++) total += arms->kids[i]->kids[0] ? arms->kids[i]->kids[0]->nkids : 0;
    int *jumps = calloc((size_t)total + 1, sizeof(int));
    int *first = calloc((size_t)arms->nkids + 1, sizeof(int));
    int njumps = 0, default_arm = -1;
    for (int i = 0; i < arms->nkids; i++) {
        mp_ast *arm = arms->kids[i];
        first[i] = njumps;
        if (!arm->kids[0]) {
            if (default_arm >= 0) cerror(c, arm->line, "Match expressions may only contain one default arm");
            default_arm = i;
            continue;
        }
        for (int k = 0; k < arm->kids[0]->nkids; k++) {
            compile_expr(c, arm->kids[0]->kids[k]);
            jumps[njumps++] = emit(c, OP_MATCH_EQ, 0, 0, 0);
        }
    }
    first[arms->nkids] = njumps;
    int dflt = -1;
    if (default_arm >= 0) {
        emit(c, OP_POP, 0, 0, 0);
        dflt = emit(c, OP_JMP, 0, 0, 0);
    } else {
        emit(c, OP_MATCH_ERROR, 0, 0, 0);
    }
    int base_depth = c->f->depth;
    int *ends = calloc((size_t)arms->nkids + 1, sizeof(int));
    for (int i = 0; i < arms->nkids; i++) {
        c->f->depth = base_depth;
        if (i == default_arm) patch_here(c, dflt);
        for (int k = first[i]; k < first[i + 1]; k++) patch_here(c, jumps[k]);
        compile_expr(c, arms->kids[i]->kids[1]);
        ends[i] = emit(c, OP_JMP, 0, 0, 0);
    }
    if (arms->nkids == 0) { c->f->depth = base_depth; emit(c, OP_NULL, 0, 0, 0); }
    for (int i = 0; i < arms->nkids; i++) patch_here(c, ends[i]);
    c->f->depth = base_depth + 1;
    free(jumps); free(first); free(ends);
}

/* A binary operator evaluated left then right with no short-circuit. */
static int plain_binary(const mp_ast *n)
{
    return n->kind == MP_AST_BINARY && n->ival != MP_OP_AND && n->ival != MP_OP_OR && n->ival != MP_OP_COALESCE;
}

/* Compile N pushing one value. Like php, instructions take the line of the
 * last node compiled before them: c->line is left at the last leaf's line. */
/* ---- classes and objects ---- */

static int name_is(const char *s, size_t len, const char *w)
{
    return strlen(w) == len && strncasecmp(s, w, len) == 0;
}

/* Resolve NAME (LEN bytes) as PHP does at compile time: "\\A\\B" is
 * fully qualified; the first segment of "A\\B" or an unqualified "A" may
 * be a `use` alias; otherwise the current namespace is prepended. KIND: 0
 * class, 1 function, 2 constant. Unqualified functions and constants fall
 * back to the global ones unless this file declares them in its namespace. */
static mp_str *resolve_name(compiler *c, const char *s, size_t len, int kind)
{
    if (len && s[0] == '\\') return intern(c, s + 1, len - 1);
    if (kind == 0 && (name_is(s, len, "self") || name_is(s, len, "parent") || name_is(s, len, "static")))
        return intern(c, s, len);
    const char *bs = memchr(s, '\\', len);
    char buf[1024];
    if (bs) {
        size_t first = (size_t)(bs - s);
        if (first == 9 && strncasecmp(s, "namespace", 9) == 0) {
            int n = snprintf(buf, sizeof buf, "%s%s%.*s", c->ns ? c->ns->data : "", c->ns ? "\\" : "", (int)(len - first - 1), bs + 1);
            return intern(c, buf, (size_t)n);
        }
        mp_str *lc = intern_lower(c, s, first);
        mp_val *full = c->uses[0] ? mp_array_find(c->uses[0], (mp_key){ lc, 0 }) : NULL;
        if (full) {
            int n = snprintf(buf, sizeof buf, "%s%.*s", full->u.s->data, (int)(len - first), bs);
            return intern(c, buf, (size_t)n);
        }
    } else {
        mp_str *lc = intern_lower(c, s, len);
        mp_val *full = c->uses[kind] ? mp_array_find(c->uses[kind], (mp_key){ kind == 2 ? intern(c, s, len) : lc, 0 }) : NULL;
        if (full) return full->u.s;
        if (kind != 0 && c->ns) {
            int n = snprintf(buf, sizeof buf, "%s\\%.*s", c->ns->data, (int)len, s);
            mp_str *q = kind == 1 ? intern_lower(c, buf, (size_t)n) : intern(c, buf, (size_t)n);
            if (c->declared[kind - 1] && mp_array_find(c->declared[kind - 1], (mp_key){ q, 0 })) return intern(c, buf, (size_t)n);
            return intern(c, s, len);   /* the global one */
        }
    }
    if (!c->ns) return intern(c, s, len);
    int n = snprintf(buf, sizeof buf, "%s\\%.*s", c->ns->data, (int)len, s);
    return intern(c, buf, (size_t)n);
}

/* A class name node, resolved (see resolve_name). */
static void class_name_of(compiler *c, mp_ast *n, const char **s, size_t *len)
{
    mp_str *r = resolve_name(c, n->str, n->len, 0);
    *s = r->data; *len = r->len;
}

/* Record a `use` statement. */
static void compile_use(compiler *c, mp_ast *n)
{
    for (int i = 0; i < n->nkids; i++) {
        mp_ast *it = n->kids[i];
        int kind = (int)(it->ival ? it->ival : n->ival);
        if (kind < 0 || kind > 2) kind = 0;
        const char *full = it->str; size_t flen = it->len;
        if (flen && full[0] == '\\') { full++; flen--; }
        const char *alias; size_t alen;
        if (it->kids[0]) { alias = it->kids[0]->str; alen = it->kids[0]->len; }
        else {
            const char *last = full;
            for (size_t k = 0; k < flen; k++) if (full[k] == '\\') last = full + k + 1;
            alias = last; alen = (size_t)(full + flen - last);
        }
        if (!c->uses[kind]) c->uses[kind] = mp_array_new(NULL, 8);
        mp_str *key = kind == 2 ? intern(c, alias, alen) : intern_lower(c, alias, alen);
        mp_array_set(NULL, c->uses[kind], (mp_key){ key, 0 }, mp_v_str(intern(c, full, flen)));
    }
}

/* Enter namespace NAME (NULL: global); imports do not carry over. */
static void enter_namespace(compiler *c, mp_ast *n)
{
    c->ns = n->str && n->len ? intern(c, n->str, n->len) : NULL;
    c->uses[0] = c->uses[1] = c->uses[2] = NULL;
}

/* self/parent/static outside a class (closures may be bound later) and
 * parent in a class without one are compile-time errors, as in PHP. */
static int in_closure(compiler *c)
{
    for (fstate *f = c->f; f; f = f->parent) if (f->is_closure_fs) return 1;
    return 0;
}

static void check_class_scope(compiler *c, mp_ast *n, int kind)
{
    static const char *const names[] = { "", "self", "parent", "static" };
    if (kind < 1 || kind > 3) return;
    if (!c->cls) {
        if (!in_closure(c)) cerror(c, n->line, "Cannot use \"%s\" when no class scope is active", names[kind]);
        return;
    }
    if (kind == 2 && !c->cls->parent && !(c->cls->flags & MP_ACC_TRAIT))
        cerror(c, n->line, "Cannot use \"parent\" when current class scope has no parent");
}

/* Push the class a NAME or expression denotes (FETCH_CLASS). Returns the
 * kind: 0 a name, 1 self, 2 parent, 3 static, 4 an expression. */
static int push_class(compiler *c, mp_ast *cls)
{
    if (cls->kind == MP_AST_NAME || cls->kind == MP_AST_CONST) {
        const char *s; size_t len;
        class_name_of(c, cls, &s, &len);
        int kind = name_is(s, len, "self") ? 1 : name_is(s, len, "parent") ? 2 : name_is(s, len, "static") ? 3 : 0;
        check_class_scope(c, cls, kind);
        emit(c, OP_FETCH_CLASS, add_str_const(c, s, len), 0, kind);
        return kind;
    }
    compile_expr(c, cls);
    emit(c, OP_FETCH_CLASS, 0, 0, 4);
    adjust(c, -1);
    return 4;
}

/* The member name of ->name / ::name / ::$name: a constant index, or -1
 * with the name computed on the stack. */
static int member_name(compiler *c, mp_ast *n)
{
    if (n->kind == MP_AST_NAME || n->kind == MP_AST_STRING)
        return add_str_const(c, n->str, n->len);
    compile_expr(c, n);
    return -1;
}

/* The object of ->: $this reads without a variable slot. */
static void compile_object(compiler *c, mp_ast *n)
{
    compile_expr(c, n);
}

static void compile_prop_fetch(compiler *c, mp_ast *n, int quiet)
{
    if (quiet && (n->kids[0]->kind == MP_AST_PROP || n->kids[0]->kind == MP_AST_DIM || n->kids[0]->kind == MP_AST_NULLSAFE_PROP))
        compile_quiet(c, n->kids[0]);
    else compile_object(c, n->kids[0]);
    int j = -1;
    if (n->kind == MP_AST_NULLSAFE_PROP) j = emit(c, OP_JMP_NULL, 0, 0, 0);
    int k = member_name(c, n->kids[1]);
    c->line = n->line;
    emit(c, OP_FETCH_PROP, k, 0, quiet);
    if (k < 0) adjust(c, -1);
    if (j >= 0) nullsafe_jump(c, j);
}

/* Push a pointer (INDIRECT) to a property for a nested write (DIM: into
 * one of its elements). */
static void compile_prop_w(compiler *c, mp_ast *n, int dim)
{
    if (n->kind == MP_AST_NULLSAFE_PROP) cerror(c, n->line, "Can't use nullsafe operator in write context");
    if (n->kind == MP_AST_STATIC_PROP) {
        push_class(c, n->kids[0]);
        int k = member_name(c, n->kids[1]);
        emit(c, OP_FETCH_STATIC_PROP, k, 0, 1);
        if (k < 0) adjust(c, -1);
        return;
    }
    compile_object(c, n->kids[0]);
    int k = member_name(c, n->kids[1]);
    emit(c, OP_FETCH_PROP_W, k, 0, dim);
    if (k < 0) adjust(c, -1);
}

static void compile_method_call(compiler *c, mp_ast *n)
{
    mp_ast *args = n->kids[2];
    if (args && args->kind == MP_AST_CALLABLE_PLACEHOLDER) {
        if (n->kind == MP_AST_NULLSAFE_METHOD_CALL) cerror(c, n->line, "Cannot combine nullsafe operator with Closure creation");
        emit(c, OP_ARRAY_NEW, 0, 2, 0);
        compile_object(c, n->kids[0]);
        emit(c, OP_ARRAY_APPEND, 0, 0, 0);
        if (n->kids[1]->kind == MP_AST_NAME) emit(c, OP_CONST, add_str_const(c, n->kids[1]->str, n->kids[1]->len), 0, 0);
        else compile_expr(c, n->kids[1]);
        emit(c, OP_ARRAY_APPEND, 0, 0, 0);
        c->line = n->line;
        emit(c, OP_MAKE_CLOSURE, 0, 0, 0);
        return;
    }
    compile_object(c, n->kids[0]);
    int j = -1;
    if (n->kind == MP_AST_NULLSAFE_METHOD_CALL) j = emit(c, OP_JMP_NULL, 0, 0, 0);
    int k = member_name(c, n->kids[1]);
    c->line = n->line;
    emit(c, OP_INIT_METHOD, k, 0, 0);
    if (k < 0) adjust(c, -1);
    finish_call(c, args, 1, NULL, n->line, 1);
    if (j >= 0) nullsafe_jump(c, j);
}

static void compile_static_call(compiler *c, mp_ast *n)
{
    mp_ast *args = n->kids[2];
    if (args && args->kind == MP_AST_CALLABLE_PLACEHOLDER) {
        mp_ast *cls = n->kids[0];
        if ((cls->kind == MP_AST_NAME || cls->kind == MP_AST_CONST) && n->kids[1]->kind == MP_AST_NAME) {
            const char *s; size_t len;
            class_name_of(c, cls, &s, &len);
            char buf[512];
            snprintf(buf, sizeof buf, "%.*s::%.*s", (int)len, s, (int)n->kids[1]->len, n->kids[1]->str);
            emit(c, OP_CONST, add_str_const(c, buf, strlen(buf)), 0, 0);
        } else {
            emit(c, OP_ARRAY_NEW, 0, 2, 0);
            push_class(c, cls);
            emit(c, OP_FETCH_CLASS_NAME, 0, 0, 0);
            emit(c, OP_ARRAY_APPEND, 0, 0, 0);
            if (n->kids[1]->kind == MP_AST_NAME) emit(c, OP_CONST, add_str_const(c, n->kids[1]->str, n->kids[1]->len), 0, 0);
            else compile_expr(c, n->kids[1]);
            emit(c, OP_ARRAY_APPEND, 0, 0, 0);
        }
        c->line = n->line;
        emit(c, OP_MAKE_CLOSURE, 0, 0, 0);
        return;
    }
    int kind = push_class(c, n->kids[0]);
    int k = member_name(c, n->kids[1]);
    c->line = n->line;
    emit(c, OP_INIT_STATIC, k, 0, kind >= 1 && kind <= 3);
    if (k < 0) adjust(c, -1);
    finish_call(c, args, 1, NULL, n->line, 1);
}

static mp_class_decl *compile_class(compiler *c, mp_ast *n);

static void compile_new(compiler *c, mp_ast *n)
{
    mp_ast *cls = n->kids[0], *args = n->kids[1];
    int j;
    if (cls->kind == MP_AST_CLASS_DECL) {
        mp_class_decl *d = compile_class(c, cls);
        emit(c, OP_DECLARE_ANON, add_ptr_const(c, MP_T_PTR, d), 0, 0);
        j = emit(c, OP_NEW, 0, 0, 0);
        adjust(c, 2);
    } else if ((cls->kind == MP_AST_NAME || cls->kind == MP_AST_CONST)) {
        const char *s; size_t len;
        class_name_of(c, cls, &s, &len);
        if (name_is(s, len, "self") || name_is(s, len, "parent") || name_is(s, len, "static")) {
            push_class(c, cls);
            j = emit(c, OP_NEW, 0, 0, 0);
            adjust(c, 2);
        } else {
            int k = add_str_const(c, s, len);
            if (k > 65535) cerror(c, n->line, "Too many constants");
            j = emit(c, OP_NEW, 0, k, 1);
            adjust(c, 3);
        }
    } else {
        push_class(c, cls);
        j = emit(c, OP_NEW, 0, 0, 0);
        adjust(c, 2);
    }
    finish_call(c, args, 1, NULL, n->line, 1);
    emit(c, OP_POP, 0, 0, 0);
    patch_here(c, j);
}

static void compile_class_const(compiler *c, mp_ast *n)
{
    mp_ast *cls = n->kids[0], *name = n->kids[1];
    if (name_is(name->str, name->len, "class")) {
        if (cls->kind == MP_AST_NAME || cls->kind == MP_AST_CONST) {
            const char *s; size_t len;
            class_name_of(c, cls, &s, &len);
            if (name_is(s, len, "self") && c->cls && !(c->cls->flags & MP_ACC_TRAIT) && !(c->cls->flags & MP_ACC_ANON)) {
                emit(c, OP_CONST, add_const(c, mp_v_str(c->cls->name)), 0, 0);
                return;
            }
            if (!name_is(s, len, "self") && !name_is(s, len, "static") && !name_is(s, len, "parent")) {
                emit(c, OP_CONST, add_str_const(c, s, len), 0, 0);
                return;
            }
            push_class(c, cls);
        } else {
            compile_expr(c, cls);
        }
        emit(c, OP_FETCH_CLASS_NAME, 0, 0, 0);
        return;
    }
    push_class(c, cls);
    c->line = n->line;
    emit(c, OP_FETCH_CLASS_CONST, add_str_const(c, name->str, name->len), 0, 0);
}

static void compile_instanceof(compiler *c, mp_ast *n)
{
    compile_expr(c, n->kids[0]);
    mp_ast *cls = n->kids[1];
    if (cls->kind == MP_AST_NAME || cls->kind == MP_AST_CONST) {
        const char *s; size_t len;
        class_name_of(c, cls, &s, &len);
        if (!name_is(s, len, "self") && !name_is(s, len, "static") && !name_is(s, len, "parent")) {
            emit(c, OP_INSTANCEOF, add_str_const(c, s, len), 0, 0);
            return;
        }
        push_class(c, cls);
    } else {
        compile_expr(c, cls);
    }
    emit(c, OP_INSTANCEOF, 0, 0, 1);
    adjust(c, -1);
}

/* ---- class declarations ---- */

static uint32_t acc_of(int flags)
{
    uint32_t a = 0;
    if (flags & MP_AF_PUBLIC) a |= MP_ACC_PUBLIC;
    if (flags & MP_AF_PROTECTED) a |= MP_ACC_PROTECTED;
    if (flags & MP_AF_PRIVATE) a |= MP_ACC_PRIVATE;
    if (!(a & MP_ACC_VISIBILITY)) a |= MP_ACC_PUBLIC;
    if (flags & MP_AF_STATIC) a |= MP_ACC_STATIC;
    if (flags & MP_AF_ABSTRACT) a |= MP_ACC_ABSTRACT;
    if (flags & MP_AF_FINAL) a |= MP_ACC_FINAL;
    if (flags & MP_AF_READONLY) a |= MP_ACC_READONLY;
    return a;
}

/* A constant expression: folded now, or compiled as a small function run
 * in the class scope on first use. */
static void const_init(compiler *c, mp_ast *e, mp_val *val, const mp_func **init)
{
    *init = NULL;
    val->tw = MP_T_UNDEF; val->u.i = 0;
    if (!e) return;
    if (fold(c, e, val)) return;
    mp_func *f = compile_function(c, e, "{constant}", 10, NULL, e, NULL, 2);
    f->is_thunk = 1;
    *init = f;
}

static mp_str **name_list(compiler *c, mp_ast *list, int *n)
{
    *n = list ? list->nkids : 0;
    mp_str **v = mp_alloc(NULL, sizeof(mp_str *) * (size_t)(*n ? *n : 1));
    for (int i = 0; i < *n; i++) {
        const char *s; size_t len;
        class_name_of(c, list->kids[i], &s, &len);
        v[i] = intern(c, s, len);
    }
    return v;
}

static mp_class_decl *compile_class(compiler *c, mp_ast *n)
{
    mp_class_decl *d = mp_alloc(NULL, sizeof *d);
    int kind = (int)(n->ival & MP_CK_KIND);
    d->flags = kind == MP_CK_INTERFACE ? MP_ACC_INTERFACE : kind == MP_CK_TRAIT ? MP_ACC_TRAIT : kind == MP_CK_ENUM ? MP_ACC_ENUM : 0;
    if (n->flags & MP_AF_ABSTRACT) d->flags |= MP_ACC_ABSTRACT;
    if (n->flags & MP_AF_FINAL) d->flags |= MP_ACC_FINAL;
    if (n->flags & MP_AF_READONLY) d->flags |= MP_ACC_READONLY;
    if (n->ival & MP_CK_ALLOW_DYNAMIC) d->flags |= MP_ACC_ALLOW_DYNAMIC;
    d->line_start = n->line;
    d->line_end = n->line;
    d->script = c->script;
    if (n->str) {
        if (c->ns) {
            char buf[1024];
            int bl2 = snprintf(buf, sizeof buf, "%s\\%.*s", c->ns->data, (int)n->len, n->str);
            d->name = intern(c, buf, (size_t)bl2);
        } else d->name = intern(c, n->str, n->len);
        if (name_is(n->str, n->len, "self") || name_is(n->str, n->len, "parent") || name_is(n->str, n->len, "static"))
            cerror(c, n->line, "Cannot use '%s' as class name as it is reserved", n->str);
    } else {
        /* class@anonymous<NUL>file:line$n, printed as class@anonymous */
        char buf[1024];
        const char *base = "class";
        size_t bl = 5;
        if (n->kids[0]) { class_name_of(c, n->kids[0], &base, &bl); }
        else if (n->kids[1] && n->kids[1]->nkids) { class_name_of(c, n->kids[1]->kids[0], &base, &bl); }
        int len = snprintf(buf, sizeof buf, "%.*s@anonymous%c%s:%d$%x", (int)bl, base, 0, c->path, n->line, c->anon_count++);
        d->name = intern(c, buf, (size_t)len);
        d->flags |= MP_ACC_ANON;
    }
    d->lcname = intern_lower(c, d->name->data, d->name->len);
    if (kind == MP_CK_INTERFACE) d->ifaces = name_list(c, n->kids[1], &d->nifaces);
    else {
        if (n->kids[0]) { const char *s; size_t len; class_name_of(c, n->kids[0], &s, &len); d->parent = intern(c, s, len); }
        d->ifaces = name_list(c, n->kids[1], &d->nifaces);
    }
    if (n->nkids > 3 && n->kids[3]) {
        d->enum_type = build_type(c, n->kids[3], 0);
        if (!(d->enum_type->mask == MP_TY_INT || d->enum_type->mask == MP_TY_STRING))
            cerror(c, n->line, "Enum backing type must be int or string, %s given", d->enum_type->text->data);
    }
    mp_class_decl *saved = c->cls;
    c->cls = d;
    mp_ast *members = n->kids[2];
    int nm = members ? members->nkids : 0;
    d->props = mp_alloc(NULL, sizeof(mp_prop_decl) * (size_t)(nm * 4 + 8));
    d->consts = mp_alloc(NULL, sizeof(mp_const_decl) * (size_t)(nm * 4 + 1));
    d->methods = mp_alloc(NULL, sizeof(mp_func *) * (size_t)(nm + 1));
    d->traits = mp_alloc(NULL, sizeof(mp_str *) * (size_t)(nm * 4 + 1));
    d->rules = mp_alloc(NULL, sizeof(mp_trait_rule) * (size_t)(nm * 8 + 1));
    int cap_props = nm * 4 + 8;
    for (int i = 0; i < nm; i++) {
        mp_ast *m = members->kids[i];
        if (!m) continue;
        if (m->line > d->line_end) d->line_end = m->line;
        switch (m->kind) {
        case MP_AST_PROP_DECL: {
            if (d->flags & MP_ACC_INTERFACE) cerror(c, m->line, "Interfaces may not include properties");
            if (d->flags & MP_ACC_ENUM) cerror(c, m->line, "Enums may not include properties");
            mp_type *t = m->kids[0] ? build_type(c, m->kids[0], 0) : NULL;
            uint32_t acc = acc_of(m->flags);
            if ((d->flags & MP_ACC_READONLY)) acc |= MP_ACC_READONLY;
            if (m->flags & MP_AF_ABSTRACT) cerror(c, m->line, "Properties cannot be declared abstract");
            if (m->flags & MP_AF_FINAL) cerror(c, m->line, "Cannot declare property %s::$%s final, the final modifier is allowed only for methods, classes, and class constants", d->name->data, m->kids[1]->kids[0]->str);
            for (int k = 0; k < m->kids[1]->nkids; k++) {
                mp_ast *it = m->kids[1]->kids[k];
                if ((acc & MP_ACC_READONLY) && !t) cerror(c, it->line, "Readonly property %s::$%s must have type", d->name->data, it->str);
                if ((acc & MP_ACC_READONLY) && it->kids[0]) cerror(c, it->line, "Readonly property %s::$%s cannot have default value", d->name->data, it->str);
                if ((acc & MP_ACC_READONLY) && (acc & MP_ACC_STATIC)) cerror(c, it->line, "Static property %s::$%s cannot be readonly", d->name->data, it->str);
                for (int q = 0; q < d->nprops; q++)
                    if (mp_str_eq(d->props[q].name, intern(c, it->str, it->len)))
                        cerror(c, it->line, "Cannot redeclare %s::$%s", d->name->data, it->str);
                if (d->nprops >= cap_props) cerror(c, it->line, "Too many properties");
                mp_prop_decl *pd = &d->props[d->nprops++];
                pd->name = intern(c, it->str, it->len);
                pd->flags = acc;
                pd->type = t;
                const_init(c, it->kids[0], &pd->def, &pd->init);
                if (!it->kids[0] && !t) pd->def = mp_v_null();
                if (it->kids[0] && !pd->init && t && pd->def.type != MP_T_NULL) {
                    mp_val dv = pd->def;
                    uint32_t mk = t->mask;
                    int ok = (mk & MP_TY_MIXED) || (dv.type == MP_T_TRUE && (mk & MP_TY_TRUE)) || (dv.type == MP_T_FALSE && (mk & MP_TY_FALSE))
                          || (dv.type == MP_T_INT && (mk & (MP_TY_INT | MP_TY_FLOAT))) || (dv.type == MP_T_FLOAT && (mk & MP_TY_FLOAT))
                          || (dv.type == MP_T_STRING && (mk & MP_TY_STRING)) || (dv.type == MP_T_ARRAY && (mk & (MP_TY_ARRAY | MP_TY_ITERABLE)));
                    if (!ok) cerror(c, it->line, "Cannot use %s as default value for property %s::$%s of type %s",
                                    mp_debug_type(dv), d->name->data, it->str, t->text->data);
                    if (dv.type == MP_T_INT && !(mk & MP_TY_INT)) pd->def = mp_v_float((double)dv.u.i);
                }
                if (it->kids[0] && !pd->init && t && pd->def.type == MP_T_NULL && !(t->mask & (MP_TY_NULL | MP_TY_MIXED)))
                    cerror(c, it->line, "Default value for property of type %s may not be null. Use the nullable type ?%s to allow null default value",
                           t->text->data, t->text->data);
            }
            break;
        }
        case MP_AST_CLASS_CONST:
            for (int k = 0; k < m->kids[0]->nkids; k++) {
                mp_ast *it = m->kids[0]->kids[k];
                mp_const_decl *cd = &d->consts[d->nconsts++];
                cd->name = intern(c, it->str, it->len);
                cd->flags = acc_of(m->flags);
                if (m->flags & MP_AF_STATIC) cerror(c, m->line, "Cannot use 'static' as constant modifier");
                if ((cd->flags & MP_ACC_PRIVATE) && (cd->flags & MP_ACC_FINAL)) cerror(c, m->line, "Private constant %s::%s cannot be final as it is not visible to other classes", d->name->data, it->str);
                for (int q = 0; q < d->nconsts - 1; q++)
                    if (mp_str_eq(d->consts[q].name, cd->name)) cerror(c, it->line, "Cannot redefine class constant %s::%s", d->name->data, it->str);
                const_init(c, it->kids[0], &cd->val, &cd->init);
            }
            break;
        case MP_AST_ENUM_CASE: {
            if (!(d->flags & MP_ACC_ENUM)) cerror(c, m->line, "Case can only be used in enums");
            mp_const_decl *cd = &d->consts[d->nconsts++];
            cd->name = intern(c, m->str, m->len);
            cd->flags = MP_ACC_PUBLIC | MP_ACC_CASE;
            if (m->kids[0] && !d->enum_type) cerror(c, m->line, "Case %s of non-backed enum %s must not have a value", m->str, d->name->data);
            if (!m->kids[0] && d->enum_type) cerror(c, m->line, "Case %s of backed enum %s must have a value", m->str, d->name->data);
            cd->val = mp_v_undef();
            if (m->kids[0]) {
                if (!fold(c, m->kids[0], &cd->val)) cerror(c, m->line, "Enum case value must be compile-time evaluatable");
                int want_int = d->enum_type->mask == MP_TY_INT;
                if ((want_int && cd->val.type != MP_T_INT) || (!want_int && cd->val.type != MP_T_STRING))
                    cerror(c, m->line, "Enum case type %s does not match enum backing type %s", mp_debug_type(cd->val), want_int ? "int" : "string");
            }
            break;
        }
        case MP_AST_METHOD: {
            uint32_t acc = acc_of(m->flags);
            if (d->flags & MP_ACC_INTERFACE) {
                if (m->kids[1]) cerror(c, m->line, "Interface function %s::%s() cannot contain body", d->name->data, m->str);
                if (acc & (MP_ACC_PRIVATE | MP_ACC_PROTECTED)) cerror(c, m->line, "Access type for interface method %s::%s() must be public", d->name->data, m->str);
                acc |= MP_ACC_ABSTRACT;
            } else if (acc & MP_ACC_ABSTRACT) {
                if (m->kids[1]) cerror(c, m->line, "Abstract function %s::%s() cannot contain body", d->name->data, m->str);
                if (acc & MP_ACC_PRIVATE && !(d->flags & MP_ACC_TRAIT)) cerror(c, m->line, "Abstract function %s::%s() cannot be declared private", d->name->data, m->str);
            } else if (!m->kids[1]) {
                cerror(c, m->line, "Non-abstract method %s::%s() must contain body", d->name->data, m->str);
            }
            if ((acc & MP_ACC_ABSTRACT) && (acc & MP_ACC_FINAL)) cerror(c, m->line, "Cannot use the final modifier on an abstract method");
            for (int q = 0; q < d->nmethods; q++)
                if (strcasecmp(d->methods[q]->name->data, m->str) == 0)
                    cerror(c, m->line, "Cannot redeclare %s::%s()", d->name->data, m->str);
            c->method_acc = acc;
            mp_func *f = compile_function(c, m, m->str, m->len, m->kids[0], m->kids[1], m->kids[2], 3);
            f->acc = acc;
            d->methods[d->nmethods++] = f;
            /* promoted constructor parameters declare properties */
            for (int k = 0; m->kids[0] && k < m->kids[0]->nkids; k++) {
                mp_ast *p = m->kids[0]->kids[k];
                if (!(p->flags & (MP_AF_PUBLIC | MP_AF_PROTECTED | MP_AF_PRIVATE | MP_AF_READONLY))) continue;
                if (!name_is(m->str, m->len, "__construct")) cerror(c, p->line, "Cannot declare promoted property outside a constructor");
                if (acc & MP_ACC_ABSTRACT) cerror(c, p->line, "Cannot declare promoted property in an abstract constructor");
                if (p->flags & MP_AF_VARIADIC) cerror(c, p->line, "Cannot declare variadic promoted property");
                if (d->nprops >= cap_props) cerror(c, p->line, "Too many properties");
                for (int q = 0; q < d->nprops; q++)
                    if (mp_str_eq(d->props[q].name, intern(c, p->str, p->len)))
                        cerror(c, p->line, "Cannot redeclare %s::$%s", d->name->data, p->str);
                mp_prop_decl *pd = &d->props[d->nprops++];
                pd->name = intern(c, p->str, p->len);
                pd->flags = acc_of(p->flags) | MP_ACC_PROMOTED | ((d->flags & MP_ACC_READONLY) ? MP_ACC_READONLY : 0);
                pd->type = f->params[k].type;
                if ((pd->flags & MP_ACC_READONLY) && !pd->type) cerror(c, p->line, "Readonly property %s::$%s must have type", d->name->data, p->str);
                pd->def = pd->type ? mp_v_undef() : mp_v_null();
            }
            break;
        }
        case MP_AST_TRAIT_USE: {
            int nn;
            mp_str **names = name_list(c, m->kids[0], &nn);
            for (int k = 0; k < nn; k++) d->traits[d->ntraits++] = names[k];
            for (int k = 0; m->kids[1] && k < m->kids[1]->nkids; k++) {
                mp_ast *a = m->kids[1]->kids[k];
                mp_trait_rule *r = &d->rules[d->nrules++];
                memset(r, 0, sizeof *r);
                if (a->kids[0]) { const char *s; size_t len; class_name_of(c, a->kids[0], &s, &len); r->trait = intern(c, s, len); }
                r->method = intern(c, a->kids[1]->str, a->kids[1]->len);
                if (a->kind == MP_AST_TRAIT_INSTEADOF) {
                    r->insteadof = name_list(c, a->kids[2], &r->ninsteadof);
                } else {
                    if (a->nkids > 2 && a->kids[2]) r->alias = intern(c, a->kids[2]->str, a->kids[2]->len);
                    uint32_t v = 0;
                    if (a->flags & MP_AF_PUBLIC) v = MP_ACC_PUBLIC;
                    if (a->flags & MP_AF_PROTECTED) v = MP_ACC_PROTECTED;
                    if (a->flags & MP_AF_PRIVATE) v = MP_ACC_PRIVATE;
                    r->vis = v;
                }
            }
            break;
        }
        default:
            break;
        }
    }
    c->cls = saved;
    return d;
}

/* A class declaration statement: hoisted when it can be (no interfaces,
 * traits, and a parent already known), declared when reached otherwise. */
static void declare_class(compiler *c, mp_ast *n, int toplevel)
{
    mp_class_decl *d = compile_class(c, n);
    int k = add_ptr_const(c, MP_T_PTR, d);
    emit(c, OP_DECLARE_CLASS, k, 0, 0);
    if (toplevel) {
        GROW_GC(c->toplevel, c->ntoplevel, c->captoplevel, 8);
        c->toplevel[c->ntoplevel++] = d;
    }
    if (toplevel && !d->nifaces && !d->ntraits && !(d->flags & MP_ACC_ENUM)) {
        GROW(c->classes, c->nclasses, c->capclasses, 8);
        c->classes[c->nclasses++] = d;
    }
}

/* ?-> short-circuits the rest of its chain ($a?->b->c() is null when $a
 * is): its JMP_NULL jumps to the end of the outermost member access. */
static int is_chain(const mp_ast *n)
{
    switch (n->kind) {
    case MP_AST_PROP: case MP_AST_NULLSAFE_PROP: case MP_AST_METHOD_CALL: case MP_AST_NULLSAFE_METHOD_CALL:
    case MP_AST_DIM:
        return 1;
    }
    return 0;
}

static void nullsafe_jump(compiler *c, int j)
{
    if (!c->chain_owner) { patch_here(c, j); return; }
    GROW(c->nsjumps, c->nnsjumps, c->capnsjumps, 8);
    c->nsjumps[c->nnsjumps++] = j;
}

static void compile_expr_inner(compiler *c, mp_ast *n);

static void compile_expr(compiler *c, mp_ast *n)
{
    if (!c->chain_owner && is_chain(n)) {
        int mark = c->nnsjumps;
        c->chain_owner = 1;
        compile_expr_inner(c, n);
        c->chain_owner = 0;
        for (int i = mark; i < c->nnsjumps; i++) patch_here(c, c->nsjumps[i]);
        c->nnsjumps = mark;
        return;
    }
    if (!is_chain(n)) {
        /* a sub-expression (an index, an operand) starts its own chains */
        int saved = c->chain_owner;
        c->chain_owner = 0;
        compile_expr_inner(c, n);
        c->chain_owner = saved;
        return;
    }
    compile_expr_inner(c, n);
}

static void compile_expr_inner(compiler *c, mp_ast *n)
{
    c->line = n->line;
    mp_val v;
    switch (n->kind) {
    case MP_AST_INT: case MP_AST_FLOAT: case MP_AST_STRING:
        fold(c, n, &v);
        emit_const(c, v);
        break;
    case MP_AST_CONST:
        if (fold_name_const(c, n, &v)) { emit_const(c, v); break; }
        {
            mp_str *full = resolve_name(c, n->str, n->len, 2);
            emit(c, OP_FETCH_CONST, add_const(c, mp_v_str(full)), 0, 0);
        }
        break;
    case MP_AST_MAGIC_CONST: {
        const char *s = "";
        size_t len = 0;
        char buf[512];
        if (n->ival == MP_MC_CLASS && c->cls && (c->cls->flags & MP_ACC_TRAIT)) {
            emit(c, OP_FETCH_CLASS, add_str_const(c, "self", 4), 0, 1);
            emit(c, OP_FETCH_CLASS_NAME, 0, 0, 0);
            break;
        }
        if (n->ival == MP_MC_CLASS && c->cls) { s = c->cls->name->data; len = strlen(s); }
        if (n->ival == MP_MC_NAMESPACE && c->ns) { s = c->ns->data; len = c->ns->len; }
        if (n->ival == MP_MC_TRAIT && c->cls && (c->cls->flags & MP_ACC_TRAIT)) { s = c->cls->name->data; len = c->cls->name->len; }
        if ((n->ival == MP_MC_FUNCTION || n->ival == MP_MC_METHOD) && c->f->name) {
            s = c->f->name->data; len = c->f->name->len;
            if (n->ival == MP_MC_METHOD && c->cls && !c->f->is_closure_fs) {
                snprintf(buf, sizeof buf, "%s::%s", c->cls->name->data, c->f->name->data);
                s = buf; len = strlen(buf);
            }
        }
        emit(c, OP_CONST, add_str_const(c, s, len), 0, 0);
        break;
    }
    case MP_AST_INTERP: {
        int parts = 0;
        for (int i = 0; i < n->nkids; i++) {
            compile_expr(c, n->kids[i]);
            /* PHP converts each part as it is added (ROPE_ADD): warnings in order */
            if (n->kids[i]->kind != MP_AST_STRING) emit(c, OP_CAST, 0, 0, MP_CAST_STRING | MP_CAST_ROPE);
            parts++;
        }
        if (parts == 0) emit(c, OP_CONST, add_str_const(c, "", 0), 0, 0);
        else { emit(c, OP_ROPE, 0, parts, 0); adjust(c, 1 - parts); }
        break;
    }
    case MP_AST_VAR:
        if (is_globals(n)) {
            emit(c, OP_CONST, add_str_const(c, "GLOBALS", 7), 0, 0);
            emit(c, OP_LOAD_GLOBAL, 0, 0, 0);
        } else if (is_superglobal(n)) {
            emit(c, OP_CONST, add_str_const(c, n->str, n->len), 0, 0);
            emit(c, OP_LOAD_GLOBAL, 0, 0, 0);
        } else if (is_name(n, "this")) {
            c->f->uses_this = 1;
            emit(c, OP_THIS, 0, 0, 0);
        } else {
            emit(c, OP_LOAD, cv(c, n), 0, 0);
        }
        break;
    case MP_AST_VAR_VAR:
        compile_expr(c, n->kids[0]);
        emit(c, OP_LOAD_VARVAR, 0, 0, 0);
        break;
    case MP_AST_DIM:
        if (!n->kids[1]) cerror(c, n->line, "Cannot use [] for reading");
        if (is_globals(n->kids[0])) {
            compile_expr(c, n->kids[1]);
            emit(c, OP_LOAD_GLOBAL, 0, 0, 0);
            break;
        }
        {
            /* $a[1][2]...: walk the chain without recursion */
            int cnt = 0, cap = 0;
            mp_ast **chain = NULL;
            mp_ast *m = n;
            for (; m->kind == MP_AST_DIM && m->kids[1] && !is_globals(m->kids[0]); m = m->kids[0]) {
                GROW(chain, cnt, cap, 16);
                chain[cnt++] = m;
            }
            int first = cnt - 1, bc = simple_cv(c, m);
            int32_t imm;
            if (bc >= 0 && simple_cv(c, chain[first]->kids[1]) >= 0) {
                /* $a[$i]: one instruction */
                c->line = chain[first]->kids[1]->line;
                emit(c, OP_FETCH_DIM_CC, bc, simple_cv(c, chain[first]->kids[1]), 0);
                first--;
            } else if (bc >= 0 && small_int(chain[first]->kids[1], &imm)) {
                c->line = chain[first]->kids[1]->line;
                emit(c, OP_FETCH_DIM_CI, imm, bc, 0);
                first--;
            } else {
                compile_expr(c, m);
            }
            for (int i = first; i >= 0; i--) {
                compile_expr(c, chain[i]->kids[1]);
                emit(c, OP_FETCH_DIM, 0, 0, 0);
            }
            free(chain);
        }
        break;
    case MP_AST_ASSIGN:
        compile_assign(c, n->kids[0], n->kids[1], 1);
        break;
    case MP_AST_ASSIGN_REF:
        compile_assign_ref(c, n->kids[0], n->kids[1], 1);
        break;
    case MP_AST_ASSIGN_OP:
        compile_assign_op(c, n, 1);
        break;
    case MP_AST_PRE_INC: case MP_AST_PRE_DEC: case MP_AST_POST_INC: case MP_AST_POST_DEC:
        compile_incdec(c, n, 1);
        break;
    case MP_AST_BINARY: {
        if (fold(c, n, &v)) { emit_const(c, v); break; }
        int op = (int)n->ival;
        if (op == MP_OP_AND || op == MP_OP_OR) {
            compile_expr(c, n->kids[0]);
            int j = emit(c, op == MP_OP_AND ? OP_JMPZ : OP_JMPNZ, 0, 0, 0);
            compile_expr(c, n->kids[1]);
            emit(c, OP_BOOL, 0, 0, 0);
            int k = emit(c, OP_JMP, 0, 0, 0);
            adjust(c, -1);
            patch_here(c, j);
            emit(c, op == MP_OP_AND ? OP_FALSE : OP_TRUE, 0, 0, 0);
            patch_here(c, k);
            break;
        }
        if (op == MP_OP_COALESCE) {
            compile_quiet(c, n->kids[0]);
            int j = emit(c, OP_JMP_NOTNULL, 0, 0, 0);
            adjust(c, -1);
            compile_expr(c, n->kids[1]);
            patch_here(c, j);
            break;
        }
        /* a long left-associative chain ("a" . "b" . "c" ... generated code)
         * is compiled in a loop, not by recursion */
        mp_ast *l = n->kids[0];
        if (l->kind == MP_AST_BINARY && plain_binary(l) && plain_binary(l->kids[0])) {
            int cnt = 0, cap = 0;
            mp_ast **spine = NULL;
            for (mp_ast *m = n; m->kind == MP_AST_BINARY && plain_binary(m); m = m->kids[0]) {
                GROW(spine, cnt, cap, 64);
                spine[cnt++] = m;
            }
            mp_ast *deep = spine[cnt - 1];
            compile_binary(c, ast_op_to_opcode((int)deep->ival), deep->kids[0], deep->kids[1]);
            for (int i = cnt - 2; i >= 0; i--) binary_rhs(c, ast_op_to_opcode((int)spine[i]->ival), spine[i]->kids[1]);
            free(spine);
            break;
        }
        compile_binary(c, ast_op_to_opcode(op), n->kids[0], n->kids[1]);
        break;
    }
    case MP_AST_UNARY:
        if (fold(c, n, &v)) { emit_const(c, v); break; }
        compile_expr(c, n->kids[0]);
        c->line = n->line;
        emit(c, n->ival == MP_OP_NEG ? OP_NEG : n->ival == MP_OP_PLUS ? OP_PLUS :
                n->ival == MP_OP_NOT ? OP_NOT : OP_BNOT, 0, 0, 0);
        break;
    case MP_AST_TERNARY:
        if (fold(c, n, &v)) { emit_const(c, v); break; }
        if (!n->kids[1]) {
            compile_expr(c, n->kids[0]);
            int j = emit(c, OP_JMPNZ_KEEP, 0, 0, 0);
            adjust(c, -1);
            compile_expr(c, n->kids[2]);
            patch_here(c, j);
        } else {
            int j = compile_jump(c, n->kids[0], 0);
            compile_expr(c, n->kids[1]);
            int k = emit(c, OP_JMP, 0, 0, 0);
            adjust(c, -1);
            patch_here(c, j);
            compile_expr(c, n->kids[2]);
            patch_here(c, k);
        }
        break;
    case MP_AST_CAST:
        if (n->ival == MP_CAST_UNSET) cerror(c, n->line, "The (unset) cast is no longer supported");
        compile_expr(c, n->kids[0]);
        emit(c, OP_CAST, 0, 0, (int)n->ival);
        break;
    case MP_AST_ISSET: {
        int nj = 0;
        int *jumps = malloc(sizeof(int) * (size_t)(n->nkids + 1));
        for (int i = 0; i < n->nkids; i++) {
            compile_isset(c, n->kids[i]);
            if (i < n->nkids - 1) { jumps[nj++] = emit(c, OP_JMPZ_KEEP, 0, 0, 0); adjust(c, -1); }
        }
        for (int i = 0; i < nj; i++) patch_here(c, jumps[i]);
        free(jumps);
        break;
    }
    case MP_AST_EMPTY:
        compile_quiet(c, n->kids[0]);
        emit(c, OP_NOT, 0, 0, 0);
        break;
    case MP_AST_CALL:
        compile_call(c, n);
        break;
    case MP_AST_ARRAY:
        compile_array(c, n);
        break;
    case MP_AST_CLOSURE: case MP_AST_ARROW_FN:
        compile_closure(c, n);
        break;
    case MP_AST_MATCH:
        compile_match(c, n);
        break;
    case MP_AST_PRINT:
        compile_expr(c, n->kids[0]);
        emit(c, OP_ECHO, 0, 0, 0);
        emit(c, OP_INT, 1, 0, 0);
        break;
    case MP_AST_EXIT:
        if (n->kids[0]) { compile_expr(c, n->kids[0]); emit(c, OP_EXIT, 0, 0, 0); }
        else { emit(c, OP_EXIT, 0, 0, 1); adjust(c, 1); }
        emit(c, OP_NULL, 0, 0, 0);
        break;
    case MP_AST_INCLUDE:
        if (n->ival == MP_INC_EVAL) cerror(c, n->line, "eval() is not supported");
        compile_expr(c, n->kids[0]);
        emit(c, OP_INCLUDE, 0, 0, (int)n->ival);
        break;
    case MP_AST_SILENCE: {
        int slot = -1 - c->f->ntemps++;   /* a temporary slot, placed after the CVs when the function is done */
        int begin = emit(c, OP_SILENCE_BEGIN, slot, 0, 0);
        compile_expr(c, n->kids[0]);
        add_silence(c, begin, emit(c, OP_SILENCE_END, slot, 0, 0), slot);
        break;
    }
    case MP_AST_THROW:
        compile_expr(c, n->kids[0]);
        emit(c, OP_THROW, 0, 0, 0);
        emit(c, OP_NULL, 0, 0, 0);
        break;
    case MP_AST_NEW: compile_new(c, n); break;
    case MP_AST_YIELD:
        if (!c->f->is_generator) cerror(c, n->line, "The \"yield\" expression can only be used inside a function");
        /* function &gen(): yield hands out a reference to the variable */
        if (n->kids[0] && c->f->byref_return && is_writable(n->kids[0])) fetch_ref(c, n->kids[0]);
        else if (n->kids[0]) compile_stored(c, n->kids[0]);
        else emit(c, OP_NULL, 0, 0, 0);
        if (n->nkids > 1 && n->kids[1]) { compile_expr(c, n->kids[1]); emit(c, OP_YIELD, 0, 0, 1); adjust(c, -1); }
        else emit(c, OP_YIELD, 0, 0, 0);
        break;
    case MP_AST_YIELD_FROM:
        if (!c->f->is_generator) cerror(c, n->line, "The \"yield from\" expression can only be used inside a function");
        compile_expr(c, n->kids[0]);
        emit(c, OP_YIELD_FROM, 0, 0, 0);
        break;
    case MP_AST_PROP: case MP_AST_NULLSAFE_PROP: compile_prop_fetch(c, n, 0); break;
    case MP_AST_STATIC_PROP: {
        push_class(c, n->kids[0]);
        int k = member_name(c, n->kids[1]);
        c->line = n->line;
        emit(c, OP_FETCH_STATIC_PROP, k, 0, 0);
        if (k < 0) adjust(c, -1);
        break;
    }
    case MP_AST_CLASS_CONST_FETCH: compile_class_const(c, n); break;
    case MP_AST_METHOD_CALL: case MP_AST_NULLSAFE_METHOD_CALL: compile_method_call(c, n); break;
    case MP_AST_STATIC_CALL: compile_static_call(c, n); break;
    case MP_AST_INSTANCEOF: compile_instanceof(c, n); break;
    case MP_AST_CLONE:
        compile_expr(c, n->kids[0]);
        c->line = n->line;
        emit(c, OP_CLONE, 0, 0, 0);
        break;
    case MP_AST_NAME:
        cerror(c, n->line, "Unexpected name");
    default:
        cerror(c, n->line, "%s is not supported yet", mp_ast_kind_name(n->kind));
    }
}

/* ---- statements ---- */

static loop_ctx *push_loop(compiler *c, int is_switch, int items)
{
    fstate *f = c->f;
    GROW(f->loops, f->nloops, f->caploops, 8);
    loop_ctx *l = &f->loops[f->nloops++];
    memset(l, 0, sizeof *l);
    l->id = ++f->next_loop_id;
    l->is_switch = is_switch;
    l->items = items;
    return l;
}

static goto_site *add_site(compiler *c, goto_site **v, int *n, int *cap, mp_ast *node)
{
    fstate *f = c->f;
    GROW(*v, *n, *cap, 8);
    goto_site *g = &(*v)[(*n)++];
    g->name = node->str;
    g->pc = here(c);
    g->line = node->line;
    g->nloops = f->nloops;
    if (f->nloops > 32) cerror(c, node->line, "'goto' nested in more than 32 loops is not supported");
    for (int i = 0; i < f->nloops; i++) { g->loop_ids[i] = f->loops[i].id; g->loop_items[i] = f->loops[i].items; }
    g->nfins = f->nfins;
    if (f->nfins > 32) cerror(c, node->line, "'goto' nested in more than 32 try blocks is not supported");
    for (int i = 0; i < f->nfins; i++) {
        g->fin_ids[i] = f->fins[i].id; g->fin_nloops[i] = f->fins[i].nloops;
        g->fin_in_finally[i] = (uint8_t)f->fins[i].in_finally;
    }
    return g;
}

/* Resolve the gotos of the function: jump to the label, first dropping the
 * stack items (foreach iterators) of the loops the jump leaves. */
static void resolve_goto_finally(compiler *c, goto_site *g, goto_site *lab, int items);

static void resolve_gotos(compiler *c)
{
    fstate *f = c->f;
    for (int i = 0; i < f->nlabels; i++)
        for (int k = 0; k < i; k++)
            if (strcmp(f->labels[i].name, f->labels[k].name) == 0)
                cerror(c, f->labels[i].line, "Label '%s' already defined", f->labels[i].name);
    for (int i = 0; i < f->ngotos; i++) {
        goto_site *g = &f->gotos[i];
        goto_site *lab = NULL;
        for (int k = 0; k < f->nlabels; k++) if (strcmp(f->labels[k].name, g->name) == 0) lab = &f->labels[k];
        if (!lab) cerror(c, g->line, "'goto' to undefined label '%s'", g->name);
        int prefix = lab->nloops <= g->nloops;
        for (int k = 0; prefix && k < lab->nloops && k < 32; k++) if (lab->loop_ids[k] != g->loop_ids[k]) prefix = 0;
        if (!prefix) cerror(c, g->line, "'goto' into loop or switch statement is disallowed");
        int items = 0;
        for (int k = lab->nloops; k < g->nloops; k++) items += g->loop_items[k];
        if (g->nfins || lab->nfins) { resolve_goto_finally(c, g, lab, items); continue; }
        f->code[g->pc].b = (uint16_t)items;   /* POPN: the iterators of the loops left */
        f->code[g->pc + 1].a = lab->pc;
    }
    free(f->labels); free(f->gotos);
}

static void pop_loop(compiler *c, int cont_target, int break_target)
{
    fstate *f = c->f;
    loop_ctx *l = &f->loops[--f->nloops];
    for (int i = 0; i < l->nbreaks; i++) patch(c, l->breaks[i], break_target);
    for (int i = 0; i < l->nconts; i++) patch(c, l->conts[i], cont_target);
    free(l->breaks); free(l->conts);
}

static void leave_blocks(compiler *c, int target, int line, int is_return);

static void compile_break(compiler *c, mp_ast *n, int is_continue)
{
    fstate *f = c->f;
    int depth = (int)n->ival;
    const char *what = is_continue ? "continue" : "break";
    if (n->nkids && n->kids[0] && n->kids[0]->kind != MP_AST_INT)
        cerror(c, n->line, "'%s' operator with non-integer operand is no longer supported", what);
    if (depth < 1) cerror(c, n->line, "'%s' operator accepts only positive integers", what);
    if (f->nloops == 0) cerror(c, n->line, "'%s' not in the 'loop' or 'switch' context", what);
    if (depth > f->nloops)
        cerror(c, n->line, "Cannot '%s' %d level%s", what, depth, depth == 1 ? "" : "s");
    /* drop the stack items (foreach iterators) of the constructs left and
     * run the finally blocks left; the target's own items are dropped at its end */
    leave_blocks(c, f->nloops - depth, n->line, 0);
    loop_ctx *l = &f->loops[f->nloops - depth];
    int j = emit(c, OP_JMP, 0, 0, 0);
    if (is_continue && !l->is_switch) {
        GROW(l->conts, l->nconts, l->capconts, 4);
        l->conts[l->nconts++] = j;
    } else {
        if (is_continue && l->is_switch) {
            char msg[256];
            int outer = 0;
            for (int i = f->nloops - depth - 1; i >= 0; i--) if (!f->loops[i].is_switch) { outer = 1; break; }
            if (outer) snprintf(msg, sizeof msg, "\"continue\" targeting switch is equivalent to \"break\". Did you mean to use \"continue %d\"?", depth + 1);
            else snprintf(msg, sizeof msg, "\"continue\" targeting switch is equivalent to \"break\"");
            c->ndiags++;
            mp_report(c->vm, MP_E_COMPILE_WARNING, c->path, n->line, msg);
        }
        GROW(l->breaks, l->nbreaks, l->capbreaks, 4);
        l->breaks[l->nbreaks++] = j;
    }
}

static void compile_foreach(compiler *c, mp_ast *n)
{
    mp_ast *subject = n->kids[0], *key = n->kids[1], *value = n->kids[2], *body = n->kids[3];
    /* foreach ($a as [&$x]) iterates by reference, as PHP does */
    int byref = (n->flags & MP_AF_BYREF) || (value->kind == MP_AST_ARRAY && pattern_has_ref(value));
    if (key && key->kind == MP_AST_ARRAY) cerror(c, key->line, "Cannot use list as key element");
    if (byref) {
        if (is_writable(subject)) fetch_w(c, subject, 0);
        else compile_expr(c, subject);
    } else {
        compile_expr(c, subject);
    }
    emit(c, OP_ITER_INIT, 0, 0, (byref && is_writable(subject)) | (byref ? 2 : 0));
    int top = here(c);
    loop_ctx *l = push_loop(c, 0, 1);
    (void)l;
    int next = emit(c, OP_ITER_NEXT, 0, 0, (key ? 2 : 0) | (byref ? 1 : 0));
    adjust(c, key ? 2 : 1);
    /* stack: [iter][key?][value] */
    if (byref && value->kind == MP_AST_ARRAY) {
        destructure(c, value);          /* source: the element's REF */
        emit(c, OP_POP, 0, 0, 0);
    } else if (byref) {
        bind_ref_target(c, value, 0);
    } else {
        assign_from_stack(c, value, 0);
    }
    if (key) assign_from_stack(c, key, 0);
    compile_stmt(c, body);
    emit(c, OP_JMP, top, 0, 0);
    int end = here(c);
    patch(c, next, end);
    pop_loop(c, top, end);
    emit(c, OP_POP, 0, 0, 0);
}

static void compile_switch(compiler *c, mp_ast *n)
{
    compile_expr(c, n->kids[0]);
    mp_ast *cases = n->kids[1];
    int *jumps = malloc(sizeof(int) * (size_t)(cases->nkids + 1));
    int dflt = -1;
    for (int i = 0; i < cases->nkids; i++) {
        mp_ast *cs = cases->kids[i];
        if (!cs->kids[0]) { dflt = i; jumps[i] = -1; continue; }
        c->line = cs->line;
        compile_expr(c, cs->kids[0]);
        jumps[i] = emit(c, OP_CASE_EQ, 0, 0, 0);
    }
    emit(c, OP_POP, 0, 0, 0);
    int tail = emit(c, OP_JMP, 0, 0, 0);
    push_loop(c, 1, 0);
    for (int i = 0; i < cases->nkids; i++) {
        if (i == dflt) patch_here(c, tail);
        else patch_here(c, jumps[i]);
        compile_stmts(c, cases->kids[i]->kids[1]);
    }
    int end = here(c);
    if (dflt < 0) patch(c, tail, end);
    pop_loop(c, end, end);
    free(jumps);
}

/* ---- try / catch / finally ---- */

/* The layout follows PHP's: the try body, FAST_CALL finally, JMP end; the
 * catch clauses (CATCH tests, CATCH_TAKE, the clause's body, JMP back to
 * that FAST_CALL), RETHROW; the finally block, FAST_RET. An mp_try entry
 * tells the unwinder (except.c) where each part is. */

static void add_silence(compiler *c, int begin, int end, int slot)
{
    fstate *f = c->f;
    GROW(f->silences, f->nsilences, f->capsilences, 4);
    f->silences[f->nsilences++] = (mp_silence){ begin, end, slot };
}

static fin_ctx *push_fin(compiler *c, int in_finally, int slot)
{
    fstate *f = c->f;
    GROW(f->fins, f->nfins, f->capfins, 4);
    fin_ctx *x = &f->fins[f->nfins++];
    memset(x, 0, sizeof *x);
    x->id = ++f->next_loop_id;
    x->in_finally = in_finally;
    x->slot = slot;
    x->nloops = f->nloops;
    return x;
}

static void fast_call(compiler *c, fin_ctx *x)
{
    GROW(x->calls, x->ncalls, x->capcalls, 4);
    x->calls[x->ncalls++] = emit(c, OP_FAST_CALL, 0, x->slot, 0);
}

/* Leave the loops above index TARGET (break/continue: the target loop keeps
 * its items) and the try blocks inside them, innermost first: drop each
 * foreach iterator left, run the finally block of each try left. A return
 * (TARGET -1) leaves everything, forgetting the pending exception of a
 * finally block it leaves; break and continue may not leave a finally
 * block. The pops do not change the depth of the code that follows (it is
 * unreachable from here). */
static void leave_blocks(compiler *c, int target, int line, int is_return)
{
    fstate *f = c->f;
    int k = f->nfins - 1;
    for (int level = f->nloops; level > target; level--) {
        for (; k >= 0 && f->fins[k].nloops == level; k--) {
            fin_ctx *x = &f->fins[k];
            if (!x->in_finally) fast_call(c, x);
            else if (is_return) emit(c, OP_FAST_DISCARD, 0, x->slot, 0);
            else cerror(c, line, "jump out of a finally block is disallowed");
        }
        if (is_return && k < 0) break;   /* RETURN drops the rest of the stack */
        if (level - 1 > target)
            for (int i = 0; i < f->loops[level - 1].items; i++) { emit(c, OP_POP, 0, 0, 0); adjust(c, 1); }
    }
}

/* return inside a try with a finally (or a finally block): the value waits
 * in a slot while the finally blocks run (a return in one of them replaces it). */
static void compile_return_finally(compiler *c, mp_ast *e)
{
    fstate *f = c->f;
    mp_type *rt = f->ret_type;
    int x = 0;
    if (!e) emit(c, OP_NULL, 0, 0, 0);
    else if (rt && !(rt->mask & MP_TY_VOID)) { compile_stored(c, e); emit(c, OP_VERIFY_RETURN, 0, 0, 0); }
    else if (f->byref_return && is_writable(e) && !is_name(e, "this")) fetch_ref(c, e);
    else { compile_stored(c, e); x = f->byref_return; }
    if (!f->retval_slot) f->retval_slot = 1 + f->ntemps++;
    emit(c, OP_TEMP_STORE, f->retval_slot - 1, 0, 0);
    leave_blocks(c, -1, c->line, 1);
    emit(c, OP_TEMP_LOAD, f->retval_slot - 1, 0, 0);
    emit(c, OP_RETURN, 0, 0, x);
}

/* goto inside try blocks: a FAST_CALL per finally context and a POPN per
 * loop, innermost first, then the JMP; resolve_goto_finally keeps those the
 * jump leaves. */
static void goto_leave_sequence(compiler *c)
{
    fstate *f = c->f;
    int k = f->nfins - 1;
    for (int level = f->nloops; level >= 0; level--) {
        for (; k >= 0 && f->fins[k].nloops == level; k--) {
            if (f->fins[k].in_finally) emit(c, OP_POPN, 0, 0, 0);   /* an error if the jump leaves it */
            else fast_call(c, &f->fins[k]);
        }
        if (level > 0) emit(c, OP_POPN, 0, 0, 0);
    }
}

static void resolve_goto_finally(compiler *c, goto_site *g, goto_site *lab, int items)
{
    fstate *f = c->f;
    int common = 0;
    while (common < g->nfins && common < lab->nfins && g->fin_ids[common] == lab->fin_ids[common]) common++;
    for (int k = common; k < lab->nfins; k++)
        if (lab->fin_in_finally[k]) cerror(c, g->line, "jump into a finally block is disallowed");
    for (int k = common; k < g->nfins; k++)
        if (g->fin_in_finally[k]) cerror(c, g->line, "jump out of a finally block is disallowed");
    int pc = g->pc;
    if (g->nfins == 0) {
        f->code[pc].b = (uint16_t)items;
        f->code[pc + 1].a = lab->pc;
        return;
    }
    int k = g->nfins - 1;
    for (int level = g->nloops; level >= 0; level--) {
        for (; k >= 0 && g->fin_nloops[k] == level; k--, pc++)
            if (k < common) { f->code[pc].op = OP_POPN; f->code[pc].a = 0; f->code[pc].b = 0; }
        if (level > 0) { f->code[pc].b = (uint16_t)(level - 1 >= lab->nloops ? g->loop_items[level - 1] : 0); pc++; }
    }
    f->code[pc].a = lab->pc;   /* the JMP */
}

/* catch (A|B $e) { ... }: a CATCH test per class (jumping to the next clause
 * when the last one fails), then the exception is taken. */
static void compile_catch(compiler *c, mp_ast *clause, int **ends, int *nends, int *capends, int fall)
{
    mp_ast *types = clause->kids[0], *var = clause->kids[1];
    c->line = clause->line;
    int n = types->nkids, next = -1;
    int *hits = malloc(sizeof(int) * (size_t)n);
    for (int k = 0; k < n; k++) {
        mp_ast *t = types->kids[k];
        if (t->len == 6 && strncasecmp(t->str, "static", 6) == 0)
            cerror(c, t->line, "Bad class name in the catch statement");
        int j = emit(c, OP_CATCH, 0, add_const(c, mp_v_str(resolve_name(c, t->str, t->len, 0))), k < n - 1);
        if (k < n - 1) hits[k] = j; else next = j;
    }
    for (int k = 0; k < n - 1; k++) patch_here(c, hits[k]);
    free(hits);
    emit(c, OP_CATCH_TAKE, 0, 0, 0);
    if (var) {
        if (is_name(var, "this")) cerror(c, var->line, "Cannot re-assign $this");
        emit(c, OP_ASSIGN, cv(c, var), 0, 1);
        adjust(c, -1);
    } else {
        emit(c, OP_POP, 0, 0, 0);
    }
    compile_stmts(c, clause->kids[2]);
    if (fall >= 0) emit(c, OP_JMP, fall, 0, 0);
    else { GROW(*ends, *nends, *capends, 4); (*ends)[(*nends)++] = emit(c, OP_JMP, 0, 0, 0); }
    patch_here(c, next);
}

static void compile_try(compiler *c, mp_ast *n)
{
    fstate *f = c->f;
    mp_ast *catches = n->kids[1], *fin = n->kids[2];
    int ncatch = catches ? catches->nkids : 0;
    if (!ncatch && !fin) cerror(c, n->line, "Cannot use try without catch or finally");
    GROW(f->tries, f->ntries, f->captries, 4);
    int ti = f->ntries++;
    mp_try t = { here(c), 0, -1, -1, 0, f->depth, fin ? f->ntemps++ : -1 };
    int *ends = NULL, nends = 0, capends = 0, fall = -1;
    if (fin) push_fin(c, 0, t.fast_slot);
    compile_stmts(c, n->kids[0]);
    if (fin) { fall = here(c); fast_call(c, &f->fins[f->nfins - 1]); }
    GROW(ends, nends, capends, 4);
    ends[nends++] = emit(c, OP_JMP, 0, 0, 0);
    t.end = here(c);
    if (ncatch) {
        t.catch_pc = here(c);
        for (int i = 0; i < ncatch; i++) compile_catch(c, catches->kids[i], &ends, &nends, &capends, fall);
        emit(c, OP_RETHROW, 0, 0, 0);
    }
    if (fin) {
        fin_ctx *x = &f->fins[--f->nfins];
        for (int i = 0; i < x->ncalls; i++) patch_here(c, x->calls[i]);
        free(x->calls);
        t.finally_pc = here(c);
        push_fin(c, 1, t.fast_slot);
        compile_stmts(c, fin);
        f->nfins--;
        t.finally_end = emit(c, OP_FAST_RET, 0, t.fast_slot, 0);
    } else {
        t.finally_end = here(c);
    }
    for (int i = 0; i < nends; i++) patch_here(c, ends[i]);
    free(ends);
    f->tries[ti] = t;
}

/* PHP's constant expressions (const, static and default values): literals,
 * constants and operators on them, nothing that runs user code. */
static int is_const_expr(mp_ast *n)
{
    if (!n) return 1;
    switch (n->kind) {
    case MP_AST_INT: case MP_AST_FLOAT: case MP_AST_STRING: case MP_AST_CONST:
    case MP_AST_MAGIC_CONST: case MP_AST_CLASS_CONST_FETCH:
        return 1;
    case MP_AST_BINARY: case MP_AST_UNARY: case MP_AST_TERNARY:
        for (int i = 0; i < n->nkids; i++) if (!is_const_expr(n->kids[i])) return 0;
        return 1;
    case MP_AST_ARRAY:
        for (int i = 0; i < n->nkids; i++) {
            mp_ast *it = n->kids[i];
            if (!it || (it->flags & MP_AF_BYREF)) return 0;
            if (!is_const_expr(it->kids[0]) || (it->nkids > 1 && !is_const_expr(it->kids[1]))) return 0;
        }
        return 1;
    case MP_AST_DIM:
        return n->kids[1] && is_const_expr(n->kids[0]) && is_const_expr(n->kids[1]);
    }
    return 0;
}

static void compile_static(compiler *c, mp_ast *n)
{
    fstate *f = c->f;
    for (int i = 0; i < n->nkids; i++) {
        mp_ast *sv = n->kids[i];
        mp_val init = mp_v_null();
        if (!is_const_expr(sv->kids[0])) cerror(c, sv->line, "Constant expression contains invalid operations");
        int dynamic = sv->kids[0] && !fold(c, sv->kids[0], &init);
        if (dynamic) init = mp_v_undef();   /* evaluated on first execution */
        freeze(init);
        GROW_GC(f->static_inits, f->nstatics, f->capstatics, 4);
        f->static_inits[f->nstatics] = init;
        int slot = cv_slot(c, f, sv->str, sv->len);
        emit(c, OP_BIND_STATIC, slot, f->nstatics, 0);
        if (dynamic) {
            int j = emit(c, OP_STATIC_INITED, 0, f->nstatics, 0);
            compile_expr(c, sv->kids[0]);
            emit(c, OP_ASSIGN, slot, 0, 1);
            adjust(c, -1);
            patch_here(c, j);
        }
        f->nstatics++;
    }
}

static void declare_function(compiler *c, mp_ast *n, int toplevel)
{
    const char *name = n->str;
    size_t len = n->len;
    char buf[1024];
    if (c->ns) { len = (size_t)snprintf(buf, sizeof buf, "%s\\%s", c->ns->data, n->str); name = buf; }
    mp_func *f = compile_function(c, n, name, len, n->kids[0], n->kids[1], n->kids[2], 0);
    f->byref_return = (n->flags & MP_AF_BYREF) != 0;
    if (mp_builtin_lookup(f->lcname->data, f->lcname->len))
        cerror(c, n->line, "Cannot redeclare %s()", f->name->data);
    if (toplevel) {
        for (int i = 0; i < c->nhoisted; i++)
            if (mp_str_eq(c->hoisted[i]->lcname, f->lcname))
                cerror(c, n->line, "Cannot redeclare %s() (previously declared in %s:%d)",
                       f->name->data, c->path, c->hoisted[i]->line_start);
        GROW_GC(c->hoisted, c->nhoisted, c->caphoisted, 8);
        c->hoisted[c->nhoisted++] = f;
    } else {
        emit(c, OP_DECLARE_FUNC, add_ptr_const(c, MP_T_FUNC, f), 0, 0);
    }
}

static void compile_stmts(compiler *c, mp_ast *list)
{
    if (!list) return;
    if (list->kind != MP_AST_LIST) { compile_stmt(c, list); return; }
    for (int i = 0; i < list->nkids; i++) {
        mp_ast *s = list->kids[i];
        if (!s) continue;
        if (s->kind == MP_AST_HALT_COMPILER) break;
        compile_stmt(c, s);
    }
}

static void compile_expr_stmt(compiler *c, mp_ast *e)
{
    switch (e->kind) {
    case MP_AST_ASSIGN: compile_assign(c, e->kids[0], e->kids[1], 0); return;
    case MP_AST_ASSIGN_REF: compile_assign_ref(c, e->kids[0], e->kids[1], 0); return;
    case MP_AST_ASSIGN_OP: compile_assign_op(c, e, 0); return;
    case MP_AST_PRE_INC: case MP_AST_PRE_DEC: case MP_AST_POST_INC: case MP_AST_POST_DEC:
        compile_incdec(c, e, 0); return;
    }
    compile_expr(c, e);
    emit(c, OP_POP, 0, 0, 0);
}

static void compile_stmt(compiler *c, mp_ast *n)
{
    if (!n) return;
    c->line = n->line;
    fstate *f = c->f;
    switch (n->kind) {
    case MP_AST_LIST: compile_stmts(c, n); break;
    case MP_AST_BLOCK: compile_stmts(c, n->kids[0]); break;
    case MP_AST_NOP: break;
    case MP_AST_ECHO:
        for (int i = 0; i < n->nkids; i++) {
            compile_expr(c, n->kids[i]);
            c->line = n->line;
            emit(c, OP_ECHO, 0, 0, 0);
        }
        break;
    case MP_AST_INLINE_HTML:
        if (n->len) {
            emit(c, OP_CONST, add_str_const(c, n->str, n->len), 0, 0);
            emit(c, OP_ECHO, 0, 0, 0);
        }
        break;
    case MP_AST_EXPR_STMT:
        compile_expr_stmt(c, n->kids[0]);
        break;
    case MP_AST_IF: {
        /* if / elseif chains are compiled in a loop: 100,000 elseifs must not
         * recurse 100,000 deep */
        int *ends = NULL, nends = 0, capends = 0;
        mp_ast *cur = n;
        for (;;) {
            c->line = cur->line;
            int j = compile_jump(c, cur->kids[0], 0);
            compile_stmt(c, cur->kids[1]);
            mp_ast *els = cur->kids[2];
            if (!els) { patch_here(c, j); break; }
            GROW(ends, nends, capends, 8);
            ends[nends++] = emit(c, OP_JMP, 0, 0, 0);
            patch_here(c, j);
            if (els->kind != MP_AST_IF) { compile_stmt(c, els); break; }
            cur = els;
        }
        for (int i = 0; i < nends; i++) patch_here(c, ends[i]);
        free(ends);
        break;
    }
    case MP_AST_WHILE: {
        /* condition at the bottom: one jump per iteration */
        int entry = emit(c, OP_JMP, 0, 0, 0);
        int top = here(c);
        push_loop(c, 0, 0);
        compile_stmt(c, n->kids[1]);
        int cond = here(c);
        patch(c, entry, cond);
        c->line = n->line;
        int j = compile_jump(c, n->kids[0], 1);
        patch(c, j, top);
        pop_loop(c, cond, here(c));
        break;
    }
    case MP_AST_DO_WHILE: {
        int top = here(c);
        push_loop(c, 0, 0);
        compile_stmt(c, n->kids[0]);
        int cond = here(c);
        int j = compile_jump(c, n->kids[1], 1);
        patch(c, j, top);
        pop_loop(c, cond, here(c));
        break;
    }
    case MP_AST_FOR: {
        mp_ast *init = n->kids[0], *cond = n->kids[1], *step = n->kids[2];
        for (int i = 0; init && i < init->nkids; i++) compile_expr_stmt(c, init->kids[i]);
        /* condition at the bottom: one jump per iteration */
        int entry = emit(c, OP_JMP, 0, 0, 0);
        int top = here(c);
        push_loop(c, 0, 0);
        compile_stmt(c, n->kids[3]);
        int cont = here(c);
        for (int i = 0; step && i < step->nkids; i++) compile_expr_stmt(c, step->kids[i]);
        patch_here(c, entry);
        c->line = n->line;
        if (cond && cond->nkids) {
            for (int i = 0; i < cond->nkids - 1; i++) compile_expr_stmt(c, cond->kids[i]);
            int j = compile_jump(c, cond->kids[cond->nkids - 1], 1);
            patch(c, j, top);
        } else {
            emit(c, OP_JMP, top, 0, 0);
        }
        pop_loop(c, cont, here(c));
        break;
    }
    case MP_AST_FOREACH: compile_foreach(c, n); break;
    case MP_AST_SWITCH: compile_switch(c, n); break;
    case MP_AST_BREAK: compile_break(c, n, 0); break;
    case MP_AST_CONTINUE: compile_break(c, n, 1); break;
    case MP_AST_RETURN: {
        mp_ast *e = n->kids[0];
        mp_type *rt = f->ret_type;
        if (rt && (rt->mask & MP_TY_VOID) && e)
            cerror(c, n->line, "A void function must not return a value%s",
                   e->kind == MP_AST_CONST && is_name(e, "null") ? " (did you mean \"return;\" instead of \"return null;\"?)" : "");
        if (rt && (rt->mask & MP_TY_NEVER))
            cerror(c, n->line, "A never-returning function must not return");
        if (rt && !e && !(rt->mask & MP_TY_VOID))
            cerror(c, n->line, "A function with return type must return a value%s",
                   (rt->mask & MP_TY_NULL) ? " (did you mean \"return null;\" instead of \"return;\"?)" : "");
        if (f->nfins) { compile_return_finally(c, e); break; }
        if (rt && e && !(rt->mask & MP_TY_VOID)) {
            /* function &f(): T returns a reference too (its value is checked) */
            int ref = f->byref_return && is_writable(e) && !is_name(e, "this");
            if (ref) fetch_ref(c, e); else compile_stored(c, e);
            emit(c, OP_VERIFY_RETURN, 0, 0, 0);
            emit(c, OP_RETURN, 0, 0, f->byref_return && !ref);
            break;
        }
        if (!e) {
            emit(c, OP_RETURN_NULL, 0, 0, 0);   /* include of a file that says "return;" gives NULL */
            break;
        }
        if (f->byref_return) {
            /* function &f(): a variable is returned as a reference (the
             * caller keeps it only for =& and the like); anything else notices */
            if (is_writable(e) && !is_name(e, "this")) { fetch_ref(c, e); emit(c, OP_RETURN, 0, 0, 0); }
            else { compile_stored(c, e); emit(c, OP_RETURN, 0, 0, 1); }
            break;
        }
        if (is_local_var(e) && !is_name(e, "this")) {
            emit(c, OP_RETURN_CV, cv(c, e), 0, 0);
            break;
        }
        compile_stored(c, e);
        emit(c, OP_RETURN, 0, 0, 0);
        break;
    }
    case MP_AST_GLOBAL:
        for (int i = 0; i < n->nkids; i++) {
            mp_ast *v = n->kids[i];
            if (v->kind == MP_AST_VAR) {
                emit(c, OP_BIND_GLOBAL, cv(c, v), add_str_const(c, v->str, v->len), 0);
            } else {
                compile_expr(c, v->kids[0]);
                emit(c, OP_BIND_GLOBAL_DYN, 0, 0, 0);
            }
        }
        break;
    case MP_AST_STATIC: compile_static(c, n); break;
    case MP_AST_UNSET:
        for (int i = 0; i < n->nkids; i++) {
            mp_ast *t = n->kids[i];
            c->line = t->line;
            if (is_local_var(t)) {
                if (is_name(t, "this")) cerror(c, t->line, "Cannot unset $this");
                emit(c, OP_UNSET, cv(c, t), 0, 0);
            } else if (t->kind == MP_AST_VAR_VAR) {
                compile_expr(c, t->kids[0]);
                emit(c, OP_UNSET_VARVAR, 0, 0, 0);
            } else if (t->kind == MP_AST_DIM) {
                if (!t->kids[1]) cerror(c, t->line, "Cannot use [] for unsetting");
                int slot = 0, nkeys;
                int kind = push_target(c, t, &slot, &nkeys);
                emit(c, OP_UNSET_W, slot, nkeys, kind);
                adjust(c, -nkeys - (kind != MP_BASE_CV));
            } else if (t->kind == MP_AST_VAR) {
                /* unset($GLOBALS) / superglobal: ignore */
            } else if (t->kind == MP_AST_PROP) {
                compile_object(c, t->kids[0]);
                int k = member_name(c, t->kids[1]);
                emit(c, OP_UNSET_PROP, k, 0, 0);
                if (k < 0) adjust(c, -1);
            } else if (t->kind == MP_AST_STATIC_PROP) {
                cerror(c, t->line, "Attempt to unset static property");
            } else if (t->kind == MP_AST_NULLSAFE_PROP) {
                cerror(c, t->line, "Can't use nullsafe operator in write context");
            } else {
                cerror(c, t->line, "Cannot use temporary expression in write context");
            }
        }
        break;
    case MP_AST_CONST_DECL:
        for (int i = 0; i < n->nkids; i++) {
            mp_ast *it = n->kids[i];
            c->line = it->line;
            if (!is_const_expr(it->kids[0])) cerror(c, it->line, "Constant expression contains invalid operations");
            compile_expr(c, it->kids[0]);
            mp_str *cname = intern(c, it->str, it->len);
            if (c->ns) { char buf[1024]; int bl = snprintf(buf, sizeof buf, "%s\\%s", c->ns->data, it->str); cname = intern(c, buf, (size_t)bl); }
            emit(c, OP_DECLARE_CONST, add_const(c, mp_v_str(cname)), 0, 0);
        }
        break;
    case MP_AST_FUNC_DECL:
        if (c->ns_body_hoisted) break;   /* hoisted with the file */
        declare_function(c, n, 0);
        break;
    case MP_AST_DECLARE:
        for (int i = 0; n->kids[0] && i < n->kids[0]->nkids; i++) {
            mp_ast *it = n->kids[0]->kids[i];
            if (is_name(it, "strict_types")) {
                mp_val v;
                if (!fold(c, it->kids[0], &v) || v.type != MP_T_INT || (v.u.i != 0 && v.u.i != 1))
                    cerror(c, it->line, "strict_types declaration must have 0 or 1 as its value");
                c->strict_types = (int)v.u.i;
            }
        }
        if (n->nkids > 1 && n->kids[1]) compile_stmts(c, n->kids[1]);
        break;
    case MP_AST_THROW:
        compile_expr(c, n->kids[0]);
        emit(c, OP_THROW, 0, 0, 0);
        break;
    case MP_AST_NAMESPACE:
        enter_namespace(c, n);
        if (n->kids[0]) {
            /* the functions of a namespace { } block at the top level were hoisted */
            int saved = c->ns_body_hoisted;
            for (int i = 0; i < n->kids[0]->nkids; i++) {
                mp_ast *st = n->kids[0]->kids[i];
                if (!st) continue;
                c->ns_body_hoisted = f->is_main && st->kind == MP_AST_FUNC_DECL;
                c->toplevel_stmt = f->is_main && st->kind == MP_AST_CLASS_DECL;
                compile_stmt(c, st);
            }
            c->ns_body_hoisted = saved;
            c->toplevel_stmt = 0;
            c->ns = NULL;
            c->uses[0] = c->uses[1] = c->uses[2] = NULL;
        }
        break;
    case MP_AST_USE:
        compile_use(c, n);
        break;
    case MP_AST_HALT_COMPILER:
        break;
    case MP_AST_LABEL:
        add_site(c, &f->labels, &f->nlabels, &f->caplabels, n);
        break;
    case MP_AST_GOTO: {
        /* POPN drops the iterators of the foreach loops left; its count is
         * known once the label is (resolve_gotos) */
        add_site(c, &f->gotos, &f->ngotos, &f->capgotos, n);
        if (f->nfins) goto_leave_sequence(c);
        else emit(c, OP_POPN, 0, 0, 0);
        emit(c, OP_JMP, 0, 0, 0);
        break;
    }
    case MP_AST_CLASS_DECL:
        declare_class(c, n, f->is_main && c->toplevel_stmt);
        break;
    case MP_AST_TRY:
        compile_try(c, n);
        break;
    default:
        compile_expr_stmt(c, n);
    }
}

/* ---- functions ---- */

static mp_type *build_type(compiler *c, mp_ast *t, int implicit_null)
{
    if (!t) return NULL;
    mp_type *ty = mp_alloc(NULL, sizeof *ty);
    mp_ast *single[1] = { t };
    mp_ast **parts = single;
    int nparts = 1;
    if (t->kind == MP_AST_UNION_TYPE) { parts = t->kids; nparts = t->nkids; }
    mp_buf text; mp_buf_init(&text, NULL);
    for (int i = 0; i < nparts; i++) {
        mp_ast *p = parts[i];
        const char *s = p->str; size_t len = p->len;
        if (len && s[0] == '\\') { s++; len--; }
        static const struct { const char *name; uint32_t mask; } names[] = {
            { "int", MP_TY_INT }, { "float", MP_TY_FLOAT }, { "string", MP_TY_STRING },
            { "bool", MP_TY_BOOL }, { "array", MP_TY_ARRAY }, { "callable", MP_TY_CALLABLE },
            { "iterable", MP_TY_ITERABLE }, { "object", MP_TY_OBJECT }, { "mixed", MP_TY_MIXED },
            { "void", MP_TY_VOID }, { "null", MP_TY_NULL }, { "never", MP_TY_NEVER },
            { "false", MP_TY_FALSE }, { "true", MP_TY_TRUE }, { "static", MP_TY_STATIC },
        };
        uint32_t m = 0;
        for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
            if (strlen(names[k].name) == len && strncasecmp(names[k].name, s, len) == 0) m = names[k].mask;
        if (!m) {
            m = MP_TY_CLASS;
            mp_str *full = resolve_name(c, p->str, p->len, 0);
            s = full->data; len = full->len;
            ty->names = mp_realloc(NULL, ty->names, sizeof(mp_str *) * (size_t)(ty->nnames + 1));
            ty->names[ty->nnames++] = full;
        }
        if (m == MP_TY_BOOL) m = MP_TY_BOOL | MP_TY_TRUE | MP_TY_FALSE;
        if ((ty->mask & m) && m != MP_TY_CLASS) {
            char lower[32];
            size_t k = 0;
            for (; k < len && k < sizeof lower - 1; k++) lower[k] = (char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] + 32 : s[k]);
            lower[k] = 0;
            cerror(c, p->line, "Duplicate type %s is redundant", lower);
        }
        if (m == MP_TY_MIXED && (p->flags & MP_AF_NULLABLE))
            cerror(c, p->line, "Type mixed cannot be marked as nullable since mixed already includes null");
        ty->mask |= m;
        if (p->flags & MP_AF_NULLABLE) ty->mask |= MP_TY_NULL;
    }
    if (implicit_null && !(ty->mask & MP_TY_MIXED)) ty->mask |= MP_TY_NULL;
    if ((ty->mask & MP_TY_VOID) && (nparts > 1 || (ty->mask & MP_TY_NULL) & ~(uint32_t)(implicit_null ? MP_TY_NULL : 0)))
        cerror(c, t->line, "Void can only be used as a standalone type");
    if ((ty->mask & MP_TY_STATIC) && !c->cls && !in_closure(c))
        cerror(c, t->line, "Cannot use \"static\" when no class scope is active");
    /* the text PHP prints (zend_type_to_string): class names as declared,
     * then the builtin types in a fixed order, null last -- or ?T when
     * there is exactly one other type. iterable reads Traversable|array. */
    const char *words[24];
    size_t lens[24];
    int nw = 0;
    for (int i = 0; i < ty->nnames && nw < 16; i++) { words[nw] = ty->names[i]->data; lens[nw++] = ty->names[i]->len; }
    uint32_t m = ty->mask;
    if (m & MP_TY_MIXED) { words[nw] = "mixed"; lens[nw++] = 5; }
    else {
        static const struct { uint32_t bit; const char *name; } order[] = {
            { MP_TY_STATIC, "static" }, { MP_TY_CALLABLE, "callable" }, { MP_TY_ITERABLE, "Traversable" },
            { MP_TY_OBJECT, "object" }, { MP_TY_ARRAY | MP_TY_ITERABLE, "array" }, { MP_TY_STRING, "string" },
            { MP_TY_INT, "int" }, { MP_TY_FLOAT, "float" }, { MP_TY_VOID, "void" }, { MP_TY_NEVER, "never" },
        };
        for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
            if (!(m & order[k].bit)) continue;
            words[nw] = order[k].name; lens[nw++] = strlen(order[k].name);
        }
        /* bool, false or true sit after float, before void/never */
        int at = nw;
        for (int k = 0; k < nw; k++) if (strcmp(words[k], "void") == 0 || strcmp(words[k], "never") == 0) { at = k; break; }
        const char *b = (m & MP_TY_BOOL) ? "bool" : (m & MP_TY_FALSE) ? "false" : (m & MP_TY_TRUE) ? "true" : NULL;
        if (b) {
            for (int k = nw; k > at; k--) { words[k] = words[k - 1]; lens[k] = lens[k - 1]; }
            words[at] = b; lens[at] = strlen(b); nw++;
        }
    }
    int nullable = (m & MP_TY_NULL) && !(m & MP_TY_MIXED);
    if (nullable && nw == 1) mp_buf_addc(&text, '?');
    for (int k = 0; k < nw; k++) {
        if (k) mp_buf_addc(&text, (t->flags & MP_AF_INTERSECTION) ? '&' : '|');
        mp_buf_add(&text, words[k], lens[k]);
    }
    if (nullable && nw != 1) mp_buf_adds(&text, nw ? "|null" : "null");
    ty->text = mp_buf_finish(&text);
    freeze(mp_v_str(ty->text));
    return ty;
}

/* Jump operands are patched as absolute instruction indexes; the VM wants
 * them relative to the jumping instruction (pc += a, no table lookup). */
static const char *const op_operands[] = {
#define MP_OP_OPERANDS(n, ops, eff, doc) ops,
    MP_OPCODES(MP_OP_OPERANDS)
#undef MP_OP_OPERANDS
};
static void relative_jumps(fstate *fs)
{
    for (int i = 0; i < fs->ncode; i++)
        if (strchr(op_operands[fs->code[i].op], 'j')) fs->code[i].a -= i;
}

/* The slots of try/finally and @ (numbered from 0) go after the CVs too. */
static void place_exception_temps(fstate *fs)
{
    for (int i = 0; i < fs->ncode; i++) {
        int op = fs->code[i].op;
        if (op == OP_FAST_CALL || op == OP_FAST_RET || op == OP_FAST_DISCARD) fs->code[i].b = (uint16_t)(fs->code[i].b + fs->ncv);
        else if (op == OP_TEMP_STORE || op == OP_TEMP_LOAD) fs->code[i].a += fs->ncv;
    }
    for (int i = 0; i < fs->ntries; i++) if (fs->tries[i].fast_slot >= 0) fs->tries[i].fast_slot += fs->ncv;
    for (int i = 0; i < fs->nsilences; i++) fs->silences[i].slot = fs->ncv + (-1 - fs->silences[i].slot);
}

/* Can a slot of this code hold a reference? (Any instruction that makes or
 * binds one, a by-reference parameter or use, include's shared scope.) */
static int code_may_ref(const fstate *fs)
{
    for (int i = 0; i < fs->ncode; i++) {
        const mp_instr *in = &fs->code[i];
        switch (in->op) {
        case OP_ASSIGN_REF: case OP_ASSIGN_REF_IND: case OP_MAKE_REF: case OP_BIND_GLOBAL:
        case OP_BIND_GLOBAL_DYN: case OP_BIND_STATIC: case OP_SEND_CV: case OP_ARG_BYREF:
        case OP_ARG_BYREF_NAMED: case OP_INCLUDE: case OP_WANT_REF: case OP_FETCH_W:
        case OP_CALL_ARRAY: case OP_CALL_NAMED: case OP_LOAD_VARVAR: case OP_UNSET_VARVAR:
            return 1;
        case OP_ITER_NEXT: case OP_LIST_FETCH:
            if (in->x & 1) return 1;
            break;
        }
    }
    return 0;
}

/* Temporary slots (@ operator) were numbered -1, -2...: put them after the CVs. */
static void place_temps(fstate *fs)
{
    for (int i = 0; i < fs->ncode; i++)
        if ((fs->code[i].op == OP_SILENCE_BEGIN || fs->code[i].op == OP_SILENCE_END) && fs->code[i].a < 0)
            fs->code[i].a = fs->ncv + (-1 - fs->code[i].a);
    place_exception_temps(fs);
}

/* A parameter default as PHP prints it in "Declaration of ... must be
 * compatible" messages. */
static mp_str *default_text(compiler *c, mp_ast *e)
{
    mp_val v;
    if (e->kind == MP_AST_CONST && !fold_name_const(c, e, &v)) return intern(c, e->str, e->len);
    if (e->kind == MP_AST_CLASS_CONST_FETCH && e->kids[0]->str) {
        char buf[512];
        int n = snprintf(buf, sizeof buf, "%s::%s", e->kids[0]->str, e->kids[1]->str);
        return intern(c, buf, (size_t)n);
    }
    if (!fold(c, e, &v)) return intern(c, "<expression>", 12);
    char buf[512];
    switch (v.type) {
    case MP_T_NULL: return intern(c, "null", 4);
    case MP_T_TRUE: return intern(c, "true", 4);
    case MP_T_FALSE: return intern(c, "false", 5);
    case MP_T_INT: { int n = snprintf(buf, sizeof buf, "%lld", (long long)v.u.i); return intern(c, buf, (size_t)n); }
    case MP_T_FLOAT: { size_t n = mp_float_repr(v.u.d, buf); return intern(c, buf, n); }
    case MP_T_STRING: {
        int n = v.u.s->len > 10 ? snprintf(buf, sizeof buf, "'%.10s...'", v.u.s->data) : snprintf(buf, sizeof buf, "'%s'", v.u.s->data);
        return intern(c, buf, (size_t)n);
    }
    case MP_T_ARRAY: return mp_array_count(v.u.a) ? intern(c, "[...]", 5) : intern(c, "[]", 2);
    }
    return intern(c, "<default>", 9);
}

/* Does a function body contain yield (not counting nested functions)? */
static int has_yield(const mp_ast *n)
{
    if (!n) return 0;
    switch (n->kind) {
    case MP_AST_YIELD: case MP_AST_YIELD_FROM: return 1;
    case MP_AST_CLOSURE: case MP_AST_ARROW_FN: case MP_AST_FUNC_DECL: case MP_AST_CLASS_DECL: case MP_AST_METHOD:
        return 0;
    }
    for (int i = 0; i < n->nkids; i++) if (has_yield(n->kids[i])) return 1;
    return 0;
}

/* Compile a function, closure (kind 1), arrow fn (kind 2) or method body. */
static mp_func *compile_function(compiler *c, mp_ast *n, const char *name, size_t namelen,
                                 mp_ast *params, mp_ast *body, mp_ast *rettype, int kind)
{
    fstate fs;
    memset(&fs, 0, sizeof fs);
    fs.parent = c->f;
    fs.constmap = mp_array_new(NULL, 8);
    fs.is_arrow = kind == 2;
    fs.is_closure_fs = kind == 1 || kind == 2;
    fs.byref_return = (n->flags & MP_AF_BYREF) != 0;
    fs.name = intern(c, name, namelen);
    c->f = &fs;
    int saved_line = c->line;
    c->line = n->line;

    mp_func *f = mp_alloc(NULL, sizeof *f);
    f->name = fs.name;
    f->lcname = intern_lower(c, name, namelen);
    f->is_closure = kind == 1 || kind == 2;
    f->is_arrow = kind == 2;
    f->byref_return = fs.byref_return;   /* methods and closures too: function &m() */
    if (kind == 3) {
        f->is_method = 1;
        f->cls_name = c->cls->name;
        f->acc = c->method_acc;
        char buf[512];
        snprintf(buf, sizeof buf, "%s::%.*s", c->cls->name->data, (int)namelen, name);
        f->display = intern(c, buf, strlen(buf));
    }
    f->line_start = n->line;
    f->script = c->script;
    int np = params ? params->nkids : 0;
    f->params = mp_alloc(NULL, sizeof(mp_param) * (size_t)(np ? np : 1));
    f->nparams = np;
    int last_required = -1;
    for (int i = 0; i < np; i++) {
        mp_ast *p = params->kids[i];
        if (is_name(p, "this")) cerror(c, p->line, "Cannot use $this as parameter");
        for (int k = 0; k < i; k++)
            if (f->params[k].name->len == p->len && memcmp(f->params[k].name->data, p->str, p->len) == 0)
                cerror(c, p->line, "Redefinition of parameter $%s", p->str);
        int slot = cv_slot(c, &fs, p->str, p->len);
        (void)slot;
        f->params[i].name = fs.cvs[i];
        f->params[i].type = build_type(c, p->kids[1], p->kids[0] && p->kids[0]->kind == MP_AST_CONST && is_name(p->kids[0], "null"));
        f->params[i].byref = (p->flags & MP_AF_BYREF) != 0;
        if (f->params[i].byref) f->has_byref = 1;
        f->params[i].variadic = (p->flags & MP_AF_VARIADIC) != 0;
        f->params[i].has_default = p->kids[0] != NULL;
        if (p->kids[0]) f->params[i].deftext = default_text(c, p->kids[0]);
        if (f->params[i].variadic && i != np - 1) cerror(c, p->line, "Only the last parameter can be variadic");
        if (f->params[i].variadic && p->kids[0]) cerror(c, p->line, "Variadic parameter cannot have a default value");
        if (f->params[i].variadic) f->has_variadic = 1;
        if (f->params[i].type && (f->params[i].type->mask & MP_TY_VOID)) cerror(c, p->line, "void cannot be used as a parameter type");
        if (f->params[i].type && (f->params[i].type->mask & MP_TY_NEVER)) cerror(c, p->line, "never cannot be used as a parameter type");
        if (f->params[i].type && p->kids[0]) {
            /* a constant default must fit the declared type */
            mp_val dv;
            const mp_type *t = f->params[i].type;
            if (fold(c, p->kids[0], &dv) && !(t->mask & MP_TY_MIXED)) {
                uint32_t m = t->mask;
                int ok = (dv.type == MP_T_NULL && (m & MP_TY_NULL)) || (dv.type == MP_T_TRUE && (m & MP_TY_TRUE))
                      || (dv.type == MP_T_FALSE && (m & MP_TY_FALSE)) || (dv.type == MP_T_INT && (m & (MP_TY_INT | MP_TY_FLOAT)))
                      || (dv.type == MP_T_FLOAT && (m & MP_TY_FLOAT)) || (dv.type == MP_T_STRING && (m & (MP_TY_STRING | MP_TY_CALLABLE)))
                      || (dv.type == MP_T_ARRAY && (m & (MP_TY_ARRAY | MP_TY_ITERABLE)));
                if (!ok && dv.type != MP_T_NULL)
                    cerror(c, p->line, "Cannot use %s as default value for parameter $%s of type %s",
                           mp_debug_type(dv), p->str, t->text->data);
            }
        }
        if (!p->kids[0] && !f->params[i].variadic) last_required = i;
    }
    /* an optional parameter before a required one is required (PHP 8) */
    for (int i = 0; i < last_required; i++) f->params[i].has_default = 0;
    f->nrequired = last_required + 1;
    f->ret_type = build_type(c, rettype, 0);
    fs.ret_type = f->ret_type;
    int generator = kind != 4 && has_yield(body);
    if (generator && f->ret_type) {
        const mp_type *t = f->ret_type;
        int ok = (t->mask & (MP_TY_ITERABLE | MP_TY_MIXED | MP_TY_OBJECT)) != 0;
        for (int i = 0; i < t->nnames; i++) {
            const char *nm = t->names[i]->data;
            if (!strcasecmp(nm, "Generator") || !strcasecmp(nm, "Iterator") || !strcasecmp(nm, "Traversable")) ok = 1;
        }
        if (!ok) cerror(c, rettype->line, "Generator return type must be a supertype of Generator, %s given", t->text->data);
    }
    if (generator) {
        /* the return type describes the Generator, not what return gives it */
        fs.ret_type = NULL;
        f->ret_type = NULL;
        f->is_generator = 1;
        fs.is_generator = 1;
    }
    /* prologue: defaults, type checks, variadics */
    for (int i = 0; i < np; i++) {
        mp_ast *p = params->kids[i];
        c->line = p->line;
        if (f->params[i].variadic) { emit(c, OP_RECV_VARIADIC, i, 0, 0); }
        else if (p->kids[0]) {
            int j = emit(c, OP_RECV_INIT, 0, i, 0);
            compile_expr(c, p->kids[0]);
            emit(c, OP_ASSIGN, i, 0, 1);
            adjust(c, -1);
            patch_here(c, j);
            if (i < last_required && !(f->params[i].type && (f->params[i].type->mask & MP_TY_NULL)
                                       && p->kids[0]->kind == MP_AST_CONST && is_name(p->kids[0], "null"))) {
                /* optional before required: PHP 8 deprecates, and the param is effectively required */
                char msg[512];
                snprintf(msg, sizeof msg, "Optional parameter $%s declared before required parameter $%s is implicitly treated as a required parameter",
                         p->str, params->kids[last_required]->str);
                c->ndiags++;
                mp_report(c->vm, MP_E_DEPRECATED, c->path, p->line, msg);
            }
        }
        if (f->params[i].type && !f->params[i].variadic) emit(c, OP_RECV_CHECK, i, 0, 0);
    }
    if (generator) { emit(c, OP_GENERATOR_CREATE, 0, 0, 0); adjust(c, -1); }
    /* constructor promotion: $this->p = $p */
    for (int i = 0; kind == 3 && i < np; i++) {
        mp_ast *p = params->kids[i];
        if (!(p->flags & (MP_AF_PUBLIC | MP_AF_PROTECTED | MP_AF_PRIVATE | MP_AF_READONLY))) continue;
        emit(c, OP_THIS, 0, 0, 0);
        emit(c, OP_LOAD, i, 0, 0);
        emit(c, OP_ASSIGN_PROP, add_str_const(c, p->str, p->len), 0, 1);
        adjust(c, -1);
    }
    c->line = n->line;
    if (kind == 3 && !body) {
        emit(c, OP_RETURN_NULL, 0, 0, 0);   /* abstract: never run */
    } else if (kind == 2) {
        compile_expr(c, body);
        if (f->ret_type) emit(c, OP_VERIFY_RETURN, 0, 0, 0);
        emit(c, OP_RETURN, 0, 0, 0);
    } else {
        compile_stmts(c, body);
        c->line = n->line;
        /* falling off the end: the line PHP reports is the closing brace */
        int endline = c->line;
        for (mp_ast *b = body; b && b->nkids; b = NULL) {
            mp_ast *last = b->kids[b->nkids - 1];
            if (last && last->line > endline) endline = last->line;
        }
        c->line = endline;
        if (f->ret_type && !(f->ret_type->mask & (MP_TY_VOID | MP_TY_NULL | MP_TY_MIXED))) {
            emit(c, OP_NULL, 0, 0, 0);
            emit(c, OP_VERIFY_RETURN, 0, 0, 1);   /* falling off the end: "none returned" */
            emit(c, OP_RETURN, 0, 0, 0);
        } else {
            emit(c, OP_RETURN_NULL, 0, 0, 0);
        }
    }
    c->line = saved_line;
    f->code = fs.code; f->lines = fs.lines; f->ncode = fs.ncode;
    f->consts = fs.consts; f->nconsts = fs.nconsts;
    f->cvnames = fs.cvs; f->ncv = fs.ncv;
    f->nslots = fs.ncv + fs.ntemps;
    f->maxstack = fs.maxdepth + 8;
    f->nstatics = fs.nstatics;
    f->static_inits = fs.static_inits;
    f->tries = fs.tries; f->ntries = fs.ntries;
    f->silences = fs.silences; f->nsilences = fs.nsilences;
    f->strict_types = (uint8_t)c->strict_types;
    f->uses_this = (uint8_t)fs.uses_this;
    f->may_ref = (uint8_t)(code_may_ref(&fs) || f->has_byref || f->nuses);
    if (fs.uses_this && fs.parent && fs.is_closure_fs) fs.parent->uses_this = 1;
    place_temps(&fs);
    resolve_gotos(c);
    relative_jumps(&fs);
    c->f = fs.parent;
    return f;
}

/* The compile driver: parse, then generate the file's top-level function. */
static void diag_cb(void *user, int level, int line, const char *msg)
{
    compiler *c = user;
    /* level 64 (E_COMPILE_ERROR) comes with the failed parse: reported once, as a fatal error */
    if (level == MP_E_COMPILE_ERROR) { c->parser_fatal = 1; return; }
    c->ndiags++;
    mp_report(c->vm, level, c->path, line, msg);
}

mp_script *mp_compile(mp_vm *vm, const char *src, size_t len, const char *path,
                      char *err, size_t errsz, int *errline, int *errlevel)
{
    mp_arena arena = { 0 };
    compiler cc;
    memset(&cc, 0, sizeof cc);
    compiler *c = &cc;
    c->vm = vm;
    c->path = path;
    c->err = err; c->errsz = errsz; c->errline = errline; c->errlevel = errlevel;
    c->interned = mp_array_new(NULL, 64);
    *errlevel = MP_E_PARSE;
    mp_ast *root = mp_parse(&arena, src, len, path, err, errsz, errline, diag_cb, c);
    if (!root) {
        if (c->parser_fatal) *errlevel = MP_E_COMPILE_ERROR;
        mp_arena_free(&arena);
        return NULL;
    }
    fstate fs;
    memset(&fs, 0, sizeof fs);
    if (setjmp(c->fail)) {
        mp_arena_free(&arena);
        return NULL;
    }
    mp_script *s = mp_alloc(NULL, sizeof *s);
    c->script = s;
    s->path = intern(c, path, strlen(path));
    /* top level: hoist unconditional function declarations */
    fs.constmap = mp_array_new(NULL, 16);
    fs.is_main = 1;
    c->f = &fs;
    c->line = 1;
    for (int i = 0; root->kind == MP_AST_LIST && i < root->nkids; i++) {
        mp_ast *st = root->kids[i];
        if (!st || st->kind != MP_AST_DECLARE || !st->kids[0]) continue;
        for (int k = 0; k < st->kids[0]->nkids; k++)
            if (is_name(st->kids[0]->kids[k], "strict_types")) {
                int first = 1;
                for (int p = 0; p < i; p++)
                    if (root->kids[p] && root->kids[p]->kind != MP_AST_NOP &&
                        !(root->kids[p]->kind == MP_AST_INLINE_HTML && p == 0 && root->kids[p]->len == 0)) first = 0;
                if (!first) cerror(c, st->line, "strict_types declaration must be the very first statement in the script");
                mp_val v;
                if (fold(c, st->kids[0]->kids[k]->kids[0], &v) && v.type == MP_T_INT) c->strict_types = (int)v.u.i;
            }
    }
    /* the functions and constants the file declares, by namespace (so
     * unqualified calls know whether a namespaced one exists) */
    for (int i = 0; root->kind == MP_AST_LIST && i < root->nkids; i++) {
        mp_ast *st = root->kids[i];
        if (!st) continue;
        if (st->kind == MP_AST_NAMESPACE) enter_namespace(c, st);
        mp_ast *body = st->kind == MP_AST_NAMESPACE && st->kids[0] ? st->kids[0] : NULL;
        for (int k = 0; k < (body ? body->nkids : 1); k++) {
            mp_ast *d = body ? body->kids[k] : st;
            if (!d) continue;
            char buf[1024];
            if (d->kind == MP_AST_FUNC_DECL) {
                int bl = snprintf(buf, sizeof buf, "%s%s%s", c->ns ? c->ns->data : "", c->ns ? "\\" : "", d->str);
                if (!c->declared[0]) c->declared[0] = mp_array_new(NULL, 8);
                mp_array_set(NULL, c->declared[0], (mp_key){ intern_lower(c, buf, (size_t)bl), 0 }, mp_v_bool(1));
            } else if (d->kind == MP_AST_CONST_DECL) {
                for (int q = 0; q < d->nkids; q++) {
                    int bl = snprintf(buf, sizeof buf, "%s%s%s", c->ns ? c->ns->data : "", c->ns ? "\\" : "", d->kids[q]->str);
                    if (!c->declared[1]) c->declared[1] = mp_array_new(NULL, 8);
                    mp_array_set(NULL, c->declared[1], (mp_key){ intern(c, buf, (size_t)bl), 0 }, mp_v_bool(1));
                }
            }
        }
        if (body) c->ns = NULL;
    }
    c->ns = NULL;
    /* hoist unconditional function declarations (with their namespace and imports) */
    for (int i = 0; root->kind == MP_AST_LIST && i < root->nkids; i++) {
        mp_ast *st = root->kids[i];
        if (st && st->kind == MP_AST_HALT_COMPILER) break;
        if (!st) continue;
        if (st->kind == MP_AST_NAMESPACE) {
            enter_namespace(c, st);
            for (int k = 0; st->kids[0] && k < st->kids[0]->nkids; k++) {
                mp_ast *d = st->kids[0]->kids[k];
                if (d && d->kind == MP_AST_USE) compile_use(c, d);
                if (d && d->kind == MP_AST_FUNC_DECL) declare_function(c, d, 1);
            }
            if (st->kids[0]) enter_namespace(c, &(mp_ast){ 0 });
        }
        if (st->kind == MP_AST_USE) compile_use(c, st);
        if (st->kind == MP_AST_FUNC_DECL) declare_function(c, st, 1);
    }
    c->ns = NULL;
    c->uses[0] = c->uses[1] = c->uses[2] = NULL;
    for (int i = 0; root->kind == MP_AST_LIST && i < root->nkids; i++) {
        mp_ast *st = root->kids[i];
        if (!st) continue;
        if (st->kind == MP_AST_HALT_COMPILER) break;
        if (st->kind == MP_AST_FUNC_DECL) continue;
        c->toplevel_stmt = st->kind == MP_AST_CLASS_DECL;
        compile_stmt(c, st);
        c->toplevel_stmt = 0;
    }
    if (root->kind != MP_AST_LIST) compile_stmt(c, root);
    emit(c, OP_INT, 1, 0, 0);
    emit(c, OP_RETURN, 0, 0, 0);
    place_temps(&fs);
    resolve_gotos(c);
    relative_jumps(&fs);
    mp_func *m = mp_alloc(NULL, sizeof *m);
    m->name = intern(c, "{main}", 6);
    m->lcname = m->name;
    m->code = fs.code; m->lines = fs.lines; m->ncode = fs.ncode;
    m->consts = fs.consts; m->nconsts = fs.nconsts;
    m->cvnames = fs.cvs; m->ncv = fs.ncv;
    m->nslots = fs.ncv + fs.ntemps;
    m->maxstack = fs.maxdepth + 8;
    m->nstatics = fs.nstatics; m->static_inits = fs.static_inits;
    m->tries = fs.tries; m->ntries = fs.ntries;
    m->silences = fs.silences; m->nsilences = fs.nsilences;
    m->strict_types = (uint8_t)c->strict_types;
    m->may_ref = 1;
    m->script = s;
    s->main = m;
    s->hoisted = c->hoisted;
    s->nhoisted = c->nhoisted;
    s->classes = c->classes;
    s->nclasses = c->nclasses;
    s->toplevel = c->toplevel;
    s->ntoplevel = c->ntoplevel;
    s->diagnostics = c->ndiags > 0;
    mp_arena_free(&arena);
    return s;
}
