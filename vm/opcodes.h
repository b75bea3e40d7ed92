/* opcodes.h - every bytecode instruction, defined once.
 * X(name, operands, stack effect, semantics). Operands: a = int32 field,
 * j = the int32 field holding a jump target (relative to the instruction
 * once compiled), b = uint16 field, x = uint8 flags. Stack effect "v" = depends on operands.
 * The enum, the disassembler's names and the dispatch table come from here. */
#ifndef MP_OPCODES_H
#define MP_OPCODES_H

#define MP_OPCODES(X) \
    X(CONST,        "a",   1,  "push consts[a]") \
    X(INT,          "a",   1,  "push the int a") \
    X(NULL,         "",    1,  "push null") \
    X(TRUE,         "",    1,  "push true") \
    X(FALSE,        "",    1,  "push false") \
    X(POP,          "",   -1,  "drop the top value") \
    X(POPN,         "b",   0,  "drop b values (goto out of foreach loops)") \
    X(ROT,          "b",   0,  "move the value b below the top to the top") \
    X(SQUASH,       "b",   0,  "drop the b values under the top one") \
    X(UNDEF,        "",    1,  "push the no-key marker of $a[] in a key list") \
    X(SHARE,        "",    0,  "mark the top value's string/array as stored twice (copy-on-write)") \
    X(APPEND_CV,    "abx", 0,  "$a[] = v fast path (x=0: v = $b, x=1: v = $c[$d] of the FETCH_DIM_CC after it, x=2: off): done, skip the 4 ops after it (UNDEF, LOAD or FETCH_DIM_CC, SHARE, ASSIGN_DIM); else fall into them") \
    /* variables (CV = compiled variable slot) */ \
    X(LOAD,         "a",   1,  "push CV a; Warning: Undefined variable if unset") \
    X(LOAD_QUIET,   "a",   1,  "push CV a, null if unset (isset, ??, empty)") \
    X(ASSIGN,       "ax",  0,  "CV a = top (copy-on-write share); x&1: pop it") \
    X(ISSET,        "a",   1,  "push isset(CV a)") \
    X(UNSET,        "a",   0,  "unset CV a") \
    X(LOAD_VARVAR,  "x",   0,  "replace name on top with ${name}; x&1 quiet") \
    X(ISSET_VARVAR, "",    0,  "replace name on top with isset(${name})") \
    X(UNSET_VARVAR, "",   -1,  "unset ${name}") \
    X(LOAD_GLOBAL,  "x",   0,  "replace name on top with $GLOBALS[name]; x&1 quiet") \
    X(BIND_GLOBAL,  "ab",  0,  "CV a = reference to global variable consts[b]") \
    X(BIND_STATIC,  "ab",  0,  "CV a = reference to static variable #b of this function") \
    X(BIND_GLOBAL_DYN, "", -1, "global ${name}: name on top") \
    X(STATIC_INITED, "jb", 0,  "jump to a if static variable #b already has its value") \
    X(PRE_INC,      "a",   1,  "++CV a, push result") \
    X(PRE_DEC,      "a",   1,  "--CV a, push result") \
    X(POST_INC,     "a",   1,  "CV a++, push old value") \
    X(POST_DEC,     "a",   1,  "CV a--, push old value") \
    X(INC_CV,       "a",   0,  "CV a++ (statement form, no result)") \
    X(DEC_CV,       "a",   0,  "CV a-- (statement form, no result)") \
    /* arithmetic and comparison: pop right then left, push result */ \
    X(ADD, "", -1, "+")   X(SUB, "", -1, "-")   X(MUL, "", -1, "*") \
    X(DIV, "", -1, "/")   X(MOD, "", -1, "%")   X(POW, "", -1, "**") \
    X(CONCAT, "", -1, ".") X(SHL, "", -1, "<<") X(SHR, "", -1, ">>") \
    X(BAND, "", -1, "&")  X(BOR, "", -1, "|")   X(BXOR, "", -1, "^") \
    X(EQ, "", -1, "==")   X(NE, "", -1, "!=")   X(IDENT, "", -1, "===") \
    X(NIDENT, "", -1, "!==") X(LT, "", -1, "<") X(LE, "", -1, "<=") \
    X(GT, "", -1, ">")    X(GE, "", -1, ">=")   X(CMP, "", -1, "<=>") \
    X(LXOR, "", -1, "xor") \
    X(NEG,          "",    0,  "unary -") \
    X(PLUS,         "",    0,  "unary +") \
    X(NOT,          "",    0,  "!") \
    X(BNOT,         "",    0,  "~") \
    X(BOOL,         "",    0,  "convert top to bool") \
    X(CAST,         "x",   0,  "cast top to MP_CAST_x") \
    X(ROPE,         "b",   0,  "pop b values, push their string concatenation") \
    /* control flow */ \
    X(JMP,          "j",   0,  "jump to a") \
    X(JMPZ,         "j",  -1,  "pop; jump to a if falsy") \
    X(JMPNZ,        "j",  -1,  "pop; jump to a if truthy") \
    X(JMPZ_KEEP,    "j",   0,  "if top falsy jump to a keeping it, else pop") \
    X(JMPNZ_KEEP,   "j",   0,  "if top truthy jump to a keeping it, else pop") \
    X(JMP_NOTNULL,  "j",   0,  "if top is not null jump to a keeping it, else pop (null coalescing)") \
    X(JMP_CMP,      "jx",  -2, "pop r, l; jump to a if (l CMP r) == (x & 0x80 ? true : false), CMP = x & 0x7f") \
    X(JCMP_CC,      "jbx", 0,  "like JMP_CMP on CV b and CV (next word).a") \
    X(JCMP_CI,      "jbx", 0,  "like JMP_CMP on CV b and the int (next word).a") \
    X(BINOP_CC,     "abx", 1,  "push CV a OP_x CV b") \
    X(BINOP_CI,     "abx", 1,  "push CV b OP_x int a") \
    X(BINOP_TI,     "ax",  0,  "replace top with top OP_x int a") \
    X(BINOP_CT,     "ax",  0,  "replace top with CV a OP_x top") \
    X(BINOP_TC,     "ax",  0,  "replace top with top OP_x CV a") \
    X(BINOP_CK,     "abx", 1,  "push CV b OP_x consts[a]") \
    X(BINOP_TK,     "ax",  0,  "replace top with top OP_x consts[a]") \
    X(DATA,         "a",   0,  "extra operand of the previous instruction (never executed)") \
    /* BINOP_* specialised for the hottest operators (int fast path inline) */ \
    X(ADD_CC, "ab", 1, "push CV a + CV b")   X(ADD_CI, "ab", 1, "push CV b + int a") \
    X(ADD_TI, "a", 0, "top + int a")         X(ADD_CT, "a", 0, "CV a + top") \
    X(SUB_CC, "ab", 1, "push CV a - CV b")   X(SUB_CI, "ab", 1, "push CV b - int a") \
    X(SUB_TI, "a", 0, "top - int a")         X(SUB_CT, "a", 0, "CV a - top") \
    X(MUL_CC, "ab", 1, "push CV a * CV b")   X(MUL_CI, "ab", 1, "push CV b * int a") \
    X(MUL_TI, "a", 0, "top * int a")         X(MUL_CT, "a", 0, "CV a * top") \
    X(MOD_CC, "ab", 1, "push CV a % CV b")   X(MOD_CI, "ab", 1, "push CV b % int a") \
    X(MOD_TI, "a", 0, "top % int a")         X(MOD_CT, "a", 0, "CV a % top") \
    /* compare-and-branch specialised: jump to a when (CV b CMP y) == (x >> 7) */ \
    X(JLT_CC, "jbx", 0, "y = CV (next).a, CMP <")   X(JLT_CI, "jbx", 0, "y = int (next).a, CMP <") \
    X(JLE_CC, "jbx", 0, "y = CV (next).a, CMP <=")  X(JLE_CI, "jbx", 0, "y = int (next).a, CMP <=") \
    X(JGT_CI, "jbx", 0, "y = int (next).a, CMP >")  X(JGE_CI, "jbx", 0, "y = int (next).a, CMP >=") \
    X(CASE_EQ,      "j",  -1,  "pop v; if subject(top) == v: pop subject, jump to a") \
    X(MATCH_EQ,     "j",  -1,  "pop v; if subject(top) === v: pop subject, jump to a") \
    X(MATCH_ERROR,  "",   -1,  "throw UnhandledMatchError for top") \
    /* arrays */ \
    X(ARRAY_NEW,    "b",   1,  "push a new array sized for b elements") \
    X(ARRAY_APPEND, "",   -1,  "[arr][v] -> [arr]: arr[] = v (REF v stored as reference)") \
    X(ARRAY_SET,    "",   -2,  "[arr][k][v] -> [arr]: arr[k] = v") \
    X(ARRAY_SPREAD, "",   -1,  "[arr][src] -> [arr]: ...src") \
    X(FETCH_DIM,    "",   -1,  "[base][key] -> [base[key]] with warnings") \
    X(FETCH_DIM_QUIET, "", -1, "[base][key] -> [base[key]] or null, silently") \
    X(FETCH_DIM_CC, "ab",  1,  "push CV a[CV b] (FETCH_DIM with both operands in slots)") \
    X(FETCH_DIM_CI, "ab",  1,  "push CV b[int a]") \
    X(ISSET_DIM,    "",   -1,  "[base][key] -> [isset(base[key])]") \
    X(FETCH_KEYS_QUIET, "axb", 1, "push base x (CV a / name below) [b keys] read quietly, keys kept (null-coalescing assignment)") \
    X(FETCH_W,      "axb", 1,  "walk base x (CV a / varvar / global) through b keys; push INDIRECT") \
    X(UNSET_W,      "axb", 0,  "like FETCH_W, then unset the last key; pops keys") \
    X(ASSIGN_DIM,   "axb", 0,  "[keys..][v] -> [v]: walk base x through b keys and assign (string offsets too)") \
    X(ASSIGN_OP_IND,"xb", -1,  "[v][ptr] -> [r]: *ptr = *ptr OP_b v; x&1: pop") \
    X(ASSIGN_OP,    "axb", 0,  "[v] -> [r]: CV a = CV a OP_b v; x&1: pop") \
    X(INCDEC_IND,   "x",   0,  "[ptr] -> [r]: x = 0 ++$v, 1 --$v, 2 $v++, 3 $v--") \
    X(MAKE_REF,     "",    0,  "[ptr] -> [REF]: box the slot as a reference") \
    X(ASSIGN_REF_IND, "x", -1, "[REF][ptr] -> [val]: bind *ptr to REF; x&1: pop") \
    X(ASSIGN_REF,   "ax",  0,  "[REF] -> [val]: bind CV a to REF; x&1: pop") \
    X(LIST_FETCH,   "x",   0,  "[src][key] -> [src][src[key]] for destructuring; x&1: a REF to it, x&2: a pointer to it") \
    X(DEREF,        "",    0,  "replace a pointer (INDIRECT) on top with the value it points to") \
    /* output */ \
    X(ECHO,         "",   -1,  "pop and print") \
    /* calls */ \
    X(INIT_CALL,    "ab",  1,  "push the user function named consts[a] (as written: consts[b]) as callee") \
    X(INIT_CALL_DYN,"",    1,  "[callable] -> [$this/class][callee]") \
    X(INIT_METHOD,  "a",   1,  "[obj] -> [obj][method consts[a]] (a = -1: [obj][name] -> [obj][method])") \
    X(INIT_STATIC,  "ax",  1,  "[class] -> [$this/class][method consts[a]] (a = -1: name on top); x&1: self/parent/static forward the called class") \
    X(NEW,          "jbx", 0,  "[class?] -> [obj][obj][constructor], or [obj] and jump to a when there is none; x&1: class from consts[b] else on the stack") \
    X(FETCH_CLASS,  "ax",  1,  "push the class named consts[a] (x: 0 name, 1 self, 2 parent, 3 static); x=4: [name or object] -> [class]") \
    X(FETCH_CLASS_NAME, "", 0, "[class or object] -> [its name] (::class)") \
    X(DECLARE_CLASS,"a",   0,  "declare class consts[a] (a compiled declaration)") \
    X(DECLARE_ANON, "a",   1,  "push the class of the anonymous declaration consts[a], declared once") \
    X(FETCH_PROP,   "ax",  0,  "[obj] -> [obj->consts[a]] (a = -1: [obj][name] -> [value]); x&1 quiet") \
    X(FETCH_PROP_W, "a",   0,  "[obj] -> [pointer to obj->consts[a]] (a = -1: name on top)") \
    X(ASSIGN_PROP,  "ax",  -1, "[obj][v] -> [v]: obj->consts[a] = v (a = -1: [obj][name][v]); x&1: pop") \
    X(ASSIGN_OP_PROP, "abx", -1, "[obj or class][name if a=-1][v] -> [r]: prop = prop OP_b v (x&1: static property), with __get/__set and types") \
    X(INCDEC_PROP,  "abx", 0,  "[obj or class][name if a=-1] -> [r]: ++/-- on a property (x as INCDEC_IND, b&1 static)") \
    X(ASSIGN_STATIC_PROP, "ax", -1, "[class][name if a=-1][v] -> [v]: class::$prop = v with its type; x&1: pop") \
    X(ISSET_PROP,   "ax",  0,  "[obj] -> [isset(obj->consts[a])] (x&1: empty() instead)") \
    X(UNSET_PROP,   "a",   -1, "[obj] -> []: unset(obj->consts[a]) (a = -1: name on top)") \
    X(FETCH_STATIC_PROP, "ax", 0, "[class] -> [class::$consts[a]] (a = -1: name on top); x&1: a pointer to it") \
    X(ISSET_STATIC_PROP, "a", 0, "[class] -> [isset(class::$consts[a])]") \
    X(FETCH_CLASS_CONST, "a", 0, "[class] -> [class::consts[a]]") \
    X(INSTANCEOF,   "ax",  0,  "[v] -> [v instanceof consts[a]] (x&1: [v][class] -> [bool])") \
    X(THIS,         "x",   1,  "push $this (Error outside object context; x&1: null instead)") \
    X(CLONE,        "",    0,  "clone top") \
    X(GENERATOR_CREATE, "", 1, "make the running call a Generator (after the parameters) and return it") \
    X(YIELD,        "x",  0,  "[value][key if x&1] -> [sent value]: suspend the generator") \
    X(YIELD_FROM,   "",    0,  "[source] -> [result]: delegate to an array, Traversable or generator") \
    X(MAKE_CLOSURE, "",    0,  "replace the callable on top with a Closure (first-class callable syntax)") \
    X(JMP_NULL,     "j",   0,  "nullsafe: if top is null jump to a (end of the chain)") \
    X(ARG_BYREF,    "jb",  0,  "jump to a unless the callee b args down takes arg #b by reference") \
    X(ARG_BYREF_NAMED, "jbx", 0, "jump to a unless the callee x args down takes the parameter named consts[b] by reference") \
    X(SEND_CV,      "ab",  1,  "push argument #b from CV a: a reference if the callee takes it by reference") \
    X(CALL,         "abx", 0,  "call callee below b args; push result (x: args that are call results; a: $this/class slot below the callee)") \
    X(CALL_NAMED,   "abx", 0,  "call with b args, the last ones named by consts[a] (array); x: $this/class slot below the callee") \
    X(CALL_ARRAY,   "x",   0,  "[callee][args array] -> [result] (spread / named); x: $this/class slot below the callee") \
    X(CALL_BUILTIN, "abx", 0,  "call builtin consts[a] with b args from the stack (x: PHP inlines it, no trace frame)") \
    X(STRLEN_COUNT, "ax",  0,  "strlen (x=0) / count (x=1) of the top, inline; other types call builtin consts[a]") \
    X(RECV_INIT,    "jb",  0,  "if param b was passed jump to a") \
    X(RECV_CHECK,   "a",   0,  "check/coerce param a against its declared type") \
    X(RECV_VARIADIC,"a",   0,  "collect extra args into CV a as an array") \
    X(VERIFY_RETURN,"x",   0,  "check/coerce top against the return type (x&1: implicit return at the end)") \
    X(RETURN,       "x",  -1,  "return top to the caller (x&1: a by-ref function returning a non-variable)") \
    X(WANT_REF,     "",    0,  "after a call: keep the reference it returned, or notice and box the value") \
    X(RETURN_NULL,  "",    0,  "return null") \
    X(RETURN_CV,    "a",   0,  "return CV a (moved, or shared when it is a reference)") \
    X(DECLARE_FUNC, "a",   0,  "declare function consts[a] at run time") \
    X(CLOSURE,      "a",   1,  "push a closure of consts[a] capturing its use() vars") \
    /* constants, include, exit, errors */ \
    X(FETCH_CONST,  "a",   1,  "push constant consts[a] (Error if undefined)") \
    X(DECLARE_CONST,"a",  -1,  "const consts[a] = pop") \
    X(INCLUDE,      "x",   0,  "replace path on top with the include's result") \
    X(EXIT,         "x",  -1,  "exit with pop (x&1: no operand)") \
    X(SILENCE_BEGIN,"a",   0,  "@: save error_reporting in CV-like temp slot a, set 0") \
    X(SILENCE_END,  "a",   0,  "restore error_reporting from slot a") \
    X(THROW,        "",   -1,  "throw top") \
    /* try/catch/finally: the unwinder (except.c) sends a thrown exception to \
     * the CATCH tests of its try (mp_try) or, with the exception in the temp \
     * slot, to its finally block; finally blocks are also called (FAST_CALL) \
     * on the way out by fall-through, break, continue, return and goto */ \
    X(CATCH,        "jbx", 0,  "jump to a if (the pending exception is a consts[b]) == x&1") \
    X(CATCH_TAKE,   "",    1,  "push the pending exception: it is caught") \
    X(RETHROW,      "",    0,  "no catch clause took the pending exception: it goes on") \
    X(FAST_CALL,    "jb",  0,  "run the finally block at a: slot b = the next instruction (return address)") \
    X(FAST_RET,     "b",   0,  "end of a finally block: resume at slot b's return address, or rethrow the exception it holds") \
    X(FAST_DISCARD, "b",   0,  "return out of a finally block: forget what slot b holds (a pending exception)") \
    X(TEMP_STORE,   "a",  -1,  "pop into slot a (a return value while finally blocks run)") \
    X(TEMP_LOAD,    "a",   1,  "push slot a and clear it") \
    /* foreach */ \
    X(ITER_INIT,    "x",   0,  "[subject] -> [iterator]; x&1 by reference (subject is INDIRECT), x&2 a by-reference loop") \
    X(ITER_NEXT,    "jx",  0,  "advance; at end jump to a; else push value (x&2: also key)")

typedef enum {
#define MP_OP_ENUM(n, ops, eff, doc) OP_##n,
    MP_OPCODES(MP_OP_ENUM)
#undef MP_OP_ENUM
    OP__COUNT
} mp_opcode;

/* One instruction: 8 bytes, fixed format. */
typedef struct mp_instr {
    uint8_t  op;   /* mp_opcode */
    uint8_t  x;    /* small flags/mode */
    uint16_t b;    /* count / secondary operand */
    int32_t  a;    /* slot, constant index, jump target or immediate */
} mp_instr;

#endif
