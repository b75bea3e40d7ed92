--TEST--
a return in finally discards the pending exception
--FILE--
<?php
function f() {
    try {
        intdiv(1, 0);
    } finally {
        return "exception discarded";
    }
}
echo f(), "\n";
function g() {
    try {
        try {
            undefined_fn();
        } finally {
            return "inner finally returns";
        }
    } finally {
        echo "outer finally still runs\n";
    }
}
echo g(), "\n";
function h() {
    try {
        strlen([]);
    } catch (ValueError $e) {
        echo "never\n";
    } finally {
        return "not caught, but returned";
    }
}
echo h(), "\n";
--EXPECT--
exception discarded
outer finally still runs
inner finally returns
not caught, but returned
