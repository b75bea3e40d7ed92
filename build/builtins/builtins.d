build/builtins/builtins.o: builtins/builtins.c builtins/builtins.h \
 builtins/../runtime/value.h builtins/../vm/vmapi.h \
 builtins/../vm/../runtime/value.h builtins/../vm/../runtime/error.h \
 builtins/../vm/../runtime/value.h builtins/../vm/../runtime/gc.h
builtins/builtins.h:
builtins/../runtime/value.h:
builtins/../vm/vmapi.h:
builtins/../vm/../runtime/value.h:
builtins/../vm/../runtime/error.h:
builtins/../vm/../runtime/value.h:
builtins/../vm/../runtime/gc.h:
