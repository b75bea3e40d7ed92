build/runtime/array.o: runtime/array.c runtime/value.h runtime/gc.h
runtime/value.h:
runtime/gc.h:
