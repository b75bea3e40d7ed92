build/runtime/gc.o: runtime/gc.c runtime/gc.h
runtime/gc.h:
