--TEST--
a return in finally replaces the return of try
--FILE--
<?php
function f() {
    try {
        return "try";
    } finally {
        return "finally";
    }
}
echo f(), "\n";
function g() {
    foreach ([1, 2, 3] as $i) {
        try {
            if ($i === 2) return "try $i";
        } finally {
            if ($i === 2) return "finally $i";
        }
    }
}
echo g(), "\n";
function h($flag) {
    try {
        return "try";
    } finally {
        if ($flag) return "finally";
    }
}
echo h(false), " ", h(true), "\n";
--EXPECT--
finally
finally 2
try finally
