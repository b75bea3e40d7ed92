/* parser.y - PHP 8.2 grammar (bison, pure and reentrant) building the AST of
 * vm/ast.h. Rule structure and token order follow PHP's own grammar on
 * purpose: bison's expected-token lists (the "expecting ..." of syntax
 * errors) depend on the automaton, and must read as php's do. No LAC: php
 * does not use it either. All state lives in mp_parser; nothing global. */

%require "3.8"
%define api.pure full
%define api.prefix {mp_yy}
%define api.location.type {int}
%define parse.error custom
%locations
%param {mp_parser *p}
%expect 0
%initial-action { @$ = 1; }

%code requires {
#include <stddef.h>
#include "vm/ast.h"

/* A keyword token's text (keywords may be used as identifiers). */
typedef struct mp_tokstr { const char *s; size_t len; } mp_tokstr;

/* One open bracket, for php's "Unclosed '{'" checks. */
typedef struct mp_nest { char ch; int line; } mp_nest;

/* One heredoc/nowdoc being scanned. */
typedef struct mp_heredoc {
    const char *label;   /* closing label */
    size_t len;          /* its length */
    int indent;          /* indentation of the closing marker (removed from each line) */
    int nowdoc;          /* 1 for <<<'X' */
    const char *body;    /* first byte of the body */
    const char *body_end;/* where the body stops: the newline before the marker (or the marker) */
    const char *marker;  /* start of the closing label */
    int found;           /* closing marker exists */
} mp_heredoc;

/* A deprecation found while parsing, reported only if the parse succeeds
 * (php raises these while compiling, so a later syntax error hides them). */
typedef struct mp_pending_diag { struct mp_pending_diag *next; int level, line; const char *msg; } mp_pending_diag;

/* The whole front-end state of one parse (lexer and parser share it). */
typedef struct mp_parser {
    mp_arena *arena;          /* AST and scratch memory */
    const char *src;          /* input */
    const char *end;          /* src + len: the NUL sentinel */
    const char *cur;          /* re2c cursor */
    const char *mar;          /* re2c backtracking marker */
    const char *tok;          /* start of the current token */
    int line;                 /* line of cur */
    int tok_line;             /* line where the last token started */
    const char *last_text;    /* text of the last token returned (for error messages) */
    size_t last_len;          /* its length */
    int state;                /* current lexer state (MP_LS_*) */
    int *stack;               /* pushed lexer states */
    int nstack, capstack;
    mp_heredoc *hd;           /* heredoc stack */
    int nhd, caphd;
    mp_nest *nest;            /* open brackets */
    int nnest, capnest;
    int halted;               /* __halt_compiler(); seen: return end of file */
    int defer_line;           /* 1 after "?>\n": the line is counted when the next token is read */
    const char *filename;     /* for __FILE__ / __DIR__ */
    char *err; size_t errsz; int *errline;
    int failed;               /* an error message is already in err */
    mp_parse_diag_fn diag; void *diag_user;
    mp_pending_diag *pending, **pending_tail;
    mp_ast *result;           /* the top statement LIST */
    const char *fatal_msg;    /* first compile-time (E_COMPILE_ERROR) error found while parsing */
    int fatal_line;
} mp_parser;

void mp_parser_error(mp_parser *p, int line, const char *fmt, ...);
}

%code provides {
int mp_yylex(MP_YYSTYPE *lval, MP_YYLTYPE *lloc, mp_parser *p);
int mp_lexer_init(mp_parser *p);
}

%code {
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* int locations: a rule starts where its first symbol starts. */
#define YYLLOC_DEFAULT(Cur, Rhs, N) ((Cur) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0))

#define A (p->arena)
#define N0(k, l)          mp_ast_new(A, MP_AST_##k, (l), 0)
#define N1(k, l, a)       mp_ast_new(A, MP_AST_##k, (l), 1, (a))
#define N2(k, l, a, b)    mp_ast_new(A, MP_AST_##k, (l), 2, (a), (b))
#define N3(k, l, a, b, c) mp_ast_new(A, MP_AST_##k, (l), 3, (a), (b), (c))
#define N4(k, l, a, b, c, d) mp_ast_new(A, MP_AST_##k, (l), 4, (a), (b), (c), (d))
#define LIST(l)           N0(LIST, (l))
#define ADD(list, kid)    mp_ast_append(A, (list), (kid))

static void mp_yyerror(int *loc, mp_parser *p, const char *msg)
{
    (void)loc;
    mp_parser_error(p, p->line, "%s", msg);
}

static mp_ast *with_flags(mp_ast *n, int flags) { n->flags |= (uint16_t)flags; return n; }
/* Is this attribute #[AllowDynamicProperties]? */
static int is_allow_dynamic(const mp_ast *name)
{
    const char *s = name->str;
    size_t len = name->len;
    if (len && s[0] == '\\') { s++; len--; }
    return len == 22 && strncasecmp(s, "AllowDynamicProperties", 22) == 0;
}
static mp_ast *with_ival(mp_ast *n, int64_t v) { n->ival = v; return n; }
static mp_ast *with_str(mp_parser *p, mp_ast *n, const char *s, size_t len)
{
    n->str = mp_arena_strdup(A, s, len);
    n->len = len;
    return n;
}

/* A NAME node from a keyword used as an identifier. */
static mp_ast *ident_from(mp_parser *p, mp_tokstr t, int line)
{
    return mp_ast_str(A, MP_AST_NAME, line, t.s, t.len);
}

/* A body as a LIST: a { } block gives its list, any other statement a
 * one-item list, the empty statement an empty list. */
static mp_ast *as_list(mp_parser *p, mp_ast *stmt, int line)
{
    if (stmt && stmt->kind == MP_AST_BLOCK) return stmt->kids[0];
    if (stmt && stmt->kind == MP_AST_LIST) return stmt;
    mp_ast *l = LIST(stmt ? stmt->line : line);
    if (stmt && stmt->kind != MP_AST_NOP) ADD(l, stmt);
    return l;
}

/* Link a LIST of IF nodes (if / elseif ...) into a chain; returns the head. */
static mp_ast *chain_ifs(mp_ast *ifs, mp_ast *else_list)
{
    for (int i = 0; i + 1 < ifs->nkids; i++) ifs->kids[i]->kids[2] = ifs->kids[i + 1];
    ifs->kids[ifs->nkids - 1]->kids[2] = else_list;
    return ifs->kids[0];
}

static mp_ast *binop(mp_parser *p, int op, mp_ast *l, mp_ast *r, int line)
{
    return with_ival(N2(BINARY, line, l, r), op);
}

static mp_ast *assign_op(mp_parser *p, int op, mp_ast *l, mp_ast *r, int line)
{
    return with_ival(N2(ASSIGN_OP, line, l, r), op);
}

/* php raises some errors while compiling, after the whole file parsed:
 * keep the first one; a later syntax error still wins. */
static void compile_error(mp_parser *p, int line, const char *msg)
{
    if (!p->fatal_msg) { p->fatal_msg = msg; p->fatal_line = line; }
}

/* An error php raises from a grammar action: it stops the parse at once. */
static void compile_error_now(mp_parser *p, int line, const char *msg)
{
    p->fatal_msg = msg;
    p->fatal_line = line;
}

/* php's zend_add_member_modifier / zend_add_class_modifier checks. */
static int add_modifier(mp_parser *p, int flags, int add, int is_class)
{
    const char *msg = NULL;
    int ppp = MP_AF_PUBLIC | MP_AF_PROTECTED | MP_AF_PRIVATE;
    int all = flags | add;
    if (!is_class && (flags & ppp) && (add & ppp)) msg = "Multiple access type modifiers are not allowed";
    else if ((flags & add & MP_AF_ABSTRACT)) msg = "Multiple abstract modifiers are not allowed";
    else if ((flags & add & MP_AF_STATIC)) msg = "Multiple static modifiers are not allowed";
    else if ((flags & add & MP_AF_FINAL)) msg = "Multiple final modifiers are not allowed";
    else if ((flags & add & MP_AF_READONLY)) msg = "Multiple readonly modifiers are not allowed";
    else if ((all & MP_AF_ABSTRACT) && (all & MP_AF_FINAL))
        msg = is_class ? "Cannot use the final modifier on an abstract class"
                       : "Cannot use the final modifier on an abstract class member";
    if (msg) { compile_error_now(p, p->line, msg); return -1; }
    return all;
}

/* php 8 refuses an unparenthesized ternary as the condition of another
 * (only a ?: b ?: c chains are allowed); a compile-time error. */
static void check_nested_ternary(mp_parser *p, mp_ast *t)
{
    mp_ast *c = t->kids[0];
    if (c->kind != MP_AST_TERNARY || (c->flags & MP_AF_PARENS)) return;
    int inner_short = c->kids[1] == NULL, outer_short = t->kids[1] == NULL;
    if (inner_short && outer_short) return;
    const char *msg;
    if (!inner_short && !outer_short)
        msg = "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`";
    else if (inner_short)
        msg = "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`";
    else
        msg = "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`";
    compile_error(p, t->line, msg);
}

/* Record a deprecation to report once the parse succeeded. */
static void defer_diag(mp_parser *p, int level, int line, const char *msg)
{
    mp_pending_diag *d = mp_arena_alloc(A, sizeof *d);
    d->level = level; d->line = line; d->msg = msg;
    *p->pending_tail = d;
    p->pending_tail = &d->next;
}

/* php's zend_negate_num_string: "$a[-1]" gives int -1, "$a[-01]" string "-01". */
static mp_ast *negate_num(mp_parser *p, mp_ast *n)
{
    if (n->kind == MP_AST_INT && n->ival != 0) { n->ival = -n->ival; return n; }
    char *s = mp_arena_alloc(A, n->len + 2);
    s[0] = '-';
    if (n->kind == MP_AST_INT) { s[1] = '0'; n->len = 1; }
    else memcpy(s + 1, n->str, n->len);
    mp_ast *r = mp_ast_str(A, MP_AST_STRING, n->line, s, n->len + 1);
    return r;
}

/* Directory part of the file name, for __DIR__. */
static mp_ast *dir_node(mp_parser *p, int line)
{
    const char *f = p->filename ? p->filename : "";
    const char *slash = strrchr(f, '/');
    if (!slash) return mp_ast_str(A, MP_AST_STRING, line, ".", 1);
    size_t n = (size_t)(slash - f);
    if (n == 0) n = 1;
    return mp_ast_str(A, MP_AST_STRING, line, f, n);
}

/* "prefix\name" for group use declarations. */
static mp_ast *prefix_use(mp_parser *p, mp_ast *prefix, mp_ast *item)
{
    size_t pl = prefix->len, il = item->len;
    char *s = mp_arena_alloc(A, pl + il + 2);
    memcpy(s, prefix->str, pl);
    s[pl] = '\\';
    memcpy(s + pl + 1, item->str, il);
    item->str = s;
    item->len = pl + il + 1;
    return item;
}

/* Turn a FQ name into the text used by "use" (leading \ dropped, as php does). */
static mp_ast *use_name(mp_ast *n)
{
    if (n->len && n->str[0] == '\\') { n->str++; n->len--; }
    return n;
}
}

%union {
    mp_ast *ast;
    int num;
    mp_tokstr s;
}

%precedence T_THROW
%precedence PREC_ARROW_FUNCTION
%precedence T_INCLUDE T_INCLUDE_ONCE T_REQUIRE T_REQUIRE_ONCE
%left T_LOGICAL_OR
%left T_LOGICAL_XOR
%left T_LOGICAL_AND
%precedence T_PRINT
%precedence T_YIELD
%precedence T_DOUBLE_ARROW
%precedence T_YIELD_FROM
%precedence '=' T_PLUS_EQUAL T_MINUS_EQUAL T_MUL_EQUAL T_DIV_EQUAL T_CONCAT_EQUAL T_MOD_EQUAL T_AND_EQUAL T_OR_EQUAL T_XOR_EQUAL T_SL_EQUAL T_SR_EQUAL T_POW_EQUAL T_COALESCE_EQUAL
%left '?' ':'
%right T_COALESCE
%left T_BOOLEAN_OR
%left T_BOOLEAN_AND
%left '|'
%left '^'
%left T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
%nonassoc T_IS_EQUAL T_IS_NOT_EQUAL T_IS_IDENTICAL T_IS_NOT_IDENTICAL T_SPACESHIP
%nonassoc '<' T_IS_SMALLER_OR_EQUAL '>' T_IS_GREATER_OR_EQUAL
%left '.'
%left T_SL T_SR
%left '+' '-'
%left '*' '/' '%'
%precedence '!'
%precedence T_INSTANCEOF
%precedence '~' T_INT_CAST T_DOUBLE_CAST T_STRING_CAST T_ARRAY_CAST T_OBJECT_CAST T_BOOL_CAST T_UNSET_CAST '@'
%right T_POW
%precedence T_CLONE

/* Resolve the dangling else. */
%precedence T_NOELSE
%precedence T_ELSEIF
%precedence T_ELSE

%token <ast> T_LNUMBER   "integer"
%token <ast> T_DNUMBER   "floating-point number"
%token <ast> T_STRING    "identifier"
%token <ast> T_NAME_FULLY_QUALIFIED "fully qualified name"
%token <ast> T_NAME_RELATIVE "namespace-relative name"
%token <ast> T_NAME_QUALIFIED "namespaced name"
%token <ast> T_VARIABLE  "variable"
%token <ast> T_INLINE_HTML
%token <ast> T_ENCAPSED_AND_WHITESPACE  "string content"
%token <ast> T_CONSTANT_ENCAPSED_STRING "quoted string"
%token <ast> T_STRING_VARNAME "variable name"
%token <ast> T_NUM_STRING "number"

%token <s> T_INCLUDE       "'include'"
%token <s> T_INCLUDE_ONCE  "'include_once'"
%token <s> T_EVAL          "'eval'"
%token <s> T_REQUIRE       "'require'"
%token <s> T_REQUIRE_ONCE  "'require_once'"
%token <s> T_LOGICAL_OR    "'or'"
%token <s> T_LOGICAL_XOR   "'xor'"
%token <s> T_LOGICAL_AND   "'and'"
%token <s> T_PRINT         "'print'"
%token <s> T_YIELD         "'yield'"
%token <s> T_YIELD_FROM    "'yield from'"
%token <s> T_INSTANCEOF    "'instanceof'"
%token <s> T_NEW           "'new'"
%token <s> T_CLONE         "'clone'"
%token <s> T_EXIT          "'exit'"
%token <s> T_IF            "'if'"
%token <s> T_ELSEIF        "'elseif'"
%token <s> T_ELSE          "'else'"
%token <s> T_ENDIF         "'endif'"
%token <s> T_ECHO          "'echo'"
%token <s> T_DO            "'do'"
%token <s> T_WHILE         "'while'"
%token <s> T_ENDWHILE      "'endwhile'"
%token <s> T_FOR           "'for'"
%token <s> T_ENDFOR        "'endfor'"
%token <s> T_FOREACH       "'foreach'"
%token <s> T_ENDFOREACH    "'endforeach'"
%token <s> T_DECLARE       "'declare'"
%token <s> T_ENDDECLARE    "'enddeclare'"
%token <s> T_AS            "'as'"
%token <s> T_SWITCH        "'switch'"
%token <s> T_ENDSWITCH     "'endswitch'"
%token <s> T_CASE          "'case'"
%token <s> T_DEFAULT       "'default'"
%token <s> T_MATCH         "'match'"
%token <s> T_BREAK         "'break'"
%token <s> T_CONTINUE      "'continue'"
%token <s> T_GOTO          "'goto'"
%token <s> T_FUNCTION      "'function'"
%token <s> T_FN            "'fn'"
%token <s> T_CONST         "'const'"
%token <s> T_RETURN        "'return'"
%token <s> T_TRY           "'try'"
%token <s> T_CATCH         "'catch'"
%token <s> T_FINALLY       "'finally'"
%token <s> T_THROW         "'throw'"
%token <s> T_USE           "'use'"
%token <s> T_INSTEADOF     "'insteadof'"
%token <s> T_GLOBAL        "'global'"
%token <s> T_STATIC        "'static'"
%token <s> T_ABSTRACT      "'abstract'"
%token <s> T_FINAL         "'final'"
%token <s> T_PRIVATE       "'private'"
%token <s> T_PROTECTED     "'protected'"
%token <s> T_PUBLIC        "'public'"
%token <s> T_READONLY      "'readonly'"
%token <s> T_VAR           "'var'"
%token <s> T_UNSET         "'unset'"
%token <s> T_ISSET         "'isset'"
%token <s> T_EMPTY         "'empty'"
%token <s> T_HALT_COMPILER "'__halt_compiler'"
%token <s> T_CLASS         "'class'"
%token <s> T_TRAIT         "'trait'"
%token <s> T_INTERFACE     "'interface'"
%token <s> T_ENUM          "'enum'"
%token <s> T_EXTENDS       "'extends'"
%token <s> T_IMPLEMENTS    "'implements'"
%token <s> T_NAMESPACE     "'namespace'"
%token <s> T_LIST            "'list'"
%token <s> T_ARRAY           "'array'"
%token <s> T_CALLABLE        "'callable'"
%token <s> T_LINE            "'__LINE__'"
%token <s> T_FILE            "'__FILE__'"
%token <s> T_DIR             "'__DIR__'"
%token <s> T_CLASS_C         "'__CLASS__'"
%token <s> T_TRAIT_C         "'__TRAIT__'"
%token <s> T_METHOD_C        "'__METHOD__'"
%token <s> T_FUNC_C          "'__FUNCTION__'"
%token <s> T_NS_C            "'__NAMESPACE__'"

%token END 0 "end of file"
%token T_ATTRIBUTE    "'#['"
%token T_PLUS_EQUAL   "'+='"
%token T_MINUS_EQUAL  "'-='"
%token T_MUL_EQUAL    "'*='"
%token T_DIV_EQUAL    "'/='"
%token T_CONCAT_EQUAL "'.='"
%token T_MOD_EQUAL    "'%='"
%token T_AND_EQUAL    "'&='"
%token T_OR_EQUAL     "'|='"
%token T_XOR_EQUAL    "'^='"
%token T_SL_EQUAL     "'<<='"
%token T_SR_EQUAL     "'>>='"
%token T_COALESCE_EQUAL "'??='"
%token T_BOOLEAN_OR   "'||'"
%token T_BOOLEAN_AND  "'&&'"
%token T_IS_EQUAL     "'=='"
%token T_IS_NOT_EQUAL "'!='"
%token T_IS_IDENTICAL "'==='"
%token T_IS_NOT_IDENTICAL "'!=='"
%token T_IS_SMALLER_OR_EQUAL "'<='"
%token T_IS_GREATER_OR_EQUAL "'>='"
%token T_SPACESHIP "'<=>'"
%token T_SL "'<<'"
%token T_SR "'>>'"
%token T_INC "'++'"
%token T_DEC "'--'"
%token T_INT_CAST    "'(int)'"
%token T_DOUBLE_CAST "'(double)'"
%token T_STRING_CAST "'(string)'"
%token T_ARRAY_CAST  "'(array)'"
%token T_OBJECT_CAST "'(object)'"
%token T_BOOL_CAST   "'(bool)'"
%token T_UNSET_CAST  "'(unset)'"
%token T_OBJECT_OPERATOR "'->'"
%token T_NULLSAFE_OBJECT_OPERATOR "'?->'"
%token T_DOUBLE_ARROW    "'=>'"
%token T_COMMENT         "comment"
%token T_DOC_COMMENT     "doc comment"
%token T_OPEN_TAG        "open tag"
%token T_OPEN_TAG_WITH_ECHO "'<?='"
%token T_CLOSE_TAG       "'?>'"
%token T_WHITESPACE      "whitespace"
%token T_START_HEREDOC   "heredoc start"
%token T_END_HEREDOC     "heredoc end"
%token T_DOLLAR_OPEN_CURLY_BRACES "'${'"
%token T_CURLY_OPEN      "'{$'"
%token T_PAAMAYIM_NEKUDOTAYIM "'::'"
%token T_NS_SEPARATOR    "'\\'"
%token T_ELLIPSIS        "'...'"
%token T_COALESCE        "'??'"
%token T_POW             "'**'"
%token T_POW_EQUAL       "'**='"
/* & is split in two (as in php) so that T1&$v and T1&T2 need one token of lookahead. */
%token T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG     "'&'"
%token T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "amp"
%token T_BAD_CHARACTER   "invalid character"

/* Returned by the lexer after it recorded an error message. */
%token T_ERROR

%type <ast> top_statement namespace_name name statement function_declaration_statement
%type <ast> class_declaration_statement trait_declaration_statement legacy_namespace_name
%type <ast> interface_declaration_statement interface_extends_list
%type <ast> group_use_declaration inline_use_declarations inline_use_declaration
%type <ast> mixed_group_use_declaration use_declaration unprefixed_use_declaration
%type <ast> unprefixed_use_declarations const_decl inner_statement
%type <ast> expr optional_expr while_statement for_statement foreach_variable
%type <ast> foreach_statement declare_statement finally_statement unset_variable variable
%type <ast> extends_from parameter optional_type_without_static argument global_var
%type <ast> static_var class_statement trait_adaptation trait_precedence trait_alias
%type <ast> absolute_trait_method_reference trait_method_reference property echo_expr
%type <ast> new_expr anonymous_class class_name class_name_reference simple_variable
%type <ast> internal_functions_in_yacc
%type <ast> exit_expr scalar backticks_expr lexical_var function_call member_name property_name
%type <ast> variable_class_name dereferenceable_scalar constant class_constant
%type <ast> fully_dereferenceable array_object_dereferenceable
%type <ast> callable_expr callable_variable static_member new_variable
%type <ast> encaps_var encaps_var_offset isset_variables
%type <ast> top_statement_list use_declarations const_list inner_statement_list if_stmt
%type <ast> alt_if_stmt for_exprs switch_case_list global_var_list static_var_list
%type <ast> echo_expr_list unset_variables catch_name_list catch_list optional_variable parameter_list class_statement_list
%type <ast> implements_list case_list if_stmt_without_else
%type <ast> non_empty_parameter_list argument_list non_empty_argument_list property_list
%type <ast> class_const_list class_const_decl class_name_list trait_adaptations method_body non_empty_for_exprs
%type <ast> ctor_arguments alt_if_stmt_without_else trait_adaptation_list lexical_vars
%type <ast> lexical_var_list encaps_list
%type <ast> array_pair non_empty_array_pair_list array_pair_list possible_array_pair
%type <ast> isset_variable type return_type type_expr type_without_static
%type <ast> identifier type_expr_without_static union_type_without_static_element union_type_without_static intersection_type_without_static
%type <ast> inline_function union_type_element union_type intersection_type
%type <ast> attributed_statement attributed_class_statement attributed_parameter
%type <ast> namespace_declaration_name
%type <ast> match match_arm_list non_empty_match_arm_list match_arm match_arm_cond_list
%type <ast> enum_declaration_statement enum_backing_type enum_case enum_case_expr
%type <ast> function_name

%type <num> returns_ref function fn is_reference is_variadic variable_modifiers
%type <num> method_modifiers member_modifier optional_variable_modifiers property_modifier
%type <num> class_modifiers class_modifier use_type backup_fn_flags non_empty_member_modifiers
%type <num> attribute_decl attribute_group attribute attributes

%type <s> reserved_non_modifiers semi_reserved

%% /* Rules */

start:
		top_statement_list	{ p->result = $1; }
;

reserved_non_modifiers:
	  T_INCLUDE | T_INCLUDE_ONCE | T_EVAL | T_REQUIRE | T_REQUIRE_ONCE | T_LOGICAL_OR | T_LOGICAL_XOR | T_LOGICAL_AND
	| T_INSTANCEOF | T_NEW | T_CLONE | T_EXIT | T_IF | T_ELSEIF | T_ELSE | T_ENDIF | T_ECHO | T_DO | T_WHILE | T_ENDWHILE
	| T_FOR | T_ENDFOR | T_FOREACH | T_ENDFOREACH | T_DECLARE | T_ENDDECLARE | T_AS | T_TRY | T_CATCH | T_FINALLY
	| T_THROW | T_USE | T_INSTEADOF | T_GLOBAL | T_VAR | T_UNSET | T_ISSET | T_EMPTY | T_CONTINUE | T_GOTO
	| T_FUNCTION | T_CONST | T_RETURN | T_PRINT | T_YIELD | T_LIST | T_SWITCH | T_ENDSWITCH | T_CASE | T_DEFAULT | T_BREAK
	| T_ARRAY | T_CALLABLE | T_EXTENDS | T_IMPLEMENTS | T_NAMESPACE | T_TRAIT | T_INTERFACE | T_CLASS
	| T_CLASS_C | T_TRAIT_C | T_FUNC_C | T_METHOD_C | T_LINE | T_FILE | T_DIR | T_NS_C | T_FN | T_MATCH | T_ENUM
;

semi_reserved:
	  reserved_non_modifiers
	| T_STATIC | T_ABSTRACT | T_FINAL | T_PRIVATE | T_PROTECTED | T_PUBLIC | T_READONLY
;

ampersand:
		T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
	|	T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG
;

identifier:
		T_STRING		{ $$ = $1; }
	|	semi_reserved	{ $$ = ident_from(p, $1, @1); }
;

top_statement_list:
		top_statement_list top_statement	{ $$ = $2 ? ADD($1, $2) : $1; }
	|	%empty								{ $$ = LIST(@$); }
;

namespace_declaration_name:
		identifier			{ $$ = $1; }
	|	T_NAME_QUALIFIED	{ $$ = $1; }
;

namespace_name:
		T_STRING			{ $$ = $1; }
	|	T_NAME_QUALIFIED	{ $$ = $1; }
;

legacy_namespace_name:
		namespace_name			{ $$ = $1; }
	|	T_NAME_FULLY_QUALIFIED	{ $$ = $1; }
;

name:
		T_STRING				{ $$ = $1; }
	|	T_NAME_QUALIFIED		{ $$ = $1; }
	|	T_NAME_FULLY_QUALIFIED	{ $$ = $1; }
	|	T_NAME_RELATIVE			{ $$ = $1; }
;

/* Attributes are parsed and dropped. */
/* Attributes are parsed and dropped, except that a class marked
 * #[AllowDynamicProperties] is remembered (MP_CK_ALLOW_DYNAMIC). */
attribute_decl:
		class_name					{ $$ = is_allow_dynamic($1); }
	|	class_name argument_list	{ $$ = is_allow_dynamic($1); }
;

attribute_group:
		attribute_decl							{ $$ = $1; }
	|	attribute_group ',' attribute_decl	{ $$ = $1 | $3; }
;

attribute:
		T_ATTRIBUTE attribute_group possible_comma ']'	{ $$ = $2; }
;

attributes:
		attribute				{ $$ = $1; }
	|	attributes attribute	{ $$ = $1 | $2; }
;

attributed_statement:
		function_declaration_statement		{ $$ = $1; }
	|	class_declaration_statement			{ $$ = $1; }
	|	trait_declaration_statement			{ $$ = $1; }
	|	interface_declaration_statement		{ $$ = $1; }
	|	enum_declaration_statement			{ $$ = $1; }
;

top_statement:
		statement						{ $$ = $1; }
	|	attributed_statement			{ $$ = $1; }
	|	attributes attributed_statement
			{ $$ = $2; if ($1 && $$->kind == MP_AST_CLASS_DECL) $$->ival |= MP_CK_ALLOW_DYNAMIC; }
	|	T_HALT_COMPILER '(' ')' ';'
			{ $$ = with_ival(N0(HALT_COMPILER, @1), p->cur - p->src); p->halted = 1; }
	|	T_NAMESPACE namespace_declaration_name ';'
			{ $$ = with_str(p, N1(NAMESPACE, @1, NULL), $2->str, $2->len); }
	|	T_NAMESPACE namespace_declaration_name backup_doc_comment '{' top_statement_list '}'
			{ $$ = with_str(p, N1(NAMESPACE, @1, $5), $2->str, $2->len); }
	|	T_NAMESPACE backup_doc_comment '{' top_statement_list '}'
			{ $$ = N1(NAMESPACE, @1, $4); }
	|	T_USE mixed_group_use_declaration ';'		{ $$ = $2; }
	|	T_USE use_type group_use_declaration ';'
			{ $$ = with_ival($3, $2); for (int i = 0; i < $$->nkids; i++) $$->kids[i]->ival = $2; }
	|	T_USE use_declarations ';'					{ $$ = $2; }
	|	T_USE use_type use_declarations ';'
			{ $$ = with_ival($3, $2); for (int i = 0; i < $$->nkids; i++) $$->kids[i]->ival = $2; }
	|	T_CONST const_list ';'						{ $$ = $2; }
;

use_type:
		T_FUNCTION	{ $$ = 1; }
	|	T_CONST		{ $$ = 2; }
;

group_use_declaration:
		legacy_namespace_name T_NS_SEPARATOR '{' unprefixed_use_declarations possible_comma '}'
			{ $$ = $4; for (int i = 0; i < $$->nkids; i++) prefix_use(p, use_name($1), $$->kids[i]); }
;

mixed_group_use_declaration:
		legacy_namespace_name T_NS_SEPARATOR '{' inline_use_declarations possible_comma '}'
			{ $$ = $4; for (int i = 0; i < $$->nkids; i++) prefix_use(p, use_name($1), $$->kids[i]); }
;

possible_comma:
		%empty
	|	','
;

inline_use_declarations:
		inline_use_declarations ',' inline_use_declaration	{ $$ = ADD($1, $3); }
	|	inline_use_declaration	{ $$ = N1(USE, @1, $1); }
;

unprefixed_use_declarations:
		unprefixed_use_declarations ',' unprefixed_use_declaration	{ $$ = ADD($1, $3); }
	|	unprefixed_use_declaration	{ $$ = N1(USE, @1, $1); }
;

use_declarations:
		use_declarations ',' use_declaration	{ $$ = ADD($1, $3); }
	|	use_declaration		{ $$ = N1(USE, @1, $1); }
;

inline_use_declaration:
		unprefixed_use_declaration				{ $$ = $1; }
	|	use_type unprefixed_use_declaration		{ $$ = with_ival($2, $1); }
;

unprefixed_use_declaration:
		namespace_name
			{ $$ = with_str(p, N1(USE_ITEM, @1, NULL), $1->str, $1->len); }
	|	namespace_name T_AS T_STRING
			{ $$ = with_str(p, N1(USE_ITEM, @1, $3), $1->str, $1->len); }
;

use_declaration:
		legacy_namespace_name
			{ use_name($1); $$ = with_str(p, N1(USE_ITEM, @1, NULL), $1->str, $1->len); }
	|	legacy_namespace_name T_AS T_STRING
			{ use_name($1); $$ = with_str(p, N1(USE_ITEM, @1, $3), $1->str, $1->len); }
;

const_list:
		const_list ',' const_decl	{ $$ = ADD($1, $3); }
	|	const_decl					{ $$ = N1(CONST_DECL, @1, $1); }
;

inner_statement_list:
		inner_statement_list inner_statement	{ $$ = $2 ? ADD($1, $2) : $1; }
	|	%empty									{ $$ = LIST(@$); }
;

inner_statement:
		statement						{ $$ = $1; }
	|	attributed_statement			{ $$ = $1; }
	|	attributes attributed_statement
			{ $$ = $2; if ($1 && $$->kind == MP_AST_CLASS_DECL) $$->ival |= MP_CK_ALLOW_DYNAMIC; }
	|	T_HALT_COMPILER '(' ')' ';'
			{ $$ = NULL;
			  compile_error(p, @1, "__HALT_COMPILER() can only be used from the outermost scope");
			  YYABORT; }
;

statement:
		'{' inner_statement_list '}'	{ $$ = N1(BLOCK, @1, $2); }
	|	if_stmt		{ $$ = $1; }
	|	alt_if_stmt	{ $$ = $1; }
	|	T_WHILE '(' expr ')' while_statement
			{ $$ = N2(WHILE, @1, $3, $5); }
	|	T_DO statement T_WHILE '(' expr ')' ';'
			{ $$ = N2(DO_WHILE, @1, as_list(p, $2, @2), $5); }
	|	T_FOR '(' for_exprs ';' for_exprs ';' for_exprs ')' for_statement
			{ $$ = N4(FOR, @1, $3, $5, $7, $9); }
	|	T_SWITCH '(' expr ')' switch_case_list
			{ $$ = N2(SWITCH, @1, $3, $5); }
	|	T_BREAK optional_expr ';'
			{ $$ = $2 ? N1(BREAK, @1, $2) : N0(BREAK, @1);
			  $$->ival = $2 ? ($2->kind == MP_AST_INT ? $2->ival : 0) : 1; }
	|	T_CONTINUE optional_expr ';'
			{ $$ = $2 ? N1(CONTINUE, @1, $2) : N0(CONTINUE, @1);
			  $$->ival = $2 ? ($2->kind == MP_AST_INT ? $2->ival : 0) : 1; }
	|	T_RETURN optional_expr ';'		{ $$ = N1(RETURN, @1, $2); }
	|	T_GLOBAL global_var_list ';'	{ $$ = $2; }
	|	T_STATIC static_var_list ';'	{ $$ = $2; }
	|	T_ECHO echo_expr_list ';'		{ $$ = $2; }
	|	T_INLINE_HTML					{ $$ = $1; }
	|	expr ';'						{ $$ = N1(EXPR_STMT, @1, $1); }
	|	T_UNSET '(' unset_variables possible_comma ')' ';'	{ $$ = $3; }
	|	T_FOREACH '(' expr T_AS foreach_variable ')' foreach_statement
			{ $$ = N4(FOREACH, @1, $3, NULL, $5, $7);
			  if ($5->flags & MP_AF_BYREF) { $5->flags &= ~MP_AF_BYREF; $$->flags |= MP_AF_BYREF; } }
	|	T_FOREACH '(' expr T_AS foreach_variable T_DOUBLE_ARROW foreach_variable ')'
		foreach_statement
			{ $$ = N4(FOREACH, @1, $3, $5, $7, $9);
			  if ($5->flags & MP_AF_BYREF) compile_error(p, @3, "Key element cannot be a reference");
			  if ($7->flags & MP_AF_BYREF) { $7->flags &= ~MP_AF_BYREF; $$->flags |= MP_AF_BYREF; } }
	|	T_DECLARE '(' const_list ')' declare_statement
			{ $$ = N2(DECLARE, @1, $3, $5);
			  for (int i = 0; $5 && i < $3->nkids; i++)
			      if ($3->kids[i]->len == 12 && strncasecmp($3->kids[i]->str, "strict_types", 12) == 0)
			          compile_error(p, @3, "strict_types declaration must not use block mode"); }
	|	';'	/* empty statement */ { $$ = N0(NOP, @1); }
	|	T_TRY '{' inner_statement_list '}' catch_list finally_statement
			{ $$ = N3(TRY, @1, $3, $5, $6); }
	|	T_GOTO T_STRING ';'	{ $$ = with_str(p, N0(GOTO, @1), $2->str, $2->len); }
	|	T_STRING ':'		{ $$ = with_str(p, N0(LABEL, @1), $1->str, $1->len); }
;

catch_list:
		%empty	{ $$ = LIST(@$); }
	|	catch_list T_CATCH '(' catch_name_list optional_variable ')' '{' inner_statement_list '}'
			{ $$ = ADD($1, N3(CATCH, @2, $4, $5, $8)); }
;

catch_name_list:
		class_name						{ $$ = N1(LIST, @1, $1); }
	|	catch_name_list '|' class_name	{ $$ = ADD($1, $3); }
;

optional_variable:
		%empty		{ $$ = NULL; }
	|	T_VARIABLE	{ $$ = $1; }
;

finally_statement:
		%empty	{ $$ = NULL; }
	|	T_FINALLY '{' inner_statement_list '}'	{ $$ = $3; }
;

unset_variables:
		unset_variable	{ $$ = N1(UNSET, @1, $1); }
	|	unset_variables ',' unset_variable	{ $$ = ADD($1, $3); }
;

unset_variable:
		variable	{ $$ = $1; }
;

function_name:
		T_STRING	{ $$ = $1; }
	|	T_READONLY	{ $$ = ident_from(p, $1, @1); }
;

function_declaration_statement:
	function returns_ref function_name backup_doc_comment '(' parameter_list ')' return_type
	backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
		{ $$ = with_flags(with_str(p, N3(FUNC_DECL, $1, $6, $11, $8), $3->str, $3->len), $2); }
;

is_reference:
		%empty	{ $$ = 0; }
	|	T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG	{ $$ = MP_AF_BYREF; }
;

is_variadic:
		%empty		{ $$ = 0; }
	|	T_ELLIPSIS	{ $$ = MP_AF_VARIADIC; }
;

class_declaration_statement:
		class_modifiers T_CLASS { }
		T_STRING extends_from implements_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = with_flags(with_str(p, N4(CLASS_DECL, @1, $5, $6, $9, NULL), $4->str, $4->len), $1);
			  $$->ival = MP_CK_CLASS; }
	|	T_CLASS { }
		T_STRING extends_from implements_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = with_str(p, N4(CLASS_DECL, @1, $4, $5, $8, NULL), $3->str, $3->len);
			  $$->ival = MP_CK_CLASS; }
;

class_modifiers:
		class_modifier					{ $$ = $1; }
	|	class_modifiers class_modifier	{ if (($$ = add_modifier(p, $1, $2, 1)) < 0) YYABORT; }
;

class_modifier:
		T_ABSTRACT	{ $$ = MP_AF_ABSTRACT; }
	|	T_FINAL		{ $$ = MP_AF_FINAL; }
	|	T_READONLY	{ $$ = MP_AF_READONLY; }
;

trait_declaration_statement:
		T_TRAIT { }
		T_STRING backup_doc_comment '{' class_statement_list '}'
			{ $$ = with_str(p, N4(CLASS_DECL, @1, NULL, LIST(@1), $6, NULL), $3->str, $3->len);
			  $$->ival = MP_CK_TRAIT; }
;

interface_declaration_statement:
		T_INTERFACE { }
		T_STRING interface_extends_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = with_str(p, N4(CLASS_DECL, @1, NULL, $4, $7, NULL), $3->str, $3->len);
			  $$->ival = MP_CK_INTERFACE; }
;

enum_declaration_statement:
		T_ENUM { }
		T_STRING enum_backing_type implements_list backup_doc_comment '{' class_statement_list '}'
			{ $$ = with_str(p, N4(CLASS_DECL, @1, NULL, $5, $8, $4), $3->str, $3->len);
			  $$->ival = MP_CK_ENUM; }
;

enum_backing_type:
		%empty	{ $$ = NULL; }
	|	':' type_expr	{ $$ = $2; }
;

enum_case:
		T_CASE backup_doc_comment identifier enum_case_expr ';'
			{ $$ = with_str(p, N1(ENUM_CASE, @1, $4), $3->str, $3->len); }
;

enum_case_expr:
		%empty		{ $$ = NULL; }
	|	'=' expr	{ $$ = $2; }
;

extends_from:
		%empty					{ $$ = NULL; }
	|	T_EXTENDS class_name	{ $$ = $2; }
;

interface_extends_list:
		%empty						{ $$ = LIST(@$); }
	|	T_EXTENDS class_name_list	{ $$ = $2; }
;

implements_list:
		%empty							{ $$ = LIST(@$); }
	|	T_IMPLEMENTS class_name_list	{ $$ = $2; }
;

foreach_variable:
		variable			{ $$ = $1; }
	|	ampersand variable	{ $$ = with_flags($2, MP_AF_BYREF); }
	|	T_LIST '(' array_pair_list ')'	{ $$ = $3; $$->line = @1; }
	|	'[' array_pair_list ']'			{ $$ = with_flags($2, MP_AF_SHORT); $$->line = @1; }
;

for_statement:
		statement	{ $$ = as_list(p, $1, @1); }
	|	':' inner_statement_list T_ENDFOR ';'	{ $$ = with_flags($2, MP_AF_ALT_SYNTAX); }
;

foreach_statement:
		statement	{ $$ = as_list(p, $1, @1); }
	|	':' inner_statement_list T_ENDFOREACH ';'	{ $$ = with_flags($2, MP_AF_ALT_SYNTAX); }
;

declare_statement:
		statement	{ $$ = $1->kind == MP_AST_NOP ? NULL : as_list(p, $1, @1); }
	|	':' inner_statement_list T_ENDDECLARE ';'	{ $$ = with_flags($2, MP_AF_ALT_SYNTAX); }
;

switch_case_list:
		'{' case_list '}'					{ $$ = $2; }
	|	'{' ';' case_list '}'				{ $$ = $3; }
	|	':' case_list T_ENDSWITCH ';'		{ $$ = $2; }
	|	':' ';' case_list T_ENDSWITCH ';'	{ $$ = $3; }
;

case_list:
		%empty	{ $$ = LIST(@$); }
	|	case_list T_CASE expr case_separator inner_statement_list
			{ $$ = ADD($1, N2(CASE, @2, $3, $5)); }
	|	case_list T_DEFAULT case_separator inner_statement_list
			{ $$ = ADD($1, N2(CASE, @2, NULL, $4)); }
;

case_separator:
		':'
	|	';'
;

match:
		T_MATCH '(' expr ')' '{' match_arm_list '}'
			{ $$ = N2(MATCH, @1, $3, $6); }
;

match_arm_list:
		%empty	{ $$ = LIST(@$); }
	|	non_empty_match_arm_list possible_comma	{ $$ = $1; }
;

non_empty_match_arm_list:
		match_arm	{ $$ = N1(LIST, @1, $1); }
	|	non_empty_match_arm_list ',' match_arm	{ $$ = ADD($1, $3); }
;

match_arm:
		match_arm_cond_list possible_comma T_DOUBLE_ARROW expr
			{ $$ = N2(MATCH_ARM, @1, $1, $4); }
	|	T_DEFAULT possible_comma T_DOUBLE_ARROW expr
			{ $$ = N2(MATCH_ARM, @1, NULL, $4); }
;

match_arm_cond_list:
		expr	{ $$ = N1(LIST, @1, $1); }
	|	match_arm_cond_list ',' expr	{ $$ = ADD($1, $3); }
;

while_statement:
		statement	{ $$ = as_list(p, $1, @1); }
	|	':' inner_statement_list T_ENDWHILE ';'	{ $$ = with_flags($2, MP_AF_ALT_SYNTAX); }
;

/* if/elseif chains are collected in a LIST of IF nodes and linked at the end. */
if_stmt_without_else:
		T_IF '(' expr ')' statement
			{ $$ = N1(LIST, @1, N3(IF, @1, $3, as_list(p, $5, @5), NULL)); }
	|	if_stmt_without_else T_ELSEIF '(' expr ')' statement
			{ $$ = ADD($1, N3(IF, @2, $4, as_list(p, $6, @6), NULL)); }
;

if_stmt:
		if_stmt_without_else %prec T_NOELSE	{ $$ = chain_ifs($1, NULL); }
	|	if_stmt_without_else T_ELSE statement	{ $$ = chain_ifs($1, as_list(p, $3, @3)); }
;

alt_if_stmt_without_else:
		T_IF '(' expr ')' ':' inner_statement_list
			{ $$ = N1(LIST, @1, with_flags(N3(IF, @1, $3, $6, NULL), MP_AF_ALT_SYNTAX)); }
	|	alt_if_stmt_without_else T_ELSEIF '(' expr ')' ':' inner_statement_list
			{ $$ = ADD($1, with_flags(N3(IF, @2, $4, $7, NULL), MP_AF_ALT_SYNTAX)); }
;

alt_if_stmt:
		alt_if_stmt_without_else T_ENDIF ';'	{ $$ = chain_ifs($1, NULL); }
	|	alt_if_stmt_without_else T_ELSE ':' inner_statement_list T_ENDIF ';'
			{ $$ = chain_ifs($1, $4); }
;

parameter_list:
		non_empty_parameter_list possible_comma	{ $$ = $1; }
	|	%empty	{ $$ = LIST(@$); }
;

non_empty_parameter_list:
		attributed_parameter	{ $$ = N1(LIST, @1, $1); }
	|	non_empty_parameter_list ',' attributed_parameter	{ $$ = ADD($1, $3); }
;

attributed_parameter:
		attributes parameter	{ $$ = $2; }
	|	parameter				{ $$ = $1; }
;

optional_variable_modifiers:
		%empty	{ $$ = 0; }
	|	optional_variable_modifiers property_modifier	{ if (($$ = add_modifier(p, $1, $2, 0)) < 0) YYABORT; }
;

property_modifier:
		T_PUBLIC	{ $$ = MP_AF_PUBLIC; }
	|	T_PROTECTED	{ $$ = MP_AF_PROTECTED; }
	|	T_PRIVATE	{ $$ = MP_AF_PRIVATE; }
	|	T_READONLY	{ $$ = MP_AF_READONLY; }
;

parameter:
		optional_variable_modifiers optional_type_without_static
		is_reference is_variadic T_VARIABLE backup_doc_comment
			{ $$ = with_flags(with_str(p, N2(PARAM, @5, NULL, $2), $5->str, $5->len), $1 | $3 | $4); }
	|	optional_variable_modifiers optional_type_without_static
		is_reference is_variadic T_VARIABLE backup_doc_comment '=' expr
			{ $$ = with_flags(with_str(p, N2(PARAM, @5, $8, $2), $5->str, $5->len), $1 | $3 | $4); }
;

optional_type_without_static:
		%empty	{ $$ = NULL; }
	|	type_expr_without_static	{ $$ = $1; }
;

type_expr:
		type				{ $$ = $1; }
	|	'?' type			{ $$ = with_flags($2, MP_AF_NULLABLE); }
	|	union_type			{ $$ = $1; }
	|	intersection_type	{ $$ = $1; }
;

type:
		type_without_static	{ $$ = $1; }
	|	T_STATIC			{ $$ = mp_ast_str(A, MP_AST_TYPE, @1, "static", 6); }
;

union_type_element:
		type	{ $$ = $1; }
	|	'(' intersection_type ')'	{ $$ = $2; }
;

union_type:
		union_type_element '|' union_type_element	{ $$ = N2(UNION_TYPE, @1, $1, $3); }
	|	union_type '|' union_type_element			{ $$ = ADD($1, $3); }
;

intersection_type:
		type T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type
			{ $$ = with_flags(N2(UNION_TYPE, @1, $1, $3), MP_AF_INTERSECTION); }
	|	intersection_type T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type	{ $$ = ADD($1, $3); }
;

/* The type rules again without "static", which would clash with the
 * "static" modifier of properties. */
type_expr_without_static:
		type_without_static				{ $$ = $1; }
	|	'?' type_without_static			{ $$ = with_flags($2, MP_AF_NULLABLE); }
	|	union_type_without_static		{ $$ = $1; }
	|	intersection_type_without_static	{ $$ = $1; }
;

type_without_static:
		T_ARRAY		{ $$ = mp_ast_str(A, MP_AST_TYPE, @1, "array", 5); }
	|	T_CALLABLE	{ $$ = mp_ast_str(A, MP_AST_TYPE, @1, "callable", 8); }
	|	name		{ $$ = with_flags(mp_ast_str(A, MP_AST_TYPE, @1, $1->str, $1->len), $1->flags & MP_AF_FQ); }
;

union_type_without_static_element:
		type_without_static	{ $$ = $1; }
	|	'(' intersection_type_without_static ')'	{ $$ = $2; }
;

union_type_without_static:
		union_type_without_static_element '|' union_type_without_static_element
			{ $$ = N2(UNION_TYPE, @1, $1, $3); }
	|	union_type_without_static '|' union_type_without_static_element
			{ $$ = ADD($1, $3); }
;

intersection_type_without_static:
		type_without_static T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type_without_static
			{ $$ = with_flags(N2(UNION_TYPE, @1, $1, $3), MP_AF_INTERSECTION); }
	|	intersection_type_without_static T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG type_without_static
			{ $$ = ADD($1, $3); }
;

return_type:
		%empty			{ $$ = NULL; }
	|	':' type_expr	{ $$ = $2; }
;

argument_list:
		'(' ')'	{ $$ = LIST(@1); }
	|	'(' non_empty_argument_list possible_comma ')'	{ $$ = $2; }
	|	'(' T_ELLIPSIS ')'	{ $$ = N0(CALLABLE_PLACEHOLDER, @2); }
;

non_empty_argument_list:
		argument	{ $$ = N1(LIST, @1, $1); }
	|	non_empty_argument_list ',' argument	{ $$ = ADD($1, $3); }
;

argument:
		expr	{ $$ = N1(ARG, @1, $1); }
	|	identifier ':' expr	{ $$ = with_str(p, N1(ARG, @1, $3), $1->str, $1->len); }
	|	T_ELLIPSIS expr	{ $$ = with_flags(N1(ARG, @1, $2), MP_AF_SPREAD); }
;

global_var_list:
		global_var_list ',' global_var	{ $$ = ADD($1, $3); }
	|	global_var	{ $$ = N1(GLOBAL, @1, $1); }
;

global_var:
	simple_variable	{ $$ = $1; }
;

static_var_list:
		static_var_list ',' static_var	{ $$ = ADD($1, $3); }
	|	static_var	{ $$ = N1(STATIC, @1, $1); }
;

static_var:
		T_VARIABLE			{ $$ = with_str(p, N1(STATIC_VAR, @1, NULL), $1->str, $1->len); }
	|	T_VARIABLE '=' expr	{ $$ = with_str(p, N1(STATIC_VAR, @1, $3), $1->str, $1->len); }
;

class_statement_list:
		class_statement_list class_statement	{ $$ = ADD($1, $2); }
	|	%empty	{ $$ = LIST(@$); }
;

attributed_class_statement:
		variable_modifiers optional_type_without_static property_list ';'
			{ $$ = with_flags(N2(PROP_DECL, @1, $2, $3), $1); }
	|	method_modifiers T_CONST class_const_list ';'
			{ $$ = with_flags(N1(CLASS_CONST, $1 ? @1 : @2, $3), $1); }
	|	method_modifiers function returns_ref identifier backup_doc_comment '(' parameter_list ')'
		return_type backup_fn_flags method_body backup_fn_flags
			{ $$ = with_flags(with_str(p, N3(METHOD, $1 ? @1 : $2, $7, $11, $9), $4->str, $4->len), $1 | $3); }
	|	enum_case	{ $$ = $1; }
;

class_statement:
		attributed_class_statement				{ $$ = $1; }
	|	attributes attributed_class_statement	{ $$ = $2; }
	|	T_USE class_name_list trait_adaptations	{ $$ = N2(TRAIT_USE, @1, $2, $3); }
;

class_name_list:
		class_name	{ $$ = N1(LIST, @1, $1); }
	|	class_name_list ',' class_name	{ $$ = ADD($1, $3); }
;

trait_adaptations:
		';'			{ $$ = LIST(@1); }
	|	'{' '}'		{ $$ = LIST(@1); }
	|	'{' trait_adaptation_list '}'	{ $$ = $2; }
;

trait_adaptation_list:
		trait_adaptation	{ $$ = N1(LIST, @1, $1); }
	|	trait_adaptation_list trait_adaptation	{ $$ = ADD($1, $2); }
;

trait_adaptation:
		trait_precedence ';'	{ $$ = $1; }
	|	trait_alias ';'			{ $$ = $1; }
;

trait_precedence:
	absolute_trait_method_reference T_INSTEADOF class_name_list
		{ $$ = $1; $$->kind = MP_AST_TRAIT_INSTEADOF; $$->nkids = 2; ADD($$, $3); }
;

/* trait_method_reference is a TRAIT_ALIAS node with kids (trait or NULL, method). */
trait_alias:
		trait_method_reference T_AS T_STRING	{ $$ = ADD($1, $3); }
	|	trait_method_reference T_AS reserved_non_modifiers	{ $$ = ADD($1, ident_from(p, $3, @3)); }
	|	trait_method_reference T_AS member_modifier identifier	{ $$ = with_flags(ADD($1, $4), $3); }
	|	trait_method_reference T_AS member_modifier	{ $$ = with_flags(ADD($1, NULL), $3); }
;

trait_method_reference:
		identifier	{ $$ = N2(TRAIT_ALIAS, @1, NULL, $1); }
	|	absolute_trait_method_reference	{ $$ = $1; }
;

absolute_trait_method_reference:
	class_name T_PAAMAYIM_NEKUDOTAYIM identifier
		{ $$ = N2(TRAIT_ALIAS, @1, $1, $3); }
;

method_body:
		';'	/* abstract method */	{ $$ = NULL; }
	|	'{' inner_statement_list '}'	{ $$ = $2; }
;

variable_modifiers:
		non_empty_member_modifiers	{ $$ = $1; }
	|	T_VAR	{ $$ = MP_AF_PUBLIC; }
;

method_modifiers:
		%empty	{ $$ = 0; }
	|	non_empty_member_modifiers	{ $$ = $1; }
;

non_empty_member_modifiers:
		member_modifier	{ $$ = $1; }
	|	non_empty_member_modifiers member_modifier	{ if (($$ = add_modifier(p, $1, $2, 0)) < 0) YYABORT; }
;

member_modifier:
		T_PUBLIC	{ $$ = MP_AF_PUBLIC; }
	|	T_PROTECTED	{ $$ = MP_AF_PROTECTED; }
	|	T_PRIVATE	{ $$ = MP_AF_PRIVATE; }
	|	T_STATIC	{ $$ = MP_AF_STATIC; }
	|	T_ABSTRACT	{ $$ = MP_AF_ABSTRACT; }
	|	T_FINAL		{ $$ = MP_AF_FINAL; }
	|	T_READONLY	{ $$ = MP_AF_READONLY; }
;

property_list:
		property_list ',' property	{ $$ = ADD($1, $3); }
	|	property	{ $$ = N1(LIST, @1, $1); }
;

property:
		T_VARIABLE backup_doc_comment	{ $$ = with_str(p, N1(PROP_ITEM, @1, NULL), $1->str, $1->len); }
	|	T_VARIABLE '=' expr backup_doc_comment	{ $$ = with_str(p, N1(PROP_ITEM, @1, $3), $1->str, $1->len); }
;

class_const_list:
		class_const_list ',' class_const_decl	{ $$ = ADD($1, $3); }
	|	class_const_decl	{ $$ = N1(LIST, @1, $1); }
;

class_const_decl:
		T_STRING '=' expr backup_doc_comment	{ $$ = with_str(p, N1(CONST_ITEM, @1, $3), $1->str, $1->len); }
	|	semi_reserved '=' expr backup_doc_comment	{ $$ = with_str(p, N1(CONST_ITEM, @1, $3), $1.s, $1.len); }
;

const_decl:
	T_STRING '=' expr backup_doc_comment	{ $$ = with_str(p, N1(CONST_ITEM, @1, $3), $1->str, $1->len); }
;

echo_expr_list:
		echo_expr_list ',' echo_expr	{ $$ = ADD($1, $3); }
	|	echo_expr	{ $$ = N1(ECHO, @1, $1); }
;
echo_expr:
	expr	{ $$ = $1; }
;

for_exprs:
		%empty	{ $$ = LIST(@$); }
	|	non_empty_for_exprs	{ $$ = $1; }
;

non_empty_for_exprs:
		non_empty_for_exprs ',' expr	{ $$ = ADD($1, $3); }
	|	expr	{ $$ = N1(LIST, @1, $1); }
;

anonymous_class:
		T_CLASS { } ctor_arguments
		extends_from implements_list backup_doc_comment '{' class_statement_list '}'
			{ mp_ast *decl = N4(CLASS_DECL, @1, $4, $5, $8, NULL);
			  decl->ival = MP_CK_CLASS;
			  $$ = N2(NEW, @1, decl, $3); }
;

new_expr:
		T_NEW class_name_reference ctor_arguments	{ $$ = N2(NEW, @1, $2, $3); }
	|	T_NEW anonymous_class	{ $$ = $2; $$->line = @1; }
	|	T_NEW attributes anonymous_class	{ $$ = $3; $$->line = @1; }
;

expr:
		variable	{ $$ = $1; }
	|	T_LIST '(' array_pair_list ')' '=' expr
			{ $3->line = @1; $$ = N2(ASSIGN, @1, $3, $6); }
	|	'[' array_pair_list ']' '=' expr
			{ $2->line = @1; $$ = N2(ASSIGN, @1, with_flags($2, MP_AF_SHORT), $5); }
	|	variable '=' expr			{ $$ = N2(ASSIGN, @1, $1, $3); }
	|	variable '=' ampersand variable	{ $$ = N2(ASSIGN_REF, @1, $1, $4); }
	|	T_CLONE expr	{ $$ = N1(CLONE, @1, $2); }
	|	variable T_PLUS_EQUAL expr		{ $$ = assign_op(p, MP_OP_ADD, $1, $3, @1); }
	|	variable T_MINUS_EQUAL expr		{ $$ = assign_op(p, MP_OP_SUB, $1, $3, @1); }
	|	variable T_MUL_EQUAL expr		{ $$ = assign_op(p, MP_OP_MUL, $1, $3, @1); }
	|	variable T_POW_EQUAL expr		{ $$ = assign_op(p, MP_OP_POW, $1, $3, @1); }
	|	variable T_DIV_EQUAL expr		{ $$ = assign_op(p, MP_OP_DIV, $1, $3, @1); }
	|	variable T_CONCAT_EQUAL expr	{ $$ = assign_op(p, MP_OP_CONCAT, $1, $3, @1); }
	|	variable T_MOD_EQUAL expr		{ $$ = assign_op(p, MP_OP_MOD, $1, $3, @1); }
	|	variable T_AND_EQUAL expr		{ $$ = assign_op(p, MP_OP_BITAND, $1, $3, @1); }
	|	variable T_OR_EQUAL expr		{ $$ = assign_op(p, MP_OP_BITOR, $1, $3, @1); }
	|	variable T_XOR_EQUAL expr		{ $$ = assign_op(p, MP_OP_BITXOR, $1, $3, @1); }
	|	variable T_SL_EQUAL expr		{ $$ = assign_op(p, MP_OP_SHL, $1, $3, @1); }
	|	variable T_SR_EQUAL expr		{ $$ = assign_op(p, MP_OP_SHR, $1, $3, @1); }
	|	variable T_COALESCE_EQUAL expr	{ $$ = assign_op(p, MP_OP_COALESCE, $1, $3, @1); }
	|	variable T_INC	{ $$ = N1(POST_INC, @1, $1); }
	|	T_INC variable	{ $$ = N1(PRE_INC, @1, $2); }
	|	variable T_DEC	{ $$ = N1(POST_DEC, @1, $1); }
	|	T_DEC variable	{ $$ = N1(PRE_DEC, @1, $2); }
	|	expr T_BOOLEAN_OR expr	{ $$ = binop(p, MP_OP_OR, $1, $3, @1); }
	|	expr T_BOOLEAN_AND expr	{ $$ = binop(p, MP_OP_AND, $1, $3, @1); }
	|	expr T_LOGICAL_OR expr	{ $$ = binop(p, MP_OP_OR, $1, $3, @1); }
	|	expr T_LOGICAL_AND expr	{ $$ = binop(p, MP_OP_AND, $1, $3, @1); }
	|	expr T_LOGICAL_XOR expr	{ $$ = binop(p, MP_OP_XOR, $1, $3, @1); }
	|	expr '|' expr	{ $$ = binop(p, MP_OP_BITOR, $1, $3, @1); }
	|	expr T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG expr	{ $$ = binop(p, MP_OP_BITAND, $1, $3, @1); }
	|	expr T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG expr	{ $$ = binop(p, MP_OP_BITAND, $1, $3, @1); }
	|	expr '^' expr	{ $$ = binop(p, MP_OP_BITXOR, $1, $3, @1); }
	|	expr '.' expr	{ $$ = binop(p, MP_OP_CONCAT, $1, $3, @1); }
	|	expr '+' expr	{ $$ = binop(p, MP_OP_ADD, $1, $3, @1); }
	|	expr '-' expr	{ $$ = binop(p, MP_OP_SUB, $1, $3, @1); }
	|	expr '*' expr	{ $$ = binop(p, MP_OP_MUL, $1, $3, @1); }
	|	expr T_POW expr	{ $$ = binop(p, MP_OP_POW, $1, $3, @1); }
	|	expr '/' expr	{ $$ = binop(p, MP_OP_DIV, $1, $3, @1); }
	|	expr '%' expr	{ $$ = binop(p, MP_OP_MOD, $1, $3, @1); }
	|	expr T_SL expr	{ $$ = binop(p, MP_OP_SHL, $1, $3, @1); }
	|	expr T_SR expr	{ $$ = binop(p, MP_OP_SHR, $1, $3, @1); }
	|	'+' expr %prec '~'	{ $$ = with_ival(N1(UNARY, @1, $2), MP_OP_PLUS); }
	|	'-' expr %prec '~'	{ $$ = with_ival(N1(UNARY, @1, $2), MP_OP_NEG); }
	|	'!' expr	{ $$ = with_ival(N1(UNARY, @1, $2), MP_OP_NOT); }
	|	'~' expr	{ $$ = with_ival(N1(UNARY, @1, $2), MP_OP_BITNOT); }
	|	expr T_IS_IDENTICAL expr		{ $$ = binop(p, MP_OP_IDENTICAL, $1, $3, @1); }
	|	expr T_IS_NOT_IDENTICAL expr	{ $$ = binop(p, MP_OP_NOT_IDENTICAL, $1, $3, @1); }
	|	expr T_IS_EQUAL expr			{ $$ = binop(p, MP_OP_EQ, $1, $3, @1); }
	|	expr T_IS_NOT_EQUAL expr		{ $$ = binop(p, MP_OP_NEQ, $1, $3, @1); }
	|	expr '<' expr					{ $$ = binop(p, MP_OP_LT, $1, $3, @1); }
	|	expr T_IS_SMALLER_OR_EQUAL expr	{ $$ = binop(p, MP_OP_LE, $1, $3, @1); }
	|	expr '>' expr					{ $$ = binop(p, MP_OP_GT, $1, $3, @1); }
	|	expr T_IS_GREATER_OR_EQUAL expr	{ $$ = binop(p, MP_OP_GE, $1, $3, @1); }
	|	expr T_SPACESHIP expr			{ $$ = binop(p, MP_OP_SPACESHIP, $1, $3, @1); }
	|	expr T_INSTANCEOF class_name_reference	{ $$ = N2(INSTANCEOF, @1, $1, $3); }
	|	'(' expr ')'
			{ $$ = $2; if ($$->kind == MP_AST_TERNARY) $$->flags |= MP_AF_PARENS; }
	|	new_expr	{ $$ = $1; }
	|	expr '?' expr ':' expr	{ $$ = N3(TERNARY, @1, $1, $3, $5); check_nested_ternary(p, $$); }
	|	expr '?' ':' expr		{ $$ = N3(TERNARY, @1, $1, NULL, $4); check_nested_ternary(p, $$); }
	|	expr T_COALESCE expr	{ $$ = binop(p, MP_OP_COALESCE, $1, $3, @1); }
	|	internal_functions_in_yacc	{ $$ = $1; }
	|	T_INT_CAST expr		{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_INT); }
	|	T_DOUBLE_CAST expr	{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_FLOAT); }
	|	T_STRING_CAST expr	{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_STRING); }
	|	T_ARRAY_CAST expr	{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_ARRAY); }
	|	T_OBJECT_CAST expr	{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_OBJECT); }
	|	T_BOOL_CAST expr	{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_BOOL); }
	|	T_UNSET_CAST expr	{ $$ = with_ival(N1(CAST, @1, $2), MP_CAST_UNSET); }
	|	T_EXIT exit_expr	{ $$ = N1(EXIT, @1, $2); }
	|	'@' expr			{ $$ = N1(SILENCE, @1, $2); }
	|	scalar				{ $$ = $1; }
	|	'`' backticks_expr '`'	{ $$ = $2; $$->line = @1; }
	|	T_PRINT expr	{ $$ = N1(PRINT, @1, $2); }
	|	T_YIELD			{ $$ = N2(YIELD, @1, NULL, NULL); }
	|	T_YIELD expr	{ $$ = N2(YIELD, @1, $2, NULL); }
	|	T_YIELD expr T_DOUBLE_ARROW expr	{ $$ = N2(YIELD, @1, $4, $2); }
	|	T_YIELD_FROM expr	{ $$ = N1(YIELD_FROM, @1, $2); }
	|	T_THROW expr	{ $$ = N1(THROW, @1, $2); }
	|	inline_function	{ $$ = $1; }
	|	attributes inline_function	{ $$ = $2; }
	|	T_STATIC inline_function	{ $$ = with_flags($2, MP_AF_STATIC); $$->line = @1; }
	|	attributes T_STATIC inline_function	{ $$ = with_flags($3, MP_AF_STATIC); }
	|	match	{ $$ = $1; }
;


inline_function:
		function returns_ref backup_doc_comment '(' parameter_list ')' lexical_vars return_type
		backup_fn_flags '{' inner_statement_list '}' backup_fn_flags
			{ $$ = with_flags(N4(CLOSURE, $1, $5, $7, $11, $8), $2); }
	|	fn returns_ref backup_doc_comment '(' parameter_list ')' return_type
		T_DOUBLE_ARROW backup_fn_flags backup_lex_pos expr backup_fn_flags
			{ $$ = with_flags(N3(ARROW_FN, $1, $5, $11, $7), $2); }
;

fn:
	T_FN	{ $$ = @1; }
;

function:
	T_FUNCTION	{ $$ = @1; }
;

backup_doc_comment:
	%empty
;

backup_fn_flags:
	%prec PREC_ARROW_FUNCTION %empty	{ $$ = 0; }
;

backup_lex_pos:
	%empty
;

returns_ref:
		%empty		{ $$ = 0; }
	|	ampersand	{ $$ = MP_AF_BYREF; }
;

lexical_vars:
		%empty	{ $$ = LIST(@$); }
	|	T_USE '(' lexical_var_list possible_comma ')'	{ $$ = $3; }
;

lexical_var_list:
		lexical_var_list ',' lexical_var	{ $$ = ADD($1, $3); }
	|	lexical_var	{ $$ = N1(LIST, @1, $1); }
;

lexical_var:
		T_VARIABLE	{ $$ = mp_ast_str(A, MP_AST_CLOSURE_USE, @1, $1->str, $1->len); }
	|	ampersand T_VARIABLE
			{ $$ = with_flags(mp_ast_str(A, MP_AST_CLOSURE_USE, @2, $2->str, $2->len), MP_AF_BYREF); }
;

function_call:
		name argument_list	{ $$ = N2(CALL, @1, $1, $2); }
	|	T_READONLY argument_list	{ $$ = N2(CALL, @1, ident_from(p, $1, @1), $2); }
	|	class_name T_PAAMAYIM_NEKUDOTAYIM member_name argument_list
			{ $$ = N3(STATIC_CALL, @1, $1, $3, $4); }
	|	variable_class_name T_PAAMAYIM_NEKUDOTAYIM member_name argument_list
			{ $$ = N3(STATIC_CALL, @1, $1, $3, $4); }
	|	callable_expr argument_list	{ $$ = N2(CALL, @1, $1, $2); }
;

class_name:
		T_STATIC	{ $$ = mp_ast_str(A, MP_AST_NAME, @1, "static", 6); }
	|	name	{ $$ = $1; }
;

class_name_reference:
		class_name		{ $$ = $1; }
	|	new_variable	{ $$ = $1; }
	|	'(' expr ')'	{ $$ = $2; }
;

exit_expr:
		%empty	{ $$ = NULL; }
	|	'(' optional_expr ')'	{ $$ = $2; }
;

backticks_expr:
		%empty	{ $$ = N0(SHELL, @$); }
	|	T_ENCAPSED_AND_WHITESPACE	{ $$ = N1(SHELL, @1, $1); }
	|	encaps_list	{ $$ = $1; $$->kind = MP_AST_SHELL; }
;

ctor_arguments:
		%empty	{ $$ = LIST(@$); }
	|	argument_list	{ $$ = $1; }
;

dereferenceable_scalar:
		T_ARRAY '(' array_pair_list ')'	{ $$ = $3; $$->line = @1; }
	|	'[' array_pair_list ']'	{ $$ = with_flags($2, MP_AF_SHORT); $$->line = @1; }
	|	T_CONSTANT_ENCAPSED_STRING	{ $$ = $1; }
	|	'"' encaps_list '"'	{ $$ = $2; $$->line = @1; }
;

scalar:
		T_LNUMBER	{ $$ = $1; }
	|	T_DNUMBER	{ $$ = $1; }
	|	T_START_HEREDOC T_ENCAPSED_AND_WHITESPACE T_END_HEREDOC	{ $$ = $2; $$->line = @1; }
	|	T_START_HEREDOC T_END_HEREDOC	{ $$ = mp_ast_str(A, MP_AST_STRING, @1, "", 0); }
	|	T_START_HEREDOC encaps_list T_END_HEREDOC	{ $$ = $2; $$->line = @1; }
	|	dereferenceable_scalar	{ $$ = $1; }
	|	constant	{ $$ = $1; }
	|	class_constant	{ $$ = $1; }
;

constant:
		name	{ $$ = $1; $$->kind = MP_AST_CONST; }
	|	T_LINE	{ $$ = with_ival(N0(INT, @1), @1); }
	|	T_FILE	{ const char *f = p->filename ? p->filename : "";
				  $$ = mp_ast_str(A, MP_AST_STRING, @1, f, strlen(f)); }
	|	T_DIR	{ $$ = dir_node(p, @1); }
	|	T_TRAIT_C	{ $$ = with_ival(N0(MAGIC_CONST, @1), MP_MC_TRAIT); }
	|	T_METHOD_C	{ $$ = with_ival(N0(MAGIC_CONST, @1), MP_MC_METHOD); }
	|	T_FUNC_C	{ $$ = with_ival(N0(MAGIC_CONST, @1), MP_MC_FUNCTION); }
	|	T_NS_C		{ $$ = with_ival(N0(MAGIC_CONST, @1), MP_MC_NAMESPACE); }
	|	T_CLASS_C	{ $$ = with_ival(N0(MAGIC_CONST, @1), MP_MC_CLASS); }
;

class_constant:
		class_name T_PAAMAYIM_NEKUDOTAYIM identifier
			{ $$ = N2(CLASS_CONST_FETCH, @1, $1, $3); }
	|	variable_class_name T_PAAMAYIM_NEKUDOTAYIM identifier
			{ $$ = N2(CLASS_CONST_FETCH, @1, $1, $3); }
;

optional_expr:
		%empty	{ $$ = NULL; }
	|	expr	{ $$ = $1; }
;

variable_class_name:
		fully_dereferenceable	{ $$ = $1; }
;

fully_dereferenceable:
		variable				{ $$ = $1; }
	|	'(' expr ')'			{ $$ = $2; }
	|	dereferenceable_scalar	{ $$ = $1; }
	|	class_constant			{ $$ = $1; }
;

array_object_dereferenceable:
		fully_dereferenceable	{ $$ = $1; }
	|	constant				{ $$ = $1; }
;

callable_expr:
		callable_variable		{ $$ = $1; }
	|	'(' expr ')'			{ $$ = $2; }
	|	dereferenceable_scalar	{ $$ = $1; }
;

callable_variable:
		simple_variable	{ $$ = $1; }
	|	array_object_dereferenceable '[' optional_expr ']'
			{ $$ = N2(DIM, @1, $1, $3); }
	|	array_object_dereferenceable '{' expr '}'
			{ $$ = N2(DIM, @1, $1, $3);
			  compile_error(p, @1, "Array and string offset access syntax with curly braces is no longer supported"); }
	|	array_object_dereferenceable T_OBJECT_OPERATOR property_name argument_list
			{ $$ = N3(METHOD_CALL, @1, $1, $3, $4); }
	|	array_object_dereferenceable T_NULLSAFE_OBJECT_OPERATOR property_name argument_list
			{ $$ = N3(NULLSAFE_METHOD_CALL, @1, $1, $3, $4); }
	|	function_call	{ $$ = $1; }
;

variable:
		callable_variable	{ $$ = $1; }
	|	static_member		{ $$ = $1; }
	|	array_object_dereferenceable T_OBJECT_OPERATOR property_name
			{ $$ = N2(PROP, @1, $1, $3); }
	|	array_object_dereferenceable T_NULLSAFE_OBJECT_OPERATOR property_name
			{ $$ = N2(NULLSAFE_PROP, @1, $1, $3); }
;

/* A VAR node ($x), or VAR_VAR for $$x and ${expr}. */
simple_variable:
		T_VARIABLE			{ $$ = $1; }
	|	'$' '{' expr '}'	{ $$ = N1(VAR_VAR, @1, $3); }
	|	'$' simple_variable	{ $$ = N1(VAR_VAR, @1, $2); }
;

static_member:
		class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = N2(STATIC_PROP, @1, $1, $3->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, $3->line, $3->str, $3->len) : $3->kids[0]); }
	|	variable_class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = N2(STATIC_PROP, @1, $1, $3->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, $3->line, $3->str, $3->len) : $3->kids[0]); }
;

new_variable:
		simple_variable	{ $$ = $1; }
	|	new_variable '[' optional_expr ']'	{ $$ = N2(DIM, @1, $1, $3); }
	|	new_variable '{' expr '}'
			{ $$ = N2(DIM, @1, $1, $3);
			  compile_error(p, @1, "Array and string offset access syntax with curly braces is no longer supported"); }
	|	new_variable T_OBJECT_OPERATOR property_name	{ $$ = N2(PROP, @1, $1, $3); }
	|	new_variable T_NULLSAFE_OBJECT_OPERATOR property_name	{ $$ = N2(NULLSAFE_PROP, @1, $1, $3); }
	|	class_name T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = N2(STATIC_PROP, @1, $1, $3->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, $3->line, $3->str, $3->len) : $3->kids[0]); }
	|	new_variable T_PAAMAYIM_NEKUDOTAYIM simple_variable
			{ $$ = N2(STATIC_PROP, @1, $1, $3->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, $3->line, $3->str, $3->len) : $3->kids[0]); }
;

member_name:
		identifier		{ $$ = $1; }
	|	'{' expr '}'	{ $$ = $2; }
	|	simple_variable	{ $$ = $1; }
;

property_name:
		T_STRING		{ $$ = $1; }
	|	'{' expr '}'	{ $$ = $2; }
	|	simple_variable	{ $$ = $1; }
;

array_pair_list:
		non_empty_array_pair_list
			{ /* one trailing comma is allowed */
			  $$ = $1; if ($$->nkids > 0 && $$->kids[$$->nkids - 1] == NULL) $$->nkids--; }
;

possible_array_pair:
		%empty	{ $$ = NULL; }
	|	array_pair	{ $$ = $1; }
;

non_empty_array_pair_list:
		non_empty_array_pair_list ',' possible_array_pair	{ $$ = ADD($1, $3); }
	|	possible_array_pair	{ $$ = N1(ARRAY, @$, $1); }
;

array_pair:
		expr T_DOUBLE_ARROW expr	{ $$ = N2(ARRAY_ITEM, @1, $3, $1); }
	|	expr						{ $$ = N2(ARRAY_ITEM, @1, $1, NULL); }
	|	expr T_DOUBLE_ARROW ampersand variable
			{ $$ = with_flags(N2(ARRAY_ITEM, @1, $4, $1), MP_AF_BYREF); }
	|	ampersand variable	{ $$ = with_flags(N2(ARRAY_ITEM, @1, $2, NULL), MP_AF_BYREF); }
	|	T_ELLIPSIS expr		{ $$ = with_flags(N2(ARRAY_ITEM, @1, $2, NULL), MP_AF_SPREAD); }
	|	expr T_DOUBLE_ARROW T_LIST '(' array_pair_list ')'
			{ $5->line = @3; $$ = N2(ARRAY_ITEM, @1, $5, $1); }
	|	T_LIST '(' array_pair_list ')'
			{ $3->line = @1; $$ = N2(ARRAY_ITEM, @1, $3, NULL); }
;

encaps_list:
		encaps_list encaps_var	{ $$ = ADD($1, $2); }
	|	encaps_list T_ENCAPSED_AND_WHITESPACE	{ $$ = ADD($1, $2); }
	|	encaps_var	{ $$ = N1(INTERP, @1, $1); }
	|	T_ENCAPSED_AND_WHITESPACE encaps_var	{ $$ = N2(INTERP, @1, $1, $2); }
;

encaps_var:
		T_VARIABLE	{ $$ = $1; }
	|	T_VARIABLE '[' encaps_var_offset ']'	{ $$ = N2(DIM, @1, $1, $3); }
	|	T_VARIABLE T_OBJECT_OPERATOR T_STRING	{ $$ = N2(PROP, @1, $1, $3); }
	|	T_VARIABLE T_NULLSAFE_OBJECT_OPERATOR T_STRING	{ $$ = N2(NULLSAFE_PROP, @1, $1, $3); }
	|	T_DOLLAR_OPEN_CURLY_BRACES expr '}'
			{ $$ = N1(VAR_VAR, @1, $2);
			  defer_diag(p, 8192, @1, "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"); }
	|	T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '}'
			{ $$ = $2; $$->kind = MP_AST_VAR;
			  defer_diag(p, 8192, @1, "Using ${var} in strings is deprecated, use {$var} instead"); }
	|	T_DOLLAR_OPEN_CURLY_BRACES T_STRING_VARNAME '[' expr ']' '}'
			{ $2->kind = MP_AST_VAR; $$ = N2(DIM, @1, $2, $4);
			  defer_diag(p, 8192, @1, "Using ${var} in strings is deprecated, use {$var} instead"); }
	|	T_CURLY_OPEN variable '}'	{ $$ = $2; }
;

encaps_var_offset:
		T_STRING		{ $$ = $1; $$->kind = MP_AST_STRING; }
	|	T_NUM_STRING	{ $$ = $1; }
	|	'-' T_NUM_STRING	{ $$ = negate_num(p, $2); }
	|	T_VARIABLE		{ $$ = $1; }
;

internal_functions_in_yacc:
		T_ISSET '(' isset_variables possible_comma ')'	{ $$ = $3; $$->line = @1; }
	|	T_EMPTY '(' expr ')'	{ $$ = N1(EMPTY, @1, $3); }
	|	T_INCLUDE expr		{ $$ = with_ival(N1(INCLUDE, @1, $2), MP_INC_INCLUDE); }
	|	T_INCLUDE_ONCE expr	{ $$ = with_ival(N1(INCLUDE, @1, $2), MP_INC_INCLUDE_ONCE); }
	|	T_EVAL '(' expr ')'	{ $$ = with_ival(N1(INCLUDE, @1, $3), MP_INC_EVAL); }
	|	T_REQUIRE expr		{ $$ = with_ival(N1(INCLUDE, @1, $2), MP_INC_REQUIRE); }
	|	T_REQUIRE_ONCE expr	{ $$ = with_ival(N1(INCLUDE, @1, $2), MP_INC_REQUIRE_ONCE); }
;

isset_variables:
		isset_variable	{ $$ = N1(ISSET, @1, $1); }
	|	isset_variables ',' isset_variable	{ $$ = ADD($1, $3); }
;

isset_variable:
		expr	{ $$ = $1; }
;

%%

void mp_parser_error(mp_parser *p, int line, const char *fmt, ...)
{
    if (p->failed) return;
    p->failed = 1;
    if (p->errline) *p->errline = line;
    if (p->err && p->errsz) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(p->err, p->errsz, fmt, ap);
        va_end(ap);
    }
}

/* Append to a bounded buffer. */
static void cat(char *buf, size_t sz, size_t *n, const char *s, size_t len)
{
    if (*n + 1 >= sz) return;
    if (len > sz - 1 - *n) len = sz - 1 - *n;
    memcpy(buf + *n, s, len);
    *n += len;
    buf[*n] = 0;
}

/* php's description of the token it did not expect: its kind and, for
 * tokens with varying text, the text itself ("identifier \"foo\""). */
static void describe_unexpected(mp_parser *p, yysymbol_kind_t k, char *buf, size_t sz)
{
    size_t n = 0;
    char tmp[160];
    const char *name = yysymbol_name(k);
    size_t nl = strlen(name);
    buf[0] = 0;
    if (k == YYSYMBOL_YYEOF) { cat(buf, sz, &n, "end of file", 11); return; }
    if (k == YYSYMBOL_T_NS_SEPARATOR) { cat(buf, sz, &n, "token \"\\\"", 9); return; }
    if (k == YYSYMBOL_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) { cat(buf, sz, &n, "token \"&\"", 9); return; }
    if (nl >= 2 && name[0] == '"' && name[nl - 1] == '"') { name++; nl -= 2; }
    if (nl == 3 && name[0] == '\'' && name[1] == '"') { cat(buf, sz, &n, "double-quote mark", 17); return; }
    if (nl > 0 && name[0] == '\'') {
        snprintf(tmp, sizeof tmp, "token \"%.*s\"", (int)nl - 2, name + 1);
        cat(buf, sz, &n, tmp, strlen(tmp));
        return;
    }
    const char *t = p->last_text;
    size_t tl = p->last_len;
    if (tl == 1 && k == YYSYMBOL_T_BAD_CHARACTER) {
        snprintf(tmp, sizeof tmp, "character 0x%02X", (unsigned char)t[0]);
        cat(buf, sz, &n, tmp, strlen(tmp));
        return;
    }
    const char *e = memchr(t, '\n', tl);
    if (e) tl = (size_t)(e - t);
    if (tl > 0 && k == YYSYMBOL_T_CONSTANT_ENCAPSED_STRING) {
        if (t[0] == '"') { name = "double-quoted string"; nl = 20; }
        else if (t[0] == '\'') { name = "single-quoted string"; nl = 20; }
    }
    if (tl > 0 && (t[0] == '\'' || t[0] == '"')) { t++; tl--; }
    if (tl > 0 && (t[tl - 1] == '\'' || t[tl - 1] == '"')) tl--;
    if (tl > 33) snprintf(tmp, sizeof tmp, "%.*s \"%.*s...\"", (int)nl, name, 30, t);
    else snprintf(tmp, sizeof tmp, "%.*s \"%.*s\"", (int)nl, name, (int)tl, t);
    cat(buf, sz, &n, tmp, strlen(tmp));
}

/* php's spelling of an expected token: 'x' quotes become "x". */
static void describe_expected(yysymbol_kind_t k, char *buf, size_t sz)
{
    const char *name = yysymbol_name(k);
    size_t nl = strlen(name), n = 0;
    buf[0] = 0;
    if (k == YYSYMBOL_T_NS_SEPARATOR) { cat(buf, sz, &n, "\"\\\"", 3); return; }
    /* php 8.2 lists the second & token by its dummy name "amp" */
    if (nl >= 2 && name[0] == '"' && name[nl - 1] == '"') { name++; nl -= 2; }
    for (size_t i = 0; i < nl && n + 1 < sz; i++) buf[n++] = name[i] == '\'' ? '"' : name[i];
    buf[n] = 0;
}

static int yyreport_syntax_error(const yypcontext_t *ctx, mp_parser *p)
{
    char msg[512], part[200];
    size_t n = 0;
    if (p->failed) return 0;     /* the lexer already said what went wrong */
    msg[0] = 0;
    cat(msg, sizeof msg, &n, "syntax error", 12);
    yysymbol_kind_t tok = yypcontext_token(ctx);
    if (tok != YYSYMBOL_YYEMPTY) {
        yysymbol_kind_t exp[4];
        int ne = yypcontext_expected_tokens(ctx, exp, 4);
        describe_unexpected(p, tok, part, sizeof part);
        cat(msg, sizeof msg, &n, ", unexpected ", 13);
        cat(msg, sizeof msg, &n, part, strlen(part));
        for (int i = 0; i < ne; i++) {
            cat(msg, sizeof msg, &n, i ? " or " : ", expecting ", i ? 4 : 12);
            describe_expected(exp[i], part, sizeof part);
            cat(msg, sizeof msg, &n, part, strlen(part));
        }
    }
    mp_parser_error(p, p->line, "%s", msg);
    return 0;
}

mp_ast *mp_parse(mp_arena *a, const char *src, size_t len, const char *filename,
                 char *err, size_t errsz, int *errline,
                 mp_parse_diag_fn diag, void *diag_user)
{
    mp_parser ps;
    memset(&ps, 0, sizeof ps);
    ps.arena = a;
    ps.src = src;
    ps.end = src + len;
    ps.filename = filename;
    ps.err = err; ps.errsz = errsz; ps.errline = errline;
    ps.diag = diag; ps.diag_user = diag_user;
    ps.pending_tail = &ps.pending;
    if (err && errsz) err[0] = 0;
    if (errline) *errline = 0;
    mp_lexer_init(&ps);
    int rc = mp_yyparse(&ps);
    free(ps.stack);
    free(ps.hd);
    free(ps.nest);
    if (!ps.failed && ps.fatal_msg) {
        mp_parser_error(&ps, ps.fatal_line, "%s", ps.fatal_msg);
        if (diag) diag(diag_user, 64, ps.fatal_line, ps.fatal_msg);
        return NULL;
    }
    if (rc != 0 || ps.failed) {
        if (!ps.failed) mp_parser_error(&ps, ps.line, "syntax error");
        return NULL;
    }
    for (mp_pending_diag *d = ps.pending; d; d = d->next)
        if (diag) diag(diag_user, d->level, d->line, d->msg);
    return ps.result;
}
