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
  YYSYMBOL_optional_variable_modifiers = 257, /* optional_variable_modifiers  */
  YYSYMBOL_property_modifier = 258,        /* property_modifier  */
  YYSYMBOL_parameter = 259,                /* parameter  */
  YYSYMBOL_optional_type_without_static = 260, /* optional_type_without_static  */
  YYSYMBOL_type_expr = 261,                /* type_expr  */
  YYSYMBOL_type = 262,                     /* type  */
  YYSYMBOL_union_type_element = 263,       /* union_type_element  */
  YYSYMBOL_union_type = 264,               /* union_type  */
  YYSYMBOL_intersection_type = 265,        /* intersection_type  */
  YYSYMBOL_type_expr_without_static = 266, /* type_expr_without_static  */
  YYSYMBOL_type_without_static = 267,      /* type_without_static  */
  YYSYMBOL_union_type_without_static_element = 268, /* union_type_without_static_element  */
  YYSYMBOL_union_type_without_static = 269, /* union_type_without_static  */
  YYSYMBOL_intersection_type_without_static = 270, /* intersection_type_without_static  */
  YYSYMBOL_return_type = 271,              /* return_type  */
  YYSYMBOL_argument_list = 272,            /* argument_list  */
  YYSYMBOL_non_empty_argument_list = 273,  /* non_empty_argument_list  */
  YYSYMBOL_argument = 274,                 /* argument  */
  YYSYMBOL_global_var_list = 275,          /* global_var_list  */
  YYSYMBOL_global_var = 276,               /* global_var  */
  YYSYMBOL_static_var_list = 277,          /* static_var_list  */
  YYSYMBOL_static_var = 278,               /* static_var  */
  YYSYMBOL_class_statement_list = 279,     /* class_statement_list  */
  YYSYMBOL_attributed_class_statement = 280, /* attributed_class_statement  */
  YYSYMBOL_class_statement = 281,          /* class_statement  */
  YYSYMBOL_class_name_list = 282,          /* class_name_list  */
  YYSYMBOL_trait_adaptations = 283,        /* trait_adaptations  */
  YYSYMBOL_trait_adaptation_list = 284,    /* trait_adaptation_list  */
  YYSYMBOL_trait_adaptation = 285,         /* trait_adaptation  */
  YYSYMBOL_trait_precedence = 286,         /* trait_precedence  */
  YYSYMBOL_trait_alias = 287,              /* trait_alias  */
  YYSYMBOL_trait_method_reference = 288,   /* trait_method_reference  */
  YYSYMBOL_absolute_trait_method_reference = 289, /* absolute_trait_method_reference  */
  YYSYMBOL_method_body = 290,              /* method_body  */
  YYSYMBOL_variable_modifiers = 291,       /* variable_modifiers  */
  YYSYMBOL_method_modifiers = 292,         /* method_modifiers  */
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
#line 81 "parser.y"

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

#line 631 "build/parser.c"

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
#define YYLAST   9400

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  179
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  171
/* YYNRULES -- Number of rules.  */
#define YYNRULES  587
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  1118

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
       0,   492,   492,   496,   496,   496,   496,   496,   496,   496,
     496,   497,   497,   497,   497,   497,   497,   497,   497,   497,
     497,   497,   497,   498,   498,   498,   498,   498,   498,   498,
     498,   498,   498,   499,   499,   499,   499,   499,   499,   499,
     499,   499,   499,   500,   500,   500,   500,   500,   500,   500,
     500,   500,   500,   500,   501,   501,   501,   501,   501,   501,
     501,   501,   502,   502,   502,   502,   502,   502,   502,   502,
     502,   502,   502,   506,   507,   507,   507,   507,   507,   507,
     507,   511,   512,   516,   517,   521,   522,   526,   527,   531,
     532,   536,   537,   541,   542,   543,   544,   549,   550,   554,
     555,   559,   563,   564,   568,   569,   570,   571,   572,   576,
     577,   578,   579,   581,   583,   585,   587,   588,   590,   591,
     593,   597,   598,   602,   607,   612,   613,   617,   618,   622,
     623,   627,   628,   632,   633,   637,   639,   644,   646,   651,
     652,   656,   657,   661,   662,   663,   664,   671,   672,   673,
     674,   676,   678,   680,   682,   685,   688,   689,   690,   691,
     692,   693,   694,   695,   698,   702,   704,   705,   707,   708,
     712,   713,   718,   719,   723,   724,   728,   729,   733,   734,
     738,   742,   743,   747,   753,   754,   758,   759,   763,   763,
     767,   767,   774,   775,   779,   780,   781,   785,   785,   792,
     792,   799,   799,   806,   807,   811,   816,   817,   821,   822,
     826,   827,   831,   832,   836,   837,   838,   839,   843,   844,
     848,   849,   853,   854,   858,   859,   860,   861,   865,   866,
     868,   873,   874,   878,   883,   884,   888,   889,   893,   895,
     900,   901,   905,   906,   911,   913,   918,   919,   923,   925,
     930,   931,   936,   937,   941,   942,   946,   947,   951,   952,
     956,   957,   958,   959,   963,   966,   972,   973,   977,   978,
     979,   980,   984,   985,   989,   990,   994,   995,   999,  1001,
    1007,  1008,  1009,  1010,  1014,  1015,  1016,  1020,  1021,  1025,
    1027,  1032,  1034,  1039,  1040,  1044,  1045,  1046,  1050,  1051,
    1055,  1056,  1057,  1061,  1062,  1066,  1070,  1071,  1075,  1076,
    1080,  1081,  1085,  1087,  1089,  1092,  1096,  1097,  1098,  1102,
    1103,  1107,  1108,  1109,  1113,  1114,  1118,  1119,  1123,  1129,
    1130,  1131,  1132,  1136,  1137,  1141,  1146,  1147,  1151,  1152,
    1156,  1157,  1161,  1162,  1166,  1167,  1168,  1169,  1170,  1171,
    1172,  1176,  1177,  1181,  1182,  1186,  1187,  1191,  1192,  1196,
    1200,  1201,  1204,  1208,  1209,  1213,  1214,  1218,  1218,  1226,
    1227,  1228,  1232,  1233,  1235,  1237,  1238,  1239,  1240,  1241,
    1242,  1243,  1244,  1245,  1246,  1247,  1248,  1249,  1250,  1251,
    1252,  1253,  1254,  1255,  1256,  1257,  1258,  1259,  1260,  1261,
    1262,  1263,  1264,  1265,  1266,  1267,  1268,  1269,  1270,  1271,
    1272,  1273,  1274,  1275,  1276,  1277,  1278,  1279,  1280,  1281,
    1282,  1283,  1284,  1285,  1286,  1287,  1288,  1289,  1291,  1292,
    1293,  1294,  1295,  1296,  1297,  1298,  1299,  1300,  1301,  1302,
    1303,  1304,  1305,  1306,  1307,  1308,  1309,  1310,  1311,  1312,
    1313,  1314,  1315,  1316,  1317,  1322,  1325,  1331,  1335,  1339,
    1343,  1347,  1351,  1352,  1356,  1357,  1361,  1362,  1366,  1367,
    1372,  1373,  1374,  1376,  1378,  1382,  1383,  1387,  1388,  1389,
    1393,  1394,  1398,  1399,  1400,  1404,  1405,  1409,  1410,  1411,
    1412,  1416,  1417,  1418,  1419,  1420,  1421,  1422,  1423,  1427,
    1428,  1429,  1431,  1432,  1433,  1434,  1435,  1436,  1440,  1442,
    1447,  1448,  1452,  1456,  1457,  1458,  1459,  1463,  1464,  1468,
    1469,  1470,  1474,  1475,  1477,  1480,  1482,  1484,  1488,  1489,
    1490,  1492,  1498,  1499,  1500,  1504,  1506,  1511,  1512,  1513,
    1516,  1517,  1518,  1520,  1525,  1526,  1527,  1531,  1532,  1533,
    1537,  1543,  1544,  1548,  1549,  1553,  1554,  1555,  1557,  1558,
    1559,  1561,  1566,  1567,  1568,  1569,  1573,  1574,  1575,  1576,
    1577,  1580,  1583,  1586,  1590,  1591,  1592,  1593,  1597,  1598,
    1599,  1600,  1601,  1602,  1603,  1607,  1608,  1612
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
  "optional_variable_modifiers", "property_modifier", "parameter",
  "optional_type_without_static", "type_expr", "type",
  "union_type_element", "union_type", "intersection_type",
  "type_expr_without_static", "type_without_static",
  "union_type_without_static_element", "union_type_without_static",
  "intersection_type_without_static", "return_type", "argument_list",
  "non_empty_argument_list", "argument", "global_var_list", "global_var",
  "static_var_list", "static_var", "class_statement_list",
  "attributed_class_statement", "class_statement", "class_name_list",
  "trait_adaptations", "trait_adaptation_list", "trait_adaptation",
  "trait_precedence", "trait_alias", "trait_method_reference",
  "absolute_trait_method_reference", "method_body", "variable_modifiers",
  "method_modifiers", "non_empty_member_modifiers", "member_modifier",
  "property_list", "property", "class_const_list", "class_const_decl",
  "const_decl", "echo_expr_list", "echo_expr", "for_exprs",
  "non_empty_for_exprs", "anonymous_class", "$@6", "new_expr", "expr",
  "inline_function", "fn", "function", "backup_doc_comment",
  "backup_fn_flags", "backup_lex_pos", "returns_ref", "lexical_vars",
  "lexical_var_list", "lexical_var", "function_call", "class_name",
  "class_name_reference", "exit_expr", "backticks_expr", "ctor_arguments",
  "dereferenceable_scalar", "scalar", "constant", "class_constant",
  "optional_expr", "variable_class_name", "fully_dereferenceable",
  "array_object_dereferenceable", "callable_expr", "callable_variable",
  "variable", "simple_variable", "static_member", "new_variable",
  "member_name", "property_name", "array_pair_list", "possible_array_pair",
  "non_empty_array_pair_list", "array_pair", "encaps_list", "encaps_var",
  "encaps_var_offset", "internal_functions_in_yacc", "isset_variables",
  "isset_variable", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-924)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-559)

#define yytable_value_is_error(Yyn) \
  ((Yyn) == YYTABLE_NINF)

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -924,    64,  3529,  -924,  7036,  7036,  7036,  7036,  7036,  -924,
    -924,    74,  -924,  -924,  -924,  -924,  -924,  -924,  7036,  7036,
     -46,  7036,  7036,  7036,  7036,  7036,   491,  7036,    39,    50,
    7036,  5867,    66,    85,   107,   109,   138,   147,  7036,  7036,
     106,  -924,  -924,   158,  7036,   151,  7036,   234,    29,   338,
    -924,  -924,   159,   170,   186,   191,   202,  -924,  -924,  -924,
    -924,  9022,   237,   243,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,   536,   836,   836,  7036,  7036,  7036,  7036,  7036,
    7036,  7036,   135,  7036,  -924,  -924,  6034,   247,   277,    68,
     -77,  -924,  2072,  -924,  -924,  -924,  -924,  -924,   531,  -924,
    -924,  -924,  -924,  -924,   116,  -924,   427,  -924,  -924,  2705,
    -924,   187,   187,  -924,   293,   376,  -924,   409,   390,   337,
     353,   471,   159,   286,    81,  -924,  -924,  -924,  -924,   295,
     159,   231,   351,   187,   351,   -10,   351,   351,  -924,  8098,
    8098,  7036,  8098,  8098,  8229,  2849,  8229,  -924,  -924,  7036,
    -924,   -59,  -924,   361,   159,  -924,   478,  -924,  7036,  -924,
    7036,   276,  -924,  8098,   479,  7036,  7036,  7036,   158,  7036,
    7036,  8098,   371,   380,   398,   521,   289,  -924,   400,  -924,
    8098,  -924,  -924,  -924,  -924,  -924,  -924,   -29,   666,   414,
     373,  -924,   411,  -924,  -924,   577,   459,  -924,  -924,  2861,
    -924,   836,  7036,  7036,   424,   574,   579,   589,   597,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
    -924,   456,   486,  6034,  6034,  -924,   506,   159,  7036,  6034,
     527,  -924,  -924,   541,   541,   351,   351,   351,   351,   351,
     351,   351,   196,    94,  -924,  6535,   836,   213,  -924,  7144,
    3696,   530,  7036,  -924,  -924,   836,  7937,   546,  -924,   553,
    -924,   141,   550,   296,   141,    96,  7036,  -924,  -924,   295,
    -924,  -924,  -924,  -924,  -924,  -924,   557,  5867,   566,   716,
     561,  1938,  7036,  7036,  7036,  7036,  7036,  7036,  7036,  7036,
    7036,  7036,  7036,  7036,  7036,    93,  7036,  7036,  7036,  7036,
    7036,  7036,  7036,  7036,  7036,  7036,  7036,  7036,  7036,  7036,
    7036,  -924,  -924,  -924,    84,  8500,  8500,    59,    59,  7036,
    7036,  -924,  6201,  7036,  7036,  7036,  7036,  7036,  7036,  7036,
    7036,  7036,  7036,  7036,  7036,  -924,  -924,  7036,  -924,  7210,
    7036,   159,  7222,  -924,    29,  -924,  -924,    59,    59,    29,
    7036,  7036,   575,  7278,  7036,  -924,   573,  7412,   583,   590,
    8098,  7990,   167,  7459,  7471,  -924,  -924,  -924,  7036,   158,
    -924,  -924,  3863,   734,   592,     8,   598,   505,  -924,   666,
    -924,    29,  -924,  7036,   739,  -924,    98,  7036,  7036,   -46,
    7036,  7036,  7036,  2105,   491,  7036,    44,   147,   763,   766,
    7036,    73,   159,   186,   191,   237,   243,   767,   769,   774,
     775,   776,   777,   778,   780,  6702,  -924,   784,   624,  -924,
    8098,   630,  -924,   335,  8098,   632,  -924,  7518,   629,   704,
    -924,   708,   803,  -924,   637,  -924,   641,   644,   536,   647,
    -924,  7652,   651,   801,   802,   473,  -924,  -924,   264,  2213,
     653,  -924,  -924,  -924,   572,   661,  -924,  2072,  -924,  -924,
    -924,  6034,  8098,   563,  6368,   828,  6034,  -924,  -924,  2279,
    -924,   810,  7036,  -924,  7036,  -924,  -924,  7036,  8035,  8367,
    2682,   578,   578,   594,   134,   134,   -10,   -10,   -10,  8166,
    8178,  8229,  -924,  8239,  8307,  8499,  8499,  8499,  8499,   578,
     578,  8499,   126,   126,  2604,   351,  8641,  8641,   664,  -924,
    -924,  -924,   665,  7036,   667,   668,   159,   667,   668,   159,
    -924,  7036,  -924,   159,   159,  2293,   670,   836,  8229,  8229,
    8229,  8229,  8229,  8229,  8229,  8229,  8229,  8229,  8229,  8229,
    8229,  8229,  -924,  8229,   704,  -924,  -924,  -924,  -924,  -924,
    2344,   672,  -924,  1098,  -924,  7036,  1266,  7036,  7036,  8589,
    1434,    10,   663,  8098,  -924,  -924,  -924,   239,   669,  -924,
    -924,   782,  -924,  -924,  8098,  -924,  -924,  8098,  7036,  3028,
     674,   836,   675,  7036,   676,  -924,  -924,   536,   750,   677,
     536,  -924,   108,   750,  -924,  3195,   847,  -924,  -924,  -924,
     683,  -924,  -924,  -924,   822,  -924,  -924,  -924,   686,  -924,
    7036,  -924,  -924,   685,  -924,   687,   694,   836,  8098,  7036,
    -924,  -924,   704,  7699,  7711,  4030,  2604,  7036,   -34,   698,
     -34,  2475,  -924,  -924,  2525,  -924,  -924,  -924,  -924,   541,
     750,  -924,  -924,  -924,  -924,  7758,  -924,  -924,  -924,   700,
    8098,   699,  6034,   836,   101,   128,  -924,  -924,  -924,   701,
     702,  -924,  6869,  -924,   387,   795,   634,   707,  -924,  -924,
     634,  8098,  7036,  -924,  -924,  -924,   705,  -924,  -924,  -924,
     536,  -924,  -924,   712,  -924,   709,   726,  -924,  -924,  -924,
     726,  -924,  -924,    41,   863,   874,   718,  -924,  -924,  3362,
    -924,  7036,  -924,  -924,  7892,   714,   847,  6034,   570,  8229,
     750,  5867,   878,   715,  2604,   779,   717,   721,  -924,   261,
    -924,   -34,   719,  -924,  -924,  -924,  5700,   723,  4197,  7036,
    6034,   724,   184,  8589,  1602,  4364,  -924,   697,  -924,    11,
     728,   727,   735,  -924,   736,  8098,   738,   732,  -924,   883,
    -924,   239,   742,   755,  -924,  -924,   712,   737,  1132,   536,
    -924,  -924,   760,   -75,   726,   465,   465,   726,   753,  -924,
    8229,   765,  -924,   756,  -924,  -924,  -924,  -924,  -924,   931,
       3,  -924,   552,  -924,  -924,  -924,  -924,   552,  -924,   787,
    -924,    48,   941,   945,   791,   789,   879,   788,  -924,   796,
     798,   799,   288,   800,  -924,  -924,  -924,   807,   713,   809,
    7036,    36,    61,  -924,  -924,   825,  -924,  6869,  -924,  7036,
     826,   536,  -924,  -924,  -924,  -924,   634,   812,  -924,  -924,
     536,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,
     956,  -924,  -924,  -924,   131,   172,   848,  -924,  -924,  1300,
    -924,  -924,  -924,  -924,  -924,  -924,  -924,  -924,   847,   814,
    5700,   108,   841,  -924,  -924,   818,    57,  -924,   815,   552,
     257,   257,   552,   931,   820,   931,  -924,  -924,  1770,  -924,
    1602,  4531,  -924,   821,  -924,  2539,  -924,  -924,  -924,  -924,
    7036,  -924,  8098,  7036,   262,  -924,  4698,  -924,  -924,  1468,
    9111,   301,  -924,   965,  9200,   187,  -924,  -924,  1636,  -924,
    -924,  -924,  -924,  -924,   968,  -924,  -924,  -924,  -924,  -924,
    -924,    12,  -924,  1804,  -924,  -924,  -924,  -924,   829,  -924,
    -924,  5700,  8098,  8098,   536,  -924,   827,  -924,  -924,   993,
    -924,  8760,  -924,  1003,   513,  -924,  1004,  1005,   523,  -924,
    9111,  -924,  1911,  -924,  -924,   837,  -924,   985,   849,  -924,
     842,  -924,  4865,  -924,  5700,  -924,   843,  7036,   850,   861,
    -924,  -924,  8891,  -924,   851,   852,   963,   948,   871,  7036,
    -924,   965,  -924,  7036,  7036,  9200,  -924,  -924,  -924,  7036,
    1030,  -924,  -924,    12,   866,  -924,   876,  -924,  8098,  -924,
    -924,  -924,  -924,  -924,  9289,   536,  9111,  8098,  -924,  8098,
    8098,  -924,   880,  8098,  7036,  5032,  -924,  -924,  5199,  -924,
    5366,  -924,  -924,  9111,   712,  -924,  -924,  -924,  -924,   -34,
    -924,  8098,  -924,  -924,  -924,  -924,   875,  -924,  -924,   931,
    -924,   298,  -924,  -924,  -924,  5533,  -924,  -924
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
      86,     0,     2,     1,     0,     0,     0,     0,     0,   491,
     492,    93,    95,    96,    94,   532,   160,   489,     0,     0,
       0,     0,     0,     0,   445,     0,     0,     0,   480,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   510,   510,
       0,   458,   457,     0,   510,     0,     0,     0,     0,   475,
     194,   195,   196,     0,     0,     0,     0,   190,   197,   199,
     201,   459,     0,     0,   500,   501,   502,   507,   503,   504,
     505,   506,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   166,   142,   551,   482,     0,     0,
     499,   102,     0,   110,    85,   109,   104,   105,     0,   192,
     106,   107,   108,   454,   246,   148,     0,   149,   428,     0,
     450,   462,   462,   527,     0,   496,   442,   497,   498,     0,
     517,     0,     0,   528,   372,   522,   529,   432,    93,   475,
       0,     0,   413,   462,   414,   415,   416,   441,   169,   580,
     581,     0,   583,   584,   444,   446,   448,   475,   367,     0,
     476,     0,   370,   477,   485,   537,   478,   377,   510,   440,
       0,     0,   361,   362,     0,     0,   363,     0,     0,     0,
       0,   511,     0,     0,     0,     0,     0,   140,     0,   142,
     449,    89,    92,    90,   121,   122,    91,   137,     0,     0,
       0,   132,     0,   304,   305,   308,     0,   307,   452,     0,
     471,     0,     0,     0,     0,     0,     0,     0,     0,    83,
      88,     3,     4,     5,     6,     7,     8,     9,    10,    46,
      47,    11,    12,    13,    14,    15,    16,    17,    18,    19,
      20,    21,    22,    23,    24,    25,    26,    27,    28,    29,
      49,    50,    51,    52,    71,    53,    41,    42,    43,    70,
      44,    45,    30,    31,    32,    33,    34,    35,    36,    74,
      75,    76,    77,    78,    79,    80,    37,    38,    39,    40,
      61,    59,    60,    72,    56,    57,    58,    48,    54,    55,
      66,    67,    68,    62,    63,    65,    64,    69,    73,    84,
      87,   459,     0,   551,   551,    99,   125,    97,     0,   551,
     515,   518,   516,   392,   394,   433,   434,   435,   436,   437,
     438,   439,   566,     0,   494,     0,     0,     0,   564,     0,
       0,     0,     0,    81,    82,     0,   556,     0,   554,   550,
     552,   483,     0,   484,     0,     0,     0,   534,   470,     0,
     196,   103,   111,   451,   188,   193,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   161,   463,   459,   459,     0,     0,     0,     0,     0,
     510,   474,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   391,   393,     0,   459,     0,
       0,   485,     0,   371,     0,   486,   369,     0,     0,     0,
       0,   510,     0,     0,     0,   159,     0,     0,     0,   364,
     366,     0,     0,     0,     0,   154,   155,   168,     0,     0,
     120,   156,     0,     0,     0,   137,     0,     0,   116,     0,
     118,     0,   157,     0,     0,   158,    93,     3,     4,     5,
       6,     7,    46,   445,    12,    13,   480,    71,   458,   457,
      33,    74,    80,    39,    40,    48,    54,   500,   501,   502,
     507,   503,   504,   505,   506,     0,   295,     0,   125,   298,
     300,   125,   178,   513,   587,   125,   585,     0,     0,   208,
     459,   210,   203,   113,     0,    86,     0,     0,   126,     0,
      98,     0,     0,     0,     0,     0,   493,   565,     0,     0,
     513,   563,   495,   562,   427,     0,   147,     0,   144,   141,
     143,   551,   559,   513,     0,   488,   551,   443,   490,     0,
     453,     0,     0,   247,     0,   142,   250,     0,     0,   400,
     403,   421,   423,   404,   405,   406,   407,   409,   410,   397,
     399,   398,   426,   395,   396,   419,   420,   417,   418,   422,
     424,   425,   411,   412,   431,   408,   402,   401,     0,   181,
     182,   459,     0,     0,   508,   535,     0,   509,   536,     0,
     547,     0,   549,   530,   531,     0,     0,     0,   375,   378,
     379,   380,   382,   383,   384,   385,   386,   387,   388,   389,
     390,   381,   582,   447,   208,   479,   542,   540,   541,   543,
       0,     0,   481,     0,   360,     0,     0,   363,     0,     0,
       0,     0,     0,   459,   139,   170,   138,     0,     0,   117,
     119,   137,   131,   303,   309,   306,   297,   302,     0,   126,
       0,   126,     0,   126,     0,   579,   112,     0,   212,     0,
       0,   459,     0,   212,    86,     0,     0,   487,   100,   101,
     514,   488,   568,   569,     0,   574,   577,   575,     0,   571,
       0,   570,   573,     0,   145,     0,     0,     0,   555,     0,
     553,   533,   208,     0,     0,     0,   430,     0,   258,     0,
     258,     0,   472,   473,     0,   525,   526,   524,   523,   376,
     212,   539,   538,   142,   244,     0,   142,   242,   150,     0,
     365,     0,   551,     0,     0,   513,   142,   222,   165,   228,
     228,   153,   234,   359,   176,   135,     0,   125,   128,   133,
       0,   301,     0,   299,   296,   179,     0,   586,   578,   209,
       0,   459,   311,   211,   319,     0,     0,   273,   284,   285,
       0,   286,   204,   268,     0,   270,   271,   272,   459,     0,
     115,     0,   576,   567,     0,     0,   561,   551,   513,   374,
     212,     0,     0,     0,   429,   258,     0,   125,   254,   266,
     257,   258,     0,   545,   548,   459,   248,     0,     0,   363,
     551,     0,   513,     0,     0,     0,   228,     0,   228,     0,
     125,     0,   125,   236,   125,   240,     0,     0,   167,     0,
     134,   126,     0,   125,   130,   162,   213,     0,   340,     0,
     311,   269,     0,     0,     0,     0,     0,     0,     0,   114,
     373,     0,   146,     0,   459,   245,   142,   251,   256,   293,
     258,   252,     0,   262,   261,   260,   263,     0,   259,   184,
     267,   280,     0,   282,   283,     0,   464,     0,   151,     0,
       0,     0,   488,     0,   142,   220,   163,     0,     0,     0,
       0,     0,     0,   224,   126,     0,   233,   126,   235,   126,
       0,     0,   142,   136,   127,   124,   126,     0,   311,   459,
       0,   347,   348,   349,   346,   345,   344,   350,   339,   198,
     340,   315,   316,   310,   266,     0,   338,   342,   320,   340,
     275,   278,   274,   276,   277,   279,   311,   572,   560,     0,
     249,     0,     0,   255,   281,     0,     0,   185,   186,     0,
       0,     0,     0,   293,     0,   293,   311,   243,     0,   216,
       0,     0,   223,     0,   226,     0,   231,   232,   142,   225,
       0,   237,   241,     0,   174,   172,     0,   129,   123,   340,
       0,     0,   317,     0,     0,   462,   343,   200,   340,   311,
     294,   460,   288,   187,     0,   291,   287,   289,   290,   292,
     460,     0,   460,   340,   142,   218,   152,   164,     0,   227,
     142,   230,   239,   238,     0,   175,     0,   177,   191,   206,
     321,     0,   318,   459,     0,   352,     0,     0,     0,   356,
       0,   202,   340,   461,   459,     0,   468,     0,   125,   467,
       0,   368,     0,   221,   229,   173,     0,     0,     0,    74,
     322,   333,     0,   324,     0,     0,     0,   334,     0,     0,
     353,     0,   312,     0,     0,     0,   313,   459,   189,     0,
     264,   142,   469,   126,     0,   142,     0,   142,   207,   205,
     323,   325,   326,   327,     0,     0,     0,   459,   351,   459,
     459,   355,     0,   460,     0,     0,   466,   465,     0,   219,
       0,   329,   330,   332,   328,   335,   354,   357,   358,   258,
     456,   265,   460,   460,   171,   331,     0,   183,   455,   293,
     460,     0,   336,   142,   460,     0,   314,   337
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -924,  -924,   -25,  -902,   -97,   -58,  -480,  -924,   -41,  -181,
      63,   543,  -924,   -80,    -2,     2,  -924,  1006,  -924,  -924,
    -478,  -924,  -924,   864,   233,  -673,   606,   888,   -87,  -924,
       7,  -924,  -924,  -924,  -924,  -924,   406,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,   960,  -924,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -549,  -924,  -601,   258,  -924,
     112,  -924,  -924,  -647,   110,  -924,  -924,  -924,   176,  -924,
    -924,  -924,  -924,  -924,  -924,  -669,  -924,   214,  -924,  -924,
     281,   155,   139,  -236,  -153,  -924,   312,  -924,  -402,  -237,
    -924,   216,  -923,   -85,  -924,   428,  -924,   627,  -924,   625,
    -679,   175,  -924,  -742,  -924,  -924,    40,  -924,  -924,  -924,
    -924,  -924,  -924,  -924,  -924,  -858,  -924,    42,  -924,    35,
     652,  -924,   671,  -606,  -924,   943,  -924,  -924,    22,   -17,
    -924,    -1,    23,  -462,  -924,  -110,  -924,  -924,    33,  -924,
     -15,   733,  -924,  -924,   681,   -55,  -924,    14,    37,    15,
    -924,  -924,  -924,  -924,  -924,   156,    80,  -924,  -924,   722,
    -124,  -220,   565,  -924,  -924,   620,   345,  -924,  -924,  -924,
     446
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,   288,   289,   325,   487,     2,   291,   735,   187,
      90,   295,   296,    91,   131,   528,    94,   736,   446,   189,
     509,   737,   823,   190,   738,   739,   191,   176,   320,   529,
     530,   734,   964,  1006,   818,   491,   492,   581,    96,   938,
     984,    97,   541,   205,    98,    99,   100,   206,   101,   207,
     102,   208,   663,   911,  1038,   658,   661,   751,   724,   996,
     876,   728,   731,   807,   958,   103,   811,   812,   813,   814,
     718,   104,   105,   106,   107,   786,   787,   788,   789,   858,
     790,   859,   762,   763,   764,   765,   766,   860,   767,   862,
     863,   864,   932,   200,   488,   489,   192,   193,   196,   197,
     828,   912,   913,   753,  1012,  1042,  1043,  1044,  1045,  1046,
    1047,  1114,   914,   915,   916,   917,  1014,  1015,  1018,  1019,
     177,   161,   162,   428,   429,   152,   411,   108,   109,   110,
     111,   133,   582,  1023,  1059,   383,   945,  1028,  1029,   113,
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
      92,   112,   384,   290,    93,   338,   186,   445,   826,    95,
     650,   153,   341,   652,   382,   382,   729,   654,   300,   300,
     990,   719,   992,   408,   151,   665,   132,   134,   135,   136,
     137,   792,   198,   443,   365,   148,   382,   391,   164,  1026,
     139,   140,   956,   142,   143,   144,   145,   146,  -274,   157,
     -14,   341,   163,    72,   173,  -287,    15,   297,   976,   178,
     171,   171,   768,   820,     3,   710,   171,   824,   180,   415,
     443,   341,  1017,   506,   507,   343,   880,   881,    72,   512,
     138,  -476,   590,   809,   292,   392,    15,   301,   301,   150,
     837,   112,   442,   199,   342,    15,   920,   305,   306,   307,
     308,   309,   310,   311,   -83,   319,   155,   579,   326,   795,
     302,   302,   198,   756,   343,    72,   128,    12,    13,    14,
      15,   312,   865,   312,   141,   521,   880,   881,   194,   174,
     444,   128,    12,    13,    14,   150,   852,  -253,   357,   358,
     359,   360,   361,   780,    41,    42,   300,   186,   359,   360,
     361,   919,   378,  1017,   128,    12,    13,    14,   971,   878,
     -83,   882,   312,   409,   313,   346,   347,   638,   312,   337,
     365,   412,   580,   422,  -126,   147,   323,   324,   365,   844,
     171,   175,   423,   730,   769,   883,  1110,   427,   430,   431,
     757,   433,   434,   870,   393,   394,   395,   396,   397,   398,
     399,   400,   401,   402,   403,   404,   834,    89,   957,   158,
     758,   759,   510,   939,   158,   301,  1093,   405,   406,   969,
     160,   490,   942,   967,   494,   497,  -513,  -513,   982,   303,
     304,  -475,   591,   758,   759,   959,   165,    89,   302,  -513,
     312,   336,   521,    41,   407,   974,    89,   978,   803,   516,
     315,   316,   315,   316,  -513,   166,  -513,   181,   182,   822,
     183,   300,   181,   149,   594,   183,   852,   993,   641,  1004,
     300,    89,   804,   538,   312,  -214,   331,   167,   760,   168,
     128,    12,    13,    14,   128,    12,    13,    14,   378,  1005,
     314,   315,   316,   617,   618,   597,   378,   315,   316,  -214,
    1022,   857,    41,    42,   312,   184,   334,   185,   169,   851,
     184,   685,   185,   339,   504,   326,   326,   170,   527,   112,
     511,   326,   540,   312,   179,   521,   415,   584,   587,   199,
     301,  -215,   885,  1094,   888,   439,   890,   519,   630,   301,
     201,   513,   514,    72,   532,   897,   853,   854,   855,   856,
     153,   323,   324,   302,   543,  -215,   202,   493,   539,   758,
     759,   203,   302,   758,   759,   195,    41,    42,   522,   315,
     316,   515,   204,   548,   549,   550,   551,   552,   553,   554,
     555,   556,   557,   558,   559,   560,   561,   861,   563,   564,
     565,   566,   567,   568,   569,   570,   571,   572,   573,   574,
     575,   576,   577,   315,   316,   596,   578,   293,   186,    41,
      42,   595,   171,   294,   598,   599,   600,   601,   602,   603,
     604,   605,   606,   607,   608,   609,   610,   857,   150,   611,
    1106,   857,   613,   315,   316,  -217,   621,   687,   679,   680,
     527,   112,   620,   171,   424,   155,   163,   341,   425,   153,
     934,   385,   315,   316,   198,   935,  -519,   439,   695,  -217,
     633,   440,   151,   816,   817,   585,   588,   592,   592,   829,
    1112,  1113,   520,  1010,  1011,   644,   348,   349,   350,   139,
     140,   533,   142,   143,   144,   145,   674,   157,   128,    12,
      13,    14,   180,   297,   616,   386,   675,   592,   592,   619,
     676,   702,   801,  -180,   703,   677,  -180,   647,   705,   706,
     343,  -512,   861,   378,   128,    12,    13,    14,    15,   414,
     831,  -515,  -515,   659,   832,   438,   112,   150,  1025,   684,
    1030,   194,   723,   426,  -515,  -516,  -516,   985,   986,   986,
     989,   449,   300,   435,   155,   450,  -521,   757,  -516,  -515,
    1064,  -515,   436,   326,  -518,  -518,   688,   843,   326,   128,
      12,    13,    14,  -516,   693,  -516,   694,   758,   759,   696,
     437,   150,   441,   147,   300,   128,    12,    13,    14,   451,
     871,   453,  -518,   452,  -518,   148,   448,  -559,  -559,   356,
     357,   358,   359,   360,   361,   498,   300,   499,   921,   922,
     922,   925,   500,    72,   699,   701,   357,   358,   359,   360,
     361,   301,   501,   704,    50,    51,   387,   388,   147,   340,
     502,  1100,   365,   417,   418,   344,   796,   454,   503,   798,
     714,   455,   300,   717,   302,   760,   419,   727,   365,   805,
    1107,  1108,   749,   301,   389,   754,   390,   715,  1111,   430,
     720,   420,  1116,   421,   758,   759,   733,   181,   517,   505,
     183,   149,   523,    92,   112,   301,   302,    93,   300,    89,
     741,   490,    95,   449,   508,   494,   517,   640,   523,   517,
     523,  1051,   923,   924,   755,  1052,  -513,  -513,   302,   181,
     182,  1055,   183,   527,   112,  1056,   785,  -521,   785,  -513,
     531,   301,   774,   987,   988,   341,   723,   333,   335,  -559,
    -559,   779,   375,   376,  -513,   535,  -513,  -514,  -514,   784,
     150,   536,   545,   150,   302,   761,   537,   542,   375,   376,
    -514,  -558,  -558,   546,  -558,   754,   544,   301,  -557,  -557,
     378,  -557,  -520,   625,   326,  -514,   622,  -514,   300,   128,
      12,    13,    14,   709,   815,   627,   378,   636,   628,   930,
     302,   879,   880,   881,   647,   637,   195,    92,   112,   -43,
     639,    93,   -70,   -66,   827,   -67,    95,   953,   880,   881,
     -68,   -62,   -63,   -65,   -64,   725,   -69,   951,   845,   785,
     648,   838,   649,   840,   527,   112,   527,   112,   651,   326,
     653,   656,   657,   527,   112,   966,   660,   493,   757,   662,
     664,   875,   666,   150,   918,   667,   669,   301,   867,   761,
     671,   430,   326,   761,   672,   673,   910,   682,   758,   759,
     341,   683,   689,   692,   698,   700,   732,  -544,  -546,   708,
     302,   712,   740,   778,   443,   744,   746,   748,   785,   750,
     752,   771,   761,  -520,   772,   773,   775,   819,   776,   128,
      12,    13,    14,    15,   777,  1020,    17,   929,   791,   800,
     835,  1001,   799,   806,   808,   821,   965,   825,   382,   802,
     829,   836,   830,   837,   846,   754,   842,   847,   849,   850,
     866,    72,   150,   872,  1027,   868,   884,   761,   761,   761,
     761,   886,   955,   887,   889,   892,   893,  1032,   891,   815,
     898,   962,  1009,  1034,   975,   761,   895,   910,   147,  -341,
     761,  -341,   970,   896,   130,   834,   926,   928,   527,   112,
     901,   902,   903,   904,   905,   906,   907,   931,    63,   927,
      64,    65,    66,    67,    68,    69,    70,    71,   940,   527,
     112,   937,   941,  1041,   150,   995,   942,   875,   944,   725,
     943,   946,  1057,   150,   527,   112,  1027,   910,   947,   948,
     949,   950,   960,   963,  1085,   983,   910,   761,  1088,   952,
    1090,   954,  1002,   939,  1041,  1003,   968,   979,   981,  1035,
     991,   910,  1013,   999,   761,  1024,  1048,  1037,  1036,   527,
     112,  1033,   761,   761,   761,   761,   298,  1049,  1053,  1054,
    1061,   299,  1062,    88,    89,  1065,  1067,  1063,  1095,  -475,
     910,   899,  1069,  1072,  1073,  1074,  1115,  1048,  1075,  1076,
     527,   112,   527,   112,  1084,  1105,  1050,  1087,   901,   902,
     903,   904,   905,   906,   907,   908,  1109,  1060,  1089,  1092,
    1099,   668,   447,   188,   894,   642,   432,   745,   345,  1068,
     754,   873,   997,   961,   933,  1000,   848,   150,    72,   973,
     980,  1077,   833,   936,   150,  1079,  1080,   743,   643,   645,
    1082,  1083,  1071,   527,   112,   972,   527,   112,   527,   112,
    1081,   634,   614,  1078,   413,   624,  1086,   785,   562,   747,
    1096,   690,  1097,  1098,   713,   150,  1101,     0,   589,     0,
       4,     5,     0,   527,   112,     6,     7,     8,     0,     9,
      10,    11,    12,    13,    14,    15,    16,     0,    17,     0,
       0,    18,    19,    20,    21,    22,     0,     0,   150,    23,
      24,    25,     0,    26,    27,    28,    29,     0,     0,     0,
      30,    31,    32,     0,    33,     0,    34,     0,    35,     0,
       0,    36,     0,     0,     0,    37,    38,    39,    40,    41,
      42,     0,    44,    45,     0,     0,    46,     0,     0,    48,
      49,     0,     0,     0,     0,     0,   130,     0,    53,    54,
      55,     0,     0,     0,     0,     0,     0,   899,     0,    62,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,   900,     0,     0,   901,   902,   903,   904,   905,   906,
     907,   908,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,    72,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,     0,
      84,    85,   716,    86,    87,    88,    89,     0,     4,     5,
       0,     0,     0,     6,     7,     8,     0,     9,    10,    11,
      12,    13,    14,    15,    16,     0,    17,     0,     0,    18,
      19,    20,    21,    22,     0,     0,   909,    23,    24,    25,
       0,    26,    27,    28,    29,     0,     0,     0,    30,    31,
      32,     0,    33,     0,    34,     0,    35,     0,     0,    36,
       0,     0,     0,    37,    38,    39,    40,    41,    42,     0,
      44,    45,     0,     0,    46,     0,     0,    48,    49,     0,
       0,     0,     0,     0,   130,     0,    53,    54,    55,     0,
       0,     0,     0,     0,     0,   899,     0,    62,    63,     0,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   900,
       0,     0,   901,   902,   903,   904,   905,   906,   907,   908,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    73,    74,    75,    76,    77,    78,    79,    80,
      81,     0,    72,     0,     0,     0,     0,     0,     0,     0,
      82,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    83,     0,    84,    85,
     726,    86,    87,    88,    89,     0,     4,     5,     0,     0,
       0,     6,     7,     8,     0,     9,    10,    11,    12,    13,
      14,    15,    16,     0,    17,     0,     0,    18,    19,    20,
      21,    22,     0,     0,   977,    23,    24,    25,     0,    26,
      27,    28,    29,     0,     0,     0,    30,    31,    32,     0,
      33,     0,    34,     0,    35,     0,     0,    36,     0,     0,
       0,    37,    38,    39,    40,    41,    42,     0,    44,    45,
       0,     0,    46,     0,     0,    48,    49,     0,     0,     0,
       0,     0,   130,     0,    53,    54,    55,     0,     0,     0,
       0,     0,     0,   899,     0,    62,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    72,   900,     0,     0,
     901,   902,   903,   904,   905,   906,   907,   908,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      73,    74,    75,    76,    77,    78,    79,    80,    81,     0,
      72,     0,     0,     0,     0,     0,     0,     0,    82,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    83,     0,    84,    85,   874,    86,
      87,    88,    89,     0,     4,     5,     0,     0,     0,     6,
       7,     8,     0,     9,    10,    11,    12,    13,    14,    15,
      16,     0,    17,     0,     0,    18,    19,    20,    21,    22,
       0,     0,  1008,    23,    24,    25,     0,    26,    27,    28,
      29,     0,     0,     0,    30,    31,    32,     0,    33,     0,
      34,     0,    35,     0,     0,    36,     0,     0,     0,    37,
      38,    39,    40,    41,    42,     0,    44,    45,     0,     0,
      46,     0,     0,    48,    49,     0,     0,     0,     0,     0,
     130,     0,    53,    54,    55,     0,     0,     0,     0,     0,
       0,   899,     0,    62,    63,     0,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   900,     0,     0,   901,   902,
     903,   904,   905,   906,   907,   908,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,    72,     0,
       0,     0,     0,     0,     0,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,     0,    84,    85,   994,    86,    87,    88,
      89,     0,     4,     5,     0,     0,     0,     6,     7,     8,
       0,     9,    10,    11,    12,    13,    14,    15,    16,     0,
      17,     0,     0,    18,    19,    20,    21,    22,     0,     0,
    1021,    23,    24,    25,     0,    26,    27,    28,    29,     0,
       0,     0,    30,    31,    32,     0,    33,     0,    34,     0,
      35,     0,     0,    36,     0,     0,     0,    37,    38,    39,
      40,    41,    42,     0,    44,    45,     0,     0,    46,     0,
       0,    48,    49,     0,     0,     0,     0,     0,   130,     0,
      53,    54,    55,     0,     0,     0,     0,     0,     0,   899,
       0,    62,    63,     0,    64,    65,    66,    67,    68,    69,
      70,    71,    72,   900,     0,     0,   901,   902,   903,   904,
     905,   906,   907,   908,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    73,    74,    75,    76,
      77,    78,    79,    80,    81,     0,    72,     0,     0,     0,
       0,     0,     0,     0,    82,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      83,     0,    84,    85,   547,    86,    87,    88,    89,     0,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,   128,    12,    13,    14,    15,     0,     0,    17,     0,
       0,    18,    19,    20,    21,    22,   899,     0,  1031,    23,
      24,    25,     0,    26,    27,    28,     0,     0,     0,     0,
     900,     0,     0,   901,   902,   903,   904,   905,   906,   907,
     908,     0,     0,     0,     0,    37,     0,     0,     0,    41,
      42,     0,     0,     0,     0,     0,    46,     0,     0,     0,
     129,     0,     0,    72,     0,     0,   130,     0,     0,    54,
      55,     0,     0,     0,     0,     0,     0,     0,     0,    62,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,  1058,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,     0,
       0,   -47,     0,    86,    87,    88,    89,     4,     5,     0,
       0,     0,     6,     7,     8,     0,     9,    10,   128,    12,
      13,    14,    15,     0,     0,    17,     0,     0,    18,    19,
      20,    21,    22,    41,    42,     0,    23,    24,    25,     0,
      26,    27,    28,     0,   339,    50,    51,     0,     0,     0,
     340,     0,     0,     0,     0,     0,    57,    58,    59,    60,
       0,     0,    37,     0,     0,     0,    41,    42,     0,     0,
       0,     0,     0,    46,    72,     0,     0,   129,     0,     0,
       0,     0,     0,   130,     0,     0,    54,    55,     0,     0,
       0,     0,     0,     0,     0,     0,    62,    63,     0,    64,
      65,    66,    67,    68,    69,    70,    71,    72,   351,     0,
     352,   353,   354,   355,   356,   357,   358,   359,   360,   361,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    73,    74,    75,    76,    77,    78,    79,    80,    81,
       0,   362,   363,   364,     0,     0,     0,   365,     0,    82,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    83,     0,     0,     0,     0,
      86,    87,    88,    89,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,     0,     0,   351,     0,
     352,   353,   354,   355,   356,   357,   358,   359,   360,   361,
       0,     0,     0,     0,     0,     0,     0,   362,   363,   364,
       0,     0,     0,   365,     0,     0,     0,     0,     0,     0,
       0,   362,   363,   364,     0,     0,     0,   365,   366,   367,
     368,   369,   370,   371,   372,   373,   374,   375,   376,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   377,   378,     0,   379,   380,     0,
       0,     0,   362,   363,   364,     0,     0,   681,   365,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,     0,     0,     0,   366,   367,
     368,   369,   370,   371,   372,   373,   374,   375,   376,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     377,   378,     0,   379,   380,     0,     0,     0,     0,     0,
       0,     0,     0,   691,   377,   378,     0,   379,   380,     0,
       0,     0,     0,     0,     0,     0,     0,   707,     0,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
     351,     0,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,   362,   363,   364,     0,     0,   711,   365,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     351,     0,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,     0,     0,   351,   956,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,     0,     0,     0,     0,
       0,     0,     0,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,     0,     0,     0,   362,   363,   364,
       0,     0,     0,   365,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   377,   378,     0,   379,
     380,     0,     0,     0,     0,     0,     0,     0,   365,   793,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,     0,     0,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   377,   378,     0,   379,
     380,   354,   355,   356,   357,   358,   359,   360,   361,   794,
     377,   378,     0,   379,   380,     0,     0,     0,     0,     0,
     351,   957,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,     0,     0,     0,     0,   365,     0,     0,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
       0,     0,     0,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   368,
     369,   370,   371,   372,   373,   374,   375,   376,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,     0,     0,     0,   378,     0,   379,   380,     0,     0,
       0,     0,     0,     0,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,   377,   378,     0,   379,
     380,     0,     0,     4,     5,     0,     0,   381,     6,     7,
       8,     0,     9,    10,   456,    12,    13,    14,    15,     0,
       0,    17,     0,   365,   457,   458,   459,   460,   461,   216,
     217,   218,   462,   463,    25,   221,   464,   465,   466,   225,
     226,   227,   228,   229,   230,   231,   232,   233,   234,   235,
     236,   237,   238,   239,   240,   241,   242,   243,   467,   245,
     246,   247,   468,   469,   250,   251,   252,   253,   254,   470,
     256,   257,   258,   471,   260,   261,   262,   263,   264,   472,
     266,   267,   473,   474,     0,   270,   271,   272,   273,   274,
     275,   276,   475,   476,   279,   477,   478,   479,   480,   481,
     482,   483,   484,    72,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   410,    73,    74,    75,
      76,    77,    78,    79,    80,    81,     0,     0,     0,     0,
     377,   378,     0,   379,   380,    82,     0,     0,     0,     0,
       0,   485,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    83,   486,     0,     0,     0,    86,    87,    88,    89,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,   456,    12,    13,    14,    15,     0,     0,    17,     0,
       0,   457,   458,   459,   460,   461,   216,   217,   218,   462,
     463,    25,   221,   464,   465,   466,   225,   226,   227,   228,
     229,   230,   231,   232,   233,   234,   235,   236,   237,   238,
     239,   240,   241,   242,   243,   467,   245,   246,   247,   468,
     469,   250,   251,   252,   253,   254,   470,   256,   257,   258,
     471,   260,   261,   262,   263,   264,   472,   266,   267,   473,
     474,     0,   270,   271,   272,   273,   274,   275,   276,   475,
     476,   279,   477,   478,   479,   480,   481,   482,   483,   484,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,   742,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    83,     0,
       0,     0,     0,    86,    87,    88,    89,     4,     5,     0,
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
       0,     0,     0,     0,     0,    83,     0,    84,    85,   770,
      86,    87,    88,    89,     4,     5,     0,     0,     0,     6,
       7,     8,     0,     9,    10,    11,    12,    13,    14,    15,
      16,     0,    17,     0,     0,    18,    19,    20,    21,    22,
       0,     0,     0,    23,    24,    25,     0,    26,    27,    28,
      29,     0,     0,     0,    30,    31,    32,     0,    33,     0,
      34,     0,    35,     0,     0,    36,     0,     0,     0,    37,
      38,    39,    40,    41,    42,    43,    44,    45,     0,     0,
      46,    47,     0,    48,    49,    50,    51,     0,     0,     0,
      52,     0,    53,    54,    55,    56,    57,    58,    59,    60,
       0,     0,    61,    62,    63,     0,    64,    65,    66,    67,
      68,    69,    70,    71,    72,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,     0,    84,    85,   839,    86,    87,    88,
      89,     4,     5,     0,     0,     0,     6,     7,     8,     0,
       9,    10,    11,    12,    13,    14,    15,    16,     0,    17,
       0,     0,    18,    19,    20,    21,    22,     0,     0,     0,
      23,    24,    25,     0,    26,    27,    28,    29,     0,     0,
       0,    30,    31,    32,     0,    33,     0,    34,     0,    35,
       0,     0,    36,     0,     0,     0,    37,    38,    39,    40,
      41,    42,    43,    44,    45,     0,     0,    46,    47,     0,
      48,    49,    50,    51,     0,     0,     0,    52,     0,    53,
      54,    55,    56,    57,    58,    59,    60,     0,     0,    61,
      62,    63,     0,    64,    65,    66,    67,    68,    69,    70,
      71,    72,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    73,    74,    75,    76,    77,
      78,    79,    80,    81,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    82,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    83,
       0,    84,    85,     0,    86,    87,    88,    89,     4,     5,
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
     526,    86,    87,    88,    89,     4,     5,     0,     0,     0,
       6,     7,     8,     0,     9,    10,    11,    12,    13,    14,
      15,    16,     0,    17,     0,     0,    18,    19,    20,    21,
      22,     0,     0,     0,    23,    24,    25,     0,    26,    27,
      28,    29,     0,     0,     0,    30,    31,    32,     0,    33,
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
       0,     0,     0,    83,     0,    84,    85,   635,    86,    87,
      88,    89,     4,     5,     0,     0,     0,     6,     7,     8,
       0,     9,    10,    11,    12,    13,    14,    15,    16,     0,
      17,     0,     0,    18,    19,    20,    21,    22,     0,     0,
       0,    23,    24,    25,     0,    26,    27,    28,    29,     0,
       0,   783,    30,    31,    32,     0,    33,     0,    34,     0,
      35,     0,     0,    36,     0,     0,     0,    37,    38,    39,
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
      31,    32,   869,    33,     0,    34,     0,    35,     0,     0,
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
      33,     0,    34,     0,    35,   877,     0,    36,     0,     0,
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
       0,     0,     0,     0,    83,     0,    84,    85,     0,    86,
      87,    88,    89,     4,     5,     0,     0,     0,     6,     7,
       8,     0,     9,    10,    11,    12,    13,    14,    15,    16,
       0,    17,     0,     0,    18,    19,    20,    21,    22,     0,
       0,     0,    23,    24,    25,     0,    26,    27,    28,    29,
       0,     0,     0,    30,    31,    32,     0,    33,     0,    34,
     998,    35,     0,     0,    36,     0,     0,     0,    37,    38,
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
      84,    85,  1007,    86,    87,    88,    89,     4,     5,     0,
       0,     0,     6,     7,     8,     0,     9,    10,    11,    12,
      13,    14,    15,    16,     0,    17,     0,     0,    18,    19,
      20,    21,    22,     0,     0,     0,    23,    24,    25,     0,
      26,    27,    28,    29,     0,     0,     0,    30,    31,    32,
       0,    33,  1066,    34,     0,    35,     0,     0,    36,     0,
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
       0,     0,    83,     0,    84,    85,  1102,    86,    87,    88,
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
       0,    84,    85,  1103,    86,    87,    88,    89,     4,     5,
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
    1104,    86,    87,    88,    89,     4,     5,     0,     0,     0,
       6,     7,     8,     0,     9,    10,    11,    12,    13,    14,
      15,    16,     0,    17,     0,     0,    18,    19,    20,    21,
      22,     0,     0,     0,    23,    24,    25,     0,    26,    27,
      28,    29,     0,     0,     0,    30,    31,    32,     0,    33,
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
       0,     0,     0,    83,     0,    84,    85,  1117,    86,    87,
      88,    89,     4,     5,     0,     0,     0,     6,     7,     8,
       0,     9,    10,    11,    12,    13,    14,    15,    16,     0,
      17,     0,     0,    18,    19,    20,    21,    22,     0,     0,
       0,    23,    24,    25,     0,    26,    27,    28,    29,     0,
       0,     0,    30,    31,    32,     0,    33,     0,    34,     0,
      35,     0,     0,    36,     0,     0,     0,    37,    38,    39,
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
      31,    32,     0,    33,     0,    34,     0,    35,     0,     0,
      36,     0,     0,     0,    37,    38,    39,    40,    41,    42,
       0,    44,    45,     0,     0,    46,     0,     0,    48,    49,
       0,     0,     0,     0,     0,   130,     0,    53,    54,    55,
       0,     0,     0,     0,     0,     0,     0,     0,    62,    63,
       0,    64,    65,    66,    67,    68,    69,    70,    71,    72,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    73,    74,    75,    76,    77,    78,    79,
      80,    81,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    82,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    83,     0,    84,
      85,     0,    86,    87,    88,    89,     4,     5,     0,     0,
       0,     6,     7,     8,     0,     9,    10,   128,    12,    13,
      14,    15,     0,     0,    17,     0,     0,    18,    19,    20,
      21,    22,     0,     0,     0,    23,    24,    25,     0,    26,
      27,    28,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    37,     0,     0,     0,    41,    42,     0,     0,     0,
       0,     0,    46,     0,     0,     0,   129,     0,     0,     0,
       0,     0,   130,     0,     0,    54,    55,     0,     0,     0,
       0,     0,     0,     0,     0,   321,    63,     0,    64,    65,
      66,    67,    68,    69,    70,    71,    72,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      73,    74,    75,    76,    77,    78,    79,    80,    81,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    82,     0,
       0,     0,     0,     0,   322,     0,     0,     0,   323,   324,
       0,     0,     0,     0,    83,     0,     0,     0,     0,    86,
      87,    88,    89,     4,     5,     0,     0,     0,     6,     7,
       8,     0,     9,    10,   128,    12,    13,    14,    15,     0,
       0,    17,     0,     0,    18,    19,    20,    21,    22,     0,
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
       0,     0,     0,     0,     0,   323,   324,     0,     0,     0,
       0,    83,     0,     0,     0,     0,    86,    87,    88,    89,
       4,     5,     0,     0,     0,     6,     7,     8,     0,     9,
      10,   128,    12,    13,    14,    15,     0,     0,    17,     0,
       0,    18,    19,    20,    21,    22,     0,     0,     0,    23,
      24,    25,     0,    26,    27,    28,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    37,     0,     0,     0,    41,
      42,     0,     0,     0,     0,     0,    46,     0,     0,     0,
     129,     0,     0,     0,     0,     0,   130,     0,     0,    54,
      55,     0,     0,     0,     0,     0,     0,     0,     0,   686,
      63,     0,    64,    65,    66,    67,    68,    69,    70,    71,
      72,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    73,    74,    75,    76,    77,    78,
      79,    80,    81,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    82,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   323,   324,     0,     0,     0,     0,    83,     0,
       0,     0,     0,    86,    87,    88,    89,     4,     5,     0,
       0,     0,     6,     7,     8,     0,     9,    10,   128,    12,
      13,    14,    15,     0,     0,    17,   518,     0,    18,    19,
      20,    21,    22,     0,     0,     0,    23,    24,    25,     0,
      26,    27,    28,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    37,     0,     0,     0,    41,    42,     0,     0,
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
      68,    69,    70,    71,    72,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    73,    74,
      75,    76,    77,    78,    79,    80,    81,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    82,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    83,   646,     0,     0,     0,    86,    87,    88,
      89,     4,     5,     0,     0,     0,     6,     7,     8,     0,
       9,    10,   128,    12,    13,    14,    15,     0,     0,    17,
       0,     0,    18,    19,    20,    21,    22,     0,     0,     0,
      23,    24,    25,     0,    26,    27,    28,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   810,    37,     0,     0,     0,
      41,    42,     0,     0,     0,     0,     0,    46,     0,     0,
       0,   129,     0,     0,     0,     0,     0,   130,     0,     0,
      54,    55,     0,     0,     0,     0,     0,     0,     0,     0,
      62,    63,     0,    64,    65,    66,    67,    68,    69,    70,
      71,    72,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    73,    74,    75,    76,    77,
      78,    79,    80,    81,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    82,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    83,
       0,     0,     0,     0,    86,    87,    88,    89,     4,     5,
       0,     0,     0,     6,     7,     8,     0,     9,    10,   128,
      12,    13,    14,    15,     0,     0,    17,     0,     0,    18,
      19,    20,    21,    22,     0,     0,     0,    23,    24,    25,
       0,    26,    27,    28,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    37,     0,     0,     0,    41,    42,     0,
       0,     0,     0,     0,    46,     0,     0,     0,   129,     0,
       0,     0,     0,     0,   130,     0,     0,    54,    55,     0,
       0,     0,     0,     0,     0,     0,     0,    62,    63,     0,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   351,
       0,   352,   353,   354,   355,   356,   357,   358,   359,   360,
     361,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    73,    74,    75,    76,    77,    78,    79,    80,
      81,     0,   362,   363,   364,     0,     0,     0,   365,     0,
      82,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    83,     0,     0,     0,
       0,    86,    87,    88,    89,   351,     0,   352,   353,   354,
     355,   356,   357,   358,   359,   360,   361,   351,     0,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   362,   363,
     364,     0,     0,     0,   365,     0,     0,     0,     0,     0,
     362,   363,   364,     0,     0,     0,   365,     0,     0,   366,
     367,   368,   369,   370,   371,   372,   373,   374,   375,   376,
       0,     0,     0,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   377,   378,     0,   379,   380,
       0,     0,     0,     0,     0,   524,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   366,   367,   368,   369,   370,
     371,   372,   373,   374,   375,   376,     0,   366,   367,   368,
     369,   370,   371,   372,   373,   374,   375,   376,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   377,   378,     0,   379,   380,     0,     0,     0,     0,
       0,   612,     0,   377,   378,     0,   379,   380,     0,     0,
       0,     0,     0,   615,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,   351,     0,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,   623,
     362,   363,   364,     0,     0,     0,   365,     0,     0,     0,
       0,     0,     0,     0,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,   351,     0,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   362,   363,   364,
       0,     0,     0,   365,     0,     0,     0,     0,     0,   362,
     363,   364,     0,     0,     0,   365,     0,     0,     0,     0,
       0,     0,     0,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,   366,   367,   368,
     369,   370,   371,   372,   373,   374,   375,   376,     0,     0,
       0,     0,     0,     0,     0,     0,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   377,   378,     0,   379,   380,     0,     0,
       0,     0,     0,   626,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,     0,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     377,   378,     0,   379,   380,     0,     0,     0,     0,     0,
     631,     0,   377,   378,     0,   379,   380,     0,     0,     0,
       0,     0,   632,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,   351,     0,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,   655,
     362,   363,   364,     0,     0,     0,   365,     0,     0,     0,
       0,     0,     0,     0,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,   351,     0,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   362,   363,   364,
       0,     0,     0,   365,     0,     0,     0,     0,     0,   362,
     363,   364,     0,     0,     0,   365,     0,     0,     0,     0,
       0,     0,     0,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,     0,   366,   367,   368,
     369,   370,   371,   372,   373,   374,   375,   376,     0,     0,
       0,     0,     0,     0,     0,     0,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   377,   378,     0,   379,   380,     0,     0,
       0,     0,     0,   670,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,     0,   366,   367,   368,   369,
     370,   371,   372,   373,   374,   375,   376,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     377,   378,     0,   379,   380,     0,     0,     0,     0,     0,
     781,     0,   377,   378,     0,   379,   380,     0,     0,     0,
       0,     0,   782,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,     0,     0,     0,   351,     0,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,   797,
     362,   363,   364,     0,     0,     0,   365,     0,     0,     0,
       0,     0,   351,     0,   352,   353,   354,   355,   356,   357,
     358,   359,   360,   361,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   362,   363,   364,     0,     0,
       0,   365,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   351,     0,   352,   353,   354,
     355,   356,   357,   358,   359,   360,   361,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   366,   367,   368,
     369,   370,   371,   372,   373,   374,   375,   376,   362,   363,
     364,     0,     0,     0,   365,     0,     0,     0,     0,     0,
     351,   697,   352,   353,   354,   355,   356,   357,   358,   359,
     360,   361,   629,   377,   378,     0,   379,   380,     0,     0,
       0,   841,   366,   367,   368,   369,   370,   371,   372,   373,
     374,   375,   376,   362,   363,   364,     0,     0,     0,   365,
       0,     0,     0,     0,   534,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   377,   378,
       0,   379,   380,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,   366,   367,   368,   369,   370,
     371,   372,   373,   374,   375,   376,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   362,   363,   364,     0,
       0,     0,   365,     0,     0,     0,     0,     0,     0,     0,
       0,   377,   378,     0,   379,   380,     0,     0,     0,     0,
     366,   367,   368,   369,   370,   371,   372,   373,   374,   375,
     376,   351,     0,   352,   353,   354,   355,   356,   357,   358,
     359,   360,   361,   351,     0,   352,   353,   354,   355,   356,
     357,   358,   359,   360,   361,     0,   377,   378,     0,   379,
     380,     0,     0,     0,     0,   363,   364,     0,     0,     0,
     365,     0,     0,     0,     0,     0,     0,     0,   364,     0,
       0,     0,   365,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,   351,     0,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,   352,   353,   354,   355,
     356,   357,   358,   359,   360,   361,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   365,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   365,     0,     0,     0,     0,     0,     0,
       0,   366,   367,   368,   369,   370,   371,   372,   373,   374,
     375,   376,     0,   366,   367,   368,   369,   370,   371,   372,
     373,   374,   375,   376,   352,   353,   354,   355,   356,   357,
     358,   359,   360,   361,     0,     0,     0,   377,   378,     0,
     379,   380,     0,     0,     0,     0,     0,     0,     0,   377,
     378,     0,   379,   380,     0,     0,     0,     0,     0,     0,
       0,   365,     0,     0,   366,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,   367,   368,   369,   370,   371,
     372,   373,   374,   375,   376,   353,   354,   355,   356,   357,
     358,   359,   360,   361,     0,     0,     0,     0,     0,     0,
     377,   378,     0,   379,   380,     0,     0,     0,     0,     0,
       0,   378,     0,   379,   380,     0,     0,     0,     0,     0,
       0,   365,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   368,   369,   370,   371,   372,   373,
     374,   375,   376,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   378,
       0,   379,   380,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   368,   369,   370,   371,   372,   373,
     374,   375,   376,     0,     0,     0,     0,     0,   354,   355,
     356,   357,   358,   359,   360,   361,     0,     0,     0,     0,
       0,     0,     0,   209,     0,     0,     0,    15,     0,   378,
       0,   379,   380,   211,   212,   213,   214,   215,   216,   217,
     218,   219,   220,   365,   221,   222,   223,   224,   225,   226,
     227,   228,   229,   230,   231,   232,   233,   234,   235,   236,
     237,   238,   239,   240,   241,   242,   243,   244,   245,   246,
     247,   248,   249,   250,   251,   252,   253,   254,   255,   256,
     257,   258,   259,   260,   261,   262,   263,   264,   265,   266,
     267,   268,   269,     0,   270,   271,   272,   273,   274,   275,
     276,   277,   278,   279,   280,   281,   282,   283,   284,   285,
     286,   287,   128,    12,    13,    14,    15,     0,     0,    17,
       0,     0,     0,     0,     0,     0,  -559,  -559,  -559,  -559,
     372,   373,  -559,   375,   376,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     354,   355,   356,   357,   358,   359,   360,   361,     0,     0,
       0,   378,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   147,     0,   583,     0,     0,     0,   130,    89,     0,
       0,     0,     0,     0,     0,   365,     0,     0,     0,     0,
     721,    63,     0,    64,    65,    66,    67,    68,    69,    70,
      71,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   323,   324,     0,     0,     0,     0,   298,
       0,     0,     0,     0,   722,     0,    88,    89,   368,   369,
     370,   371,   372,   373,   374,   375,   376,     0,     0,     0,
       0,     0,     0,   456,    12,    13,    14,     0,     0,     0,
       0,     0,     0,   211,   212,   213,   214,   215,   216,   217,
     218,   219,   220,   378,   221,   222,   223,   224,   225,   226,
     227,   228,   229,   230,   231,   232,   233,   234,   235,   236,
     237,   238,   239,   240,   241,   242,   243,   244,   245,   246,
     247,   248,   249,   250,   251,   252,   253,   254,   255,   256,
     257,   258,  1039,   260,   261,   262,   263,   264,   265,   266,
     267,   268,   269,     0,   270,   271,   272,   273,   274,   275,
     276,   277,   278,   279,   280,   281,   282,   283,   284,   285,
     286,   287,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   456,    12,    13,    14,     0,     0,
       0,     0,     0,     0,   211,   212,   213,   214,   215,   216,
     217,   218,   219,   220,  1040,   221,   222,   223,   224,   225,
     226,   227,   228,   229,   230,   231,   232,   233,   234,   235,
     236,   237,   238,   239,   240,   241,   242,   243,   244,   245,
     246,   247,   248,   249,   250,   251,   252,   253,   254,   255,
     256,   257,   258,  1039,   260,   261,   262,   263,   264,   265,
     266,   267,   268,   269,     0,   270,   271,   272,   273,   274,
     275,   276,   277,   278,   279,   280,   281,   282,   283,   284,
     285,   286,   287,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   209,     0,     0,   210,     0,
       0,     0,     0,     0,     0,   211,   212,   213,   214,   215,
     216,   217,   218,   219,   220,  1070,   221,   222,   223,   224,
     225,   226,   227,   228,   229,   230,   231,   232,   233,   234,
     235,   236,   237,   238,   239,   240,   241,   242,   243,   244,
     245,   246,   247,   248,   249,   250,   251,   252,   253,   254,
     255,   256,   257,   258,   259,   260,   261,   262,   263,   264,
     265,   266,   267,   268,   269,     0,   270,   271,   272,   273,
     274,   275,   276,   277,   278,   279,   280,   281,   282,   283,
     284,   285,   286,   287,   209,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   211,   212,   213,   214,   215,   216,
     217,   218,   219,   220,     0,   221,   222,   223,   224,   225,
     226,   227,   228,   229,   230,   231,   232,   233,   234,   235,
     236,   237,   238,   239,   240,   241,   242,   243,   244,   245,
     246,   247,   248,   249,   250,   251,   252,   253,   254,   255,
     256,   257,   258,   259,   260,   261,   262,   263,   264,   265,
     266,   267,   268,   269,     0,   270,   271,   272,   273,   274,
     275,   276,   277,   278,   279,   280,   281,   282,   283,   284,
     285,   286,   287,  1016,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   211,   212,   213,   214,   215,   216,   217,
     218,   219,   220,     0,   221,   222,   223,   224,   225,   226,
     227,   228,   229,   230,   231,   232,   233,   234,   235,   236,
     237,   238,   239,   240,   241,   242,   243,   244,   245,   246,
     247,   248,   249,   250,   251,   252,   253,   254,   255,   256,
     257,   258,   259,   260,   261,   262,   263,   264,   265,   266,
     267,   268,   269,     0,   270,   271,   272,   273,   274,   275,
     276,   277,   278,   279,   280,   281,   282,   283,   284,   285,
     286,   287,  1091,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   211,   212,   213,   214,   215,   216,   217,   218,
     219,   220,     0,   221,   222,   223,   224,   225,   226,   227,
     228,   229,   230,   231,   232,   233,   234,   235,   236,   237,
     238,   239,   240,   241,   242,   243,   244,   245,   246,   247,
     248,   249,   250,   251,   252,   253,   254,   255,   256,   257,
     258,   901,   902,   903,   904,   905,   906,   907,   266,   267,
     268,   269,     0,   270,   271,   272,   273,   274,   275,   276,
     277,   278,   279,   280,   281,   282,   283,   284,   285,   286,
     287
};

static const yytype_int16 yycheck[] =
{
       2,     2,   112,    61,     2,    90,    47,   188,   750,     2,
     488,    26,    92,   491,   111,   112,     6,   495,    73,    74,
     943,   627,   945,   133,    26,   505,     4,     5,     6,     7,
       8,   700,    49,    62,    44,    94,   133,   122,    31,    27,
      18,    19,     6,    21,    22,    23,    24,    25,     7,    27,
       6,   131,    30,   112,    39,     7,    27,    72,   916,    44,
      38,    39,   663,   736,     0,   614,    44,   740,    46,   154,
      62,   151,   974,   293,   294,    92,    65,    66,   112,   299,
       6,   158,    23,   730,    61,     4,    27,    73,    74,    26,
     165,    92,   179,   170,    92,    27,   171,    75,    76,    77,
      78,    79,    80,    81,     6,    83,    26,    23,    86,   710,
      73,    74,   129,     5,   131,   112,    23,    24,    25,    26,
      27,    27,   791,    27,   170,    29,    65,    66,    48,    23,
     159,    23,    24,    25,    26,    72,     5,   171,    12,    13,
      14,    15,    16,   692,    71,    72,   201,   188,    14,    15,
      16,   830,   162,  1055,    23,    24,    25,    26,   900,   806,
      62,   808,    27,   141,    29,    49,    50,   159,    27,    89,
      44,   149,    88,   158,   171,    82,   164,   165,    44,   780,
     158,    23,   160,   173,   664,   174,  1109,   165,   166,   167,
      82,   169,   170,   799,   113,   114,   115,   116,   117,   118,
     119,   120,   121,   122,   123,   124,   165,   178,   172,   170,
     102,   103,   297,   165,   170,   201,  1074,   136,   137,   898,
     170,   199,   165,   896,   202,   203,   145,   146,   171,    73,
      74,   158,   173,   102,   103,   174,   170,   178,   201,   158,
      27,   173,    29,    71,   163,    73,   178,   926,   147,   155,
     156,   157,   156,   157,   173,   170,   175,    23,    24,   737,
      26,   316,    23,   170,   388,    26,     5,   946,   449,     7,
     325,   178,   171,   177,    27,   147,    29,   170,   170,   170,
      23,    24,    25,    26,    23,    24,    25,    26,   162,    27,
     155,   156,   157,   417,   418,   392,   162,   156,   157,   171,
     979,   170,    71,    72,    27,    71,    29,    73,   170,   787,
      71,   531,    73,    82,   291,   293,   294,   170,   320,   320,
     298,   299,   339,    27,   173,    29,   411,   385,   386,   170,
     316,   147,   810,  1075,   812,   168,   814,   315,   171,   325,
     170,   145,   146,   112,   322,   823,    85,    86,    87,    88,
     365,   164,   165,   316,   347,   171,   170,   201,   336,   102,
     103,   170,   325,   102,   103,    27,    71,    72,   155,   156,
     157,   175,   170,   351,   352,   353,   354,   355,   356,   357,
     358,   359,   360,   361,   362,   363,   364,   789,   366,   367,
     368,   369,   370,   371,   372,   373,   374,   375,   376,   377,
     378,   379,   380,   156,   157,   390,   383,   170,   449,    71,
      72,   389,   390,   170,   392,   393,   394,   395,   396,   397,
     398,   399,   400,   401,   402,   403,   404,   170,   365,   407,
    1099,   170,   410,   156,   157,   147,   421,   534,   174,   175,
     442,   442,   420,   421,   168,   365,   424,   527,   172,   464,
     852,   158,   156,   157,   471,   857,   170,   168,   545,   171,
     438,   172,   464,    76,    77,   385,   386,   387,   388,   168,
     172,   173,   316,   172,   173,   453,    49,    50,    51,   457,
     458,   325,   460,   461,   462,   463,    13,   465,    23,    24,
      25,    26,   470,   508,   414,   158,    23,   417,   418,   419,
      27,   586,   722,   168,   589,    32,   171,   485,   593,   594,
     527,   158,   914,   162,    23,    24,    25,    26,    27,   158,
     756,   145,   146,   500,   760,     4,   527,   464,   990,   527,
     992,   451,   629,    54,   158,   145,   146,   939,   940,   941,
     942,   168,   597,   172,   464,   172,   170,    82,   158,   173,
    1028,   175,   172,   531,   145,   146,   534,   777,   536,    23,
      24,    25,    26,   173,   542,   175,   544,   102,   103,   547,
     172,   508,   172,    82,   629,    23,    24,    25,    26,   168,
     800,     4,   173,   172,   175,    94,   172,     9,    10,    11,
      12,    13,    14,    15,    16,   171,   651,    23,   834,   835,
     836,   837,    23,   112,   581,   583,    12,    13,    14,    15,
      16,   597,    23,   591,    83,    84,   145,   146,    82,    88,
      23,  1083,    44,   145,   146,    94,   713,   168,   172,   716,
     623,   172,   687,   626,   597,   170,   158,   630,    44,   726,
    1102,  1103,   657,   629,   173,   660,   175,   625,  1110,   627,
     628,   173,  1114,   175,   102,   103,   633,    23,   313,   173,
      26,   170,   317,   665,   665,   651,   629,   665,   723,   178,
     648,   649,   665,   168,   168,   653,   331,   172,   333,   334,
     335,   168,   835,   836,   661,   172,   145,   146,   651,    23,
      24,   168,    26,   695,   695,   172,   698,   170,   700,   158,
     170,   687,   680,   940,   941,   785,   803,    87,    88,   131,
     132,   689,   134,   135,   173,   169,   175,   145,   146,   697,
     657,   168,     6,   660,   687,   662,   176,   170,   134,   135,
     158,   168,   169,   172,   171,   750,   170,   723,   168,   169,
     162,   171,   170,   170,   722,   173,   171,   175,   803,    23,
      24,    25,    26,   597,   732,   172,   162,    23,   168,   846,
     723,    64,    65,    66,   742,   173,    27,   769,   769,     6,
     172,   769,     6,     6,   751,     6,   769,    64,    65,    66,
       6,     6,     6,     6,     6,   629,     6,   874,   781,   791,
       6,   768,   168,   771,   796,   796,   798,   798,   168,   777,
     168,   172,    98,   805,   805,   892,    98,   651,    82,     6,
     173,   804,   171,   750,   829,   171,   169,   803,   795,   756,
     169,   799,   800,   760,    23,    23,   828,   174,   102,   103,
     910,   170,     4,    23,   170,   170,   173,   170,   170,   169,
     803,   169,   173,   687,    62,   171,   171,   171,   850,    99,
     173,     4,   789,   170,    32,   169,   171,    62,   171,    23,
      24,    25,    26,    27,   170,   975,    30,   844,   170,   170,
       7,   958,   172,   172,   172,   168,   891,   172,   975,   723,
     168,     7,   173,   165,     6,   900,   172,   172,   171,   168,
     171,   112,   829,   169,   991,   172,   168,   834,   835,   836,
     837,   174,   880,   168,   168,   173,    23,   994,   170,   887,
     173,   889,   970,  1000,   915,   852,   174,   919,    82,    71,
     857,    73,   899,   168,    88,   165,   173,   171,   930,   930,
      82,    83,    84,    85,    86,    87,    88,     6,   102,   174,
     104,   105,   106,   107,   108,   109,   110,   111,     7,   951,
     951,   164,     7,  1011,   891,   948,   165,   950,    79,   803,
     171,   173,  1020,   900,   966,   966,  1063,   969,   172,   171,
     171,   171,   147,   147,  1061,   160,   978,   914,  1065,   172,
    1067,   172,   960,   165,  1042,   963,   174,   173,   147,  1004,
     170,   993,    27,   172,   931,    27,  1011,     4,   171,  1001,
    1001,   172,   939,   940,   941,   942,   170,     4,     4,     4,
     173,   175,    27,   177,   178,   173,   173,   168,  1076,   158,
    1022,    65,   172,   172,   172,    62,  1113,  1042,    80,   158,
    1032,  1032,  1034,  1034,     4,  1093,  1013,   171,    82,    83,
      84,    85,    86,    87,    88,    89,   171,  1024,   172,  1074,
     170,   508,   188,    47,   821,   449,   168,   651,    98,  1037,
    1075,   803,   950,   887,   850,   955,   785,  1004,   112,   914,
     931,  1049,   760,   857,  1011,  1053,  1054,   649,   451,   454,
    1057,  1059,  1042,  1085,  1085,   910,  1088,  1088,  1090,  1090,
    1055,   439,   411,  1051,   151,   424,  1063,  1099,   365,   653,
    1077,   536,  1079,  1080,     6,  1042,  1084,    -1,   386,    -1,
      12,    13,    -1,  1115,  1115,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    28,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    -1,    -1,  1075,    41,
      42,    43,    -1,    45,    46,    47,    48,    -1,    -1,    -1,
      52,    53,    54,    -1,    56,    -1,    58,    -1,    60,    -1,
      -1,    63,    -1,    -1,    -1,    67,    68,    69,    70,    71,
      72,    -1,    74,    75,    -1,    -1,    78,    -1,    -1,    81,
      82,    -1,    -1,    -1,    -1,    -1,    88,    -1,    90,    91,
      92,    -1,    -1,    -1,    -1,    -1,    -1,    65,    -1,   101,
     102,    -1,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    79,    -1,    -1,    82,    83,    84,    85,    86,    87,
      88,    89,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,   112,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,
     172,   173,     6,   175,   176,   177,   178,    -1,    12,    13,
      -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,    23,
      24,    25,    26,    27,    28,    -1,    30,    -1,    -1,    33,
      34,    35,    36,    37,    -1,    -1,   174,    41,    42,    43,
      -1,    45,    46,    47,    48,    -1,    -1,    -1,    52,    53,
      54,    -1,    56,    -1,    58,    -1,    60,    -1,    -1,    63,
      -1,    -1,    -1,    67,    68,    69,    70,    71,    72,    -1,
      74,    75,    -1,    -1,    78,    -1,    -1,    81,    82,    -1,
      -1,    -1,    -1,    -1,    88,    -1,    90,    91,    92,    -1,
      -1,    -1,    -1,    -1,    -1,    65,    -1,   101,   102,    -1,
     104,   105,   106,   107,   108,   109,   110,   111,   112,    79,
      -1,    -1,    82,    83,    84,    85,    86,    87,    88,    89,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   136,   137,   138,   139,   140,   141,   142,   143,
     144,    -1,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,
       6,   175,   176,   177,   178,    -1,    12,    13,    -1,    -1,
      -1,    17,    18,    19,    -1,    21,    22,    23,    24,    25,
      26,    27,    28,    -1,    30,    -1,    -1,    33,    34,    35,
      36,    37,    -1,    -1,   174,    41,    42,    43,    -1,    45,
      46,    47,    48,    -1,    -1,    -1,    52,    53,    54,    -1,
      56,    -1,    58,    -1,    60,    -1,    -1,    63,    -1,    -1,
      -1,    67,    68,    69,    70,    71,    72,    -1,    74,    75,
      -1,    -1,    78,    -1,    -1,    81,    82,    -1,    -1,    -1,
      -1,    -1,    88,    -1,    90,    91,    92,    -1,    -1,    -1,
      -1,    -1,    -1,    65,    -1,   101,   102,    -1,   104,   105,
     106,   107,   108,   109,   110,   111,   112,    79,    -1,    -1,
      82,    83,    84,    85,    86,    87,    88,    89,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     136,   137,   138,   139,   140,   141,   142,   143,   144,    -1,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   170,    -1,   172,   173,     6,   175,
     176,   177,   178,    -1,    12,    13,    -1,    -1,    -1,    17,
      18,    19,    -1,    21,    22,    23,    24,    25,    26,    27,
      28,    -1,    30,    -1,    -1,    33,    34,    35,    36,    37,
      -1,    -1,   174,    41,    42,    43,    -1,    45,    46,    47,
      48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,
      58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,
      68,    69,    70,    71,    72,    -1,    74,    75,    -1,    -1,
      78,    -1,    -1,    81,    82,    -1,    -1,    -1,    -1,    -1,
      88,    -1,    90,    91,    92,    -1,    -1,    -1,    -1,    -1,
      -1,    65,    -1,   101,   102,    -1,   104,   105,   106,   107,
     108,   109,   110,   111,   112,    79,    -1,    -1,    82,    83,
      84,    85,    86,    87,    88,    89,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,
     138,   139,   140,   141,   142,   143,   144,    -1,   112,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   170,    -1,   172,   173,     6,   175,   176,   177,
     178,    -1,    12,    13,    -1,    -1,    -1,    17,    18,    19,
      -1,    21,    22,    23,    24,    25,    26,    27,    28,    -1,
      30,    -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,
     174,    41,    42,    43,    -1,    45,    46,    47,    48,    -1,
      -1,    -1,    52,    53,    54,    -1,    56,    -1,    58,    -1,
      60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,    69,
      70,    71,    72,    -1,    74,    75,    -1,    -1,    78,    -1,
      -1,    81,    82,    -1,    -1,    -1,    -1,    -1,    88,    -1,
      90,    91,    92,    -1,    -1,    -1,    -1,    -1,    -1,    65,
      -1,   101,   102,    -1,   104,   105,   106,   107,   108,   109,
     110,   111,   112,    79,    -1,    -1,    82,    83,    84,    85,
      86,    87,    88,    89,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,
     140,   141,   142,   143,   144,    -1,   112,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     170,    -1,   172,   173,     6,   175,   176,   177,   178,    -1,
      12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    -1,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    65,    -1,   174,    41,
      42,    43,    -1,    45,    46,    47,    -1,    -1,    -1,    -1,
      79,    -1,    -1,    82,    83,    84,    85,    86,    87,    88,
      89,    -1,    -1,    -1,    -1,    67,    -1,    -1,    -1,    71,
      72,    -1,    -1,    -1,    -1,    -1,    78,    -1,    -1,    -1,
      82,    -1,    -1,   112,    -1,    -1,    88,    -1,    -1,    91,
      92,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,
     102,    -1,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,   174,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,
      -1,     6,    -1,   175,   176,   177,   178,    12,    13,    -1,
      -1,    -1,    17,    18,    19,    -1,    21,    22,    23,    24,
      25,    26,    27,    -1,    -1,    30,    -1,    -1,    33,    34,
      35,    36,    37,    71,    72,    -1,    41,    42,    43,    -1,
      45,    46,    47,    -1,    82,    83,    84,    -1,    -1,    -1,
      88,    -1,    -1,    -1,    -1,    -1,    94,    95,    96,    97,
      -1,    -1,    67,    -1,    -1,    -1,    71,    72,    -1,    -1,
      -1,    -1,    -1,    78,   112,    -1,    -1,    82,    -1,    -1,
      -1,    -1,    -1,    88,    -1,    -1,    91,    92,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   101,   102,    -1,   104,
     105,   106,   107,   108,   109,   110,   111,   112,     5,    -1,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   136,   137,   138,   139,   140,   141,   142,   143,   144,
      -1,    38,    39,    40,    -1,    -1,    -1,    44,    -1,   154,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   170,    -1,    -1,    -1,    -1,
     175,   176,   177,   178,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,    -1,    -1,     5,    -1,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    38,    39,    40,    -1,    -1,    -1,    44,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,    -1,
      -1,    -1,    38,    39,    40,    -1,    -1,   174,    44,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,    -1,    -1,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   174,   161,   162,    -1,   164,   165,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   174,    -1,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
       5,    -1,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,   174,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
       5,    -1,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    -1,    -1,     5,     6,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,
     165,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    44,   174,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,    -1,    -1,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,
     165,     9,    10,    11,    12,    13,    14,    15,    16,   174,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
       5,   172,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    -1,    -1,    -1,    -1,    44,    -1,    -1,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
      -1,    -1,    -1,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,    -1,    -1,    -1,   162,    -1,   164,   165,    -1,    -1,
      -1,    -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,   161,   162,    -1,   164,
     165,    -1,    -1,    12,    13,    -1,    -1,   172,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    -1,
      -1,    30,    -1,    44,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    -1,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   147,   136,   137,   138,
     139,   140,   141,   142,   143,   144,    -1,    -1,    -1,    -1,
     161,   162,    -1,   164,   165,   154,    -1,    -1,    -1,    -1,
      -1,   160,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   170,   171,    -1,    -1,    -1,   175,   176,   177,   178,
      12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,    21,
      22,    23,    24,    25,    26,    27,    -1,    -1,    30,    -1,
      -1,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    -1,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,   160,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,
      -1,    -1,    -1,   175,   176,   177,   178,    12,    13,    -1,
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
      -1,    -1,    -1,    -1,    -1,   170,    -1,   172,   173,   174,
     175,   176,   177,   178,    12,    13,    -1,    -1,    -1,    17,
      18,    19,    -1,    21,    22,    23,    24,    25,    26,    27,
      28,    -1,    30,    -1,    -1,    33,    34,    35,    36,    37,
      -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,    47,
      48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,
      58,    -1,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,
      68,    69,    70,    71,    72,    73,    74,    75,    -1,    -1,
      78,    79,    -1,    81,    82,    83,    84,    -1,    -1,    -1,
      88,    -1,    90,    91,    92,    93,    94,    95,    96,    97,
      -1,    -1,   100,   101,   102,    -1,   104,   105,   106,   107,
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
      71,    72,    73,    74,    75,    -1,    -1,    78,    79,    -1,
      81,    82,    83,    84,    -1,    -1,    -1,    88,    -1,    90,
      91,    92,    93,    94,    95,    96,    97,    -1,    -1,   100,
     101,   102,    -1,   104,   105,   106,   107,   108,   109,   110,
     111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,
     141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,
      -1,   172,   173,    -1,   175,   176,   177,   178,    12,    13,
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
     174,   175,   176,   177,   178,    12,    13,    -1,    -1,    -1,
      17,    18,    19,    -1,    21,    22,    23,    24,    25,    26,
      27,    28,    -1,    30,    -1,    -1,    33,    34,    35,    36,
      37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,
      47,    48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,
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
      -1,    -1,    -1,   170,    -1,   172,   173,   174,   175,   176,
     177,   178,    12,    13,    -1,    -1,    -1,    17,    18,    19,
      -1,    21,    22,    23,    24,    25,    26,    27,    28,    -1,
      30,    -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,
      -1,    41,    42,    43,    -1,    45,    46,    47,    48,    -1,
      -1,    51,    52,    53,    54,    -1,    56,    -1,    58,    -1,
      60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,    69,
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
      53,    54,    55,    56,    -1,    58,    -1,    60,    -1,    -1,
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
      56,    -1,    58,    -1,    60,    61,    -1,    63,    -1,    -1,
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
      -1,    -1,    -1,    -1,   170,    -1,   172,   173,    -1,   175,
     176,   177,   178,    12,    13,    -1,    -1,    -1,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    28,
      -1,    30,    -1,    -1,    33,    34,    35,    36,    37,    -1,
      -1,    -1,    41,    42,    43,    -1,    45,    46,    47,    48,
      -1,    -1,    -1,    52,    53,    54,    -1,    56,    -1,    58,
      59,    60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,
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
      -1,    56,    57,    58,    -1,    60,    -1,    -1,    63,    -1,
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
     174,   175,   176,   177,   178,    12,    13,    -1,    -1,    -1,
      17,    18,    19,    -1,    21,    22,    23,    24,    25,    26,
      27,    28,    -1,    30,    -1,    -1,    33,    34,    35,    36,
      37,    -1,    -1,    -1,    41,    42,    43,    -1,    45,    46,
      47,    48,    -1,    -1,    -1,    52,    53,    54,    -1,    56,
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
      -1,    -1,    -1,   170,    -1,   172,   173,   174,   175,   176,
     177,   178,    12,    13,    -1,    -1,    -1,    17,    18,    19,
      -1,    21,    22,    23,    24,    25,    26,    27,    28,    -1,
      30,    -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,
      -1,    41,    42,    43,    -1,    45,    46,    47,    48,    -1,
      -1,    -1,    52,    53,    54,    -1,    56,    -1,    58,    -1,
      60,    -1,    -1,    63,    -1,    -1,    -1,    67,    68,    69,
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
      53,    54,    -1,    56,    -1,    58,    -1,    60,    -1,    -1,
      63,    -1,    -1,    -1,    67,    68,    69,    70,    71,    72,
      -1,    74,    75,    -1,    -1,    78,    -1,    -1,    81,    82,
      -1,    -1,    -1,    -1,    -1,    88,    -1,    90,    91,    92,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,   102,
      -1,   104,   105,   106,   107,   108,   109,   110,   111,   112,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   136,   137,   138,   139,   140,   141,   142,
     143,   144,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,   172,
     173,    -1,   175,   176,   177,   178,    12,    13,    -1,    -1,
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
      -1,    -1,    -1,    -1,   160,    -1,    -1,    -1,   164,   165,
      -1,    -1,    -1,    -1,   170,    -1,    -1,    -1,    -1,   175,
     176,   177,   178,    12,    13,    -1,    -1,    -1,    17,    18,
      19,    -1,    21,    22,    23,    24,    25,    26,    27,    -1,
      -1,    30,    -1,    -1,    33,    34,    35,    36,    37,    -1,
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
      -1,    -1,    -1,    -1,    -1,   164,   165,    -1,    -1,    -1,
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
      -1,    -1,   164,   165,    -1,    -1,    -1,    -1,   170,    -1,
      -1,    -1,    -1,   175,   176,   177,   178,    12,    13,    -1,
      -1,    -1,    17,    18,    19,    -1,    21,    22,    23,    24,
      25,    26,    27,    -1,    -1,    30,    31,    -1,    33,    34,
      35,    36,    37,    -1,    -1,    -1,    41,    42,    43,    -1,
      45,    46,    47,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    67,    -1,    -1,    -1,    71,    72,    -1,    -1,
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
     108,   109,   110,   111,   112,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   136,   137,
     138,   139,   140,   141,   142,   143,   144,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   154,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   170,   171,    -1,    -1,    -1,   175,   176,   177,
     178,    12,    13,    -1,    -1,    -1,    17,    18,    19,    -1,
      21,    22,    23,    24,    25,    26,    27,    -1,    -1,    30,
      -1,    -1,    33,    34,    35,    36,    37,    -1,    -1,    -1,
      41,    42,    43,    -1,    45,    46,    47,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    66,    67,    -1,    -1,    -1,
      71,    72,    -1,    -1,    -1,    -1,    -1,    78,    -1,    -1,
      -1,    82,    -1,    -1,    -1,    -1,    -1,    88,    -1,    -1,
      91,    92,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     101,   102,    -1,   104,   105,   106,   107,   108,   109,   110,
     111,   112,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   136,   137,   138,   139,   140,
     141,   142,   143,   144,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   154,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   170,
      -1,    -1,    -1,    -1,   175,   176,   177,   178,    12,    13,
      -1,    -1,    -1,    17,    18,    19,    -1,    21,    22,    23,
      24,    25,    26,    27,    -1,    -1,    30,    -1,    -1,    33,
      34,    35,    36,    37,    -1,    -1,    -1,    41,    42,    43,
      -1,    45,    46,    47,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    67,    -1,    -1,    -1,    71,    72,    -1,
      -1,    -1,    -1,    -1,    78,    -1,    -1,    -1,    82,    -1,
      -1,    -1,    -1,    -1,    88,    -1,    -1,    91,    92,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   101,   102,    -1,
     104,   105,   106,   107,   108,   109,   110,   111,   112,     5,
      -1,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   136,   137,   138,   139,   140,   141,   142,   143,
     144,    -1,    38,    39,    40,    -1,    -1,    -1,    44,    -1,
     154,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   170,    -1,    -1,    -1,
      -1,   175,   176,   177,   178,     5,    -1,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,     5,    -1,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,    39,
      40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,
      38,    39,    40,    -1,    -1,    -1,    44,    -1,    -1,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
      -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   161,   162,    -1,   164,   165,
      -1,    -1,    -1,    -1,    -1,   171,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,    -1,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,
      -1,   171,    -1,   161,   162,    -1,   164,   165,    -1,    -1,
      -1,    -1,    -1,   171,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,     5,    -1,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,
      38,    39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,     5,    -1,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    38,
      39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   161,   162,    -1,   164,   165,    -1,    -1,
      -1,    -1,    -1,   171,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
     171,    -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,
      -1,    -1,   171,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,     5,    -1,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,
      38,    39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,     5,    -1,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    38,
      39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,    -1,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   161,   162,    -1,   164,   165,    -1,    -1,
      -1,    -1,    -1,   171,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
     171,    -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,
      -1,    -1,   171,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,    -1,    -1,    -1,     5,    -1,     7,
       8,     9,    10,    11,    12,    13,    14,    15,    16,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,   171,
      38,    39,    40,    -1,    -1,    -1,    44,    -1,    -1,    -1,
      -1,    -1,     5,    -1,     7,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,    -1,
      -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,     5,    -1,     7,     8,     9,
      10,    11,    12,    13,    14,    15,    16,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,    38,    39,
      40,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    62,   161,   162,    -1,   164,   165,    -1,    -1,
      -1,   169,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,    38,    39,    40,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,   147,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,   162,
      -1,   164,   165,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    38,    39,    40,    -1,
      -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,     5,    -1,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,     5,    -1,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    -1,   161,   162,    -1,   164,
     165,    -1,    -1,    -1,    -1,    39,    40,    -1,    -1,    -1,
      44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    -1,
      -1,    -1,    44,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,     5,    -1,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   135,    -1,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,     7,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    -1,    -1,    -1,   161,   162,    -1,
     164,   165,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   161,
     162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    44,    -1,    -1,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    -1,    -1,    -1,    -1,    -1,    -1,
     161,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
      -1,   162,    -1,   164,   165,    -1,    -1,    -1,    -1,    -1,
      -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   127,   128,   129,   130,   131,   132,
     133,   134,   135,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   162,
      -1,   164,   165,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   127,   128,   129,   130,   131,   132,
     133,   134,   135,    -1,    -1,    -1,    -1,    -1,     9,    10,
      11,    12,    13,    14,    15,    16,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    23,    -1,    -1,    -1,    27,    -1,   162,
      -1,   164,   165,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    44,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    -1,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,    23,    24,    25,    26,    27,    -1,    -1,    30,
      -1,    -1,    -1,    -1,    -1,    -1,   127,   128,   129,   130,
     131,   132,   133,   134,   135,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
       9,    10,    11,    12,    13,    14,    15,    16,    -1,    -1,
      -1,   162,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    82,    -1,   173,    -1,    -1,    -1,    88,   178,    -1,
      -1,    -1,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,
     101,   102,    -1,   104,   105,   106,   107,   108,   109,   110,
     111,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   164,   165,    -1,    -1,    -1,    -1,   170,
      -1,    -1,    -1,    -1,   175,    -1,   177,   178,   127,   128,
     129,   130,   131,   132,   133,   134,   135,    -1,    -1,    -1,
      -1,    -1,    -1,    23,    24,    25,    26,    -1,    -1,    -1,
      -1,    -1,    -1,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,   162,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    -1,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    23,    24,    25,    26,    -1,    -1,
      -1,    -1,    -1,    -1,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,   174,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    -1,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    23,    -1,    -1,    26,    -1,
      -1,    -1,    -1,    -1,    -1,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,   174,    44,    45,    46,    47,
      48,    49,    50,    51,    52,    53,    54,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    -1,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,    23,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,    -1,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    -1,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,    23,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    -1,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    -1,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,    23,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    -1,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    -1,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111
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
     202,   205,   275,   276,   335,    27,   277,   278,   308,   170,
     272,   170,   170,   170,   170,   222,   226,   228,   230,    23,
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
     343,    29,   322,   344,    29,   344,   173,   335,   272,    82,
      88,   192,   194,   308,    94,   224,    49,    50,    49,    50,
      51,     5,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    38,    39,    40,    44,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,   161,   162,   164,
     165,   172,   183,   314,   314,   158,   158,   145,   146,   173,
     175,   272,     4,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   136,   137,   163,   314,   307,
     147,   305,   307,   304,   158,   272,   323,   145,   146,   158,
     173,   175,   328,   307,   168,   172,    54,   307,   302,   303,
     307,   307,   206,   307,   307,   172,   172,   172,     4,   168,
     172,   172,   207,    62,   159,   188,   197,   202,   172,   168,
     172,   168,   172,     4,   168,   172,    23,    33,    34,    35,
      36,    37,    41,    42,    45,    46,    47,    67,    71,    72,
      78,    82,    88,    91,    92,   101,   102,   104,   105,   106,
     107,   108,   109,   110,   111,   160,   171,   184,   273,   274,
     307,   214,   215,   334,   307,   348,   349,   307,   171,    23,
      23,    23,    23,   172,   311,   173,   340,   340,   168,   199,
     272,   307,   340,   145,   146,   175,   155,   345,    31,   307,
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
     172,   188,   205,   276,   307,   278,   171,   307,     6,   168,
     199,   168,   199,   168,   199,   171,   172,    98,   234,   311,
      98,   235,     6,   231,   173,   185,   171,   171,   190,   169,
     171,   169,    23,    23,    13,    23,    27,    32,   346,   174,
     175,   174,   174,   170,   194,   340,   101,   183,   307,     4,
     341,   174,    23,   307,   307,   207,   307,     6,   170,   311,
     170,   307,   272,   272,   307,   272,   272,   174,   169,   334,
     234,   174,   169,     6,   209,   307,     6,   209,   249,   302,
     307,   101,   175,   183,   237,   334,     6,   209,   240,     6,
     173,   241,   173,   311,   210,   187,   196,   200,   203,   204,
     173,   307,   160,   274,   171,   215,   171,   349,   171,   319,
      99,   236,   173,   282,   319,   311,     5,    82,   102,   103,
     170,   189,   261,   262,   263,   264,   265,   267,   236,   185,
     174,     4,    32,   169,   307,   171,   171,   170,   334,   307,
     234,   171,   171,    51,   307,   193,   254,   255,   256,   257,
     259,   170,   254,   174,   174,   236,   207,   171,   207,   172,
     170,   340,   334,   147,   171,   207,   172,   242,   172,   242,
      66,   245,   246,   247,   248,   307,    76,    77,   213,    62,
     204,   168,   199,   201,   204,   172,   282,   311,   279,   168,
     173,   262,   262,   265,   165,     7,     7,   165,   311,   174,
     307,   169,   172,   340,   236,   209,     6,   172,   259,   171,
     168,   199,     5,    85,    86,    87,    88,   170,   258,   260,
     266,   267,   268,   269,   270,   254,   171,   311,   172,    55,
     302,   340,   169,   237,     6,   209,   239,    61,   242,    64,
      65,    66,   242,   174,   168,   199,   174,   168,   199,   168,
     199,   170,   173,    23,   203,   174,   168,   199,   173,    65,
      79,    82,    83,    84,    85,    86,    87,    88,    89,   174,
     193,   232,   280,   281,   291,   292,   293,   294,   319,   279,
     171,   262,   262,   263,   263,   262,   173,   174,   171,   311,
     207,     6,   271,   256,   267,   267,   270,   164,   218,   165,
       7,     7,   165,   171,    79,   315,   173,   172,   171,   171,
     171,   207,   172,    64,   172,   307,     6,   172,   243,   174,
     147,   247,   307,   147,   211,   319,   207,   204,   174,   279,
     311,   282,   280,   260,    73,   310,   294,   174,   279,   173,
     261,   147,   171,   160,   219,   267,   267,   268,   268,   267,
     271,   170,   271,   279,     6,   209,   238,   239,    59,   172,
     243,   207,   307,   307,     7,    27,   212,   174,   174,   184,
     172,   173,   283,    27,   295,   296,    23,   182,   297,   298,
     314,   174,   279,   312,    27,   312,    27,   183,   316,   317,
     312,   174,   207,   172,   207,   319,   171,     4,   233,    82,
     174,   184,   284,   285,   286,   287,   288,   289,   319,     4,
     311,   168,   172,     4,     4,   168,   172,   184,   174,   313,
     311,   173,    27,   168,   199,   173,    57,   173,   307,   172,
     174,   285,   172,   172,    62,    80,   158,   307,   296,   307,
     307,   298,   311,   307,     4,   207,   317,   171,   207,   172,
     207,    23,   181,   294,   282,   184,   311,   311,   311,   170,
     312,   307,   174,   174,   174,   184,   254,   312,   312,   171,
     271,   312,   172,   173,   290,   207,   312,   174
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
     258,   258,   258,   258,   259,   259,   260,   260,   261,   261,
     261,   261,   262,   262,   263,   263,   264,   264,   265,   265,
     266,   266,   266,   266,   267,   267,   267,   268,   268,   269,
     269,   270,   270,   271,   271,   272,   272,   272,   273,   273,
     274,   274,   274,   275,   275,   276,   277,   277,   278,   278,
     279,   279,   280,   280,   280,   280,   281,   281,   281,   282,
     282,   283,   283,   283,   284,   284,   285,   285,   286,   287,
     287,   287,   287,   288,   288,   289,   290,   290,   291,   291,
     292,   292,   293,   293,   294,   294,   294,   294,   294,   294,
     294,   295,   295,   296,   296,   297,   297,   298,   298,   299,
     300,   300,   301,   302,   302,   303,   303,   305,   304,   306,
     306,   306,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   307,   307,   307,   307,   307,
     307,   307,   307,   307,   307,   308,   308,   309,   310,   311,
     312,   313,   314,   314,   315,   315,   316,   316,   317,   317,
     318,   318,   318,   318,   318,   319,   319,   320,   320,   320,
     321,   321,   322,   322,   322,   323,   323,   324,   324,   324,
     324,   325,   325,   325,   325,   325,   325,   325,   325,   326,
     326,   326,   326,   326,   326,   326,   326,   326,   327,   327,
     328,   328,   329,   330,   330,   330,   330,   331,   331,   332,
     332,   332,   333,   333,   333,   333,   333,   333,   334,   334,
     334,   334,   335,   335,   335,   336,   336,   337,   337,   337,
     337,   337,   337,   337,   338,   338,   338,   339,   339,   339,
     340,   341,   341,   342,   342,   343,   343,   343,   343,   343,
     343,   343,   344,   344,   344,   344,   345,   345,   345,   345,
     345,   345,   345,   345,   346,   346,   346,   346,   347,   347,
     347,   347,   347,   347,   347,   348,   348,   349
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
       3,     6,     2,     0,     1,     3,     2,     1,     0,     2,
       1,     1,     1,     1,     6,     8,     0,     1,     1,     2,
       1,     1,     1,     1,     1,     3,     3,     3,     3,     3,
       1,     2,     1,     1,     1,     1,     1,     1,     3,     3,
       3,     3,     3,     0,     2,     2,     4,     3,     1,     3,
       1,     3,     2,     3,     1,     1,     3,     1,     1,     3,
       2,     0,     4,     4,    12,     1,     1,     2,     3,     1,
       3,     1,     2,     3,     1,     2,     2,     2,     3,     3,
       3,     4,     3,     1,     1,     3,     1,     3,     1,     1,
       0,     1,     1,     2,     1,     1,     1,     1,     1,     1,
       1,     3,     1,     2,     4,     3,     1,     4,     4,     4,
       3,     1,     1,     0,     1,     3,     1,     0,     9,     3,
       2,     3,     1,     6,     5,     3,     4,     2,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     2,     2,     2,     2,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     2,     2,     2,     2,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     1,     5,
       4,     3,     1,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     1,     3,     2,     1,     2,     4,     2,     2,
       1,     2,     2,     3,     1,    13,    12,     1,     1,     0,
       0,     0,     0,     1,     0,     5,     3,     1,     1,     2,
       2,     2,     4,     4,     2,     1,     1,     1,     1,     3,
       0,     3,     0,     1,     1,     0,     1,     4,     3,     1,
       3,     1,     1,     3,     2,     3,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     3,     3,
       0,     1,     1,     1,     3,     1,     1,     1,     1,     1,
       3,     1,     1,     4,     4,     4,     4,     1,     1,     1,
       3,     3,     1,     4,     2,     3,     3,     1,     4,     4,
       3,     3,     3,     3,     1,     3,     1,     1,     3,     1,
       1,     0,     1,     3,     1,     3,     1,     4,     2,     2,
       6,     4,     2,     2,     1,     2,     1,     4,     3,     3,
       3,     3,     6,     3,     1,     1,     2,     1,     5,     4,
       2,     2,     4,     2,     2,     1,     3,     1
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

#line 4075 "build/parser.c"

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
#line 492 "parser.y"
                                        { p->result = (yyvsp[0].ast); }
#line 4288 "build/parser.c"
    break;

  case 83: /* identifier: "identifier"  */
#line 516 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4294 "build/parser.c"
    break;

  case 84: /* identifier: semi_reserved  */
#line 517 "parser.y"
                                { (yyval.ast) = ident_from(p, (yyvsp[0].s), (yylsp[0])); }
#line 4300 "build/parser.c"
    break;

  case 85: /* top_statement_list: top_statement_list top_statement  */
#line 521 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast) ? ADD((yyvsp[-1].ast), (yyvsp[0].ast)) : (yyvsp[-1].ast); }
#line 4306 "build/parser.c"
    break;

  case 86: /* top_statement_list: %empty  */
#line 522 "parser.y"
                                                                                { (yyval.ast) = LIST((yyloc)); }
#line 4312 "build/parser.c"
    break;

  case 87: /* namespace_declaration_name: identifier  */
#line 526 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4318 "build/parser.c"
    break;

  case 88: /* namespace_declaration_name: "namespaced name"  */
#line 527 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4324 "build/parser.c"
    break;

  case 89: /* namespace_name: "identifier"  */
#line 531 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4330 "build/parser.c"
    break;

  case 90: /* namespace_name: "namespaced name"  */
#line 532 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4336 "build/parser.c"
    break;

  case 91: /* legacy_namespace_name: namespace_name  */
#line 536 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4342 "build/parser.c"
    break;

  case 92: /* legacy_namespace_name: "fully qualified name"  */
#line 537 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4348 "build/parser.c"
    break;

  case 93: /* name: "identifier"  */
#line 541 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4354 "build/parser.c"
    break;

  case 94: /* name: "namespaced name"  */
#line 542 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4360 "build/parser.c"
    break;

  case 95: /* name: "fully qualified name"  */
#line 543 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4366 "build/parser.c"
    break;

  case 96: /* name: "namespace-relative name"  */
#line 544 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4372 "build/parser.c"
    break;

  case 104: /* attributed_statement: function_declaration_statement  */
#line 568 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4378 "build/parser.c"
    break;

  case 105: /* attributed_statement: class_declaration_statement  */
#line 569 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4384 "build/parser.c"
    break;

  case 106: /* attributed_statement: trait_declaration_statement  */
#line 570 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4390 "build/parser.c"
    break;

  case 107: /* attributed_statement: interface_declaration_statement  */
#line 571 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4396 "build/parser.c"
    break;

  case 108: /* attributed_statement: enum_declaration_statement  */
#line 572 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4402 "build/parser.c"
    break;

  case 109: /* top_statement: statement  */
#line 576 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4408 "build/parser.c"
    break;

  case 110: /* top_statement: attributed_statement  */
#line 577 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4414 "build/parser.c"
    break;

  case 111: /* top_statement: attributes attributed_statement  */
#line 578 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4420 "build/parser.c"
    break;

  case 112: /* top_statement: "'__halt_compiler'" '(' ')' ';'  */
#line 580 "parser.y"
                        { (yyval.ast) = with_ival(N0(HALT_COMPILER, (yylsp[-3])), p->cur - p->src); p->halted = 1; }
#line 4426 "build/parser.c"
    break;

  case 113: /* top_statement: "'namespace'" namespace_declaration_name ';'  */
#line 582 "parser.y"
                        { (yyval.ast) = with_str(p, N1(NAMESPACE, (yylsp[-2]), NULL), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 4432 "build/parser.c"
    break;

  case 114: /* top_statement: "'namespace'" namespace_declaration_name backup_doc_comment '{' top_statement_list '}'  */
#line 584 "parser.y"
                        { (yyval.ast) = with_str(p, N1(NAMESPACE, (yylsp[-5]), (yyvsp[-1].ast)), (yyvsp[-4].ast)->str, (yyvsp[-4].ast)->len); }
#line 4438 "build/parser.c"
    break;

  case 115: /* top_statement: "'namespace'" backup_doc_comment '{' top_statement_list '}'  */
#line 586 "parser.y"
                        { (yyval.ast) = N1(NAMESPACE, (yylsp[-4]), (yyvsp[-1].ast)); }
#line 4444 "build/parser.c"
    break;

  case 116: /* top_statement: "'use'" mixed_group_use_declaration ';'  */
#line 587 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4450 "build/parser.c"
    break;

  case 117: /* top_statement: "'use'" use_type group_use_declaration ';'  */
#line 589 "parser.y"
                        { (yyval.ast) = with_ival((yyvsp[-1].ast), (yyvsp[-2].num)); for (int i = 0; i < (yyval.ast)->nkids; i++) (yyval.ast)->kids[i]->ival = (yyvsp[-2].num); }
#line 4456 "build/parser.c"
    break;

  case 118: /* top_statement: "'use'" use_declarations ';'  */
#line 590 "parser.y"
                                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4462 "build/parser.c"
    break;

  case 119: /* top_statement: "'use'" use_type use_declarations ';'  */
#line 592 "parser.y"
                        { (yyval.ast) = with_ival((yyvsp[-1].ast), (yyvsp[-2].num)); for (int i = 0; i < (yyval.ast)->nkids; i++) (yyval.ast)->kids[i]->ival = (yyvsp[-2].num); }
#line 4468 "build/parser.c"
    break;

  case 120: /* top_statement: "'const'" const_list ';'  */
#line 593 "parser.y"
                                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4474 "build/parser.c"
    break;

  case 121: /* use_type: "'function'"  */
#line 597 "parser.y"
                                { (yyval.num) = 1; }
#line 4480 "build/parser.c"
    break;

  case 122: /* use_type: "'const'"  */
#line 598 "parser.y"
                                { (yyval.num) = 2; }
#line 4486 "build/parser.c"
    break;

  case 123: /* group_use_declaration: legacy_namespace_name "'\\'" '{' unprefixed_use_declarations possible_comma '}'  */
#line 603 "parser.y"
                        { (yyval.ast) = (yyvsp[-2].ast); for (int i = 0; i < (yyval.ast)->nkids; i++) prefix_use(p, use_name((yyvsp[-5].ast)), (yyval.ast)->kids[i]); }
#line 4492 "build/parser.c"
    break;

  case 124: /* mixed_group_use_declaration: legacy_namespace_name "'\\'" '{' inline_use_declarations possible_comma '}'  */
#line 608 "parser.y"
                        { (yyval.ast) = (yyvsp[-2].ast); for (int i = 0; i < (yyval.ast)->nkids; i++) prefix_use(p, use_name((yyvsp[-5].ast)), (yyval.ast)->kids[i]); }
#line 4498 "build/parser.c"
    break;

  case 127: /* inline_use_declarations: inline_use_declarations ',' inline_use_declaration  */
#line 617 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4504 "build/parser.c"
    break;

  case 128: /* inline_use_declarations: inline_use_declaration  */
#line 618 "parser.y"
                                        { (yyval.ast) = N1(USE, (yylsp[0]), (yyvsp[0].ast)); }
#line 4510 "build/parser.c"
    break;

  case 129: /* unprefixed_use_declarations: unprefixed_use_declarations ',' unprefixed_use_declaration  */
#line 622 "parser.y"
                                                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4516 "build/parser.c"
    break;

  case 130: /* unprefixed_use_declarations: unprefixed_use_declaration  */
#line 623 "parser.y"
                                                { (yyval.ast) = N1(USE, (yylsp[0]), (yyvsp[0].ast)); }
#line 4522 "build/parser.c"
    break;

  case 131: /* use_declarations: use_declarations ',' use_declaration  */
#line 627 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4528 "build/parser.c"
    break;

  case 132: /* use_declarations: use_declaration  */
#line 628 "parser.y"
                                        { (yyval.ast) = N1(USE, (yylsp[0]), (yyvsp[0].ast)); }
#line 4534 "build/parser.c"
    break;

  case 133: /* inline_use_declaration: unprefixed_use_declaration  */
#line 632 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4540 "build/parser.c"
    break;

  case 134: /* inline_use_declaration: use_type unprefixed_use_declaration  */
#line 633 "parser.y"
                                                                { (yyval.ast) = with_ival((yyvsp[0].ast), (yyvsp[-1].num)); }
#line 4546 "build/parser.c"
    break;

  case 135: /* unprefixed_use_declaration: namespace_name  */
#line 638 "parser.y"
                        { (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[0]), NULL), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 4552 "build/parser.c"
    break;

  case 136: /* unprefixed_use_declaration: namespace_name "'as'" "identifier"  */
#line 640 "parser.y"
                        { (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 4558 "build/parser.c"
    break;

  case 137: /* use_declaration: legacy_namespace_name  */
#line 645 "parser.y"
                        { use_name((yyvsp[0].ast)); (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[0]), NULL), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 4564 "build/parser.c"
    break;

  case 138: /* use_declaration: legacy_namespace_name "'as'" "identifier"  */
#line 647 "parser.y"
                        { use_name((yyvsp[-2].ast)); (yyval.ast) = with_str(p, N1(USE_ITEM, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 4570 "build/parser.c"
    break;

  case 139: /* const_list: const_list ',' const_decl  */
#line 651 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4576 "build/parser.c"
    break;

  case 140: /* const_list: const_decl  */
#line 652 "parser.y"
                                                                { (yyval.ast) = N1(CONST_DECL, (yylsp[0]), (yyvsp[0].ast)); }
#line 4582 "build/parser.c"
    break;

  case 141: /* inner_statement_list: inner_statement_list inner_statement  */
#line 656 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast) ? ADD((yyvsp[-1].ast), (yyvsp[0].ast)) : (yyvsp[-1].ast); }
#line 4588 "build/parser.c"
    break;

  case 142: /* inner_statement_list: %empty  */
#line 657 "parser.y"
                                                                                        { (yyval.ast) = LIST((yyloc)); }
#line 4594 "build/parser.c"
    break;

  case 143: /* inner_statement: statement  */
#line 661 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4600 "build/parser.c"
    break;

  case 144: /* inner_statement: attributed_statement  */
#line 662 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 4606 "build/parser.c"
    break;

  case 145: /* inner_statement: attributes attributed_statement  */
#line 663 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4612 "build/parser.c"
    break;

  case 146: /* inner_statement: "'__halt_compiler'" '(' ')' ';'  */
#line 665 "parser.y"
                        { (yyval.ast) = NULL;
			  compile_error(p, (yylsp[-3]), "__HALT_COMPILER() can only be used from the outermost scope");
			  YYABORT; }
#line 4620 "build/parser.c"
    break;

  case 147: /* statement: '{' inner_statement_list '}'  */
#line 671 "parser.y"
                                                { (yyval.ast) = N1(BLOCK, (yylsp[-2]), (yyvsp[-1].ast)); }
#line 4626 "build/parser.c"
    break;

  case 148: /* statement: if_stmt  */
#line 672 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4632 "build/parser.c"
    break;

  case 149: /* statement: alt_if_stmt  */
#line 673 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4638 "build/parser.c"
    break;

  case 150: /* statement: "'while'" '(' expr ')' while_statement  */
#line 675 "parser.y"
                        { (yyval.ast) = N2(WHILE, (yylsp[-4]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4644 "build/parser.c"
    break;

  case 151: /* statement: "'do'" statement "'while'" '(' expr ')' ';'  */
#line 677 "parser.y"
                        { (yyval.ast) = N2(DO_WHILE, (yylsp[-6]), as_list(p, (yyvsp[-5].ast), (yylsp[-5])), (yyvsp[-2].ast)); }
#line 4650 "build/parser.c"
    break;

  case 152: /* statement: "'for'" '(' for_exprs ';' for_exprs ';' for_exprs ')' for_statement  */
#line 679 "parser.y"
                        { (yyval.ast) = N4(FOR, (yylsp[-8]), (yyvsp[-6].ast), (yyvsp[-4].ast), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4656 "build/parser.c"
    break;

  case 153: /* statement: "'switch'" '(' expr ')' switch_case_list  */
#line 681 "parser.y"
                        { (yyval.ast) = N2(SWITCH, (yylsp[-4]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4662 "build/parser.c"
    break;

  case 154: /* statement: "'break'" optional_expr ';'  */
#line 683 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast) ? N1(BREAK, (yylsp[-2]), (yyvsp[-1].ast)) : N0(BREAK, (yylsp[-2]));
			  (yyval.ast)->ival = (yyvsp[-1].ast) ? ((yyvsp[-1].ast)->kind == MP_AST_INT ? (yyvsp[-1].ast)->ival : 0) : 1; }
#line 4669 "build/parser.c"
    break;

  case 155: /* statement: "'continue'" optional_expr ';'  */
#line 686 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast) ? N1(CONTINUE, (yylsp[-2]), (yyvsp[-1].ast)) : N0(CONTINUE, (yylsp[-2]));
			  (yyval.ast)->ival = (yyvsp[-1].ast) ? ((yyvsp[-1].ast)->kind == MP_AST_INT ? (yyvsp[-1].ast)->ival : 0) : 1; }
#line 4676 "build/parser.c"
    break;

  case 156: /* statement: "'return'" optional_expr ';'  */
#line 688 "parser.y"
                                                        { (yyval.ast) = N1(RETURN, (yylsp[-2]), (yyvsp[-1].ast)); }
#line 4682 "build/parser.c"
    break;

  case 157: /* statement: "'global'" global_var_list ';'  */
#line 689 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4688 "build/parser.c"
    break;

  case 158: /* statement: "'static'" static_var_list ';'  */
#line 690 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 4694 "build/parser.c"
    break;

  case 159: /* statement: "'echo'" echo_expr_list ';'  */
#line 691 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 4700 "build/parser.c"
    break;

  case 160: /* statement: T_INLINE_HTML  */
#line 692 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4706 "build/parser.c"
    break;

  case 161: /* statement: expr ';'  */
#line 693 "parser.y"
                                                                        { (yyval.ast) = N1(EXPR_STMT, (yylsp[-1]), (yyvsp[-1].ast)); }
#line 4712 "build/parser.c"
    break;

  case 162: /* statement: "'unset'" '(' unset_variables possible_comma ')' ';'  */
#line 694 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[-3].ast); }
#line 4718 "build/parser.c"
    break;

  case 163: /* statement: "'foreach'" '(' expr "'as'" foreach_variable ')' foreach_statement  */
#line 696 "parser.y"
                        { (yyval.ast) = N4(FOREACH, (yylsp[-6]), (yyvsp[-4].ast), NULL, (yyvsp[-2].ast), (yyvsp[0].ast));
			  if ((yyvsp[-2].ast)->flags & MP_AF_BYREF) { (yyvsp[-2].ast)->flags &= ~MP_AF_BYREF; (yyval.ast)->flags |= MP_AF_BYREF; } }
#line 4725 "build/parser.c"
    break;

  case 164: /* statement: "'foreach'" '(' expr "'as'" foreach_variable "'=>'" foreach_variable ')' foreach_statement  */
#line 700 "parser.y"
                        { (yyval.ast) = N4(FOREACH, (yylsp[-8]), (yyvsp[-6].ast), (yyvsp[-4].ast), (yyvsp[-2].ast), (yyvsp[0].ast));
			  if ((yyvsp[-2].ast)->flags & MP_AF_BYREF) { (yyvsp[-2].ast)->flags &= ~MP_AF_BYREF; (yyval.ast)->flags |= MP_AF_BYREF; } }
#line 4732 "build/parser.c"
    break;

  case 165: /* statement: "'declare'" '(' const_list ')' declare_statement  */
#line 703 "parser.y"
                        { (yyval.ast) = N2(DECLARE, (yylsp[-4]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4738 "build/parser.c"
    break;

  case 166: /* statement: ';'  */
#line 704 "parser.y"
                                              { (yyval.ast) = N0(NOP, (yylsp[0])); }
#line 4744 "build/parser.c"
    break;

  case 167: /* statement: "'try'" '{' inner_statement_list '}' catch_list finally_statement  */
#line 706 "parser.y"
                        { (yyval.ast) = N3(TRY, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 4750 "build/parser.c"
    break;

  case 168: /* statement: "'goto'" "identifier" ';'  */
#line 707 "parser.y"
                                        { (yyval.ast) = with_str(p, N0(GOTO, (yylsp[-2])), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 4756 "build/parser.c"
    break;

  case 169: /* statement: "identifier" ':'  */
#line 708 "parser.y"
                                        { (yyval.ast) = with_str(p, N0(LABEL, (yylsp[-1])), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 4762 "build/parser.c"
    break;

  case 170: /* catch_list: %empty  */
#line 712 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 4768 "build/parser.c"
    break;

  case 171: /* catch_list: catch_list "'catch'" '(' catch_name_list optional_variable ')' '{' inner_statement_list '}'  */
#line 714 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-8].ast), N3(CATCH, (yylsp[-7]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast))); }
#line 4774 "build/parser.c"
    break;

  case 172: /* catch_name_list: class_name  */
#line 718 "parser.y"
                                                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 4780 "build/parser.c"
    break;

  case 173: /* catch_name_list: catch_name_list '|' class_name  */
#line 719 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4786 "build/parser.c"
    break;

  case 174: /* optional_variable: %empty  */
#line 723 "parser.y"
                                { (yyval.ast) = NULL; }
#line 4792 "build/parser.c"
    break;

  case 175: /* optional_variable: "variable"  */
#line 724 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4798 "build/parser.c"
    break;

  case 176: /* finally_statement: %empty  */
#line 728 "parser.y"
                        { (yyval.ast) = NULL; }
#line 4804 "build/parser.c"
    break;

  case 177: /* finally_statement: "'finally'" '{' inner_statement_list '}'  */
#line 729 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 4810 "build/parser.c"
    break;

  case 178: /* unset_variables: unset_variable  */
#line 733 "parser.y"
                                { (yyval.ast) = N1(UNSET, (yylsp[0]), (yyvsp[0].ast)); }
#line 4816 "build/parser.c"
    break;

  case 179: /* unset_variables: unset_variables ',' unset_variable  */
#line 734 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 4822 "build/parser.c"
    break;

  case 180: /* unset_variable: variable  */
#line 738 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4828 "build/parser.c"
    break;

  case 181: /* function_name: "identifier"  */
#line 742 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4834 "build/parser.c"
    break;

  case 182: /* function_name: "'readonly'"  */
#line 743 "parser.y"
                                { (yyval.ast) = ident_from(p, (yyvsp[0].s), (yylsp[0])); }
#line 4840 "build/parser.c"
    break;

  case 183: /* function_declaration_statement: function returns_ref function_name backup_doc_comment '(' parameter_list ')' return_type backup_fn_flags '{' inner_statement_list '}' backup_fn_flags  */
#line 749 "parser.y"
                { (yyval.ast) = with_flags(with_str(p, N3(FUNC_DECL, (yyvsp[-12].num), (yyvsp[-7].ast), (yyvsp[-2].ast), (yyvsp[-5].ast)), (yyvsp[-10].ast)->str, (yyvsp[-10].ast)->len), (yyvsp[-11].num)); }
#line 4846 "build/parser.c"
    break;

  case 184: /* is_reference: %empty  */
#line 753 "parser.y"
                        { (yyval.num) = 0; }
#line 4852 "build/parser.c"
    break;

  case 185: /* is_reference: "'&'"  */
#line 754 "parser.y"
                                                        { (yyval.num) = MP_AF_BYREF; }
#line 4858 "build/parser.c"
    break;

  case 186: /* is_variadic: %empty  */
#line 758 "parser.y"
                                { (yyval.num) = 0; }
#line 4864 "build/parser.c"
    break;

  case 187: /* is_variadic: "'...'"  */
#line 759 "parser.y"
                                { (yyval.num) = MP_AF_VARIADIC; }
#line 4870 "build/parser.c"
    break;

  case 188: /* $@1: %empty  */
#line 763 "parser.y"
                                        { }
#line 4876 "build/parser.c"
    break;

  case 189: /* class_declaration_statement: class_modifiers "'class'" $@1 "identifier" extends_from implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 765 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N4(CLASS_DECL, (yylsp[-9]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast), NULL), (yyvsp[-6].ast)->str, (yyvsp[-6].ast)->len), (yyvsp[-9].num));
			  (yyval.ast)->ival = MP_CK_CLASS; }
#line 4883 "build/parser.c"
    break;

  case 190: /* $@2: %empty  */
#line 767 "parser.y"
                        { }
#line 4889 "build/parser.c"
    break;

  case 191: /* class_declaration_statement: "'class'" $@2 "identifier" extends_from implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 769 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-8]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast), NULL), (yyvsp[-6].ast)->str, (yyvsp[-6].ast)->len);
			  (yyval.ast)->ival = MP_CK_CLASS; }
#line 4896 "build/parser.c"
    break;

  case 192: /* class_modifiers: class_modifier  */
#line 774 "parser.y"
                                                                { (yyval.num) = (yyvsp[0].num); }
#line 4902 "build/parser.c"
    break;

  case 193: /* class_modifiers: class_modifiers class_modifier  */
#line 775 "parser.y"
                                                { if (((yyval.num) = add_modifier(p, (yyvsp[-1].num), (yyvsp[0].num), 1)) < 0) YYABORT; }
#line 4908 "build/parser.c"
    break;

  case 194: /* class_modifier: "'abstract'"  */
#line 779 "parser.y"
                                { (yyval.num) = MP_AF_ABSTRACT; }
#line 4914 "build/parser.c"
    break;

  case 195: /* class_modifier: "'final'"  */
#line 780 "parser.y"
                                { (yyval.num) = MP_AF_FINAL; }
#line 4920 "build/parser.c"
    break;

  case 196: /* class_modifier: "'readonly'"  */
#line 781 "parser.y"
                                { (yyval.num) = MP_AF_READONLY; }
#line 4926 "build/parser.c"
    break;

  case 197: /* $@3: %empty  */
#line 785 "parser.y"
                        { }
#line 4932 "build/parser.c"
    break;

  case 198: /* trait_declaration_statement: "'trait'" $@3 "identifier" backup_doc_comment '{' class_statement_list '}'  */
#line 787 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-6]), NULL, LIST((yylsp[-6])), (yyvsp[-1].ast), NULL), (yyvsp[-4].ast)->str, (yyvsp[-4].ast)->len);
			  (yyval.ast)->ival = MP_CK_TRAIT; }
#line 4939 "build/parser.c"
    break;

  case 199: /* $@4: %empty  */
#line 792 "parser.y"
                            { }
#line 4945 "build/parser.c"
    break;

  case 200: /* interface_declaration_statement: "'interface'" $@4 "identifier" interface_extends_list backup_doc_comment '{' class_statement_list '}'  */
#line 794 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-7]), NULL, (yyvsp[-4].ast), (yyvsp[-1].ast), NULL), (yyvsp[-5].ast)->str, (yyvsp[-5].ast)->len);
			  (yyval.ast)->ival = MP_CK_INTERFACE; }
#line 4952 "build/parser.c"
    break;

  case 201: /* $@5: %empty  */
#line 799 "parser.y"
                       { }
#line 4958 "build/parser.c"
    break;

  case 202: /* enum_declaration_statement: "'enum'" $@5 "identifier" enum_backing_type implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 801 "parser.y"
                        { (yyval.ast) = with_str(p, N4(CLASS_DECL, (yylsp[-8]), NULL, (yyvsp[-4].ast), (yyvsp[-1].ast), (yyvsp[-5].ast)), (yyvsp[-6].ast)->str, (yyvsp[-6].ast)->len);
			  (yyval.ast)->ival = MP_CK_ENUM; }
#line 4965 "build/parser.c"
    break;

  case 203: /* enum_backing_type: %empty  */
#line 806 "parser.y"
                        { (yyval.ast) = NULL; }
#line 4971 "build/parser.c"
    break;

  case 204: /* enum_backing_type: ':' type_expr  */
#line 807 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4977 "build/parser.c"
    break;

  case 205: /* enum_case: "'case'" backup_doc_comment identifier enum_case_expr ';'  */
#line 812 "parser.y"
                        { (yyval.ast) = with_str(p, N1(ENUM_CASE, (yylsp[-4]), (yyvsp[-1].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 4983 "build/parser.c"
    break;

  case 206: /* enum_case_expr: %empty  */
#line 816 "parser.y"
                                { (yyval.ast) = NULL; }
#line 4989 "build/parser.c"
    break;

  case 207: /* enum_case_expr: '=' expr  */
#line 817 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 4995 "build/parser.c"
    break;

  case 208: /* extends_from: %empty  */
#line 821 "parser.y"
                                                        { (yyval.ast) = NULL; }
#line 5001 "build/parser.c"
    break;

  case 209: /* extends_from: "'extends'" class_name  */
#line 822 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5007 "build/parser.c"
    break;

  case 210: /* interface_extends_list: %empty  */
#line 826 "parser.y"
                                                                { (yyval.ast) = LIST((yyloc)); }
#line 5013 "build/parser.c"
    break;

  case 211: /* interface_extends_list: "'extends'" class_name_list  */
#line 827 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5019 "build/parser.c"
    break;

  case 212: /* implements_list: %empty  */
#line 831 "parser.y"
                                                                        { (yyval.ast) = LIST((yyloc)); }
#line 5025 "build/parser.c"
    break;

  case 213: /* implements_list: "'implements'" class_name_list  */
#line 832 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5031 "build/parser.c"
    break;

  case 214: /* foreach_variable: variable  */
#line 836 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5037 "build/parser.c"
    break;

  case 215: /* foreach_variable: ampersand variable  */
#line 837 "parser.y"
                                        { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_BYREF); }
#line 5043 "build/parser.c"
    break;

  case 216: /* foreach_variable: "'list'" '(' array_pair_list ')'  */
#line 838 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-3]); }
#line 5049 "build/parser.c"
    break;

  case 217: /* foreach_variable: '[' array_pair_list ']'  */
#line 839 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[-1].ast), MP_AF_SHORT); (yyval.ast)->line = (yylsp[-2]); }
#line 5055 "build/parser.c"
    break;

  case 218: /* for_statement: statement  */
#line 843 "parser.y"
                                { (yyval.ast) = as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5061 "build/parser.c"
    break;

  case 219: /* for_statement: ':' inner_statement_list "'endfor'" ';'  */
#line 844 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5067 "build/parser.c"
    break;

  case 220: /* foreach_statement: statement  */
#line 848 "parser.y"
                                { (yyval.ast) = as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5073 "build/parser.c"
    break;

  case 221: /* foreach_statement: ':' inner_statement_list "'endforeach'" ';'  */
#line 849 "parser.y"
                                                                { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5079 "build/parser.c"
    break;

  case 222: /* declare_statement: statement  */
#line 853 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast)->kind == MP_AST_NOP ? NULL : as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5085 "build/parser.c"
    break;

  case 223: /* declare_statement: ':' inner_statement_list "'enddeclare'" ';'  */
#line 854 "parser.y"
                                                                { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5091 "build/parser.c"
    break;

  case 224: /* switch_case_list: '{' case_list '}'  */
#line 858 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5097 "build/parser.c"
    break;

  case 225: /* switch_case_list: '{' ';' case_list '}'  */
#line 859 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5103 "build/parser.c"
    break;

  case 226: /* switch_case_list: ':' case_list "'endswitch'" ';'  */
#line 860 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-2].ast); }
#line 5109 "build/parser.c"
    break;

  case 227: /* switch_case_list: ':' ';' case_list "'endswitch'" ';'  */
#line 861 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-2].ast); }
#line 5115 "build/parser.c"
    break;

  case 228: /* case_list: %empty  */
#line 865 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5121 "build/parser.c"
    break;

  case 229: /* case_list: case_list "'case'" expr case_separator inner_statement_list  */
#line 867 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-4].ast), N2(CASE, (yylsp[-3]), (yyvsp[-2].ast), (yyvsp[0].ast))); }
#line 5127 "build/parser.c"
    break;

  case 230: /* case_list: case_list "'default'" case_separator inner_statement_list  */
#line 869 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-3].ast), N2(CASE, (yylsp[-2]), NULL, (yyvsp[0].ast))); }
#line 5133 "build/parser.c"
    break;

  case 233: /* match: "'match'" '(' expr ')' '{' match_arm_list '}'  */
#line 879 "parser.y"
                        { (yyval.ast) = N2(MATCH, (yylsp[-6]), (yyvsp[-4].ast), (yyvsp[-1].ast)); }
#line 5139 "build/parser.c"
    break;

  case 234: /* match_arm_list: %empty  */
#line 883 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5145 "build/parser.c"
    break;

  case 235: /* match_arm_list: non_empty_match_arm_list possible_comma  */
#line 884 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5151 "build/parser.c"
    break;

  case 236: /* non_empty_match_arm_list: match_arm  */
#line 888 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5157 "build/parser.c"
    break;

  case 237: /* non_empty_match_arm_list: non_empty_match_arm_list ',' match_arm  */
#line 889 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5163 "build/parser.c"
    break;

  case 238: /* match_arm: match_arm_cond_list possible_comma "'=>'" expr  */
#line 894 "parser.y"
                        { (yyval.ast) = N2(MATCH_ARM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[0].ast)); }
#line 5169 "build/parser.c"
    break;

  case 239: /* match_arm: "'default'" possible_comma "'=>'" expr  */
#line 896 "parser.y"
                        { (yyval.ast) = N2(MATCH_ARM, (yylsp[-3]), NULL, (yyvsp[0].ast)); }
#line 5175 "build/parser.c"
    break;

  case 240: /* match_arm_cond_list: expr  */
#line 900 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5181 "build/parser.c"
    break;

  case 241: /* match_arm_cond_list: match_arm_cond_list ',' expr  */
#line 901 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5187 "build/parser.c"
    break;

  case 242: /* while_statement: statement  */
#line 905 "parser.y"
                                { (yyval.ast) = as_list(p, (yyvsp[0].ast), (yylsp[0])); }
#line 5193 "build/parser.c"
    break;

  case 243: /* while_statement: ':' inner_statement_list "'endwhile'" ';'  */
#line 906 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[-2].ast), MP_AF_ALT_SYNTAX); }
#line 5199 "build/parser.c"
    break;

  case 244: /* if_stmt_without_else: "'if'" '(' expr ')' statement  */
#line 912 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[-4]), N3(IF, (yylsp[-4]), (yyvsp[-2].ast), as_list(p, (yyvsp[0].ast), (yylsp[0])), NULL)); }
#line 5205 "build/parser.c"
    break;

  case 245: /* if_stmt_without_else: if_stmt_without_else "'elseif'" '(' expr ')' statement  */
#line 914 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-5].ast), N3(IF, (yylsp[-4]), (yyvsp[-2].ast), as_list(p, (yyvsp[0].ast), (yylsp[0])), NULL)); }
#line 5211 "build/parser.c"
    break;

  case 246: /* if_stmt: if_stmt_without_else  */
#line 918 "parser.y"
                                                        { (yyval.ast) = chain_ifs((yyvsp[0].ast), NULL); }
#line 5217 "build/parser.c"
    break;

  case 247: /* if_stmt: if_stmt_without_else "'else'" statement  */
#line 919 "parser.y"
                                                        { (yyval.ast) = chain_ifs((yyvsp[-2].ast), as_list(p, (yyvsp[0].ast), (yylsp[0]))); }
#line 5223 "build/parser.c"
    break;

  case 248: /* alt_if_stmt_without_else: "'if'" '(' expr ')' ':' inner_statement_list  */
#line 924 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[-5]), with_flags(N3(IF, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[0].ast), NULL), MP_AF_ALT_SYNTAX)); }
#line 5229 "build/parser.c"
    break;

  case 249: /* alt_if_stmt_without_else: alt_if_stmt_without_else "'elseif'" '(' expr ')' ':' inner_statement_list  */
#line 926 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-6].ast), with_flags(N3(IF, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[0].ast), NULL), MP_AF_ALT_SYNTAX)); }
#line 5235 "build/parser.c"
    break;

  case 250: /* alt_if_stmt: alt_if_stmt_without_else "'endif'" ';'  */
#line 930 "parser.y"
                                                        { (yyval.ast) = chain_ifs((yyvsp[-2].ast), NULL); }
#line 5241 "build/parser.c"
    break;

  case 251: /* alt_if_stmt: alt_if_stmt_without_else "'else'" ':' inner_statement_list "'endif'" ';'  */
#line 932 "parser.y"
                        { (yyval.ast) = chain_ifs((yyvsp[-5].ast), (yyvsp[-2].ast)); }
#line 5247 "build/parser.c"
    break;

  case 252: /* parameter_list: non_empty_parameter_list possible_comma  */
#line 936 "parser.y"
                                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5253 "build/parser.c"
    break;

  case 253: /* parameter_list: %empty  */
#line 937 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5259 "build/parser.c"
    break;

  case 254: /* non_empty_parameter_list: attributed_parameter  */
#line 941 "parser.y"
                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5265 "build/parser.c"
    break;

  case 255: /* non_empty_parameter_list: non_empty_parameter_list ',' attributed_parameter  */
#line 942 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5271 "build/parser.c"
    break;

  case 256: /* attributed_parameter: attributes parameter  */
#line 946 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5277 "build/parser.c"
    break;

  case 257: /* attributed_parameter: parameter  */
#line 947 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5283 "build/parser.c"
    break;

  case 258: /* optional_variable_modifiers: %empty  */
#line 951 "parser.y"
                        { (yyval.num) = 0; }
#line 5289 "build/parser.c"
    break;

  case 259: /* optional_variable_modifiers: optional_variable_modifiers property_modifier  */
#line 952 "parser.y"
                                                                { if (((yyval.num) = add_modifier(p, (yyvsp[-1].num), (yyvsp[0].num), 0)) < 0) YYABORT; }
#line 5295 "build/parser.c"
    break;

  case 260: /* property_modifier: "'public'"  */
#line 956 "parser.y"
                                { (yyval.num) = MP_AF_PUBLIC; }
#line 5301 "build/parser.c"
    break;

  case 261: /* property_modifier: "'protected'"  */
#line 957 "parser.y"
                                { (yyval.num) = MP_AF_PROTECTED; }
#line 5307 "build/parser.c"
    break;

  case 262: /* property_modifier: "'private'"  */
#line 958 "parser.y"
                                { (yyval.num) = MP_AF_PRIVATE; }
#line 5313 "build/parser.c"
    break;

  case 263: /* property_modifier: "'readonly'"  */
#line 959 "parser.y"
                                { (yyval.num) = MP_AF_READONLY; }
#line 5319 "build/parser.c"
    break;

  case 264: /* parameter: optional_variable_modifiers optional_type_without_static is_reference is_variadic "variable" backup_doc_comment  */
#line 965 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N2(PARAM, (yylsp[-1]), NULL, (yyvsp[-4].ast)), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len), (yyvsp[-5].num) | (yyvsp[-3].num) | (yyvsp[-2].num)); }
#line 5325 "build/parser.c"
    break;

  case 265: /* parameter: optional_variable_modifiers optional_type_without_static is_reference is_variadic "variable" backup_doc_comment '=' expr  */
#line 968 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N2(PARAM, (yylsp[-3]), (yyvsp[0].ast), (yyvsp[-6].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len), (yyvsp[-7].num) | (yyvsp[-5].num) | (yyvsp[-4].num)); }
#line 5331 "build/parser.c"
    break;

  case 266: /* optional_type_without_static: %empty  */
#line 972 "parser.y"
                        { (yyval.ast) = NULL; }
#line 5337 "build/parser.c"
    break;

  case 267: /* optional_type_without_static: type_expr_without_static  */
#line 973 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5343 "build/parser.c"
    break;

  case 268: /* type_expr: type  */
#line 977 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5349 "build/parser.c"
    break;

  case 269: /* type_expr: '?' type  */
#line 978 "parser.y"
                                                { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_NULLABLE); }
#line 5355 "build/parser.c"
    break;

  case 270: /* type_expr: union_type  */
#line 979 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5361 "build/parser.c"
    break;

  case 271: /* type_expr: intersection_type  */
#line 980 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5367 "build/parser.c"
    break;

  case 272: /* type: type_without_static  */
#line 984 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5373 "build/parser.c"
    break;

  case 273: /* type: "'static'"  */
#line 985 "parser.y"
                                                { (yyval.ast) = mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), "static", 6); }
#line 5379 "build/parser.c"
    break;

  case 274: /* union_type_element: type  */
#line 989 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5385 "build/parser.c"
    break;

  case 275: /* union_type_element: '(' intersection_type ')'  */
#line 990 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5391 "build/parser.c"
    break;

  case 276: /* union_type: union_type_element '|' union_type_element  */
#line 994 "parser.y"
                                                                { (yyval.ast) = N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5397 "build/parser.c"
    break;

  case 277: /* union_type: union_type '|' union_type_element  */
#line 995 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5403 "build/parser.c"
    break;

  case 278: /* intersection_type: type "amp" type  */
#line 1000 "parser.y"
                        { (yyval.ast) = with_flags(N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)), MP_AF_INTERSECTION); }
#line 5409 "build/parser.c"
    break;

  case 279: /* intersection_type: intersection_type "amp" type  */
#line 1001 "parser.y"
                                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5415 "build/parser.c"
    break;

  case 280: /* type_expr_without_static: type_without_static  */
#line 1007 "parser.y"
                                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5421 "build/parser.c"
    break;

  case 281: /* type_expr_without_static: '?' type_without_static  */
#line 1008 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_NULLABLE); }
#line 5427 "build/parser.c"
    break;

  case 282: /* type_expr_without_static: union_type_without_static  */
#line 1009 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5433 "build/parser.c"
    break;

  case 283: /* type_expr_without_static: intersection_type_without_static  */
#line 1010 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5439 "build/parser.c"
    break;

  case 284: /* type_without_static: "'array'"  */
#line 1014 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), "array", 5); }
#line 5445 "build/parser.c"
    break;

  case 285: /* type_without_static: "'callable'"  */
#line 1015 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), "callable", 8); }
#line 5451 "build/parser.c"
    break;

  case 286: /* type_without_static: name  */
#line 1016 "parser.y"
                                { (yyval.ast) = with_flags(mp_ast_str(A, MP_AST_TYPE, (yylsp[0]), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len), (yyvsp[0].ast)->flags & MP_AF_FQ); }
#line 5457 "build/parser.c"
    break;

  case 287: /* union_type_without_static_element: type_without_static  */
#line 1020 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5463 "build/parser.c"
    break;

  case 288: /* union_type_without_static_element: '(' intersection_type_without_static ')'  */
#line 1021 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5469 "build/parser.c"
    break;

  case 289: /* union_type_without_static: union_type_without_static_element '|' union_type_without_static_element  */
#line 1026 "parser.y"
                        { (yyval.ast) = N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5475 "build/parser.c"
    break;

  case 290: /* union_type_without_static: union_type_without_static '|' union_type_without_static_element  */
#line 1028 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5481 "build/parser.c"
    break;

  case 291: /* intersection_type_without_static: type_without_static "amp" type_without_static  */
#line 1033 "parser.y"
                        { (yyval.ast) = with_flags(N2(UNION_TYPE, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)), MP_AF_INTERSECTION); }
#line 5487 "build/parser.c"
    break;

  case 292: /* intersection_type_without_static: intersection_type_without_static "amp" type_without_static  */
#line 1035 "parser.y"
                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5493 "build/parser.c"
    break;

  case 293: /* return_type: %empty  */
#line 1039 "parser.y"
                                        { (yyval.ast) = NULL; }
#line 5499 "build/parser.c"
    break;

  case 294: /* return_type: ':' type_expr  */
#line 1040 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5505 "build/parser.c"
    break;

  case 295: /* argument_list: '(' ')'  */
#line 1044 "parser.y"
                        { (yyval.ast) = LIST((yylsp[-1])); }
#line 5511 "build/parser.c"
    break;

  case 296: /* argument_list: '(' non_empty_argument_list possible_comma ')'  */
#line 1045 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-2].ast); }
#line 5517 "build/parser.c"
    break;

  case 297: /* argument_list: '(' "'...'" ')'  */
#line 1046 "parser.y"
                                        { (yyval.ast) = N0(CALLABLE_PLACEHOLDER, (yylsp[-1])); }
#line 5523 "build/parser.c"
    break;

  case 298: /* non_empty_argument_list: argument  */
#line 1050 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5529 "build/parser.c"
    break;

  case 299: /* non_empty_argument_list: non_empty_argument_list ',' argument  */
#line 1051 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5535 "build/parser.c"
    break;

  case 300: /* argument: expr  */
#line 1055 "parser.y"
                        { (yyval.ast) = N1(ARG, (yylsp[0]), (yyvsp[0].ast)); }
#line 5541 "build/parser.c"
    break;

  case 301: /* argument: identifier ':' expr  */
#line 1056 "parser.y"
                                        { (yyval.ast) = with_str(p, N1(ARG, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 5547 "build/parser.c"
    break;

  case 302: /* argument: "'...'" expr  */
#line 1057 "parser.y"
                                { (yyval.ast) = with_flags(N1(ARG, (yylsp[-1]), (yyvsp[0].ast)), MP_AF_SPREAD); }
#line 5553 "build/parser.c"
    break;

  case 303: /* global_var_list: global_var_list ',' global_var  */
#line 1061 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5559 "build/parser.c"
    break;

  case 304: /* global_var_list: global_var  */
#line 1062 "parser.y"
                                { (yyval.ast) = N1(GLOBAL, (yylsp[0]), (yyvsp[0].ast)); }
#line 5565 "build/parser.c"
    break;

  case 305: /* global_var: simple_variable  */
#line 1066 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5571 "build/parser.c"
    break;

  case 306: /* static_var_list: static_var_list ',' static_var  */
#line 1070 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5577 "build/parser.c"
    break;

  case 307: /* static_var_list: static_var  */
#line 1071 "parser.y"
                                { (yyval.ast) = N1(STATIC, (yylsp[0]), (yyvsp[0].ast)); }
#line 5583 "build/parser.c"
    break;

  case 308: /* static_var: "variable"  */
#line 1075 "parser.y"
                                                { (yyval.ast) = with_str(p, N1(STATIC_VAR, (yylsp[0]), NULL), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 5589 "build/parser.c"
    break;

  case 309: /* static_var: "variable" '=' expr  */
#line 1076 "parser.y"
                                        { (yyval.ast) = with_str(p, N1(STATIC_VAR, (yylsp[-2]), (yyvsp[0].ast)), (yyvsp[-2].ast)->str, (yyvsp[-2].ast)->len); }
#line 5595 "build/parser.c"
    break;

  case 310: /* class_statement_list: class_statement_list class_statement  */
#line 1080 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5601 "build/parser.c"
    break;

  case 311: /* class_statement_list: %empty  */
#line 1081 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5607 "build/parser.c"
    break;

  case 312: /* attributed_class_statement: variable_modifiers optional_type_without_static property_list ';'  */
#line 1086 "parser.y"
                        { (yyval.ast) = with_flags(N2(PROP_DECL, (yylsp[-3]), (yyvsp[-2].ast), (yyvsp[-1].ast)), (yyvsp[-3].num)); }
#line 5613 "build/parser.c"
    break;

  case 313: /* attributed_class_statement: method_modifiers "'const'" class_const_list ';'  */
#line 1088 "parser.y"
                        { (yyval.ast) = with_flags(N1(CLASS_CONST, (yyvsp[-3].num) ? (yylsp[-3]) : (yylsp[-2]), (yyvsp[-1].ast)), (yyvsp[-3].num)); }
#line 5619 "build/parser.c"
    break;

  case 314: /* attributed_class_statement: method_modifiers function returns_ref identifier backup_doc_comment '(' parameter_list ')' return_type backup_fn_flags method_body backup_fn_flags  */
#line 1091 "parser.y"
                        { (yyval.ast) = with_flags(with_str(p, N3(METHOD, (yyvsp[-11].num) ? (yylsp[-11]) : (yyvsp[-10].num), (yyvsp[-5].ast), (yyvsp[-1].ast), (yyvsp[-3].ast)), (yyvsp[-8].ast)->str, (yyvsp[-8].ast)->len), (yyvsp[-11].num) | (yyvsp[-9].num)); }
#line 5625 "build/parser.c"
    break;

  case 315: /* attributed_class_statement: enum_case  */
#line 1092 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5631 "build/parser.c"
    break;

  case 316: /* class_statement: attributed_class_statement  */
#line 1096 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5637 "build/parser.c"
    break;

  case 317: /* class_statement: attributes attributed_class_statement  */
#line 1097 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5643 "build/parser.c"
    break;

  case 318: /* class_statement: "'use'" class_name_list trait_adaptations  */
#line 1098 "parser.y"
                                                        { (yyval.ast) = N2(TRAIT_USE, (yylsp[-2]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5649 "build/parser.c"
    break;

  case 319: /* class_name_list: class_name  */
#line 1102 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5655 "build/parser.c"
    break;

  case 320: /* class_name_list: class_name_list ',' class_name  */
#line 1103 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5661 "build/parser.c"
    break;

  case 321: /* trait_adaptations: ';'  */
#line 1107 "parser.y"
                                        { (yyval.ast) = LIST((yylsp[0])); }
#line 5667 "build/parser.c"
    break;

  case 322: /* trait_adaptations: '{' '}'  */
#line 1108 "parser.y"
                                { (yyval.ast) = LIST((yylsp[-1])); }
#line 5673 "build/parser.c"
    break;

  case 323: /* trait_adaptations: '{' trait_adaptation_list '}'  */
#line 1109 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5679 "build/parser.c"
    break;

  case 324: /* trait_adaptation_list: trait_adaptation  */
#line 1113 "parser.y"
                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5685 "build/parser.c"
    break;

  case 325: /* trait_adaptation_list: trait_adaptation_list trait_adaptation  */
#line 1114 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5691 "build/parser.c"
    break;

  case 326: /* trait_adaptation: trait_precedence ';'  */
#line 1118 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 5697 "build/parser.c"
    break;

  case 327: /* trait_adaptation: trait_alias ';'  */
#line 1119 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5703 "build/parser.c"
    break;

  case 328: /* trait_precedence: absolute_trait_method_reference "'insteadof'" class_name_list  */
#line 1124 "parser.y"
                { (yyval.ast) = (yyvsp[-2].ast); (yyval.ast)->kind = MP_AST_TRAIT_INSTEADOF; (yyval.ast)->nkids = 2; ADD((yyval.ast), (yyvsp[0].ast)); }
#line 5709 "build/parser.c"
    break;

  case 329: /* trait_alias: trait_method_reference "'as'" "identifier"  */
#line 1129 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5715 "build/parser.c"
    break;

  case 330: /* trait_alias: trait_method_reference "'as'" reserved_non_modifiers  */
#line 1130 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), ident_from(p, (yyvsp[0].s), (yylsp[0]))); }
#line 5721 "build/parser.c"
    break;

  case 331: /* trait_alias: trait_method_reference "'as'" member_modifier identifier  */
#line 1131 "parser.y"
                                                                        { (yyval.ast) = with_flags(ADD((yyvsp[-3].ast), (yyvsp[0].ast)), (yyvsp[-1].num)); }
#line 5727 "build/parser.c"
    break;

  case 332: /* trait_alias: trait_method_reference "'as'" member_modifier  */
#line 1132 "parser.y"
                                                                { (yyval.ast) = with_flags(ADD((yyvsp[-2].ast), NULL), (yyvsp[0].num)); }
#line 5733 "build/parser.c"
    break;

  case 333: /* trait_method_reference: identifier  */
#line 1136 "parser.y"
                                { (yyval.ast) = N2(TRAIT_ALIAS, (yylsp[0]), NULL, (yyvsp[0].ast)); }
#line 5739 "build/parser.c"
    break;

  case 334: /* trait_method_reference: absolute_trait_method_reference  */
#line 1137 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5745 "build/parser.c"
    break;

  case 335: /* absolute_trait_method_reference: class_name "'::'" identifier  */
#line 1142 "parser.y"
                { (yyval.ast) = N2(TRAIT_ALIAS, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5751 "build/parser.c"
    break;

  case 336: /* method_body: ';'  */
#line 1146 "parser.y"
                                                { (yyval.ast) = NULL; }
#line 5757 "build/parser.c"
    break;

  case 337: /* method_body: '{' inner_statement_list '}'  */
#line 1147 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 5763 "build/parser.c"
    break;

  case 338: /* variable_modifiers: non_empty_member_modifiers  */
#line 1151 "parser.y"
                                                { (yyval.num) = (yyvsp[0].num); }
#line 5769 "build/parser.c"
    break;

  case 339: /* variable_modifiers: "'var'"  */
#line 1152 "parser.y"
                        { (yyval.num) = MP_AF_PUBLIC; }
#line 5775 "build/parser.c"
    break;

  case 340: /* method_modifiers: %empty  */
#line 1156 "parser.y"
                        { (yyval.num) = 0; }
#line 5781 "build/parser.c"
    break;

  case 341: /* method_modifiers: non_empty_member_modifiers  */
#line 1157 "parser.y"
                                                { (yyval.num) = (yyvsp[0].num); }
#line 5787 "build/parser.c"
    break;

  case 342: /* non_empty_member_modifiers: member_modifier  */
#line 1161 "parser.y"
                                { (yyval.num) = (yyvsp[0].num); }
#line 5793 "build/parser.c"
    break;

  case 343: /* non_empty_member_modifiers: non_empty_member_modifiers member_modifier  */
#line 1162 "parser.y"
                                                                { if (((yyval.num) = add_modifier(p, (yyvsp[-1].num), (yyvsp[0].num), 0)) < 0) YYABORT; }
#line 5799 "build/parser.c"
    break;

  case 344: /* member_modifier: "'public'"  */
#line 1166 "parser.y"
                                { (yyval.num) = MP_AF_PUBLIC; }
#line 5805 "build/parser.c"
    break;

  case 345: /* member_modifier: "'protected'"  */
#line 1167 "parser.y"
                                { (yyval.num) = MP_AF_PROTECTED; }
#line 5811 "build/parser.c"
    break;

  case 346: /* member_modifier: "'private'"  */
#line 1168 "parser.y"
                                { (yyval.num) = MP_AF_PRIVATE; }
#line 5817 "build/parser.c"
    break;

  case 347: /* member_modifier: "'static'"  */
#line 1169 "parser.y"
                                { (yyval.num) = MP_AF_STATIC; }
#line 5823 "build/parser.c"
    break;

  case 348: /* member_modifier: "'abstract'"  */
#line 1170 "parser.y"
                                { (yyval.num) = MP_AF_ABSTRACT; }
#line 5829 "build/parser.c"
    break;

  case 349: /* member_modifier: "'final'"  */
#line 1171 "parser.y"
                                { (yyval.num) = MP_AF_FINAL; }
#line 5835 "build/parser.c"
    break;

  case 350: /* member_modifier: "'readonly'"  */
#line 1172 "parser.y"
                                { (yyval.num) = MP_AF_READONLY; }
#line 5841 "build/parser.c"
    break;

  case 351: /* property_list: property_list ',' property  */
#line 1176 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5847 "build/parser.c"
    break;

  case 352: /* property_list: property  */
#line 1177 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5853 "build/parser.c"
    break;

  case 353: /* property: "variable" backup_doc_comment  */
#line 1181 "parser.y"
                                                { (yyval.ast) = with_str(p, N1(PROP_ITEM, (yylsp[-1]), NULL), (yyvsp[-1].ast)->str, (yyvsp[-1].ast)->len); }
#line 5859 "build/parser.c"
    break;

  case 354: /* property: "variable" '=' expr backup_doc_comment  */
#line 1182 "parser.y"
                                                        { (yyval.ast) = with_str(p, N1(PROP_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len); }
#line 5865 "build/parser.c"
    break;

  case 355: /* class_const_list: class_const_list ',' class_const_decl  */
#line 1186 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5871 "build/parser.c"
    break;

  case 356: /* class_const_list: class_const_decl  */
#line 1187 "parser.y"
                                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5877 "build/parser.c"
    break;

  case 357: /* class_const_decl: "identifier" '=' expr backup_doc_comment  */
#line 1191 "parser.y"
                                                        { (yyval.ast) = with_str(p, N1(CONST_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len); }
#line 5883 "build/parser.c"
    break;

  case 358: /* class_const_decl: semi_reserved '=' expr backup_doc_comment  */
#line 1192 "parser.y"
                                                                { (yyval.ast) = with_str(p, N1(CONST_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].s).s, (yyvsp[-3].s).len); }
#line 5889 "build/parser.c"
    break;

  case 359: /* const_decl: "identifier" '=' expr backup_doc_comment  */
#line 1196 "parser.y"
                                                { (yyval.ast) = with_str(p, N1(CONST_ITEM, (yylsp[-3]), (yyvsp[-1].ast)), (yyvsp[-3].ast)->str, (yyvsp[-3].ast)->len); }
#line 5895 "build/parser.c"
    break;

  case 360: /* echo_expr_list: echo_expr_list ',' echo_expr  */
#line 1200 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5901 "build/parser.c"
    break;

  case 361: /* echo_expr_list: echo_expr  */
#line 1201 "parser.y"
                                { (yyval.ast) = N1(ECHO, (yylsp[0]), (yyvsp[0].ast)); }
#line 5907 "build/parser.c"
    break;

  case 362: /* echo_expr: expr  */
#line 1204 "parser.y"
                { (yyval.ast) = (yyvsp[0].ast); }
#line 5913 "build/parser.c"
    break;

  case 363: /* for_exprs: %empty  */
#line 1208 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 5919 "build/parser.c"
    break;

  case 364: /* for_exprs: non_empty_for_exprs  */
#line 1209 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 5925 "build/parser.c"
    break;

  case 365: /* non_empty_for_exprs: non_empty_for_exprs ',' expr  */
#line 1213 "parser.y"
                                                { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5931 "build/parser.c"
    break;

  case 366: /* non_empty_for_exprs: expr  */
#line 1214 "parser.y"
                        { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 5937 "build/parser.c"
    break;

  case 367: /* $@6: %empty  */
#line 1218 "parser.y"
                        { }
#line 5943 "build/parser.c"
    break;

  case 368: /* anonymous_class: "'class'" $@6 ctor_arguments extends_from implements_list backup_doc_comment '{' class_statement_list '}'  */
#line 1220 "parser.y"
                        { mp_ast *decl = N4(CLASS_DECL, (yylsp[-8]), (yyvsp[-5].ast), (yyvsp[-4].ast), (yyvsp[-1].ast), NULL);
			  decl->ival = MP_CK_CLASS;
			  (yyval.ast) = N2(NEW, (yylsp[-8]), decl, (yyvsp[-6].ast)); }
#line 5951 "build/parser.c"
    break;

  case 369: /* new_expr: "'new'" class_name_reference ctor_arguments  */
#line 1226 "parser.y"
                                                                { (yyval.ast) = N2(NEW, (yylsp[-2]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 5957 "build/parser.c"
    break;

  case 370: /* new_expr: "'new'" anonymous_class  */
#line 1227 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->line = (yylsp[-1]); }
#line 5963 "build/parser.c"
    break;

  case 371: /* new_expr: "'new'" attributes anonymous_class  */
#line 1228 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 5969 "build/parser.c"
    break;

  case 372: /* expr: variable  */
#line 1232 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 5975 "build/parser.c"
    break;

  case 373: /* expr: "'list'" '(' array_pair_list ')' '=' expr  */
#line 1234 "parser.y"
                        { (yyvsp[-3].ast)->line = (yylsp[-5]); (yyval.ast) = N2(ASSIGN, (yylsp[-5]), (yyvsp[-3].ast), (yyvsp[0].ast)); }
#line 5981 "build/parser.c"
    break;

  case 374: /* expr: '[' array_pair_list ']' '=' expr  */
#line 1236 "parser.y"
                        { (yyvsp[-3].ast)->line = (yylsp[-4]); (yyval.ast) = N2(ASSIGN, (yylsp[-4]), with_flags((yyvsp[-3].ast), MP_AF_SHORT), (yyvsp[0].ast)); }
#line 5987 "build/parser.c"
    break;

  case 375: /* expr: variable '=' expr  */
#line 1237 "parser.y"
                                                        { (yyval.ast) = N2(ASSIGN, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 5993 "build/parser.c"
    break;

  case 376: /* expr: variable '=' ampersand variable  */
#line 1238 "parser.y"
                                                { (yyval.ast) = N2(ASSIGN_REF, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[0].ast)); }
#line 5999 "build/parser.c"
    break;

  case 377: /* expr: "'clone'" expr  */
#line 1239 "parser.y"
                                { (yyval.ast) = N1(CLONE, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6005 "build/parser.c"
    break;

  case 378: /* expr: variable "'+='" expr  */
#line 1240 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_ADD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6011 "build/parser.c"
    break;

  case 379: /* expr: variable "'-='" expr  */
#line 1241 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_SUB, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6017 "build/parser.c"
    break;

  case 380: /* expr: variable "'*='" expr  */
#line 1242 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_MUL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6023 "build/parser.c"
    break;

  case 381: /* expr: variable "'**='" expr  */
#line 1243 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_POW, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6029 "build/parser.c"
    break;

  case 382: /* expr: variable "'/='" expr  */
#line 1244 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_DIV, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6035 "build/parser.c"
    break;

  case 383: /* expr: variable "'.='" expr  */
#line 1245 "parser.y"
                                                { (yyval.ast) = assign_op(p, MP_OP_CONCAT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6041 "build/parser.c"
    break;

  case 384: /* expr: variable "'%='" expr  */
#line 1246 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_MOD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6047 "build/parser.c"
    break;

  case 385: /* expr: variable "'&='" expr  */
#line 1247 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_BITAND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6053 "build/parser.c"
    break;

  case 386: /* expr: variable "'|='" expr  */
#line 1248 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_BITOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6059 "build/parser.c"
    break;

  case 387: /* expr: variable "'^='" expr  */
#line 1249 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_BITXOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6065 "build/parser.c"
    break;

  case 388: /* expr: variable "'<<='" expr  */
#line 1250 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_SHL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6071 "build/parser.c"
    break;

  case 389: /* expr: variable "'>>='" expr  */
#line 1251 "parser.y"
                                                        { (yyval.ast) = assign_op(p, MP_OP_SHR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6077 "build/parser.c"
    break;

  case 390: /* expr: variable "'??='" expr  */
#line 1252 "parser.y"
                                                { (yyval.ast) = assign_op(p, MP_OP_COALESCE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6083 "build/parser.c"
    break;

  case 391: /* expr: variable "'++'"  */
#line 1253 "parser.y"
                                { (yyval.ast) = N1(POST_INC, (yylsp[-1]), (yyvsp[-1].ast)); }
#line 6089 "build/parser.c"
    break;

  case 392: /* expr: "'++'" variable  */
#line 1254 "parser.y"
                                { (yyval.ast) = N1(PRE_INC, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6095 "build/parser.c"
    break;

  case 393: /* expr: variable "'--'"  */
#line 1255 "parser.y"
                                { (yyval.ast) = N1(POST_DEC, (yylsp[-1]), (yyvsp[-1].ast)); }
#line 6101 "build/parser.c"
    break;

  case 394: /* expr: "'--'" variable  */
#line 1256 "parser.y"
                                { (yyval.ast) = N1(PRE_DEC, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6107 "build/parser.c"
    break;

  case 395: /* expr: expr "'||'" expr  */
#line 1257 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_OR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6113 "build/parser.c"
    break;

  case 396: /* expr: expr "'&&'" expr  */
#line 1258 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_AND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6119 "build/parser.c"
    break;

  case 397: /* expr: expr "'or'" expr  */
#line 1259 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_OR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6125 "build/parser.c"
    break;

  case 398: /* expr: expr "'and'" expr  */
#line 1260 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_AND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6131 "build/parser.c"
    break;

  case 399: /* expr: expr "'xor'" expr  */
#line 1261 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_XOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6137 "build/parser.c"
    break;

  case 400: /* expr: expr '|' expr  */
#line 1262 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_BITOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6143 "build/parser.c"
    break;

  case 401: /* expr: expr "amp" expr  */
#line 1263 "parser.y"
                                                                        { (yyval.ast) = binop(p, MP_OP_BITAND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6149 "build/parser.c"
    break;

  case 402: /* expr: expr "'&'" expr  */
#line 1264 "parser.y"
                                                                { (yyval.ast) = binop(p, MP_OP_BITAND, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6155 "build/parser.c"
    break;

  case 403: /* expr: expr '^' expr  */
#line 1265 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_BITXOR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6161 "build/parser.c"
    break;

  case 404: /* expr: expr '.' expr  */
#line 1266 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_CONCAT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6167 "build/parser.c"
    break;

  case 405: /* expr: expr '+' expr  */
#line 1267 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_ADD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6173 "build/parser.c"
    break;

  case 406: /* expr: expr '-' expr  */
#line 1268 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_SUB, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6179 "build/parser.c"
    break;

  case 407: /* expr: expr '*' expr  */
#line 1269 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_MUL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6185 "build/parser.c"
    break;

  case 408: /* expr: expr "'**'" expr  */
#line 1270 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_POW, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6191 "build/parser.c"
    break;

  case 409: /* expr: expr '/' expr  */
#line 1271 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_DIV, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6197 "build/parser.c"
    break;

  case 410: /* expr: expr '%' expr  */
#line 1272 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_MOD, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6203 "build/parser.c"
    break;

  case 411: /* expr: expr "'<<'" expr  */
#line 1273 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_SHL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6209 "build/parser.c"
    break;

  case 412: /* expr: expr "'>>'" expr  */
#line 1274 "parser.y"
                                { (yyval.ast) = binop(p, MP_OP_SHR, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6215 "build/parser.c"
    break;

  case 413: /* expr: '+' expr  */
#line 1275 "parser.y"
                                        { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_PLUS); }
#line 6221 "build/parser.c"
    break;

  case 414: /* expr: '-' expr  */
#line 1276 "parser.y"
                                        { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_NEG); }
#line 6227 "build/parser.c"
    break;

  case 415: /* expr: '!' expr  */
#line 1277 "parser.y"
                                { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_NOT); }
#line 6233 "build/parser.c"
    break;

  case 416: /* expr: '~' expr  */
#line 1278 "parser.y"
                                { (yyval.ast) = with_ival(N1(UNARY, (yylsp[-1]), (yyvsp[0].ast)), MP_OP_BITNOT); }
#line 6239 "build/parser.c"
    break;

  case 417: /* expr: expr "'==='" expr  */
#line 1279 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_IDENTICAL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6245 "build/parser.c"
    break;

  case 418: /* expr: expr "'!=='" expr  */
#line 1280 "parser.y"
                                                { (yyval.ast) = binop(p, MP_OP_NOT_IDENTICAL, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6251 "build/parser.c"
    break;

  case 419: /* expr: expr "'=='" expr  */
#line 1281 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_EQ, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6257 "build/parser.c"
    break;

  case 420: /* expr: expr "'!='" expr  */
#line 1282 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_NEQ, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6263 "build/parser.c"
    break;

  case 421: /* expr: expr '<' expr  */
#line 1283 "parser.y"
                                                                { (yyval.ast) = binop(p, MP_OP_LT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6269 "build/parser.c"
    break;

  case 422: /* expr: expr "'<='" expr  */
#line 1284 "parser.y"
                                                { (yyval.ast) = binop(p, MP_OP_LE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6275 "build/parser.c"
    break;

  case 423: /* expr: expr '>' expr  */
#line 1285 "parser.y"
                                                                { (yyval.ast) = binop(p, MP_OP_GT, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6281 "build/parser.c"
    break;

  case 424: /* expr: expr "'>='" expr  */
#line 1286 "parser.y"
                                                { (yyval.ast) = binop(p, MP_OP_GE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6287 "build/parser.c"
    break;

  case 425: /* expr: expr "'<=>'" expr  */
#line 1287 "parser.y"
                                                        { (yyval.ast) = binop(p, MP_OP_SPACESHIP, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6293 "build/parser.c"
    break;

  case 426: /* expr: expr "'instanceof'" class_name_reference  */
#line 1288 "parser.y"
                                                        { (yyval.ast) = N2(INSTANCEOF, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6299 "build/parser.c"
    break;

  case 427: /* expr: '(' expr ')'  */
#line 1290 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast); if ((yyval.ast)->kind == MP_AST_TERNARY) (yyval.ast)->flags |= MP_AF_PARENS; }
#line 6305 "build/parser.c"
    break;

  case 428: /* expr: new_expr  */
#line 1291 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6311 "build/parser.c"
    break;

  case 429: /* expr: expr '?' expr ':' expr  */
#line 1292 "parser.y"
                                        { (yyval.ast) = N3(TERNARY, (yylsp[-4]), (yyvsp[-4].ast), (yyvsp[-2].ast), (yyvsp[0].ast)); check_nested_ternary(p, (yyval.ast)); }
#line 6317 "build/parser.c"
    break;

  case 430: /* expr: expr '?' ':' expr  */
#line 1293 "parser.y"
                                                { (yyval.ast) = N3(TERNARY, (yylsp[-3]), (yyvsp[-3].ast), NULL, (yyvsp[0].ast)); check_nested_ternary(p, (yyval.ast)); }
#line 6323 "build/parser.c"
    break;

  case 431: /* expr: expr "'??'" expr  */
#line 1294 "parser.y"
                                        { (yyval.ast) = binop(p, MP_OP_COALESCE, (yyvsp[-2].ast), (yyvsp[0].ast), (yylsp[-2])); }
#line 6329 "build/parser.c"
    break;

  case 432: /* expr: internal_functions_in_yacc  */
#line 1295 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6335 "build/parser.c"
    break;

  case 433: /* expr: "'(int)'" expr  */
#line 1296 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_INT); }
#line 6341 "build/parser.c"
    break;

  case 434: /* expr: "'(double)'" expr  */
#line 1297 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_FLOAT); }
#line 6347 "build/parser.c"
    break;

  case 435: /* expr: "'(string)'" expr  */
#line 1298 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_STRING); }
#line 6353 "build/parser.c"
    break;

  case 436: /* expr: "'(array)'" expr  */
#line 1299 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_ARRAY); }
#line 6359 "build/parser.c"
    break;

  case 437: /* expr: "'(object)'" expr  */
#line 1300 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_OBJECT); }
#line 6365 "build/parser.c"
    break;

  case 438: /* expr: "'(bool)'" expr  */
#line 1301 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_BOOL); }
#line 6371 "build/parser.c"
    break;

  case 439: /* expr: "'(unset)'" expr  */
#line 1302 "parser.y"
                                        { (yyval.ast) = with_ival(N1(CAST, (yylsp[-1]), (yyvsp[0].ast)), MP_CAST_UNSET); }
#line 6377 "build/parser.c"
    break;

  case 440: /* expr: "'exit'" exit_expr  */
#line 1303 "parser.y"
                                        { (yyval.ast) = N1(EXIT, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6383 "build/parser.c"
    break;

  case 441: /* expr: '@' expr  */
#line 1304 "parser.y"
                                                { (yyval.ast) = N1(SILENCE, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6389 "build/parser.c"
    break;

  case 442: /* expr: scalar  */
#line 1305 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6395 "build/parser.c"
    break;

  case 443: /* expr: '`' backticks_expr '`'  */
#line 1306 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6401 "build/parser.c"
    break;

  case 444: /* expr: "'print'" expr  */
#line 1307 "parser.y"
                                { (yyval.ast) = N1(PRINT, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6407 "build/parser.c"
    break;

  case 445: /* expr: "'yield'"  */
#line 1308 "parser.y"
                                        { (yyval.ast) = N2(YIELD, (yylsp[0]), NULL, NULL); }
#line 6413 "build/parser.c"
    break;

  case 446: /* expr: "'yield'" expr  */
#line 1309 "parser.y"
                                { (yyval.ast) = N2(YIELD, (yylsp[-1]), (yyvsp[0].ast), NULL); }
#line 6419 "build/parser.c"
    break;

  case 447: /* expr: "'yield'" expr "'=>'" expr  */
#line 1310 "parser.y"
                                                        { (yyval.ast) = N2(YIELD, (yylsp[-3]), (yyvsp[0].ast), (yyvsp[-2].ast)); }
#line 6425 "build/parser.c"
    break;

  case 448: /* expr: "'yield from'" expr  */
#line 1311 "parser.y"
                                        { (yyval.ast) = N1(YIELD_FROM, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6431 "build/parser.c"
    break;

  case 449: /* expr: "'throw'" expr  */
#line 1312 "parser.y"
                                { (yyval.ast) = N1(THROW, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6437 "build/parser.c"
    break;

  case 450: /* expr: inline_function  */
#line 1313 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6443 "build/parser.c"
    break;

  case 451: /* expr: attributes inline_function  */
#line 1314 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6449 "build/parser.c"
    break;

  case 452: /* expr: "'static'" inline_function  */
#line 1315 "parser.y"
                                                { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_STATIC); (yyval.ast)->line = (yylsp[-1]); }
#line 6455 "build/parser.c"
    break;

  case 453: /* expr: attributes "'static'" inline_function  */
#line 1316 "parser.y"
                                                        { (yyval.ast) = with_flags((yyvsp[0].ast), MP_AF_STATIC); }
#line 6461 "build/parser.c"
    break;

  case 454: /* expr: match  */
#line 1317 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6467 "build/parser.c"
    break;

  case 455: /* inline_function: function returns_ref backup_doc_comment '(' parameter_list ')' lexical_vars return_type backup_fn_flags '{' inner_statement_list '}' backup_fn_flags  */
#line 1324 "parser.y"
                        { (yyval.ast) = with_flags(N4(CLOSURE, (yyvsp[-12].num), (yyvsp[-8].ast), (yyvsp[-6].ast), (yyvsp[-2].ast), (yyvsp[-5].ast)), (yyvsp[-11].num)); }
#line 6473 "build/parser.c"
    break;

  case 456: /* inline_function: fn returns_ref backup_doc_comment '(' parameter_list ')' return_type "'=>'" backup_fn_flags backup_lex_pos expr backup_fn_flags  */
#line 1327 "parser.y"
                        { (yyval.ast) = with_flags(N3(ARROW_FN, (yyvsp[-11].num), (yyvsp[-7].ast), (yyvsp[-1].ast), (yyvsp[-5].ast)), (yyvsp[-10].num)); }
#line 6479 "build/parser.c"
    break;

  case 457: /* fn: "'fn'"  */
#line 1331 "parser.y"
                { (yyval.num) = (yylsp[0]); }
#line 6485 "build/parser.c"
    break;

  case 458: /* function: "'function'"  */
#line 1335 "parser.y"
                        { (yyval.num) = (yylsp[0]); }
#line 6491 "build/parser.c"
    break;

  case 460: /* backup_fn_flags: %empty  */
#line 1343 "parser.y"
                                                { (yyval.num) = 0; }
#line 6497 "build/parser.c"
    break;

  case 462: /* returns_ref: %empty  */
#line 1351 "parser.y"
                                { (yyval.num) = 0; }
#line 6503 "build/parser.c"
    break;

  case 463: /* returns_ref: ampersand  */
#line 1352 "parser.y"
                                { (yyval.num) = MP_AF_BYREF; }
#line 6509 "build/parser.c"
    break;

  case 464: /* lexical_vars: %empty  */
#line 1356 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 6515 "build/parser.c"
    break;

  case 465: /* lexical_vars: "'use'" '(' lexical_var_list possible_comma ')'  */
#line 1357 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-2].ast); }
#line 6521 "build/parser.c"
    break;

  case 466: /* lexical_var_list: lexical_var_list ',' lexical_var  */
#line 1361 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6527 "build/parser.c"
    break;

  case 467: /* lexical_var_list: lexical_var  */
#line 1362 "parser.y"
                                { (yyval.ast) = N1(LIST, (yylsp[0]), (yyvsp[0].ast)); }
#line 6533 "build/parser.c"
    break;

  case 468: /* lexical_var: "variable"  */
#line 1366 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_CLOSURE_USE, (yylsp[0]), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len); }
#line 6539 "build/parser.c"
    break;

  case 469: /* lexical_var: ampersand "variable"  */
#line 1368 "parser.y"
                        { (yyval.ast) = with_flags(mp_ast_str(A, MP_AST_CLOSURE_USE, (yylsp[0]), (yyvsp[0].ast)->str, (yyvsp[0].ast)->len), MP_AF_BYREF); }
#line 6545 "build/parser.c"
    break;

  case 470: /* function_call: name argument_list  */
#line 1372 "parser.y"
                                        { (yyval.ast) = N2(CALL, (yylsp[-1]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6551 "build/parser.c"
    break;

  case 471: /* function_call: "'readonly'" argument_list  */
#line 1373 "parser.y"
                                                { (yyval.ast) = N2(CALL, (yylsp[-1]), ident_from(p, (yyvsp[-1].s), (yylsp[-1])), (yyvsp[0].ast)); }
#line 6557 "build/parser.c"
    break;

  case 472: /* function_call: class_name "'::'" member_name argument_list  */
#line 1375 "parser.y"
                        { (yyval.ast) = N3(STATIC_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6563 "build/parser.c"
    break;

  case 473: /* function_call: variable_class_name "'::'" member_name argument_list  */
#line 1377 "parser.y"
                        { (yyval.ast) = N3(STATIC_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6569 "build/parser.c"
    break;

  case 474: /* function_call: callable_expr argument_list  */
#line 1378 "parser.y"
                                                { (yyval.ast) = N2(CALL, (yylsp[-1]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6575 "build/parser.c"
    break;

  case 475: /* class_name: "'static'"  */
#line 1382 "parser.y"
                                { (yyval.ast) = mp_ast_str(A, MP_AST_NAME, (yylsp[0]), "static", 6); }
#line 6581 "build/parser.c"
    break;

  case 476: /* class_name: name  */
#line 1383 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6587 "build/parser.c"
    break;

  case 477: /* class_name_reference: class_name  */
#line 1387 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6593 "build/parser.c"
    break;

  case 478: /* class_name_reference: new_variable  */
#line 1388 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6599 "build/parser.c"
    break;

  case 479: /* class_name_reference: '(' expr ')'  */
#line 1389 "parser.y"
                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6605 "build/parser.c"
    break;

  case 480: /* exit_expr: %empty  */
#line 1393 "parser.y"
                        { (yyval.ast) = NULL; }
#line 6611 "build/parser.c"
    break;

  case 481: /* exit_expr: '(' optional_expr ')'  */
#line 1394 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); }
#line 6617 "build/parser.c"
    break;

  case 482: /* backticks_expr: %empty  */
#line 1398 "parser.y"
                        { (yyval.ast) = N0(SHELL, (yyloc)); }
#line 6623 "build/parser.c"
    break;

  case 483: /* backticks_expr: "string content"  */
#line 1399 "parser.y"
                                                { (yyval.ast) = N1(SHELL, (yylsp[0]), (yyvsp[0].ast)); }
#line 6629 "build/parser.c"
    break;

  case 484: /* backticks_expr: encaps_list  */
#line 1400 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->kind = MP_AST_SHELL; }
#line 6635 "build/parser.c"
    break;

  case 485: /* ctor_arguments: %empty  */
#line 1404 "parser.y"
                        { (yyval.ast) = LIST((yyloc)); }
#line 6641 "build/parser.c"
    break;

  case 486: /* ctor_arguments: argument_list  */
#line 1405 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6647 "build/parser.c"
    break;

  case 487: /* dereferenceable_scalar: "'array'" '(' array_pair_list ')'  */
#line 1409 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-3]); }
#line 6653 "build/parser.c"
    break;

  case 488: /* dereferenceable_scalar: '[' array_pair_list ']'  */
#line 1410 "parser.y"
                                        { (yyval.ast) = with_flags((yyvsp[-1].ast), MP_AF_SHORT); (yyval.ast)->line = (yylsp[-2]); }
#line 6659 "build/parser.c"
    break;

  case 489: /* dereferenceable_scalar: "quoted string"  */
#line 1411 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6665 "build/parser.c"
    break;

  case 490: /* dereferenceable_scalar: '"' encaps_list '"'  */
#line 1412 "parser.y"
                                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6671 "build/parser.c"
    break;

  case 491: /* scalar: "integer"  */
#line 1416 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6677 "build/parser.c"
    break;

  case 492: /* scalar: "floating-point number"  */
#line 1417 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6683 "build/parser.c"
    break;

  case 493: /* scalar: "heredoc start" "string content" "heredoc end"  */
#line 1418 "parser.y"
                                                                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6689 "build/parser.c"
    break;

  case 494: /* scalar: "heredoc start" "heredoc end"  */
#line 1419 "parser.y"
                                                { (yyval.ast) = mp_ast_str(A, MP_AST_STRING, (yylsp[-1]), "", 0); }
#line 6695 "build/parser.c"
    break;

  case 495: /* scalar: "heredoc start" encaps_list "heredoc end"  */
#line 1420 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->line = (yylsp[-2]); }
#line 6701 "build/parser.c"
    break;

  case 496: /* scalar: dereferenceable_scalar  */
#line 1421 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6707 "build/parser.c"
    break;

  case 497: /* scalar: constant  */
#line 1422 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6713 "build/parser.c"
    break;

  case 498: /* scalar: class_constant  */
#line 1423 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6719 "build/parser.c"
    break;

  case 499: /* constant: name  */
#line 1427 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->kind = MP_AST_CONST; }
#line 6725 "build/parser.c"
    break;

  case 500: /* constant: "'__LINE__'"  */
#line 1428 "parser.y"
                        { (yyval.ast) = with_ival(N0(INT, (yylsp[0])), (yylsp[0])); }
#line 6731 "build/parser.c"
    break;

  case 501: /* constant: "'__FILE__'"  */
#line 1429 "parser.y"
                        { const char *f = p->filename ? p->filename : "";
				  (yyval.ast) = mp_ast_str(A, MP_AST_STRING, (yylsp[0]), f, strlen(f)); }
#line 6738 "build/parser.c"
    break;

  case 502: /* constant: "'__DIR__'"  */
#line 1431 "parser.y"
                        { (yyval.ast) = dir_node(p, (yylsp[0])); }
#line 6744 "build/parser.c"
    break;

  case 503: /* constant: "'__TRAIT__'"  */
#line 1432 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_TRAIT); }
#line 6750 "build/parser.c"
    break;

  case 504: /* constant: "'__METHOD__'"  */
#line 1433 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_METHOD); }
#line 6756 "build/parser.c"
    break;

  case 505: /* constant: "'__FUNCTION__'"  */
#line 1434 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_FUNCTION); }
#line 6762 "build/parser.c"
    break;

  case 506: /* constant: "'__NAMESPACE__'"  */
#line 1435 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_NAMESPACE); }
#line 6768 "build/parser.c"
    break;

  case 507: /* constant: "'__CLASS__'"  */
#line 1436 "parser.y"
                                { (yyval.ast) = with_ival(N0(MAGIC_CONST, (yylsp[0])), MP_MC_CLASS); }
#line 6774 "build/parser.c"
    break;

  case 508: /* class_constant: class_name "'::'" identifier  */
#line 1441 "parser.y"
                        { (yyval.ast) = N2(CLASS_CONST_FETCH, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6780 "build/parser.c"
    break;

  case 509: /* class_constant: variable_class_name "'::'" identifier  */
#line 1443 "parser.y"
                        { (yyval.ast) = N2(CLASS_CONST_FETCH, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6786 "build/parser.c"
    break;

  case 510: /* optional_expr: %empty  */
#line 1447 "parser.y"
                        { (yyval.ast) = NULL; }
#line 6792 "build/parser.c"
    break;

  case 511: /* optional_expr: expr  */
#line 1448 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6798 "build/parser.c"
    break;

  case 512: /* variable_class_name: fully_dereferenceable  */
#line 1452 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6804 "build/parser.c"
    break;

  case 513: /* fully_dereferenceable: variable  */
#line 1456 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6810 "build/parser.c"
    break;

  case 514: /* fully_dereferenceable: '(' expr ')'  */
#line 1457 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6816 "build/parser.c"
    break;

  case 515: /* fully_dereferenceable: dereferenceable_scalar  */
#line 1458 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6822 "build/parser.c"
    break;

  case 516: /* fully_dereferenceable: class_constant  */
#line 1459 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6828 "build/parser.c"
    break;

  case 517: /* array_object_dereferenceable: fully_dereferenceable  */
#line 1463 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6834 "build/parser.c"
    break;

  case 518: /* array_object_dereferenceable: constant  */
#line 1464 "parser.y"
                                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6840 "build/parser.c"
    break;

  case 519: /* callable_expr: callable_variable  */
#line 1468 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6846 "build/parser.c"
    break;

  case 520: /* callable_expr: '(' expr ')'  */
#line 1469 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 6852 "build/parser.c"
    break;

  case 521: /* callable_expr: dereferenceable_scalar  */
#line 1470 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6858 "build/parser.c"
    break;

  case 522: /* callable_variable: simple_variable  */
#line 1474 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6864 "build/parser.c"
    break;

  case 523: /* callable_variable: array_object_dereferenceable '[' optional_expr ']'  */
#line 1476 "parser.y"
                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast)); }
#line 6870 "build/parser.c"
    break;

  case 524: /* callable_variable: array_object_dereferenceable '{' expr '}'  */
#line 1478 "parser.y"
                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast));
			  compile_error(p, (yylsp[-3]), "Array and string offset access syntax with curly braces is no longer supported"); }
#line 6877 "build/parser.c"
    break;

  case 525: /* callable_variable: array_object_dereferenceable "'->'" property_name argument_list  */
#line 1481 "parser.y"
                        { (yyval.ast) = N3(METHOD_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6883 "build/parser.c"
    break;

  case 526: /* callable_variable: array_object_dereferenceable "'?->'" property_name argument_list  */
#line 1483 "parser.y"
                        { (yyval.ast) = N3(NULLSAFE_METHOD_CALL, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 6889 "build/parser.c"
    break;

  case 527: /* callable_variable: function_call  */
#line 1484 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6895 "build/parser.c"
    break;

  case 528: /* variable: callable_variable  */
#line 1488 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6901 "build/parser.c"
    break;

  case 529: /* variable: static_member  */
#line 1489 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6907 "build/parser.c"
    break;

  case 530: /* variable: array_object_dereferenceable "'->'" property_name  */
#line 1491 "parser.y"
                        { (yyval.ast) = N2(PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6913 "build/parser.c"
    break;

  case 531: /* variable: array_object_dereferenceable "'?->'" property_name  */
#line 1493 "parser.y"
                        { (yyval.ast) = N2(NULLSAFE_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6919 "build/parser.c"
    break;

  case 532: /* simple_variable: "variable"  */
#line 1498 "parser.y"
                                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6925 "build/parser.c"
    break;

  case 533: /* simple_variable: '$' '{' expr '}'  */
#line 1499 "parser.y"
                                        { (yyval.ast) = N1(VAR_VAR, (yylsp[-3]), (yyvsp[-1].ast)); }
#line 6931 "build/parser.c"
    break;

  case 534: /* simple_variable: '$' simple_variable  */
#line 1500 "parser.y"
                                        { (yyval.ast) = N1(VAR_VAR, (yylsp[-1]), (yyvsp[0].ast)); }
#line 6937 "build/parser.c"
    break;

  case 535: /* static_member: class_name "'::'" simple_variable  */
#line 1505 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6943 "build/parser.c"
    break;

  case 536: /* static_member: variable_class_name "'::'" simple_variable  */
#line 1507 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6949 "build/parser.c"
    break;

  case 537: /* new_variable: simple_variable  */
#line 1511 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 6955 "build/parser.c"
    break;

  case 538: /* new_variable: new_variable '[' optional_expr ']'  */
#line 1512 "parser.y"
                                                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast)); }
#line 6961 "build/parser.c"
    break;

  case 539: /* new_variable: new_variable '{' expr '}'  */
#line 1514 "parser.y"
                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast));
			  compile_error(p, (yylsp[-3]), "Array and string offset access syntax with curly braces is no longer supported"); }
#line 6968 "build/parser.c"
    break;

  case 540: /* new_variable: new_variable "'->'" property_name  */
#line 1516 "parser.y"
                                                                { (yyval.ast) = N2(PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6974 "build/parser.c"
    break;

  case 541: /* new_variable: new_variable "'?->'" property_name  */
#line 1517 "parser.y"
                                                                        { (yyval.ast) = N2(NULLSAFE_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 6980 "build/parser.c"
    break;

  case 542: /* new_variable: class_name "'::'" simple_variable  */
#line 1519 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6986 "build/parser.c"
    break;

  case 543: /* new_variable: new_variable "'::'" simple_variable  */
#line 1521 "parser.y"
                        { (yyval.ast) = N2(STATIC_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)->kind == MP_AST_VAR ? mp_ast_str(A, MP_AST_STRING, (yyvsp[0].ast)->line, (yyvsp[0].ast)->str, (yyvsp[0].ast)->len) : (yyvsp[0].ast)->kids[0]); }
#line 6992 "build/parser.c"
    break;

  case 544: /* member_name: identifier  */
#line 1525 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 6998 "build/parser.c"
    break;

  case 545: /* member_name: '{' expr '}'  */
#line 1526 "parser.y"
                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 7004 "build/parser.c"
    break;

  case 546: /* member_name: simple_variable  */
#line 1527 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7010 "build/parser.c"
    break;

  case 547: /* property_name: "identifier"  */
#line 1531 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 7016 "build/parser.c"
    break;

  case 548: /* property_name: '{' expr '}'  */
#line 1532 "parser.y"
                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 7022 "build/parser.c"
    break;

  case 549: /* property_name: simple_variable  */
#line 1533 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7028 "build/parser.c"
    break;

  case 550: /* array_pair_list: non_empty_array_pair_list  */
#line 1538 "parser.y"
                        { /* one trailing comma is allowed */
			  (yyval.ast) = (yyvsp[0].ast); if ((yyval.ast)->nkids > 0 && (yyval.ast)->kids[(yyval.ast)->nkids - 1] == NULL) (yyval.ast)->nkids--; }
#line 7035 "build/parser.c"
    break;

  case 551: /* possible_array_pair: %empty  */
#line 1543 "parser.y"
                        { (yyval.ast) = NULL; }
#line 7041 "build/parser.c"
    break;

  case 552: /* possible_array_pair: array_pair  */
#line 1544 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7047 "build/parser.c"
    break;

  case 553: /* non_empty_array_pair_list: non_empty_array_pair_list ',' possible_array_pair  */
#line 1548 "parser.y"
                                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7053 "build/parser.c"
    break;

  case 554: /* non_empty_array_pair_list: possible_array_pair  */
#line 1549 "parser.y"
                                        { (yyval.ast) = N1(ARRAY, (yyloc), (yyvsp[0].ast)); }
#line 7059 "build/parser.c"
    break;

  case 555: /* array_pair: expr "'=>'" expr  */
#line 1553 "parser.y"
                                                { (yyval.ast) = N2(ARRAY_ITEM, (yylsp[-2]), (yyvsp[0].ast), (yyvsp[-2].ast)); }
#line 7065 "build/parser.c"
    break;

  case 556: /* array_pair: expr  */
#line 1554 "parser.y"
                                                                { (yyval.ast) = N2(ARRAY_ITEM, (yylsp[0]), (yyvsp[0].ast), NULL); }
#line 7071 "build/parser.c"
    break;

  case 557: /* array_pair: expr "'=>'" ampersand variable  */
#line 1556 "parser.y"
                        { (yyval.ast) = with_flags(N2(ARRAY_ITEM, (yylsp[-3]), (yyvsp[0].ast), (yyvsp[-3].ast)), MP_AF_BYREF); }
#line 7077 "build/parser.c"
    break;

  case 558: /* array_pair: ampersand variable  */
#line 1557 "parser.y"
                                        { (yyval.ast) = with_flags(N2(ARRAY_ITEM, (yylsp[-1]), (yyvsp[0].ast), NULL), MP_AF_BYREF); }
#line 7083 "build/parser.c"
    break;

  case 559: /* array_pair: "'...'" expr  */
#line 1558 "parser.y"
                                        { (yyval.ast) = with_flags(N2(ARRAY_ITEM, (yylsp[-1]), (yyvsp[0].ast), NULL), MP_AF_SPREAD); }
#line 7089 "build/parser.c"
    break;

  case 560: /* array_pair: expr "'=>'" "'list'" '(' array_pair_list ')'  */
#line 1560 "parser.y"
                        { (yyvsp[-1].ast)->line = (yylsp[-3]); (yyval.ast) = N2(ARRAY_ITEM, (yylsp[-5]), (yyvsp[-1].ast), (yyvsp[-5].ast)); }
#line 7095 "build/parser.c"
    break;

  case 561: /* array_pair: "'list'" '(' array_pair_list ')'  */
#line 1562 "parser.y"
                        { (yyvsp[-1].ast)->line = (yylsp[-3]); (yyval.ast) = N2(ARRAY_ITEM, (yylsp[-3]), (yyvsp[-1].ast), NULL); }
#line 7101 "build/parser.c"
    break;

  case 562: /* encaps_list: encaps_list encaps_var  */
#line 1566 "parser.y"
                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 7107 "build/parser.c"
    break;

  case 563: /* encaps_list: encaps_list "string content"  */
#line 1567 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 7113 "build/parser.c"
    break;

  case 564: /* encaps_list: encaps_var  */
#line 1568 "parser.y"
                                { (yyval.ast) = N1(INTERP, (yylsp[0]), (yyvsp[0].ast)); }
#line 7119 "build/parser.c"
    break;

  case 565: /* encaps_list: "string content" encaps_var  */
#line 1569 "parser.y"
                                                        { (yyval.ast) = N2(INTERP, (yylsp[-1]), (yyvsp[-1].ast), (yyvsp[0].ast)); }
#line 7125 "build/parser.c"
    break;

  case 566: /* encaps_var: "variable"  */
#line 1573 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7131 "build/parser.c"
    break;

  case 567: /* encaps_var: "variable" '[' encaps_var_offset ']'  */
#line 1574 "parser.y"
                                                        { (yyval.ast) = N2(DIM, (yylsp[-3]), (yyvsp[-3].ast), (yyvsp[-1].ast)); }
#line 7137 "build/parser.c"
    break;

  case 568: /* encaps_var: "variable" "'->'" "identifier"  */
#line 1575 "parser.y"
                                                        { (yyval.ast) = N2(PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7143 "build/parser.c"
    break;

  case 569: /* encaps_var: "variable" "'?->'" "identifier"  */
#line 1576 "parser.y"
                                                                { (yyval.ast) = N2(NULLSAFE_PROP, (yylsp[-2]), (yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7149 "build/parser.c"
    break;

  case 570: /* encaps_var: "'${'" expr '}'  */
#line 1578 "parser.y"
                        { (yyval.ast) = N1(VAR_VAR, (yylsp[-2]), (yyvsp[-1].ast));
			  defer_diag(p, 8192, (yylsp[-2]), "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead"); }
#line 7156 "build/parser.c"
    break;

  case 571: /* encaps_var: "'${'" "variable name" '}'  */
#line 1581 "parser.y"
                        { (yyval.ast) = (yyvsp[-1].ast); (yyval.ast)->kind = MP_AST_VAR;
			  defer_diag(p, 8192, (yylsp[-2]), "Using ${var} in strings is deprecated, use {$var} instead"); }
#line 7163 "build/parser.c"
    break;

  case 572: /* encaps_var: "'${'" "variable name" '[' expr ']' '}'  */
#line 1584 "parser.y"
                        { (yyvsp[-4].ast)->kind = MP_AST_VAR; (yyval.ast) = N2(DIM, (yylsp[-5]), (yyvsp[-4].ast), (yyvsp[-2].ast));
			  defer_diag(p, 8192, (yylsp[-5]), "Using ${var} in strings is deprecated, use {$var} instead"); }
#line 7170 "build/parser.c"
    break;

  case 573: /* encaps_var: "'{$'" variable '}'  */
#line 1586 "parser.y"
                                                { (yyval.ast) = (yyvsp[-1].ast); }
#line 7176 "build/parser.c"
    break;

  case 574: /* encaps_var_offset: "identifier"  */
#line 1590 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); (yyval.ast)->kind = MP_AST_STRING; }
#line 7182 "build/parser.c"
    break;

  case 575: /* encaps_var_offset: "number"  */
#line 1591 "parser.y"
                                { (yyval.ast) = (yyvsp[0].ast); }
#line 7188 "build/parser.c"
    break;

  case 576: /* encaps_var_offset: '-' "number"  */
#line 1592 "parser.y"
                                        { (yyval.ast) = negate_num(p, (yyvsp[0].ast)); }
#line 7194 "build/parser.c"
    break;

  case 577: /* encaps_var_offset: "variable"  */
#line 1593 "parser.y"
                                        { (yyval.ast) = (yyvsp[0].ast); }
#line 7200 "build/parser.c"
    break;

  case 578: /* internal_functions_in_yacc: "'isset'" '(' isset_variables possible_comma ')'  */
#line 1597 "parser.y"
                                                                { (yyval.ast) = (yyvsp[-2].ast); (yyval.ast)->line = (yylsp[-4]); }
#line 7206 "build/parser.c"
    break;

  case 579: /* internal_functions_in_yacc: "'empty'" '(' expr ')'  */
#line 1598 "parser.y"
                                        { (yyval.ast) = N1(EMPTY, (yylsp[-3]), (yyvsp[-1].ast)); }
#line 7212 "build/parser.c"
    break;

  case 580: /* internal_functions_in_yacc: "'include'" expr  */
#line 1599 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_INCLUDE); }
#line 7218 "build/parser.c"
    break;

  case 581: /* internal_functions_in_yacc: "'include_once'" expr  */
#line 1600 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_INCLUDE_ONCE); }
#line 7224 "build/parser.c"
    break;

  case 582: /* internal_functions_in_yacc: "'eval'" '(' expr ')'  */
#line 1601 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-3]), (yyvsp[-1].ast)), MP_INC_EVAL); }
#line 7230 "build/parser.c"
    break;

  case 583: /* internal_functions_in_yacc: "'require'" expr  */
#line 1602 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_REQUIRE); }
#line 7236 "build/parser.c"
    break;

  case 584: /* internal_functions_in_yacc: "'require_once'" expr  */
#line 1603 "parser.y"
                                        { (yyval.ast) = with_ival(N1(INCLUDE, (yylsp[-1]), (yyvsp[0].ast)), MP_INC_REQUIRE_ONCE); }
#line 7242 "build/parser.c"
    break;

  case 585: /* isset_variables: isset_variable  */
#line 1607 "parser.y"
                                { (yyval.ast) = N1(ISSET, (yylsp[0]), (yyvsp[0].ast)); }
#line 7248 "build/parser.c"
    break;

  case 586: /* isset_variables: isset_variables ',' isset_variable  */
#line 1608 "parser.y"
                                                        { (yyval.ast) = ADD((yyvsp[-2].ast), (yyvsp[0].ast)); }
#line 7254 "build/parser.c"
    break;

  case 587: /* isset_variable: expr  */
#line 1612 "parser.y"
                        { (yyval.ast) = (yyvsp[0].ast); }
#line 7260 "build/parser.c"
    break;


#line 7264 "build/parser.c"

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

#line 1615 "parser.y"


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
