--TEST--
the name of an anonymous class starts with class@anonymous or the parent name
--FILE--
<?php
$a = new class {};
$b = new class extends ArrayIterator {};
interface I {}
$c = new class implements I {};
foreach ([$a, $b, $c] as $o) {
    $n = get_class($o);
    echo strstr($n, "\0", true), "\n";
}
--EXPECT--
class@anonymous
ArrayIterator@anonymous
I@anonymous
