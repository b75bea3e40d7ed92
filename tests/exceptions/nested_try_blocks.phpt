--TEST--
nested try blocks: the innermost matching catch takes the exception
--FILE--
<?php
try {
    try {
        try {
            intdiv(1, 0);
        } catch (TypeError $e) {
            echo "never\n";
        }
        echo "never\n";
    } catch (DivisionByZeroError $e) {
        echo "middle catch\n";
        strlen([]);
    }
} catch (TypeError $e) {
    echo "outer catch: the exception thrown in the middle catch\n";
}
echo "done\n";
--EXPECT--
middle catch
outer catch: the exception thrown in the middle catch
done
