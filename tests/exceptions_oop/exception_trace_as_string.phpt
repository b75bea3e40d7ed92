--TEST--
getTraceAsString formats arguments like the uncaught handler
--FILE--
<?php
class K {}
function f($a, $b, $c, $d, $e, $f, $g) { throw new Exception("x"); }
try {
    f(1, 2.5, "a string longer than fifteen chars", [1, 2], new K, null, true);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
function g() { return new Exception("no frames beyond main"); }
echo (new Exception)->getTraceAsString(), "\n";
--EXPECTF--
#0 %s(5): f(1, 2.5, 'a string longer...', Array, Object(K), NULL, true)
#1 {main}
#0 {main}
