--TEST--
finally runs after a try body and after a catch
--FILE--
<?php
try {
    echo "try\n";
} finally {
    echo "finally 1\n";
}
try {
    intdiv(1, 0);
} catch (Error $e) {
    echo "catch\n";
} finally {
    echo "finally 2\n";
}
try {
    try {
        echo "inner try\n";
    } finally {
        echo "inner finally\n";
    }
} finally {
    echo "outer finally\n";
}
echo "end\n";
--EXPECT--
try
finally 1
catch
finally 2
inner try
inner finally
outer finally
end
