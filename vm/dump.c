/* dump.c - the disassembler behind `minphp --dump-bytecode FILE`. */
#include <string.h>
#include "vm.h"

const char *const mp_opcode_names[] = {
#define MP_OP_NAME(n, ops, eff, doc) #n,
    MP_OPCODES(MP_OP_NAME)
#undef MP_OP_NAME
};
static const char *const opcode_operands[] = {
#define MP_OP_OPS(n, ops, eff, doc) ops,
    MP_OPCODES(MP_OP_OPS)
#undef MP_OP_OPS
};

static void dump_const(mp_vm *vm, FILE *out, mp_val v)
{
    char buf[64];
    switch (v.type) {
    case MP_T_NULL: fputs("null", out); break;
    case MP_T_TRUE: fputs("true", out); break;
    case MP_T_FALSE: fputs("false", out); break;
    case MP_T_INT: fprintf(out, "%lld", (long long)v.u.i); break;
    case MP_T_FLOAT: mp_float_repr(v.u.d, buf); fputs(buf, out); break;
    case MP_T_STRING:
        fputc('"', out);
        for (size_t i = 0; i < v.u.s->len && i < 40; i++) {
            unsigned char c = (unsigned char)v.u.s->data[i];
            if (c == '\n') fputs("\\n", out); else if (c < 32) fprintf(out, "\\x%02x", c); else fputc(c, out);
        }
        fputs(v.u.s->len > 40 ? "...\"" : "\"", out);
        break;
    case MP_T_ARRAY: fprintf(out, "array(%u)", mp_array_count(v.u.a)); break;
    case MP_T_FUNC: fprintf(out, "function %s", ((const mp_func *)v.u.p)->name->data); break;
    case MP_T_BUILTIN: fprintf(out, "builtin %s", ((const mp_builtin *)v.u.p)->name); break;
    default: fputs("?", out);
    }
    (void)vm;
}

static void dump_func(mp_vm *vm, const mp_func *f, FILE *out)
{
    fprintf(out, "function %s (params %d, required %d, cvs %d, slots %d, stack %d)\n",
            f->name->data, f->nparams, f->nrequired, f->ncv, f->nslots, f->maxstack);
    for (int i = 0; i < f->ncv; i++) fprintf(out, "  cv%d = $%s\n", i, f->cvnames[i]->data);
    for (int i = 0; i < f->ncode; i++) {
        const mp_instr *in = &f->code[i];
        const char *ops = opcode_operands[in->op];
        fprintf(out, "  %4d  L%-4d %-16s", i, f->lines[i], mp_opcode_names[in->op]);
        if (strchr(ops, 'a')) fprintf(out, " a=%d", in->a);
        if (strchr(ops, 'j')) fprintf(out, " ->%d", i + in->a);
        if (strchr(ops, 'b')) fprintf(out, " b=%d", in->b);
        if (strchr(ops, 'x')) fprintf(out, " x=%d", in->x);
        if (in->op == OP_CONST || in->op == OP_INIT_CALL || in->op == OP_FETCH_CONST || in->op == OP_CALL_BUILTIN
            || in->op == OP_CLOSURE || in->op == OP_DECLARE_FUNC || in->op == OP_DECLARE_CONST) {
            fputs("    ; ", out);
            dump_const(vm, out, f->consts[in->a]);
        } else if (in->op == OP_CATCH) {
            fputs("    ; ", out);
            dump_const(vm, out, f->consts[in->b]);
        } else if (in->op == OP_LOAD || in->op == OP_ASSIGN || in->op == OP_LOAD_QUIET || in->op == OP_INC_CV
                   || in->op == OP_DEC_CV || in->op == OP_RETURN_CV || in->op == OP_ASSIGN_OP) {
            fprintf(out, "    ; $%s", f->cvnames[in->a]->data);
        }
        fputc('\n', out);
    }
    for (int i = 0; i < f->ntries; i++) {
        const mp_try *t = &f->tries[i];
        fprintf(out, "  try %d-%d", t->start, t->end - 1);
        if (t->catch_pc >= 0) fprintf(out, " catch %d", t->catch_pc);
        if (t->finally_pc >= 0) fprintf(out, " finally %d-%d slot %d", t->finally_pc, t->finally_end, t->fast_slot);
        fprintf(out, " stack %d\n", t->stack_depth);
    }
    for (int i = 0; i < f->nsilences; i++)
        fprintf(out, "  silence %d-%d slot %d\n", f->silences[i].begin, f->silences[i].end, f->silences[i].slot);
    fputc('\n', out);
    for (int i = 0; i < f->nconsts; i++)
        if (f->consts[i].type == MP_T_FUNC) dump_func(vm, f->consts[i].u.p, out);
}

void mp_dump_script(mp_vm *vm, const mp_script *s, FILE *out)
{
    dump_func(vm, s->main, out);
    for (int i = 0; i < s->nhoisted; i++) dump_func(vm, s->hoisted[i], out);
}
