--TEST--
an uncaught exception runs every finally on the way, then the script ends
--FILE--
<?php
function inner() {
    try {
        intdiv(1, 0);
    } finally {
        echo "inner finally\n";
    }
}
function outer() {
    try {
        inner();
    } catch (TypeError $e) {
        echo "never\n";
    } finally {
        echo "outer finally\n";
    }
}
try {
    outer();
} finally {
    echo "main finally\n";
}
echo "never\n";
--EXPECTF--
inner finally
outer finally
main finally

Fatal error: Uncaught DivisionByZeroError: Division by zero in %s:4
Stack trace:
#0 %s(4): intdiv(1, 0)
#1 %s(11): inner()
#2 %s(19): outer()
#3 {main}
  thrown in %s on line 4
