--TEST--
return in try: the value is taken before finally runs
--FILE--
<?php
function f() {
    $x = "before";
    try {
        return $x;
    } finally {
        $x = "changed in finally";
        echo "finally runs\n";
    }
}
var_dump(f());
function g(): int {
    try {
        return "42";
    } finally {
        echo "typed return coerced before finally\n";
    }
}
var_dump(g());
function h() {
    try {
        return;
    } finally {
        echo "return without value\n";
    }
}
var_dump(h());
--EXPECT--
finally runs
string(6) "before"
typed return coerced before finally
int(42)
return without value
NULL
