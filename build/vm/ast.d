build/vm/ast.o: vm/ast.c vm/ast.h
vm/ast.h:
