--TEST--
printf() and vprintf() print and return the length
--FILE--
<?php
$n = printf("%s=%05.2f\n", "pi", M_PI);
var_dump($n);
$n = vprintf("%2\$s-%1\$s\n", ["a", "b"]);
var_dump($n);
var_dump(printf(""));
--EXPECT--
pi=03.14
int(9)
b-a
int(4)
int(0)
