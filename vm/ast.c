/* ast.c - the AST arena, node constructors and the debugging dump.
 * Everything here allocates from an mp_arena owned by one compilation:
 * plain malloc, freed in one go by mp_arena_free. No GC, no VM state. */
#include "vm/ast.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One chunk of arena memory; allocations bump `used` up to `size`. */
struct mp_arena_block {
    mp_arena_block *next;  /* the block allocated before this one */
    size_t size;           /* bytes available in data[] */
    size_t used;           /* bytes handed out */
    max_align_t data[];    /* the memory itself (zeroed) */
};

/* Blocks start small (a one-line eval should not cost much) and double up to
 * 4 MB; calloc'd so that big blocks come zeroed from the kernel for free. */
enum { ARENA_FIRST = 16 * 1024, ARENA_MAX = 4 * 1024 * 1024 };

void *mp_arena_alloc(mp_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    mp_arena_block *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = b ? b->size * 2 : ARENA_FIRST;
        if (size > ARENA_MAX) size = ARENA_MAX;
        if (size < n) size = n;
        mp_arena_block *nb = calloc(1, sizeof *nb + size);
        if (!nb) { fputs("minphp: out of memory\n", stderr); abort(); }
        nb->size = size;
        nb->next = a->head;
        a->head = nb;
        b = nb;
    }
    void *r = (char *)b->data + b->used;
    b->used += n;
    return r;
}

char *mp_arena_strdup(mp_arena *a, const char *s, size_t len)
{
    char *r = mp_arena_alloc(a, len + 1);
    if (len) memcpy(r, s, len);
    r[len] = 0;
    return r;
}

void mp_arena_free(mp_arena *a)
{
    mp_arena_block *b = a->head;
    while (b) {
        mp_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

mp_ast *mp_ast_new(mp_arena *a, int kind, int line, int nkids, ...)
{
    mp_ast *n = mp_arena_alloc(a, sizeof *n);
    n->kind = (uint16_t)kind;
    n->line = line;
    n->cap = nkids;
    if (nkids) n->kids = mp_arena_alloc(a, sizeof(mp_ast *) * (size_t)nkids);
    va_list ap;
    va_start(ap, nkids);
    for (int i = 0; i < nkids; i++) n->kids[i] = va_arg(ap, mp_ast *);
    va_end(ap);
    n->nkids = nkids;
    return n;
}

mp_ast *mp_ast_append(mp_arena *a, mp_ast *list, mp_ast *kid)
{
    if (list->nkids == list->cap) {
        int cap = list->cap ? list->cap * 2 : 4;
        mp_ast **k = mp_arena_alloc(a, sizeof(mp_ast *) * (size_t)cap);
        if (list->nkids) memcpy(k, list->kids, sizeof(mp_ast *) * (size_t)list->nkids);
        list->kids = k;
        list->cap = cap;
    }
    list->kids[list->nkids++] = kid;
    return list;
}

mp_ast *mp_ast_str(mp_arena *a, int kind, int line, const char *s, size_t len)
{
    mp_ast *n = mp_ast_new(a, kind, line, 0);
    n->str = mp_arena_strdup(a, s, len);
    n->len = len;
    return n;
}

static const char *const ast_kind_names[] = {
#define MP_AST_NAME_STR(n) #n,
    MP_AST_KINDS(MP_AST_NAME_STR)
#undef MP_AST_NAME_STR
};

const char *mp_ast_kind_name(int kind)
{
    if (kind < 0 || kind >= MP_AST__COUNT) return "?";
    return ast_kind_names[kind];
}

static const char *const ast_op_names[] = {
    "+", "-", "*", "/", "%", "**", ".", "<<", ">>", "&", "|", "^",
    "&&", "||", "xor", "==", "!=", "===", "!==", "<", "<=", ">", ">=", "<=>",
    "??", "neg", "plus", "!", "~",
};

static const char *const ast_flag_names[] = {
    "byref", "variadic", "spread", "nullable", "fq", "static", "public", "protected",
    "private", "abstract", "final", "readonly", "short", "intersection", "alt", "parens",
};

typedef struct dump_out {
    void (*out)(void *u, const char *s, size_t n);
    void *u;
} dump_out;

static void dump_printf(dump_out *o, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    o->out(o->u, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Strings are printed C-escaped so NULs and newlines stay visible. */
static void dump_string(dump_out *o, const char *s, size_t len)
{
    char buf[8];
    o->out(o->u, "\"", 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') o->out(o->u, "\\n", 2);
        else if (c == '\t') o->out(o->u, "\\t", 2);
        else if (c == '"' || c == '\\') { buf[0] = '\\'; buf[1] = (char)c; o->out(o->u, buf, 2); }
        else if (c < 32 || c == 127) { snprintf(buf, sizeof buf, "\\x%02x", c); o->out(o->u, buf, 4); }
        else o->out(o->u, (const char *)&s[i], 1);
    }
    o->out(o->u, "\"", 1);
}

/* One line for node n (NULL prints "-"), indented by `indent` levels. */
static void dump_line(dump_out *o, const mp_ast *n, int indent)
{
    static const char spaces[] = "                                                                ";
    int pad = indent * 2;
    while (pad > 0) {
        int k = pad > 64 ? 64 : pad;
        o->out(o->u, spaces, (size_t)k);
        pad -= k;
    }
    if (!n) { o->out(o->u, "-\n", 2); return; }
    dump_printf(o, "%s @%d", mp_ast_kind_name(n->kind), n->line);
    switch (n->kind) {
    case MP_AST_INT: case MP_AST_BREAK: case MP_AST_CONTINUE: case MP_AST_HALT_COMPILER:
        dump_printf(o, " %lld", (long long)n->ival);
        break;
    case MP_AST_FLOAT:
        dump_printf(o, " %.17g", n->dval);
        break;
    case MP_AST_BINARY: case MP_AST_UNARY: case MP_AST_ASSIGN_OP:
        if (n->ival >= 0 && n->ival < (int64_t)(sizeof ast_op_names / sizeof *ast_op_names))
            dump_printf(o, " %s", ast_op_names[n->ival]);
        break;
    case MP_AST_CAST: case MP_AST_INCLUDE: case MP_AST_MAGIC_CONST: case MP_AST_CLASS_DECL:
    case MP_AST_USE: case MP_AST_USE_ITEM:
        dump_printf(o, " #%lld", (long long)n->ival);
        break;
    default:
        break;
    }
    if (n->str) { o->out(o->u, " ", 1); dump_string(o, n->str, n->len); }
    for (int i = 0; i < 16; i++)
        if (n->flags & (1 << i)) dump_printf(o, " [%s]", ast_flag_names[i]);
    o->out(o->u, "\n", 1);
}

/* A node waiting to be printed by mp_ast_dump. */
typedef struct dump_item {
    const mp_ast *n;  /* the node (may be NULL) */
    int indent;       /* its depth */
} dump_item;

/* Pre-order walk with an explicit stack: trees from long elseif chains or
 * 100000-term expressions are deeper than the C stack would allow. */
void mp_ast_dump(const mp_ast *n, int indent, void (*out)(void *u, const char *s, size_t n), void *u)
{
    dump_out o = { out, u };
    size_t cap = 64, top = 0;
    dump_item *stack = malloc(cap * sizeof *stack);
    if (!stack) { fputs("minphp: out of memory\n", stderr); abort(); }
    stack[top++] = (dump_item){ n, indent };
    while (top > 0) {
        dump_item it = stack[--top];
        dump_line(&o, it.n, it.indent);
        if (!it.n) continue;
        if (cap - top < (size_t)it.n->nkids) {
            while (cap - top < (size_t)it.n->nkids) cap *= 2;
            dump_item *ns = realloc(stack, cap * sizeof *stack);
            if (!ns) { fputs("minphp: out of memory\n", stderr); abort(); }
            stack = ns;
        }
        for (int i = it.n->nkids - 1; i >= 0; i--)       /* first kid on top */
            stack[top++] = (dump_item){ it.n->kids[i], it.indent + 1 };
    }
    free(stack);
}
