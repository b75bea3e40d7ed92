build/builtins/constants.o: builtins/constants.c builtins/constants.h \
 builtins/../runtime/value.h
builtins/constants.h:
builtins/../runtime/value.h:
