--TEST--
an uncaught exception with previous ones prints them all, oldest first
--FILE--
<?php
function level3() { throw new InvalidArgumentException("level 3", 3); }
function level2() {
    try { level3(); } catch (Exception $e) { throw new RuntimeException("level 2", 2, $e); }
}
function level1() {
    try { level2(); } catch (Exception $e) { throw new LogicException("level 1", 1, $e); }
}
level1();
--EXPECTF--

Fatal error: Uncaught InvalidArgumentException: level 3 in %s:2
Stack trace:
#0 %s(4): level3()
#1 %s(7): level2()
#2 %s(9): level1()
#3 {main}

Next RuntimeException: level 2 in %s:4
Stack trace:
#0 %s(7): level2()
#1 %s(9): level1()
#2 {main}

Next LogicException: level 1 in %s:7
Stack trace:
#0 %s(9): level1()
#1 {main}
  thrown in %s on line 7
