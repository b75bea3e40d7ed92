--TEST--
an exception thrown from __toString propagates
--FILE--
<?php
class Bad {
    public function __toString(): string { throw new RuntimeException("no string for you"); }
}
try {
    echo "value: " . new Bad, "\n";
} catch (RuntimeException $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    $s = (string) new Bad;
} catch (RuntimeException $e) {
    echo "caught again\n";
}
--EXPECT--
caught: no string for you
caught again
