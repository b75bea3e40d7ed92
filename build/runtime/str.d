build/runtime/str.o: runtime/str.c runtime/value.h runtime/gc.h
runtime/value.h:
runtime/gc.h:
