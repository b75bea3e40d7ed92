--TEST--
an exception thrown inside a generator reaches the consumer
--FILE--
<?php
function g() {
    yield 1;
    throw new DomainException("inside generator");
    yield 2;
}
try {
    foreach (g() as $v) echo $v, "\n";
} catch (DomainException $e) {
    echo "caught: ", $e->getMessage(), " on line ", $e->getLine(), "\n";
}
--EXPECT--
1
caught: inside generator on line 4
