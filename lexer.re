/* lexer.re - the PHP 8.2 scanner (re2c) feeding parser.y.
 * The whole file is in memory with a NUL sentinel at src+len; a NUL before
 * that is ordinary data. All state lives in mp_parser (states stack, heredoc
 * labels, open brackets): no globals, so many threads can lex at once.
 * Script code is matched by re2c; strings, comments and heredoc bodies are
 * scanned by hand because they may contain NULs and need php's escapes. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

/* Lexer states (php's ST_* conditions). */
enum {
    LS_INITIAL,      /* inline HTML until <?php or <?= */
    LS_SCRIPTING,    /* PHP code */
    LS_DQ,           /* inside "..." with interpolation */
    LS_BACKQUOTE,    /* inside `...` */
    LS_HEREDOC,      /* heredoc body */
    LS_NOWDOC,       /* nowdoc body */
    LS_END_HEREDOC,  /* at the closing marker */
    LS_VAR_OFFSET,   /* "$a[" inside a string */
    LS_PROPERTY,     /* after -> : the next label is a property name */
    LS_VARNAME,      /* after "${" inside a string */
};

enum { E_COMPILE_WARNING = 128 };

#define LABEL_START(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || (c) == '_' || (unsigned char)(c) >= 0x80)
#define LABEL_CHAR(c)  (LABEL_START(c) || ((c) >= '0' && (c) <= '9'))

/* Count the lines in [a, b): \n, \r\n and a lone \r each end one. */
static void count_lines(mp_parser *p, const char *a, const char *b)
{
    for (; a < b; a++) {
        if (*a == '\n') p->line++;
        else if (*a == '\r' && (a + 1 >= b || a[1] != '\n')) p->line++;
    }
}

static int lines_in(const char *a, const char *b)
{
    int n = 0;
    for (; a < b; a++)
        if (*a == '\n' || (*a == '\r' && (a + 1 >= b || a[1] != '\n'))) n++;
    return n;
}

static int lex_error(mp_parser *p, int line, const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    mp_parser_error(p, line, "%s", buf);
    return T_ERROR;
}

static void push_state(mp_parser *p, int st)
{
    if (p->nstack == p->capstack) {
        p->capstack = p->capstack ? p->capstack * 2 : 16;
        p->stack = realloc(p->stack, sizeof *p->stack * (size_t)p->capstack);
        if (!p->stack) abort();
    }
    p->stack[p->nstack++] = p->state;
    p->state = st;
}

static void pop_state(mp_parser *p)
{
    if (p->nstack > 0) p->state = p->stack[--p->nstack];
}

/* php checks bracket pairing in the lexer ("Unclosed '{'", "Unmatched ')'"). */
static void enter_nesting(mp_parser *p, char ch)
{
    if (p->nnest == p->capnest) {
        p->capnest = p->capnest ? p->capnest * 2 : 16;
        p->nest = realloc(p->nest, sizeof *p->nest * (size_t)p->capnest);
        if (!p->nest) abort();
    }
    p->nest[p->nnest].ch = ch;
    p->nest[p->nnest].line = p->tok_line;
    p->nnest++;
}

static int exit_nesting(mp_parser *p, char closing)
{
    if (p->nnest == 0) return lex_error(p, p->tok_line, "Unmatched '%c'", closing);
    mp_nest n = p->nest[--p->nnest];
    char want = n.ch == '(' ? ')' : n.ch == '[' ? ']' : '}';
    if (want != closing) {
        if (n.line != p->tok_line)
            return lex_error(p, p->tok_line, "Unclosed '%c' on line %d does not match '%c'", n.ch, n.line, closing);
        return lex_error(p, p->tok_line, "Unclosed '%c' does not match '%c'", n.ch, closing);
    }
    return 0;
}

static int end_token(mp_parser *p)
{
    p->tok = p->cur = p->end;
    if (p->nnest > 0 && !p->halted) {
        mp_nest n = p->nest[p->nnest - 1];
        p->tok_line = p->line;
        if (n.line != p->line) return lex_error(p, p->line, "Unclosed '%c' on line %d", n.ch, n.line);
        return lex_error(p, p->line, "Unclosed '%c'", n.ch);
    }
    return END;
}

static mp_ast *str_node(mp_parser *p, int kind, const char *s, size_t len)
{
    return mp_ast_str(p->arena, kind, p->tok_line, s, len);
}

static int utf8_put(char *o, unsigned long cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode the escapes of a double-quoted/heredoc/backquoted piece into a
 * STRING node. quote is '"', '`' or 0 (heredoc: \" stays as written).
 * line is the line where s starts (for error messages). NULL on error. */
static mp_ast *unescape(mp_parser *p, const char *s, size_t n, int quote, int line)
{
    char *out = mp_arena_alloc(p->arena, n + 1);
    size_t o = 0;
    const char *e = s + n, *s0 = s;
    while (s < e) {
        char c = *s++;
        if (c != '\\' || s >= e) { out[o++] = c; continue; }
        c = *s++;
        switch (c) {
        case 'n': out[o++] = '\n'; break;
        case 't': out[o++] = '\t'; break;
        case 'r': out[o++] = '\r'; break;
        case 'v': out[o++] = '\v'; break;
        case 'e': out[o++] = 27; break;
        case 'f': out[o++] = '\f'; break;
        case '\\': out[o++] = '\\'; break;
        case '$': out[o++] = '$'; break;
        case '"': case '`':
            if (c != quote) out[o++] = '\\';
            out[o++] = c;
            break;
        case 'x':
            if (s < e && hexval(*s) >= 0) {
                int v = hexval(*s++);
                if (s < e && hexval(*s) >= 0) v = v * 16 + hexval(*s++);
                out[o++] = (char)v;
            } else {
                out[o++] = '\\'; out[o++] = 'x';
            }
            break;
        case 'u': {
            if (s >= e || *s != '{') { out[o++] = '\\'; out[o++] = 'u'; break; }
            const char *q = s + 1;
            unsigned long cp = 0;
            int nd = 0, big = 0;
            while (q < e && hexval(*q) >= 0) {
                cp = cp * 16 + (unsigned long)hexval(*q++);
                if (cp > 0x10FFFF) big = 1;
                nd++;
            }
            if (q >= e || *q != '}' || nd == 0) {
                lex_error(p, line + lines_in(s0, s), "Invalid UTF-8 codepoint escape sequence");
                return NULL;
            }
            if (big) {
                lex_error(p, line + lines_in(s0, s), "Invalid UTF-8 codepoint escape sequence: Codepoint too large");
                return NULL;
            }
            o += (size_t)utf8_put(out + o, cp);
            s = q + 1;
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                const char *start = s - 1;
                int v = c - '0';
                if (s < e && *s >= '0' && *s <= '7') v = v * 8 + (*s++ - '0');
                if (s < e && *s >= '0' && *s <= '7') v = v * 8 + (*s++ - '0');
                if (v > 0xFF && p->diag) {
                    char msg[80];
                    snprintf(msg, sizeof msg, "Octal escape sequence overflow \\%.*s is greater than \\377",
                             (int)(s - start), start);
                    p->diag(p->diag_user, E_COMPILE_WARNING, line + lines_in(s0, s), msg);
                }
                out[o++] = (char)v;
            } else {
                out[o++] = '\\';
                out[o++] = c;
            }
        }
    }
    out[o] = 0;
    mp_ast *r = mp_ast_new(p->arena, MP_AST_STRING, p->tok_line, 0);
    r->str = out;
    r->len = o;
    return r;
}

/* ---- numbers ---- */

/* Value of a decimal/hex/octal/binary literal (underscores allowed). An
 * int when it fits, else a FLOAT node, as php does. */
static int number_token(mp_parser *p, MP_YYSTYPE *lval, const char *s, size_t n, int base)
{
    uint64_t v = 0;
    int overflow = 0;
    double d = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '_') continue;
        int dig = hexval(s[i]);
        if (dig >= base) return lex_error(p, p->tok_line, "Invalid numeric literal");
        /* php's zend_bin_strtod/zend_oct_strtod add the digit character and
         * then subtract '0' in double arithmetic, which rounds differently
         * from adding the digit once overflowed (0b111...1 gives ...955E+19) */
        if (base == 2 || base == 8) d = d * base + (unsigned char)s[i] - '0';
        else d = d * base + dig;
        if (!overflow) {
            if (v > (UINT64_MAX - (uint64_t)dig) / (uint64_t)base) overflow = 1;
            else v = v * (uint64_t)base + (uint64_t)dig;
        }
    }
    if (overflow || v > (uint64_t)INT64_MAX) {
        if (base == 10) {
            char buf[512];
            size_t k = 0;
            for (size_t i = 0; i < n && k + 1 < sizeof buf; i++)
                if (s[i] != '_') buf[k++] = s[i];
            buf[k] = 0;
            d = strtod(buf, NULL);
        }
        mp_ast *f = mp_ast_new(p->arena, MP_AST_FLOAT, p->tok_line, 0);
        f->dval = d;
        lval->ast = f;
        return T_DNUMBER;
    }
    mp_ast *r = mp_ast_new(p->arena, MP_AST_INT, p->tok_line, 0);
    r->ival = (int64_t)v;
    lval->ast = r;
    return T_LNUMBER;
}

static int float_token(mp_parser *p, MP_YYSTYPE *lval)
{
    char buf[512];
    size_t k = 0;
    for (const char *s = p->tok; s < p->cur && k + 1 < sizeof buf; s++)
        if (*s != '_') buf[k++] = *s;
    buf[k] = 0;
    mp_ast *f = mp_ast_new(p->arena, MP_AST_FLOAT, p->tok_line, 0);
    f->dval = strtod(buf, NULL);
    lval->ast = f;
    return T_DNUMBER;
}

/* ---- heredoc ---- */

/* Strip the closing marker's indentation from a heredoc/nowdoc piece
 * [s, e). at_start: s begins a line. Returns the new text in the arena
 * (length in *outlen) or NULL after an error. */
static char *heredoc_dedent(mp_parser *p, mp_heredoc *h, const char *s, const char *e,
                            int at_start, int line, size_t *outlen)
{
    char *out = mp_arena_alloc(p->arena, (size_t)(e - s) + 1);
    size_t o = 0;
    int spaces = h->indent > 0 && h->marker[-1] == ' ';
    int ln = line;
    while (s < e) {
        if (at_start && h->indent > 0) {
            int skip = 0;
            while (skip < h->indent && s < e && (*s == ' ' || *s == '\t')) {
                if ((*s == ' ') != spaces) {
                    lex_error(p, ln, "Invalid indentation - tabs and spaces cannot be mixed");
                    return NULL;
                }
                s++; skip++;
            }
            if (skip < h->indent) {
                int empty_line = (s < e && (*s == '\n' || *s == '\r')) || (s == e && e == h->body_end);
                if (!empty_line) {
                    lex_error(p, ln, "Invalid body indentation level (expecting an indentation level of at least %d)", h->indent);
                    return NULL;
                }
            }
        }
        at_start = 0;
        while (s < e) {
            char c = *s++;
            out[o++] = c;
            if (c == '\n' || (c == '\r' && (s >= e || *s != '\n'))) { at_start = 1; ln++; break; }
        }
    }
    out[o] = 0;
    *outlen = o;
    return out;
}

/* At "<<<LABEL\n": find the closing marker, its indentation and the end
 * of the body. */
static int heredoc_start(mp_parser *p)
{
    const char *s = p->tok + 3;
    while (*s == ' ' || *s == '\t') s++;
    int nowdoc = 0;
    if (*s == '\'') { nowdoc = 1; s++; }
    else if (*s == '"') s++;
    const char *label = s;
    while (LABEL_CHAR(*s)) s++;
    size_t len = (size_t)(s - label);
    count_lines(p, p->tok, p->cur);

    if (p->nhd == p->caphd) {
        p->caphd = p->caphd ? p->caphd * 2 : 4;
        p->hd = realloc(p->hd, sizeof *p->hd * (size_t)p->caphd);
        if (!p->hd) abort();
    }
    mp_heredoc *h = &p->hd[p->nhd++];
    memset(h, 0, sizeof *h);
    h->label = label;
    h->len = len;
    h->nowdoc = nowdoc;
    h->body_end = p->end;
    h->body = p->cur;

    const char *body = p->cur;
    for (const char *ls = body; ls < p->end;) {
        const char *q = ls;
        int sp = 0, tb = 0;
        while (*q == ' ' || *q == '\t') { if (*q == ' ') sp = 1; else tb = 1; q++; }
        /* php needs a byte after the closing label: a label right at the end
         * of the file does not close the heredoc */
        if ((size_t)(p->end - q) > len && memcmp(q, label, len) == 0) {
            if (!LABEL_CHAR(q[len])) {
                h->found = 1;
                h->marker = q;
                h->indent = (int)(q - ls);
                if (sp && tb) return lex_error(p, p->line, "Invalid indentation - tabs and spaces cannot be mixed");
                if (ls == body) h->body_end = body;
                else {
                    const char *be = ls - 1;             /* the newline ending the last body line */
                    if (*be == '\n' && be > body && be[-1] == '\r') be--;
                    h->body_end = be;
                }
                break;
            }
        }
        const char *nl = memchr(ls, '\n', (size_t)(p->end - ls));
        const char *cr = memchr(ls, '\r', (size_t)((nl ? nl : p->end) - ls));
        if (cr && (cr + 1 >= p->end || cr[1] != '\n')) ls = cr + 1;
        else if (nl) ls = nl + 1;
        else break;
    }
    if (h->found && h->body_end == body) p->state = LS_END_HEREDOC;
    else p->state = nowdoc ? LS_NOWDOC : LS_HEREDOC;
    return T_START_HEREDOC;
}

/* ---- the states ---- */

static int lex_initial(mp_parser *p, MP_YYSTYPE *lval)
{
    p->tok = p->cur;
    p->tok_line = p->line;
    const char *s = p->cur;
    for (;;) {
        const char *lt = memchr(s, '<', (size_t)(p->end - s));
        if (!lt) { s = p->end; break; }
        /* short_open_tag is on in php -n, so any "<?" opens PHP code */
        if (lt[1] == '?' && lt + 1 < p->end) { s = lt; break; }
        s = lt + 1;
    }
    if (s > p->tok) {
        p->cur = s;
        lval->ast = str_node(p, MP_AST_INLINE_HTML, p->tok, (size_t)(s - p->tok));
        count_lines(p, p->tok, p->cur);
        return T_INLINE_HTML;
    }
    if (s == p->end) return end_token(p);
    p->state = LS_SCRIPTING;
    if (s[2] == '=') {
        p->cur = s + 3;
        lval->s.s = p->tok; lval->s.len = 3;
        return T_ECHO;
    }
    if ((s[2] | 0x20) == 'p' && (s[3] | 0x20) == 'h' && (s[4] | 0x20) == 'p'
        && (s + 5 == p->end || s[5] == ' ' || s[5] == '\t' || s[5] == '\n' || s[5] == '\r')) {
        p->cur = s + 5;                 /* "<?php" and one blank or newline */
        if (p->cur < p->end) {
            if (*p->cur == '\r' && p->cur[1] == '\n') p->cur += 2;
            else p->cur++;
        }
    } else {
        p->cur = s + 2;                 /* "<?", also in "<?phpx" (php: "<?" then phpx) */
    }
    count_lines(p, p->tok, p->cur);
    return -1; /* the open tag itself is not a token for the parser */
}

/* Single-quoted string; tok points at the quote. */
static int lex_single_quoted(mp_parser *p, MP_YYSTYPE *lval)
{
    const char *s = p->tok + 1;
    size_t n = 0;
    int escapes = 0;
    while (s < p->end && *s != '\'') {
        if (*s == '\\' && s + 1 < p->end) { s++; escapes = 1; }
        s++;
    }
    if (s >= p->end) {
        /* php: the rest of the file becomes "string content" */
        p->cur = p->end;
        lval->ast = str_node(p, MP_AST_STRING, p->tok + 1, (size_t)(p->end - p->tok - 1));
        return T_ENCAPSED_AND_WHITESPACE;   /* php does not count its lines */
    }
    p->cur = s + 1;
    const char *b = p->tok + 1;
    n = (size_t)(s - b);
    if (!escapes) {
        lval->ast = str_node(p, MP_AST_STRING, b, n);
    } else {
        char *out = mp_arena_alloc(p->arena, n + 1);
        size_t o = 0;
        for (const char *q = b; q < s; q++) {
            if (*q == '\\' && q + 1 < s && (q[1] == '\\' || q[1] == '\'')) q++;
            out[o++] = *q;
        }
        out[o] = 0;
        mp_ast *r = mp_ast_new(p->arena, MP_AST_STRING, p->tok_line, 0);
        r->str = out; r->len = o;
        lval->ast = r;
    }
    count_lines(p, p->tok, p->cur);
    return T_CONSTANT_ENCAPSED_STRING;
}

/* Double-quoted string in script code: a constant string when it holds no
 * variables, else '"' and the LS_DQ state. */
static int lex_double_quoted(mp_parser *p, MP_YYSTYPE *lval)
{
    const char *s = p->tok + 1;
    while (s < p->end) {
        char c = *s;
        if (c == '"') break;
        if (c == '$' && (LABEL_START(s[1]) || s[1] == '{')) { s = NULL; break; }
        if (c == '{' && s[1] == '$') { s = NULL; break; }
        if (c == '\\' && s + 1 < p->end) s++;
        s++;
    }
    if (s && s < p->end) {
        p->cur = s + 1;
        mp_ast *r = unescape(p, p->tok + 1, (size_t)(s - p->tok - 1), '"', p->tok_line);
        if (!r) return T_ERROR;
        lval->ast = r;
        count_lines(p, p->tok, p->cur);
        return T_CONSTANT_ENCAPSED_STRING;
    }
    p->cur = p->tok + 1;
    p->state = LS_DQ;
    return '"';
}

/* A "$name" inside a string, with php's look-ahead for [ and ->. */
static int encaps_variable(mp_parser *p, MP_YYSTYPE *lval)
{
    const char *s = p->tok + 1;
    while (LABEL_CHAR(*s) && s < p->end) s++;
    lval->ast = str_node(p, MP_AST_VAR, p->tok + 1, (size_t)(s - p->tok - 1));
    p->cur = s;
    if (*s == '[' && s < p->end) push_state(p, LS_VAR_OFFSET);
    else if (s[0] == '-' && s[1] == '>' && LABEL_START(s[2]) && s + 2 < p->end) push_state(p, LS_PROPERTY);
    else if (s[0] == '?' && s[1] == '-' && s[2] == '>' && LABEL_START(s[3]) && s + 3 < p->end) push_state(p, LS_PROPERTY);
    return T_VARIABLE;
}

/* Body of "...", `...` or a heredoc: variables, ${, {$ or literal text. */
static int lex_encaps(mp_parser *p, MP_YYSTYPE *lval)
{
    int st = p->state;
    mp_heredoc *h = (st == LS_HEREDOC) ? &p->hd[p->nhd - 1] : NULL;
    const char *limit = h ? h->body_end : p->end;
    char term = st == LS_DQ ? '"' : st == LS_BACKQUOTE ? '`' : 0;
    p->tok = p->cur;
    p->tok_line = p->line;
    const char *s = p->cur;
    if (s >= limit) {
        if (h && h->found) { p->state = LS_END_HEREDOC; return -1; }
        return end_token(p);
    }
    if (term && *s == term) {
        p->cur = s + 1;
        p->state = LS_SCRIPTING;
        return term;
    }
    if (*s == '$' && LABEL_START(s[1]) && s + 1 < limit) return encaps_variable(p, lval);
    if (*s == '$' && s[1] == '{' && s + 1 < limit) {
        p->cur = s + 2;
        enter_nesting(p, '{');
        push_state(p, LS_VARNAME);
        return T_DOLLAR_OPEN_CURLY_BRACES;
    }
    if (*s == '{' && s[1] == '$' && s + 1 < limit) {
        p->cur = s + 1;
        enter_nesting(p, '{');
        push_state(p, LS_SCRIPTING);
        return T_CURLY_OPEN;
    }
    while (s < limit) {
        char c = *s;
        if (term && c == term) break;
        if (c == '$' && s + 1 < limit && (LABEL_START(s[1]) || s[1] == '{')) break;
        if (c == '{' && s + 1 < limit && s[1] == '$') break;
        if (c == '\\' && s + 1 < limit) s++;
        s++;
    }
    p->cur = s;
    const char *text = p->tok;
    size_t n = (size_t)(s - p->tok);
    if (h) {
        int at_start = p->tok == h->body || p->tok[-1] == '\n' || p->tok[-1] == '\r';
        text = heredoc_dedent(p, h, p->tok, s, at_start, p->tok_line, &n);
        if (!text) return T_ERROR;
    }
    mp_ast *r = unescape(p, text, n, term, p->tok_line);
    if (!r) return T_ERROR;
    lval->ast = r;
    count_lines(p, p->tok, p->cur);
    return T_ENCAPSED_AND_WHITESPACE;
}

static int lex_nowdoc(mp_parser *p, MP_YYSTYPE *lval)
{
    mp_heredoc *h = &p->hd[p->nhd - 1];
    p->tok = p->cur;
    p->tok_line = p->line;
    if (p->cur >= h->body_end) {
        if (h->found) { p->state = LS_END_HEREDOC; return -1; }
        return end_token(p);
    }
    size_t n;
    char *text = heredoc_dedent(p, h, p->cur, h->body_end, 1, p->line, &n);
    if (!text) return T_ERROR;
    p->cur = h->body_end;
    lval->ast = mp_ast_new(p->arena, MP_AST_STRING, p->tok_line, 0);
    lval->ast->str = text;
    lval->ast->len = n;
    count_lines(p, p->tok, p->cur);
    p->state = h->found ? LS_END_HEREDOC : LS_NOWDOC;
    return T_ENCAPSED_AND_WHITESPACE;
}

static int lex_end_heredoc(mp_parser *p)
{
    mp_heredoc *h = &p->hd[p->nhd - 1];
    p->tok = p->cur;
    p->tok_line = p->line;
    p->cur = h->marker + h->len;
    count_lines(p, p->tok, p->cur);
    p->tok_line = p->line;
    p->tok = h->marker;
    p->nhd--;
    p->state = LS_SCRIPTING;
    return T_END_HEREDOC;
}

/* Single-line comment: up to the end of line (included) or a ?> (excluded). */
static void skip_line_comment(mp_parser *p)
{
    const char *s = p->cur;
    while (s < p->end) {
        if (*s == '\n') { s++; break; }
        if (*s == '\r') { s++; if (s < p->end && *s == '\n') s++; break; }
        if (*s == '?' && s[1] == '>' && s + 1 < p->end) break;
        s++;
    }
    p->cur = s;
}

static int lex_scripting(mp_parser *p, MP_YYSTYPE *lval)
{
    for (;;) {
        p->tok = p->cur;
        p->tok_line = p->line;
#define TOKEN(t) do { count_lines(p, p->tok, p->cur); return (t); } while (0)
#define KW(t) do { lval->s.s = p->tok; lval->s.len = (size_t)(p->cur - p->tok); return (t); } while (0)
        /*!re2c
        re2c:define:YYCTYPE = "unsigned char";
        re2c:define:YYCURSOR = "p->cur";
        re2c:define:YYMARKER = "p->mar";
        re2c:yyfill:enable = 0;

        LNUM = [0-9]+ ("_" [0-9]+)*;
        DNUM = (LNUM? "." LNUM) | (LNUM "." LNUM?);
        EXPONENT_DNUM = (LNUM | DNUM) [eE] [+-]? LNUM;
        HNUM = "0" [xX] [0-9a-fA-F]+ ("_" [0-9a-fA-F]+)*;
        BNUM = "0" [bB] [01]+ ("_" [01]+)*;
        ONUM = "0" [oO] [0-7]+ ("_" [0-7]+)*;
        LABEL = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;
        WS = [ \n\r\t]+;
        TS = [ \t]*;
        NL = "\r\n" | "\n" | "\r";

        'exit' | 'die'      { KW(T_EXIT); }
        'fn'                { KW(T_FN); }
        'function'          { KW(T_FUNCTION); }
        'const'             { KW(T_CONST); }
        'return'            { KW(T_RETURN); }
        'yield' WS 'from'   {
            if (p->cur < p->end && LABEL_CHAR(*p->cur)) { p->cur = p->tok + 5; KW(T_YIELD); }
            count_lines(p, p->tok, p->cur);
            KW(T_YIELD_FROM);
        }
        'yield'             { KW(T_YIELD); }
        'try'               { KW(T_TRY); }
        'catch'             { KW(T_CATCH); }
        'finally'           { KW(T_FINALLY); }
        'throw'             { KW(T_THROW); }
        'if'                { KW(T_IF); }
        'elseif'            { KW(T_ELSEIF); }
        'endif'             { KW(T_ENDIF); }
        'else'              { KW(T_ELSE); }
        'while'             { KW(T_WHILE); }
        'endwhile'          { KW(T_ENDWHILE); }
        'do'                { KW(T_DO); }
        'for'               { KW(T_FOR); }
        'endfor'            { KW(T_ENDFOR); }
        'foreach'           { KW(T_FOREACH); }
        'endforeach'        { KW(T_ENDFOREACH); }
        'declare'           { KW(T_DECLARE); }
        'enddeclare'        { KW(T_ENDDECLARE); }
        'instanceof'        { KW(T_INSTANCEOF); }
        'as'                { KW(T_AS); }
        'switch'            { KW(T_SWITCH); }
        'match'             { KW(T_MATCH); }
        'endswitch'         { KW(T_ENDSWITCH); }
        'case'              { KW(T_CASE); }
        'default'           { KW(T_DEFAULT); }
        'break'             { KW(T_BREAK); }
        'continue'          { KW(T_CONTINUE); }
        'goto'              { KW(T_GOTO); }
        'echo'              { KW(T_ECHO); }
        'print'             { KW(T_PRINT); }
        'class'             { KW(T_CLASS); }
        'interface'         { KW(T_INTERFACE); }
        'trait'             { KW(T_TRAIT); }
        'enum'              {
            /* "enum" is a keyword only when a class-like name follows */
            const char *s = p->cur;
            for (;;) {
                while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
                if (s[0] == '/' && s[1] == '*') {
                    const char *e = s + 2;
                    while (e + 1 < p->end && !(e[0] == '*' && e[1] == '/')) e++;
                    if (e + 1 >= p->end) break;
                    s = e + 2;
                    continue;
                }
                if (s[0] == '#' || (s[0] == '/' && s[1] == '/')) {
                    while (s < p->end && *s != '\n' && *s != '\r') s++;
                    continue;
                }
                break;
            }
            if (s > p->cur && s < p->end && LABEL_START(*s)) {
                const char *e = s;
                while (LABEL_CHAR(*e) && e < p->end) e++;
                size_t n = (size_t)(e - s);
                if (!((n == 7 && strncasecmp(s, "extends", 7) == 0) || (n == 10 && strncasecmp(s, "implements", 10) == 0)))
                    KW(T_ENUM);
            }
            lval->ast = str_node(p, MP_AST_NAME, p->tok, 4);
            return T_STRING;
        }
        'extends'           { KW(T_EXTENDS); }
        'implements'        { KW(T_IMPLEMENTS); }
        'new'               { KW(T_NEW); }
        'clone'             { KW(T_CLONE); }
        'var'               { KW(T_VAR); }
        'eval'              { KW(T_EVAL); }
        'include'           { KW(T_INCLUDE); }
        'include_once'      { KW(T_INCLUDE_ONCE); }
        'require'           { KW(T_REQUIRE); }
        'require_once'      { KW(T_REQUIRE_ONCE); }
        'namespace'         { KW(T_NAMESPACE); }
        'use'               { KW(T_USE); }
        'insteadof'         { KW(T_INSTEADOF); }
        'global'            { KW(T_GLOBAL); }
        'isset'             { KW(T_ISSET); }
        'empty'             { KW(T_EMPTY); }
        '__halt_compiler'   { KW(T_HALT_COMPILER); }
        'static'            { KW(T_STATIC); }
        'abstract'          { KW(T_ABSTRACT); }
        'final'             { KW(T_FINAL); }
        'private'           { KW(T_PRIVATE); }
        'protected'         { KW(T_PROTECTED); }
        'public'            { KW(T_PUBLIC); }
        'readonly'          { KW(T_READONLY); }
        'unset'             { KW(T_UNSET); }
        'list'              { KW(T_LIST); }
        'array'             { KW(T_ARRAY); }
        'callable'          { KW(T_CALLABLE); }
        '__class__'         { KW(T_CLASS_C); }
        '__trait__'         { KW(T_TRAIT_C); }
        '__function__'      { KW(T_FUNC_C); }
        '__method__'        { KW(T_METHOD_C); }
        '__line__'          { KW(T_LINE); }
        '__file__'          { KW(T_FILE); }
        '__dir__'           { KW(T_DIR); }
        '__namespace__'     { KW(T_NS_C); }
        'or'                { KW(T_LOGICAL_OR); }
        'and'               { KW(T_LOGICAL_AND); }
        'xor'               { KW(T_LOGICAL_XOR); }

        "(" TS ('int' | 'integer') TS ")"   { TOKEN(T_INT_CAST); }
        "(" TS ('float' | 'double') TS ")"  { TOKEN(T_DOUBLE_CAST); }
        "(" TS 'real' TS ")"                { return lex_error(p, p->tok_line, "The (real) cast has been removed, use (float) instead"); }
        "(" TS ('string' | 'binary') TS ")" { TOKEN(T_STRING_CAST); }
        "(" TS 'array' TS ")"               { TOKEN(T_ARRAY_CAST); }
        "(" TS 'object' TS ")"              { TOKEN(T_OBJECT_CAST); }
        "(" TS ('bool' | 'boolean') TS ")"  { TOKEN(T_BOOL_CAST); }
        "(" TS 'unset' TS ")"               { TOKEN(T_UNSET_CAST); }

        "->"    { push_state(p, LS_PROPERTY); TOKEN(T_OBJECT_OPERATOR); }
        "?->"   { push_state(p, LS_PROPERTY); TOKEN(T_NULLSAFE_OBJECT_OPERATOR); }
        "::"    { TOKEN(T_PAAMAYIM_NEKUDOTAYIM); }
        "\\"    { TOKEN(T_NS_SEPARATOR); }
        "..."   { TOKEN(T_ELLIPSIS); }
        "??"    { TOKEN(T_COALESCE); }
        "**"    { TOKEN(T_POW); }
        "**="   { TOKEN(T_POW_EQUAL); }
        "=>"    { TOKEN(T_DOUBLE_ARROW); }
        "++"    { TOKEN(T_INC); }
        "--"    { TOKEN(T_DEC); }
        "==="   { TOKEN(T_IS_IDENTICAL); }
        "!=="   { TOKEN(T_IS_NOT_IDENTICAL); }
        "=="    { TOKEN(T_IS_EQUAL); }
        "!=" | "<>" { TOKEN(T_IS_NOT_EQUAL); }
        "<=>"   { TOKEN(T_SPACESHIP); }
        "<="    { TOKEN(T_IS_SMALLER_OR_EQUAL); }
        ">="    { TOKEN(T_IS_GREATER_OR_EQUAL); }
        "+="    { TOKEN(T_PLUS_EQUAL); }
        "-="    { TOKEN(T_MINUS_EQUAL); }
        "*="    { TOKEN(T_MUL_EQUAL); }
        "/="    { TOKEN(T_DIV_EQUAL); }
        ".="    { TOKEN(T_CONCAT_EQUAL); }
        "%="    { TOKEN(T_MOD_EQUAL); }
        "<<="   { TOKEN(T_SL_EQUAL); }
        ">>="   { TOKEN(T_SR_EQUAL); }
        "&="    { TOKEN(T_AND_EQUAL); }
        "|="    { TOKEN(T_OR_EQUAL); }
        "^="    { TOKEN(T_XOR_EQUAL); }
        "??="   { TOKEN(T_COALESCE_EQUAL); }
        "||"    { TOKEN(T_BOOLEAN_OR); }
        "&&"    { TOKEN(T_BOOLEAN_AND); }
        "<<"    { TOKEN(T_SL); }
        ">>"    { TOKEN(T_SR); }
        "#["    { enter_nesting(p, '['); TOKEN(T_ATTRIBUTE); }
        "&" [ \t\r\n]* ("$" | "...") { p->cur = p->tok + 1; TOKEN(T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG); }
        "&"     { TOKEN(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG); }
        "{"     { enter_nesting(p, '{'); push_state(p, LS_SCRIPTING); TOKEN('{'); }
        "}"     {
            if (exit_nesting(p, '}')) return T_ERROR;
            if (p->nstack > 0) pop_state(p);
            TOKEN('}');
        }
        "(" | "["   { enter_nesting(p, (char)p->tok[0]); TOKEN(p->tok[0]); }
        ")" | "]"   { if (exit_nesting(p, (char)p->tok[0])) return T_ERROR; TOKEN(p->tok[0]); }
        [;:,.|^+\-/*=%!~$<>?@]  { TOKEN(p->tok[0]); }

        "?>" NL? {
            /* php counts the newline of "?>\n" only when the next token is
             * read, so an error at this ';' is reported on the ?> line */
            p->state = LS_INITIAL;
            p->defer_line = p->cur > p->tok + 2;
            return ';';
        }
        "#" | "//"  { skip_line_comment(p); count_lines(p, p->tok, p->cur); continue; }
        "/*"        {
            const char *s = p->cur;
            while (s + 1 < p->end && !(s[0] == '*' && s[1] == '/')) s++;
            if (s + 1 >= p->end) return lex_error(p, p->tok_line, "Unterminated comment starting line %d", p->tok_line);
            p->cur = s + 2;
            count_lines(p, p->tok, p->cur);
            continue;
        }
        WS          { count_lines(p, p->tok, p->cur); continue; }

        "$" LABEL   { lval->ast = str_node(p, MP_AST_VAR, p->tok + 1, (size_t)(p->cur - p->tok - 1)); TOKEN(T_VARIABLE); }
        'namespace' ("\\" LABEL)+ {
            lval->ast = str_node(p, MP_AST_NAME, p->tok, (size_t)(p->cur - p->tok));
            TOKEN(T_NAME_RELATIVE);
        }
        LABEL ("\\" LABEL)+ {
            lval->ast = str_node(p, MP_AST_NAME, p->tok, (size_t)(p->cur - p->tok));
            TOKEN(T_NAME_QUALIFIED);
        }
        "\\" LABEL ("\\" LABEL)* {
            lval->ast = str_node(p, MP_AST_NAME, p->tok, (size_t)(p->cur - p->tok));
            lval->ast->flags |= MP_AF_FQ;
            TOKEN(T_NAME_FULLY_QUALIFIED);
        }
        LABEL       { lval->ast = str_node(p, MP_AST_NAME, p->tok, (size_t)(p->cur - p->tok)); TOKEN(T_STRING); }

        LNUM        {
            size_t n = (size_t)(p->cur - p->tok);
            if (p->tok[0] == '0' && n > 1) return number_token(p, lval, p->tok + 1, n - 1, 8);
            return number_token(p, lval, p->tok, n, 10);
        }
        HNUM        { return number_token(p, lval, p->tok + 2, (size_t)(p->cur - p->tok - 2), 16); }
        BNUM        { return number_token(p, lval, p->tok + 2, (size_t)(p->cur - p->tok - 2), 2); }
        ONUM        { return number_token(p, lval, p->tok + 2, (size_t)(p->cur - p->tok - 2), 8); }
        DNUM | EXPONENT_DNUM { return float_token(p, lval); }

        /* a b prefix (binary string) is accepted and ignored */
        [bB]? "'"   { p->tok = p->cur - 1; return lex_single_quoted(p, lval); }
        [bB]? "\""  { p->tok = p->cur - 1; return lex_double_quoted(p, lval); }
        "`"         { p->state = LS_BACKQUOTE; TOKEN('`'); }
        [bB]? "<<<" TS (LABEL | ["] LABEL ["] | ['] LABEL [']) NL {
            if (*p->tok != '<') p->tok++;
            return heredoc_start(p);
        }

        "\x00"      {
            if (p->tok >= p->end) return end_token(p);
            TOKEN(T_BAD_CHARACTER);
        }
        [^]         { TOKEN(T_BAD_CHARACTER); }
        */
#undef TOKEN
#undef KW
    }
}

/* After "$a[" in a string. */
static int lex_var_offset(mp_parser *p, MP_YYSTYPE *lval)
{
    p->tok = p->cur;
    p->tok_line = p->line;
    const char *s = p->cur;
    char c = *s;
    if (s >= p->end) return end_token(p);
    if (c >= '0' && c <= '9') {
        /* php: [0]|[1-9][0-9]* is an int, any other LNUM|HNUM|BNUM|ONUM a string */
        const char *e = p->cur;
        if (c == '0' && (e[1] == 'x' || e[1] == 'X') && hexval(e[2]) >= 0) { e += 2; while (hexval(*e) >= 0 || (*e == '_' && hexval(e[1]) >= 0)) e++; }
        else if (c == '0' && (e[1] == 'b' || e[1] == 'B') && (e[2] == '0' || e[2] == '1')) { e += 2; while (*e == '0' || *e == '1' || (*e == '_' && (e[1] == '0' || e[1] == '1'))) e++; }
        else if (c == '0' && (e[1] == 'o' || e[1] == 'O') && e[2] >= '0' && e[2] <= '7') { e += 2; while ((*e >= '0' && *e <= '7') || (*e == '_' && e[1] >= '0' && e[1] <= '7')) e++; }
        else { while ((*e >= '0' && *e <= '9') || (*e == '_' && e[1] >= '0' && e[1] <= '9')) e++; }
        p->cur = e;
        size_t n = (size_t)(e - p->tok);
        int canonical = (c != '0' || n == 1) && !memchr(p->tok, '_', n);
        for (size_t i = 0; i < n && canonical; i++) if (p->tok[i] < '0' || p->tok[i] > '9') canonical = 0;
        if (canonical && (n < 19 || (n == 19 && memcmp(p->tok, "9223372036854775808", 19) < 0))) {
            mp_ast *r = mp_ast_new(p->arena, MP_AST_INT, p->tok_line, 0);
            for (size_t i = 0; i < n; i++) r->ival = r->ival * 10 + (p->tok[i] - '0');
            r->str = NULL;
            lval->ast = r;
        } else {
            lval->ast = str_node(p, MP_AST_STRING, p->tok, n);
        }
        return T_NUM_STRING;
    }
    if (c == '$' && LABEL_START(s[1]) && s + 1 < p->end) {
        s++;
        while (LABEL_CHAR(*s) && s < p->end) s++;
        p->cur = s;
        lval->ast = str_node(p, MP_AST_VAR, p->tok + 1, (size_t)(s - p->tok - 1));
        return T_VARIABLE;
    }
    if (c == ']') { p->cur = s + 1; pop_state(p); return ']'; }
    if (LABEL_START(c)) {
        while (LABEL_CHAR(*s) && s < p->end) s++;
        p->cur = s;
        lval->ast = str_node(p, MP_AST_NAME, p->tok, (size_t)(s - p->tok));
        return T_STRING;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\\' || c == '\'' || c == '#') {
        /* php: leave the offset state and report "string content" */
        pop_state(p);
        lval->ast = str_node(p, MP_AST_STRING, "", 0);
        return T_ENCAPSED_AND_WHITESPACE;
    }
    p->cur = s + 1;
    if (strchr(";:,.[]()|^&+-/*=%!~$<>?@{}\"`", c) && c) return (unsigned char)c;
    return T_BAD_CHARACTER;
}

static int lex_property(mp_parser *p, MP_YYSTYPE *lval)
{
    p->tok = p->cur;
    p->tok_line = p->line;
    const char *s = p->cur;
    if (s < p->end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
        while (s < p->end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) s++;
        p->cur = s;
        count_lines(p, p->tok, p->cur);
        return -1;
    }
    /* php 8.2 skips comments here without leaving the state: "$a->#[x]\nb"
     * is a property fetch (the "#[" is a comment, not an attribute) and
     * "$a->/ * c * /class" names the property "class" */
    if (s < p->end && (*s == '#' || (s[0] == '/' && s[1] == '/'))) {
        p->cur = s + 1;
        skip_line_comment(p);
        count_lines(p, p->tok, p->cur);
        return -1;
    }
    if (s + 1 < p->end && s[0] == '/' && s[1] == '*') {
        const char *e = s + 2;
        while (e + 1 < p->end && !(e[0] == '*' && e[1] == '/')) e++;
        if (e + 1 >= p->end) return lex_error(p, p->tok_line, "Unterminated comment starting line %d", p->tok_line);
        p->cur = e + 2;
        count_lines(p, p->tok, p->cur);
        return -1;
    }
    if (s[0] == '-' && s[1] == '>' && s + 1 < p->end) { p->cur = s + 2; return T_OBJECT_OPERATOR; }
    if (s[0] == '?' && s[1] == '-' && s[2] == '>' && s + 2 < p->end) { p->cur = s + 3; return T_NULLSAFE_OBJECT_OPERATOR; }
    if (s < p->end && LABEL_START(*s)) {
        while (LABEL_CHAR(*s) && s < p->end) s++;
        p->cur = s;
        pop_state(p);
        lval->ast = str_node(p, MP_AST_NAME, p->tok, (size_t)(s - p->tok));
        return T_STRING;
    }
    pop_state(p);
    return -1;
}

static int lex_varname(mp_parser *p, MP_YYSTYPE *lval)
{
    p->tok = p->cur;
    p->tok_line = p->line;
    const char *s = p->cur;
    if (s < p->end && LABEL_START(*s)) {
        while (LABEL_CHAR(*s) && s < p->end) s++;
        if ((*s == '[' || *s == '}') && s < p->end) {
            p->cur = s;
            pop_state(p);
            push_state(p, LS_SCRIPTING);
            lval->ast = str_node(p, MP_AST_STRING, p->tok, (size_t)(s - p->tok));
            return T_STRING_VARNAME;
        }
    }
    pop_state(p);
    push_state(p, LS_SCRIPTING);
    return -1;
}

int mp_lexer_init(mp_parser *p)
{
    p->cur = p->src;
    p->line = 1;
    p->state = LS_INITIAL;
    /* a #! line at the very top is skipped (php CLI) */
    if (p->end - p->src >= 2 && p->src[0] == '#' && p->src[1] == '!') {
        const char *nl = memchr(p->src, '\n', (size_t)(p->end - p->src));
        p->cur = nl ? nl + 1 : p->end;
        if (nl) p->line = 2;
    }
    return 0;
}

int mp_yylex(MP_YYSTYPE *lval, MP_YYLTYPE *lloc, mp_parser *p)
{
    int t;
    if (p->failed) t = T_ERROR;
    else if (p->halted) { p->tok = p->cur; t = END; }
    else {
        p->line += p->defer_line;
        p->defer_line = 0;
        do {
            switch (p->state) {
            case LS_INITIAL:     t = lex_initial(p, lval); break;
            case LS_SCRIPTING:   t = lex_scripting(p, lval); break;
            case LS_DQ:
            case LS_BACKQUOTE:
            case LS_HEREDOC:     t = lex_encaps(p, lval); break;
            case LS_NOWDOC:      t = lex_nowdoc(p, lval); break;
            case LS_END_HEREDOC: t = lex_end_heredoc(p); break;
            case LS_VAR_OFFSET:  t = lex_var_offset(p, lval); break;
            case LS_PROPERTY:    t = lex_property(p, lval); break;
            default:             t = lex_varname(p, lval); break;
            }
        } while (t == -1);
    }
    *lloc = p->tok_line;
    p->last_text = p->tok;
    p->last_len = (size_t)(p->cur - p->tok);
    if (t == END) { p->last_text = p->end; p->last_len = 0; }
    return t;
}
