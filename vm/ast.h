/* ast.h - the abstract syntax tree built by parser.y and read by compile.c.
 * Nodes live in a per-compile arena (mp_arena) and are freed together after
 * code generation; nothing here touches the GC or any VM state. */
#ifndef MP_AST_H
#define MP_AST_H

#include <stddef.h>
#include <stdint.h>

/* A bump allocator owned by one compilation. Not GC memory: the AST never
 * outlives the compile that made it. */
typedef struct mp_arena_block mp_arena_block;
typedef struct mp_arena {
    mp_arena_block *head; /* current block; older blocks chained behind it */
} mp_arena;

void *mp_arena_alloc(mp_arena *a, size_t n);   /* zeroed, 8-byte aligned */
char *mp_arena_strdup(mp_arena *a, const char *s, size_t len); /* NUL-terminated copy */
void  mp_arena_free(mp_arena *a);

/* Node kinds. The comment gives the children (kids[i]) and the payload.
 * "list" means a child of kind AST_LIST whose kids are the items. A NULL
 * kid means "absent" (no else branch, no default value...). */
#define MP_AST_KINDS(X) \
    /* ---- structure ---- */ \
    X(LIST)          /* kids: items (statements, args, params...) */ \
    /* ---- statements ---- */ \
    X(ECHO)          /* kids: exprs to print, in order */ \
    X(INLINE_HTML)   /* str: the text outside <?php ?> */ \
    X(EXPR_STMT)     /* kids[0]: expr */ \
    X(IF)            /* kids: cond, then (LIST), else (IF for elseif, LIST, or NULL) */ \
    X(WHILE)         /* kids: cond, body */ \
    X(DO_WHILE)      /* kids: body, cond */ \
    X(FOR)           /* kids: init LIST, cond LIST, step LIST, body */ \
    X(FOREACH)       /* kids: subject, key target or NULL, value target, body; flags MP_AF_BYREF = value by reference */ \
    X(SWITCH)        /* kids: subject, LIST of CASE */ \
    X(CASE)          /* kids: match expr (NULL = default), body LIST */ \
    X(BREAK)         /* ival: depth (1 when omitted) */ \
    X(CONTINUE)      /* ival: depth */ \
    X(RETURN)        /* kids[0]: expr or NULL */ \
    X(GLOBAL)        /* kids: VAR nodes (or VAR_VAR) */ \
    X(STATIC)        /* kids: STATIC_VAR */ \
    X(STATIC_VAR)    /* str: name (no $); kids[0]: initial value or NULL */ \
    X(UNSET)         /* kids: targets */ \
    X(CONST_DECL)    /* kids: CONST_ITEM */ \
    X(CONST_ITEM)    /* str: name; kids[0]: value expr */ \
    X(FUNC_DECL)     /* str: name; kids: params LIST, body LIST, return TYPE or NULL; flags BYREF (returns ref) */ \
    X(PARAM)         /* str: name (no $); kids: default or NULL, TYPE or NULL, attributes ignored; flags BYREF, VARIADIC, modifiers for promotion */ \
    X(TYPE)          /* str: type name as written (int, ?Foo -> "Foo" + NULLABLE); flags NULLABLE */ \
    X(UNION_TYPE)    /* kids: TYPE nodes (A|B); flags INTERSECTION for A&B */ \
    X(BLOCK)         /* kids[0]: LIST of statements ({ ... }) */ \
    X(NOP)           /* empty statement */ \
    X(DECLARE)       /* kids: LIST of CONST_ITEM (strict_types=1), body LIST or NULL */ \
    X(TRY)           /* kids: body LIST, LIST of CATCH, finally LIST or NULL */ \
    X(CATCH)         /* kids: LIST of NAME (types), VAR or NULL, body LIST */ \
    X(THROW)         /* kids[0]: expr (statement or expression form) */ \
    X(CLASS_DECL)    /* str: name (NULL for anonymous); kids: extends NAME or NULL, implements LIST of NAME, members LIST, enum backing TYPE or NULL; ival: MP_CK_* kind; flags ABSTRACT/FINAL/READONLY */ \
    X(PROP_DECL)     /* kids: TYPE or NULL, LIST of PROP_ITEM; flags modifiers */ \
    X(PROP_ITEM)     /* str: name (no $); kids[0]: default or NULL */ \
    X(CLASS_CONST)   /* kids: LIST of CONST_ITEM; flags modifiers */ \
    X(METHOD)        /* str: name; kids: params LIST, body LIST or NULL (abstract), return TYPE or NULL; flags modifiers + BYREF */ \
    X(TRAIT_USE)     /* kids: LIST of NAME, LIST of adaptations (TRAIT_ALIAS / TRAIT_INSTEADOF) */ \
    X(TRAIT_ALIAS)   /* kids: trait NAME or NULL, method NAME, alias NAME or NULL; flags: new visibility */ \
    X(TRAIT_INSTEADOF) /* kids: trait NAME, method NAME, LIST of NAME */ \
    X(ENUM_CASE)     /* str: name; kids[0]: value or NULL */ \
    X(NAMESPACE)     /* str: name or NULL; kids[0]: body LIST or NULL (rest of file) */ \
    X(USE)           /* kids: USE_ITEM; ival: 0 class, 1 function, 2 const */ \
    X(USE_ITEM)      /* str: full name; kids[0]: alias NAME or NULL */ \
    X(HALT_COMPILER) /* __halt_compiler(); */ \
    /* ---- expressions ---- */ \
    X(INT)           /* ival */ \
    X(FLOAT)         /* dval */ \
    X(STRING)        /* str,len: bytes after escape processing */ \
    X(INTERP)        /* kids: STRING and expression parts of "..$x.." / heredoc; concatenated */ \
    X(SHELL)         /* kids: parts of `...` (unsupported, kept for errors) */ \
    X(VAR)           /* str: name without $ ("this" included) */ \
    X(VAR_VAR)       /* kids[0]: expr giving the name ($$a, ${expr}) */ \
    X(DIM)           /* kids: base, index or NULL ($a[]) ; flags CURLY never set (PHP 8 removed {}) */ \
    X(PROP)          /* kids: object, name (NAME/STRING or expr) */ \
    X(NULLSAFE_PROP) /* kids: object, name */ \
    X(STATIC_PROP)   /* kids: class (NAME or expr), name (VAR-like: STRING name, or expr) */ \
    X(CLASS_CONST_FETCH) /* kids: class (NAME or expr), NAME (constant name, "class" for ::class) */ \
    X(CONST)         /* str: constant name as written (true/false/null included) */ \
    X(NAME)          /* str: identifier or qualified name as written (Foo\Bar, \strlen); flags FQ when leading \ */ \
    X(MAGIC_CONST)   /* ival: MP_MC_* (__LINE__ is folded to INT by the parser) */ \
    X(ASSIGN)        /* kids: target, value */ \
    X(ASSIGN_REF)    /* kids: target, source */ \
    X(ASSIGN_OP)     /* ival: MP_OP_* binary op; kids: target, value (??= uses MP_OP_COALESCE) */ \
    X(BINARY)        /* ival: MP_OP_* ; kids: left, right */ \
    X(UNARY)         /* ival: MP_OP_NEG, MP_OP_PLUS, MP_OP_NOT, MP_OP_BITNOT; kids[0] */ \
    X(PRE_INC) X(PRE_DEC) X(POST_INC) X(POST_DEC) /* kids[0]: target */ \
    X(TERNARY)       /* kids: cond, then or NULL (?:), else */ \
    X(CAST)          /* ival: MP_CAST_*; kids[0] */ \
    X(ISSET)         /* kids: targets (all must be set) */ \
    X(EMPTY)         /* kids[0]: expr */ \
    X(CALL)          /* kids: callee (NAME or expr), args LIST of ARG (or CALLABLE_PLACEHOLDER for f(...)) */ \
    X(ARG)           /* kids[0]: value; str: name for named args or NULL; flags SPREAD */ \
    X(CALLABLE_PLACEHOLDER) /* the "..." of first-class callable syntax */ \
    X(METHOD_CALL)   /* kids: object, name (NAME or expr), args LIST */ \
    X(NULLSAFE_METHOD_CALL) /* kids: object, name, args */ \
    X(STATIC_CALL)   /* kids: class (NAME or expr), name (NAME or expr), args */ \
    X(NEW)           /* kids: class (NAME, expr, or CLASS_DECL for anonymous), args LIST */ \
    X(CLONE)         /* kids[0] */ \
    X(INSTANCEOF)    /* kids: expr, class (NAME or expr) */ \
    X(ARRAY)         /* kids: ARRAY_ITEM; flags SHORT_LIST when written [..] */ \
    X(ARRAY_ITEM)    /* kids: value, key or NULL; flags BYREF, SPREAD. A NULL ARRAY kid inside LIST means a skipped slot */ \
    X(CLOSURE)       /* kids: params LIST, uses LIST of CLOSURE_USE, body LIST, return TYPE or NULL; flags STATIC, BYREF */ \
    X(CLOSURE_USE)   /* str: name; flags BYREF */ \
    X(ARROW_FN)      /* kids: params LIST, expr, return TYPE or NULL; flags STATIC, BYREF */ \
    X(MATCH)         /* kids: subject, LIST of MATCH_ARM */ \
    X(MATCH_ARM)     /* kids: LIST of conditions (NULL = default), result expr */ \
    X(PRINT)         /* kids[0] */ \
    X(EXIT)          /* kids[0] or NULL */ \
    X(INCLUDE)       /* ival: MP_INC_*; kids[0]: path expr */ \
    X(SILENCE)       /* @expr; kids[0] */ \
    X(YIELD)         /* kids: value or NULL, key or NULL */ \
    X(YIELD_FROM)    /* kids[0] */ \
    X(GOTO)          /* str: label (goto is parsed; the compiler may refuse it) */ \
    X(LABEL)         /* str: label name ("name:" statement) */

typedef enum {
#define MP_AST_ENUM(n) MP_AST_##n,
    MP_AST_KINDS(MP_AST_ENUM)
#undef MP_AST_ENUM
    MP_AST__COUNT
} mp_ast_kind;

/* Node flags (mp_ast.flags). */
enum {
    MP_AF_BYREF     = 1 << 0,  /* &$x, function &f(), foreach (.. as &$v), use (&$x) */
    MP_AF_VARIADIC  = 1 << 1,  /* ...$args parameter */
    MP_AF_SPREAD    = 1 << 2,  /* f(...$a), [...$a] */
    MP_AF_NULLABLE  = 1 << 3,  /* ?int */
    MP_AF_FQ        = 1 << 4,  /* \Name (fully qualified) */
    MP_AF_STATIC    = 1 << 5,  /* static function / static fn / static member */
    MP_AF_PUBLIC    = 1 << 6,
    MP_AF_PROTECTED = 1 << 7,
    MP_AF_PRIVATE   = 1 << 8,
    MP_AF_ABSTRACT  = 1 << 9,
    MP_AF_FINAL     = 1 << 10,
    MP_AF_READONLY  = 1 << 11,
    MP_AF_SHORT     = 1 << 12, /* array written as [...] rather than array(...)/list(...) */
    MP_AF_INTERSECTION = 1 << 13, /* A&B type */
    MP_AF_ALT_SYNTAX = 1 << 14, /* if/while/for/... written with ':' ... endif (for nothing but dumps) */
    MP_AF_PARENS    = 1 << 15, /* TERNARY written inside ( ): php rejects unparenthesized nested ?: */
};

/* Binary and unary operators (ival of BINARY, UNARY, ASSIGN_OP). */
typedef enum {
    MP_OP_ADD, MP_OP_SUB, MP_OP_MUL, MP_OP_DIV, MP_OP_MOD, MP_OP_POW,
    MP_OP_CONCAT, MP_OP_SHL, MP_OP_SHR, MP_OP_BITAND, MP_OP_BITOR, MP_OP_BITXOR,
    MP_OP_AND, MP_OP_OR, MP_OP_XOR,          /* && and ||, "and"/"or" too; xor/"xor" */
    MP_OP_EQ, MP_OP_NEQ, MP_OP_IDENTICAL, MP_OP_NOT_IDENTICAL,
    MP_OP_LT, MP_OP_LE, MP_OP_GT, MP_OP_GE, MP_OP_SPACESHIP,
    MP_OP_COALESCE,
    MP_OP_NEG, MP_OP_PLUS, MP_OP_NOT, MP_OP_BITNOT,
} mp_ast_op;

/* CAST ival. */
enum { MP_CAST_INT, MP_CAST_FLOAT, MP_CAST_STRING, MP_CAST_BOOL, MP_CAST_ARRAY,
       MP_CAST_OBJECT, MP_CAST_UNSET };
/* INCLUDE ival. */
enum { MP_INC_INCLUDE, MP_INC_INCLUDE_ONCE, MP_INC_REQUIRE, MP_INC_REQUIRE_ONCE, MP_INC_EVAL };
/* MAGIC_CONST ival (__LINE__, __FILE__ and __DIR__ are folded by the parser). */
enum { MP_MC_FUNCTION, MP_MC_CLASS, MP_MC_METHOD, MP_MC_NAMESPACE, MP_MC_TRAIT };
/* CLASS_DECL ival. */
enum { MP_CK_CLASS, MP_CK_INTERFACE, MP_CK_TRAIT, MP_CK_ENUM, MP_CK_KIND = 0xff,
       MP_CK_ALLOW_DYNAMIC = 0x100 /* #[AllowDynamicProperties] */ };

/* One AST node. Children in kids[0..nkids); payload by kind (see above). */
typedef struct mp_ast mp_ast;
struct mp_ast {
    uint16_t kind;     /* mp_ast_kind */
    uint16_t flags;    /* MP_AF_* */
    int      line;     /* source line where the node starts */
    int      nkids;    /* number of children in use */
    int      cap;      /* allocated child slots (lists grow) */
    mp_ast **kids;     /* children; entries may be NULL */
    int64_t  ival;     /* INT value, operator, depth, cast, kind... */
    double   dval;     /* FLOAT value */
    const char *str;   /* names and string bytes (NUL-terminated, may hold NULs) */
    size_t   len;      /* length of str */
};

/* Constructors (ast.c); all allocate from the arena. */
mp_ast *mp_ast_new(mp_arena *a, int kind, int line, int nkids, ...); /* nkids mp_ast* follow */
mp_ast *mp_ast_append(mp_arena *a, mp_ast *list, mp_ast *kid);       /* returns list */
mp_ast *mp_ast_str(mp_arena *a, int kind, int line, const char *s, size_t len);
const char *mp_ast_kind_name(int kind);
/* Print the tree (for debugging: minphp --dump-ast). */
void mp_ast_dump(const mp_ast *n, int indent, void (*out)(void *u, const char *s, size_t n), void *u);

/* The front end: lex + parse SRC (len bytes, NUL-terminated) into an AST.
 * On a syntax error returns NULL and writes PHP's message ("syntax error,
 * unexpected token \";\", expecting \")\"") into err (size errsz) and the line
 * into *errline. Thread-safe: all state lives in the parser struct. */
typedef void (*mp_parse_diag_fn)(void *user, int level, int line, const char *msg);
mp_ast *mp_parse(mp_arena *a, const char *src, size_t len, const char *filename,
                 char *err, size_t errsz, int *errline,
                 mp_parse_diag_fn diag, void *diag_user);
/* diag receives compile-time diagnostics that do not stop parsing, e.g.
 * level 8192 (E_DEPRECATED) "Using ${var} in strings is deprecated, use {$var} instead",
 * level 128 (E_COMPILE_WARNING) "Octal escape sequence overflow \400 is greater than \377".
 * A few errors php raises while compiling rather than parsing ("Array and string
 * offset access syntax with curly braces is no longer supported", "__HALT_COMPILER()
 * can only be used from the outermost scope") make mp_parse return NULL too, with
 * the message in err, but diag is called first with level 64 (E_COMPILE_ERROR):
 * the host prints those as "Fatal error", all other NULL returns as "Parse error". */

#endif
