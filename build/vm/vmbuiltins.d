build/vm/vmbuiltins.o: vm/vmbuiltins.c vm/vm.h vm/vmapi.h \
 vm/../runtime/value.h vm/../runtime/error.h vm/../runtime/value.h \
 vm/../runtime/gc.h vm/opcodes.h vm/ast.h vm/../builtins/builtins.h \
 vm/../builtins/../runtime/value.h vm/../builtins/constants.h \
 vm/../include/minphp.h
vm/vm.h:
vm/vmapi.h:
vm/../runtime/value.h:
vm/../runtime/error.h:
vm/../runtime/value.h:
vm/../runtime/gc.h:
vm/opcodes.h:
vm/ast.h:
vm/../builtins/builtins.h:
vm/../builtins/../runtime/value.h:
vm/../builtins/constants.h:
vm/../include/minphp.h:
