--TEST--
set_exception_handler gets uncaught exceptions after every finally ran
--FILE--
<?php
function handler($e) {
    echo "handler called\n";
    var_dump(is_object($e));
}
var_dump(set_exception_handler('handler'));
var_dump(set_exception_handler('handler'));
function f() {
    try {
        intdiv(1, 0);
    } finally {
        echo "finally first\n";
    }
}
f();
echo "never\n";
--EXPECT--
NULL
string(7) "handler"
finally first
handler called
bool(true)
