--TEST--
keywords, true/false/null and function names are case-insensitive
--FILE--
<?php
ECHO "a\n";
$t = TRUE; $f = False; $n = NULL;
var_dump($t, $f, $n);
IF ($t) { Print "b\n"; } ELSE { echo "c\n"; }
function MyFunc() { return "called"; }
echo myfunc(), " ", MYFUNC(), "\n";
echo STRLEN("abc"), "\n";
--EXPECT--
a
bool(true)
bool(false)
NULL
b
called called
3
