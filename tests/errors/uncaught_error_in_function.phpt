--TEST--
uncaught Error inside functions prints one frame per call
--FILE--
<?php
function inner($x) {
    return undefined_func($x);
}
function outer() {
    return inner(42);
}
outer();
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined function undefined_func() in %s:3
Stack trace:
#0 %s(6): inner(42)
#1 %s(8): outer()
#2 {main}
  thrown in %s on line 3
