build/main.o: main.c include/minphp.h
include/minphp.h:
