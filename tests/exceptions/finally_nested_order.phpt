--TEST--
nested finally blocks run innermost first, on return and on exception
--FILE--
<?php
function f() {
    try {
        try {
            try {
                return "value";
            } finally {
                echo "1\n";
            }
        } finally {
            echo "2\n";
        }
    } finally {
        echo "3\n";
    }
}
echo f(), "\n";
function g() {
    try {
        try {
            intdiv(1, 0);
        } finally {
            echo "a\n";
        }
    } catch (DivisionByZeroError $e) {
        echo "b (catch)\n";
    } finally {
        echo "c\n";
    }
}
g();
--EXPECT--
1
2
3
value
a
b (catch)
c
