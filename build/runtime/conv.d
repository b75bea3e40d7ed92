build/runtime/conv.o: runtime/conv.c runtime/value.h runtime/gc.h \
 runtime/error.h
runtime/value.h:
runtime/gc.h:
runtime/error.h:
