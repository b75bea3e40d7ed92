--TEST--
an uncaught exception still runs finally blocks first
--FILE--
<?php
function f() {
    try {
        throw new RuntimeException("escapes");
    } finally {
        echo "finally ran\n";
    }
}
f();
--EXPECTF--
finally ran

Fatal error: Uncaught RuntimeException: escapes in %s:4
Stack trace:
#0 %s(9): f()
#1 {main}
  thrown in %s on line 4
