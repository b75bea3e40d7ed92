--TEST--
exception from an inner generator runs finally blocks in both
--FILE--
<?php
function inner() {
    try { yield 1; throw new Exception("inner failure"); }
    finally { echo "inner finally\n"; }
}
function outer() {
    try { yield from inner(); }
    finally { echo "outer finally\n"; }
}
try { foreach (outer() as $v) echo $v, "\n"; } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
--EXPECT--
1
inner finally
outer finally
caught: inner failure
