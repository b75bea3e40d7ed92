--TEST--
the __toString format of exceptions and chained previous ones
--FILE--
<?php
function thrower() { throw new LogicException("inner", 3); }
try {
    try {
        thrower();
    } catch (LogicException $e) {
        throw new RuntimeException("outer", 4, $e);
    }
} catch (Exception $e) {
    echo $e, "\n";
    echo "---\n";
    echo $e->getPrevious(), "\n";
}
--EXPECTF--
LogicException: inner in %s:2
Stack trace:
#0 %s(5): thrower()
#1 {main}

Next RuntimeException: outer in %s:7
Stack trace:
#0 {main}
---
LogicException: inner in %s:2
Stack trace:
#0 %s(5): thrower()
#1 {main}
