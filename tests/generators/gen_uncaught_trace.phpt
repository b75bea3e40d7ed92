--TEST--
uncaught exception inside a generator shows the generator frame
--FILE--
<?php
function gen() {
    yield 1;
    throw new RuntimeException("from gen");
}
function consume() {
    foreach (gen() as $v) echo $v, "\n";
}
consume();
--EXPECTF--
1

Fatal error: Uncaught RuntimeException: from gen in %s:4
Stack trace:
#0 %s(7): gen()
#1 %s(9): consume()
#2 {main}
  thrown in %s on line 4
