--TEST--
one catch with several types and catch without a variable
--FILE--
<?php
function risky($i) {
    return match ($i) {
        0 => throw new InvalidArgumentException("ia"),
        1 => throw new OutOfRangeException("oor"),
        2 => throw new DomainException("dom"),
        default => "ok",
    };
}
for ($i = 0; $i < 4; $i++) {
    try {
        echo risky($i), "\n";
    } catch (InvalidArgumentException | OutOfRangeException $e) {
        echo "multi: ", get_class($e), "\n";
    } catch (DomainException) {
        echo "no variable\n";
    }
}
--EXPECT--
multi: InvalidArgumentException
multi: OutOfRangeException
no variable
ok
