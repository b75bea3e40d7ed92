/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         MP_YYSTYPE
#define YYLTYPE         MP_YYLTYPE
/* Substitute the variable and function names.  */
#define yyparse         mp_yyparse
#define yylex           mp_yylex
#define yyerror         mp_yyerror
#define yydebug         mp_yydebug
#define yynerrs         mp_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_PREC_ARROW_FUNCTION = 3,        /* PREC_ARROW_FUNCTION  */
  YYSYMBOL_4_ = 4,                         /* '='  */
  YYSYMBOL_5_ = 5,                         /* '?'  */
  YYSYMBOL_6_ = 6,                         /* ':'  */
  YYSYMBOL_7_ = 7,                         /* '|'  */
  YYSYMBOL_8_ = 8,                         /* '^'  */
  YYSYMBOL_9_ = 9,                         /* '<'  */
  YYSYMBOL_10_ = 10,                       /* '>'  */
  YYSYMBOL_11_ = 11,                       /* '.'  */
  YYSYMBOL_12_ = 12,                       /* '+'  */
  YYSYMBOL_13_ = 13,                       /* '-'  */
  YYSYMBOL_14_ = 14,                       /* '*'  */
  YYSYMBOL_15_ = 15,                       /* '/'  */
  YYSYMBOL_16_ = 16,                       /* '%'  */
  YYSYMBOL_17_ = 17,                       /* '!'  */
  YYSYMBOL_18_ = 18,                       /* '~'  */
  YYSYMBOL_19_ = 19,                       /* '@'  */
  YYSYMBOL_T_NOELSE = 20,                  /* T_NOELSE  */
  YYSYMBOL_T_LNUMBER = 21,                 /* "integer"  */
  YYSYMBOL_T_DNUMBER = 22,                 /* "floating-point number"  */
  YYSYMBOL_T_STRING = 23,                  /* "identifier"  */
  YYSYMBOL_T_NAME_FULLY_QUALIFIED = 24,    /* "fully qualified name"  */
  YYSYMBOL_T_NAME_RELATIVE = 25,           /* "namespace-relative name"  */
  YYSYMBOL_T_NAME_QUALIFIED = 26,          /* "namespaced name"  */
  YYSYMBOL_T_VARIABLE = 27,                /* "variable"  */
  YYSYMBOL_T_INLINE_HTML = 28,             /* T_INLINE_HTML  */
  YYSYMBOL_T_ENCAPSED_AND_WHITESPACE = 29, /* "string content"  */
  YYSYMBOL_T_CONSTANT_ENCAPSED_STRING = 30, /* "quoted string"  */
  YYSYMBOL_T_STRING_VARNAME = 31,          /* "variable name"  */
  YYSYMBOL_T_NUM_STRING = 32,              /* "number"  */
  YYSYMBOL_T_INCLUDE = 33,                 /* "'include'"  */
  YYSYMBOL_T_INCLUDE_ONCE = 34,            /* "'include_once'"  */
  YYSYMBOL_T_EVAL = 35,                    /* "'eval'"  */
  YYSYMBOL_T_REQUIRE = 36,                 /* "'require'"  */
  YYSYMBOL_T_REQUIRE_ONCE = 37,            /* "'require_once'"  */
  YYSYMBOL_T_LOGICAL_OR = 38,              /* "'or'"  */
  YYSYMBOL_T_LOGICAL_XOR = 39,             /* "'xor'"  */
  YYSYMBOL_T_LOGICAL_AND = 40,             /* "'and'"  */
  YYSYMBOL_T_PRINT = 41,                   /* "'print'"  */
  YYSYMBOL_T_YIELD = 42,                   /* "'yield'"  */
  YYSYMBOL_T_YIELD_FROM = 43,              /* "'yield from'"  */
  YYSYMBOL_T_INSTANCEOF = 44,              /* "'instanceof'"  */
  YYSYMBOL_T_NEW = 45,                     /* "'new'"  */
  YYSYMBOL_T_CLONE = 46,                   /* "'clone'"  */
  YYSYMBOL_T_EXIT = 47,                    /* "'exit'"  */
  YYSYMBOL_T_IF = 48,                      /* "'if'"  */
  YYSYMBOL_T_ELSEIF = 49,                  /* "'elseif'"  */
  YYSYMBOL_T_ELSE = 50,                    /* "'else'"  */
  YYSYMBOL_T_ENDIF = 51,                   /* "'endif'"  */
  YYSYMBOL_T_ECHO = 52,                    /* "'echo'"  */
  YYSYMBOL_T_DO = 53,                      /* "'do'"  */
  YYSYMBOL_T_WHILE = 54,                   /* "'while'"  */
  YYSYMBOL_T_ENDWHILE = 55,                /* "'endwhile'"  */
  YYSYMBOL_T_FOR = 56,                     /* "'for'"  */
  YYSYMBOL_T_ENDFOR = 57,                  /* "'endfor'"  */
  YYSYMBOL_T_FOREACH = 58,                 /* "'foreach'"  */
  YYSYMBOL_T_ENDFOREACH = 59,              /* "'endforeach'"  */
  YYSYMBOL_T_DECLARE = 60,                 /* "'declare'"  */
  YYSYMBOL_T_ENDDECLARE = 61,              /* "'enddeclare'"  */
  YYSYMBOL_T_AS = 62,                      /* "'as'"  */
  YYSYMBOL_T_SWITCH = 63,                  /* "'switch'"  */
  YYSYMBOL_T_ENDSWITCH = 64,               /* "'endswitch'"  */
  YYSYMBOL_T_CASE = 65,                    /* "'case'"  */
  YYSYMBOL_T_DEFAULT = 66,                 /* "'default'"  */
  YYSYMBOL_T_MATCH = 67,                   /* "'match'"  */
  YYSYMBOL_T_BREAK = 68,                   /* "'break'"  */
  YYSYMBOL_T_CONTINUE = 69,                /* "'continue'"  */
  YYSYMBOL_T_GOTO = 70,                    /* "'goto'"  */
  YYSYMBOL_T_FUNCTION = 71,                /* "'function'"  */
  YYSYMBOL_T_FN = 72,                      /* "'fn'"  */
  YYSYMBOL_T_CONST = 73,                   /* "'const'"  */
  YYSYMBOL_T_RETURN = 74,                  /* "'return'"  */
  YYSYMBOL_T_TRY = 75,                     /* "'try'"  */
  YYSYMBOL_T_CATCH = 76,                   /* "'catch'"  */
  YYSYMBOL_T_FINALLY = 77,                 /* "'finally'"  */
  YYSYMBOL_T_THROW = 78,                   /* "'throw'"  */
  YYSYMBOL_T_USE = 79,                     /* "'use'"  */
  YYSYMBOL_T_INSTEADOF = 80,               /* "'insteadof'"  */
  YYSYMBOL_T_GLOBAL = 81,                  /* "'global'"  */
  YYSYMBOL_T_STATIC = 82,                  /* "'static'"  */
  YYSYMBOL_T_ABSTRACT = 83,                /* "'abstract'"  */
  YYSYMBOL_T_FINAL = 84,                   /* "'final'"  */
  YYSYMBOL_T_PRIVATE = 85,                 /* "'private'"  */
  YYSYMBOL_T_PROTECTED = 86,               /* "'protected'"  */
  YYSYMBOL_T_PUBLIC = 87,                  /* "'public'"  */
  YYSYMBOL_T_READONLY = 88,                /* "'readonly'"  */
  YYSYMBOL_T_VAR = 89,                     /* "'var'"  */
  YYSYMBOL_T_UNSET = 90,                   /* "'unset'"  */
  YYSYMBOL_T_ISSET = 91,                   /* "'isset'"  */
  YYSYMBOL_T_EMPTY = 92,                   /* "'empty'"  */
  YYSYMBOL_T_HALT_COMPILER = 93,           /* "'__halt_compiler'"  */
  YYSYMBOL_T_CLASS = 94,                   /* "'class'"  */
  YYSYMBOL_T_TRAIT = 95,                   /* "'trait'"  */
  YYSYMBOL_T_INTERFACE = 96,               /* "'interface'"  */
  YYSYMBOL_T_ENUM = 97,                    /* "'enum'"  */
  YYSYMBOL_T_EXTENDS = 98,                 /* "'extends'"  */
  YYSYMBOL_T_IMPLEMENTS = 99,              /* "'implements'"  */
  YYSYMBOL_T_NAMESPACE = 100,              /* "'namespace'"  */
  YYSYMBOL_T_LIST = 101,                   /* "'list'"  */
  YYSYMBOL_T_ARRAY = 102,                  /* "'array'"  */
  YYSYMBOL_T_CALLABLE = 103,               /* "'callable'"  */
  YYSYMBOL_T_LINE = 104,                   /* "'__LINE__'"  */
  YYSYMBOL_T_FILE = 105,                   /* "'__FILE__'"  */
  YYSYMBOL_T_DIR = 106,                    /* "'__DIR__'"  */
  YYSYMBOL_T_CLASS_C = 107,                /* "'__CLASS__'"  */
  YYSYMBOL_T_TRAIT_C = 108,                /* "'__TRAIT__'"  */
  YYSYMBOL_T_METHOD_C = 109,               /* "'__METHOD__'"  */
  YYSYMBOL_T_FUNC_C = 110,                 /* "'__FUNCTION__'"  */
  YYSYMBOL_T_NS_C = 111,                   /* "'__NAMESPACE__'"  */
  YYSYMBOL_T_ATTRIBUTE = 112,              /* "'#['"  */
  YYSYMBOL_T_PLUS_EQUAL = 113,             /* "'+='"  */
  YYSYMBOL_T_MINUS_EQUAL = 114,            /* "'-='"  */
  YYSYMBOL_T_MUL_EQUAL = 115,              /* "'*='"  */
  YYSYMBOL_T_DIV_EQUAL = 116,              /* "'/='"  */
  YYSYMBOL_T_CONCAT_EQUAL = 117,           /* "'.='"  */
  YYSYMBOL_T_MOD_EQUAL = 118,              /* "'%='"  */
  YYSYMBOL_T_AND_EQUAL = 119,              /* "'&='"  */
  YYSYMBOL_T_OR_EQUAL = 120,               /* "'|='"  */
  YYSYMBOL_T_XOR_EQUAL = 121,              /* "'^='"  */
  YYSYMBOL_T_SL_EQUAL = 122,               /* "'<<='"  */
  YYSYMBOL_T_SR_EQUAL = 123,               /* "'>>='"  */
  YYSYMBOL_T_COALESCE_EQUAL = 124,         /* "'??='"  */
  YYSYMBOL_T_BOOLEAN_OR = 125,             /* "'||'"  */
  YYSYMBOL_T_BOOLEAN_AND = 126,            /* "'&&'"  */
  YYSYMBOL_T_IS_EQUAL = 127,               /* "'=='"  */
  YYSYMBOL_T_IS_NOT_EQUAL = 128,           /* "'!='"  */
  YYSYMBOL_T_IS_IDENTICAL = 129,           /* "'==='"  */
  YYSYMBOL_T_IS_NOT_IDENTICAL = 130,       /* "'!=='"  */
  YYSYMBOL_T_IS_SMALLER_OR_EQUAL = 131,    /* "'<='"  */
  YYSYMBOL_T_IS_GREATER_OR_EQUAL = 132,    /* "'>='"  */
  YYSYMBOL_T_SPACESHIP = 133,              /* "'<=>'"  */
  YYSYMBOL_T_SL = 134,                     /* "'<<'"  */
  YYSYMBOL_T_SR = 135,                     /* "'>>'"  */
  YYSYMBOL_T_INC = 136,                    /* "'++'"  */
  YYSYMBOL_T_DEC = 137,                    /* "'--'"  */
  YYSYMBOL_T_INT_CAST = 138,               /* "'(int)'"  */
  YYSYMBOL_T_DOUBLE_CAST = 139,            /* "'(double)'"  */
  YYSYMBOL_T_STRING_CAST = 140,            /* "'(string)'"  */
  YYSYMBOL_T_ARRAY_CAST = 141,             /* "'(array)'"  */
  YYSYMBOL_T_OBJECT_CAST = 142,            /* "'(object)'"  */
  YYSYMBOL_T_BOOL_CAST = 143,              /* "'(bool)'"  */
  YYSYMBOL_T_UNSET_CAST = 144,             /* "'(unset)'"  */
  YYSYMBOL_T_OBJECT_OPERATOR = 145,        /* "'->'"  */
  YYSYMBOL_T_NULLSAFE_OBJECT_OPERATOR = 146, /* "'?->'"  */
  YYSYMBOL_T_DOUBLE_ARROW = 147,           /* "'=>'"  */
  YYSYMBOL_T_COMMENT = 148,                /* "comment"  */
  YYSYMBOL_T_DOC_COMMENT = 149,            /* "doc comment"  */
  YYSYMBOL_T_OPEN_TAG = 150,               /* "open tag"  */
  YYSYMBOL_T_OPEN_TAG_WITH_ECHO = 151,     /* "'<?='"  */
  YYSYMBOL_T_CLOSE_TAG = 152,              /* "'?>'"  */
  YYSYMBOL_T_WHITESPACE = 153,             /* "whitespace"  */
  YYSYMBOL_T_START_HEREDOC = 154,          /* "heredoc start"  */
  YYSYMBOL_T_END_HEREDOC = 155,            /* "heredoc end"  */
  YYSYMBOL_T_DOLLAR_OPEN_CURLY_BRACES = 156, /* "'${'"  */
  YYSYMBOL_T_CURLY_OPEN = 157,             /* "'{$'"  */
  YYSYMBOL_T_PAAMAYIM_NEKUDOTAYIM = 158,   /* "'::'"  */
  YYSYMBOL_T_NS_SEPARATOR = 159,           /* "'\\'"  */
  YYSYMBOL_T_ELLIPSIS = 160,               /* "'...'"  */
  YYSYMBOL_T_COALESCE = 161,               /* "'??'"  */
  YYSYMBOL_T_POW = 162,                    /* "'**'"  */
  YYSYMBOL_T_POW_EQUAL = 163,              /* "'**='"  */
  YYSYMBOL_T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG = 164, /* "'&'"  */
  YYSYMBOL_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG = 165, /* "amp"  */
  YYSYMBOL_T_BAD_CHARACTER = 166,          /* "invalid character"  */
  YYSYMBOL_T_ERROR = 167,                  /* T_ERROR  */
  YYSYMBOL_168_ = 168,                     /* ','  */
  YYSYMBOL_169_ = 169,                     /* ']'  */
  YYSYMBOL_170_ = 170,                     /* '('  */
  YYSYMBOL_171_ = 171,                     /* ')'  */
  YYSYMBOL_172_ = 172,                     /* ';'  */
  YYSYMBOL_173_ = 173,                     /* '{'  */
  YYSYMBOL_174_ = 174,                     /* '}'  */
  YYSYMBOL_175_ = 175,                     /* '['  */
  YYSYMBOL_176_ = 176,                     /* '`'  */
  YYSYMBOL_177_ = 177,                     /* '"'  */
  YYSYMBOL_178_ = 178,                     /* '$'  */
  YYSYMBOL_YYACCEPT = 179,                 /* $accept  */
  YYSYMBOL_start = 180,                    /* start  */
  YYSYMBOL_reserved_non_modifiers = 181,   /* reserved_non_modifiers  */
  YYSYMBOL_semi_reserved = 182,            /* semi_reserved  */
  YYSYMBOL_ampersand = 183,                /* ampersand  */
  YYSYMBOL_identifier = 184,               /* identifier  */
  YYSYMBOL_top_statement_list = 185,       /* top_statement_list  */
  YYSYMBOL_namespace_declaration_name = 186, /* namespace_declaration_name  */
  YYSYMBOL_namespace_name = 187,           /* namespace_name  */
  YYSYMBOL_legacy_namespace_name = 188,    /* legacy_namespace_name  */
  YYSYMBOL_name = 189,                     /* name  */
  YYSYMBOL_attribute_decl = 190,           /* attribute_decl  */
  YYSYMBOL_attribute_group = 191,          /* attribute_group  */
  YYSYMBOL_attribute = 192,                /* attribute  */
  YYSYMBOL_attributes = 193,               /* attributes  */
  YYSYMBOL_attributed_statement = 194,     /* attributed_statement  */
  YYSYMBOL_top_statement = 195,            /* top_statement  */
  YYSYMBOL_use_type = 196,                 /* use_type  */
  YYSYMBOL_group_use_declaration = 197,    /* group_use_declaration  */
  YYSYMBOL_mixed_group_use_declaration = 198, /* mixed_group_use_declaration  */
  YYSYMBOL_possible_comma = 199,           /* possible_comma  */
  YYSYMBOL_inline_use_declarations = 200,  /* inline_use_declarations  */
  YYSYMBOL_unprefixed_use_declarations = 201, /* unprefixed_use_declarations  */
  YYSYMBOL_use_declarations = 202,         /* use_declarations  */
  YYSYMBOL_inline_use_declaration = 203,   /* inline_use_declaration  */
  YYSYMBOL_unprefixed_use_declaration = 204, /* unprefixed_use_declaration  */
  YYSYMBOL_use_declaration = 205,          /* use_declaration  */
  YYSYMBOL_const_list = 206,               /* const_list  */
  YYSYMBOL_inner_statement_list = 207,     /* inner_statement_list  */
  YYSYMBOL_inner_statement = 208,          /* inner_statement  */
  YYSYMBOL_statement = 209,                /* statement  */
  YYSYMBOL_catch_list = 210,               /* catch_list  */
  YYSYMBOL_catch_name_list = 211,          /* catch_name_list  */
  YYSYMBOL_optional_variable = 212,        /* optional_variable  */
  YYSYMBOL_finally_statement = 213,        /* finally_statement  */
  YYSYMBOL_unset_variables = 214,          /* unset_variables  */
  YYSYMBOL_unset_variable = 215,           /* unset_variable  */
  YYSYMBOL_function_name = 216,            /* function_name  */
  YYSYMBOL_function_declaration_statement = 217, /* function_declaration_statement  */
  YYSYMBOL_is_reference = 218,             /* is_reference  */
  YYSYMBOL_is_variadic = 219,              /* is_variadic  */
  YYSYMBOL_class_declaration_statement = 220, /* class_declaration_statement  */
  YYSYMBOL_221_1 = 221,                    /* $@1  */
  YYSYMBOL_222_2 = 222,                    /* $@2  */
  YYSYMBOL_class_modifiers = 223,          /* class_modifiers  */
  YYSYMBOL_class_modifier = 224,           /* class_modifier  */
  YYSYMBOL_trait_declaration_statement = 225, /* trait_declaration_statement  */
  YYSYMBOL_226_3 = 226,                    /* $@3  */
  YYSYMBOL_interface_declaration_statement = 227, /* interface_declaration_statement  */
  YYSYMBOL_228_4 = 228,                    /* $@4  */
  YYSYMBOL_enum_declaration_statement = 229, /* enum_declaration_statement  */
  YYSYMBOL_230_5 = 230,                    /* $@5  */
  YYSYMBOL_enum_backing_type = 231,        /* enum_backing_type  */
  YYSYMBOL_enum_case = 232,                /* enum_case  */
  YYSYMBOL_enum_case_expr = 233,           /* enum_case_expr  */
  YYSYMBOL_extends_from = 234,             /* extends_from  */
  YYSYMBOL_interface_extends_list = 235,   /* interface_extends_list  */
  YYSYMBOL_implements_list = 236,          /* implements_list  */
  YYSYMBOL_foreach_variable = 237,         /* foreach_variable  */
  YYSYMBOL_for_statement = 238,            /* for_statement  */
  YYSYMBOL_foreach_statement = 239,        /* foreach_statement  */
  YYSYMBOL_declare_statement = 240,        /* declare_statement  */
  YYSYMBOL_switch_case_list = 241,         /* switch_case_list  */
  YYSYMBOL_case_list = 242,                /* case_list  */
  YYSYMBOL_case_separator = 243,           /* case_separator  */
  YYSYMBOL_match = 244,                    /* match  */
  YYSYMBOL_match_arm_list = 245,           /* match_arm_list  */
  YYSYMBOL_non_empty_match_arm_list = 246, /* non_empty_match_arm_list  */
  YYSYMBOL_match_arm = 247,                /* match_arm  */
  YYSYMBOL_match_arm_cond_list = 248,      /* match_arm_cond_list  */
  YYSYMBOL_while_statement = 249,          /* while_statement  */
  YYSYMBOL_if_stmt_without_else = 250,     /* if_stmt_without_else  */
  YYSYMBOL_if_stmt = 251,                  /* if_stmt  */
  YYSYMBOL_alt_if_stmt_without_else = 252, /* alt_if_stmt_without_else  */
  YYSYMBOL_alt_if_stmt = 253,              /* alt_if_stmt  */
  YYSYMBOL_parameter_list = 254,           /* parameter_list  */
  YYSYMBOL_non_empty_parameter_list = 255, /* non_empty_parameter_list  */
  YYSYMBOL_attributed_parameter = 256,     /* attributed_parameter  */
  YYSYMBOL_optional_cpp_modifiers = 257,   /* optional_cpp_modifiers  */
  YYSYMBOL_parameter = 258,                /* parameter  */
  YYSYMBOL_optional_type_without_static = 259, /* optional_type_without_static  */
  YYSYMBOL_type_expr = 260,                /* type_expr  */
  YYSYMBOL_type = 261,                     /* type  */
  YYSYMBOL_union_type_element = 262,       /* union_type_element  */
  YYSYMBOL_union_type = 263,               /* union_type  */
  YYSYMBOL_intersection_type = 264,        /* intersection_type  */
  YYSYMBOL_type_expr_without_static = 265, /* type_expr_without_static  */
  YYSYMBOL_type_without_static = 266,      /* type_without_static  */
  YYSYMBOL_union_type_without_static_element = 267, /* union_type_without_static_element  */
  YYSYMBOL_union_type_without_static = 268, /* union_type_without_static  */
  YYSYMBOL_intersection_type_without_static = 269, /* intersection_type_without_static  */
  YYSYMBOL_return_type = 270,              /* return_type  */
  YYSYMBOL_argument_list = 271,            /* argument_list  */
  YYSYMBOL_non_empty_argument_list = 272,  /* non_empty_argument_list  */
  YYSYMBOL_argument = 273,                 /* argument  */
  YYSYMBOL_global_var_list = 274,          /* global_var_list  */
  YYSYMBOL_global_var = 275,               /* global_var  */
  YYSYMBOL_static_var_list = 276,          /* static_var_list  */
  YYSYMBOL_static_var = 277,               /* static_var  */
  YYSYMBOL_class_statement_list = 278,     /* class_statement_list  */
  YYSYMBOL_attributed_class_statement = 279, /* attributed_class_statement  */
  YYSYMBOL_class_statement = 280,          /* class_statement  */
  YYSYMBOL_class_name_list = 281,          /* class_name_list  */
  YYSYMBOL_trait_adaptations = 282,        /* trait_adaptations  */
  YYSYMBOL_trait_adaptation_list = 283,    /* trait_adaptation_list  */
  YYSYMBOL_trait_adaptation = 284,         /* trait_adaptation  */
  YYSYMBOL_trait_precedence = 285,         /* trait_precedence  */
  YYSYMBOL_trait_alias = 286,              /* trait_alias  */
  YYSYMBOL_trait_method_reference = 287,   /* trait_method_reference  */
  YYSYMBOL_absolute_trait_method_reference = 288, /* absolute_trait_method_reference  */
  YYSYMBOL_method_body = 289,              /* method_body  */
  YYSYMBOL_property_modifiers = 290,       /* property_modifiers  */
  YYSYMBOL_method_modifiers = 291,         /* method_modifiers  */
  YYSYMBOL_class_const_modifiers = 292,    /* class_const_modifiers  */
  YYSYMBOL_non_empty_member_modifiers = 293, /* non_empty_member_modifiers  */
  YYSYMBOL_member_modifier = 294,          /* member_modifier  */
  YYSYMBOL_property_list = 295,            /* property_list  */
  YYSYMBOL_property = 296,                 /* property  */
  YYSYMBOL_class_const_list = 297,         /* class_const_list  */
  YYSYMBOL_class_const_decl = 298,         /* class_const_decl  */
  YYSYMBOL_const_decl = 299,               /* const_decl  */
  YYSYMBOL_echo_expr_list = 300,           /* echo_expr_list  */
  YYSYMBOL_echo_expr = 301,                /* echo_expr  */
  YYSYMBOL_for_exprs = 302,                /* for_exprs  */
  YYSYMBOL_non_empty_for_exprs = 303,      /* non_empty_for_exprs  */
  YYSYMBOL_anonymous_class = 304,          /* anonymous_class  */
  YYSYMBOL_305_6 = 305,                    /* $@6  */
  YYSYMBOL_new_expr = 306,                 /* new_expr  */
  YYSYMBOL_expr = 307,                     /* expr  */
  YYSYMBOL_inline_function = 308,          /* inline_function  */
  YYSYMBOL_fn = 309,                       /* fn  */
  YYSYMBOL_function = 310,                 /* function  */
  YYSYMBOL_backup_doc_comment = 311,       /* backup_doc_comment  */
  YYSYMBOL_backup_fn_flags = 312,          /* backup_fn_flags  */
  YYSYMBOL_backup_lex_pos = 313,           /* backup_lex_pos  */
  YYSYMBOL_returns_ref = 314,              /* returns_ref  */
  YYSYMBOL_lexical_vars = 315,             /* lexical_vars  */
  YYSYMBOL_lexical_var_list = 316,         /* lexical_var_list  */
  YYSYMBOL_lexical_var = 317,              /* lexical_var  */
  YYSYMBOL_function_call = 318,            /* function_call  */
  YYSYMBOL_class_name = 319,               /* class_name  */
  YYSYMBOL_class_name_reference = 320,     /* class_name_reference  */
  YYSYMBOL_exit_expr = 321,                /* exit_expr  */
  YYSYMBOL_backticks_expr = 322,           /* backticks_expr  */
  YYSYMBOL_ctor_arguments = 323,           /* ctor_arguments  */
  YYSYMBOL_dereferenceable_scalar = 324,   /* dereferenceable_scalar  */
  YYSYMBOL_scalar = 325,                   /* scalar  */
  YYSYMBOL_constant = 326,                 /* constant  */
  YYSYMBOL_class_constant = 327,           /* class_constant  */
  YYSYMBOL_optional_expr = 328,            /* optional_expr  */
  YYSYMBOL_variable_class_name = 329,      /* variable_class_name  */
  YYSYMBOL_fully_dereferenceable = 330,    /* fully_dereferenceable  */
  YYSYMBOL_array_object_dereferenceable = 331, /* array_object_dereferenceable  */
  YYSYMBOL_callable_expr = 332,            /* callable_expr  */
  YYSYMBOL_callable_variable = 333,        /* callable_variable  */
  YYSYMBOL_variable = 334,                 /* variable  */
  YYSYMBOL_simple_variable = 335,          /* simple_variable  */
  YYSYMBOL_static_member = 336,            /* static_member  */
  YYSYMBOL_new_variable = 337,             /* new_variable  */
  YYSYMBOL_member_name = 338,              /* member_name  */
  YYSYMBOL_property_name = 339,            /* property_name  */
  YYSYMBOL_array_pair_list = 340,          /* array_pair_list  */
  YYSYMBOL_possible_array_pair = 341,      /* possible_array_pair  */
  YYSYMBOL_non_empty_array_pair_list = 342, /* non_empty_array_pair_list  */
  YYSYMBOL_array_pair = 343,               /* array_pair  */
  YYSYMBOL_encaps_list = 344,              /* encaps_list  */
  YYSYMBOL_encaps_var = 345,               /* encaps_var  */
  YYSYMBOL_encaps_var_offset = 346,        /* encaps_var_offset  */
  YYSYMBOL_internal_functions_in_yacc = 347, /* internal_functions_in_yacc  */
  YYSYMBOL_isset_variables = 348,          /* isset_variables  */
  YYSYMBOL_isset_variable = 349            /* isset_variable  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 79 "parser.y"

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

#line 581 "build/parser.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_USE_ALLOCA
#  if YYSTACK_USE_ALLOCA
#   ifdef __GNUC__
#    define YYSTACK_ALLOC __builtin_alloca
#   elif defined __BUILTIN_VA_ARG_INCR
#    include <alloca.h> /* INFRINGES ON USER NAME SPACE */
#   elif defined _AIX
#    define YYSTACK_ALLOC __alloca
#   elif defined _MSC_VER
#    include <malloc.h> /* INFRINGES ON USER NAME SPACE */
#    define alloca _alloca
#   else
#    define YYSTACK_ALLOC alloca
#    if ! defined _ALLOCA_H && ! defined EXIT_SUCCESS
#     include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
      /* Use EXIT_SUCCESS as a witness for stdlib.h.  */
#     ifndef EXIT_SUCCESS
#      define EXIT_SUCCESS 0
#     endif
#    endif
#   endif
#  endif
# endif

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined MP_YYLTYPE_IS_TRIVIAL && MP_YYLTYPE_IS_TRIVIAL \
             && defined MP_YYSTYPE_IS_TRIVIAL && MP_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  3
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   9467

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  179
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  171
/* YYNRULES -- Number of rules.  */
#define YYNRULES  585
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  1115

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   406


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_uint8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,    17,   177,     2,   178,    16,     2,     2,
     170,   171,    14,    12,   168,    13,    11,    15,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     6,   172,
       9,     4,    10,     5,    19,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,   175,     2,   169,     8,     2,   176,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   173,     7,   174,    18,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,    20,
      21,    22,    23,    24,    25,    26,    27,    28,    29,    30,
      31,    32,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,   119,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,   136,   137,   138,   139,   140,
     141,   142,   143,   144,   145,   146,   147,   148,   149,   150,
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
     161,   162,   163,   164,   165,   166,   167
};

#if MP_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   440,   440,   444,   444,   444,   444,   444,   444,   444,
     444,   445,   445,   445,   445,   445,   445,   445,   445,   445,
     445,   445,   445,   446,   446,   446,   446,   446,   446,   446,
     446,   446,   446,   447,   447,   447,   447,   447,   447,   447,
     447,   447,   447,   448,   448,   448,   448,   448,   448,   448,
     448,   448,   448,   448,   449,   449,   449,   449,   449,   449,
     449,   449,   450,   450,   450,   450,   450,   450,   450,   450,
     450,   450,   450,   454,   455,   455,   455,   455,   455,   455,
     455,   459,   460,   464,   465,   469,   470,   474,   475,   479,
     480,   484,   485,   489,   490,   491,   492,   497,   498,   502,
     503,   507,   511,   512,   516,   517,   518,   519,   520,   524,
     525,   526,   527,   529,   531,   533,   535,   536,   538,   539,
     541,   545,   546,   550,   555,   560,   561,   565,   566,   570,
     571,   575,   576,   580,   581,   585,   587,   592,   594,   599,
     600,   604,   605,   609,   610,   611,   612,   619,   620,   621,
     622,   624,   626,   628,   630,   633,   636,   637,   638,   639,
     640,   641,   642,   643,   646,   650,   652,   653,   655,   656,
     660,   661,   666,   667,   671,   672,   676,   677,   681,   682,
     686,   690,   691,   695,   701,   702,   706,   707,   711,   711,
     715,   715,   722,   723,   727,   728,   729,   733,   733,   740,
     740,   747,   747,   754,   755,   759,   764,   765,   769,   770,
     774,   775,   779,   780,   784,   785,   786,   787,   791,   792,
     796,   797,   801,   802,   806,   807,   808,   809,   813,   814,
     816,   821,   822,   826,   831,   832,   836,   837,   841,   843,
     848,   849,   853,   854,   859,   861,   866,   867,   871,   873,
     878,   879,   884,   885,   889,   890,   894,   895,   899,   900,
     904,   907,   913,   914,   918,   919,   920,   921,   925,   926,
     930,   931,   935,   936,   940,   942,   948,   949,   950,   951,
     955,   956,   957,   961,   962,   966,   968,   973,   975,   980,
     981,   985,   986,   987,   991,   992,   996,   997,   998,  1002,
    1003,  1007,  1011,  1012,  1016,  1017,  1021,  1022,  1026,  1028,
    1030,  1033,  1037,  1038,  1039,  1043,  1044,  1048,  1049,  1050,
    1054,  1055,  1059,  1060,  1064,  1070,  1071,  1072,  1073,  1077,
    1078,  1082,  1087,  1088,  1092,  1093,  1097,  1098,  1102,  1103,
    1107,  1108,  1112,  1113,  1114,  1115,  1116,  1117,  1118,  1122,
    1123,  1127,  1128,  1132,  1133,  1137,  1138,  1142,  1146,  1147,
    1150,  1154,  1155,  1159,  1160,  1164,  1164,  1172,  1173,  1174,
    1178,  1179,  1181,  1183,  1184,  1185,  1186,  1187,  1188,  1189,
    1190,  1191,  1192,  1193,  1194,  1195,  1196,  1197,  1198,  1199,
    1200,  1201,  1202,  1203,  1204,  1205,  1206,  1207,  1208,  1209,
    1210,  1211,  1212,  1213,  1214,  1215,  1216,  1217,  1218,  1219,
    1220,  1221,  1222,  1223,  1224,  1225,  1226,  1227,  1228,  1229,
    1230,  1231,  1232,  1233,  1234,  1235,  1237,  1238,  1239,  1240,
    1241,  1242,  1243,  1244,  1245,  1246,  1247,  1248,  1249,  1250,
    1251,  1252,  1253,  1254,  1255,  1256,  1257,  1258,  1259,  1260,
    1261,  1262,  1263,  1268,  1271,  1277,  1281,  1285,  1289,  1293,
    1297,  1298,  1302,  1303,  1307,  1308,  1312,  1313,  1318,  1319,
    1320,  1322,  1324,  1328,  1329,  1333,  1334,  1335,  1339,  1340,
    1344,  1345,  1346,  1350,  1351,  1355,  1356,  1357,  1358,  1362,
    1363,  1364,  1365,  1366,  1367,  1368,  1369,  1373,  1374,  1375,
    1377,  1378,  1379,  1380,  1381,  1382,  1386,  1388,  1393,  1394,
    1398,  1402,  1403,  1404,  1405,  1409,  1410,  1414,  1415,  1416,
    1420,  1421,  1423,  1427,  1429,  1431,  1435,  1436,  1437,  1439,
    1445,  1446,  1447,  1451,  1453,  1458,  1459,  1460,  1464,  1465,
    1466,  1468,  1473,  1474,  1475,  1479,  1480,  1481,  1485,  1491,
    1492,  1496,  1497,  1501,  1502,  1503,  1505,  1506,  1507,  1509,
    1514,  1515,  1516,  1517,  1521,  1522,  1523,  1524,  1525,  1528,
    1531,  1534,  1538,  1539,  1540,  1541,  1545,  1546,  1547,  1548,
    1549,  1550,  1551,  1555,  1556,  1560
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "PREC_ARROW_FUNCTION", "'='",
  "'?'", "':'", "'|'", "'^'", "'<'", "'>'", "'.'", "'+'", "'-'", "'*'",
  "'/'", "'%'", "'!'", "'~'", "'@'", "T_NOELSE", "integer",
  "floating-point number", "identifier", "fully qualified name",
  "namespace-relative name", "namespaced name", "variable",
  "T_INLINE_HTML", "string content", "quoted string", "variable name",
  "number", "'include'", "'include_once'", "'eval'", "'require'",
  "'require_once'", "'or'", "'xor'", "'and'", "'print'", "'yield'",
  "'yield from'", "'instanceof'", "'new'", "'clone'", "'exit'", "'if'",
  "'elseif'", "'else'", "'endif'", "'echo'", "'do'", "'while'",
  "'endwhile'", "'for'", "'endfor'", "'foreach'", "'endforeach'",
  "'declare'", "'enddeclare'", "'as'", "'switch'", "'endswitch'", "'case'",
  "'default'", "'match'", "'break'", "'continue'", "'goto'", "'function'",
  "'fn'", "'const'", "'return'", "'try'", "'catch'", "'finally'",
  "'throw'", "'use'", "'insteadof'", "'global'", "'static'", "'abstract'",
  "'final'", "'private'", "'protected'", "'public'", "'readonly'", "'var'",
  "'unset'", "'isset'", "'empty'", "'__halt_compiler'", "'class'",
  "'trait'", "'interface'", "'enum'", "'extends'", "'implements'",
  "'namespace'", "'list'", "'array'", "'callable'", "'__LINE__'",
  "'__FILE__'", "'__DIR__'", "'__CLASS__'", "'__TRAIT__'", "'__METHOD__'",
  "'__FUNCTION__'", "'__NAMESPACE__'", "'#['", "'+='", "'-='", "'*='",
  "'/='", "'.='", "'%='", "'&='", "'|='", "'^='", "'<<='", "'>>='",
  "'?""?='", "'||'", "'&&'", "'=='", "'!='", "'==='", "'!=='", "'<='",
  "'>='", "'<=>'", "'<<'", "'>>'", "'++'", "'--'", "'(int)'", "'(double)'",
  "'(string)'", "'(array)'", "'(object)'", "'(bool)'", "'(unset)'", "'->'",
  "'?->'", "'=>'", "comment", "doc comment", "open tag", "'<?='", "'?>'",
  "whitespace", "heredoc start", "heredoc end", "'${'", "'{$'", "'::'",
  "'\\'", "'...'", "'?""?'", "'**'", "'**='", "'&'", "amp",
  "invalid character", "T_ERROR", "','", "']'", "'('", "')'", "';'", "'{'",
  "'}'", "'['", "'`'", "'\"'", "'$'", "$accept", "start",
  "reserved_non_modifiers", "semi_reserved", "ampersand", "identifier",
  "top_statement_list", "namespace_declaration_name", "namespace_name",
  "legacy_namespace_name", "name", "attribute_decl", "attribute_group",
  "attribute", "attributes", "attributed_statement", "top_statement",
  "use_type", "group_use_declaration", "mixed_group_use_declaration",
  "possible_comma", "inline_use_declarations",
  "unprefixed_use_declarations", "use_declarations",
  "inline_use_declaration", "unprefixed_use_declaration",
  "use_declaration", "const_list", "inner_statement_list",
  "inner_statement", "statement", "catch_list", "catch_name_list",
  "optional_variable", "finally_statement", "unset_variables",
  "unset_variable", "function_name", "function_declaration_statement",
  "is_reference", "is_variadic", "class_declaration_statement", "$@1",
  "$@2", "class_modifiers", "class_modifier",
  "trait_declaration_statement", "$@3", "interface_declaration_statement",
  "$@4", "enum_declaration_statement", "$@5", "enum_backing_type",
  "enum_case", "enum_case_expr", "extends_from", "interface_extends_list",
  "implements_list", "foreach_variable", "for_statement",
  "foreach_statement", "declare_statement", "switch_case_list",
  "case_list", "case_separator", "match", "match_arm_list",
  "non_empty_match_arm_list", "match_arm", "match_arm_cond_list",
  "while_statement", "if_stmt_without_else", "if_stmt",
  "alt_if_stmt_without_else", "alt_if_stmt", "parameter_list",
  "non_empty_parameter_list", "attributed_parameter",
  "optional_cpp_modifiers", "parameter", "optional_type_without_static",
  "type_expr", "type", "union_type_element", "union_type",
  "intersection_type", "type_expr_without_static", "type_without_static",
  "union_type_without_static_element", "union_type_without_static",
  "intersection_type_without_static", "return_type", "argument_list",
  "non_empty_argument_list", "argument", "global_var_list", "global_var",
  "static_var_list", "static_var", "class_statement_list",
  "attributed_class_statement", "class_statement", "class_name_list",
  "trait_adaptations", "trait_adaptation_list", "trait_adaptation",
  "trait_precedence", "trait_alias", "trait_method_reference",
  "absolute_trait_method_reference", "method_body", "property_modifiers",
  "method_modifiers", "class_const_modifiers",
  "non_empty_member_modifiers", "member_modifier", "property_list",
  "property", "class_const_list", "class_const_decl", "const_decl",
  "echo_expr_list", "echo_expr", "for_exprs", "non_empty_for_exprs",
  "anonymous_class", "$@6", "new_expr", "expr", "inline_function", "fn",
  "function", "backup_doc_comment", "backup_fn_flags", "backup_lex_pos",
  "returns_ref", "lexical_vars", "lexical_var_list", "lexical_var",
  "function_call", "class_name", "class_name_reference", "exit_expr",
  "backticks_expr", "ctor_arguments", "dereferenceable_scalar", "scalar",
  "constant", "class_constant", "optional_expr", "variable_class_name",
  "fully_dereferenceable", "array_object_dereferenceable", "callable_expr",
  "callable_variable", "variable", "simple_variable", "static_member",
  "new_variable", "member_name", "property_name", "array_pair_list",
  "possible_array_pair", "non_empty_array_pair_list", "array_pair",
  "encaps_list", "encaps_var", "encaps_var_offset",
  "internal_functions_in_yacc", "isset_variables", "isset_variable", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-896)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-557)

#define yytable_value_is_error(Yyn) \
  ((Yyn) == YYTABLE_NINF)

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -896,   116,  3575,  -896,  7082,  7082,  7082,  7082,  7082,  -896,
    -896,    89,  -896,  -896,  -896,  -896,  -896,  -896,  7082,  7082,
     -17,  7082,  7082,  7082,  7082,  7082,   430,  7082,     5,    46,
    7082,  5913,   102,   109,   122,   129,   156,   158,  7082,  7082,
     132,  -896,  -896,   209,  7082,    61,  7082,   450,     6,   223,
    -896,  -896,   177,   191,   198,   240,   264,  -896,  -896,  -896,
    -896,  9089,   269,   277,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,   331,  8584,  8584,  7082,  7082,  7082,  7082,  7082,
    7082,  7082,   103,  7082,  -896,  -896,  6080,   149,   281,    42,
     -66,  -896,  1986,  -896,  -896,  -896,  -896,  -896,   251,  -896,
    -896,  -896,  -896,  -896,    57,  -896,   541,  -896,  -896,  2751,
    -896,   206,   206,  -896,    27,   683,  -896,   324,   587,   112,
     139,   359,   177,   295,    90,  -896,  -896,  -896,  -896,   332,
     177,    62,   145,   206,   145,    19,   145,   145,  -896,  8144,
    8144,  7082,  8144,  8144,  8224,  1132,  8224,  -896,  -896,  7082,
    -896,    78,  -896,   314,   177,  -896,   779,  -896,  7082,  -896,
    7082,    -6,  -896,  8144,   424,  7082,  7082,  7082,   209,  7082,
    7082,  8144,   316,   326,   329,   504,   180,  -896,   339,  -896,
    8144,  -896,  -896,  -896,  -896,  -896,  -896,   -11,   536,   344,
     276,  -896,   291,  -896,  -896,   518,   309,  -896,  -896,  2907,
    -896,  8584,  7082,  7082,   383,   525,   540,   545,   557,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,  -896,
    -896,   412,   413,  6080,  6080,  -896,   420,   177,  7082,  6080,
     429,  -896,  -896,   931,   931,   145,   145,   145,   145,   145,
     145,   145,   137,    88,  -896,  6581,  8584,   311,  -896,  7190,
    3742,   431,  7082,  -896,  -896,  8584,  7983,   445,  -896,   448,
    -896,   134,   455,   338,   134,   100,  7082,  -896,  -896,   332,
    -896,  -896,  -896,  -896,  -896,  -896,   462,  5913,   464,   630,
     465,  1984,  7082,  7082,  7082,  7082,  7082,  7082,  7082,  7082,
    7082,  7082,  7082,  7082,  7082,   595,  7082,  7082,  7082,  7082,
    7082,  7082,  7082,  7082,  7082,  7082,  7082,  7082,  7082,  7082,
    7082,  -896,  -896,  -896,    66,  8485,  8485,    95,    95,  7082,
    7082,  -896,  6247,  7082,  7082,  7082,  7082,  7082,  7082,  7082,
    7082,  7082,  7082,  7082,  7082,  -896,  -896,  7082,  -896,  7256,
    7082,   177,  7268,  -896,     6,  -896,  -896,    95,    95,     6,
    7082,  7082,   468,  7324,  7082,  -896,   470,  7458,   472,   478,
    8144,  8036,   -45,  7505,  7517,  -896,  -896,  -896,  7082,   209,
    -896,  -896,  3909,   629,   485,    34,   488,   357,  -896,   536,
    -896,     6,  -896,  7082,   634,  -896,    49,  7082,  7082,   -17,
    7082,  7082,  7082,  2151,   430,  7082,    16,   158,   659,   670,
    7082,    64,   177,   198,   240,   269,   277,   676,   677,   679,
     680,   689,   691,   694,   695,  6748,  -896,   698,   542,  -896,
    8144,   547,  -896,   -25,  8144,   550,  -896,  7564,   533,   610,
    -896,   623,   724,  -896,   561,  -896,   565,   568,   331,   569,
    -896,  7698,   571,   720,   723,   483,  -896,  -896,   253,  2259,
     573,  -896,  -896,  -896,   733,   579,  -896,  1986,  -896,  -896,
    -896,  6080,  8144,   414,  6414,   746,  6080,  -896,  -896,  2325,
    -896,   729,  7082,  -896,  7082,  -896,  -896,  7082,  8081,  8352,
    2728,   713,   713,   225,    69,    69,    19,    19,    19,  8212,
    2895,  8224,  -896,  8273,  8283,  8687,  8687,  8687,  8687,   713,
     713,  8687,   288,   288,  2650,   145,  8696,  8696,   583,  -896,
    -896,  -896,   585,  7082,   589,   593,   177,   589,   593,   177,
    -896,  7082,  -896,   177,   177,  2339,   597,  8584,  8224,  8224,
    8224,  8224,  8224,  8224,  8224,  8224,  8224,  8224,  8224,  8224,
    8224,  8224,  -896,  8224,   610,  -896,  -896,  -896,  -896,  -896,
    2390,   602,  -896,  1144,  -896,  7082,  1312,  7082,  7082,  8574,
    1480,    26,   599,  8144,  -896,  -896,  -896,   252,   601,  -896,
    -896,   728,  -896,  -896,  8144,  -896,  -896,  8144,  7082,  3074,
     620,  8584,   621,  7082,   624,  -896,  -896,   331,   701,   628,
     331,  -896,   261,   701,  -896,  3241,   790,  -896,  -896,  -896,
     627,  -896,  -896,  -896,   770,  -896,  -896,  -896,   638,  -896,
    7082,  -896,  -896,   639,  -896,   640,   644,  8584,  8144,  7082,
    -896,  -896,   610,  7745,  7757,  4076,  2650,  7082,   978,   645,
     978,  2521,  -896,  -896,  2571,  -896,  -896,  -896,  -896,   931,
     701,  -896,  -896,  -896,  -896,  7804,  -896,  -896,  -896,   646,
    8144,   647,  6080,  8584,   117,   127,  -896,  -896,  -896,   649,
     650,  -896,  6915,  -896,   459,   754,   228,   666,  -896,  -896,
     228,  8144,  7082,  -896,  -896,  -896,   664,  -896,  -896,  -896,
     331,  -896,  -896,   669,  -896,   667,   553,  -896,  -896,  -896,
     553,  -896,  -896,    35,   832,   839,   685,  -896,  -896,  3408,
    -896,  7082,  -896,  -896,  7938,   682,   790,  6080,   427,  8224,
     701,  5913,   845,   687,  2650,  -896,  -896,  -896,  -896,  -896,
    -896,  -896,  1156,   681,   692,  -896,   126,  -896,  1030,  -896,
     978,   690,  -896,  -896,  -896,  5746,   693,  4243,  7082,  6080,
     697,   162,  8574,  1648,  4410,  -896,   608,  -896,    21,   700,
     702,   703,  -896,   704,  8144,   699,   709,  -896,   840,  -896,
     252,   714,   706,  -896,  -896,   669,   710,   696,   331,  -896,
    -896,   722,    12,   553,   586,   586,   553,   719,  -896,  8224,
     721,  -896,   725,  -896,  -896,  -896,  -896,  -896,   858,  1039,
    -896,   604,   604,   730,  -896,    68,   897,   898,   744,  -896,
     740,   838,   750,  -896,   756,   758,   760,   170,   762,  -896,
    -896,  -896,   763,   626,   777,  7082,    30,    75,  -896,  -896,
     803,  -896,  6915,  -896,  7082,   804,   331,  -896,  -896,  -896,
    -896,   228,   781,  -896,  -896,   331,  -896,  -896,  1323,  -896,
    -896,  -896,   126,   885,   884,  1218,  -896,   857,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -896,   790,   786,  5746,   261,
     813,  -896,  -896,   799,   171,  -896,   806,   604,   144,   144,
     604,   858,   797,   858,  -896,  -896,  1816,  -896,  1648,  4577,
    -896,   796,  -896,  2585,  -896,  -896,  -896,  -896,  7082,  -896,
    8144,  7082,    83,  -896,  4744,  -896,  -896,   925,  9178,   341,
    -896,   943,   206,  9267,  -896,   960,  -896,  -896,  -896,  -896,
    -896,   944,  -896,  -896,  -896,  -896,  -896,  -896,    54,  -896,
    1959,  -896,  -896,  -896,  -896,   800,  -896,  -896,  5746,  8144,
    8144,   331,  -896,   805,  -896,  -896,   970,  -896,  8827,  -896,
     971,   377,  -896,  9178,   973,   974,   378,  -896,  -896,  2126,
    -896,  -896,   808,  -896,   952,   819,  -896,   818,  -896,  4911,
    -896,  5746,  -896,   821,  7082,   820,   837,  -896,  -896,  8958,
    -896,   828,   829,   940,   926,   861,  7082,  -896,   943,  -896,
    -896,  7082,  7082,  9267,  -896,  -896,  7082,  1011,  -896,  -896,
      54,   850,  -896,   844,  -896,  8144,  -896,  -896,  -896,  -896,
    -896,  9356,   331,  9178,  8144,  -896,   852,  8144,  8144,  -896,
    8144,  7082,  5078,  -896,  -896,  5245,  -896,  5412,  -896,  -896,
    9178,   669,  -896,  -896,   978,  -896,  -896,  -896,  8144,  -896,
    -896,  -896,  -896,   855,  -896,  -896,   858,  -896,   318,  -896,
    -896,  -896,  5579,  -896,  -896
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
      86,     0,     2,     1,     0,     0,     0,     0,     0,   489,
     490,    93,    95,    96,    94,   530,   160,   487,     0,     0,
       0,     0,     0,     0,   443,     0,     0,     0,   478,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   508,   508,
       0,   456,   455,     0,   508,     0,     0,     0,     0,   473,
     194,   195,   196,     0,     0,     0,     0,   190,   197,   199,
     201,   457,     0,     0,   498,   499,   500,   505,   501,   502,
     503,   504,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   166,   142,   549,   480,     0,     0,
     497,   102,     0,   110,    85,   109,   104,   105,     0,   192,
     106,   107,   108,   452,   246,   148,     0,   149,   426,     0,
     448,   460,   460,   525,     0,   494,   440,   495,   496,     0,
     515,     0,     0,   526,   370,   520,   527,   430,    93,   473,
       0,     0,   411,   460,   412,   413,   414,   439,   169,   578,
     579,     0,   581,   582,   442,   444,   446,   473,   365,     0,
     474,     0,   368,   475,   483,   535,   476,   375,   508,   438,
       0,     0,   359,   360,     0,     0,   361,     0,     0,     0,
       0,   509,     0,     0,     0,     0,     0,   140,     0,   142,
     447,    89,    92,    90,   121,   122,    91,   137,     0,     0,
       0,   132,     0,   300,   301,   304,     0,   303,   450,     0,
     469,     0,     0,     0,     0,     0,     0,     0,     0,    83,
      88,     3,     4,     5,     6,     7,     8,     9,    10,    46,
      47,    11,    12,    13,    14,    15,    16,    17,    18,    19,
      20,    21,    22,    23,    24,    25,    26,    27,    28,    29,
      49,    50,    51,    52,    71,    53,    41,    42,    43,    70,
      44,    45,    30,    31,    32,    33,    34,    35,    36,    74,
      75,    76,    77,    78,    79,    80,    37,    38,    39,    40,
      61,    59,    60,    72,    56,    57,    58,    48,    54,    55,
      66,    67,    68,    62,    63,    65,    64,    69,    73,    84,
      87,   457,     0,   549,   549,    99,   125,    97,     0,   549,
     513,   516,   514,   390,   392,   431,   432,   433,   434,   435,
     436,   437,   564,     0,   492,     0,     0,     0,   562,     0,
       0,     0,     0,    81,    82,     0,   554,     0,   552,   548,
     550,   481,     0,   482,     0,     0,     0,   532,   468,     0,
     196,   103,   111,   449,   188,   193,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   161,   461,   457,   457,     0,     0,     0,     0,     0,
     508,   472,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   389,   391,     0,   457,     0,
       0,   483,     0,   369,     0,   484,   367,     0,     0,     0,
       0,   508,     0,     0,     0,   159,     0,     0,     0,   362,
     364,     0,     0,     0,     0,   154,   155,   168,     0,     0,
     120,   156,     0,     0,     0,   137,     0,     0,   116,     0,
     118,     0,   157,     0,     0,   158,    93,     3,     4,     5,
       6,     7,    46,   443,    12,    13,   478,    71,   456,   455,
      33,    74,    80,    39,    40,    48,    54,   498,   499,   500,
     505,   501,   502,   503,   504,     0,   291,     0,   125,   294,
     296,   125,   178,   511,   585,   125,   583,     0,     0,   208,
     457,   210,   203,   113,     0,    86,     0,     0,   126,     0,
      98,     0,     0,     0,     0,     0,   491,   563,     0,     0,
     511,   561,   493,   560,   425,     0,   147,     0,   144,   141,
     143,   549,   557,   511,     0,   486,   549,   441,   488,     0,
     451,     0,     0,   247,     0,   142,   250,     0,     0,   398,
     401,   419,   421,   402,   403,   404,   405,   407,   408,   395,
     397,   396,   424,   393,   394,   417,   418,   415,   416,   420,
     422,   423,   409,   410,   429,   406,   400,   399,     0,   181,
     182,   457,     0,     0,   506,   533,     0,   507,   534,     0,
     545,     0,   547,   528,   529,     0,     0,     0,   373,   376,
     377,   378,   380,   381,   382,   383,   384,   385,   386,   387,
     388,   379,   580,   445,   208,   477,   540,   538,   539,   541,
       0,     0,   479,     0,   358,     0,     0,   361,     0,     0,
       0,     0,     0,   457,   139,   170,   138,     0,     0,   117,
     119,   137,   131,   299,   305,   302,   293,   298,     0,   126,
       0,   126,     0,   126,     0,   577,   112,     0,   212,     0,
       0,   457,     0,   212,    86,     0,     0,   485,   100,   101,
     512,   486,   566,   567,     0,   572,   575,   573,     0,   569,
       0,   568,   571,     0,   145,     0,     0,     0,   553,     0,
     551,   531,   208,     0,     0,     0,   428,     0,   258,     0,
     258,     0,   470,   471,     0,   523,   524,   522,   521,   374,
     212,   537,   536,   142,   244,     0,   142,   242,   150,     0,
     363,     0,   549,     0,     0,   511,   142,   222,   165,   228,
     228,   153,   234,   357,   176,   135,     0,   125,   128,   133,
       0,   297,     0,   295,   292,   179,     0,   584,   576,   209,
       0,   457,   307,   211,   315,     0,     0,   269,   280,   281,
       0,   282,   204,   264,     0,   266,   267,   268,   457,     0,
     115,     0,   574,   565,     0,     0,   559,   549,   511,   372,
     212,     0,     0,     0,   427,   345,   346,   347,   344,   343,
     342,   348,   258,     0,   125,   254,   262,   257,   259,   340,
     258,     0,   543,   546,   457,   248,     0,     0,   361,   549,
       0,   511,     0,     0,     0,   228,     0,   228,     0,   125,
       0,   125,   236,   125,   240,     0,     0,   167,     0,   134,
     126,     0,   125,   130,   162,   213,     0,   336,     0,   307,
     265,     0,     0,     0,     0,     0,     0,     0,   114,   371,
       0,   146,     0,   457,   245,   142,   251,   256,   289,   258,
     252,     0,     0,   184,   263,   276,     0,   278,   279,   341,
       0,   462,     0,   151,     0,     0,     0,   486,     0,   142,
     220,   163,     0,     0,     0,     0,     0,     0,   224,   126,
       0,   233,   126,   235,   126,     0,     0,   142,   136,   127,
     124,   126,     0,   307,   457,     0,   335,   198,   336,   311,
     312,   306,   262,     0,     0,   334,   316,   336,   271,   274,
     270,   272,   273,   275,   307,   570,   558,     0,   249,     0,
       0,   255,   277,     0,     0,   185,   186,     0,     0,     0,
       0,   289,     0,   289,   307,   243,     0,   216,     0,     0,
     223,     0,   226,     0,   231,   232,   142,   225,     0,   237,
     241,     0,   174,   172,     0,   129,   123,   336,     0,     0,
     313,     0,   460,     0,   200,   336,   307,   290,   458,   284,
     187,     0,   287,   283,   285,   286,   288,   458,     0,   458,
     336,   142,   218,   152,   164,     0,   227,   142,   230,   239,
     238,     0,   175,     0,   177,   191,   206,   317,     0,   314,
     457,     0,   350,     0,     0,     0,     0,   354,   202,   336,
     459,   457,     0,   466,     0,   125,   465,     0,   366,     0,
     221,   229,   173,     0,     0,     0,    74,   318,   329,     0,
     320,     0,     0,     0,   330,     0,     0,   351,     0,   308,
     457,     0,     0,     0,   309,   189,     0,   260,   142,   467,
     126,     0,   142,     0,   142,   207,   205,   319,   321,   322,
     323,     0,     0,     0,   457,   349,     0,   457,   457,   353,
     458,     0,     0,   464,   463,     0,   219,     0,   325,   326,
     328,   324,   331,   352,   258,   355,   356,   454,   261,   458,
     458,   171,   327,     0,   183,   453,   289,   458,     0,   332,
     142,   458,     0,   310,   333
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -896,  -896,   -48,  -895,   -99,   -55,  -447,  -896,   -43,  -173,
     -19,   528,  -896,   -75,    -2,     1,  -896,   991,  -896,  -896,
    -470,  -896,  -896,   853,   210,  -705,   603,   882,   -59,  -896,
      86,  -896,  -896,  -896,  -896,  -896,   403,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,   957,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -896,  -564,  -896,  -586,   246,  -896,
     111,  -896,  -896,  -658,   114,  -896,  -896,  -896,   178,  -896,
    -896,  -896,  -896,  -896,  -896,  -686,  -896,   212,  -896,   283,
     157,   150,   -57,  -271,  -896,   322,  -896,  -259,  -332,  -896,
     226,  -876,   -42,  -896,   438,  -896,   642,  -896,   641,  -473,
     186,  -896,  -745,  -896,  -896,    58,  -896,  -896,  -896,  -896,
    -896,  -896,  -896,  -896,  -636,  -790,  -896,    48,  -896,    45,
     661,  -896,   684,  -611,  -896,   950,  -896,  -896,    22,   -10,
    -896,    -1,    81,  -580,  -896,  -110,  -896,  -896,    47,  -896,
     -15,   755,  -896,  -896,   708,   -64,  -896,   -54,   -36,    15,
    -896,  -896,  -896,  -896,  -896,    -3,   153,  -896,  -896,   742,
    -279,  -220,   594,  -896,  -896,   537,   567,  -896,  -896,  -896,
     452
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,   288,   289,   325,   487,     2,   291,   735,   187,
      90,   295,   296,    91,   131,   528,    94,   736,   446,   189,
     509,   737,   832,   190,   738,   739,   191,   176,   320,   529,
     530,   734,   962,  1003,   827,   491,   492,   581,    96,   936,
     981,    97,   541,   205,    98,    99,   100,   206,   101,   207,
     102,   208,   663,   909,  1035,   658,   661,   751,   724,   993,
     881,   728,   731,   816,   956,   103,   820,   821,   822,   823,
     718,   104,   105,   106,   107,   793,   794,   795,   796,   797,
     863,   762,   763,   764,   765,   766,   864,   767,   866,   867,
     868,   930,   200,   488,   489,   192,   193,   196,   197,   837,
     910,   911,   753,  1009,  1039,  1040,  1041,  1042,  1043,  1044,
    1111,   912,   913,   914,   915,   799,  1011,  1012,  1016,  1017,
     177,   161,   162,   428,   429,   152,   411,   108,   109,   110,
     111,   133,   582,  1020,  1056,   383,   943,  1025,  1026,   113,
     114,   154,   159,   332,   416,   115,   116,   117,   118,   172,
     119,   120,   121,   122,   123,   124,   125,   126,   156,   586,
     593,   327,   328,   329,   330,   317,   318,   678,   127,   495,
     496
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
      92,   112,   384,    93,   186,   835,   290,   150,   869,   300,
     300,   153,   382,   382,   801,   445,   719,   341,   650,   301,
     301,   652,   -14,   408,   151,   654,   132,   134,   135,   136,
     137,   829,   729,    15,   382,   833,   954,   302,   302,   198,
     139,   140,  -270,   142,   143,   144,   145,   146,   338,   157,
     710,   443,   163,   150,   173,   -83,   341,   297,   665,   178,
     171,   171,   798,   365,   798,   987,   171,   989,   180,    15,
     303,   304,   818,   506,   507,  -283,   341,   768,  1015,   512,
     391,  1023,   343,   359,   360,   361,   885,   886,    95,   579,
    1001,   112,  -474,   342,   392,   138,   443,   305,   306,   307,
     308,   309,   310,   311,   199,   319,   346,   347,   326,   594,
    1002,   -83,   415,   365,   870,   312,     3,   164,   590,   198,
     442,   343,    15,   439,   804,   869,   630,   312,   780,   521,
     312,   861,   313,    41,    42,    41,    42,   300,   617,   618,
     885,   886,   292,  -180,   339,   186,  -180,   301,   444,   128,
      12,    13,    14,   141,   580,   174,   798,   883,  1015,   887,
     969,   312,   424,   409,   798,   302,   425,   128,    12,    13,
      14,   412,   148,   422,    72,   158,   312,   846,   331,   155,
     171,   378,   423,   918,    89,   385,   158,   427,   430,   431,
      72,   433,   434,   638,   853,   888,   965,   875,   493,   730,
     843,   194,   955,   393,   394,   395,   396,   397,   398,   399,
     400,   401,   402,   403,   404,   336,   160,   769,   323,   324,
      89,   490,  -473,   798,   494,   497,   405,   406,   758,   759,
    1107,   378,   175,   937,   179,  -511,  -511,   357,   358,   359,
     360,   361,   337,   516,   315,   316,   758,   759,  -511,   957,
     195,   181,   300,   407,   183,   510,   315,   316,   314,   315,
     316,   300,   301,  -511,   812,  -511,   756,   831,   591,   365,
     386,   301,   165,    89,  -214,   181,   641,   538,   183,   166,
     302,  1090,   513,   514,   128,    12,    13,    14,   813,   302,
     315,   316,   167,   597,    41,    42,   862,  -510,  -214,   168,
     357,   358,   359,   360,   361,   315,   316,   378,   312,  -215,
     334,   685,   515,   520,   862,   326,   326,  -217,   527,   112,
     511,   326,   533,   184,   860,   185,   169,  1091,   170,   540,
     584,   587,   365,  -215,    50,    51,   940,   519,   312,   340,
     521,  -217,   979,   757,   532,   344,   150,   199,   439,   890,
     153,   893,   440,   895,   128,    12,    13,    14,   539,   375,
     376,   201,   902,   758,   759,   312,   917,   521,   202,   415,
     323,   324,   504,   548,   549,   550,   551,   552,   553,   554,
     555,   556,   557,   558,   559,   560,   561,   378,   563,   564,
     565,   566,   567,   568,   569,   570,   571,   572,   573,   574,
     575,   576,   577,    41,    42,   596,   186,  1022,  1103,  1027,
     203,   595,   171,   147,   598,   599,   600,   601,   602,   603,
     604,   605,   606,   607,   608,   609,   610,   679,   680,   611,
     967,   760,   613,   543,   204,   687,   621,   315,   316,   293,
     527,   112,   620,   171,   449,   150,   163,   294,   450,   153,
     378,   975,   341,   128,    12,    13,    14,    15,   798,   451,
     633,   198,   151,   452,   578,  -517,   522,   315,   316,  -516,
    -516,   990,   414,   181,   182,   644,   183,   454,   426,   139,
     140,   455,   142,   143,   144,   145,   695,   157,   435,   150,
    1109,  1110,   180,   297,   315,   316,   674,  -516,   436,  -516,
    1097,   437,   810,  1019,   387,   388,   675,   647,   438,   838,
     676,   441,   147,  1007,  1008,   677,   448,   343,   155,  1104,
    1105,   184,   453,   185,   148,   449,   112,  1108,   684,   640,
     723,  1113,   389,   300,   390,   825,   826,   865,   585,   588,
     592,   592,    72,   301,   702,  1048,  1053,   703,   499,  1049,
    1054,   705,   706,   326,   498,  1061,   688,   852,   326,   181,
     182,   302,   183,   500,   693,   300,   694,   616,   501,   696,
     592,   592,   619,   921,   922,   301,   128,    12,    13,    14,
     502,   659,  -556,  -556,   503,  -556,   505,   300,   508,   876,
     348,   349,   350,   302,   709,  -555,  -555,   301,  -555,  -519,
     149,   531,   932,   933,   194,   701,   984,   985,    89,   128,
      12,    13,    14,   704,   535,   302,   536,   155,   128,    12,
      13,    14,    15,   300,   333,   335,   725,   128,    12,    13,
      14,   537,   542,   301,   544,   757,   545,   546,   150,   622,
     625,   150,   749,   761,   627,   754,   628,   715,   493,   430,
     720,   302,   636,   865,   805,   758,   759,   807,   637,   300,
     639,   195,   699,    92,   112,   -43,    93,   814,   757,   301,
     741,   490,   884,   885,   886,   494,   -70,   147,   982,   983,
     983,   986,   -66,   -67,   778,   -68,   -62,   302,   758,   759,
     951,   885,   886,   527,   112,   -63,   792,   -65,   792,   840,
     -64,   -69,   774,   841,   648,   656,   758,   759,   657,   714,
     649,   779,   717,   723,   733,   651,   727,   341,   653,   784,
     811,   660,  -557,  -557,   356,   357,   358,   359,   360,   361,
     662,   150,  -514,  -514,   664,   754,   666,   761,   669,   667,
     671,   761,   755,   672,   326,  -514,   673,   682,   300,   683,
     689,    95,   692,   698,   824,   700,   760,   365,   301,  -542,
    -514,   904,  -514,  -544,   647,   149,   708,    92,   112,  -338,
      93,   712,   732,    89,   740,   905,   302,   761,   785,   786,
     787,   788,   789,   790,   791,   906,   919,   920,   920,   923,
     443,   744,   746,   849,   771,   748,   928,  -518,   792,   326,
     750,   752,   772,   527,   112,   527,   112,   773,    72,   725,
     775,   776,   527,   112,   777,   800,   828,   809,   808,   150,
     949,   815,   817,   916,   761,   761,   761,   761,  -513,  -513,
     430,   326,   836,   341,   830,   908,   834,   838,   964,   844,
     839,  -513,   761,   761,  -557,  -557,   845,   375,   376,   847,
     846,   855,   858,  -519,   851,    95,  -513,   792,  -513,   856,
     859,   871,  1013,   898,   929,   873,   877,   854,   889,   896,
     907,   892,   894,   382,   901,   378,   891,   150,  -512,  -512,
     517,   963,   897,   903,   523,   872,   150,   843,   900,  1024,
     754,  -512,   924,   761,   935,   925,   926,   998,   517,   880,
     523,   517,   523,  -518,   938,   939,  -512,   953,  -512,   940,
     761,   941,   972,  1006,   824,   908,   960,   942,   761,   761,
     761,   761,   904,   944,   417,   418,   527,   112,   945,   946,
    -338,   947,  1029,   948,   927,   950,   905,   419,  1031,   785,
     786,   787,   788,   789,   790,   791,   906,   527,   112,   952,
     958,   961,   420,  1038,   421,   966,    41,   973,  1050,   976,
     978,  1024,   527,   112,   937,   908,   980,   988,   996,    72,
    1010,  1021,  1030,   908,  1034,  1046,  1033,  1051,  1052,  1059,
     999,  1058,   150,  1000,  1038,   968,  1032,  1060,   908,   150,
     904,  1062,  1066,  1045,  1064,  -473,   527,   112,  -338,  1082,
    1069,  1070,  1071,  1085,   905,  1087,  1072,   785,   786,   787,
     788,   789,   790,   791,   906,  1081,  1086,   908,  1092,  1073,
     150,  1084,  1094,  1089,  1045,   904,  1106,   527,   112,   527,
     112,   974,   992,  -338,   880,  1102,   668,    72,   188,   905,
     899,   447,   785,   786,   787,   788,   789,   790,   791,   906,
     432,  1112,   642,   150,   745,   345,  1065,   754,   878,   994,
     785,   786,   787,   788,   789,   790,   791,   997,  1074,   971,
     959,   931,    72,  1077,  1078,   857,  -511,  -511,  1080,   977,
     527,   112,   842,   527,   112,   527,   112,   743,   934,  -511,
      72,  1047,   792,   643,   970,   645,  1075,  1068,  1079,  1005,
     634,   413,  1057,  1098,  -511,   747,  -511,  1083,   624,     0,
     527,   112,   785,   786,   787,   788,   789,   790,   791,   614,
     562,   785,   786,   787,   788,   789,   790,   791,   589,     0,
     690,  1076,     0,     0,  1018,     0,     0,   351,     0,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,  -253,
     713,    72,     0,     0,     0,  1093,     4,     5,  1095,  1096,
       0,     6,     7,     8,     0,     9,    10,    11,    12,    13,
      14,    15,    16,     0,    17,     0,   365,    18,    19,    20,
      21,    22,     0,     0,     0,    23,    24,    25,     0,    26,
      27,    28,    29,     0,     0,     0,    30,    31,    32,     0,
      33,     0,    34,     0,    35,     0,     0,    36,     0,     0,
    -126,    37,    38,    39,    40,    41,    42,     0,    44,    45,
       0,     0,    46,     0,     0,    48,    49,     0,     0,     0,
       0,     0,   130,     0,    53,    54,    55,     0,   785,   786,
     787,   788,   789,   790,   791,    62,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    72,   366,   367,   368,
     369,   370,   371,   372,   373,   374,   375,   376,    72,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   410,
      73,    74,    75,    76,    77,    78,    79,    80,    81,  -337,
       0,  -339,     0,   377,   378,     0,   379,   380,    82,     0,
     785,   786,   787,   788,   789,   790,   791,     0,     0,     0,
       0,     0,     0,     0,    83,     0,    84,    85,   716,    86,
      87,    88,    89,     0,     4,     5,     0,     0,     0,     6,
       7,     8,     0,     9,    10,    11,    12,    13,    14,    15,
      16,     0,    17,     0,     0,    18,    19,    20,    21,    22,
       0,     0,     0,    23,    24,    25,     0,    26,    27,    28,
      29,     0,     0,     0,    30,    31,    32,     0,    33,     0,
      34,     0,    35,     0,     0,    36,     0,     0,     0,    37,
      38,    39,    40,    41,    42,     0,    44,    45,   904,     0,
      46,     0,     0,    48,    49,     0,  -338,     0,     0,     0,
     130,     0,    53,    54,    55,   785,   786,   787,   788,   789,
     790,   791,   906,    62,    63,     0,    64,    65,    66,    67,
      68,    69,    70,    71,    72,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    72,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,     0,    84,    85,   726,    86,    87,    88,
      89,     0,     4,     5,     0,     0,     0,     6,     7,     8,
       0,     9,    10,    11,    12,    13,    14,    15,    16,     0,
      17,     0,     0,    18,    19,    20,    21,    22,     0,     0,
       0,    23,    24,    25,     0,    26,    27,    28,    29,     0,
       0,     0,    30,    31,    32,     0,    33,     0,    34,     0,
      35,     0,     0,    36,     0,     0,     0,    37,    38,    39,
      40,    41,    42,     0,    44,    45,     0,     0,    46,     0,
       0,    48,    49,     0,     0,     0,     0,     0,   130,     0,
      53,    54,    55,     0,     0,     0,     0,     0,     0,     0,
       0,    62,    63,     0,    64,    65,    66,    67,    68,    69,
      70,    71,    72,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    73,    74,    75,    76,
      77,    78,    79,    80,    81,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    82,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      83,     0,    84,    85,   879,    86,    87,    88,    89,     0,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,    11,    12,    13,    14,    15,    16,     0,    17,     0,
       0,    18,    19,    20,    21,    22,     0,     0,     0,    23,
      24,    25,     0,    26,    27,    28,    29,     0,     0,     0,
      30,    31,    32,     0,    33,     0,    34,     0,    35,     0,
       0,    36,     0,     0,     0,    37,    38,    39,    40,    41,
      42,     0,    44,    45,     0,     0,    46,     0,     0,    48,
      49,     0,     0,     0,     0,     0,   130,     0,    53,    54,
      55,     0,     0,     0,     0,     0,     0,     0,     0,    62,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,     0,
      84,    85,   991,    86,    87,    88,    89,     0,     4,     5,
       0,     0,     0,     6,     7,     8,     0,     9,    10,    11,
      12,    13,    14,    15,    16,     0,    17,     0,     0,    18,
      19,    20,    21,    22,     0,     0,     0,    23,    24,    25,
       0,    26,    27,    28,    29,     0,     0,     0,    30,    31,
      32,     0,    33,     0,    34,     0,    35,     0,     0,    36,
       0,     0,     0,    37,    38,    39,    40,    41,    42,     0,
      44,    45,     0,     0,    46,     0,     0,    48,    49,     0,
       0,     0,     0,     0,   130,     0,    53,    54,    55,     0,
       0,     0,     0,     0,     0,     0,     0,    62,    63,     0,
      64,    65,    66,    67,    68,    69,    70,    71,    72,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    73,    74,    75,    76,    77,    78,    79,    80,
      81,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      82,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    83,     0,    84,    85,
     547,    86,    87,    88,    89,     0,     4,     5,     0,     0,
       0,     6,     7,     8,     0,     9,    10,   128,    12,    13,
      14,    15,     0,     0,    17,     0,     0,    18,    19,    20,
      21,    22,     0,     0,   904,    23,    24,    25,     0,    26,
      27,    28,  -338,     0,     0,     0,     0,     0,   905,     0,
       0,   785,   786,   787,   788,   789,   790,   791,   906,     0,
       0,    37,     0,     0,     0,    41,    42,    41,    42,     0,
       0,     0,    46,     0,     0,     0,   129,     0,   339,    50,
      51,    72,   130,     0,   340,    54,    55,     0,     0,     0,
      57,    58,    59,    60,     0,    62,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    72,     0,    72,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      73,    74,    75,    76,    77,    78,    79,    80,    81,     0,
       0,     0,     0,  1028,     0,     0,     0,     0,    82,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    83,     0,     0,   -47,     0,    86,
      87,    88,    89,     4,     5,     0,     0,     0,     6,     7,
       8,     0,     9,    10,   128,    12,    13,    14,    15,     0,
       0,    17,     0,     0,    18,    19,    20,    21,    22,     0,
       0,   904,    23,    24,    25,     0,    26,    27,    28,  -338,
       0,     0,     0,     0,     0,   905,     0,     0,   785,   786,
     787,   788,   789,   790,   791,   906,     0,     0,    37,     0,
       0,     0,    41,    42,     0,     0,     0,     0,     0,    46,
       0,     0,     0,   129,     0,     0,     0,     0,    72,   130,
       0,     0,    54,    55,     0,     0,     0,     0,     0,     0,
       0,     0,    62,    63,     0,    64,    65,    66,    67,    68,
      69,    70,    71,    72,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    73,    74,    75,
      76,    77,    78,    79,    80,    81,     0,   362,   363,   364,
    1055,     0,     0,   365,     0,    82,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    83,     0,     0,     0,     0,    86,    87,    88,    89,
     351,     0,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,     0,     0,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,     0,     0,     0,     0,
       0,     0,     0,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,     0,     0,     0,   362,   363,   364,
       0,     0,     0,   365,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,   351,     0,   352,   353,   354,
     355,   356,   357,   358,   359,   360,   361,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     377,   378,     0,   379,   380,     0,     0,     0,   362,   363,
     364,     0,     0,   681,   365,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,     0,     0,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   377,   378,     0,   379,
     380,     0,     0,     0,     0,     0,     0,     0,     0,   691,
     377,   378,     0,   379,   380,     0,     0,     0,     0,     0,
       0,     0,     0,   707,     0,   366,   367,   368,   369,   370,
     371,   372,   373,   374,   375,   376,   351,     0,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   377,   378,     0,   379,   380,     0,     0,     0,   362,
     363,   364,     0,     0,   711,   365,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   351,     0,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,     0,     0,
     351,   954,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,     0,     0,     0,     0,     0,     0,     0,   362,
     363,   364,     0,     0,     0,   365,     0,     0,     0,     0,
       0,     0,     0,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,   352,   353,   354,
     355,   356,   357,   358,   359,   360,   361,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   377,   378,     0,   379,   380,     0,     0,     0,
       0,     0,     0,     0,   365,   802,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,     0,     0,     0,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   377,   378,     0,   379,   380,   354,   355,   356,
     357,   358,   359,   360,   361,   803,   377,   378,     0,   379,
     380,     0,     0,     0,     0,     0,   351,   955,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,     0,     0,
       0,     0,   365,     0,     0,   366,   367,   368,   369,   370,
     371,   372,   373,   374,   375,   376,     0,     0,     0,   362,
     363,   364,     0,     0,     0,   365,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   377,   378,     0,   379,   380,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,     0,     0,     0,
     378,     0,   379,   380,     0,     0,     0,     0,     0,     0,
     351,     0,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,   377,   378,     0,   379,   380,     0,     0,     4,
       5,     0,     0,   381,     6,     7,     8,     0,     9,    10,
     456,    12,    13,    14,    15,   364,     0,    17,     0,   365,
     457,   458,   459,   460,   461,   216,   217,   218,   462,   463,
      25,   221,   464,   465,   466,   225,   226,   227,   228,   229,
     230,   231,   232,   233,   234,   235,   236,   237,   238,   239,
     240,   241,   242,   243,   467,   245,   246,   247,   468,   469,
     250,   251,   252,   253,   254,   470,   256,   257,   258,   471,
     260,   261,   262,   263,   264,   472,   266,   267,   473,   474,
       0,   270,   271,   272,   273,   274,   275,   276,   475,   476,
     279,   477,   478,   479,   480,   481,   482,   483,   484,    72,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    73,    74,    75,    76,    77,    78,    79,
      80,    81,     0,     0,     0,     0,   377,   378,     0,   379,
     380,    82,     0,     0,     0,     0,     0,   485,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    83,   486,     0,
       0,     0,    86,    87,    88,    89,     4,     5,     0,     0,
       0,     6,     7,     8,     0,     9,    10,   456,    12,    13,
      14,    15,     0,     0,    17,     0,     0,   457,   458,   459,
     460,   461,   216,   217,   218,   462,   463,    25,   221,   464,
     465,   466,   225,   226,   227,   228,   229,   230,   231,   232,
     233,   234,   235,   236,   237,   238,   239,   240,   241,   242,
     243,   467,   245,   246,   247,   468,   469,   250,   251,   252,
     253,   254,   470,   256,   257,   258,   471,   260,   261,   262,
     263,   264,   472,   266,   267,   473,   474,     0,   270,   271,
     272,   273,   274,   275,   276,   475,   476,   279,   477,   478,
     479,   480,   481,   482,   483,   484,    72,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      73,    74,    75,    76,    77,    78,    79,    80,    81,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    82,     0,
       0,     0,     0,     0,   742,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    83,     0,     0,     0,     0,    86,
      87,    88,    89,     4,     5,     0,     0,     0,     6,     7,
       8,     0,     9,    10,    11,    12,    13,    14,    15,    16,
       0,    17,     0,     0,    18,    19,    20,    21,    22,     0,
       0,     0,    23,    24,    25,     0,    26,    27,    28,    29,
       0,     0,     0,    30,    31,    32,     0,    33,     0,    34,
       0,    35,     0,     0,    36,     0,     0,     0,    37,    38,
      39,    40,    41,    42,    43,    44,    45,     0,     0,    46,
      47,     0,    48,    49,    50,    51,     0,     0,     0,    52,
       0,    53,    54,    55,    56,    57,    58,    59,    60,     0,
       0,    61,    62,    63,     0,    64,    65,    66,    67,    68,
      69,    70,    71,    72,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    73,    74,    75,
      76,    77,    78,    79,    80,    81,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    82,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    83,     0,    84,    85,   770,    86,    87,    88,    89,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,    11,    12,    13,    14,    15,    16,     0,    17,     0,
       0,    18,    19,    20,    21,    22,     0,     0,     0,    23,
      24,    25,     0,    26,    27,    28,    29,     0,     0,     0,
      30,    31,    32,     0,    33,     0,    34,     0,    35,     0,
       0,    36,     0,     0,     0,    37,    38,    39,    40,    41,
      42,    43,    44,    45,     0,     0,    46,    47,     0,    48,
      49,    50,    51,     0,     0,     0,    52,     0,    53,    54,
      55,    56,    57,    58,    59,    60,     0,     0,    61,    62,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,     0,
      84,    85,   848,    86,    87,    88,    89,     4,     5,     0,
       0,     0,     6,     7,     8,     0,     9,    10,    11,    12,
      13,    14,    15,    16,     0,    17,     0,     0,    18,    19,
      20,    21,    22,     0,     0,     0,    23,    24,    25,     0,
      26,    27,    28,    29,     0,     0,     0,    30,    31,    32,
       0,    33,     0,    34,     0,    35,     0,     0,    36,     0,
       0,     0,    37,    38,    39,    40,    41,    42,    43,    44,
      45,     0,     0,    46,    47,     0,    48,    49,    50,    51,
       0,     0,     0,    52,     0,    53,    54,    55,    56,    57,
      58,    59,    60,     0,     0,    61,    62,    63,     0,    64,
      65,    66,    67,    68,    69,    70,    71,    72,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    73,    74,    75,    76,    77,    78,    79,    80,    81,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    82,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    83,     0,    84,    85,     0,
      86,    87,    88,    89,     4,     5,     0,     0,     0,     6,
       7,     8,     0,     9,    10,    11,    12,    13,    14,    15,
      16,     0,    17,     0,     0,    18,    19,    20,    21,    22,
       0,     0,     0,    23,    24,    25,     0,    26,    27,    28,
      29,     0,     0,     0,    30,    31,    32,     0,    33,     0,
      34,     0,    35,     0,     0,    36,     0,     0,     0,    37,
      38,    39,    40,    41,    42,     0,    44,    45,     0,     0,
      46,     0,     0,    48,    49,    50,    51,     0,     0,     0,
      52,     0,    53,    54,    55,   525,    57,    58,    59,    60,
       0,     0,     0,    62,    63,     0,    64,    65,    66,    67,
      68,    69,    70,    71,    72,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,     0,    84,    85,   526,    86,    87,    88,
      89,     4,     5,     0,     0,     0,     6,     7,     8,     0,
       9,    10,    11,    12,    13,    14,    15,    16,     0,    17,
       0,     0,    18,    19,    20,    21,    22,     0,     0,     0,
      23,    24,    25,     0,    26,    27,    28,    29,     0,     0,
       0,    30,    31,    32,     0,    33,     0,    34,     0,    35,
       0,     0,    36,     0,     0,     0,    37,    38,    39,    40,
      41,    42,     0,    44,    45,     0,     0,    46,     0,     0,
      48,    49,    50,    51,     0,     0,     0,    52,     0,    53,
      54,    55,   525,    57,    58,    59,    60,     0,     0,     0,
      62,    63,     0,    64,    65,    66,    67,    68,    69,    70,
      71,    72,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    73,    74,    75,    76,    77,
      78,    79,    80,    81,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    82,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    83,
       0,    84,    85,   635,    86,    87,    88,    89,     4,     5,
       0,     0,     0,     6,     7,     8,     0,     9,    10,    11,
      12,    13,    14,    15,    16,     0,    17,     0,     0,    18,
      19,    20,    21,    22,     0,     0,     0,    23,    24,    25,
       0,    26,    27,    28,    29,     0,     0,   783,    30,    31,
      32,     0,    33,     0,    34,     0,    35,     0,     0,    36,
       0,     0,     0,    37,    38,    39,    40,    41,    42,     0,
      44,    45,     0,     0,    46,     0,     0,    48,    49,    50,
      51,     0,     0,     0,    52,     0,    53,    54,    55,   525,
      57,    58,    59,    60,     0,     0,     0,    62,    63,     0,
      64,    65,    66,    67,    68,    69,    70,    71,    72,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    73,    74,    75,    76,    77,    78,    79,    80,
      81,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      82,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    83,     0,    84,    85,
       0,    86,    87,    88,    89,     4,     5,     0,     0,     0,
       6,     7,     8,     0,     9,    10,    11,    12,    13,    14,
      15,    16,     0,    17,     0,     0,    18,    19,    20,    21,
      22,     0,     0,     0,    23,    24,    25,     0,    26,    27,
      28,    29,     0,     0,     0,    30,    31,    32,   874,    33,
       0,    34,     0,    35,     0,     0,    36,     0,     0,     0,
      37,    38,    39,    40,    41,    42,     0,    44,    45,     0,
       0,    46,     0,     0,    48,    49,    50,    51,     0,     0,
       0,    52,     0,    53,    54,    55,   525,    57,    58,    59,
      60,     0,     0,     0,    62,    63,     0,    64,    65,    66,
      67,    68,    69,    70,    71,    72,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    73,
      74,    75,    76,    77,    78,    79,    80,    81,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    82,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    83,     0,    84,    85,     0,    86,    87,
      88,    89,     4,     5,     0,     0,     0,     6,     7,     8,
       0,     9,    10,    11,    12,    13,    14,    15,    16,     0,
      17,     0,     0,    18,    19,    20,    21,    22,     0,     0,
       0,    23,    24,    25,     0,    26,    27,    28,    29,     0,
       0,     0,    30,    31,    32,     0,    33,     0,    34,     0,
      35,   882,     0,    36,     0,     0,     0,    37,    38,    39,
      40,    41,    42,     0,    44,    45,     0,     0,    46,     0,
       0,    48,    49,    50,    51,     0,     0,     0,    52,     0,
      53,    54,    55,   525,    57,    58,    59,    60,     0,     0,
       0,    62,    63,     0,    64,    65,    66,    67,    68,    69,
      70,    71,    72,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    73,    74,    75,    76,
      77,    78,    79,    80,    81,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    82,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      83,     0,    84,    85,     0,    86,    87,    88,    89,     4,
       5,     0,     0,     0,     6,     7,     8,     0,     9,    10,
      11,    12,    13,    14,    15,    16,     0,    17,     0,     0,
      18,    19,    20,    21,    22,     0,     0,     0,    23,    24,
      25,     0,    26,    27,    28,    29,     0,     0,     0,    30,
      31,    32,     0,    33,     0,    34,   995,    35,     0,     0,
      36,     0,     0,     0,    37,    38,    39,    40,    41,    42,
       0,    44,    45,     0,     0,    46,     0,     0,    48,    49,
      50,    51,     0,     0,     0,    52,     0,    53,    54,    55,
     525,    57,    58,    59,    60,     0,     0,     0,    62,    63,
       0,    64,    65,    66,    67,    68,    69,    70,    71,    72,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    73,    74,    75,    76,    77,    78,    79,
      80,    81,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    82,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    83,     0,    84,
      85,     0,    86,    87,    88,    89,     4,     5,     0,     0,
       0,     6,     7,     8,     0,     9,    10,    11,    12,    13,
      14,    15,    16,     0,    17,     0,     0,    18,    19,    20,
      21,    22,     0,     0,     0,    23,    24,    25,     0,    26,
      27,    28,    29,     0,     0,     0,    30,    31,    32,     0,
      33,     0,    34,     0,    35,     0,     0,    36,     0,     0,
       0,    37,    38,    39,    40,    41,    42,     0,    44,    45,
       0,     0,    46,     0,     0,    48,    49,    50,    51,     0,
       0,     0,    52,     0,    53,    54,    55,   525,    57,    58,
      59,    60,     0,     0,     0,    62,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    72,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      73,    74,    75,    76,    77,    78,    79,    80,    81,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    82,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    83,     0,    84,    85,  1004,    86,
      87,    88,    89,     4,     5,     0,     0,     0,     6,     7,
       8,     0,     9,    10,    11,    12,    13,    14,    15,    16,
       0,    17,     0,     0,    18,    19,    20,    21,    22,     0,
       0,     0,    23,    24,    25,     0,    26,    27,    28,    29,
       0,     0,     0,    30,    31,    32,     0,    33,  1063,    34,
       0,    35,     0,     0,    36,     0,     0,     0,    37,    38,
      39,    40,    41,    42,     0,    44,    45,     0,     0,    46,
       0,     0,    48,    49,    50,    51,     0,     0,     0,    52,
       0,    53,    54,    55,   525,    57,    58,    59,    60,     0,
       0,     0,    62,    63,     0,    64,    65,    66,    67,    68,
      69,    70,    71,    72,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    73,    74,    75,
      76,    77,    78,    79,    80,    81,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    82,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    83,     0,    84,    85,     0,    86,    87,    88,    89,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,    11,    12,    13,    14,    15,    16,     0,    17,     0,
       0,    18,    19,    20,    21,    22,     0,     0,     0,    23,
      24,    25,     0,    26,    27,    28,    29,     0,     0,     0,
      30,    31,    32,     0,    33,     0,    34,     0,    35,     0,
       0,    36,     0,     0,     0,    37,    38,    39,    40,    41,
      42,     0,    44,    45,     0,     0,    46,     0,     0,    48,
      49,    50,    51,     0,     0,     0,    52,     0,    53,    54,
      55,   525,    57,    58,    59,    60,     0,     0,     0,    62,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,     0,
      84,    85,  1099,    86,    87,    88,    89,     4,     5,     0,
       0,     0,     6,     7,     8,     0,     9,    10,    11,    12,
      13,    14,    15,    16,     0,    17,     0,     0,    18,    19,
      20,    21,    22,     0,     0,     0,    23,    24,    25,     0,
      26,    27,    28,    29,     0,     0,     0,    30,    31,    32,
       0,    33,     0,    34,     0,    35,     0,     0,    36,     0,
       0,     0,    37,    38,    39,    40,    41,    42,     0,    44,
      45,     0,     0,    46,     0,     0,    48,    49,    50,    51,
       0,     0,     0,    52,     0,    53,    54,    55,   525,    57,
      58,    59,    60,     0,     0,     0,    62,    63,     0,    64,
      65,    66,    67,    68,    69,    70,    71,    72,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    73,    74,    75,    76,    77,    78,    79,    80,    81,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    82,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    83,     0,    84,    85,  1100,
      86,    87,    88,    89,     4,     5,     0,     0,     0,     6,
       7,     8,     0,     9,    10,    11,    12,    13,    14,    15,
      16,     0,    17,     0,     0,    18,    19,    20,    21,    22,
       0,     0,     0,    23,    24,    25,     0,    26,    27,    28,
      29,     0,     0,     0,    30,    31,    32,     0,    33,     0,
      34,     0,    35,     0,     0,    36,     0,     0,     0,    37,
      38,    39,    40,    41,    42,     0,    44,    45,     0,     0,
      46,     0,     0,    48,    49,    50,    51,     0,     0,     0,
      52,     0,    53,    54,    55,   525,    57,    58,    59,    60,
       0,     0,     0,    62,    63,     0,    64,    65,    66,    67,
      68,    69,    70,    71,    72,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,     0,    84,    85,  1101,    86,    87,    88,
      89,     4,     5,     0,     0,     0,     6,     7,     8,     0,
       9,    10,    11,    12,    13,    14,    15,    16,     0,    17,
       0,     0,    18,    19,    20,    21,    22,     0,     0,     0,
      23,    24,    25,     0,    26,    27,    28,    29,     0,     0,
       0,    30,    31,    32,     0,    33,     0,    34,     0,    35,
       0,     0,    36,     0,     0,     0,    37,    38,    39,    40,
      41,    42,     0,    44,    45,     0,     0,    46,     0,     0,
      48,    49,    50,    51,     0,     0,     0,    52,     0,    53,
      54,    55,   525,    57,    58,    59,    60,     0,     0,     0,
      62,    63,     0,    64,    65,    66,    67,    68,    69,    70,
      71,    72,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    73,    74,    75,    76,    77,
      78,    79,    80,    81,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    82,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    83,
       0,    84,    85,  1114,    86,    87,    88,    89,     4,     5,
       0,     0,     0,     6,     7,     8,     0,     9,    10,    11,
      12,    13,    14,    15,    16,     0,    17,     0,     0,    18,
      19,    20,    21,    22,     0,     0,     0,    23,    24,    25,
       0,    26,    27,    28,    29,     0,     0,     0,    30,    31,
      32,     0,    33,     0,    34,     0,    35,     0,     0,    36,
       0,     0,     0,    37,    38,    39,    40,    41,    42,     0,
      44,    45,     0,     0,    46,     0,     0,    48,    49,    50,
      51,     0,     0,     0,    52,     0,    53,    54,    55,   525,
      57,    58,    59,    60,     0,     0,     0,    62,    63,     0,
      64,    65,    66,    67,    68,    69,    70,    71,    72,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    73,    74,    75,    76,    77,    78,    79,    80,
      81,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      82,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    83,     0,    84,    85,
       0,    86,    87,    88,    89,     4,     5,     0,     0,     0,
       6,     7,     8,     0,     9,    10,    11,    12,    13,    14,
      15,    16,     0,    17,     0,     0,    18,    19,    20,    21,
      22,     0,     0,     0,    23,    24,    25,     0,    26,    27,
      28,    29,     0,     0,     0,    30,    31,    32,     0,    33,
       0,    34,     0,    35,     0,     0,    36,     0,     0,     0,
      37,    38,    39,    40,    41,    42,     0,    44,    45,     0,
       0,    46,     0,     0,    48,    49,     0,     0,     0,     0,
       0,   130,     0,    53,    54,    55,     0,     0,     0,     0,
       0,     0,     0,     0,    62,    63,     0,    64,    65,    66,
      67,    68,    69,    70,    71,    72,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    73,
      74,    75,    76,    77,    78,    79,    80,    81,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    82,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    83,     0,    84,    85,     0,    86,    87,
      88,    89,     4,     5,     0,     0,     0,     6,     7,     8,
       0,     9,    10,   128,    12,    13,    14,    15,     0,     0,
      17,     0,     0,    18,    19,    20,    21,    22,     0,     0,
       0,    23,    24,    25,     0,    26,    27,    28,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    37,     0,     0,
       0,    41,    42,     0,     0,     0,     0,     0,    46,     0,
       0,     0,   129,     0,     0,     0,     0,     0,   130,     0,
       0,    54,    55,     0,     0,     0,     0,     0,     0,     0,
       0,   321,    63,     0,    64,    65,    66,    67,    68,    69,
      70,    71,    72,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    73,    74,    75,    76,
      77,    78,    79,    80,    81,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    82,     0,     0,     0,     0,     0,
     322,     0,     0,     0,   323,   324,     0,     0,     0,     0,
      83,     0,     0,     0,     0,    86,    87,    88,    89,     4,
       5,     0,     0,     0,     6,     7,     8,     0,     9,    10,
     128,    12,    13,    14,    15,     0,     0,    17,     0,     0,
      18,    19,    20,    21,    22,     0,     0,     0,    23,    24,
      25,     0,    26,    27,    28,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    37,     0,     0,     0,    41,    42,
       0,     0,     0,     0,     0,    46,     0,     0,     0,   129,
       0,     0,     0,     0,     0,   130,     0,     0,    54,    55,
       0,     0,     0,     0,     0,     0,     0,     0,    62,    63,
       0,    64,    65,    66,    67,    68,    69,    70,    71,    72,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    73,    74,    75,    76,    77,    78,    79,
      80,    81,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    82,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   323,   324,     0,     0,     0,     0,    83,     0,     0,
       0,     0,    86,    87,    88,    89,     4,     5,     0,     0,
       0,     6,     7,     8,     0,     9,    10,   128,    12,    13,
      14,    15,     0,     0,    17,     0,     0,    18,    19,    20,
      21,    22,     0,     0,     0,    23,    24,    25,     0,    26,
      27,    28,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    37,     0,     0,     0,    41,    42,     0,     0,     0,
       0,     0,    46,     0,     0,     0,   129,     0,     0,     0,
       0,     0,   130,     0,     0,    54,    55,     0,     0,     0,
       0,     0,     0,     0,     0,   686,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    72,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      73,    74,    75,    76,    77,    78,    79,    80,    81,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    82,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   323,   324,
       0,     0,     0,     0,    83,     0,     0,     0,     0,    86,
      87,    88,    89,     4,     5,     0,     0,     0,     6,     7,
       8,     0,     9,    10,   128,    12,    13,    14,    15,     0,
       0,    17,   518,     0,    18,    19,    20,    21,    22,     0,
       0,     0,    23,    24,    25,     0,    26,    27,    28,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    37,     0,
       0,     0,    41,    42,     0,     0,     0,     0,     0,    46,
       0,     0,     0,   129,     0,     0,     0,     0,     0,   130,
       0,     0,    54,    55,     0,     0,     0,     0,     0,     0,
       0,     0,    62,    63,     0,    64,    65,    66,    67,    68,
      69,    70,    71,    72,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    73,    74,    75,
      76,    77,    78,    79,    80,    81,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    82,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    83,     0,     0,     0,     0,    86,    87,    88,    89,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,   128,    12,    13,    14,    15,     0,     0,    17,     0,
       0,    18,    19,    20,    21,    22,     0,     0,     0,    23,
      24,    25,     0,    26,    27,    28,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    37,     0,     0,     0,    41,
      42,     0,     0,     0,     0,     0,    46,     0,     0,     0,
     129,     0,     0,     0,     0,     0,   130,     0,     0,    54,
      55,     0,     0,     0,     0,     0,     0,     0,     0,    62,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,   646,
       0,     0,     0,    86,    87,    88,    89,     4,     5,     0,
       0,     0,     6,     7,     8,     0,     9,    10,   128,    12,
      13,    14,    15,     0,     0,    17,     0,     0,    18,    19,
      20,    21,    22,     0,     0,     0,    23,    24,    25,     0,
      26,    27,    28,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   819,    37,     0,     0,     0,    41,    42,     0,     0,
       0,     0,     0,    46,     0,     0,     0,   129,     0,     0,
       0,     0,     0,   130,     0,     0,    54,    55,     0,     0,
       0,     0,     0,     0,     0,     0,    62,    63,     0,    64,
      65,    66,    67,    68,    69,    70,    71,    72,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    73,    74,    75,    76,    77,    78,    79,    80,    81,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    82,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    83,     0,     0,     0,     0,
      86,    87,    88,    89,     4,     5,     0,     0,     0,     6,
       7,     8,     0,     9,    10,   128,    12,    13,    14,    15,
       0,     0,    17,     0,     0,    18,    19,    20,    21,    22,
       0,     0,     0,    23,    24,    25,     0,    26,    27,    28,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    37,
       0,     0,     0,    41,    42,     0,     0,     0,     0,     0,
      46,     0,     0,     0,   129,     0,     0,     0,     0,     0,
     130,     0,     0,    54,    55,     0,     0,     0,     0,     0,
       0,     0,     0,    62,    63,     0,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   351,     0,   352,   353,   354,
     355,   356,   357,   358,   359,   360,   361,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,   362,   363,
     364,     0,     0,     0,   365,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,     0,     0,     0,     0,    86,    87,    88,
      89,   351,     0,   352,   353,   354,   355,   356,   357,   358,
     359,   360,   361,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   362,   363,   364,     0,     0,     0,
     365,     0,     0,     0,     0,     0,   362,   363,   364,     0,
       0,     0,   365,     0,     0,   366,   367,   368,   369,   370,
     371,   372,   373,   374,   375,   376,     0,     0,     0,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   377,   378,     0,   379,   380,     0,     0,     0,     0,
       0,   524,   362,   363,   364,     0,     0,     0,   365,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   366,   367,   368,   369,   370,   371,   372,   373,   374,
     375,   376,     0,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   377,   378,     0,
     379,   380,     0,     0,     0,     0,     0,   612,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,   615,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
       0,     0,     0,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,   623,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,     0,     0,
     351,     0,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,   351,     0,   352,   353,   354,   355,   356,   357,
     358,   359,   360,   361,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,     0,   362,   363,   364,     0,     0,
       0,   365,     0,     0,     0,     0,     0,     0,     0,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,     0,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,     0,     0,     0,
       0,     0,   362,   363,   364,     0,     0,     0,   365,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,   626,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,   366,   367,   368,   369,   370,   371,   372,   373,
     374,   375,   376,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   377,   378,     0,   379,
     380,     0,     0,     0,     0,     0,   631,     0,   377,   378,
       0,   379,   380,     0,     0,     0,     0,     0,   632,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
       0,     0,     0,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,   655,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,     0,     0,
     351,     0,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,   351,     0,   352,   353,   354,   355,   356,   357,
     358,   359,   360,   361,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,     0,   362,   363,   364,     0,     0,
       0,   365,     0,     0,     0,     0,     0,     0,     0,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,     0,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,     0,     0,     0,
       0,     0,   362,   363,   364,     0,     0,     0,   365,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,   670,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,   366,   367,   368,   369,   370,   371,   372,   373,
     374,   375,   376,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   377,   378,     0,   379,
     380,     0,     0,     0,     0,     0,   781,     0,   377,   378,
       0,   379,   380,     0,     0,     0,     0,     0,   782,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
       0,     0,     0,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,   806,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,   351,     0,
     352,   353,   354,   355,   356,   357,   358,   359,   360,   361,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   362,   363,   364,     0,     0,     0,   365,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   351,     0,   352,   353,   354,   355,   356,   357,   358,
     359,   360,   361,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,   362,   363,   364,     0,     0,     0,
     365,     0,     0,     0,     0,     0,   351,   697,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,   629,   377,
     378,     0,   379,   380,     0,     0,     0,   850,   366,   367,
     368,   369,   370,   371,   372,   373,   374,   375,   376,   362,
     363,   364,     0,     0,     0,   365,     0,     0,     0,     0,
     534,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   377,   378,     0,   379,   380,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,   366,   367,   368,   369,   370,   371,   372,   373,   374,
     375,   376,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   362,   363,   364,     0,     0,     0,   365,     0,
       0,     0,     0,     0,     0,     0,     0,   377,   378,     0,
     379,   380,     0,     0,     0,     0,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,   351,     0,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,   377,   378,     0,   379,   380,     0,     0,     0,
       0,   363,   364,     0,     0,     0,   365,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   365,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
     352,   353,   354,   355,   356,   357,   358,   359,   360,   361,
     352,   353,   354,   355,   356,   357,   358,   359,   360,   361,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,     0,     0,   365,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   365,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   366,   367,   368,
     369,   370,   371,   372,   373,   374,   375,   376,     0,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
     353,   354,   355,   356,   357,   358,   359,   360,   361,     0,
       0,     0,     0,   377,   378,     0,   379,   380,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,     0,   365,     0,     0,   367,
     368,   369,   370,   371,   372,   373,   374,   375,   376,     0,
     368,   369,   370,   371,   372,   373,   374,   375,   376,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   378,     0,   379,   380,     0,
       0,     0,     0,     0,     0,   378,     0,   379,   380,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   368,
     369,   370,   371,   372,   373,   374,   375,   376,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   209,     0,
       0,     0,    15,     0,   378,     0,   379,   380,   211,   212,
     213,   214,   215,   216,   217,   218,   219,   220,     0,   221,
     222,   223,   224,   225,   226,   227,   228,   229,   230,   231,
     232,   233,   234,   235,   236,   237,   238,   239,   240,   241,
     242,   243,   244,   245,   246,   247,   248,   249,   250,   251,
     252,   253,   254,   255,   256,   257,   258,   259,   260,   261,
     262,   263,   264,   265,   266,   267,   268,   269,     0,   270,
     271,   272,   273,   274,   275,   276,   277,   278,   279,   280,
     281,   282,   283,   284,   285,   286,   287,   128,    12,    13,
      14,    15,     0,     0,    17,     0,     0,   128,    12,    13,
      14,    15,     0,     0,    17,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   147,     0,   583,     0,
       0,     0,   130,    89,     0,     0,   147,     0,     0,     0,
       0,     0,   130,     0,     0,   721,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,   354,   355,   356,   357,
     358,   359,   360,   361,     0,   354,   355,   356,   357,   358,
     359,   360,   361,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   365,     0,     0,     0,     0,     0,     0,   323,   324,
     365,     0,     0,     0,   298,     0,     0,     0,     0,   722,
       0,    88,    89,     0,   298,     0,     0,     0,     0,   299,
       0,    88,    89,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,  -557,  -557,  -557,  -557,   372,   373,
    -557,   375,   376,   368,   369,   370,   371,   372,   373,   374,
     375,   376,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   378,
     456,    12,    13,    14,     0,     0,     0,     0,   378,     0,
     211,   212,   213,   214,   215,   216,   217,   218,   219,   220,
       0,   221,   222,   223,   224,   225,   226,   227,   228,   229,
     230,   231,   232,   233,   234,   235,   236,   237,   238,   239,
     240,   241,   242,   243,   244,   245,   246,   247,   248,   249,
     250,   251,   252,   253,   254,   255,   256,   257,   258,  1036,
     260,   261,   262,   263,   264,   265,   266,   267,   268,   269,
       0,   270,   271,   272,   273,   274,   275,   276,   277,   278,
     279,   280,   281,   282,   283,   284,   285,   286,   287,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   456,    12,    13,    14,     0,     0,     0,     0,     0,
       0,   211,   212,   213,   214,   215,   216,   217,   218,   219,
     220,  1037,   221,   222,   223,   224,   225,   226,   227,   228,
     229,   230,   231,   232,   233,   234,   235,   236,   237,   238,
     239,   240,   241,   242,   243,   244,   245,   246,   247,   248,
     249,   250,   251,   252,   253,   254,   255,   256,   257,   258,
    1036,   260,   261,   262,   263,   264,   265,   266,   267,   268,
     269,     0,   270,   271,   272,   273,   274,   275,   276,   277,
     278,   279,   280,   281,   282,   283,   284,   285,   286,   287,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   209,     0,     0,   210,     0,     0,     0,     0,
       0,     0,   211,   212,   213,   214,   215,   216,   217,   218,
     219,   220,  1067,   221,   222,   223,   224,   225,   226,   227,
     228,   229,   230,   231,   232,   233,   234,   235,   236,   237,
     238,   239,   240,   241,   242,   243,   244,   245,   246,   247,
     248,   249,   250,   251,   252,   253,   254,   255,   256,   257,
     258,   259,   260,   261,   262,   263,   264,   265,   266,   267,
     268,   269,     0,   270,   271,   272,   273,   274,   275,   276,
     277,   278,   279,   280,   281,   282,   283,   284,   285,   286,
     287,   209,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   211,   212,   213,   214,   215,   216,   217,   218,   219,
     220,     0,   221,   222,   223,   224,   225,   226,   227,   228,
     229,   230,   231,   232,   233,   234,   235,   236,   237,   238,
     239,   240,   241,   242,   243,   244,   245,   246,   247,   248,
     249,   250,   251,   252,   253,   254,   255,   256,   257,   258,
     259,   260,   261,   262,   263,   264,   265,   266,   267,   268,
     269,     0,   270,   271,   272,   273,   274,   275,   276,   277,
     278,   279,   280,   281,   282,   283,   284,   285,   286,   287,
    1014,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     211,   212,   213,   214,   215,   216,   217,   218,   219,   220,
       0,   221,   222,   223,   224,   225,   226,   227,   228,   229,
     230,   231,   232,   233,   234,   235,   236,   237,   238,   239,
     240,   241,   242,   243,   244,   245,   246,   247,   248,   249,
     250,   251,   252,   253,   254,   255,   256,   257,   258,   259,
     260,   261,   262,   263,   264,   265,   266,   267,   268,   269,
       0,   270,   271,   272,   273,   274,   275,   276,   277,   278,
     279,   280,   281,   282,   283,   284,   285,   286,   287,  1088,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   211,
     212,   213,   214,   215,   216,   217,   218,   219,   220,     0,
     221,   222,   223,   224,   225,   226,   227,   228,   229,   230,
     231,   232,   233,   234,   235,   236,   237,   238,   239,   240,
     241,   242,   243,   244,   245,   246,   247,   248,   249,   250,
     251,   252,   253,   254,   255,   256,   257,   258,   785,   786,
     787,   788,   789,   790,   791,   266,   267,   268,   269,     0,
     270,   271,   272,   273,   274,   275,   276,   277,   278,   279,
     280,   281,   282,   283,   284,   285,   286,   287
};

static const yytype_int16 yycheck[] =
{
       2,     2,   112,     2,    47,   750,    61,    26,   798,    73,
      74,    26,   111,   112,   700,   188,   627,    92,   488,    73,
      74,   491,     6,   133,    26,   495,     4,     5,     6,     7,
       8,   736,     6,    27,   133,   740,     6,    73,    74,    49,
      18,    19,     7,    21,    22,    23,    24,    25,    90,    27,
     614,    62,    30,    72,    39,     6,   131,    72,   505,    44,
      38,    39,   698,    44,   700,   941,    44,   943,    46,    27,
      73,    74,   730,   293,   294,     7,   151,   663,   973,   299,
     122,    27,    92,    14,    15,    16,    65,    66,     2,    23,
       7,    92,   158,    92,     4,     6,    62,    75,    76,    77,
      78,    79,    80,    81,   170,    83,    49,    50,    86,   388,
      27,    62,   154,    44,   800,    27,     0,    31,    23,   129,
     179,   131,    27,   168,   710,   915,   171,    27,   692,    29,
      27,     5,    29,    71,    72,    71,    72,   201,   417,   418,
      65,    66,    61,   168,    82,   188,   171,   201,   159,    23,
      24,    25,    26,   170,    88,    23,   792,   815,  1053,   817,
     905,    27,   168,   141,   800,   201,   172,    23,    24,    25,
      26,   149,    94,   158,   112,   170,    27,   165,    29,    26,
     158,   162,   160,   171,   178,   158,   170,   165,   166,   167,
     112,   169,   170,   159,   780,   174,   901,   808,   201,   173,
     165,    48,   172,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   173,   170,   664,   164,   165,
     178,   199,   158,   859,   202,   203,   136,   137,   102,   103,
    1106,   162,    23,   165,   173,   145,   146,    12,    13,    14,
      15,    16,    89,   155,   156,   157,   102,   103,   158,   174,
      27,    23,   316,   163,    26,   297,   156,   157,   155,   156,
     157,   325,   316,   173,   147,   175,     5,   737,   173,    44,
     158,   325,   170,   178,   147,    23,   449,   177,    26,   170,
     316,  1071,   145,   146,    23,    24,    25,    26,   171,   325,
     156,   157,   170,   392,    71,    72,   170,   158,   171,   170,
      12,    13,    14,    15,    16,   156,   157,   162,    27,   147,
      29,   531,   175,   316,   170,   293,   294,   147,   320,   320,
     298,   299,   325,    71,   794,    73,   170,  1072,   170,   339,
     385,   386,    44,   171,    83,    84,   165,   315,    27,    88,
      29,   171,   171,    82,   322,    94,   365,   170,   168,   819,
     365,   821,   172,   823,    23,    24,    25,    26,   336,   134,
     135,   170,   832,   102,   103,    27,   839,    29,   170,   411,
     164,   165,   291,   351,   352,   353,   354,   355,   356,   357,
     358,   359,   360,   361,   362,   363,   364,   162,   366,   367,
     368,   369,   370,   371,   372,   373,   374,   375,   376,   377,
     378,   379,   380,    71,    72,   390,   449,   987,  1094,   989,
     170,   389,   390,    82,   392,   393,   394,   395,   396,   397,
     398,   399,   400,   401,   402,   403,   404,   174,   175,   407,
     903,   170,   410,   347,   170,   534,   421,   156,   157,   170,
     442,   442,   420,   421,   168,   464,   424,   170,   172,   464,
     162,   924,   527,    23,    24,    25,    26,    27,  1094,   168,
     438,   471,   464,   172,   383,   170,   155,   156,   157,   145,
     146,   944,   158,    23,    24,   453,    26,   168,    54,   457,
     458,   172,   460,   461,   462,   463,   545,   465,   172,   508,
     172,   173,   470,   508,   156,   157,    13,   173,   172,   175,
    1080,   172,   722,   976,   145,   146,    23,   485,     4,   168,
      27,   172,    82,   172,   173,    32,   172,   527,   365,  1099,
    1100,    71,     4,    73,    94,   168,   527,  1107,   527,   172,
     629,  1111,   173,   597,   175,    76,    77,   796,   385,   386,
     387,   388,   112,   597,   586,   168,   168,   589,    23,   172,
     172,   593,   594,   531,   171,  1025,   534,   777,   536,    23,
      24,   597,    26,    23,   542,   629,   544,   414,    23,   547,
     417,   418,   419,   844,   845,   629,    23,    24,    25,    26,
      23,   500,   168,   169,   172,   171,   173,   651,   168,   809,
      49,    50,    51,   629,   597,   168,   169,   651,   171,   170,
     170,   170,   861,   862,   451,   583,   938,   939,   178,    23,
      24,    25,    26,   591,   169,   651,   168,   464,    23,    24,
      25,    26,    27,   687,    87,    88,   629,    23,    24,    25,
      26,   176,   170,   687,   170,    82,     6,   172,   657,   171,
     170,   660,   657,   662,   172,   660,   168,   625,   651,   627,
     628,   687,    23,   912,   713,   102,   103,   716,   173,   723,
     172,    27,   581,   665,   665,     6,   665,   726,    82,   723,
     648,   649,    64,    65,    66,   653,     6,    82,   937,   938,
     939,   940,     6,     6,   687,     6,     6,   723,   102,   103,
      64,    65,    66,   695,   695,     6,   698,     6,   700,   756,
       6,     6,   680,   760,     6,   172,   102,   103,    98,   623,
     168,   689,   626,   812,   633,   168,   630,   792,   168,   697,
     723,    98,     9,    10,    11,    12,    13,    14,    15,    16,
       6,   750,   145,   146,   173,   750,   171,   756,   169,   171,
     169,   760,   661,    23,   722,   158,    23,   174,   812,   170,
       4,   665,    23,   170,   732,   170,   170,    44,   812,   170,
     173,    65,   175,   170,   742,   170,   169,   769,   769,    73,
     769,   169,   173,   178,   173,    79,   812,   796,    82,    83,
      84,    85,    86,    87,    88,    89,   843,   844,   845,   846,
      62,   171,   171,   771,     4,   171,   855,   170,   800,   777,
      99,   173,    32,   805,   805,   807,   807,   169,   112,   812,
     171,   171,   814,   814,   170,   170,    62,   170,   172,   838,
     879,   172,   172,   838,   843,   844,   845,   846,   145,   146,
     808,   809,   751,   908,   168,   837,   172,   168,   897,     7,
     173,   158,   861,   862,   131,   132,     7,   134,   135,   768,
     165,     6,   171,   170,   172,   769,   173,   859,   175,   172,
     168,   171,   972,    23,     6,   172,   169,   781,   168,   170,
     174,   168,   168,   972,   168,   162,   174,   896,   145,   146,
     313,   896,   173,   173,   317,   804,   905,   165,   174,   988,
     905,   158,   173,   912,   164,   174,   171,   956,   331,   813,
     333,   334,   335,   170,     7,     7,   173,   885,   175,   165,
     929,   171,   913,   968,   892,   917,   894,    79,   937,   938,
     939,   940,    65,   173,   145,   146,   928,   928,   172,   171,
      73,   171,   991,   171,   853,   172,    79,   158,   997,    82,
      83,    84,    85,    86,    87,    88,    89,   949,   949,   172,
     147,   147,   173,  1008,   175,   174,    71,    73,  1013,   173,
     147,  1060,   964,   964,   165,   967,   160,   170,   172,   112,
      27,    27,   172,   975,     4,     4,   171,     4,     4,    27,
     958,   173,  1001,   961,  1039,   904,  1001,   168,   990,  1008,
      65,   173,   172,  1008,   173,   158,   998,   998,    73,  1058,
     172,   172,    62,  1062,    79,  1064,    80,    82,    83,    84,
      85,    86,    87,    88,    89,     4,   172,  1019,  1073,   158,
    1039,   171,   170,  1071,  1039,    65,   171,  1029,  1029,  1031,
    1031,   174,   946,    73,   948,  1090,   508,   112,    47,    79,
     830,   188,    82,    83,    84,    85,    86,    87,    88,    89,
     168,  1110,   449,  1072,   651,    98,  1034,  1072,   812,   948,
      82,    83,    84,    85,    86,    87,    88,   953,  1046,   912,
     892,   859,   112,  1051,  1052,   792,   145,   146,  1056,   929,
    1082,  1082,   760,  1085,  1085,  1087,  1087,   649,   862,   158,
     112,  1010,  1094,   451,   908,   454,  1048,  1039,  1053,   174,
     439,   151,  1021,  1081,   173,   653,   175,  1060,   424,    -1,
    1112,  1112,    82,    83,    84,    85,    86,    87,    88,   411,
     365,    82,    83,    84,    85,    86,    87,    88,   386,    -1,
     536,  1050,    -1,    -1,   174,    -1,    -1,     5,    -1,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,   171,
       6,   112,    -1,    -1,    -1,  1074,    12,    13,  1077,  1078,
      -1,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    28,    -1,    30,    -1,    44,    33,    34,    35,
      36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,
      46,    47,    48,    -1,    -1,    -1,    52,    53,    54,    -1,
      56,    -1,    58,    -1,    60,    -1,    -1,    63,    -1,    -1,
     171,    67,    68,    69,    70,    71,    72,    -1,    74,    75,
      -1,    -1,    78,    -1,    -1,    81,    82,    -1,    -1,    -1,
      -1,    -1,    88,    -1,    90,    91,    92,    -1,    82,    83,
      84,    85,    86,    87,    88,   101,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,   112,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   147,
     136,   137,   138,   139,   140,   141,   142,   143,   144,    71,
      -1,    73,    -1,   161,   162,    -1,   164,   165,   154,    -1,
      82,    83,    84,    85,    86,    87,    88,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   170,    -1,   172,   173,     6,   175,
     176,   177,   178,    -1,    12,    13,    -1,    -1,    -1,    17,
      18,    19,    -1,    21,    22,    23,    24,    25,    26,    27,
      28,    -1,    30,    -1,    -1,    33,    34,    35,    36,    37,
      -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,    47,
      48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,
      58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,
      68,    69,    70,    71,    72,    -1,    74,    75,    65,    -1,
      78,    -1,    -1,    81,    82,    -1,    73,    -1,    -1,    -1,
      88,    -1,    90,    91,    92,    82,    83,    84,    85,    86,
      87,    88,    89,   101,   102,    -1,   104,   105,   106,   107,
     108,   109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   112,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,
     138,   139,   140,   141,   142,   143,   144,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   170,    -1,   172,   173,     6,   175,   176,   177,
     178,    -1,    12,    13,    -1,    -1,    -1,    17,    18,    19,
      -1,    21,    22,    23,    24,    25,    26,    27,    28,    -1,
      30,    -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,
      -1,    41,    42,    43,    -1,    45,    46,    47,    48,    -1,
      -1,    -1,    52,    53,    54,    -1,    56,    -1,    58,    -1,
      60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,    69,
      70,    71,    72,    -1,    74,    75,    -1,    -1,    78,    -1,
      -1,    81,    82,    -1,    -1,    -1,    -1,    -1,    88,    -1,
      90,    91,    92,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   101,   102,    -1,   104,   105,   106,   107,   108,   109,
     110,   111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,
     140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     170,    -1,   172,   173,     6,   175,   176,   177,   178,    -1,
      12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    28,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,    41,
      42,    43,    -1,    45,    46,    47,    48,    -1,    -1,    -1,
      52,    53,    54,    -1,    56,    -1,    58,    -1,    60,    -1,
      -1,    63,    -1,    -1,    -1,    67,    68,    69,    70,    71,
      72,    -1,    74,    75,    -1,    -1,    78,    -1,    -1,    81,
      82,    -1,    -1,    -1,    -1,    -1,    88,    -1,    90,    91,
      92,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,
     102,    -1,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,
     172,   173,     6,   175,   176,   177,   178,    -1,    12,    13,
      -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,    23,
      24,    25,    26,    27,    28,    -1,    30,    -1,    -1,    33,
      34,    35,    36,    37,    -1,    -1,    -1,    41,    42,    43,
      -1,    45,    46,    47,    48,    -1,    -1,    -1,    52,    53,
      54,    -1,    56,    -1,    58,    -1,    60,    -1,    -1,    63,
      -1,    -1,    -1,    67,    68,    69,    70,    71,    72,    -1,
      74,    75,    -1,    -1,    78,    -1,    -1,    81,    82,    -1,
      -1,    -1,    -1,    -1,    88,    -1,    90,    91,    92,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,   102,    -1,
     104,   105,   106,   107,   108,   109,   110,   111,   112,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   136,   137,   138,   139,   140,   141,   142,   143,
     144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,
       6,   175,   176,   177,   178,    -1,    12,    13,    -1,    -1,
      -1,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    -1,    -1,    30,    -1,    -1,    33,    34,    35,
      36,    37,    -1,    -1,    65,    41,    42,    43,    -1,    45,
      46,    47,    73,    -1,    -1,    -1,    -1,    -1,    79,    -1,
      -1,    82,    83,    84,    85,    86,    87,    88,    89,    -1,
      -1,    67,    -1,    -1,    -1,    71,    72,    71,    72,    -1,
      -1,    -1,    78,    -1,    -1,    -1,    82,    -1,    82,    83,
      84,   112,    88,    -1,    88,    91,    92,    -1,    -1,    -1,
      94,    95,    96,    97,    -1,   101,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,   112,    -1,   112,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     136,   137,   138,   139,   140,   141,   142,   143,   144,    -1,
      -1,    -1,    -1,   174,    -1,    -1,    -1,    -1,   154,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   170,    -1,    -1,     6,    -1,   175,
     176,   177,   178,    12,    13,    -1,    -1,    -1,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    -1,
      -1,    30,    -1,    -1,    33,    34,    35,    36,    37,    -1,
      -1,    65,    41,    42,    43,    -1,    45,    46,    47,    73,
      -1,    -1,    -1,    -1,    -1,    79,    -1,    -1,    82,    83,
      84,    85,    86,    87,    88,    89,    -1,    -1,    67,    -1,
      -1,    -1,    71,    72,    -1,    -1,    -1,    -1,    -1,    78,
      -1,    -1,    -1,    82,    -1,    -1,    -1,    -1,   112,    88,
      -1,    -1,    91,    92,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   101,   102,    -1,   104,   105,   106,   107,   108,
     109,   110,   111,   112,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,
     139,   140,   141,   142,   143,   144,    -1,    38,    39,    40,
     174,    -1,    -1,    44,    -1,   154,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   170,    -1,    -1,    -1,    -1,   175,   176,   177,   178,
       5,    -1,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    -1,    -1,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,
      -1,    -1,    -1,    44,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,     5,    -1,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    38,    39,
      40,    -1,    -1,   174,    44,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,    -1,    -1,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,
     165,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   174,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   174,    -1,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,     5,    -1,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,    38,
      39,    40,    -1,    -1,   174,    44,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,     5,    -1,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    -1,    -1,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,
      39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    44,   174,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,    -1,    -1,    -1,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   161,   162,    -1,   164,   165,     9,    10,    11,
      12,    13,    14,    15,    16,   174,   161,   162,    -1,   164,
     165,    -1,    -1,    -1,    -1,    -1,     5,   172,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    -1,    -1,
      -1,    -1,    44,    -1,    -1,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,    -1,    -1,    -1,    38,
      39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,    -1,    -1,    -1,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,    -1,
       5,    -1,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,   161,   162,    -1,   164,   165,    -1,    -1,    12,
      13,    -1,    -1,   172,    17,    18,    19,    -1,    21,    22,
      23,    24,    25,    26,    27,    40,    -1,    30,    -1,    44,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      -1,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   136,   137,   138,   139,   140,   141,   142,
     143,   144,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,
     165,   154,    -1,    -1,    -1,    -1,    -1,   160,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,   171,    -1,
      -1,    -1,   175,   176,   177,   178,    12,    13,    -1,    -1,
      -1,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    -1,    -1,    30,    -1,    -1,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    -1,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     136,   137,   138,   139,   140,   141,   142,   143,   144,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,
      -1,    -1,    -1,    -1,   160,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   170,    -1,    -1,    -1,    -1,   175,
     176,   177,   178,    12,    13,    -1,    -1,    -1,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    28,
      -1,    30,    -1,    -1,    33,    34,    35,    36,    37,    -1,
      -1,    -1,    41,    42,    43,    -1,    45,    46,    47,    48,
      -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,    58,
      -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    -1,    -1,    78,
      79,    -1,    81,    82,    83,    84,    -1,    -1,    -1,    88,
      -1,    90,    91,    92,    93,    94,    95,    96,    97,    -1,
      -1,   100,   101,   102,    -1,   104,   105,   106,   107,   108,
     109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,
     139,   140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   170,    -1,   172,   173,   174,   175,   176,   177,   178,
      12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    28,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,    41,
      42,    43,    -1,    45,    46,    47,    48,    -1,    -1,    -1,
      52,    53,    54,    -1,    56,    -1,    58,    -1,    60,    -1,
      -1,    63,    -1,    -1,    -1,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    -1,    -1,    78,    79,    -1,    81,
      82,    83,    84,    -1,    -1,    -1,    88,    -1,    90,    91,
      92,    93,    94,    95,    96,    97,    -1,    -1,   100,   101,
     102,    -1,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,
     172,   173,   174,   175,   176,   177,   178,    12,    13,    -1,
      -1,    -1,    17,    18,    19,    -1,    21,    22,    23,    24,
      25,    26,    27,    28,    -1,    30,    -1,    -1,    33,    34,
      35,    36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,
      45,    46,    47,    48,    -1,    -1,    -1,    52,    53,    54,
      -1,    56,    -1,    58,    -1,    60,    -1,    -1,    63,    -1,
      -1,    -1,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    -1,    -1,    78,    79,    -1,    81,    82,    83,    84,
      -1,    -1,    -1,    88,    -1,    90,    91,    92,    93,    94,
      95,    96,    97,    -1,    -1,   100,   101,   102,    -1,   104,
     105,   106,   107,   108,   109,   110,   111,   112,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   136,   137,   138,   139,   140,   141,   142,   143,   144,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,    -1,
     175,   176,   177,   178,    12,    13,    -1,    -1,    -1,    17,
      18,    19,    -1,    21,    22,    23,    24,    25,    26,    27,
      28,    -1,    30,    -1,    -1,    33,    34,    35,    36,    37,
      -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,    47,
      48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,
      58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,
      68,    69,    70,    71,    72,    -1,    74,    75,    -1,    -1,
      78,    -1,    -1,    81,    82,    83,    84,    -1,    -1,    -1,
      88,    -1,    90,    91,    92,    93,    94,    95,    96,    97,
      -1,    -1,    -1,   101,   102,    -1,   104,   105,   106,   107,
     108,   109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,
     138,   139,   140,   141,   142,   143,   144,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   170,    -1,   172,   173,   174,   175,   176,   177,
     178,    12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,
      21,    22,    23,    24,    25,    26,    27,    28,    -1,    30,
      -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,
      41,    42,    43,    -1,    45,    46,    47,    48,    -1,    -1,
      -1,    52,    53,    54,    -1,    56,    -1,    58,    -1,    60,
      -1,    -1,    63,    -1,    -1,    -1,    67,    68,    69,    70,
      71,    72,    -1,    74,    75,    -1,    -1,    78,    -1,    -1,
      81,    82,    83,    84,    -1,    -1,    -1,    88,    -1,    90,
      91,    92,    93,    94,    95,    96,    97,    -1,    -1,    -1,
     101,   102,    -1,   104,   105,   106,   107,   108,   109,   110,
     111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,
     141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,
      -1,   172,   173,   174,   175,   176,   177,   178,    12,    13,
      -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,    23,
      24,    25,    26,    27,    28,    -1,    30,    -1,    -1,    33,
      34,    35,    36,    37,    -1,    -1,    -1,    41,    42,    43,
      -1,    45,    46,    47,    48,    -1,    -1,    51,    52,    53,
      54,    -1,    56,    -1,    58,    -1,    60,    -1,    -1,    63,
      -1,    -1,    -1,    67,    68,    69,    70,    71,    72,    -1,
      74,    75,    -1,    -1,    78,    -1,    -1,    81,    82,    83,
      84,    -1,    -1,    -1,    88,    -1,    90,    91,    92,    93,
      94,    95,    96,    97,    -1,    -1,    -1,   101,   102,    -1,
     104,   105,   106,   107,   108,   109,   110,   111,   112,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   136,   137,   138,   139,   140,   141,   142,   143,
     144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,
      -1,   175,   176,   177,   178,    12,    13,    -1,    -1,    -1,
      17,    18,    19,    -1,    21,    22,    23,    24,    25,    26,
      27,    28,    -1,    30,    -1,    -1,    33,    34,    35,    36,
      37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,
      47,    48,    -1,    -1,    -1,    52,    53,    54,    55,    56,
      -1,    58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,
      67,    68,    69,    70,    71,    72,    -1,    74,    75,    -1,
      -1,    78,    -1,    -1,    81,    82,    83,    84,    -1,    -1,
      -1,    88,    -1,    90,    91,    92,    93,    94,    95,    96,
      97,    -1,    -1,    -1,   101,   102,    -1,   104,   105,   106,
     107,   108,   109,   110,   111,   112,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,
     137,   138,   139,   140,   141,   142,   143,   144,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   170,    -1,   172,   173,    -1,   175,   176,
     177,   178,    12,    13,    -1,    -1,    -1,    17,    18,    19,
      -1,    21,    22,    23,    24,    25,    26,    27,    28,    -1,
      30,    -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,
      -1,    41,    42,    43,    -1,    45,    46,    47,    48,    -1,
      -1,    -1,    52,    53,    54,    -1,    56,    -1,    58,    -1,
      60,    61,    -1,    63,    -1,    -1,    -1,    67,    68,    69,
      70,    71,    72,    -1,    74,    75,    -1,    -1,    78,    -1,
      -1,    81,    82,    83,    84,    -1,    -1,    -1,    88,    -1,
      90,    91,    92,    93,    94,    95,    96,    97,    -1,    -1,
      -1,   101,   102,    -1,   104,   105,   106,   107,   108,   109,
     110,   111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,
     140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     170,    -1,   172,   173,    -1,   175,   176,   177,   178,    12,
      13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,
      23,    24,    25,    26,    27,    28,    -1,    30,    -1,    -1,
      33,    34,    35,    36,    37,    -1,    -1,    -1,    41,    42,
      43,    -1,    45,    46,    47,    48,    -1,    -1,    -1,    52,
      53,    54,    -1,    56,    -1,    58,    59,    60,    -1,    -1,
      63,    -1,    -1,    -1,    67,    68,    69,    70,    71,    72,
      -1,    74,    75,    -1,    -1,    78,    -1,    -1,    81,    82,
      83,    84,    -1,    -1,    -1,    88,    -1,    90,    91,    92,
      93,    94,    95,    96,    97,    -1,    -1,    -1,   101,   102,
      -1,   104,   105,   106,   107,   108,   109,   110,   111,   112,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   136,   137,   138,   139,   140,   141,   142,
     143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,   172,
     173,    -1,   175,   176,   177,   178,    12,    13,    -1,    -1,
      -1,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    28,    -1,    30,    -1,    -1,    33,    34,    35,
      36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,
      46,    47,    48,    -1,    -1,    -1,    52,    53,    54,    -1,
      56,    -1,    58,    -1,    60,    -1,    -1,    63,    -1,    -1,
      -1,    67,    68,    69,    70,    71,    72,    -1,    74,    75,
      -1,    -1,    78,    -1,    -1,    81,    82,    83,    84,    -1,
      -1,    -1,    88,    -1,    90,    91,    92,    93,    94,    95,
      96,    97,    -1,    -1,    -1,   101,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,   112,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     136,   137,   138,   139,   140,   141,   142,   143,   144,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   170,    -1,   172,   173,   174,   175,
     176,   177,   178,    12,    13,    -1,    -1,    -1,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    28,
      -1,    30,    -1,    -1,    33,    34,    35,    36,    37,    -1,
      -1,    -1,    41,    42,    43,    -1,    45,    46,    47,    48,
      -1,    -1,    -1,    52,    53,    54,    -1,    56,    57,    58,
      -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,
      69,    70,    71,    72,    -1,    74,    75,    -1,    -1,    78,
      -1,    -1,    81,    82,    83,    84,    -1,    -1,    -1,    88,
      -1,    90,    91,    92,    93,    94,    95,    96,    97,    -1,
      -1,    -1,   101,   102,    -1,   104,   105,   106,   107,   108,
     109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,
     139,   140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   170,    -1,   172,   173,    -1,   175,   176,   177,   178,
      12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    28,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,    41,
      42,    43,    -1,    45,    46,    47,    48,    -1,    -1,    -1,
      52,    53,    54,    -1,    56,    -1,    58,    -1,    60,    -1,
      -1,    63,    -1,    -1,    -1,    67,    68,    69,    70,    71,
      72,    -1,    74,    75,    -1,    -1,    78,    -1,    -1,    81,
      82,    83,    84,    -1,    -1,    -1,    88,    -1,    90,    91,
      92,    93,    94,    95,    96,    97,    -1,    -1,    -1,   101,
     102,    -1,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,
     172,   173,   174,   175,   176,   177,   178,    12,    13,    -1,
      -1,    -1,    17,    18,    19,    -1,    21,    22,    23,    24,
      25,    26,    27,    28,    -1,    30,    -1,    -1,    33,    34,
      35,    36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,
      45,    46,    47,    48,    -1,    -1,    -1,    52,    53,    54,
      -1,    56,    -1,    58,    -1,    60,    -1,    -1,    63,    -1,
      -1,    -1,    67,    68,    69,    70,    71,    72,    -1,    74,
      75,    -1,    -1,    78,    -1,    -1,    81,    82,    83,    84,
      -1,    -1,    -1,    88,    -1,    90,    91,    92,    93,    94,
      95,    96,    97,    -1,    -1,    -1,   101,   102,    -1,   104,
     105,   106,   107,   108,   109,   110,   111,   112,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   136,   137,   138,   139,   140,   141,   142,   143,   144,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,   174,
     175,   176,   177,   178,    12,    13,    -1,    -1,    -1,    17,
      18,    19,    -1,    21,    22,    23,    24,    25,    26,    27,
      28,    -1,    30,    -1,    -1,    33,    34,    35,    36,    37,
      -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,    47,
      48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,
      58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,
      68,    69,    70,    71,    72,    -1,    74,    75,    -1,    -1,
      78,    -1,    -1,    81,    82,    83,    84,    -1,    -1,    -1,
      88,    -1,    90,    91,    92,    93,    94,    95,    96,    97,
      -1,    -1,    -1,   101,   102,    -1,   104,   105,   106,   107,
     108,   109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,
     138,   139,   140,   141,   142,   143,   144,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   170,    -1,   172,   173,   174,   175,   176,   177,
     178,    12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,
      21,    22,    23,    24,    25,    26,    27,    28,    -1,    30,
      -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,
      41,    42,    43,    -1,    45,    46,    47,    48,    -1,    -1,
      -1,    52,    53,    54,    -1,    56,    -1,    58,    -1,    60,
      -1,    -1,    63,    -1,    -1,    -1,    67,    68,    69,    70,
      71,    72,    -1,    74,    75,    -1,    -1,    78,    -1,    -1,
      81,    82,    83,    84,    -1,    -1,    -1,    88,    -1,    90,
      91,    92,    93,    94,    95,    96,    97,    -1,    -1,    -1,
     101,   102,    -1,   104,   105,   106,   107,   108,   109,   110,
     111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,
     141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,
      -1,   172,   173,   174,   175,   176,   177,   178,    12,    13,
      -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,    23,
      24,    25,    26,    27,    28,    -1,    30,    -1,    -1,    33,
      34,    35,    36,    37,    -1,    -1,    -1,    41,    42,    43,
      -1,    45,    46,    47,    48,    -1,    -1,    -1,    52,    53,
      54,    -1,    56,    -1,    58,    -1,    60,    -1,    -1,    63,
      -1,    -1,    -1,    67,    68,    69,    70,    71,    72,    -1,
      74,    75,    -1,    -1,    78,    -1,    -1,    81,    82,    83,
      84,    -1,    -1,    -1,    88,    -1,    90,    91,    92,    93,
      94,    95,    96,    97,    -1,    -1,    -1,   101,   102,    -1,
     104,   105,   106,   107,   108,   109,   110,   111,   112,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   136,   137,   138,   139,   140,   141,   142,   143,
     144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,
      -1,   175,   176,   177,   178,    12,    13,    -1,    -1,    -1,
      17,    18,    19,    -1,    21,    22,    23,    24,    25,    26,
      27,    28,    -1,    30,    -1,    -1,    33,    34,    35,    36,
      37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,
      47,    48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,
      -1,    58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,
      67,    68,    69,    70,    71,    72,    -1,    74,    75,    -1,
      -1,    78,    -1,    -1,    81,    82,    -1,    -1,    -1,    -1,
      -1,    88,    -1,    90,    91,    92,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   101,   102,    -1,   104,   105,   106,
     107,   108,   109,   110,   111,   112,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,
     137,   138,   139,   140,   141,   142,   143,   144,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   170,    -1,   172,   173,    -1,   175,   176,
     177,   178,    12,    13,    -1,    -1,    -1,    17,    18,    19,
      -1,    21,    22,    23,    24,    25,    26,    27,    -1,    -1,
      30,    -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,
      -1,    41,    42,    43,    -1,    45,    46,    47,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    67,    -1,    -1,
      -1,    71,    72,    -1,    -1,    -1,    -1,    -1,    78,    -1,
      -1,    -1,    82,    -1,    -1,    -1,    -1,    -1,    88,    -1,
      -1,    91,    92,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   101,   102,    -1,   104,   105,   106,   107,   108,   109,
     110,   111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,
     140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,
     160,    -1,    -1,    -1,   164,   165,    -1,    -1,    -1,    -1,
     170,    -1,    -1,    -1,    -1,   175,   176,   177,   178,    12,
      13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,
      23,    24,    25,    26,    27,    -1,    -1,    30,    -1,    -1,
      33,    34,    35,    36,    37,    -1,    -1,    -1,    41,    42,
      43,    -1,    45,    46,    47,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    67,    -1,    -1,    -1,    71,    72,
      -1,    -1,    -1,    -1,    -1,    78,    -1,    -1,    -1,    82,
      -1,    -1,    -1,    -1,    -1,    88,    -1,    -1,    91,    92,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,   102,
      -1,   104,   105,   106,   107,   108,   109,   110,   111,   112,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   136,   137,   138,   139,   140,   141,   142,
     143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   164,   165,    -1,    -1,    -1,    -1,   170,    -1,    -1,
      -1,    -1,   175,   176,   177,   178,    12,    13,    -1,    -1,
      -1,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    -1,    -1,    30,    -1,    -1,    33,    34,    35,
      36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,
      46,    47,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    67,    -1,    -1,    -1,    71,    72,    -1,    -1,    -1,
      -1,    -1,    78,    -1,    -1,    -1,    82,    -1,    -1,    -1,
      -1,    -1,    88,    -1,    -1,    91,    92,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   101,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,   112,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     136,   137,   138,   139,   140,   141,   142,   143,   144,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   164,   165,
      -1,    -1,    -1,    -1,   170,    -1,    -1,    -1,    -1,   175,
     176,   177,   178,    12,    13,    -1,    -1,    -1,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    -1,
      -1,    30,    31,    -1,    33,    34,    35,    36,    37,    -1,
      -1,    -1,    41,    42,    43,    -1,    45,    46,    47,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    67,    -1,
      -1,    -1,    71,    72,    -1,    -1,    -1,    -1,    -1,    78,
      -1,    -1,    -1,    82,    -1,    -1,    -1,    -1,    -1,    88,
      -1,    -1,    91,    92,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   101,   102,    -1,   104,   105,   106,   107,   108,
     109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,
     139,   140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   170,    -1,    -1,    -1,    -1,   175,   176,   177,   178,
      12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    -1,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,    41,
      42,    43,    -1,    45,    46,    47,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    67,    -1,    -1,    -1,    71,
      72,    -1,    -1,    -1,    -1,    -1,    78,    -1,    -1,    -1,
      82,    -1,    -1,    -1,    -1,    -1,    88,    -1,    -1,    91,
      92,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,
     102,    -1,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,   171,
      -1,    -1,    -1,   175,   176,   177,   178,    12,    13,    -1,
      -1,    -1,    17,    18,    19,    -1,    21,    22,    23,    24,
      25,    26,    27,    -1,    -1,    30,    -1,    -1,    33,    34,
      35,    36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,
      45,    46,    47,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    66,    67,    -1,    -1,    -1,    71,    72,    -1,    -1,
      -1,    -1,    -1,    78,    -1,    -1,    -1,    82,    -1,    -1,
      -1,    -1,    -1,    88,    -1,    -1,    91,    92,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   101,   102,    -1,   104,
     105,   106,   107,   108,   109,   110,   111,   112,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   136,   137,   138,   139,   140,   141,   142,   143,   144,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   170,    -1,    -1,    -1,    -1,
     175,   176,   177,   178,    12,    13,    -1,    -1,    -1,    17,
      18,    19,    -1,    21,    22,    23,    24,    25,    26,    27,
      -1,    -1,    30,    -1,    -1,    33,    34,    35,    36,    37,
      -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,    47,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    67,
      -1,    -1,    -1,    71,    72,    -1,    -1,    -1,    -1,    -1,
      78,    -1,    -1,    -1,    82,    -1,    -1,    -1,    -1,    -1,
      88,    -1,    -1,    91,    92,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   101,   102,    -1,   104,   105,   106,   107,
     108,   109,   110,   111,   112,     5,    -1,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,
     138,   139,   140,   141,   142,   143,   144,    -1,    38,    39,
      40,    -1,    -1,    -1,    44,    -1,   154,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   170,    -1,    -1,    -1,    -1,   175,   176,   177,
     178,     5,    -1,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,
      44,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,    -1,    -1,    -1,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,
      -1,   171,    38,    39,    40,    -1,    -1,    -1,    44,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   135,    -1,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,
     164,   165,    -1,    -1,    -1,    -1,    -1,   171,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
      -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,   171,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
       5,    -1,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,     5,    -1,     7,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,    -1,
      -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,
     165,    -1,    -1,    -1,    -1,    -1,   171,    -1,   161,   162,
      -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
      -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,   171,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
       5,    -1,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,     5,    -1,     7,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,    -1,
      -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,
     165,    -1,    -1,    -1,    -1,    -1,   171,    -1,   161,   162,
      -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
      -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,   171,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,     5,    -1,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    38,    39,    40,    -1,    -1,    -1,    44,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,     5,    -1,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    38,    39,    40,    -1,    -1,    -1,
      44,    -1,    -1,    -1,    -1,    -1,     5,     6,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    62,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,   169,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,    38,
      39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,
     147,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,
     164,   165,    -1,    -1,    -1,    -1,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,     5,    -1,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,
      -1,    39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    44,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    44,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    44,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    -1,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,   161,   162,    -1,   164,   165,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,    -1,    44,    -1,    -1,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,    -1,
     127,   128,   129,   130,   131,   132,   133,   134,   135,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   162,    -1,   164,   165,    -1,
      -1,    -1,    -1,    -1,    -1,   162,    -1,   164,   165,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    23,    -1,
      -1,    -1,    27,    -1,   162,    -1,   164,   165,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    -1,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    -1,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,    23,    24,    25,
      26,    27,    -1,    -1,    30,    -1,    -1,    23,    24,    25,
      26,    27,    -1,    -1,    30,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    82,    -1,   173,    -1,
      -1,    -1,    88,   178,    -1,    -1,    82,    -1,    -1,    -1,
      -1,    -1,    88,    -1,    -1,   101,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,     9,    10,    11,    12,
      13,    14,    15,    16,    -1,     9,    10,    11,    12,    13,
      14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,   164,   165,
      44,    -1,    -1,    -1,   170,    -1,    -1,    -1,    -1,   175,
      -1,   177,   178,    -1,   170,    -1,    -1,    -1,    -1,   175,
      -1,   177,   178,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   127,   128,   129,   130,   131,   132,   133,
     134,   135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   162,
      23,    24,    25,    26,    -1,    -1,    -1,    -1,   162,    -1,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      -1,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      -1,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    23,    24,    25,    26,    -1,    -1,    -1,    -1,    -1,
      -1,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,   174,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    -1,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    23,    -1,    -1,    26,    -1,    -1,    -1,    -1,
      -1,    -1,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,   174,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    -1,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,    23,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    -1,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    -1,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
      23,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      -1,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      -1,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,    23,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    -1,
      44,    45,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    -1,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,   180,   185,     0,    12,    13,    17,    18,    19,    21,
      22,    23,    24,    25,    26,    27,    28,    30,    33,    34,
      35,    36,    37,    41,    42,    43,    45,    46,    47,    48,
      52,    53,    54,    56,    58,    60,    63,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    78,    79,    81,    82,
      83,    84,    88,    90,    91,    92,    93,    94,    95,    96,
      97,   100,   101,   102,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   154,   170,   172,   173,   175,   176,   177,   178,
     189,   192,   193,   194,   195,   209,   217,   220,   223,   224,
     225,   227,   229,   244,   250,   251,   252,   253,   306,   307,
     308,   309,   310,   318,   319,   324,   325,   326,   327,   329,
     330,   331,   332,   333,   334,   335,   336,   347,    23,    82,
      88,   193,   307,   310,   307,   307,   307,   307,     6,   307,
     307,   170,   307,   307,   307,   307,   307,    82,    94,   170,
     189,   193,   304,   319,   320,   335,   337,   307,   170,   321,
     170,   300,   301,   307,   209,   170,   170,   170,   170,   170,
     170,   307,   328,   328,    23,    23,   206,   299,   328,   173,
     307,    23,    24,    26,    71,    73,   187,   188,   196,   198,
     202,   205,   274,   275,   335,    27,   276,   277,   308,   170,
     271,   170,   170,   170,   170,   222,   226,   228,   230,    23,
      26,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   181,   182,
     184,   186,   311,   170,   170,   190,   191,   319,   170,   175,
     324,   326,   327,   334,   334,   307,   307,   307,   307,   307,
     307,   307,    27,    29,   155,   156,   157,   344,   345,   307,
     207,   101,   160,   164,   165,   183,   307,   340,   341,   342,
     343,    29,   322,   344,    29,   344,   173,   335,   271,    82,
      88,   192,   194,   308,    94,   224,    49,    50,    49,    50,
      51,     5,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    38,    39,    40,    44,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,   161,   162,   164,
     165,   172,   183,   314,   314,   158,   158,   145,   146,   173,
     175,   271,     4,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   136,   137,   163,   314,   307,
     147,   305,   307,   304,   158,   271,   323,   145,   146,   158,
     173,   175,   328,   307,   168,   172,    54,   307,   302,   303,
     307,   307,   206,   307,   307,   172,   172,   172,     4,   168,
     172,   172,   207,    62,   159,   188,   197,   202,   172,   168,
     172,   168,   172,     4,   168,   172,    23,    33,    34,    35,
      36,    37,    41,    42,    45,    46,    47,    67,    71,    72,
      78,    82,    88,    91,    92,   101,   102,   104,   105,   106,
     107,   108,   109,   110,   111,   160,   171,   184,   272,   273,
     307,   214,   215,   334,   307,   348,   349,   307,   171,    23,
      23,    23,    23,   172,   311,   173,   340,   340,   168,   199,
     271,   307,   340,   145,   146,   175,   155,   345,    31,   307,
     334,    29,   155,   345,   171,    93,   174,   193,   194,   208,
     209,   170,   307,   334,   147,   169,   168,   176,   177,   307,
     308,   221,   170,   209,   170,     6,   172,     6,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   320,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   311,    23,
      88,   216,   311,   173,   184,   335,   338,   184,   335,   338,
      23,   173,   335,   339,   339,   307,   328,   183,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   171,   307,   323,   171,   335,   339,   339,   335,
     307,   328,   171,   171,   301,   170,   171,   172,   168,    62,
     171,   171,   171,   307,   299,   174,    23,   173,   159,   172,
     172,   188,   205,   275,   307,   277,   171,   307,     6,   168,
     199,   168,   199,   168,   199,   171,   172,    98,   234,   311,
      98,   235,     6,   231,   173,   185,   171,   171,   190,   169,
     171,   169,    23,    23,    13,    23,    27,    32,   346,   174,
     175,   174,   174,   170,   194,   340,   101,   183,   307,     4,
     341,   174,    23,   307,   307,   207,   307,     6,   170,   311,
     170,   307,   271,   271,   307,   271,   271,   174,   169,   334,
     234,   174,   169,     6,   209,   307,     6,   209,   249,   302,
     307,   101,   175,   183,   237,   334,     6,   209,   240,     6,
     173,   241,   173,   311,   210,   187,   196,   200,   203,   204,
     173,   307,   160,   273,   171,   215,   171,   349,   171,   319,
      99,   236,   173,   281,   319,   311,     5,    82,   102,   103,
     170,   189,   260,   261,   262,   263,   264,   266,   236,   185,
     174,     4,    32,   169,   307,   171,   171,   170,   334,   307,
     234,   171,   171,    51,   307,    82,    83,    84,    85,    86,
      87,    88,   193,   254,   255,   256,   257,   258,   293,   294,
     170,   254,   174,   174,   236,   207,   171,   207,   172,   170,
     340,   334,   147,   171,   207,   172,   242,   172,   242,    66,
     245,   246,   247,   248,   307,    76,    77,   213,    62,   204,
     168,   199,   201,   204,   172,   281,   311,   278,   168,   173,
     261,   261,   264,   165,     7,     7,   165,   311,   174,   307,
     169,   172,   340,   236,   209,     6,   172,   258,   171,   168,
     199,     5,   170,   259,   265,   266,   267,   268,   269,   294,
     254,   171,   311,   172,    55,   302,   340,   169,   237,     6,
     209,   239,    61,   242,    64,    65,    66,   242,   174,   168,
     199,   174,   168,   199,   168,   199,   170,   173,    23,   203,
     174,   168,   199,   173,    65,    79,    89,   174,   193,   232,
     279,   280,   290,   291,   292,   293,   319,   278,   171,   261,
     261,   262,   262,   261,   173,   174,   171,   311,   207,     6,
     270,   256,   266,   266,   269,   164,   218,   165,     7,     7,
     165,   171,    79,   315,   173,   172,   171,   171,   171,   207,
     172,    64,   172,   307,     6,   172,   243,   174,   147,   247,
     307,   147,   211,   319,   207,   204,   174,   278,   311,   281,
     279,   259,   310,    73,   174,   278,   173,   260,   147,   171,
     160,   219,   266,   266,   267,   267,   266,   270,   170,   270,
     278,     6,   209,   238,   239,    59,   172,   243,   207,   307,
     307,     7,    27,   212,   174,   174,   184,   172,   173,   282,
      27,   295,   296,   314,    23,   182,   297,   298,   174,   278,
     312,    27,   312,    27,   183,   316,   317,   312,   174,   207,
     172,   207,   319,   171,     4,   233,    82,   174,   184,   283,
     284,   285,   286,   287,   288,   319,     4,   311,   168,   172,
     184,     4,     4,   168,   172,   174,   313,   311,   173,    27,
     168,   199,   173,    57,   173,   307,   172,   174,   284,   172,
     172,    62,    80,   158,   307,   296,   311,   307,   307,   298,
     307,     4,   207,   317,   171,   207,   172,   207,    23,   181,
     294,   281,   184,   311,   170,   311,   311,   312,   307,   174,
     174,   174,   184,   254,   312,   312,   171,   270,   312,   172,
     173,   289,   207,   312,   174
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   179,   180,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   181,   181,   181,   181,   181,   181,   181,
     181,   181,   181,   182,   182,   182,   182,   182,   182,   182,
     182,   183,   183,   184,   184,   185,   185,   186,   186,   187,
     187,   188,   188,   189,   189,   189,   189,   190,   190,   191,
     191,   192,   193,   193,   194,   194,   194,   194,   194,   195,
     195,   195,   195,   195,   195,   195,   195,   195,   195,   195,
     195,   196,   196,   197,   198,   199,   199,   200,   200,   201,
     201,   202,   202,   203,   203,   204,   204,   205,   205,   206,
     206,   207,   207,   208,   208,   208,   208,   209,   209,   209,
     209,   209,   209,   209,   209,   209,   209,   209,   209,   209,
     209,   209,   209,   209,   209,   209,   209,   209,   209,   209,
     210,   210,   211,   211,   212,   212,   213,   213,   214,   214,
     215,   216,   216,   217,   218,   218,   219,   219,   221,   220,
     222,   220,   223,   223,   224,   224,   224,   226,   225,   228,
     227,   230,   229,   231,   231,   232,   233,   233,   234,   234,
     235,   235,   236,   236,   237,   237,   237,   237,   238,   238,
     239,   239,   240,   240,   241,   241,   241,   241,   242,   242,
     242,   243,   243,   244,   245,   245,   246,   246,   247,   247,
     248,   248,   249,   249,   250,   250,   251,   251,   252,   252,
     253,   253,   254,   254,   255,   255,   256,   256,   257,   257,
     258,   258,   259,   259,   260,   260,   260,   260,   261,   261,
     262,   262,   263,   263,   264,   264,   265,   265,   265,   265,
     266,   266,   266,   267,   267,   268,   268,   269,   269,   270,
     270,   271,   271,   271,   272,   272,   273,   273,   273,   274,
     274,   275,   276,   276,   277,   277,   278,   278,   279,   279,
     279,   279,   280,   280,   280,   281,   281,   282,   282,   282,
     283,   283,   284,   284,   285,   286,   286,   286,   286,   287,
     287,   288,   289,   289,   290,   290,   291,   291,   292,   292,
     293,   293,   294,   294,   294,   294,   294,   294,   294,   295,
     295,   296,   296,   297,   297,   298,   298,   299,   300,   300,
     301,   302,   302,   303,   303,   305,   304,   306,   306,   306,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   308,   308,   309,   310,   311,   312,   313,
     314,   314,   315,   315,   316,   316,   317,   317,   318,   318,
     318,   318,   318,   319,   319,   320,   320,   320,   321,   321,
     322,   322,   322,   323,   323,   324,   324,   324,   324,   325,
     325,   325,   325,   325,   325,   325,   325,   326,   326,   326,
     326,   326,   326,   326,   326,   326,   327,   327,   328,   328,
     329,   330,   330,   330,   330,   331,   331,   332,   332,   332,
     333,   333,   333,   333,   333,   333,   334,   334,   334,   334,
     335,   335,   335,   336,   336,   337,   337,   337,   337,   337,
     337,   337,   338,   338,   338,   339,   339,   339,   340,   341,
     341,   342,   342,   343,   343,   343,   343,   343,   343,   343,
     344,   344,   344,   344,   345,   345,   345,   345,   345,   345,
     345,   345,   346,   346,   346,   346,   347,   347,   347,   347,
     347,   347,   347,   348,   348,   349
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     2,     0,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     2,     1,
       3,     4,     1,     2,     1,     1,     1,     1,     1,     1,
       1,     2,     4,     3,     6,     5,     3,     4,     3,     4,
       3,     1,     1,     6,     6,     0,     1,     3,     1,     3,
       1,     3,     1,     1,     2,     1,     3,     1,     3,     3,
       1,     2,     0,     1,     1,     2,     4,     3,     1,     1,
       5,     7,     9,     5,     3,     3,     3,     3,     3,     3,
       1,     2,     6,     7,     9,     5,     1,     6,     3,     2,
       0,     9,     1,     3,     0,     1,     0,     4,     1,     3,
       1,     1,     1,    13,     0,     1,     0,     1,     0,    10,
       0,     9,     1,     2,     1,     1,     1,     0,     7,     0,
       8,     0,     9,     0,     2,     5,     0,     2,     0,     2,
       0,     2,     0,     2,     1,     2,     4,     3,     1,     4,
       1,     4,     1,     4,     3,     4,     4,     5,     0,     5,
       4,     1,     1,     7,     0,     2,     1,     3,     4,     4,
       1,     3,     1,     4,     5,     6,     1,     3,     6,     7,
       3,     6,     2,     0,     1,     3,     2,     1,     0,     1,
       6,     8,     0,     1,     1,     2,     1,     1,     1,     1,
       1,     3,     3,     3,     3,     3,     1,     2,     1,     1,
       1,     1,     1,     1,     3,     3,     3,     3,     3,     0,
       2,     2,     4,     3,     1,     3,     1,     3,     2,     3,
       1,     1,     3,     1,     1,     3,     2,     0,     4,     4,
      12,     1,     1,     2,     3,     1,     3,     1,     2,     3,
       1,     2,     2,     2,     3,     3,     3,     4,     3,     1,
       1,     3,     1,     3,     1,     1,     0,     1,     0,     1,
       1,     2,     1,     1,     1,     1,     1,     1,     1,     3,
       1,     2,     4,     3,     1,     4,     4,     4,     3,     1,
       1,     0,     1,     3,     1,     0,     9,     3,     2,     3,
       1,     6,     5,     3,     4,     2,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     2,
       2,     2,     2,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     2,     2,     2,     2,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     1,     5,     4,     3,
       1,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       1,     3,     2,     1,     2,     4,     2,     2,     1,     2,
       2,     3,     1,    13,    12,     1,     1,     0,     0,     0,
       0,     1,     0,     5,     3,     1,     1,     2,     2,     2,
       4,     4,     2,     1,     1,     1,     1,     3,     0,     3,
       0,     1,     1,     0,     1,     4,     3,     1,     3,     1,
       1,     3,     2,     3,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     3,     3,     0,     1,
       1,     1,     3,     1,     1,     1,     1,     1,     3,     1,
       1,     4,     4,     4,     4,     1,     1,     1,     3,     3,
       1,     4,     2,     3,     3,     1,     4,     4,     3,     3,
       3,     3,     1,     3,     1,     1,     3,     1,     1,     0,
       1,     3,     1,     3,     1,     4,     2,     2,     6,     4,
       2,     2,     1,     2,     1,     4,     3,     3,     3,     3,
       6,     3,     1,     1,     2,     1,     5,     4,     2,     2,
       4,     2,     2,     1,     3,     1
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = MP_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == MP_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, p, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use MP_YYerror or MP_YYUNDEF. */
#define YYERRCODE MP_YYUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if MP_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined MP_YYLTYPE_IS_TRIVIAL && MP_YYLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, p); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, mp_parser *p)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (p);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, mp_parser *p)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, p);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, mp_parser *p)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), p);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, p); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !MP_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !MP_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;
  int yyn = yypact[+*yyctx->yyssp];
  if (!yypact_value_is_default (yyn))
    {
      /* Start YYX at -YYN if negative to avoid negative indexes in
         YYCHECK.  In other words, skip the first -YYN actions for
         this state because they are default actions.  */
      int yyxbegin = yyn < 0 ? -yyn : 0;
      /* Stay within bounds of both yycheck and yytname.  */
      int yychecklim = YYLAST - yyn + 1;
      int yyxend = yychecklim < YYNTOKENS ? yychecklim : YYNTOKENS;
      int yyx;
      for (yyx = yyxbegin; yyx < yyxend; ++yyx)
        if (yycheck[yyx + yyn] == yyx && yyx != YYSYMBOL_YYerror
            && !yytable_value_is_error (yytable[yyx + yyn]))
          {
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = YY_CAST (yysymbol_kind_t, yyx);
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, mp_parser *p);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, mp_parser *p)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (p);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (mp_parser *p)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined MP_YYLTYPE_IS_TRIVIAL && MP_YYLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = MP_YYEMPTY; /* Cause a token to be read.  */


/* User initialization code.  */
#line 15 "parser.y"
{ yylloc = 1; }

#line 4036 "build/parser.c"

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == MP_YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, p);
    }

  if (yychar <= END)
    {
      yychar = END;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == MP_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = MP_YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = MP_YYEMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 2: /* start: top_statement_list  */
#line 440 "parser.y"
                                        { p->result = (yyvsp[0].ast); }
#line 4249 "build/parser.c"
    break;

  case 83: /* identifier: "identifier"  */
#line 464 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4255 "build/parser.c"
    break;

  case 84: /* identifier: semi_reserved  */
#line 465 "parser.y"
                                { (yyval.ast) = ident_from(p, (yyvsp[0].s), (yylsp[0])); }
#line 4261 "build/parser.c"
    break;

  case 85: /* top_statement_list: top_statement_list top_statement  */
#line 469 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast) ? ADD((yyvsp[-1].ast), (yyvsp[0].ast)) : (yyvsp[-1].ast); }
#line 4267 "build/parser.c"
    break;

  case 86: /* top_statement_list: %empty  */
#line 470 "parser.y"
                                                                                { (yyval.ast) = LIST((yyloc)); }
#line 4273 "build/parser.c"
    break;

  case 87: /* namespace_declaration_name: identifier  */
#line 474 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4279 "build/parser.c"
    break;

  case 88: /* namespace_declaration_name: "namespaced name"  */
#line 475 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4285 "build/parser.c"
    break;

  case 89: /* namespace_name: "identifier"  */
#line 479 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4291 "build/parser.c"
    break;

  case 90: /* namespace_name: "namespaced name"  */
#line 480 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4297 "build/parser.c"
    break;

  case 91: /* legacy_namespace_name: namespace_name  */
#line 484 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4303 "build/parser.c"
    break;

  case 92: /* legacy_namespace_name: "fully qualified name"  */
#line 485 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4309 "build/parser.c"
    break;

  case 93: /* name: "identifier"  */
#line 489 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4315 "build/parser.c"
    break;

  case 94: /* name: "namespaced name"  */
#line 490 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4321 "build/parser.c"
    break;

  case 95: /* name: "fully qualified name"  */
#line 491 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4327 "build/parser.c"
    break;

  case 96: /* name: "namespace-relative name"  */
#line 492 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4333 "build/parser.c"
    break;

  case 104: /* attributed_statement: function_declaration_statement  */
#line 516 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4339 "build/parser.c"
    break;

  case 105: /* attributed_statement: class_declaration_statement  */
#line 517 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4345 "build/parser.c"
    break;

  case 106: /* attributed_statement: trait_declaration_statement  */
#line 518 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4351 "build/parser.c"
    break;

  case 107: /* attributed_statement: interface_declaration_statement  */
#line 519 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4357 "build/parser.c"
    break;

  case 108: /* attributed_statement: enum_declaration_statement  */
#line 520 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4363 "build/parser.c"
    break;

  case 109: /* top_statement: statement  */
#line 524 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4369 "build/parser.c"
    break;

  case 110: /* top_statement: attributed_statement  */
#line 525 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4375 "build/parser.c"
    break;

  case 111: /* top_statement: attributes attributed_statement  */
#line 526 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4381 "build/parser.c"
    break;

  case 112: /* top_statement: "'__halt_compiler'" '(' ')' ';'  */
#line 528 "parser.y"
                        { (yyval.ast) = with_ival(N0(HALT_COMPILER, (yylsp[-3])), p->cur - p->src); p->halted = 1; }
#line 4387 "build/parser.c"
    break;

  case 113: /* top_statement: "'namespace'" namespace_declaration_name ';'  */
#line 530 "parser.y"
                        { (yyval.ast) = with_str(p, N1(NAMESPACE, (yylsp[-2]), NULL), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 4393 "build/parser.c"
    break;

  case 114: /* top_statement: "'namespace'" namespace_declaration_name backup_doc_comment '{' top_statement_list '}'  */
#line 532 "parser.y"
                        { (yyval.ast) = with_str(p, N1(NAMESPACE, (yylsp[-5]), (yyvsp[-1].ast)), (yyvsp[-4].ast)->str, (yyvsp[-4].ast)->len); }
#line 4399 "build/parser.c"
    break;

  case 115: /* top_statement: "'namespace'" backup_doc_comment '{' top_statement_list '}'  */
#line 534 "parser.y"
                        { (yyval.ast) = N1(NAMESPACE, (yylsp[-4]), (yyvsp[-1].ast)); }
#line 4405 "build/parser.c"
    break;

  case 116: /* top_statement: "'use'" mixed_group_use_declaration ';'  */
#line 535 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4411 "build/parser.c"
    break;

  case 117: /* top_statement: "'use'" use_type group_use_declaration ';'  */
#line 537 "parser.y"
                        { (yyval.ast) = with_ival((yyvsp[-1].ast), (yyvsp[-2].num)); for (int i = 0; i < (yyval.ast)->nkids; i++) (yyval.ast)->kids[i]->ival = (yyvsp[-2].num); }
#line 4417 "build/parser.c"
    break;

  case 118: /* top_statement: "'use'" use_declarations ';'  */
#line 538 "parser.y"
                                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4423 "build/parser.c"
    break;

  case 119: /* top_statement: "'use'" use_type use_declarations ';'  */
#line 540 "parser.y"
                        { (yyval.ast) = with_ival((yyvsp[-1].ast), (yyvsp[-2].num)); for (int i = 0; i < (yyval.ast)->nkids; i++) (yyval.ast)->kids[i]->ival = (yyvsp[-2].num); }
#line 4429 "build/parser.c"
    break;

  case 120: /* top_statement: "'const'" const_list ';'  */
#line 541 "parser.y"
                                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4435 "build/parser.c"
    break;

  case 121: /* use_type: "'function'"  */
#line 545 "parser.y"
                                { (yyval.num) = 1; }
#line 4441 "build/parser.c"
    break;

  case 122: /* use_type: "'const'"  */
#line 546 "parser.y"
                                { (yyval.num) = 2; }
#line 4447 "build/parser.c"
    break;

  case 123: /* group_use_declaration: legacy_namespace_name "'\\'" '{' unprefixed_use_declarations possible_comma '}'  */
#line 551 "parser.y"
                        { (yyval.ast) = (yyvsp[-2].ast); for (int i = 0; i < (yyval.ast)->nkids; i++) prefix_use(p, use_name((yyvsp[-5].ast)), (yyval.ast)->kids[i]); }
#line 4453 "build/parser.c"
    break;

  case 124: /* mixed_group_use_declaration: legacy_namespace_name "'\\'" '{' inline_use_declarations possible_comma '}'  */
#line 556 "parser.y"
                        { (yyval.ast) = (yyvsp[-2].ast); for (int i = 0; i < (yyval.ast)->nkids; i++) prefix_use(p, use_name((yyvsp[-5].ast)), (yyval.ast)->kids[i]); }
#line 4459 "build/parser.c"
    break;

  case 127: /* inline_use_declarations: inline_use_declarations ',' inline_use_declaration  */
#line 565 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4465 "build/parser.c"
    break;

  case 128: /* inline_use_declarations: inline_use_declaration  */
#line 566 "parser.y"
                                        { (yyval.ast) = N1(USE, (yylsp[0]), (yyvsp[0].ast)); }
#line 4471 "build/parser.c"
    break;

  case 129: /* unprefixed_use_declarations: unprefixed_use_declarations ',' unprefixed_use_declaration  */
#line 570 "parser.y"
                                                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4477 "build/parser.c"
    break;

  case 130: /* unprefixed_use_declarations: unprefixed_use_declaration  */
#line 571 "parser.y"
                                                { (yyval.ast) = N1(USE, (yylsp[0]), (yyvsp[0].ast)); }
#line 4483 "build/parser.c"
    break;

  case 131: /* use_declarations: use_declarations ',' use_declaration  */
#line 575 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4489 "build/parser.c"
    break;

  case 132: /* use_declarations: use_declaration  */
#line 576 "parser.y"
                                        { (yyval.ast) = N1(USE, (yylsp[0]), (yyvsp[0].ast)); }
#line 4495 "build/parser.c"
    break;

  case 133: /* inline_use_declaration: unprefixed_use_declaration  */
#line 580 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4501 "build/parser.c"
    break;

  case 134: /* inline_use_declaration: use_type unprefixed_use_declaration  */
#line 581 "parser.y"
                                                                { (yyval.ast) = with_ival((yyvsp[0].ast), (yyvsp[-1].num)); }
#line 4507 "build/parser.c"
    break;

  case 135: /* unprefixed_use_declaration: namespace_name  */
#line 586 "parser.y"
                        { (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[0]), NULL), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 4513 "build/parser.c"
    break;

  case 136: /* unprefixed_use_declaration: namespace_name "'as'" "identifier"  */
#line 588 "parser.y"
                        { (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 4519 "build/parser.c"
    break;

  case 137: /* use_declaration: legacy_namespace_name  */
#line 593 "parser.y"
                        { use_name((yyvsp[0].ast)); (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[0]), NULL), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 4525 "build/parser.c"
    break;

  case 138: /* use_declaration: legacy_namespace_name "'as'" "identifier"  */
#line 595 "parser.y"
                        { use_name((yyvsp[-2].ast)); (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 4531 "build/parser.c"
    break;

  case 139: /* const_list: const_list ',' const_decl  */
#line 599 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4537 "build/parser.c"
    break;

  case 140: /* const_list: const_decl  */
#line 600 "parser.y"
                                                                { (yyval.ast) = N1(CONST_DECL, (yylsp[0]), (yyvsp[0].ast)); }
#line 4543 "build/parser.c"
    break;

  case 141: /* inner_statement_list: inner_statement_list inner_statement  */
#line 604 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast) ? ADD((yyvsp[-1].ast), (yyvsp[0].ast)) : (yyvsp[-1].ast); }
#line 4549 "build/parser.c"
    break;

  case 142: /* inner_statement_list: %empty  */
#line 605 "parser.y"
                                                                                        { (yyval.ast) = LIST((yyloc)); }
#line 4555 "build/parser.c"
    break;

  case 143: /* inner_statement: statement  */
#line 609 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4561 "build/parser.c"
    break;

  case 144: /* inner_statement: attributed_statement  */
#line 610 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4567 "build/parser.c"
    break;

  case 145: /* inner_statement: attributes attributed_statement  */
#line 611 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4573 "build/parser.c"
    break;

  case 146: /* inner_statement: "'__halt_compiler'" '(' ')' ';'  */
#line 613 "parser.y"
                        { (yyval.ast) = NULL;
			  mp_parser_error(p, (yylsp[-3]), "__HALT_COMPILER() can only be used from the outermost scope");
			  YYABORT; }
#line 4581 "build/parser.c"
    break;

  case 147: /* statement: '{' inner_statement_list '}'  */
#line 619 "parser.y"
                                                { (yyval.ast) = N1(BLOCK, (yylsp[-2]), (yyvsp[-1].ast)); }
#line 4587 "build/parser.c"
    break;

  case 148: /* statement: if_stmt  */
#line 620 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4593 "build/parser.c"
    break;

  case 149: /* statement: alt_if_stmt  */
#line 621 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4599 "build/parser.c"
    break;

  case 150: /* statement: "'while'" '(' expr ')' while_statement  */
#line 623 "parser.y"
                        { (yyval.ast) = N2(WHILE, (yylsp[-4]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4605 "build/parser.c"
    break;

  case 151: /* statement: "'do'" statement "'while'" '(' expr ')' ';'  */
#line 625 "parser.y"
                        { (yyval.ast) = N2(DO_WHILE, (yylsp[-6]), as_list(p, (yyvsp[-5].ast), (yylsp[-5])), (yyvsp[-2].ast)); }
#line 4611 "build/parser.c"
    break;

  case 152: /* statement: "'for'" '(' for_exprs ';' for_exprs ';' for_exprs ')' for_statement  */
#line 627 "parser.y"
                        { (yyval.ast) = N4(FOR, (yylsp[-8]), (yyvsp[-6].ast), (yyvsp[-4].ast), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4617 "build/parser.c"
    break;

  case 153: /* statement: "'switch'" '(' expr ')' switch_case_list  */
#line 629 "parser.y"
                        { (yyval.ast) = N2(SWITCH, (yylsp[-4]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4623 "build/parser.c"
    break;

  case 154: /* statement: "'break'" optional_expr ';'  */
#line 631 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast) ? N1(BREAK, (yylsp[-2]), (yyvsp[-1].ast)) : N0(BREAK, (yylsp[-2]));
			  (yyval.ast)->ival = (yyvsp[-1].ast) ? ((yyvsp[-1].ast)->kind == MP_AST_INT ? (yyvsp[-1].ast)->ival : 0) : 1; }
#line 4630 "build/parser.c"
    break;

  case 155: /* statement: "'continue'" optional_expr ';'  */
#line 634 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast) ? N1(CONTINUE, (yylsp[-2]), (yyvsp[-1].ast)) : N0(CONTINUE, (yylsp[-2]));
			  (yyval.ast)->ival = (yyvsp[-1].ast) ? ((yyvsp[-1].ast)->kind == MP_AST_INT ? (yyvsp[-1].ast)->ival : 0) : 1; }
#line 4637 "build/parser.c"
    break;

  case 156: /* statement: "'return'" optional_expr ';'  */
#line 636 "parser.y"
                                                        { (yyval.ast) = N1(RETURN, (yylsp[-2]), (yyvsp[-1].ast)); }
#line 4643 "build/parser.c"
    break;

  case 157: /* statement: "'global'" global_var_list ';'  */
#line 637 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4649 "build/parser.c"
    break;

  case 158: /* statement: "'static'" static_var_list ';'  */
#line 638 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4655 "build/parser.c"
    break;

  case 159: /* statement: "'echo'" echo_expr_list ';'  */
#line 639 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 4661 "build/parser.c"
    break;

  case 160: /* statement: T_INLINE_HTML  */
#line 640 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4667 "build/parser.c"
    break;

  case 161: /* statement: expr ';'  */
#line 641 "parser.y"
                                                                        { (yyval.ast) = N1(EXPR_STMT, (yylsp[-1]), (yyvsp[-1].ast)); }
#line 4673 "build/parser.c"
    break;

  case 162: /* statement: "'unset'" '(' unset_variables possible_comma ')' ';'  */
#line 642 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[-3].ast); }
#line 4679 "build/parser.c"
    break;

  case 163: /* statement: "'foreach'" '(' expr "'as'" foreach_variable ')' foreach_statement  */
#line 644 "parser.y"
                        { (yyval.ast) = N4(FOREACH, (yylsp[-6]), (yyvsp[-4].ast), NULL, (yyvsp[-2].ast), (yyvsp[0].ast));
			  if ((yyvsp[-2].ast)->flags & MP_AF_BYREF) { (yyvsp[-2].ast)->flags &= ~MP_AF_BYREF; (yyval.ast)->flags |= MP_AF_BYREF; } }
#line 4686 "build/parser.c"
    break;

  case 164: /* statement: "'foreach'" '(' expr "'as'" foreach_variable "'=>'" foreach_variable ')' foreach_statement  */
#line 648 "parser.y"
                        { (yyval.ast) = N4(FOREACH, (yylsp[-8]), (yyvsp[-6].ast), (yyvsp[-4].ast), (yyvsp[-2].ast), (yyvsp[0].ast));
			  if ((yyvsp[-2].ast)->flags & MP_AF_BYREF) { (yyvsp[-2].ast)->flags &= ~MP_AF_BYREF; (yyval.ast)->flags |= MP_AF_BYREF; } }
#line 4693 "build/parser.c"
    break;

  case 165: /* statement: "'declare'" '(' const_list ')' declare_statement  */
#line 651 "parser.y"
                        { (yyval.ast) = N2(DECLARE, (yylsp[-4]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4699 "build/parser.c"
    break;

  case 166: /* statement: ';'  */
#line 652 "parser.y"
                                              { (yyval.ast) = N0(NOP, (yylsp[0])); }
#line 4705 "build/parser.c"
    break;

  case 167: /* statement: "'try'" '{' inner_statement_list '}' catch_list finally_statement  */
#line 654 "parser.y"
                        { (yyval.ast) = N3(TRY, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 4711 "build/parser.c"
    break;

  case 168: /* statement: "'goto'" "identifier" ';'  */
#line 655 "parser.y"
                                        { (yyval.ast) = with_str(p, N0(GOTO, (yylsp[-2])), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 4717 "build/parser.c"
    break;

  case 169: /* statement: "identifier" ':'  */
#line 656 "parser.y"
                                        { (yyval.ast) = with_str(p, N0(LABEL, (yylsp[-1])), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 4723 "build/parser.c"
    break;

  case 170: /* catch_list: %empty  */
#line 660 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 4729 "build/parser.c"
    break;

  case 171: /* catch_list: catch_list "'catch'" '(' catch_name_list optional_variable ')' '{' inner_statement_list '}'  */
#line 662 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-8].ast), N3(CATCH, (yylsp[-7]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast))); }
#line 4735 "build/parser.c"
    break;

  case 172: /* catch_name_list: class_name  */
#line 666 "parser.y"
                                                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 4741 "build/parser.c"
    break;

  case 173: /* catch_name_list: catch_name_list '|' class_name  */
#line 667 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4747 "build/parser.c"
    break;

  case 174: /* optional_variable: %empty  */
#line 671 "parser.y"
                                { (yyval.ast) = NULL; }
#line 4753 "build/parser.c"
    break;

  case 175: /* optional_variable: "variable"  */
#line 672 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4759 "build/parser.c"
    break;

  case 176: /* finally_statement: %empty  */
#line 676 "parser.y"
                        { (yyval.ast) = NULL; }
#line 4765 "build/parser.c"
    break;

  case 177: /* finally_statement: "'finally'" '{' inner_statement_list '}'  */
#line 677 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 4771 "build/parser.c"
    break;

  case 178: /* unset_variables: unset_variable  */
#line 681 "parser.y"
                                { (yyval.ast) = N1(UNSET, (yylsp[0]), (yyvsp[0].ast)); }
#line 4777 "build/parser.c"
    break;

  case 179: /* unset_variables: unset_variables ',' unset_variable  */
#line 682 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4783 "build/parser.c"
    break;

  case 180: /* unset_variable: variable  */
#line 686 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4789 "build/parser.c"
    break;

  case 181: /* function_name: "identifier"  */
#line 690 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4795 "build/parser.c"
    break;

  case 182: /* function_name: "'readonly'"  */
#line 691 "parser.y"
                                { (yyval.ast) = ident_from(p, (yyvsp[0].s), (yylsp[0])); }
#line 4801 "build/parser.c"
    break;

  case 183: /* function_declaration_statement: function returns_ref function_name backup_doc_comment '(' parameter_list ')' return_type backup_fn_flags '{' inner_statement_list '}' backup_fn_flags  */
#line 697 "parser.y"
                { (yyval.ast) = with_flags(with_str(p, N3(FUNC_DECL, (yyvsp[-12].num), (yyvsp[-7].ast), (yyvsp[-2].ast), (yyvsp[-5].ast)), (yyvsp[-10].ast)->str, (yyvsp[-10].ast)->len), (yyvsp[-11].num)); }
#line 4807 "build/parser.c"
    break;

  case 184: /* is_reference: %empty  */
#line 701 "parser.y"
                        { (yyval.num) = 0; }
#line 4813 "build/parser.c"
    break;

  case 185: /* is_reference: "'&'"  */
#line 702 "parser.y"
                                                        { (yyval.num) = MP_AF_BYREF; }
#line 4819 "build/parser.c"
    break;

  case 186: /* is_variadic: %empty  */
#line 706 "parser.y"
                                { (yyval.num) = 0; }
#line 4825 "build/parser.c"
    break;

  case 187: /* is_variadic: "'...'"  */
#line 707 "parser.y"
                                { (yyval.num) = MP_AF_VARIADIC; }
#line 4831 "build/parser.c"
    break;

  case 188: /* $@1: %empty  */
#line 711 "parser.y"
                                        { }
#line 4837 "build/parser.c"
    break;

  case 189: /* class_declaration_statement: class_modifiers "'class'" $@1 "identifier" extends_from implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 713 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N4(CLASS_DECL, (yylsp[-9]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast), NULL), (yyvsp[-6].ast)->str, (yyvsp[-6].ast)->len), (yyvsp[-9].num));
			  (yyval.ast)->ival = MP_CK_CLASS; }
#line 4844 "build/parser.c"
    break;

  case 190: /* $@2: %empty  */
#line 715 "parser.y"
                        { }
#line 4850 "build/parser.c"
    break;

  case 191: /* class_declaration_statement: "'class'" $@2 "identifier" extends_from implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 717 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-8]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast), NULL), (yyvsp[-6].ast)->str, (yyvsp[-6].ast)->len);
			  (yyval.ast)->ival = MP_CK_CLASS; }
#line 4857 "build/parser.c"
    break;

  case 192: /* class_modifiers: class_modifier  */
#line 722 "parser.y"
                                                                { (yyval.num) = (yyvsp[0].num); }
#line 4863 "build/parser.c"
    break;

  case 193: /* class_modifiers: class_modifiers class_modifier  */
#line 723 "parser.y"
                                                { (yyval.num) = (yyvsp[-1].num) | (yyvsp[0].num); }
#line 4869 "build/parser.c"
    break;

  case 194: /* class_modifier: "'abstract'"  */
#line 727 "parser.y"
                                { (yyval.num) = MP_AF_ABSTRACT; }
#line 4875 "build/parser.c"
    break;

  case 195: /* class_modifier: "'final'"  */
#line 728 "parser.y"
                                { (yyval.num) = MP_AF_FINAL; }
#line 4881 "build/parser.c"
    break;

  case 196: /* class_modifier: "'readonly'"  */
#line 729 "parser.y"
                                { (yyval.num) = MP_AF_READONLY; }
#line 4887 "build/parser.c"
    break;

  case 197: /* $@3: %empty  */
#line 733 "parser.y"
                        { }
#line 4893 "build/parser.c"
    break;

  case 198: /* trait_declaration_statement: "'trait'" $@3 "identifier" backup_doc_comment '{' class_statement_list '}'  */
#line 735 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-6]), NULL, LIST((yylsp[-6])), (yyvsp[-1].ast), NULL), (yyvsp[-4].ast)->str, (yyvsp[-4].ast)->len);
			  (yyval.ast)->ival = MP_CK_TRAIT; }
#line 4900 "build/parser.c"
    break;

  case 199: /* $@4: %empty  */
#line 740 "parser.y"
                            { }
#line 4906 "build/parser.c"
    break;

  case 200: /* interface_declaration_statement: "'interface'" $@4 "identifier" interface_extends_list backup_doc_comment '{' class_statement_list '}'  */
#line 742 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-7]), NULL, (yyvsp[-4].ast), (yyvsp[-1].ast), NULL), (yyvsp[-5].ast)->str, (yyvsp[-5].ast)->len);
			  (yyval.ast)->ival = MP_CK_INTERFACE; }
#line 4913 "build/parser.c"
    break;

  case 201: /* $@5: %empty  */
#line 747 "parser.y"
                       { }
#line 4919 "build/parser.c"
    break;

  case 202: /* enum_declaration_statement: "'enum'" $@5 "identifier" enum_backing_type implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 749 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-8]), NULL, (yyvsp[-4].ast), (yyvsp[-1].ast), (yyvsp[-5].ast)), (yyvsp[-6].ast)->str, (yyvsp[-6].ast)->len);
			  (yyval.ast)->ival = MP_CK_ENUM; }
#line 4926 "build/parser.c"
    break;

  case 203: /* enum_backing_type: %empty  */
#line 754 "parser.y"
                        { (yyval.ast) = NULL; }
#line 4932 "build/parser.c"
    break;

  case 204: /* enum_backing_type: ':' type_expr  */
#line 755 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4938 "build/parser.c"
    break;

  case 205: /* enum_case: "'case'" backup_doc_comment identifier enum_case_expr ';'  */
#line 760 "parser.y"
                        { (yyval.ast) = with_str(p, N1(ENUM_CASE, (yylsp[-4]), (yyvsp[-1].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 4944 "build/parser.c"
    break;

  case 206: /* enum_case_expr: %empty  */
#line 764 "parser.y"
                                { (yyval.ast) = NULL; }
#line 4950 "build/parser.c"
    break;

  case 207: /* enum_case_expr: '=' expr  */
#line 765 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4956 "build/parser.c"
    break;

  case 208: /* extends_from: %empty  */
#line 769 "parser.y"
                                                        { (yyval.ast) = NULL; }
#line 4962 "build/parser.c"
    break;

  case 209: /* extends_from: "'extends'" class_name  */
#line 770 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4968 "build/parser.c"
    break;

  case 210: /* interface_extends_list: %empty  */
#line 774 "parser.y"
                                                                { (yyval.ast) = LIST((yyloc)); }
#line 4974 "build/parser.c"
    break;

  case 211: /* interface_extends_list: "'extends'" class_name_list  */
#line 775 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4980 "build/parser.c"
    break;

  case 212: /* implements_list: %empty  */
#line 779 "parser.y"
                                                                        { (yyval.ast) = LIST((yyloc)); }
#line 4986 "build/parser.c"
    break;

  case 213: /* implements_list: "'implements'" class_name_list  */
#line 780 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4992 "build/parser.c"
    break;

  case 214: /* foreach_variable: variable  */
#line 784 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4998 "build/parser.c"
    break;

  case 215: /* foreach_variable: ampersand variable  */
#line 785 "parser.y"
                                        { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_BYREF); }
#line 5004 "build/parser.c"
    break;

  case 216: /* foreach_variable: "'list'" '(' array_pair_list ')'  */
#line 786 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-3]); }
#line 5010 "build/parser.c"
    break;

  case 217: /* foreach_variable: '[' array_pair_list ']'  */
#line 787 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[-1].ast), MP_AF_SHORT); (yyval.ast)->line = (yylsp[-2]); }
#line 5016 "build/parser.c"
    break;

  case 218: /* for_statement: statement  */
#line 791 "parser.y"
                                { (yyval.ast) = as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5022 "build/parser.c"
    break;

  case 219: /* for_statement: ':' inner_statement_list "'endfor'" ';'  */
#line 792 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5028 "build/parser.c"
    break;

  case 220: /* foreach_statement: statement  */
#line 796 "parser.y"
                                { (yyval.ast) = as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5034 "build/parser.c"
    break;

  case 221: /* foreach_statement: ':' inner_statement_list "'endforeach'" ';'  */
#line 797 "parser.y"
                                                                { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5040 "build/parser.c"
    break;

  case 222: /* declare_statement: statement  */
#line 801 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast)->kind == MP_AST_NOP ? NULL : as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5046 "build/parser.c"
    break;

  case 223: /* declare_statement: ':' inner_statement_list "'enddeclare'" ';'  */
#line 802 "parser.y"
                                                                { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5052 "build/parser.c"
    break;

  case 224: /* switch_case_list: '{' case_list '}'  */
#line 806 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5058 "build/parser.c"
    break;

  case 225: /* switch_case_list: '{' ';' case_list '}'  */
#line 807 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5064 "build/parser.c"
    break;

  case 226: /* switch_case_list: ':' case_list "'endswitch'" ';'  */
#line 808 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-2].ast); }
#line 5070 "build/parser.c"
    break;

  case 227: /* switch_case_list: ':' ';' case_list "'endswitch'" ';'  */
#line 809 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-2].ast); }
#line 5076 "build/parser.c"
    break;

  case 228: /* case_list: %empty  */
#line 813 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5082 "build/parser.c"
    break;

  case 229: /* case_list: case_list "'case'" expr case_separator inner_statement_list  */
#line 815 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-4].ast), N2(CASE, (yylsp[-3]), (yyvsp[-2].ast), (yyvsp[0].ast))); }
#line 5088 "build/parser.c"
    break;

  case 230: /* case_list: case_list "'default'" case_separator inner_statement_list  */
#line 817 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-3].ast), N2(CASE, (yylsp[-2]), NULL, (yyvsp[0].ast))); }
#line 5094 "build/parser.c"
    break;

  case 233: /* match: "'match'" '(' expr ')' '{' match_arm_list '}'  */
#line 827 "parser.y"
                        { (yyval.ast) = N2(MATCH, (yylsp[-6]), (yyvsp[-4].ast), (yyvsp[-1].ast)); }
#line 5100 "build/parser.c"
    break;

  case 234: /* match_arm_list: %empty  */
#line 831 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5106 "build/parser.c"
    break;

  case 235: /* match_arm_list: non_empty_match_arm_list possible_comma  */
#line 832 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5112 "build/parser.c"
    break;

  case 236: /* non_empty_match_arm_list: match_arm  */
#line 836 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5118 "build/parser.c"
    break;

  case 237: /* non_empty_match_arm_list: non_empty_match_arm_list ',' match_arm  */
#line 837 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5124 "build/parser.c"
    break;

  case 238: /* match_arm: match_arm_cond_list possible_comma "'=>'" expr  */
#line 842 "parser.y"
                        { (yyval.ast) = N2(MATCH_ARM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[0].ast)); }
#line 5130 "build/parser.c"
    break;

  case 239: /* match_arm: "'default'" possible_comma "'=>'" expr  */
#line 844 "parser.y"
                        { (yyval.ast) = N2(MATCH_ARM, (yylsp[-3]), NULL, (yyvsp[0].ast)); }
#line 5136 "build/parser.c"
    break;

  case 240: /* match_arm_cond_list: expr  */
#line 848 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5142 "build/parser.c"
    break;

  case 241: /* match_arm_cond_list: match_arm_cond_list ',' expr  */
#line 849 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5148 "build/parser.c"
    break;

  case 242: /* while_statement: statement  */
#line 853 "parser.y"
                                { (yyval.ast) = as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5154 "build/parser.c"
    break;

  case 243: /* while_statement: ':' inner_statement_list "'endwhile'" ';'  */
#line 854 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5160 "build/parser.c"
    break;

  case 244: /* if_stmt_without_else: "'if'" '(' expr ')' statement  */
#line 860 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[-4]), N3(IF, (yylsp[-4]), (yyvsp[-2].ast), as_list(p, (yyvsp[0].ast), (yylsp[0])), NULL)); }
#line 5166 "build/parser.c"
    break;

  case 245: /* if_stmt_without_else: if_stmt_without_else "'elseif'" '(' expr ')' statement  */
#line 862 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-5].ast), N3(IF, (yylsp[-4]), (yyvsp[-2].ast), as_list(p, (yyvsp[0].ast), (yylsp[0])), NULL)); }
#line 5172 "build/parser.c"
    break;

  case 246: /* if_stmt: if_stmt_without_else  */
#line 866 "parser.y"
                                                        { (yyval.ast) = chain_ifs((yyvsp[0].ast), NULL); }
#line 5178 "build/parser.c"
    break;

  case 247: /* if_stmt: if_stmt_without_else "'else'" statement  */
#line 867 "parser.y"
                                                        { (yyval.ast) = chain_ifs((yyvsp[-2].ast), as_list(p, (yyvsp[0].ast), (yylsp[0]))); }
#line 5184 "build/parser.c"
    break;

  case 248: /* alt_if_stmt_without_else: "'if'" '(' expr ')' ':' inner_statement_list  */
#line 872 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[-5]), with_flags(N3(IF, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[0].ast), NULL), MP_AF_ALT_SYNTAX)); }
#line 5190 "build/parser.c"
    break;

  case 249: /* alt_if_stmt_without_else: alt_if_stmt_without_else "'elseif'" '(' expr ')' ':' inner_statement_list  */
#line 874 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-6].ast), with_flags(N3(IF, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[0].ast), NULL), MP_AF_ALT_SYNTAX)); }
#line 5196 "build/parser.c"
    break;

  case 250: /* alt_if_stmt: alt_if_stmt_without_else "'endif'" ';'  */
#line 878 "parser.y"
                                                        { (yyval.ast) = chain_ifs((yyvsp[-2].ast), NULL); }
#line 5202 "build/parser.c"
    break;

  case 251: /* alt_if_stmt: alt_if_stmt_without_else "'else'" ':' inner_statement_list "'endif'" ';'  */
#line 880 "parser.y"
                        { (yyval.ast) = chain_ifs((yyvsp[-5].ast), (yyvsp[-2].ast)); }
#line 5208 "build/parser.c"
    break;

  case 252: /* parameter_list: non_empty_parameter_list possible_comma  */
#line 884 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5214 "build/parser.c"
    break;

  case 253: /* parameter_list: %empty  */
#line 885 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5220 "build/parser.c"
    break;

  case 254: /* non_empty_parameter_list: attributed_parameter  */
#line 889 "parser.y"
                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5226 "build/parser.c"
    break;

  case 255: /* non_empty_parameter_list: non_empty_parameter_list ',' attributed_parameter  */
#line 890 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5232 "build/parser.c"
    break;

  case 256: /* attributed_parameter: attributes parameter  */
#line 894 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5238 "build/parser.c"
    break;

  case 257: /* attributed_parameter: parameter  */
#line 895 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5244 "build/parser.c"
    break;

  case 258: /* optional_cpp_modifiers: %empty  */
#line 899 "parser.y"
                                                                { (yyval.num) = 0; }
#line 5250 "build/parser.c"
    break;

  case 259: /* optional_cpp_modifiers: non_empty_member_modifiers  */
#line 900 "parser.y"
                                                { (yyval.num) = (yyvsp[0].num); }
#line 5256 "build/parser.c"
    break;

  case 260: /* parameter: optional_cpp_modifiers optional_type_without_static is_reference is_variadic "variable" backup_doc_comment  */
#line 906 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N2(PARAM, (yylsp[-1]), NULL, (yyvsp[-4].ast)), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len), (yyvsp[-5].num) | (yyvsp[-3].num) | (yyvsp[-2].num)); }
#line 5262 "build/parser.c"
    break;

  case 261: /* parameter: optional_cpp_modifiers optional_type_without_static is_reference is_variadic "variable" backup_doc_comment '=' expr  */
#line 909 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N2(PARAM, (yylsp[-3]), (yyvsp[0].ast), (yyvsp[-6].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len), (yyvsp[-7].num) | (yyvsp[-5].num) | (yyvsp[-4].num)); }
#line 5268 "build/parser.c"
    break;

  case 262: /* optional_type_without_static: %empty  */
#line 913 "parser.y"
                        { (yyval.ast) = NULL; }
#line 5274 "build/parser.c"
    break;

  case 263: /* optional_type_without_static: type_expr_without_static  */
#line 914 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5280 "build/parser.c"
    break;

  case 264: /* type_expr: type  */
#line 918 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5286 "build/parser.c"
    break;

  case 265: /* type_expr: '?' type  */
#line 919 "parser.y"
                                                { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_NULLABLE); }
#line 5292 "build/parser.c"
    break;

  case 266: /* type_expr: union_type  */
#line 920 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5298 "build/parser.c"
    break;

  case 267: /* type_expr: intersection_type  */
#line 921 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5304 "build/parser.c"
    break;

  case 268: /* type: type_without_static  */
#line 925 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5310 "build/parser.c"
    break;

  case 269: /* type: "'static'"  */
#line 926 "parser.y"
                                                { (yyval.ast) = mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), "static", 6); }
#line 5316 "build/parser.c"
    break;

  case 270: /* union_type_element: type  */
#line 930 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5322 "build/parser.c"
    break;

  case 271: /* union_type_element: '(' intersection_type ')'  */
#line 931 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5328 "build/parser.c"
    break;

  case 272: /* union_type: union_type_element '|' union_type_element  */
#line 935 "parser.y"
                                                                { (yyval.ast) = N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5334 "build/parser.c"
    break;

  case 273: /* union_type: union_type '|' union_type_element  */
#line 936 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5340 "build/parser.c"
    break;

  case 274: /* intersection_type: type "amp" type  */
#line 941 "parser.y"
                        { (yyval.ast) = with_flags(N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)), MP_AF_INTERSECTION); }
#line 5346 "build/parser.c"
    break;

  case 275: /* intersection_type: intersection_type "amp" type  */
#line 942 "parser.y"
                                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5352 "build/parser.c"
    break;

  case 276: /* type_expr_without_static: type_without_static  */
#line 948 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5358 "build/parser.c"
    break;

  case 277: /* type_expr_without_static: '?' type_without_static  */
#line 949 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_NULLABLE); }
#line 5364 "build/parser.c"
    break;

  case 278: /* type_expr_without_static: union_type_without_static  */
#line 950 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5370 "build/parser.c"
    break;

  case 279: /* type_expr_without_static: intersection_type_without_static  */
#line 951 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5376 "build/parser.c"
    break;

  case 280: /* type_without_static: "'array'"  */
#line 955 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), "array", 5); }
#line 5382 "build/parser.c"
    break;

  case 281: /* type_without_static: "'callable'"  */
#line 956 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), "callable", 8); }
#line 5388 "build/parser.c"
    break;

  case 282: /* type_without_static: name  */
#line 957 "parser.y"
                                { (yyval.ast) = with_flags(mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len), (yyvsp[0].ast)->flags & MP_AF_FQ); }
#line 5394 "build/parser.c"
    break;

  case 283: /* union_type_without_static_element: type_without_static  */
#line 961 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5400 "build/parser.c"
    break;

  case 284: /* union_type_without_static_element: '(' intersection_type_without_static ')'  */
#line 962 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5406 "build/parser.c"
    break;

  case 285: /* union_type_without_static: union_type_without_static_element '|' union_type_without_static_element  */
#line 967 "parser.y"
                        { (yyval.ast) = N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5412 "build/parser.c"
    break;

  case 286: /* union_type_without_static: union_type_without_static '|' union_type_without_static_element  */
#line 969 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5418 "build/parser.c"
    break;

  case 287: /* intersection_type_without_static: type_without_static "amp" type_without_static  */
#line 974 "parser.y"
                        { (yyval.ast) = with_flags(N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)), MP_AF_INTERSECTION); }
#line 5424 "build/parser.c"
    break;

  case 288: /* intersection_type_without_static: intersection_type_without_static "amp" type_without_static  */
#line 976 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5430 "build/parser.c"
    break;

  case 289: /* return_type: %empty  */
#line 980 "parser.y"
                                        { (yyval.ast) = NULL; }
#line 5436 "build/parser.c"
    break;

  case 290: /* return_type: ':' type_expr  */
#line 981 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5442 "build/parser.c"
    break;

  case 291: /* argument_list: '(' ')'  */
#line 985 "parser.y"
                        { (yyval.ast) = LIST((yylsp[-1])); }
#line 5448 "build/parser.c"
    break;

  case 292: /* argument_list: '(' non_empty_argument_list possible_comma ')'  */
#line 986 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-2].ast); }
#line 5454 "build/parser.c"
    break;

  case 293: /* argument_list: '(' "'...'" ')'  */
#line 987 "parser.y"
                                        { (yyval.ast) = N0(CALLABLE_PLACEHOLDER, (yylsp[-1])); }
#line 5460 "build/parser.c"
    break;

  case 294: /* non_empty_argument_list: argument  */
#line 991 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5466 "build/parser.c"
    break;

  case 295: /* non_empty_argument_list: non_empty_argument_list ',' argument  */
#line 992 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5472 "build/parser.c"
    break;

  case 296: /* argument: expr  */
#line 996 "parser.y"
                        { (yyval.ast) = N1(ARG, (yylsp[0]), (yyvsp[0].ast)); }
#line 5478 "build/parser.c"
    break;

  case 297: /* argument: identifier ':' expr  */
#line 997 "parser.y"
                                        { (yyval.ast) = with_str(p, N1(ARG, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 5484 "build/parser.c"
    break;

  case 298: /* argument: "'...'" expr  */
#line 998 "parser.y"
                                { (yyval.ast) = with_flags(N1(ARG, (yylsp[-1]), (yyvsp[0].ast)), MP_AF_SPREAD); }
#line 5490 "build/parser.c"
    break;

  case 299: /* global_var_list: global_var_list ',' global_var  */
#line 1002 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5496 "build/parser.c"
    break;

  case 300: /* global_var_list: global_var  */
#line 1003 "parser.y"
                                { (yyval.ast) = N1(GLOBAL, (yylsp[0]), (yyvsp[0].ast)); }
#line 5502 "build/parser.c"
    break;

  case 301: /* global_var: simple_variable  */
#line 1007 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5508 "build/parser.c"
    break;

  case 302: /* static_var_list: static_var_list ',' static_var  */
#line 1011 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5514 "build/parser.c"
    break;

  case 303: /* static_var_list: static_var  */
#line 1012 "parser.y"
                                { (yyval.ast) = N1(STATIC, (yylsp[0]), (yyvsp[0].ast)); }
#line 5520 "build/parser.c"
    break;

  case 304: /* static_var: "variable"  */
#line 1016 "parser.y"
                                                { (yyval.ast) = with_str(p, N1(STATIC_VAR, (yylsp[0]), NULL), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 5526 "build/parser.c"
    break;

  case 305: /* static_var: "variable" '=' expr  */
#line 1017 "parser.y"
                                        { (yyval.ast) = with_str(p, N1(STATIC_VAR, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 5532 "build/parser.c"
    break;

  case 306: /* class_statement_list: class_statement_list class_statement  */
#line 1021 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5538 "build/parser.c"
    break;

  case 307: /* class_statement_list: %empty  */
#line 1022 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5544 "build/parser.c"
    break;

  case 308: /* attributed_class_statement: property_modifiers optional_type_without_static property_list ';'  */
#line 1027 "parser.y"
                        { (yyval.ast) = with_flags(N2(PROP_DECL, (yylsp[-3]), (yyvsp[-2].ast), (yyvsp[-1].ast)), (yyvsp[-3].num)); }
#line 5550 "build/parser.c"
    break;

  case 309: /* attributed_class_statement: class_const_modifiers "'const'" class_const_list ';'  */
#line 1029 "parser.y"
                        { (yyval.ast) = with_flags(N1(CLASS_CONST, (yyvsp[-3].num) ? (yylsp[-3]) : (yylsp[-2]), (yyvsp[-1].ast)), (yyvsp[-3].num)); }
#line 5556 "build/parser.c"
    break;

  case 310: /* attributed_class_statement: method_modifiers function returns_ref identifier backup_doc_comment '(' parameter_list ')' return_type backup_fn_flags method_body backup_fn_flags  */
#line 1032 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N3(METHOD, (yyvsp[-11].num) ? (yylsp[-11]) : (yyvsp[-10].num), (yyvsp[-5].ast), (yyvsp[-1].ast), (yyvsp[-3].ast)), (yyvsp[-8].ast)->str, (yyvsp[-8].ast)->len), (yyvsp[-11].num) | (yyvsp[-9].num)); }
#line 5562 "build/parser.c"
    break;

  case 311: /* attributed_class_statement: enum_case  */
#line 1033 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5568 "build/parser.c"
    break;

  case 312: /* class_statement: attributed_class_statement  */
#line 1037 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5574 "build/parser.c"
    break;

  case 313: /* class_statement: attributes attributed_class_statement  */
#line 1038 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5580 "build/parser.c"
    break;

  case 314: /* class_statement: "'use'" class_name_list trait_adaptations  */
#line 1039 "parser.y"
                                                        { (yyval.ast) = N2(TRAIT_USE, (yylsp[-2]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5586 "build/parser.c"
    break;

  case 315: /* class_name_list: class_name  */
#line 1043 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5592 "build/parser.c"
    break;

  case 316: /* class_name_list: class_name_list ',' class_name  */
#line 1044 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5598 "build/parser.c"
    break;

  case 317: /* trait_adaptations: ';'  */
#line 1048 "parser.y"
                                        { (yyval.ast) = LIST((yylsp[0])); }
#line 5604 "build/parser.c"
    break;

  case 318: /* trait_adaptations: '{' '}'  */
#line 1049 "parser.y"
                                { (yyval.ast) = LIST((yylsp[-1])); }
#line 5610 "build/parser.c"
    break;

  case 319: /* trait_adaptations: '{' trait_adaptation_list '}'  */
#line 1050 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5616 "build/parser.c"
    break;

  case 320: /* trait_adaptation_list: trait_adaptation  */
#line 1054 "parser.y"
                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5622 "build/parser.c"
    break;

  case 321: /* trait_adaptation_list: trait_adaptation_list trait_adaptation  */
#line 1055 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5628 "build/parser.c"
    break;

  case 322: /* trait_adaptation: trait_precedence ';'  */
#line 1059 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5634 "build/parser.c"
    break;

  case 323: /* trait_adaptation: trait_alias ';'  */
#line 1060 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5640 "build/parser.c"
    break;

  case 324: /* trait_precedence: absolute_trait_method_reference "'insteadof'" class_name_list  */
#line 1065 "parser.y"
                { (yyval.ast) = (yyvsp[-2].ast); (yyval.ast)->kind = MP_AST_TRAIT_INSTEADOF; (yyval.ast)->nkids = 2; ADD((yyval.ast), (yyvsp[0].ast)); }
#line 5646 "build/parser.c"
    break;

  case 325: /* trait_alias: trait_method_reference "'as'" "identifier"  */
#line 1070 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5652 "build/parser.c"
    break;

  case 326: /* trait_alias: trait_method_reference "'as'" reserved_non_modifiers  */
#line 1071 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), ident_from(p, (yyvsp[0].s), (yylsp[0]))); }
#line 5658 "build/parser.c"
    break;

  case 327: /* trait_alias: trait_method_reference "'as'" member_modifier identifier  */
#line 1072 "parser.y"
                                                                        { (yyval.ast) = with_flags(ADD((yyvsp[-3].ast), (yyvsp[0].ast)), (yyvsp[-1].num)); }
#line 5664 "build/parser.c"
    break;

  case 328: /* trait_alias: trait_method_reference "'as'" member_modifier  */
#line 1073 "parser.y"
                                                                { (yyval.ast) = with_flags(ADD((yyvsp[-2].ast), NULL), (yyvsp[0].num)); }
#line 5670 "build/parser.c"
    break;

  case 329: /* trait_method_reference: identifier  */
#line 1077 "parser.y"
                                { (yyval.ast) = N2(TRAIT_ALIAS, (yylsp[0]), NULL, (yyvsp[0].ast)); }
#line 5676 "build/parser.c"
    break;

  case 330: /* trait_method_reference: absolute_trait_method_reference  */
#line 1078 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5682 "build/parser.c"
    break;

  case 331: /* absolute_trait_method_reference: class_name "'::'" identifier  */
#line 1083 "parser.y"
                { (yyval.ast) = N2(TRAIT_ALIAS, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5688 "build/parser.c"
    break;

  case 332: /* method_body: ';'  */
#line 1087 "parser.y"
                                                { (yyval.ast) = NULL; }
#line 5694 "build/parser.c"
    break;

  case 333: /* method_body: '{' inner_statement_list '}'  */
#line 1088 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5700 "build/parser.c"
    break;

  case 334: /* property_modifiers: non_empty_member_modifiers  */
#line 1092 "parser.y"
                                                { (yyval.num) = (yyvsp[0].num); }
#line 5706 "build/parser.c"
    break;

  case 335: /* property_modifiers: "'var'"  */
#line 1093 "parser.y"
                        { (yyval.num) = MP_AF_PUBLIC; }
#line 5712 "build/parser.c"
    break;

  case 336: /* method_modifiers: %empty  */
#line 1097 "parser.y"
                        { (yyval.num) = 0; }
#line 5718 "build/parser.c"
    break;

  case 337: /* method_modifiers: non_empty_member_modifiers  */
#line 1098 "parser.y"
                                                { (yyval.num) = (yyvsp[0].num); }
#line 5724 "build/parser.c"
    break;

  case 338: /* class_const_modifiers: %empty  */
#line 1102 "parser.y"
                        { (yyval.num) = 0; }
#line 5730 "build/parser.c"
    break;

  case 339: /* class_const_modifiers: non_empty_member_modifiers  */
#line 1103 "parser.y"
                                                { (yyval.num) = (yyvsp[0].num); }
#line 5736 "build/parser.c"
    break;

  case 340: /* non_empty_member_modifiers: member_modifier  */
#line 1107 "parser.y"
                                { (yyval.num) = (yyvsp[0].num); }
#line 5742 "build/parser.c"
    break;

  case 341: /* non_empty_member_modifiers: non_empty_member_modifiers member_modifier  */
#line 1108 "parser.y"
                                                                { (yyval.num) = (yyvsp[-1].num) | (yyvsp[0].num); }
#line 5748 "build/parser.c"
    break;

  case 342: /* member_modifier: "'public'"  */
#line 1112 "parser.y"
                                { (yyval.num) = MP_AF_PUBLIC; }
#line 5754 "build/parser.c"
    break;

  case 343: /* member_modifier: "'protected'"  */
#line 1113 "parser.y"
                                { (yyval.num) = MP_AF_PROTECTED; }
#line 5760 "build/parser.c"
    break;

  case 344: /* member_modifier: "'private'"  */
#line 1114 "parser.y"
                                { (yyval.num) = MP_AF_PRIVATE; }
#line 5766 "build/parser.c"
    break;

  case 345: /* member_modifier: "'static'"  */
#line 1115 "parser.y"
                                { (yyval.num) = MP_AF_STATIC; }
#line 5772 "build/parser.c"
    break;

  case 346: /* member_modifier: "'abstract'"  */
#line 1116 "parser.y"
                                { (yyval.num) = MP_AF_ABSTRACT; }
#line 5778 "build/parser.c"
    break;

  case 347: /* member_modifier: "'final'"  */
#line 1117 "parser.y"
                                { (yyval.num) = MP_AF_FINAL; }
#line 5784 "build/parser.c"
    break;

  case 348: /* member_modifier: "'readonly'"  */
#line 1118 "parser.y"
                                { (yyval.num) = MP_AF_READONLY; }
#line 5790 "build/parser.c"
    break;

  case 349: /* property_list: property_list ',' property  */
#line 1122 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5796 "build/parser.c"
    break;

  case 350: /* property_list: property  */
#line 1123 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5802 "build/parser.c"
    break;

  case 351: /* property: "variable" backup_doc_comment  */
#line 1127 "parser.y"
                                                { (yyval.ast) = with_str(p, N1(PROP_ITEM, (yylsp[-1]), NULL), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 5808 "build/parser.c"
    break;

  case 352: /* property: "variable" '=' expr backup_doc_comment  */
#line 1128 "parser.y"
                                                        { (yyval.ast) = with_str(p, N1(PROP_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len); }
#line 5814 "build/parser.c"
    break;

  case 353: /* class_const_list: class_const_list ',' class_const_decl  */
#line 1132 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5820 "build/parser.c"
    break;

  case 354: /* class_const_list: class_const_decl  */
#line 1133 "parser.y"
                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5826 "build/parser.c"
    break;

  case 355: /* class_const_decl: "identifier" '=' expr backup_doc_comment  */
#line 1137 "parser.y"
                                                        { (yyval.ast) = with_str(p, N1(CONST_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len); }
#line 5832 "build/parser.c"
    break;

  case 356: /* class_const_decl: semi_reserved '=' expr backup_doc_comment  */
#line 1138 "parser.y"
                                                                { (yyval.ast) = with_str(p, N1(CONST_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].s).s, (yyvsp[-3].s).len); }
#line 5838 "build/parser.c"
    break;

  case 357: /* const_decl: "identifier" '=' expr backup_doc_comment  */
#line 1142 "parser.y"
                                                { (yyval.ast) = with_str(p, N1(CONST_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len); }
#line 5844 "build/parser.c"
    break;

  case 358: /* echo_expr_list: echo_expr_list ',' echo_expr  */
#line 1146 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5850 "build/parser.c"
    break;

  case 359: /* echo_expr_list: echo_expr  */
#line 1147 "parser.y"
                                { (yyval.ast) = N1(ECHO, (yylsp[0]), (yyvsp[0].ast)); }
#line 5856 "build/parser.c"
    break;

  case 360: /* echo_expr: expr  */
#line 1150 "parser.y"
                { (yyval.ast) = (yyvsp[0].ast); }
#line 5862 "build/parser.c"
    break;

  case 361: /* for_exprs: %empty  */
#line 1154 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5868 "build/parser.c"
    break;

  case 362: /* for_exprs: non_empty_for_exprs  */
#line 1155 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5874 "build/parser.c"
    break;

  case 363: /* non_empty_for_exprs: non_empty_for_exprs ',' expr  */
#line 1159 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5880 "build/parser.c"
    break;

  case 364: /* non_empty_for_exprs: expr  */
#line 1160 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5886 "build/parser.c"
    break;

  case 365: /* $@6: %empty  */
#line 1164 "parser.y"
                        { }
#line 5892 "build/parser.c"
    break;

  case 366: /* anonymous_class: "'class'" $@6 ctor_arguments extends_from implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 1166 "parser.y"
                        { mp_ast *decl = N4(CLASS_DECL, (yylsp[-8]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast), NULL);
			  decl->ival = MP_CK_CLASS;
			  (yyval.ast) = N2(NEW, (yylsp[-8]), decl, (yyvsp[-6].ast)); }
#line 5900 "build/parser.c"
    break;

  case 367: /* new_expr: "'new'" class_name_reference ctor_arguments  */
#line 1172 "parser.y"
                                                                { (yyval.ast) = N2(NEW, (yylsp[-2]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5906 "build/parser.c"
    break;

  case 368: /* new_expr: "'new'" anonymous_class  */
#line 1173 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->line = (yylsp[-1]); }
#line 5912 "build/parser.c"
    break;

  case 369: /* new_expr: "'new'" attributes anonymous_class  */
#line 1174 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 5918 "build/parser.c"
    break;

  case 370: /* expr: variable  */
#line 1178 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5924 "build/parser.c"
    break;

  case 371: /* expr: "'list'" '(' array_pair_list ')' '=' expr  */
#line 1180 "parser.y"
                        { (yyvsp[-3].ast)->line = (yylsp[-5]); (yyval.ast) = N2(ASSIGN, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[0].ast)); }
#line 5930 "build/parser.c"
    break;

  case 372: /* expr: '[' array_pair_list ']' '=' expr  */
#line 1182 "parser.y"
                        { (yyvsp[-3].ast)->line = (yylsp[-4]); (yyval.ast) = N2(ASSIGN, (yylsp[-4]), with_flags((yyvsp[-3].ast), MP_AF_SHORT), (yyvsp[0].ast)); }
#line 5936 "build/parser.c"
    break;

  case 373: /* expr: variable '=' expr  */
#line 1183 "parser.y"
                                                        { (yyval.ast) = N2(ASSIGN, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5942 "build/parser.c"
    break;

  case 374: /* expr: variable '=' ampersand variable  */
#line 1184 "parser.y"
                                                { (yyval.ast) = N2(ASSIGN_REF, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[0].ast)); }
#line 5948 "build/parser.c"
    break;

  case 375: /* expr: "'clone'" expr  */
#line 1185 "parser.y"
                                { (yyval.ast) = N1(CLONE, (yylsp[-1]), (yyvsp[0].ast)); }
#line 5954 "build/parser.c"
    break;

  case 376: /* expr: variable "'+='" expr  */
#line 1186 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_ADD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5960 "build/parser.c"
    break;

  case 377: /* expr: variable "'-='" expr  */
#line 1187 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_SUB, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5966 "build/parser.c"
    break;

  case 378: /* expr: variable "'*='" expr  */
#line 1188 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_MUL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5972 "build/parser.c"
    break;

  case 379: /* expr: variable "'**='" expr  */
#line 1189 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_POW, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5978 "build/parser.c"
    break;

  case 380: /* expr: variable "'/='" expr  */
#line 1190 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_DIV, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5984 "build/parser.c"
    break;

  case 381: /* expr: variable "'.='" expr  */
#line 1191 "parser.y"
                                                { (yyval.ast) = assign_op(p, MP_OP_CONCAT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5990 "build/parser.c"
    break;

  case 382: /* expr: variable "'%='" expr  */
#line 1192 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_MOD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 5996 "build/parser.c"
    break;

  case 383: /* expr: variable "'&='" expr  */
#line 1193 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_BITAND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6002 "build/parser.c"
    break;

  case 384: /* expr: variable "'|='" expr  */
#line 1194 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_BITOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6008 "build/parser.c"
    break;

  case 385: /* expr: variable "'^='" expr  */
#line 1195 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_BITXOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6014 "build/parser.c"
    break;

  case 386: /* expr: variable "'<<='" expr  */
#line 1196 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_SHL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6020 "build/parser.c"
    break;

  case 387: /* expr: variable "'>>='" expr  */
#line 1197 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_SHR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6026 "build/parser.c"
    break;

  case 388: /* expr: variable "'??='" expr  */
#line 1198 "parser.y"
                                                { (yyval.ast) = assign_op(p, MP_OP_COALESCE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6032 "build/parser.c"
    break;

  case 389: /* expr: variable "'++'"  */
#line 1199 "parser.y"
                                { (yyval.ast) = N1(POST_INC, (yylsp[-1]), (yyvsp[-1].ast)); }
#line 6038 "build/parser.c"
    break;

  case 390: /* expr: "'++'" variable  */
#line 1200 "parser.y"
                                { (yyval.ast) = N1(PRE_INC, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6044 "build/parser.c"
    break;

  case 391: /* expr: variable "'--'"  */
#line 1201 "parser.y"
                                { (yyval.ast) = N1(POST_DEC, (yylsp[-1]), (yyvsp[-1].ast)); }
#line 6050 "build/parser.c"
    break;

  case 392: /* expr: "'--'" variable  */
#line 1202 "parser.y"
                                { (yyval.ast) = N1(PRE_DEC, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6056 "build/parser.c"
    break;

  case 393: /* expr: expr "'||'" expr  */
#line 1203 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_OR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6062 "build/parser.c"
    break;

  case 394: /* expr: expr "'&&'" expr  */
#line 1204 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_AND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6068 "build/parser.c"
    break;

  case 395: /* expr: expr "'or'" expr  */
#line 1205 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_OR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6074 "build/parser.c"
    break;

  case 396: /* expr: expr "'and'" expr  */
#line 1206 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_AND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6080 "build/parser.c"
    break;

  case 397: /* expr: expr "'xor'" expr  */
#line 1207 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_XOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6086 "build/parser.c"
    break;

  case 398: /* expr: expr '|' expr  */
#line 1208 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_BITOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6092 "build/parser.c"
    break;

  case 399: /* expr: expr "amp" expr  */
#line 1209 "parser.y"
                                                                        { (yyval.ast) = binop(p, MP_OP_BITAND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6098 "build/parser.c"
    break;

  case 400: /* expr: expr "'&'" expr  */
#line 1210 "parser.y"
                                                                { (yyval.ast) = binop(p, MP_OP_BITAND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6104 "build/parser.c"
    break;

  case 401: /* expr: expr '^' expr  */
#line 1211 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_BITXOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6110 "build/parser.c"
    break;

  case 402: /* expr: expr '.' expr  */
#line 1212 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_CONCAT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6116 "build/parser.c"
    break;

  case 403: /* expr: expr '+' expr  */
#line 1213 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_ADD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6122 "build/parser.c"
    break;

  case 404: /* expr: expr '-' expr  */
#line 1214 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_SUB, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6128 "build/parser.c"
    break;

  case 405: /* expr: expr '*' expr  */
#line 1215 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_MUL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6134 "build/parser.c"
    break;

  case 406: /* expr: expr "'**'" expr  */
#line 1216 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_POW, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6140 "build/parser.c"
    break;

  case 407: /* expr: expr '/' expr  */
#line 1217 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_DIV, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6146 "build/parser.c"
    break;

  case 408: /* expr: expr '%' expr  */
#line 1218 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_MOD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6152 "build/parser.c"
    break;

  case 409: /* expr: expr "'<<'" expr  */
#line 1219 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_SHL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6158 "build/parser.c"
    break;

  case 410: /* expr: expr "'>>'" expr  */
#line 1220 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_SHR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6164 "build/parser.c"
    break;

  case 411: /* expr: '+' expr  */
#line 1221 "parser.y"
                                        { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_PLUS); }
#line 6170 "build/parser.c"
    break;

  case 412: /* expr: '-' expr  */
#line 1222 "parser.y"
                                        { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_NEG); }
#line 6176 "build/parser.c"
    break;

  case 413: /* expr: '!' expr  */
#line 1223 "parser.y"
                                { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_NOT); }
#line 6182 "build/parser.c"
    break;

  case 414: /* expr: '~' expr  */
#line 1224 "parser.y"
                                { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_BITNOT); }
#line 6188 "build/parser.c"
    break;

  case 415: /* expr: expr "'==='" expr  */
#line 1225 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_IDENTICAL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6194 "build/parser.c"
    break;

  case 416: /* expr: expr "'!=='" expr  */
#line 1226 "parser.y"
                                                { (yyval.ast) = binop(p, MP_OP_NOT_IDENTICAL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6200 "build/parser.c"
    break;

  case 417: /* expr: expr "'=='" expr  */
#line 1227 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_EQ, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6206 "build/parser.c"
    break;

  case 418: /* expr: expr "'!='" expr  */
#line 1228 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_NEQ, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6212 "build/parser.c"
    break;

  case 419: /* expr: expr '<' expr  */
#line 1229 "parser.y"
                                                                { (yyval.ast) = binop(p, MP_OP_LT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6218 "build/parser.c"
    break;

  case 420: /* expr: expr "'<='" expr  */
#line 1230 "parser.y"
                                                { (yyval.ast) = binop(p, MP_OP_LE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6224 "build/parser.c"
    break;

  case 421: /* expr: expr '>' expr  */
#line 1231 "parser.y"
                                                                { (yyval.ast) = binop(p, MP_OP_GT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6230 "build/parser.c"
    break;

  case 422: /* expr: expr "'>='" expr  */
#line 1232 "parser.y"
                                                { (yyval.ast) = binop(p, MP_OP_GE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6236 "build/parser.c"
    break;

  case 423: /* expr: expr "'<=>'" expr  */
#line 1233 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_SPACESHIP, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6242 "build/parser.c"
    break;

  case 424: /* expr: expr "'instanceof'" class_name_reference  */
#line 1234 "parser.y"
                                                        { (yyval.ast) = N2(INSTANCEOF, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6248 "build/parser.c"
    break;

  case 425: /* expr: '(' expr ')'  */
#line 1236 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast); if ((yyval.ast)->kind == MP_AST_TERNARY) (yyval.ast)->flags |= MP_AF_PARENS; }
#line 6254 "build/parser.c"
    break;

  case 426: /* expr: new_expr  */
#line 1237 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6260 "build/parser.c"
    break;

  case 427: /* expr: expr '?' expr ':' expr  */
#line 1238 "parser.y"
                                        { (yyval.ast) = N3(TERNARY, (yylsp[-4]), (yyvsp[-4].ast), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6266 "build/parser.c"
    break;

  case 428: /* expr: expr '?' ':' expr  */
#line 1239 "parser.y"
                                                { (yyval.ast) = N3(TERNARY, (yylsp[-3]), (yyvsp[-3].ast), NULL, (yyvsp[0].ast)); }
#line 6272 "build/parser.c"
    break;

  case 429: /* expr: expr "'??'" expr  */
#line 1240 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_COALESCE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6278 "build/parser.c"
    break;

  case 430: /* expr: internal_functions_in_yacc  */
#line 1241 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6284 "build/parser.c"
    break;

  case 431: /* expr: "'(int)'" expr  */
#line 1242 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_INT); }
#line 6290 "build/parser.c"
    break;

  case 432: /* expr: "'(double)'" expr  */
#line 1243 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_FLOAT); }
#line 6296 "build/parser.c"
    break;

  case 433: /* expr: "'(string)'" expr  */
#line 1244 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_STRING); }
#line 6302 "build/parser.c"
    break;

  case 434: /* expr: "'(array)'" expr  */
#line 1245 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_ARRAY); }
#line 6308 "build/parser.c"
    break;

  case 435: /* expr: "'(object)'" expr  */
#line 1246 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_OBJECT); }
#line 6314 "build/parser.c"
    break;

  case 436: /* expr: "'(bool)'" expr  */
#line 1247 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_BOOL); }
#line 6320 "build/parser.c"
    break;

  case 437: /* expr: "'(unset)'" expr  */
#line 1248 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_UNSET); }
#line 6326 "build/parser.c"
    break;

  case 438: /* expr: "'exit'" exit_expr  */
#line 1249 "parser.y"
                                        { (yyval.ast) = N1(EXIT, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6332 "build/parser.c"
    break;

  case 439: /* expr: '@' expr  */
#line 1250 "parser.y"
                                                { (yyval.ast) = N1(SILENCE, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6338 "build/parser.c"
    break;

  case 440: /* expr: scalar  */
#line 1251 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6344 "build/parser.c"
    break;

  case 441: /* expr: '`' backticks_expr '`'  */
#line 1252 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6350 "build/parser.c"
    break;

  case 442: /* expr: "'print'" expr  */
#line 1253 "parser.y"
                                { (yyval.ast) = N1(PRINT, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6356 "build/parser.c"
    break;

  case 443: /* expr: "'yield'"  */
#line 1254 "parser.y"
                                        { (yyval.ast) = N2(YIELD, (yylsp[0]), NULL, NULL); }
#line 6362 "build/parser.c"
    break;

  case 444: /* expr: "'yield'" expr  */
#line 1255 "parser.y"
                                { (yyval.ast) = N2(YIELD, (yylsp[-1]), (yyvsp[0].ast), NULL); }
#line 6368 "build/parser.c"
    break;

  case 445: /* expr: "'yield'" expr "'=>'" expr  */
#line 1256 "parser.y"
                                                        { (yyval.ast) = N2(YIELD, (yylsp[-3]), (yyvsp[0].ast), (yyvsp[-2].ast)); }
#line 6374 "build/parser.c"
    break;

  case 446: /* expr: "'yield from'" expr  */
#line 1257 "parser.y"
                                        { (yyval.ast) = N1(YIELD_FROM, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6380 "build/parser.c"
    break;

  case 447: /* expr: "'throw'" expr  */
#line 1258 "parser.y"
                                { (yyval.ast) = N1(THROW, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6386 "build/parser.c"
    break;

  case 448: /* expr: inline_function  */
#line 1259 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6392 "build/parser.c"
    break;

  case 449: /* expr: attributes inline_function  */
#line 1260 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6398 "build/parser.c"
    break;

  case 450: /* expr: "'static'" inline_function  */
#line 1261 "parser.y"
                                                { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_STATIC); (yyval.ast)->line = (yylsp[-1]); }
#line 6404 "build/parser.c"
    break;

  case 451: /* expr: attributes "'static'" inline_function  */
#line 1262 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_STATIC); }
#line 6410 "build/parser.c"
    break;

  case 452: /* expr: match  */
#line 1263 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6416 "build/parser.c"
    break;

  case 453: /* inline_function: function returns_ref backup_doc_comment '(' parameter_list ')' lexical_vars return_type backup_fn_flags '{' inner_statement_list '}' backup_fn_flags  */
#line 1270 "parser.y"
                        { (yyval.ast) = with_flags(N4(CLOSURE, (yyvsp[-12].num), (yyvsp[-8].ast), (yyvsp[-6].ast), (yyvsp[-2].ast), (yyvsp[-5].ast)), (yyvsp[-11].num)); }
#line 6422 "build/parser.c"
    break;

  case 454: /* inline_function: fn returns_ref backup_doc_comment '(' parameter_list ')' return_type "'=>'" backup_fn_flags backup_lex_pos expr backup_fn_flags  */
#line 1273 "parser.y"
                        { (yyval.ast) = with_flags(N3(ARROW_FN, (yyvsp[-11].num), (yyvsp[-7].ast), (yyvsp[-1].ast), (yyvsp[-5].ast)), (yyvsp[-10].num)); }
#line 6428 "build/parser.c"
    break;

  case 455: /* fn: "'fn'"  */
#line 1277 "parser.y"
                { (yyval.num) = (yylsp[0]); }
#line 6434 "build/parser.c"
    break;

  case 456: /* function: "'function'"  */
#line 1281 "parser.y"
                        { (yyval.num) = (yylsp[0]); }
#line 6440 "build/parser.c"
    break;

  case 458: /* backup_fn_flags: %empty  */
#line 1289 "parser.y"
                                                { (yyval.num) = 0; }
#line 6446 "build/parser.c"
    break;

  case 460: /* returns_ref: %empty  */
#line 1297 "parser.y"
                                { (yyval.num) = 0; }
#line 6452 "build/parser.c"
    break;

  case 461: /* returns_ref: ampersand  */
#line 1298 "parser.y"
                                { (yyval.num) = MP_AF_BYREF; }
#line 6458 "build/parser.c"
    break;

  case 462: /* lexical_vars: %empty  */
#line 1302 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 6464 "build/parser.c"
    break;

  case 463: /* lexical_vars: "'use'" '(' lexical_var_list possible_comma ')'  */
#line 1303 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-2].ast); }
#line 6470 "build/parser.c"
    break;

  case 464: /* lexical_var_list: lexical_var_list ',' lexical_var  */
#line 1307 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6476 "build/parser.c"
    break;

  case 465: /* lexical_var_list: lexical_var  */
#line 1308 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 6482 "build/parser.c"
    break;

  case 466: /* lexical_var: "variable"  */
#line 1312 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_CLOSURE_USE, (yylsp[0]), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 6488 "build/parser.c"
    break;

  case 467: /* lexical_var: ampersand "variable"  */
#line 1314 "parser.y"
                        { (yyval.ast) = with_flags(mp_ast_str(A, MP_AST_CLOSURE_USE, (yylsp[0]), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len), MP_AF_BYREF); }
#line 6494 "build/parser.c"
    break;

  case 468: /* function_call: name argument_list  */
#line 1318 "parser.y"
                                        { (yyval.ast) = N2(CALL, (yylsp[-1]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6500 "build/parser.c"
    break;

  case 469: /* function_call: "'readonly'" argument_list  */
#line 1319 "parser.y"
                                                { (yyval.ast) = N2(CALL, (yylsp[-1]), ident_from(p, (yyvsp[-1].s), (yylsp[-1])), (yyvsp[0].ast)); }
#line 6506 "build/parser.c"
    break;

  case 470: /* function_call: class_name "'::'" member_name argument_list  */
#line 1321 "parser.y"
                        { (yyval.ast) = N3(STATIC_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6512 "build/parser.c"
    break;

  case 471: /* function_call: variable_class_name "'::'" member_name argument_list  */
#line 1323 "parser.y"
                        { (yyval.ast) = N3(STATIC_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6518 "build/parser.c"
    break;

  case 472: /* function_call: callable_expr argument_list  */
#line 1324 "parser.y"
                                                { (yyval.ast) = N2(CALL, (yylsp[-1]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6524 "build/parser.c"
    break;

  case 473: /* class_name: "'static'"  */
#line 1328 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_NAME, (yylsp[0]), "static", 6); }
#line 6530 "build/parser.c"
    break;

  case 474: /* class_name: name  */
#line 1329 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6536 "build/parser.c"
    break;

  case 475: /* class_name_reference: class_name  */
#line 1333 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6542 "build/parser.c"
    break;

  case 476: /* class_name_reference: new_variable  */
#line 1334 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6548 "build/parser.c"
    break;

  case 477: /* class_name_reference: '(' expr ')'  */
#line 1335 "parser.y"
                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6554 "build/parser.c"
    break;

  case 478: /* exit_expr: %empty  */
#line 1339 "parser.y"
                        { (yyval.ast) = NULL; }
#line 6560 "build/parser.c"
    break;

  case 479: /* exit_expr: '(' optional_expr ')'  */
#line 1340 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 6566 "build/parser.c"
    break;

  case 480: /* backticks_expr: %empty  */
#line 1344 "parser.y"
                        { (yyval.ast) = N0(SHELL, (yyloc)); }
#line 6572 "build/parser.c"
    break;

  case 481: /* backticks_expr: "string content"  */
#line 1345 "parser.y"
                                                { (yyval.ast) = N1(SHELL, (yylsp[0]), (yyvsp[0].ast)); }
#line 6578 "build/parser.c"
    break;

  case 482: /* backticks_expr: encaps_list  */
#line 1346 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->kind = MP_AST_SHELL; }
#line 6584 "build/parser.c"
    break;

  case 483: /* ctor_arguments: %empty  */
#line 1350 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 6590 "build/parser.c"
    break;

  case 484: /* ctor_arguments: argument_list  */
#line 1351 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6596 "build/parser.c"
    break;

  case 485: /* dereferenceable_scalar: "'array'" '(' array_pair_list ')'  */
#line 1355 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-3]); }
#line 6602 "build/parser.c"
    break;

  case 486: /* dereferenceable_scalar: '[' array_pair_list ']'  */
#line 1356 "parser.y"
                                        { (yyval.ast) = with_flags((yyvsp[-1].ast), MP_AF_SHORT); (yyval.ast)->line = (yylsp[-2]); }
#line 6608 "build/parser.c"
    break;

  case 487: /* dereferenceable_scalar: "quoted string"  */
#line 1357 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6614 "build/parser.c"
    break;

  case 488: /* dereferenceable_scalar: '"' encaps_list '"'  */
#line 1358 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6620 "build/parser.c"
    break;

  case 489: /* scalar: "integer"  */
#line 1362 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6626 "build/parser.c"
    break;

  case 490: /* scalar: "floating-point number"  */
#line 1363 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6632 "build/parser.c"
    break;

  case 491: /* scalar: "heredoc start" "string content" "heredoc end"  */
#line 1364 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6638 "build/parser.c"
    break;

  case 492: /* scalar: "heredoc start" "heredoc end"  */
#line 1365 "parser.y"
                                                { (yyval.ast) = mp_ast_str(A, MP_AST_STRING, (yylsp[-1]), "", 0); }
#line 6644 "build/parser.c"
    break;

  case 493: /* scalar: "heredoc start" encaps_list "heredoc end"  */
#line 1366 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6650 "build/parser.c"
    break;

  case 494: /* scalar: dereferenceable_scalar  */
#line 1367 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6656 "build/parser.c"
    break;

  case 495: /* scalar: constant  */
#line 1368 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6662 "build/parser.c"
    break;

  case 496: /* scalar: class_constant  */
#line 1369 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6668 "build/parser.c"
    break;

  case 497: /* constant: name  */
#line 1373 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->kind = MP_AST_CONST; }
#line 6674 "build/parser.c"
    break;

  case 498: /* constant: "'__LINE__'"  */
#line 1374 "parser.y"
                        { (yyval.ast) = with_ival(N0(INT, (yylsp[0])), (yylsp[0])); }
#line 6680 "build/parser.c"
    break;

  case 499: /* constant: "'__FILE__'"  */
#line 1375 "parser.y"
                        { const char *f = p->filename ? p->filename : "";
				  (yyval.ast) = mp_ast_str(A, MP_AST_STRING, (yylsp[0]), f, strlen(f)); }
#line 6687 "build/parser.c"
    break;

  case 500: /* constant: "'__DIR__'"  */
#line 1377 "parser.y"
                        { (yyval.ast) = dir_node(p, (yylsp[0])); }
#line 6693 "build/parser.c"
    break;

  case 501: /* constant: "'__TRAIT__'"  */
#line 1378 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_TRAIT); }
#line 6699 "build/parser.c"
    break;

  case 502: /* constant: "'__METHOD__'"  */
#line 1379 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_METHOD); }
#line 6705 "build/parser.c"
    break;

  case 503: /* constant: "'__FUNCTION__'"  */
#line 1380 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_FUNCTION); }
#line 6711 "build/parser.c"
    break;

  case 504: /* constant: "'__NAMESPACE__'"  */
#line 1381 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_NAMESPACE); }
#line 6717 "build/parser.c"
    break;

  case 505: /* constant: "'__CLASS__'"  */
#line 1382 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_CLASS); }
#line 6723 "build/parser.c"
    break;

  case 506: /* class_constant: class_name "'::'" identifier  */
#line 1387 "parser.y"
                        { (yyval.ast) = N2(CLASS_CONST_FETCH, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6729 "build/parser.c"
    break;

  case 507: /* class_constant: variable_class_name "'::'" identifier  */
#line 1389 "parser.y"
                        { (yyval.ast) = N2(CLASS_CONST_FETCH, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6735 "build/parser.c"
    break;

  case 508: /* optional_expr: %empty  */
#line 1393 "parser.y"
                        { (yyval.ast) = NULL; }
#line 6741 "build/parser.c"
    break;

  case 509: /* optional_expr: expr  */
#line 1394 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6747 "build/parser.c"
    break;

  case 510: /* variable_class_name: fully_dereferenceable  */
#line 1398 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6753 "build/parser.c"
    break;

  case 511: /* fully_dereferenceable: variable  */
#line 1402 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6759 "build/parser.c"
    break;

  case 512: /* fully_dereferenceable: '(' expr ')'  */
#line 1403 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6765 "build/parser.c"
    break;

  case 513: /* fully_dereferenceable: dereferenceable_scalar  */
#line 1404 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6771 "build/parser.c"
    break;

  case 514: /* fully_dereferenceable: class_constant  */
#line 1405 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6777 "build/parser.c"
    break;

  case 515: /* array_object_dereferenceable: fully_dereferenceable  */
#line 1409 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6783 "build/parser.c"
    break;

  case 516: /* array_object_dereferenceable: constant  */
#line 1410 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6789 "build/parser.c"
    break;

  case 517: /* callable_expr: callable_variable  */
#line 1414 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6795 "build/parser.c"
    break;

  case 518: /* callable_expr: '(' expr ')'  */
#line 1415 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6801 "build/parser.c"
    break;

  case 519: /* callable_expr: dereferenceable_scalar  */
#line 1416 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6807 "build/parser.c"
    break;

  case 520: /* callable_variable: simple_variable  */
#line 1420 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6813 "build/parser.c"
    break;

  case 521: /* callable_variable: array_object_dereferenceable '[' optional_expr ']'  */
#line 1422 "parser.y"
                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast)); }
#line 6819 "build/parser.c"
    break;

  case 522: /* callable_variable: array_object_dereferenceable '{' expr '}'  */
#line 1424 "parser.y"
                        { (yyval.ast) = NULL;
			  mp_parser_error(p, (yylsp[-2]), "Array and string offset access syntax with curly braces is no longer supported");
			  YYABORT; }
#line 6827 "build/parser.c"
    break;

  case 523: /* callable_variable: array_object_dereferenceable "'->'" property_name argument_list  */
#line 1428 "parser.y"
                        { (yyval.ast) = N3(METHOD_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6833 "build/parser.c"
    break;

  case 524: /* callable_variable: array_object_dereferenceable "'?->'" property_name argument_list  */
#line 1430 "parser.y"
                        { (yyval.ast) = N3(NULLSAFE_METHOD_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6839 "build/parser.c"
    break;

  case 525: /* callable_variable: function_call  */
#line 1431 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6845 "build/parser.c"
    break;

  case 526: /* variable: callable_variable  */
#line 1435 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6851 "build/parser.c"
    break;

  case 527: /* variable: static_member  */
#line 1436 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6857 "build/parser.c"
    break;

  case 528: /* variable: array_object_dereferenceable "'->'" property_name  */
#line 1438 "parser.y"
                        { (yyval.ast) = N2(PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6863 "build/parser.c"
    break;

  case 529: /* variable: array_object_dereferenceable "'?->'" property_name  */
#line 1440 "parser.y"
                        { (yyval.ast) = N2(NULLSAFE_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6869 "build/parser.c"
    break;

  case 530: /* simple_variable: "variable"  */
#line 1445 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6875 "build/parser.c"
    break;

  case 531: /* simple_variable: '$' '{' expr '}'  */
#line 1446 "parser.y"
                                        { (yyval.ast) = N1(VAR_VAR, (yylsp[-3]), (yyvsp[-1].ast)); }
#line 6881 "build/parser.c"
    break;

  case 532: /* simple_variable: '$' simple_variable  */
#line 1447 "parser.y"
                                        { (yyval.ast) = N1(VAR_VAR, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6887 "build/parser.c"
    break;

  case 533: /* static_member: class_name "'::'" simple_variable  */
#line 1452 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6893 "build/parser.c"
    break;

  case 534: /* static_member: variable_class_name "'::'" simple_variable  */
#line 1454 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6899 "build/parser.c"
    break;

  case 535: /* new_variable: simple_variable  */
#line 1458 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6905 "build/parser.c"
    break;

  case 536: /* new_variable: new_variable '[' optional_expr ']'  */
#line 1459 "parser.y"
                                                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast)); }
#line 6911 "build/parser.c"
    break;

  case 537: /* new_variable: new_variable '{' expr '}'  */
#line 1461 "parser.y"
                        { (yyval.ast) = NULL;
			  mp_parser_error(p, (yylsp[-2]), "Array and string offset access syntax with curly braces is no longer supported");
			  YYABORT; }
#line 6919 "build/parser.c"
    break;

  case 538: /* new_variable: new_variable "'->'" property_name  */
#line 1464 "parser.y"
                                                                { (yyval.ast) = N2(PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6925 "build/parser.c"
    break;

  case 539: /* new_variable: new_variable "'?->'" property_name  */
#line 1465 "parser.y"
                                                                        { (yyval.ast) = N2(NULLSAFE_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6931 "build/parser.c"
    break;

  case 540: /* new_variable: class_name "'::'" simple_variable  */
#line 1467 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6937 "build/parser.c"
    break;

  case 541: /* new_variable: new_variable "'::'" simple_variable  */
#line 1469 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6943 "build/parser.c"
    break;

  case 542: /* member_name: identifier  */
#line 1473 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6949 "build/parser.c"
    break;

  case 543: /* member_name: '{' expr '}'  */
#line 1474 "parser.y"
                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6955 "build/parser.c"
    break;

  case 544: /* member_name: simple_variable  */
#line 1475 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6961 "build/parser.c"
    break;

  case 545: /* property_name: "identifier"  */
#line 1479 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6967 "build/parser.c"
    break;

  case 546: /* property_name: '{' expr '}'  */
#line 1480 "parser.y"
                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6973 "build/parser.c"
    break;

  case 547: /* property_name: simple_variable  */
#line 1481 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6979 "build/parser.c"
    break;

  case 548: /* array_pair_list: non_empty_array_pair_list  */
#line 1486 "parser.y"
                        { /* one trailing comma is allowed */
			  (yyval.ast) = (yyvsp[0].ast); if ((yyval.ast)->nkids > 0 && (yyval.ast)->kids[(yyval.ast)->nkids - 1] == NULL) (yyval.ast)->nkids--; }
#line 6986 "build/parser.c"
    break;

  case 549: /* possible_array_pair: %empty  */
#line 1491 "parser.y"
                        { (yyval.ast) = NULL; }
#line 6992 "build/parser.c"
    break;

  case 550: /* possible_array_pair: array_pair  */
#line 1492 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6998 "build/parser.c"
    break;

  case 551: /* non_empty_array_pair_list: non_empty_array_pair_list ',' possible_array_pair  */
#line 1496 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7004 "build/parser.c"
    break;

  case 552: /* non_empty_array_pair_list: possible_array_pair  */
#line 1497 "parser.y"
                                        { (yyval.ast) = N1(ARRAY, (yyloc), (yyvsp[0].ast)); }
#line 7010 "build/parser.c"
    break;

  case 553: /* array_pair: expr "'=>'" expr  */
#line 1501 "parser.y"
                                                { (yyval.ast) = N2(ARRAY_ITEM, (yylsp[-2]), (yyvsp[0].ast), (yyvsp[-2].ast)); }
#line 7016 "build/parser.c"
    break;

  case 554: /* array_pair: expr  */
#line 1502 "parser.y"
                                                                { (yyval.ast) = N2(ARRAY_ITEM, (yylsp[0]), (yyvsp[0].ast), NULL); }
#line 7022 "build/parser.c"
    break;

  case 555: /* array_pair: expr "'=>'" ampersand variable  */
#line 1504 "parser.y"
                        { (yyval.ast) = with_flags(N2(ARRAY_ITEM, (yylsp[-3]), (yyvsp[0].ast), (yyvsp[-3].ast)), MP_AF_BYREF); }
#line 7028 "build/parser.c"
    break;

  case 556: /* array_pair: ampersand variable  */
#line 1505 "parser.y"
                                        { (yyval.ast) = with_flags(N2(ARRAY_ITEM, (yylsp[-1]), (yyvsp[0].ast), NULL), MP_AF_BYREF); }
#line 7034 "build/parser.c"
    break;

  case 557: /* array_pair: "'...'" expr  */
#line 1506 "parser.y"
                                        { (yyval.ast) = with_flags(N2(ARRAY_ITEM, (yylsp[-1]), (yyvsp[0].ast), NULL), MP_AF_SPREAD); }
#line 7040 "build/parser.c"
    break;

  case 558: /* array_pair: expr "'=>'" "'list'" '(' array_pair_list ')'  */
#line 1508 "parser.y"
                        { (yyvsp[-1].ast)->line = (yylsp[-3]); (yyval.ast) = N2(ARRAY_ITEM, (yylsp[-5]), (yyvsp[-1].ast), (yyvsp[-5].ast)); }
#line 7046 "build/parser.c"
    break;

  case 559: /* array_pair: "'list'" '(' array_pair_list ')'  */
#line 1510 "parser.y"
                        { (yyvsp[-1].ast)->line = (yylsp[-3]); (yyval.ast) = N2(ARRAY_ITEM, (yylsp[-3]), (yyvsp[-1].ast), NULL); }
#line 7052 "build/parser.c"
    break;

  case 560: /* encaps_list: encaps_list encaps_var  */
#line 1514 "parser.y"
                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 7058 "build/parser.c"
    break;

  case 561: /* encaps_list: encaps_list "string content"  */
#line 1515 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 7064 "build/parser.c"
    break;

  case 562: /* encaps_list: encaps_var  */
#line 1516 "parser.y"
                                { (yyval.ast) = N1(INTERP, (yylsp[0]), (yyvsp[0].ast)); }
#line 7070 "build/parser.c"
    break;

  case 563: /* encaps_list: "string content" encaps_var  */
#line 1517 "parser.y"
                                                        { (yyval.ast) = N2(INTERP, (yylsp[-1]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 7076 "build/parser.c"
    break;

  case 564: /* encaps_var: "variable"  */
#line 1521 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7082 "build/parser.c"
    break;

  case 565: /* encaps_var: "variable" '[' encaps_var_offset ']'  */
#line 1522 "parser.y"
                                                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast)); }
#line 7088 "build/parser.c"
    break;

  case 566: /* encaps_var: "variable" "'->'" "identifier"  */
#line 1523 "parser.y"
                                                        { (yyval.ast) = N2(PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7094 "build/parser.c"
    break;

  case 567: /* encaps_var: "variable" "'?->'" "identifier"  */
#line 1524 "parser.y"
                                                                { (yyval.ast) = N2(NULLSAFE_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7100 "build/parser.c"
    break;

  case 568: /* encaps_var: "'${'" expr '}'  */
#line 1526 "parser.y"
                        { (yyval.ast) = N1(VAR_VAR, (yylsp[-2]), (yyvsp[-1].ast));
			  defer_diag(p, 8192, (yylsp[-2]), "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"); }
#line 7107 "build/parser.c"
    break;

  case 569: /* encaps_var: "'${'" "variable name" '}'  */
#line 1529 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->kind = MP_AST_VAR;
			  defer_diag(p, 8192, (yylsp[-2]), "Using ${var} in strings is deprecated, use {$var} instead"); }
#line 7114 "build/parser.c"
    break;

  case 570: /* encaps_var: "'${'" "variable name" '[' expr ']' '}'  */
#line 1532 "parser.y"
                        { (yyvsp[-4].ast)->kind = MP_AST_VAR; (yyval.ast) = N2(DIM, (yylsp[-5]), (yyvsp[-4].ast), (yyvsp[-2].ast));
			  defer_diag(p, 8192, (yylsp[-5]), "Using ${var} in strings is deprecated, use {$var} instead"); }
#line 7121 "build/parser.c"
    break;

  case 571: /* encaps_var: "'{$'" variable '}'  */
#line 1534 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 7127 "build/parser.c"
    break;

  case 572: /* encaps_var_offset: "identifier"  */
#line 1538 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->kind = MP_AST_STRING; }
#line 7133 "build/parser.c"
    break;

  case 573: /* encaps_var_offset: "number"  */
#line 1539 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7139 "build/parser.c"
    break;

  case 574: /* encaps_var_offset: '-' "number"  */
#line 1540 "parser.y"
                                        { (yyval.ast) = negate_num(p, (yyvsp[0].ast)); }
#line 7145 "build/parser.c"
    break;

  case 575: /* encaps_var_offset: "variable"  */
#line 1541 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 7151 "build/parser.c"
    break;

  case 576: /* internal_functions_in_yacc: "'isset'" '(' isset_variables possible_comma ')'  */
#line 1545 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-2].ast); (yyval.ast)->line = (yylsp[-4]); }
#line 7157 "build/parser.c"
    break;

  case 577: /* internal_functions_in_yacc: "'empty'" '(' expr ')'  */
#line 1546 "parser.y"
                                        { (yyval.ast) = N1(EMPTY, (yylsp[-3]), (yyvsp[-1].ast)); }
#line 7163 "build/parser.c"
    break;

  case 578: /* internal_functions_in_yacc: "'include'" expr  */
#line 1547 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_INCLUDE); }
#line 7169 "build/parser.c"
    break;

  case 579: /* internal_functions_in_yacc: "'include_once'" expr  */
#line 1548 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_INCLUDE_ONCE); }
#line 7175 "build/parser.c"
    break;

  case 580: /* internal_functions_in_yacc: "'eval'" '(' expr ')'  */
#line 1549 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-3]), (yyvsp[-1].ast)), MP_INC_EVAL); }
#line 7181 "build/parser.c"
    break;

  case 581: /* internal_functions_in_yacc: "'require'" expr  */
#line 1550 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_REQUIRE); }
#line 7187 "build/parser.c"
    break;

  case 582: /* internal_functions_in_yacc: "'require_once'" expr  */
#line 1551 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_REQUIRE_ONCE); }
#line 7193 "build/parser.c"
    break;

  case 583: /* isset_variables: isset_variable  */
#line 1555 "parser.y"
                                { (yyval.ast) = N1(ISSET, (yylsp[0]), (yyvsp[0].ast)); }
#line 7199 "build/parser.c"
    break;

  case 584: /* isset_variables: isset_variables ',' isset_variable  */
#line 1556 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7205 "build/parser.c"
    break;

  case 585: /* isset_variable: expr  */
#line 1560 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 7211 "build/parser.c"
    break;


#line 7215 "build/parser.c"

      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == MP_YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yytoken, &yylloc};
        if (yyreport_syntax_error (&yyctx, p) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= END)
        {
          /* Return failure if at end of input.  */
          if (yychar == END)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, p);
          yychar = MP_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, p);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, p, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != MP_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, p);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, p);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif

  return yyresult;
}

#line 1563 "parser.y"


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
    if (k == YYSYMBOL_T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) { cat(buf, sz, &n, "token \"&\"", 9); return; }
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
    if (rc != 0 || ps.failed) {
        if (!ps.failed) mp_parser_error(&ps, ps.line, "syntax error");
        return NULL;
    }
    for (mp_pending_diag *d = ps.pending; d; d = d->next)
        if (diag) diag(diag_user, d->level, d->line, d->msg);
    return ps.result;
}
