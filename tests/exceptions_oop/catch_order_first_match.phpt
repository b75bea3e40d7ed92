--TEST--
the first matching catch wins and nested try rethrows outward
--FILE--
<?php
try {
    try {
        throw new OutOfBoundsException("oob");
    } catch (LogicException $e) {
        echo "wrong: logic\n";
    } catch (RuntimeException $e) {
        echo "inner runtime: ", $e->getMessage(), "\n";
        throw $e;
    } catch (OutOfBoundsException $e) {
        echo "never: too late\n";
    }
} catch (Exception $e) {
    echo "outer: ", get_class($e), "\n";
}
--EXPECT--
inner runtime: oob
outer: OutOfBoundsException
